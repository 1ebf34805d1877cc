import { countPlanned, resolveBudget } from '../act/budget.js';
import type { Effects } from '../act/effects.js';
import { executeDecisions, type ActEvent } from '../act/execute.js';
import type { AwsClients } from '../aws/clients.js';
import { getCallerAccount } from '../aws/sts/get-caller-account.js';
import { describeAwsError } from '../aws/errors.js';
import { decide } from '../decide/decide.js';
import type { Decision } from '../decide/types.js';
import type { InboundItem } from '../model/items.js';
import { expandRejectReason } from '../policy/template.js';
import type { Policy } from '../policy/types.js';
import { assertGovernedAccount } from './account-guard.js';
import type { SweepEvent } from '../sweep/events.js';
import { sweepAccount, type SweepResult } from '../sweep/sweep.js';
import { buildRunReport, type RunReport } from './run-report.js';

/** What a sweeping run is handed: clients, the clock and the log are passed in, never reached for. */
export interface SweepRunDeps {
  readonly clients: AwsClients;
  readonly now: () => Date;
  readonly log?: { sweep(event: SweepEvent): void; act(event: ActEvent): void };
}

export interface SweepRunRequest {
  readonly mode: 'dry-run' | 'enforce';
  readonly policy: Policy;
  /** Resolved already: input, else policy, else AWS_REGION. */
  readonly regions: readonly string[];
  /** The max-actions input, if given. */
  readonly maxActions?: number | undefined;
  /** The writes of an enforce run. Required in enforce; never used otherwise. */
  readonly effects?: Effects | undefined;
}

/** The read half of a run, shared by dry-run, enforce and plan: who am I, what is pending. */
export async function inventory(deps: SweepRunDeps, policy: Policy, regions: readonly string[]): Promise<{ account: string; sweep: SweepResult }> {
  let account: string;
  try {
    account = await getCallerAccount(deps.clients.sts);
  } catch (error) {
    throw new Error(`Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: ${describeAwsError(error)}). Check the credentials step, e.g. aws-actions/configure-aws-credentials, and that AWS_REGION is set.`);
  }
  assertGovernedAccount(policy, account);
  const sweep = await sweepAccount(deps.clients, {
    account,
    regions,
    handshakes: policy.organizations.handshakeTypes.length > 0,
    ...(deps.log ? { log: (e: SweepEvent) => deps.log?.sweep(e) } : {}),
  });
  return { account, sweep };
}

/** The rejectReason for one transfer: the policy's template filled in (≤128 characters). */
export function rejectReasonFor(policy: Policy) {
  return (item: Extract<InboundItem, { kind: 'certificate-transfer' }>): string =>
    expandRejectReason(policy.iot.rejectReason, {
      sourceAccount: item.sourceAccount,
      policyFile: policy.path,
      region: item.region,
      certificateId: item.certificateId,
    });
}

/** dry-run and enforce: sweep, decide, act within the budget, and return the report. */
export async function sweepAndAct(deps: SweepRunDeps, request: SweepRunRequest): Promise<RunReport> {
  const { account, sweep } = await inventory(deps, request.policy, request.regions);
  const decisions: Decision[] = decide(sweep.items, request.policy, deps.now());
  const budget = resolveBudget(request.maxActions, request.policy.limits.maxActions, countPlanned(decisions));
  const common = { budget, rejectReasonFor: rejectReasonFor(request.policy), ...(deps.log ? { log: (e: ActEvent) => deps.log?.act(e) } : {}) };
  if (request.mode === 'enforce' && request.effects === undefined) throw new Error('enforce needs the AWS write effects');
  const results = request.mode === 'enforce' && request.effects
    ? await executeDecisions(decisions, { ...common, mode: 'enforce', effects: request.effects })
    : await executeDecisions(decisions, { ...common, mode: 'dry-run' });
  return buildRunReport({
    mode: request.mode,
    generatedAt: deps.now().toISOString(),
    account,
    policyPath: request.policy.path,
    regions: { requested: [...request.regions], swept: sweep.regionsSwept },
    handshakesSwept: request.policy.organizations.handshakeTypes.length > 0,
    budget,
    results,
    errors: sweep.errors,
  });
}

/**
 * plan mode, the AWS half: read the account once, decide its pending items under the base
 * branch's policy and under the PR's, and compare. Read-only by construction: no write effects are
 * built or passed anywhere in this file, and the act stage runs in `plan` mode, which never writes.
 * Loaded lazily (it pulls in the AWS SDK), like aws-run.ts.
 */
import { countPlanned, resolveBudget } from '../act/budget.js';
import { executeDecisions } from '../act/execute.js';
import { createAwsClients } from '../aws/clients.js';
import { findCredentials } from '../aws/sts/find-credentials.js';
import { decide } from '../decide/decide.js';
import type { InboundItem } from '../model/items.js';
import { diffDecisions } from '../plan/diff-decisions.js';
import { diffAllowEntries, lapsingAllowEntries } from '../plan/diff-entries.js';
import { planReportSection } from '../plan/report-section.js';
import { diffPolicies } from '../plan/policy-diff.js';
import type { BasePolicy, Plan, SweepScope } from '../plan/types.js';
import type { Policy } from '../policy/types.js';
import { resolveRegions } from './resolve-regions.js';
import { buildRunReport, type RunReport } from './run-report.js';
import { inventory, rejectReasonFor, type SweepRunDeps } from './sweep-run.js';

export interface PlanRequest {
  /** The PR's policy (validated). */
  readonly head: Policy;
  readonly base: BasePolicy;
  /** The `regions` input; undefined when empty. It applies to both policies, as it would on the scheduled run. */
  readonly regionsInput?: readonly string[] | undefined;
  /** AWS_REGION: the last fallback for either policy's IoT regions. */
  readonly awsRegion?: string | undefined;
  /** The `max-actions` input, if given (it should match the scheduled workflow's). */
  readonly maxActions?: number | undefined;
  readonly lapseWindowDays?: number | undefined;
}

export type PlanOutcome =
  | { readonly kind: 'planned'; readonly plan: Plan; readonly report: RunReport }
  /** The SDK found no credentials anywhere (a fork's PR gets no OIDC token): nothing was called. */
  | { readonly kind: 'no-credentials'; readonly why: string };

/** What a policy would sweep: the regions it resolves to, and the handshake types it governs. */
function scopeOf(policy: Policy, request: PlanRequest): SweepScope {
  return {
    regions: resolveRegions(request.regionsInput, policy.iot.regions, request.awsRegion),
    handshakeTypes: policy.organizations.handshakeTypes,
  };
}

function inScope(scope: SweepScope) {
  return (item: InboundItem): boolean => (item.kind === 'certificate-transfer' ? scope.regions.includes(item.region) : scope.handshakeTypes.length > 0);
}

export async function planAgainstAccount(deps: SweepRunDeps, request: PlanRequest): Promise<PlanOutcome> {
  const credentials = await findCredentials(deps.clients.sts);
  if (!credentials.found) return { kind: 'no-credentials', why: credentials.why };

  const base = request.base.state === 'valid' ? request.base.policy : undefined;
  const headScope = scopeOf(request.head, request);
  // A base policy that names no region where none can be resolved would fail its scheduled run before reading IoT.
  const baseScope: SweepScope = base === undefined ? { regions: [], handshakeTypes: [] } : safeScope(base, request);
  const regions = [...new Set([...headScope.regions, ...baseScope.regions])];

  // One sweep serves both policies: every region either would read, handshakes if either governs any
  // type. inventory() takes the handshake decision from the policy it is given: give it the union.
  const handshakeTypes = [...new Set([...request.head.organizations.handshakeTypes, ...(base?.organizations.handshakeTypes ?? [])])];
  const sweepPolicy: Policy = { ...request.head, organizations: { ...request.head.organizations, handshakeTypes } };
  const { account, sweep } = await inventory(deps, sweepPolicy, regions);

  const now = deps.now();
  const headDecisions = decide(sweep.items.filter(inScope(headScope)), request.head, now);
  const baseDecisions = base === undefined ? [] : decide(sweep.items.filter(inScope(baseScope)), base, now);
  const diff = diffDecisions(baseDecisions, headDecisions, now, request.lapseWindowDays === undefined ? {} : { lapseWindowDays: request.lapseWindowDays });
  const budget = resolveBudget(request.maxActions, request.head.limits.maxActions, countPlanned(headDecisions));

  const plan: Plan = {
    account,
    generatedAt: now.toISOString(),
    base: request.base,
    head: request.head,
    diff,
    entries: diffAllowEntries(base, request.head),
    lapsingEntries: lapsingAllowEntries(request.head, now, request.lapseWindowDays),
    budget,
    errors: sweep.errors,
    regions: { requested: regions, swept: sweep.regionsSwept },
    handshakesSwept: sweepPolicy.organizations.handshakeTypes.length > 0,
    scopes: { base: base === undefined ? undefined : baseScope, head: headScope },
    policyChanges: base === undefined ? undefined : diffPolicies(base, request.head),
  };

  // The JSON report carries the PR policy's decisions, as a dry-run of it would, plus the diff.
  const results = await executeDecisions(headDecisions, { mode: 'plan', budget, rejectReasonFor: rejectReasonFor(request.head) });
  const report: RunReport = {
    ...buildRunReport({
      mode: 'plan',
      generatedAt: plan.generatedAt,
      account,
      policyPath: request.head.path,
      regions: plan.regions,
      handshakesSwept: plan.handshakesSwept,
      budget,
      results,
      errors: sweep.errors,
    }),
    plan: planReportSection(plan),
  };
  return { kind: 'planned', plan, report };
}

function safeScope(policy: Policy, request: PlanRequest): SweepScope {
  try {
    return scopeOf(policy, request);
  } catch {
    return { regions: [], handshakeTypes: policy.organizations.handshakeTypes };
  }
}

/** The composition root of a plan: real clients, the real clock. Never builds write effects. */
export async function planAgainstAws(request: PlanRequest & { log?: SweepRunDeps['log']; userAgent: string }): Promise<PlanOutcome> {
  const clients = createAwsClients({ userAgentSuffix: request.userAgent });
  return planAgainstAccount({ clients, now: () => new Date(), ...(request.log ? { log: request.log } : {}) }, request);
}

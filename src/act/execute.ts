import { classifyAwsError, describeAwsError } from '../aws/errors.js';
import { limitRejectReason } from '../model/aws-limits.js';
import type { Decision } from '../decide/types.js';
import type { CertificateTransferItem } from '../model/items.js';
import { mapWithConcurrency } from '../sweep/pool.js';
import { countPlanned } from './budget.js';
import type { Effects } from './effects.js';
import type { Budget, ItemResult } from './types.js';

export type { Effects } from './effects.js';

/** Progress of the act stage as plain data; the report writer turns it into log lines. */
export type ActEvent =
  /** Enforce only, once, before anything else: nothing will be written. */
  | { readonly type: 'budget-tripped'; readonly budget: Budget }
  /** Enforce only: one write was attempted; `result.outcome` says how it went. */
  | { readonly type: 'write-finished'; readonly index: number; readonly result: ItemResult };

interface CommonOptions {
  readonly budget: Budget;
  /** The rejectReason for one transfer (the policy template filled in); cut to 128 characters here. */
  rejectReasonFor(item: CertificateTransferItem): string;
  /** Writes at once per lane: per account and IoT region, and per account for handshakes (each has its own quota). Default 10. */
  readonly concurrency?: number;
  readonly log?: (event: ActEvent) => void;
}

/** dry-run and plan never write: `effects` is not even read in that branch. */
export type ExecuteOptions = CommonOptions &
  ({ readonly mode: 'dry-run' | 'plan'; readonly effects?: Effects } | { readonly mode: 'enforce'; readonly effects: Effects });

/**
 * Writes at once per lane: enough to spend AWS's burst at once. The pace after that is the call
 * limiter's (src/aws/call-limiter.ts), which keeps every lane just under its own quota.
 */
export const DEFAULT_WRITE_CONCURRENCY = 10;

type Write =
  | { readonly kind: 'reject'; readonly account: string; readonly region: string; readonly certificateId: string; readonly reason: string }
  | { readonly kind: 'decline'; readonly account: string; readonly handshakeId: string };

/** A decision turned into either its final result (no write due) or the one write it calls for. */
type Step = { readonly index: number; readonly decision: Decision } & (
  | { readonly settled: ItemResult }
  | { readonly settled?: undefined; readonly write: Write }
);

/**
 * Carries out the decisions. Results are in the order of the decisions, one each.
 * A failed write does not stop the others: it is a `failed` result, which the run fails on.
 */
export async function executeDecisions(decisions: readonly Decision[], options: ExecuteOptions): Promise<ItemResult[]> {
  // Every reason is computed before anything is written: a template that throws stops the run clean.
  const steps = decisions.map((decision, index) => planStep(decision, index, options.rejectReasonFor));
  if (options.mode !== 'enforce') return steps.map(preview);

  const { budget } = options;
  if (budget.tripped || countPlanned(decisions) > budget.limit) {
    options.log?.({ type: 'budget-tripped', budget });
    return steps.map(holdByBudget);
  }
  return enforce(steps, options.effects, options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, options.log);
}

function planStep(decision: Decision, index: number, rejectReasonFor: (item: CertificateTransferItem) => string): Step {
  const { item } = decision;
  const settle = (outcome: ItemResult['outcome'], detail?: string): Step => ({
    index,
    decision,
    settled: detail === undefined ? { decision, outcome } : { decision, outcome, detail },
  });
  switch (decision.action) {
    case 'allow':
      return settle('allowed');
    case 'ignore':
      return settle('ignored');
    case 'reject':
      // Guards against a decision that cannot be right: refused loudly, never sent.
      if (item.kind !== 'certificate-transfer') return settle('failed', 'Refused: reject applies to certificate transfers, not to handshakes.');
      if (item.direction !== 'incoming') return settle('failed', 'Refused: an outgoing transfer is not ours to reject.');
      return {
        index,
        decision,
        write: { kind: 'reject', account: item.account, region: item.region, certificateId: item.certificateId, reason: limitRejectReason(rejectReasonFor(item)) },
      };
    case 'decline':
      if (item.kind !== 'handshake') return settle('failed', 'Refused: decline applies to handshakes, not to certificate transfers.');
      if (item.direction !== 'incoming') return settle('failed', 'Refused: a handshake this account sent is not ours to decline.');
      return { index, decision, write: { kind: 'decline', account: item.account, handshakeId: item.id } };
    default:
      return settle('failed', `Refused: unknown decision action ${JSON.stringify(decision.action)}.`);
  }
}

function preview(step: Step): ItemResult {
  if (step.settled !== undefined) return step.settled;
  return step.write.kind === 'reject'
    ? { decision: step.decision, outcome: 'would-reject', rejectReason: step.write.reason }
    : { decision: step.decision, outcome: 'would-decline' };
}

function holdByBudget(step: Step): ItemResult {
  if (step.settled !== undefined) return step.settled;
  return step.write.kind === 'reject'
    ? { decision: step.decision, outcome: 'held-by-budget', rejectReason: step.write.reason }
    : { decision: step.decision, outcome: 'held-by-budget' };
}

async function enforce(
  steps: readonly Step[],
  effects: Effects,
  concurrency: number,
  log: ((event: ActEvent) => void) | undefined,
): Promise<ItemResult[]> {
  const results: (ItemResult | undefined)[] = steps.map((step) => step.settled);

  // One lane per account and IoT region (independent quotas), one per account for Organizations; every lane at once.
  const lanes = new Map<string, { readonly concurrency: number; readonly steps: (Step & { readonly write: Write })[] }>();
  for (const step of steps) {
    if (step.settled !== undefined) continue;
    const key = step.write.kind === 'reject' ? `${step.write.account}/iot:${step.write.region}` : `${step.write.account}/organizations`;
    const lane = lanes.get(key) ?? { concurrency, steps: [] };
    lane.steps.push(step);
    lanes.set(key, lane);
  }

  await Promise.all(
    [...lanes.values()].map((lane) =>
      mapWithConcurrency(lane.steps, lane.concurrency, async (step) => {
        const result = await write(step.decision, step.write, effects);
        results[step.index] = result;
        log?.({ type: 'write-finished', index: step.index, result });
      }),
    ),
  );
  return steps.map((step) => results[step.index] ?? { decision: step.decision, outcome: 'failed', detail: 'Internal error: no result was recorded.' });
}

/** One write; never throws. A race is `already-handled`, anything else (after the SDK's retries) `failed`. */
async function write(decision: Decision, target: Write, effects: Effects): Promise<ItemResult> {
  const reason = target.kind === 'reject' ? { rejectReason: target.reason } : {};
  try {
    if (target.kind === 'reject') await effects.rejectCertificateTransfer(target.account, target.region, target.certificateId, target.reason);
    else await effects.declineHandshake(target.account, target.handshakeId);
    return { decision, outcome: target.kind === 'reject' ? 'rejected' : 'declined', ...reason };
  } catch (err) {
    const outcome = classifyAwsError(err).kind === 'race' ? 'already-handled' : 'failed';
    return { decision, outcome, detail: describeAwsError(err), ...reason };
  }
}

import { classifyAwsError, describeAwsError, raceEndState, type RaceEndState } from '../aws/errors.js';
import { unansweredAttempts } from '../aws/unanswered-attempts.js';
import type { Decision } from '../decide/types.js';
import type { KindWrite, WriteAction } from '../kinds/kind.js';
import { kindNamed, planWrite } from '../kinds/registry.js';
import type { Policy } from '../policy/types.js';
import { mapWithConcurrency } from '../sweep/pool.js';
import { countPlanned } from './budget.js';
import type { Effects } from './effects.js';
import { PREVIEWED, WRITTEN } from './outcomes.js';
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
  /** The policy the decisions were made under: the writes it calls for come from it (IoT's reject reason). */
  readonly policy: Policy;
  /** Writes at once per lane: per account, service and region (each has its own quota). Default 10. */
  readonly concurrency?: number;
  readonly log?: (event: ActEvent) => void;
}

/**
 * What a write AWS refused most likely means, in our words, given the write and the error's name
 * (run/targets-hint.ts refusedWriteHints: who lacks which permission); undefined when AWS's text
 * says enough. Asked for every write that failed other than by a race.
 */
export type RefusalHint = (write: KindWrite, error: { readonly code: string; readonly message: string }) => string | undefined;

/** dry-run and plan never write: `effects` is not even read in that branch. */
export type ExecuteOptions = CommonOptions &
  (
    | { readonly mode: 'dry-run' | 'plan'; readonly effects?: Effects }
    | { readonly mode: 'enforce'; readonly effects: Effects; readonly refusalHint?: RefusalHint | undefined }
  );

/**
 * Writes at once per lane: enough to spend AWS's burst at once. The pace after that is the call
 * limiter's (src/aws/call-limiter.ts), which keeps every lane just under its own quota.
 */
export const DEFAULT_WRITE_CONCURRENCY = 10;

type Write = KindWrite;

/** A decision turned into either its final result (no write due) or the one write it calls for. */
type Step = { readonly index: number; readonly decision: Decision } & (
  | { readonly settled: ItemResult }
  | { readonly settled?: undefined; readonly write: Write }
);

/**
 * Carries out the decisions. Results are in the order of the decisions, one each.
 * A failed write does not stop the others: it is a `failed` result, which the run fails on.
 * Every outcome is one possibleOutcomes (outcomes.ts) lists for its mode and decision: the merge
 * refuses a shard report with any other.
 */
export async function executeDecisions(decisions: readonly Decision[], options: ExecuteOptions): Promise<ItemResult[]> {
  // Every write is worked out before anything is written: a policy that cannot fill one in stops the run clean.
  const steps = decisions.map((decision, index) => planStep(decision, index, options.policy));
  if (options.mode !== 'enforce') return steps.map(preview);

  const { budget } = options;
  if (budget.tripped || countPlanned(decisions) > budget.limit) {
    options.log?.({ type: 'budget-tripped', budget });
    return steps.map(holdByBudget);
  }
  return enforce(steps, options.effects, options.concurrency ?? DEFAULT_WRITE_CONCURRENCY, options.log, options.refusalHint);
}

function planStep(decision: Decision, index: number, policy: Policy): Step {
  const settle = (outcome: ItemResult['outcome'], detail?: string): Step => ({
    index,
    decision,
    settled: detail === undefined ? { decision, outcome } : { decision, outcome, detail },
  });
  switch (decision.action) {
    case 'allow':
      return settle('allowed');
    case 'ignore':
      // Accepted before this run though the policy does not allow it: nothing to write, but a person must look (every mode).
      return decision.acceptedAgainstPolicy === undefined ? settle('ignored') : settle('accepted-meanwhile', decision.acceptedAgainstPolicy);
    case 'reject':
    case 'decline': {
      // A decision that cannot be right (a handshake rejected, an outgoing transfer) is refused loudly, never sent.
      const plan = planWrite(decision, policy);
      if ('refused' in plan) return settle('failed', plan.refused);
      return { index, decision, write: plan.write };
    }
    default:
      return settle('failed', `Refused: unknown decision action ${JSON.stringify(decision.action)}.`);
  }
}

/** rejectReason is reported with the result of a write that sends one. */
function sent(write: Write): { rejectReason?: string } {
  return write.rejectReason === undefined ? {} : { rejectReason: write.rejectReason };
}

/** The write a decision that reached a write makes: planWrite let through only `reject` and `decline`. */
function writeOf(decision: Decision): WriteAction {
  return decision.action === 'reject' ? 'reject' : 'decline';
}

function preview(step: Step): ItemResult {
  if (step.settled !== undefined) return step.settled;
  return { decision: step.decision, outcome: PREVIEWED[writeOf(step.decision)], ...sent(step.write) };
}

function holdByBudget(step: Step): ItemResult {
  if (step.settled !== undefined) return step.settled;
  return { decision: step.decision, outcome: 'held-by-budget', ...sent(step.write) };
}

async function enforce(
  steps: readonly Step[],
  effects: Effects,
  concurrency: number,
  log: ((event: ActEvent) => void) | undefined,
  refusalHint: RefusalHint | undefined,
): Promise<ItemResult[]> {
  const results: (ItemResult | undefined)[] = steps.map((step) => step.settled);

  // One lane per account, service and region (independent quotas), one per account for a global service; every lane at once.
  const lanes = new Map<string, { readonly concurrency: number; readonly steps: (Step & { readonly write: Write })[] }>();
  for (const step of steps) {
    if (step.settled !== undefined) continue;
    const key = `${step.write.account}/${step.write.service}${step.write.region === undefined ? '' : `:${step.write.region}`}`;
    const lane = lanes.get(key) ?? { concurrency, steps: [] };
    lane.steps.push(step);
    lanes.set(key, lane);
  }

  await Promise.all(
    [...lanes.values()].map((lane) =>
      mapWithConcurrency(lane.steps, lane.concurrency, async (step) => {
        const result = await write(step.decision, step.write, effects, refusalHint);
        results[step.index] = result;
        log?.({ type: 'write-finished', index: step.index, result });
      }),
    ),
  );
  return steps.map((step) => results[step.index] ?? { decision: step.decision, outcome: 'failed', detail: 'Internal error: no result was recorded.' });
}

/**
 * One write; never throws. Anything but a race (after the SDK's retries) is `failed`. A race is
 * `accepted-meanwhile` when the item turns out accepted in this account (by the error's name, or a
 * re-read), `failed` when a re-read finds it still pending (the error's name promised more than
 * happened). Otherwise it is our own write when an attempt of this call went unanswered (its reply
 * lost: the write may have been made then) and the item is in a state our write leaves it in
 * (Kind.ownWriteEndStates): the write's outcome, with a detail that says so. Else `already-handled`,
 * with what became of it when that can be told. A failure `refusalHint` has words for carries them.
 */
async function write(decision: Decision, target: Write, effects: Effects, refusalHint: RefusalHint | undefined): Promise<ItemResult> {
  const reason = sent(target);
  const written = WRITTEN[writeOf(decision)];
  try {
    await effects.write(target);
    return { decision, outcome: written, ...reason };
  } catch (err) {
    const classified = classifyAwsError(err);
    if (classified.kind !== 'race') {
      const hint = refusalHint?.(target, { code: classified.name, message: describeAwsError(err) });
      return { decision, outcome: 'failed', detail: describeAwsError(err), ...reason, ...(hint === undefined ? {} : { hint }) };
    }
    const state = raceEndState(err) ?? (await effects.endState?.(target).catch(() => undefined));
    if (unansweredAttempts(err) > 0 && kindNamed(target.kind).ownWriteEndStates.includes(state ?? 'unknown')) {
      return { decision, outcome: written, detail: `${LOST_REPLY} ${written} already (${describeAwsError(err)})`, ...reason };
    }
    const detail = state === undefined ? describeAwsError(err) : `${END_STATE_WORDS[state]} (${describeAwsError(err)})`;
    return { decision, outcome: state === 'accepted' ? 'accepted-meanwhile' : state === 'pending' ? 'failed' : 'already-handled', detail, ...reason };
  }
}

/** The start of the detail of a write a retry found made: `… found it rejected already (AWS's answer)`. */
export const LOST_REPLY = "Made by this run: an earlier attempt's reply was lost (no answer, or a server error), and the retry found it";

const END_STATE_WORDS: Readonly<Record<RaceEndState, string>> = {
  accepted: 'Accepted in this account after it was listed',
  declined: 'Already declined',
  rejected: 'Already rejected',
  expired: 'Expired',
  withdrawn: 'Withdrawn by the sender',
  gone: 'No longer found in this account (cancelled or withdrawn by the sender, or rejected)',
  pending: 'Still pending: read again after AWS refused the write, it had not changed',
};

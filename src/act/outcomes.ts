import type { DecisionAction } from '../decide/types.js';
import type { WriteAction } from '../kinds/kind.js';
import type { Outcome } from './types.js';

/** The modes that act on decisions: dry-run and plan preview the writes, enforce makes them. */
export type ActMode = 'dry-run' | 'plan' | 'enforce';

/**
 * A write that succeeded (enforce): AWS said so, or an attempt's reply was lost and the retry found
 * the item in the state the write leaves it in (execute.ts: the detail says so).
 */
export const WRITTEN: Readonly<Record<WriteAction, Outcome>> = { reject: 'rejected', decline: 'declined' };

/** Whether an outcome is a write AWS accepted (WRITTEN): what the `acted` output counts. */
export function isWritten(outcome: Outcome): boolean {
  return (Object.values(WRITTEN) as Outcome[]).includes(outcome);
}
/** The write enforce would make (dry-run, plan). */
export const PREVIEWED: Readonly<Record<WriteAction, Outcome>> = { reject: 'would-reject', decline: 'would-decline' };
/**
 * What a write that raced ended in (enforce): handled already, accepted meanwhile, or still pending
 * (failed); or WRITTEN, when the race was with an earlier attempt of the same call whose reply was lost.
 */
export const RACED: readonly Outcome[] = ['already-handled', 'accepted-meanwhile', 'failed'];

/** What one item's outcome can be, given the run and the decision (possibleOutcomes). */
export interface OutcomeCase {
  readonly mode: ActMode;
  readonly action: DecisionAction;
  /** The write the item's kind makes (Kind.verb): a write action that is not it is refused, never sent. */
  readonly verb: WriteAction;
  /** Whether the run's budget tripped: then enforce writes nothing. */
  readonly tripped: boolean;
}

/**
 * Every outcome the act stage (execute.ts) can give an item in this case, and no other: execute.ts
 * writes its outcomes from WRITTEN, PREVIEWED and RACED, and the merge refuses a shard report with
 * an item whose outcome is not among these (merge/report-agreement.ts). A test runs executeDecisions
 * over every case and checks each outcome is listed here, so writer and reader cannot drift apart.
 *
 * `failed` is possible for every write: a write a kind refuses (an outgoing transfer, a handshake
 * rejected rather than declined) fails in every mode, before anything is sent.
 */
export function possibleOutcomes(c: OutcomeCase): readonly Outcome[] {
  switch (c.action) {
    case 'allow':
      return ['allowed'];
    case 'ignore':
      // accepted-meanwhile: found accepted against the policy when read (Decision.acceptedAgainstPolicy), in every mode.
      return ['ignored', 'accepted-meanwhile'];
    case 'reject':
    case 'decline':
      if (c.action !== c.verb) return ['failed'];
      if (c.mode !== 'enforce') return [PREVIEWED[c.action], 'failed'];
      if (c.tripped) return ['held-by-budget', 'failed'];
      return [WRITTEN[c.action], ...RACED];
  }
}

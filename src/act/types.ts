import type { MODES } from '../constants.js';
import type { Decision } from '../decide/types.js';

/** What the action does with write access. `plan` and `validate` never write. */
export type Mode = (typeof MODES)[number];

/**
 * The final state of one item after a run.
 * rejected / declined          enforce: the write succeeded; or an attempt's reply was lost and the retry found
 *                              the item already rejected or declined, as our write leaves it (the detail says so).
 * would-reject / would-decline dry-run or plan: the write that enforce would make.
 * already-handled              a race: no longer pending when it was to be written (cancelled, withdrawn,
 *                              expired, or declined or rejected already by someone else), the detail says which if AWS told.
 * accepted-meanwhile           someone in this account accepted what the policy does not allow: either the
 *                              policy called for a rejection or decline but the acceptance came first (between
 *                              listing and writing), or it was found accepted before any write was due (a
 *                              handshake listed ACCEPTED, a certificate DescribeCertificate found accepted:
 *                              decision.acceptedAgainstPolicy). Never written; a person should look.
 * failed                       the write was attempted and failed (see error).
 * held-by-budget               planned, but more items were planned than the budget allows: nothing was written.
 * allowed / ignored            no write was ever due.
 */
export type Outcome =
  | 'rejected'
  | 'declined'
  | 'would-reject'
  | 'would-decline'
  | 'already-handled'
  | 'accepted-meanwhile'
  | 'failed'
  | 'held-by-budget'
  | 'allowed'
  | 'ignored';

export interface ItemResult {
  readonly decision: Decision;
  readonly outcome: Outcome;
  /**
   * For `failed`, `already-handled` and `accepted-meanwhile`, and a `rejected` or `declined` whose
   * reply was lost: what AWS answered (error name and message, redacted and bounded but not escaped:
   * aws/errors.ts), or what was seen.
   */
  readonly detail?: string | undefined;
  /**
   * For a `failed` write AWS refused as not allowed (AccessDenied …): which credentials lack which
   * permission, and iam/enforce.json, in our words (run/targets-hint.ts refusedWriteHints). It names
   * the caller's ARN: escaped where shown, as `detail` is. Writes refused alike carry the same one.
   */
  readonly hint?: string | undefined;
  /** For rejected / would-reject: the rejectReason sent (or that would be sent). */
  readonly rejectReason?: string | undefined;
}

export interface Budget {
  /** The most writes one run may make. */
  readonly limit: number;
  /** Where the limit came from, for the report. */
  readonly source: 'input' | 'policy' | 'default';
  /** How many items the decisions call for. */
  readonly planned: number;
  /** planned > limit: nothing was written. */
  readonly tripped: boolean;
  /**
   * In a matrix run: `limit` is this shard's share, ⌊runLimit / shards⌋, so the shards together can
   * never write more than the run's limit. A merged report keeps it (its `limit` is then the sum of the shares).
   */
  readonly share?: { readonly runLimit: number; readonly shards: number } | undefined;
  /**
   * A merged report's only: each shard that tripped, by its index (of `share.shards`), with the items
   * it found to act on (its own `planned`; its limit was the share). Empty when none tripped.
   */
  readonly trippedShards?: readonly { readonly index: number; readonly planned: number }[] | undefined;
}

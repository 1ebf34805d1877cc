import type { InboundItem } from '../model/items.js';
import type { OrganizationIdentity } from '../model/organization.js';
import type { SourcePosition } from '../policy/types.js';

/** `<section>.allow`: the allow list of a policy section. */
export type AllowListName = `${string}.allow`;

/**
 * allow   — an allow entry matches: leave it alone.
 * reject  — the kind's write is a rejection: an incoming certificate transfer (RejectCertificateTransfer).
 * decline — the kind's write is a decline: an open handshake of a governed type (DeclineHandshake).
 * ignore  — not ours to judge (outgoing, already final, type not governed), or nothing left to write
 *           (`acceptedAgainstPolicy`: accepted in the account already, though the policy does not allow it).
 * Which of reject and decline a kind makes is its `verb` (src/kinds/kind.ts).
 */
export type DecisionAction = 'allow' | 'reject' | 'decline' | 'ignore';

/** The allow entry behind an `allow` decision, enough to cite and link it. */
export interface MatchedEntry {
  /** The allow list, as written in the policy: `iot.allow`, `organizations.allow`, … (a section's `allow`). */
  readonly list: AllowListName;
  readonly index: number;
  readonly position: SourcePosition;
  readonly note?: string | undefined;
  readonly until?: string | undefined;
}

export interface Decision<I extends InboundItem = InboundItem> {
  readonly item: I;
  readonly action: DecisionAction;
  /** Set exactly when action is `allow`. */
  readonly matched?: MatchedEntry | undefined;
  /** One plain sentence a reviewer can read: why this action. */
  readonly reason: string;
  /**
   * Only on an `allow` that ends: the last day (`YYYY-MM-DD`, UTC) any entry allows the item. The
   * entry cited (`matched`) is the first that matches; when its `until` passes, a later entry may
   * still allow the item, so this is the `until` of the last entry in that chain (allowanceChain).
   * Absent when an entry without `until` allows it, now or once the others lapse.
   */
  readonly allowedThrough?: string | undefined;
  /**
   * Only on an `ignore`: the item was accepted in this account already (a handshake listed ACCEPTED
   * before the run; a certificate DescribeCertificate found accepted after it was listed), and the
   * policy does not allow its sender. Nothing can be written for it; the act stage reports it
   * `accepted-meanwhile`, with this as its detail (what was seen, and what to do).
   */
  readonly acceptedAgainstPolicy?: string | undefined;
}

/**
 * What a run knows beyond the policy and the items, passed in as data so that deciding stays pure.
 * The same for every item of one run (and for one policy of a plan).
 */
export interface DecisionContext {
  /**
   * The organization this run guards: set only when the policy has `targets.organization: true` and
   * this run's ListAccounts named it (every account's Arn the same organization). An INVITE from it
   * is how an account joins it, never declined nor flagged (src/kinds/handshakes/decide.ts).
   * Undefined in every other run: a single-account run or `targets.accounts` trust no organization
   * that organizations.allow does not name.
   */
  readonly guardedOrganization?: OrganizationIdentity | undefined;
}

import type { InboundItem } from '../model/items.js';
import type { SourcePosition } from '../policy/types.js';

/**
 * allow   — an allow entry matches: leave it alone.
 * reject  — an incoming certificate transfer nothing allows: RejectCertificateTransfer.
 * decline — an open handshake of a governed type nothing allows: DeclineHandshake.
 * ignore  — not ours to judge (outgoing, already final, type not governed).
 */
export type DecisionAction = 'allow' | 'reject' | 'decline' | 'ignore';

/** The allow entry behind an `allow` decision, enough to cite and link it. */
export interface MatchedEntry {
  /** `iot.allow` or `organizations.allow`. */
  readonly list: 'iot.allow' | 'organizations.allow';
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
}

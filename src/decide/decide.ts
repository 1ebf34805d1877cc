/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in). Default deny: an item is allowed only when an
 * in-force allow entry of its kind matches it. Each item is decided on its own, so the output
 * is in input order and no decision depends on the other items.
 */
import type { CertificateTransferItem, HandshakeItem, InboundItem } from '../model/items.js';
import type { AllowEntryBase, Policy } from '../policy/types.js';
import type { Decision, DecisionAction, MatchedEntry } from './types.js';
import { iotEntryVerdict, organizationsEntryVerdict, searchAllowList } from './match.js';
import * as reason from './reasons.js';

export function decide(items: readonly InboundItem[], policy: Policy, now: Date): Decision[] {
  return items.map((item) => decideItem(item, policy, now));
}

export function decideItem(item: InboundItem, policy: Policy, now: Date): Decision {
  switch (item.kind) {
    case 'certificate-transfer':
      return decideCertificateTransfer(item, policy, now);
    case 'handshake':
      return decideHandshake(item, policy, now);
    default: {
      // Only reachable with data that bypassed the types; nothing can be done to it anyway.
      const unknown: never = item;
      return { item: unknown, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    }
  }
}

// ---- certificate transfers ----------------------------------------------------------------

export function decideCertificateTransfer(
  item: CertificateTransferItem,
  policy: Policy,
  now: Date,
): Decision<CertificateTransferItem> {
  if (isOutgoing(item)) return ignore(item, reason.outgoingTransfer(item.targetAccount));
  const source = item.sourceAccount;
  if (source === undefined || source === '') return deny(item, 'reject', reason.unknownSource());
  const found = searchAllowList(policy.iot.allow, (entry) => iotEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'iot.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'reject', reason.iotEntryLapsed(found.lapsed, source));
  return deny(item, 'reject', reason.sourceNotAllowed(source));
}

// ---- handshakes ---------------------------------------------------------------------------

/** Only these states can still be declined; the rest are final. */
const DECLINABLE_STATES: readonly string[] = ['OPEN', 'REQUESTED'];

export function isDeclinableState(state: string): boolean {
  return DECLINABLE_STATES.includes(state);
}

/** Types outside `organizations.handshake-types` (including ones AWS adds later) are not ours. */
export function isGovernedType(type: string, policy: Policy): boolean {
  return (policy.organizations.handshakeTypes as readonly string[]).includes(type);
}

export function decideHandshake(item: HandshakeItem, policy: Policy, now: Date): Decision<HandshakeItem> {
  if (isOutgoing(item)) return ignore(item, reason.outgoingHandshake());
  if (!isDeclinableState(item.state)) return ignore(item, reason.handshakeNotOpen(item.state));
  if (!isGovernedType(item.type, policy)) return ignore(item, reason.handshakeTypeNotGoverned(item.type));
  const found = searchAllowList(policy.organizations.allow, (entry) => organizationsEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'organizations.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'decline', reason.organizationsEntryLapsed(found.lapsed, item));
  if (found.typeExcluded !== undefined) {
    return deny(item, 'decline', reason.organizationsEntryTypeExcluded(found.typeExcluded, item));
  }
  return deny(item, 'decline', reason.handshakeNotAllowed(item));
}

// ---- shared -------------------------------------------------------------------------------

/** Outgoing items were sent by this account: never ours to reject or decline. */
export function isOutgoing(item: InboundItem): boolean {
  return item.direction === 'outgoing';
}

export function toMatchedEntry(list: MatchedEntry['list'], entry: AllowEntryBase): MatchedEntry {
  return {
    list,
    index: entry.index,
    position: entry.position,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    ...(entry.until === undefined ? {} : { until: entry.until }),
  };
}

function allow<I extends InboundItem>(item: I, list: MatchedEntry['list'], entry: AllowEntryBase): Decision<I> {
  return { item, action: 'allow', matched: toMatchedEntry(list, entry), reason: reason.allowedBy(list, entry) };
}

function deny<I extends InboundItem>(item: I, action: 'reject' | 'decline', why: string): Decision<I> {
  return { item, action, reason: why };
}

function ignore<I extends InboundItem>(item: I, why: string): Decision<I> {
  return { item, action: 'ignore', reason: why };
}

// ---- summary ------------------------------------------------------------------------------

export type ActionCounts = Record<DecisionAction, number>;

/** How many decisions of each action, every key present (zero when none). */
export function countByAction(decisions: readonly Pick<Decision, 'action'>[]): ActionCounts {
  const counts: ActionCounts = { allow: 0, reject: 0, decline: 0, ignore: 0 };
  for (const { action } of decisions) counts[action] += 1;
  return counts;
}

/**
 * Every kind of inbound request inbound-guard guards, in the order reports list them, and the few
 * functions the engine dispatches through. The one place that names the kinds (their AWS halves
 * are listed in src/aws/kinds/index.ts).
 */
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { Decision } from '../decide/types.js';
import type { InboundItem, KindName } from '../model/items.js';
import { UNKNOWN_SENDER } from '../model/sender.js';
import type { Policy, RegionSelection } from '../policy/types.js';
import { certificateTransfers } from './certificate-transfers/model.js';
import { handshakes } from './handshakes/model.js';
import { resourceShareInvitations } from './resource-share-invitations/model.js';
import { securityInvitations } from './security-invitations/model.js';
import type { Kind, KindScope, WritePlan } from './kind.js';

/** The item type of a kind. */
export type ItemOf<N extends KindName> = Extract<InboundItem, { kind: N }>;

const BY_NAME: { readonly [N in KindName]: Kind<ItemOf<N>> } = {
  'certificate-transfer': certificateTransfers,
  handshake: handshakes,
  'resource-share-invitation': resourceShareInvitations,
  'security-invitation': securityInvitations,
};

/** Every kind, in report order. */
export const KIND_NAMES: readonly KindName[] = ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'];

// A kind's functions take its own item type; the engine calls them with an item whose `kind`
// names that kind, which is what makes this widening sound.
export const KINDS: readonly Kind[] = KIND_NAMES.map((name) => BY_NAME[name] as unknown as Kind);

export function kindNamed<N extends KindName>(name: N): Kind<ItemOf<N>> {
  return BY_NAME[name];
}

/** The kind of an item; undefined only for data that bypassed the types (an unknown `kind`). */
export function kindOf(item: InboundItem): Kind | undefined {
  return Object.hasOwn(BY_NAME, item.kind) ? (BY_NAME[item.kind] as unknown as Kind) : undefined;
}

/** The kinds the policy governs, each with what it has read; the `regions` input overrides every regional kind's regions. */
export function sweepScopes(policy: Policy, regionsInput?: RegionSelection | undefined): KindScope[] {
  return KINDS.filter((k) => k.governed(policy)).map((k) => k.sweepScope(policy, regionsInput));
}

/** An item's identity across sweeps and policies, unique within one account: `iot:eu-west-1:<id>`, `organizations:h-…`. */
export function itemKey(item: InboundItem): string {
  return kindOf(item)?.key(item) ?? `unknown:${String((item as { kind?: unknown }).kind)}`;
}

/** Who sent an item, from identifiers only (model/sender.ts): `account:…`, `organization:…`, … or `unknown`. */
export function itemSender(item: InboundItem): string {
  return kindOf(item)?.sender(item) ?? UNKNOWN_SENDER;
}

/** Whether an item flagged as accepted against the policy when read was listed pending first (Kind.acceptedSinceListed). */
export function acceptedSinceListed(item: InboundItem): boolean {
  return kindOf(item)?.acceptedSinceListed(item) ?? false;
}

/** The id AWS gives an item: a certificate id, a handshake id, an invitation ARN, … */
export function itemAwsId(item: InboundItem): string {
  return kindOf(item)?.itemId(item) ?? '';
}

/** The region an item is in, or undefined for a global kind. */
export function itemRegion(item: InboundItem): string | undefined {
  const kind = kindOf(item);
  return kind?.scope === 'regional' ? kind.order(item)[0] : undefined;
}

/**
 * The one order items are reported in, by one job or by merged shards: by account, then kind (the
 * order of KIND_NAMES), then region, then id.
 */
export function compareItems(a: InboundItem, b: InboundItem): number {
  const [ra, ia] = kindOf(a)?.order(a) ?? ['', ''];
  const [rb, ib] = kindOf(b)?.order(b) ?? ['', ''];
  return compareCodeUnits(a.account, b.account) || rank(a) - rank(b) || compareCodeUnits(ra, rb) || compareCodeUnits(ia, ib);
}

function rank(item: InboundItem): number {
  const at = KIND_NAMES.indexOf(item.kind);
  return at === -1 ? KIND_NAMES.length : at;
}

const DONE = { reject: 'rejected', decline: 'declined' } as const;

/**
 * The write an act decision calls for, or why it is refused: a decision whose action is not its
 * kind's write (a handshake cannot be rejected), or one its kind refuses (an outgoing transfer).
 */
export function planWrite(decision: Decision, policy: Policy): WritePlan {
  const kind = kindOf(decision.item);
  if (kind === undefined) return { refused: `Refused: ${JSON.stringify(String((decision.item as { kind?: unknown }).kind))} is not a kind of item inbound-guard knows.` };
  if (decision.action !== 'reject' && decision.action !== 'decline') return { refused: `Refused: ${decision.action} is not a write.` };
  if (decision.action !== kind.verb) return { refused: `Refused: ${kind.title} are ${DONE[kind.verb]}, not ${DONE[decision.action]}.` };
  return kind.writeFor(decision.item, policy);
}


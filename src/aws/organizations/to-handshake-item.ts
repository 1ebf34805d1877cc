import type { Handshake, HandshakeParty, HandshakeResource } from '@aws-sdk/client-organizations';
import type { ClaimedHandshakeSender, HandshakeItem } from '../../model/items.js';
import { parseHandshakeArn } from '../../model/organization.js';
import { isoDate, nonEmpty } from '../iso.js';

export { parseHandshakeArn, type HandshakeArnParts } from '../../model/organization.js';

/**
 * Types AWS sends only within one organization (its own feature handshakes): sender and recipient
 * are the same organization, so the account the ARN names is that organization's management
 * account on either reading of it, and no other organization can send one. Their direction is read
 * from the ARN alone, as it always was.
 */
const OWN_ORGANIZATION_TYPES: readonly string[] = ['ENABLE_ALL_FEATURES', 'APPROVE_ALL_FEATURES', 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE'];

/**
 * A handshake as the decisions read it, or undefined when it has no Id (nothing could be done with it).
 * Never throws: every other field is optional. Everything read from Parties and Resources is sender-written.
 */
export function toHandshakeItem(handshake: Handshake, callerAccount: string): HandshakeItem | undefined {
  const id = nonEmpty(handshake.Id);
  if (id === undefined) return undefined;
  const arn = nonEmpty(handshake.Arn) ?? '';
  const type = nonEmpty(handshake.Action) ?? 'UNKNOWN';
  const fromArn = parseHandshakeArn(arn);
  const resources = flatten(handshake.Resources ?? []);
  // Without an ARN (or with one not of AWS's shape: never seen on AWS), the management account is
  // read from the MANAGEMENT_ACCOUNT resources, which the sender writes: they may name the sender,
  // never make the handshake ours (directionOf reads the ARN alone).
  const named = fromArn.managementAccountId ?? agreed(valuesOf(resources, 'MANAGEMENT_ACCOUNT'));
  const direction = directionOf(type, fromArn.managementAccountId, handshake.Parties ?? [], callerAccount);
  // What should name the sending organization's management account names ours, yet the handshake
  // is not ours (a TRANSFER_RESPONSIBILITY whose ARN names the recipient's side, which AWS has not
  // ruled out): then neither the ARN nor the body says who sent it. Saying nothing is safer than
  // naming our own organization, whose allow entry would then match: every sender field is unknown.
  // What the body says of the other organization is kept apart, for a reader only (claimedSender).
  const senderUnknown = direction === 'incoming' && named === callerAccount;
  const claimedSender = senderUnknown ? claimedSenderOf(handshake, resources, fromArn.organizationId, callerAccount) : undefined;
  const organizationId = senderUnknown ? undefined : (fromArn.organizationId ?? organizationFromBody(handshake, resources));
  const sender = senderUnknown ? NO_SENDER_RESOURCES : senderResources(resources, organizationId);
  return {
    kind: 'handshake',
    account: callerAccount,
    id,
    arn,
    type,
    state: nonEmpty(handshake.State) ?? 'UNKNOWN',
    direction,
    organizationId,
    managementAccountId: senderUnknown ? undefined : named,
    ...contactOf(sender),
    notes: valuesOf(resources, 'NOTES')[0],
    ...(claimedSender === undefined ? {} : { claimedSender }),
    recipient: recipientOf(handshake, organizationId),
    requestedAt: isoDate(handshake.RequestedTimestamp),
    expiresAt: isoDate(handshake.ExpirationTimestamp),
  };
}

/**
 * Outgoing only when the evidence says this account's organization sent it; anything else is
 * incoming, the safe reading: declining a handshake we sent fails loudly (only its recipient may),
 * while taking an incoming one for ours lets it through unseen.
 *
 * `arnAccount` is the management account the ARN names. Without an ARN, or with one that does not
 * parse (AWS always sends one that does), it is incoming: the only other place naming a management
 * account is the MANAGEMENT_ACCOUNT resources, which the sender writes, and naming us there must
 * not make its handshake look like ours. That the ARN's account is the *sender's* is shown by AWS
 * only for INVITE (the Organizations model's examples-1.json; see HandshakeArnParts): no
 * TRANSFER_RESPONSIBILITY ARN is published, and it may name the recipient's management account —
 * ours. So, when it names this account:
 * - own-organization types: outgoing (see OWN_ORGANIZATION_TYPES);
 * - any other type with an ACCOUNT party naming this account: incoming. A handshake we sent does
 *   not name us as its target. The sender chooses the target, but naming us only makes it incoming;
 * - INVITE: otherwise outgoing (the confirmed reading; its target may be an EMAIL);
 * - TRANSFER_RESPONSIBILITY and types AWS adds later: outgoing only if its targets (ACCOUNT and
 *   EMAIL parties) are all one other account named by id. A target by email could be ours.
 */
function directionOf(type: string, arnAccount: string | undefined, parties: readonly (HandshakeParty | null | undefined)[], callerAccount: string): 'incoming' | 'outgoing' {
  if (arnAccount !== callerAccount) return 'incoming';
  if (OWN_ORGANIZATION_TYPES.includes(type)) return 'outgoing';
  const targets = parties.filter((party) => party?.Type === 'ACCOUNT' || party?.Type === 'EMAIL');
  if (targets.some((party) => party?.Type === 'ACCOUNT' && nonEmpty(party.Id) === callerAccount)) return 'incoming';
  if (type === 'INVITE') return 'outgoing';
  const other = agreed(targets.map((party) => (party?.Type === 'ACCOUNT' ? (nonEmpty(party.Id) ?? '') : '')));
  return other !== undefined && other !== '' ? 'outgoing' : 'incoming';
}

/**
 * Without an ARN, the organization named by the ORGANIZATION parties and resources, but only if they
 * all name the same one: a handshake between two organizations (TRANSFER_RESPONSIBILITY) names both,
 * and guessing the wrong one could match an allow entry for our own organization.
 */
function organizationFromBody(handshake: Handshake, resources: readonly HandshakeResource[]): string | undefined {
  return agreed([...organizationParties(handshake), ...valuesOf(resources, 'ORGANIZATION')]);
}

/** The ids of the handshake's ORGANIZATION parties (sender-written). */
function organizationParties(handshake: Handshake): string[] {
  return (handshake.Parties ?? []).flatMap((party) => {
    const id = party?.Type === 'ORGANIZATION' ? nonEmpty(party.Id) : undefined;
    return id === undefined ? [] : [id];
  });
}

/**
 * When the sender is unidentified: the organization the body names other than ours, if it names
 * only one, and what the resources nested under its ORGANIZATION resource say (its management
 * account, email, name). Ours is the one the ARN names and any whose
 * resources name this account as its management account. Nothing more is read: a value outside
 * that organization's resource could be our own organization's. For a reader only, never matched.
 */
function claimedSenderOf(handshake: Handshake, resources: readonly HandshakeResource[], arnOrganization: string | undefined, callerAccount: string): ClaimedHandshakeSender | undefined {
  const organizations = resources.filter((r) => r.Type === 'ORGANIZATION');
  const managedByUs = organizations.filter((r) => valuesOf(flatten(r.Resources ?? []), 'MANAGEMENT_ACCOUNT').includes(callerAccount));
  const ours = new Set([arnOrganization, ...managedByUs.map((r) => nonEmpty(r.Value))]);
  const named = [...organizationParties(handshake), ...organizations.map((r) => nonEmpty(r.Value))].filter((id): id is string => id !== undefined && !ours.has(id));
  const organizationId = agreed(named);
  if (organizationId === undefined) return undefined;
  const sender = senderResources(resources, organizationId);
  if (!sender.scoped) return { organizationId };
  return {
    organizationId,
    // Never this account: an organization whose resources name it as its manager is one of ours.
    managementAccountId: valuesOf(sender.resources, 'MANAGEMENT_ACCOUNT')[0],
    ...contactOf(sender),
  };
}

/**
 * The party the handshake was sent to: every party but the sending organization (an ACCOUNT, an
 * EMAIL, or for a handshake between two organizations the other ORGANIZATION), if they name one.
 * Only for saying to whom; nothing is decided by it. With the sender unknown every party counts, so
 * it names one only when the parties name one alone.
 */
function recipientOf(handshake: Handshake, senderOrganization: string | undefined): string | undefined {
  const others = (handshake.Parties ?? []).flatMap((party) => {
    const id = nonEmpty(party?.Id);
    if (id === undefined || party?.Type === undefined) return [];
    return party.Type === 'ORGANIZATION' && id === senderOrganization ? [] : [id];
  });
  return agreed(others);
}

interface SenderResources {
  readonly scoped: boolean;
  readonly resources: readonly HandshakeResource[];
}

/** When the sender is unknown: no resource is known to be its own, so no email or name is read. */
const NO_SENDER_RESOURCES: SenderResources = { scoped: true, resources: [] };

/**
 * Where the sender's management email and name are read: the resources nested under the
 * ORGANIZATION resource of the sending organization when there is one. A handshake between two
 * organizations (TRANSFER_RESPONSIBILITY) may describe both; taking the first email found could
 * read our own organization's and match an allow entry meant for it. Otherwise every resource, and
 * senderValue then insists that all candidates agree.
 */
function senderResources(resources: readonly HandshakeResource[], organizationId: string | undefined): SenderResources {
  const own = resources.filter((r) => r.Type === 'ORGANIZATION' && organizationId !== undefined && nonEmpty(r.Value) === organizationId);
  if (own.length > 0) return { scoped: true, resources: own.flatMap((r) => flatten(r.Resources ?? [])) };
  return { scoped: false, resources };
}

/** The newer MANAGEMENT_* value, else the older MASTER_* one; unscoped, only a value all candidates agree on. */
function senderValue(sender: SenderResources, type: string, olderType: string): string | undefined {
  const pick = (values: readonly string[]) => (sender.scoped ? values[0] : agreed(values));
  return pick(valuesOf(sender.resources, type)) ?? pick(valuesOf(sender.resources, olderType));
}

/** The sender's management email and name (senderValue). */
function contactOf(sender: SenderResources): { readonly managementEmail: string | undefined; readonly managementName: string | undefined } {
  return { managementEmail: senderValue(sender, 'MANAGEMENT_EMAIL', 'MASTER_EMAIL'), managementName: senderValue(sender, 'MANAGEMENT_NAME', 'MASTER_NAME') };
}

/** The one value all candidates agree on; undefined if there are none or they disagree. */
function agreed(values: readonly string[]): string | undefined {
  const distinct = new Set(values);
  return distinct.size === 1 ? values[0] : undefined;
}

/** Every resource at every depth, depth-first in document order (MASTER_* / MANAGEMENT_* sit under ORGANIZATION). */
function flatten(resources: readonly (HandshakeResource | null | undefined)[], depth = 0): HandshakeResource[] {
  if (depth > 8) return [];
  const all: HandshakeResource[] = [];
  for (const resource of resources) {
    if (resource === null || resource === undefined) continue;
    all.push(resource, ...flatten(resource.Resources ?? [], depth + 1));
  }
  return all;
}

function valuesOf(resources: readonly HandshakeResource[], type: string): string[] {
  return resources.flatMap((resource) => {
    const value = resource.Type === type ? nonEmpty(resource.Value) : undefined;
    return value === undefined ? [] : [value];
  });
}

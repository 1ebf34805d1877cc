import type { Handshake, HandshakeResource } from '@aws-sdk/client-organizations';
import type { HandshakeItem } from '../../model/items.js';
import { parseHandshakeArn } from '../../model/organization.js';
import { isoDate, nonEmpty } from '../iso.js';

export { parseHandshakeArn, type HandshakeArnParts } from '../../model/organization.js';

/**
 * A handshake as the decisions read it, or undefined when it has no Id (nothing could be done with it).
 * Never throws: every other field is optional. Everything read from Parties and Resources is sender-written.
 */
export function toHandshakeItem(handshake: Handshake, callerAccount: string): HandshakeItem | undefined {
  const id = nonEmpty(handshake.Id);
  if (id === undefined) return undefined;
  const arn = nonEmpty(handshake.Arn) ?? '';
  const fromArn = parseHandshakeArn(arn);
  const resources = flatten(handshake.Resources ?? []);
  const managementAccountId = fromArn.managementAccountId ?? agreed(valuesOf(resources, 'MANAGEMENT_ACCOUNT'));
  const organizationId = fromArn.organizationId ?? organizationFromBody(handshake, resources);
  const sender = senderResources(resources, organizationId);
  return {
    kind: 'handshake',
    account: callerAccount,
    id,
    arn,
    type: nonEmpty(handshake.Action) ?? 'UNKNOWN',
    state: nonEmpty(handshake.State) ?? 'UNKNOWN',
    // The ARN names the management account of the organization that sent it: ours means we sent it.
    // Without that account, incoming: the safe reading (declining a handshake we sent fails loudly).
    direction: managementAccountId !== undefined && managementAccountId === callerAccount ? 'outgoing' : 'incoming',
    organizationId,
    managementAccountId,
    managementEmail: senderValue(sender, 'MANAGEMENT_EMAIL', 'MASTER_EMAIL'),
    managementName: senderValue(sender, 'MANAGEMENT_NAME', 'MASTER_NAME'),
    notes: valuesOf(resources, 'NOTES')[0],
    recipient: recipientOf(handshake, organizationId),
    requestedAt: isoDate(handshake.RequestedTimestamp),
    expiresAt: isoDate(handshake.ExpirationTimestamp),
  };
}

/**
 * Without an ARN, the organization named by the ORGANIZATION parties and resources, but only if they
 * all name the same one: a handshake between two organizations (TRANSFER_RESPONSIBILITY) names both,
 * and guessing the wrong one could match an allow entry for our own organization.
 */
function organizationFromBody(handshake: Handshake, resources: readonly HandshakeResource[]): string | undefined {
  const fromParties = (handshake.Parties ?? []).filter((party) => party?.Type === 'ORGANIZATION').map((party) => nonEmpty(party.Id));
  return agreed([...fromParties.filter((id): id is string => id !== undefined), ...valuesOf(resources, 'ORGANIZATION')]);
}

/**
 * The party the handshake was sent to: every party but the sending organization (an ACCOUNT, an
 * EMAIL, or for a handshake between two organizations the other ORGANIZATION), if they name one.
 * Only for saying to whom; nothing is decided by it.
 */
function recipientOf(handshake: Handshake, senderOrganization: string | undefined): string | undefined {
  const others = (handshake.Parties ?? []).flatMap((party) => {
    const id = nonEmpty(party?.Id);
    if (id === undefined || party?.Type === undefined) return [];
    return party.Type === 'ORGANIZATION' && id === senderOrganization ? [] : [id];
  });
  return agreed(others);
}

/**
 * Where the sender's management email and name are read: the resources nested under the
 * ORGANIZATION resource of the sending organization when there is one. A handshake between two
 * organizations (TRANSFER_RESPONSIBILITY) may describe both; taking the first email found could
 * read our own organization's and match an allow entry meant for it. Otherwise every resource, and
 * senderValue then insists that all candidates agree.
 */
function senderResources(resources: readonly HandshakeResource[], organizationId: string | undefined): { readonly scoped: boolean; readonly resources: readonly HandshakeResource[] } {
  const own = resources.filter((r) => r.Type === 'ORGANIZATION' && organizationId !== undefined && nonEmpty(r.Value) === organizationId);
  if (own.length > 0) return { scoped: true, resources: own.flatMap((r) => flatten(r.Resources ?? [])) };
  return { scoped: false, resources };
}

/** The newer MANAGEMENT_* value, else the older MASTER_* one; unscoped, only a value all candidates agree on. */
function senderValue(sender: ReturnType<typeof senderResources>, type: string, olderType: string): string | undefined {
  const pick = (values: readonly string[]) => (sender.scoped ? values[0] : agreed(values));
  return pick(valuesOf(sender.resources, type)) ?? pick(valuesOf(sender.resources, olderType));
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

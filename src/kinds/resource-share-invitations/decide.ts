/**
 * RAM resource-share invitations: reject every PENDING invitation that no in-force ram.allow entry
 * matches — by sending account and, when the entry narrows it, by the types of every resource the
 * invitation would share. Pure.
 */
import { foldAsciiCase } from '../../decide/email-pattern.js';
import { isInForce } from '../../decide/in-force.js';
import { searchAllowList, type EntryVerdict } from '../../decide/match.js';
import { citeEntry, lapsedClause, shown } from '../../decide/reasons.js';
import type { Decision } from '../../decide/types.js';
import { allow, deny, ignore, known } from '../../decide/verdicts.js';
import type { ResourceShareInvitationItem, SharedResourceRef } from '../../model/items.js';
import type { AllowEntryBase, Policy, RamAllowEntry } from '../../policy/types.js';

const RESOURCE_TYPE = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9-]{1,64}$/;

/** A resource type when it looks like one (`ec2:Subnet`), else a description that does not echo it. */
export function shownType(type: string | undefined): string {
  if (type === undefined || type === '') return '(a resource of unknown type)';
  return RESOURCE_TYPE.test(type) ? type : `(a type of ${type.length} characters with unusual characters, not shown)`;
}

/** Whether every resource is of one of `types` (case-insensitively). No resource listed: nothing to check against, so no. */
export function coversResources(types: readonly string[], resources: readonly SharedResourceRef[]): boolean {
  if (resources.length === 0) return false;
  const allowed = new Set(types.map(foldAsciiCase));
  return resources.every((r) => r.type !== undefined && allowed.has(foldAsciiCase(r.type)));
}

/** `ram.allow` entry vs a pending invitation: the sending account, the resource types, then time. */
export function ramEntryVerdict(entry: RamAllowEntry, item: ResourceShareInvitationItem, now: Date): EntryVerdict {
  if (!known(item.senderAccountId) || entry.sourceAccount !== item.senderAccountId) return 'no-match';
  if (entry.resourceTypes !== undefined && !coversResources(entry.resourceTypes, item.resources)) return 'type-excluded';
  return isInForce(entry, now) ? 'match' : 'lapsed';
}

export function decideResourceShareInvitation(item: ResourceShareInvitationItem, policy: Policy, now: Date): Decision<ResourceShareInvitationItem> {
  const ram = policy.ram;
  if (ram === undefined) return ignore(item, 'RAM resource-share invitations are not governed by this policy (it has no ram section)');
  if (item.status !== 'PENDING') return ignore(item, `already ${shown(item.status)}; only PENDING invitations can be rejected`);
  const sender = item.senderAccountId;
  if (!known(sender)) return deny(item, 'reject', 'the sending account could not be determined, so no ram.allow entry can match it (default deny)');
  const found = searchAllowList(ram.allow, (entry) => ramEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'ram.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'reject', `${citeEntry('ram.allow', found.lapsed)} would allow ${shown(sender)} but ${lapsedClause(found.lapsed.until)}`);
  if (found.typeExcluded !== undefined) return deny(item, 'reject', typesNotCovered(found.typeExcluded, sender, item.resources));
  return deny(item, 'reject', `sending account ${shown(sender)} is not in ram.allow`);
}

function typesNotCovered(entry: AllowEntryBase & { readonly resourceTypes?: readonly string[] | undefined }, sender: string, resources: readonly SharedResourceRef[]): string {
  const cite = `${citeEntry('ram.allow', entry)} names sending account ${shown(sender)}`;
  if (resources.length === 0) return `${cite} but the invitation lists no resources, so its resource-types cannot be checked`;
  const allowed = new Set((entry.resourceTypes ?? []).map(foldAsciiCase));
  const others = [...new Set(resources.filter((r) => r.type === undefined || !allowed.has(foldAsciiCase(r.type))).map((r) => shownType(r.type)))];
  const more = others.length > 3 ? ` and ${others.length - 3} more` : '';
  return `${cite} but its resource-types cover only ${(entry.resourceTypes ?? []).map(shownType).join(', ')}; the invitation also shares ${others.slice(0, 3).join(', ')}${more}`;
}

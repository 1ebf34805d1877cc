/**
 * Security-service administrator invitations: decline every pending invitation of a governed
 * service that no in-force security-services.allow entry matches — by the inviting account and,
 * when the entry narrows it, the service. Pure.
 */
import { isInForce } from '../../decide/in-force.js';
import { searchAllowList, type EntryVerdict } from '../../decide/match.js';
import { citeEntry, lapsedClause, shown } from '../../decide/reasons.js';
import type { Decision } from '../../decide/types.js';
import { allow, deny, ignore, known } from '../../decide/verdicts.js';
import type { SecurityInvitationItem } from '../../model/items.js';
import { POLICY_NAME_OF } from '../../policy/invitation-fields.js';
import type { AllowEntryBase, Policy, SecurityServicesAllowEntry } from '../../policy/types.js';

/** Pending is `Invited` (GuardDuty, Macie, Security Hub) or `INVITED` (Detective); Security Hub's own examples vary the case. */
export function isPendingInvitation(item: Pick<SecurityInvitationItem, 'status'>): boolean {
  return item.status.toLowerCase() === 'invited';
}

/** `security-services.allow` entry vs a pending invitation: the inviting account, the service, then time. */
export function securityEntryVerdict(entry: SecurityServicesAllowEntry, item: SecurityInvitationItem, now: Date): EntryVerdict {
  if (!known(item.administratorAccountId) || entry.sourceAccount !== item.administratorAccountId) return 'no-match';
  if (entry.services !== undefined && !entry.services.includes(item.service)) return 'type-excluded';
  return isInForce(entry, now) ? 'match' : 'lapsed';
}

export function decideSecurityInvitation(item: SecurityInvitationItem, policy: Policy, now: Date): Decision<SecurityInvitationItem> {
  const section = policy.securityServices;
  const service = POLICY_NAME_OF[item.service] ?? shown(String(item.service));
  if (section === undefined) return ignore(item, 'security-service invitations are not governed by this policy (it has no security-services section)');
  if (!section.services.includes(item.service)) return ignore(item, `${service} is not governed by security-services.services`);
  if (!isPendingInvitation(item)) return ignore(item, `already ${shown(item.status)}; only a pending (Invited) invitation can be declined`);
  const from = item.administratorAccountId;
  if (!known(from)) return deny(item, 'decline', 'the inviting account could not be determined, so no security-services.allow entry can match it (default deny)');
  const found = searchAllowList(section.allow, (entry) => securityEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'security-services.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'decline', `${citeEntry('security-services.allow', found.lapsed)} would allow ${service} invitations from ${shown(from)} but ${lapsedClause(found.lapsed.until)}`);
  if (found.typeExcluded !== undefined) return deny(item, 'decline', serviceExcluded(found.typeExcluded, from, service));
  return deny(item, 'decline', `no security-services.allow entry allows ${service} invitations from account ${shown(from)}`);
}

function serviceExcluded(entry: AllowEntryBase & { readonly services?: readonly string[] | undefined }, from: string, service: string): string {
  const covers = (entry.services ?? []).map((s) => POLICY_NAME_OF[s as keyof typeof POLICY_NAME_OF] ?? s).join(', ');
  return `${citeEntry('security-services.allow', entry)} names account ${shown(from)} but its services cover only ${covers}, not ${service}`;
}

/**
 * Organizations handshakes: decline every open, incoming handshake of a governed type that
 * organizations.allow does not match, and flag every such handshake that was accepted before the
 * run (the listing keeps finished handshakes for 30 days). An INVITE from the organization the run
 * guards (context.guardedOrganization, organization mode only) is neither. Pure.
 */
import { organizationsEntryVerdict, searchAllowList } from '../../decide/match.js';
import * as reason from '../../decide/reasons.js';
import type { Decision, DecisionContext } from '../../decide/types.js';
import { acceptedAgainstPolicy, allow, deny, ignore } from '../../decide/verdicts.js';
import type { HandshakeItem } from '../../model/items.js';
import { parseHandshakeArn } from '../../model/organization.js';
import type { Policy } from '../../policy/types.js';

/** Only these states can still be declined; the rest are final. */
const DECLINABLE_STATES: readonly string[] = ['OPEN', 'REQUESTED'];

export function isDeclinableState(state: string): boolean {
  return DECLINABLE_STATES.includes(state);
}

/** Types outside `organizations.handshake-types` (including ones AWS adds later) are not ours. */
export function isGovernedType(type: string, policy: Policy): boolean {
  return (policy.organizations.handshakeTypes as readonly string[]).includes(type);
}

/**
 * An INVITE sent by the organization this run guards: how an account joins it, so the platform
 * team's own act, as an outgoing handshake is in its management account. Only with a guarded
 * organization in the context (targets.organization, named by this run's ListAccounts), and only
 * when the handshake names both its id and its management account (the ARN's two fields), as AWS
 * formats them: never from sender-written text. Other types from it stay governed as written.
 */
export function isGuardedOrganizationInvite(item: HandshakeItem, context: DecisionContext): boolean {
  const guarded = context.guardedOrganization;
  if (guarded === undefined || item.type !== 'INVITE') return false;
  // The ARN's fields, not the item's: those fall back to Parties and Resources when the ARN is
  // missing or of another shape, and a sender writes those. And the item's too: toHandshakeItem
  // leaves the sender unknown when the ARN names this very account for a handshake sent to it, so
  // the ARN's organization is then not taken for the sender's.
  const fromArn = parseHandshakeArn(item.arn);
  return fromArn.organizationId === guarded.id && fromArn.managementAccountId === guarded.managementAccount && item.organizationId === guarded.id;
}

export function decideHandshake(item: HandshakeItem, policy: Policy, now: Date, context: DecisionContext = {}): Decision<HandshakeItem> {
  if (item.direction === 'outgoing') return ignore(item, reason.outgoingHandshake(item.recipient));
  if (item.state === 'ACCEPTED') return decideAccepted(item, policy, now, context);
  if (!isDeclinableState(item.state)) return ignore(item, reason.handshakeNotOpen(item.state));
  if (!isGovernedType(item.type, policy)) return ignore(item, reason.handshakeTypeNotGoverned(item.type));
  // Before any entry: it holds at every instant, so an allowance's chain (src/decide) never meets it.
  if (isGuardedOrganizationInvite(item, context)) return ignore(item, reason.guardedOrganizationInvite(item));
  const found = searchAllowList(policy.organizations.allow, (entry) => organizationsEntryVerdict(entry, item, now));
  if (found.matched !== undefined) return allow(item, 'organizations.allow', found.matched);
  if (found.lapsed !== undefined) return deny(item, 'decline', reason.organizationsEntryLapsed(found.lapsed, item));
  if (found.typeExcluded !== undefined) {
    return deny(item, 'decline', reason.organizationsEntryTypeExcluded(found.typeExcluded, item));
  }
  return deny(item, 'decline', reason.handshakeDeclined(item));
}

/**
 * An incoming handshake someone in this account accepted before this run: too late to decline, but
 * one of a governed type that the policy does not allow (no entry matches, or the entry that names
 * the sender leaves its type out) is the very event the guard is for, so it is flagged. An in-force
 * entry leaves it alone; so does a lapsed one, which may well have been in force when it was accepted.
 * So does an INVITE from the organization the run guards: that is how the account joined it.
 */
function decideAccepted(item: HandshakeItem, policy: Policy, now: Date, context: DecisionContext): Decision<HandshakeItem> {
  const final = reason.handshakeNotOpen(item.state);
  if (!isGovernedType(item.type, policy)) return ignore(item, final);
  if (isGuardedOrganizationInvite(item, context)) return ignore(item, reason.guardedOrganizationInviteAccepted(item));
  const found = searchAllowList(policy.organizations.allow, (entry) => organizationsEntryVerdict(entry, item, now));
  if (found.matched !== undefined || found.lapsed !== undefined) return ignore(item, final);
  const why = found.typeExcluded !== undefined ? reason.organizationsEntryTypeExcluded(found.typeExcluded, item) : reason.handshakeNotAllowed(item);
  return acceptedAgainstPolicy(item, reason.acceptedNotAllowed(why), reason.acceptedBeforeRunDetail(item));
}

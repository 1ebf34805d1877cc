import { ListInvitationsCommand, type GuardDutyClient } from '@aws-sdk/client-guardduty';
import { isoDateString, nonEmpty } from '../iso.js';
import { collectPages, MAX_SECURITY_INVITATIONS_LISTED, pageBound } from '../pagination.js';
import { isPendingStatus, type SecurityInvitation } from '../security/security-invitation.js';

/** The largest page GuardDuty ListInvitations allows (also its default). */
export const GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS = 50;

/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at GUARDDUTY_LIST_INVITATIONS a page, empty pages allowed for. */
export const GUARDDUTY_LIST_INVITATIONS_MAX_PAGES = pageBound(MAX_SECURITY_INVITATIONS_LISTED, GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS);

/**
 * Every GuardDuty membership invitation this account received in the client's region, pending or
 * not (the decisions act on pending ones). Items without the inviting account are dropped: they
 * could not be declined.
 */
export async function listGuardDutyInvitations(guardduty: GuardDutyClient): Promise<SecurityInvitation[]> {
  return collectPages(
    'GuardDuty ListInvitations',
    (token) => guardduty.send(new ListInvitationsCommand({ MaxResults: GUARDDUTY_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => ({
      items: (page.Invitations ?? []).flatMap((invitation) => {
        const administratorAccountId = nonEmpty(invitation.AccountId);
        if (administratorAccountId === undefined) return [];
        const status = nonEmpty(invitation.RelationshipStatus) ?? 'UNKNOWN';
        return [{
          service: 'guardduty' as const,
          administratorAccountId,
          invitationId: nonEmpty(invitation.InvitationId),
          status,
          pending: isPendingStatus(status),
          // A plain string in GuardDuty's model, not a timestamp.
          invitedAt: isoDateString(invitation.InvitedAt),
        }];
      }),
      next: page.NextToken,
    }),
    GUARDDUTY_LIST_INVITATIONS_MAX_PAGES,
  );
}

import { ListInvitationsCommand, type SecurityHubClient } from '@aws-sdk/client-securityhub';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages, MAX_SECURITY_INVITATIONS_LISTED, pageBound } from '../pagination.js';
import { isPendingStatus, type SecurityInvitation } from '../security/security-invitation.js';

/** The largest page Security Hub ListInvitations allows. */
export const SECURITYHUB_LIST_INVITATIONS_MAX_RESULTS = 50;

/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at SECURITYHUB_LIST_INVITATIONS a page, empty pages allowed for. */
export const SECURITYHUB_LIST_INVITATIONS_MAX_PAGES = pageBound(MAX_SECURITY_INVITATIONS_LISTED, SECURITYHUB_LIST_INVITATIONS_MAX_RESULTS);

/**
 * Every Security Hub membership invitation this account received in the client's region, pending or
 * not. Only accounts managed by invitation receive any; where Security Hub is not enabled the call
 * fails with InvalidAccessException (401, "not subscribed"), which classifies as denied.
 */
export async function listSecurityHubInvitations(securityhub: SecurityHubClient): Promise<SecurityInvitation[]> {
  return collectPages(
    'Security Hub ListInvitations',
    (token) => securityhub.send(new ListInvitationsCommand({ MaxResults: SECURITYHUB_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => ({
      items: (page.Invitations ?? []).flatMap((invitation) => {
        const administratorAccountId = nonEmpty(invitation.AccountId);
        if (administratorAccountId === undefined) return [];
        const status = nonEmpty(invitation.MemberStatus) ?? 'UNKNOWN';
        return [{
          service: 'securityhub' as const,
          administratorAccountId,
          invitationId: nonEmpty(invitation.InvitationId),
          status,
          pending: isPendingStatus(status),
          invitedAt: isoDate(invitation.InvitedAt),
        }];
      }),
      next: page.NextToken,
    }),
    SECURITYHUB_LIST_INVITATIONS_MAX_PAGES,
  );
}

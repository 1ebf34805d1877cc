import { ListInvitationsCommand, type Macie2Client } from '@aws-sdk/client-macie2';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages, MAX_SECURITY_INVITATIONS_LISTED, pageBound } from '../pagination.js';
import { isPendingStatus, type SecurityInvitation } from '../security/security-invitation.js';

/** The largest page Macie ListInvitations allows. */
export const MACIE_LIST_INVITATIONS_MAX_RESULTS = 25;

/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at MACIE_LIST_INVITATIONS a page, empty pages allowed for. */
export const MACIE_LIST_INVITATIONS_MAX_PAGES = pageBound(MAX_SECURITY_INVITATIONS_LISTED, MACIE_LIST_INVITATIONS_MAX_RESULTS);

/**
 * Every Macie membership invitation this account received in the client's region, pending or not.
 * A declined one stays listed until DeleteInvitations deletes it (Macie API Reference, "Invitation
 * List": those "received and haven't deleted"; "Invitation Decline": "After you decline an
 * invitation, you can optionally delete it"). Its relationshipStatus after a decline is not
 * documented; any status but Invited is not pending, so it is reported and never declined again.
 */
export async function listMacieInvitations(macie: Macie2Client): Promise<SecurityInvitation[]> {
  return collectPages(
    'Macie ListInvitations',
    (token) => macie.send(new ListInvitationsCommand({ maxResults: MACIE_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { nextToken: token }) })),
    (page) => ({
      items: (page.invitations ?? []).flatMap((invitation) => {
        const administratorAccountId = nonEmpty(invitation.accountId);
        if (administratorAccountId === undefined) return [];
        const status = nonEmpty(invitation.relationshipStatus) ?? 'UNKNOWN';
        return [{
          service: 'macie' as const,
          administratorAccountId,
          invitationId: nonEmpty(invitation.invitationId),
          status,
          pending: isPendingStatus(status),
          invitedAt: isoDate(invitation.invitedAt),
        }];
      }),
      next: page.nextToken,
    }),
    MACIE_LIST_INVITATIONS_MAX_PAGES,
  );
}

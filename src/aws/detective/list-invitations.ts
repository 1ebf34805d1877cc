import { ListInvitationsCommand, type DetectiveClient } from '@aws-sdk/client-detective';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages, MAX_SECURITY_INVITATIONS_LISTED, pageBound } from '../pagination.js';
import type { SecurityInvitation } from '../security/security-invitation.js';

/** The largest page Detective ListInvitations allows. */
export const DETECTIVE_LIST_INVITATIONS_MAX_RESULTS = 200;

/** Pages per listing: MAX_SECURITY_INVITATIONS_LISTED at DETECTIVE_LIST_INVITATIONS a page, empty pages allowed for. */
export const DETECTIVE_LIST_INVITATIONS_MAX_PAGES = pageBound(MAX_SECURITY_INVITATIONS_LISTED, DETECTIVE_LIST_INVITATIONS_MAX_RESULTS);

/**
 * Every behavior graph this account is invited to (INVITED) or a member of (ENABLED,
 * ACCEPTED_BUT_DISABLED) in the client's region; declined invitations are not listed by Detective.
 * The inviter is AdministratorId (MasterId on older answers), not AccountId (that is us). Items
 * without a graph ARN or an inviter are dropped: they could not be rejected.
 */
export async function listDetectiveInvitations(detective: DetectiveClient): Promise<SecurityInvitation[]> {
  return collectPages(
    'Detective ListInvitations',
    (token) => detective.send(new ListInvitationsCommand({ MaxResults: DETECTIVE_LIST_INVITATIONS_MAX_RESULTS, ...(token === undefined ? {} : { NextToken: token }) })),
    (page) => ({
      items: (page.Invitations ?? []).flatMap((member) => {
        const invitationId = nonEmpty(member.GraphArn);
        const administratorAccountId = nonEmpty(member.AdministratorId) ?? nonEmpty(member.MasterId);
        if (invitationId === undefined || administratorAccountId === undefined) return [];
        const status = nonEmpty(member.Status) ?? 'UNKNOWN';
        return [{
          service: 'detective' as const,
          administratorAccountId,
          invitationId,
          status,
          pending: status === 'INVITED',
          invitedAt: isoDate(member.InvitedTime),
          memberEmail: nonEmpty(member.EmailAddress),
        }];
      }),
      next: page.NextToken,
    }),
    DETECTIVE_LIST_INVITATIONS_MAX_PAGES,
  );
}

import { ListInvitationsCommand, type DetectiveClient } from '@aws-sdk/client-detective';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages } from '../pagination.js';
import type { SecurityInvitation } from '../security/security-invitation.js';

/** The largest page Detective ListInvitations allows. */
export const DETECTIVE_LIST_INVITATIONS_MAX_RESULTS = 200;

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
  );
}

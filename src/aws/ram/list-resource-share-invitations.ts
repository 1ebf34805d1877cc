import { GetResourceShareInvitationsCommand, type RAMClient } from '@aws-sdk/client-ram';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages, pageBound } from '../pagination.js';

/**
 * A resource-share invitation this account received in the client's region, in any status. The RAM
 * kind (src/aws/kinds/resource-share-invitations.ts) keeps the PENDING ones and drops the others
 * (ACCEPTED, REJECTED, EXPIRED) before any item is made: unlike handshakes, an invitation accepted
 * before the run is not reported.
 */
export interface ResourceShareInvitation {
  /** What RejectResourceShareInvitation takes. AWS's examples show the sender's account in it. */
  readonly invitationArn: string;
  readonly shareArn?: string | undefined;
  /** resourceShareName: written by the sender. */
  readonly shareName?: string | undefined;
  /** senderAccountId: the account offering the share. */
  readonly senderAccountId?: string | undefined;
  readonly receiverAccountId?: string | undefined;
  /** Set when the share names one of our IAM roles or users rather than the account. */
  readonly receiverArn?: string | undefined;
  /** PENDING | ACCEPTED | REJECTED | EXPIRED as AWS sent it; UNKNOWN when absent. */
  readonly status: string;
  /** invitationTimestamp, ISO-8601. */
  readonly invitedAt?: string | undefined;
}

/** The largest page GetResourceShareInvitations allows. */
export const GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS = 500;

/** Pages per listing: 100,000 invitations in one account and region (far past any real account) at 500 a page, empty pages allowed for. */
export const GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES = pageBound(100_000, GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS);

/** Only a PENDING invitation can be rejected (or accepted). */
export function isPendingResourceShareInvitation(invitation: Pick<ResourceShareInvitation, 'status'>): boolean {
  return invitation.status === 'PENDING';
}

/**
 * Every invitation listed for this account in the client's region. RAM "can occasionally return an
 * empty set of results even when there are more results available": the token is followed until
 * absent. Items without an ARN are dropped (nothing could be done with them).
 */
export async function listResourceShareInvitations(ram: RAMClient): Promise<ResourceShareInvitation[]> {
  return collectPages(
    'RAM GetResourceShareInvitations',
    (nextToken) => ram.send(new GetResourceShareInvitationsCommand({ maxResults: GET_RESOURCE_SHARE_INVITATIONS_MAX_RESULTS, ...(nextToken === undefined ? {} : { nextToken }) })),
    (page) => ({
      items: (page.resourceShareInvitations ?? []).flatMap((invitation) => {
        const invitationArn = nonEmpty(invitation.resourceShareInvitationArn);
        if (invitationArn === undefined) return [];
        return [{
          invitationArn,
          shareArn: nonEmpty(invitation.resourceShareArn),
          shareName: nonEmpty(invitation.resourceShareName),
          senderAccountId: nonEmpty(invitation.senderAccountId),
          receiverAccountId: nonEmpty(invitation.receiverAccountId),
          receiverArn: nonEmpty(invitation.receiverArn),
          status: nonEmpty(invitation.status) ?? 'UNKNOWN',
          invitedAt: isoDate(invitation.invitationTimestamp),
        }];
      }),
      next: page.nextToken,
    }),
    GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES,
  );
}

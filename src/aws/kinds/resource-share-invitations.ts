/**
 * RAM invitations with the RAM SDK: per region, every invitation this account received
 * (GetResourceShareInvitations), the PENDING ones each with what it would share
 * (ListPendingInvitationResources); rejected with RejectResourceShareInvitation.
 */
import { RAMClient } from '@aws-sdk/client-ram';
import type { ResourceShareInvitationItem } from '../../model/items.js';
import { mapWithConcurrency } from '../../sweep/pool.js';
import { classifyAwsError } from '../errors.js';
import { listPendingInvitationResources, type SharedResource } from '../ram/list-pending-invitation-resources.js';
import { isPendingResourceShareInvitation, listResourceShareInvitations } from '../ram/list-resource-share-invitations.js';
import { rejectResourceShareInvitation } from '../ram/reject-resource-share-invitation.js';
import type { AwsKind } from './kind.js';
import { uniqueBy } from '../../model/unique-by.js';
import { compareCodeUnits } from '../../model/code-unit-order.js';
import { sweepPart } from './sweep-part.js';

export const awsResourceShareInvitations: AwsKind<ResourceShareInvitationItem> = {
  name: 'resource-share-invitation',
  sweep: (clients, unit, options) =>
    sweepPart('resource-share-invitation', unit, options, async () => {
      const region = unit.region ?? '';
      const ram = clients.regional('ram', RAMClient, region);
      const listed = await listResourceShareInvitations(ram);
      // RAM may list an invitation on two pages: judge and act on it once.
      const unique = uniqueBy(listed, (invitation) => invitation.invitationArn);
      const pending = unique.filter(isPendingResourceShareInvitation);
      const shared = await mapWithConcurrency(pending, options.describeConcurrency, (invitation) => stillPendingResources(() => listPendingInvitationResources(ram, invitation.invitationArn)));
      const items: ResourceShareInvitationItem[] = [];
      pending.forEach((invitation, i) => {
        const resources = shared[i];
        if (resources === undefined) return;
        items.push({
          kind: 'resource-share-invitation',
          account: unit.account,
          region,
          invitationArn: invitation.invitationArn,
          shareArn: invitation.shareArn,
          shareName: invitation.shareName,
          senderAccountId: invitation.senderAccountId,
          receiverArn: invitation.receiverArn,
          status: invitation.status,
          invitedAt: invitation.invitedAt,
          resources: resources.map((r) => ({ arn: r.arn, type: r.type })),
        });
      });
      items.sort((a, b) => compareCodeUnits(a.invitationArn, b.invitationArn));
      return { items, listed: listed.length, vanished: pending.length - items.length, duplicates: listed.length - unique.length };
    }),
  write: (clients, write) => rejectResourceShareInvitation(clients.regional('ram', RAMClient, write.region ?? ''), write.target),
};

/**
 * What a pending invitation would share, or undefined when it was answered, expired or withdrawn
 * since it was listed (a race, not an error: it is no longer an item).
 */
async function stillPendingResources(list: () => Promise<SharedResource[]>): Promise<SharedResource[] | undefined> {
  try {
    return await list();
  } catch (err) {
    if (classifyAwsError(err).kind === 'race') return undefined;
    throw err;
  }
}

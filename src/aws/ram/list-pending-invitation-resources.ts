import { ListPendingInvitationResourcesCommand, type RAMClient } from '@aws-sdk/client-ram';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages, pageBound } from '../pagination.js';

/** A resource a pending invitation would share with us (ListPendingInvitationResources). */
export interface SharedResource {
  /** The resource's ARN: it names the sender's account and may carry sender-chosen names. */
  readonly arn: string;
  /** service-code:resource-code as AWS sent it, e.g. ec2:Subnet; case-insensitive by AWS's definition. */
  readonly type?: string | undefined;
  readonly shareArn?: string | undefined;
  readonly resourceGroupArn?: string | undefined;
  /** AVAILABLE | ZONAL_RESOURCE_INACCESSIBLE | LIMIT_EXCEEDED | UNAVAILABLE | PENDING */
  readonly status?: string | undefined;
  readonly statusMessage?: string | undefined;
  /** REGIONAL | GLOBAL */
  readonly regionScope?: string | undefined;
  /** ISO-8601. */
  readonly createdAt?: string | undefined;
  readonly updatedAt?: string | undefined;
}

/** The largest page ListPendingInvitationResources allows. */
export const LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS = 500;

/** Pages per listing: 100,000 resources in one share (far past any real share) at 500 a page, empty pages allowed for. */
export const LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES = pageBound(100_000, LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS);

/**
 * What the PENDING invitation `invitationArn` would share, regional and global resources alike.
 * An invitation answered or expired meanwhile fails with RAM's race errors
 * (ResourceShareInvitationAlreadyRejectedException, ResourceShareInvitationExpiredException,
 * ResourceShareInvitationArnNotFoundException). Empty pages with a token are followed.
 */
export async function listPendingInvitationResources(ram: RAMClient, invitationArn: string): Promise<SharedResource[]> {
  return collectPages(
    'RAM ListPendingInvitationResources',
    (nextToken) =>
      ram.send(
        new ListPendingInvitationResourcesCommand({
          resourceShareInvitationArn: invitationArn,
          resourceRegionScope: 'ALL',
          maxResults: LIST_PENDING_INVITATION_RESOURCES_MAX_RESULTS,
          ...(nextToken === undefined ? {} : { nextToken }),
        }),
      ),
    (page) => ({
      items: (page.resources ?? []).flatMap((resource) => {
        const arn = nonEmpty(resource.arn);
        if (arn === undefined) return [];
        return [{
          arn,
          type: nonEmpty(resource.type),
          shareArn: nonEmpty(resource.resourceShareArn),
          resourceGroupArn: nonEmpty(resource.resourceGroupArn),
          status: nonEmpty(resource.status),
          statusMessage: nonEmpty(resource.statusMessage),
          regionScope: nonEmpty(resource.resourceRegionScope),
          createdAt: isoDate(resource.creationTime),
          updatedAt: isoDate(resource.lastUpdatedTime),
        }];
      }),
      next: page.nextToken,
    }),
    LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES,
  );
}

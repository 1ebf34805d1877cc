import { randomUUID } from 'node:crypto';
import { RejectResourceShareInvitationCommand, type RAMClient } from '@aws-sdk/client-ram';

/**
 * Rejects a PENDING invitation this account received. Only the receiver may call it.
 *
 * The clientToken makes the call idempotent: the SDK's own retries resend the same token, so a retry
 * of a reject that went through (the reply was lost) succeeds again instead of failing with
 * ResourceShareInvitationAlreadyRejectedException. Races arrive as RAM's errors:
 * ResourceShareInvitationAlreadyAcceptedException, ...AlreadyRejectedException, ...ExpiredException,
 * ...ArnNotFoundException (the sender withdrew it).
 */
export async function rejectResourceShareInvitation(ram: RAMClient, invitationArn: string, clientToken: string = randomUUID()): Promise<void> {
  await ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: invitationArn, clientToken }));
}

import { DeclineHandshakeCommand, type OrganizationsClient } from '@aws-sdk/client-organizations';

/** Declines a handshake this account received. Only the receiving account may call it. */
export async function declineHandshake(organizations: OrganizationsClient, handshakeId: string): Promise<void> {
  await organizations.send(new DeclineHandshakeCommand({ HandshakeId: handshakeId }));
}

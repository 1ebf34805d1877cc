import type { Effects } from '../act/effects.js';
import type { AwsClients } from './clients.js';
import { rejectCertificateTransfer } from './iot/reject-certificate-transfer.js';
import { declineHandshake } from './organizations/decline-handshake.js';

/**
 * The writes of an enforce run, against AWS, each with the clients of the account it concerns (the
 * same that read it). Errors propagate as the SDK throws them.
 */
export function awsEffects(clientsOf: (account: string) => AwsClients | undefined): Effects {
  const of = (account: string): AwsClients => {
    const clients = clientsOf(account);
    if (clients === undefined) throw new Error(`No credentials for account ${account}: it was not read in this run, so nothing is written there.`);
    return clients;
  };
  return {
    rejectCertificateTransfer: async (account, region, certificateId, reason) => rejectCertificateTransfer(of(account).iot(region), certificateId, reason),
    declineHandshake: async (account, handshakeId) => declineHandshake(of(account).organizations, handshakeId),
  };
}

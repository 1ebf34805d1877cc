import type { Effects } from '../act/effects.js';
import type { AwsClients } from './clients.js';
import { rejectCertificateTransfer } from './iot/reject-certificate-transfer.js';
import { declineHandshake } from './organizations/decline-handshake.js';

/** The writes of an enforce run, against AWS. Errors propagate as the SDK throws them. */
export function awsEffects(clients: AwsClients): Effects {
  return {
    rejectCertificateTransfer: (region, certificateId, reason) => rejectCertificateTransfer(clients.iot(region), certificateId, reason),
    declineHandshake: (handshakeId) => declineHandshake(clients.organizations, handshakeId),
  };
}

/** Certificate transfers with the IoT SDK: swept per region by sweep.ts's IoT sweep, rejected with RejectCertificateTransfer. */
import type { CertificateTransferItem } from '../../model/items.js';
import { sweepRegion } from '../../sweep/sweep.js';
import { classifyAwsError } from '../errors.js';
import { describeCertificate } from '../iot/describe-certificate.js';
import { rejectCertificateTransfer } from '../iot/reject-certificate-transfer.js';
import { acceptedInto } from '../iot/to-certificate-transfer.js';
import type { AwsKind } from './kind.js';

export const awsCertificateTransfers: AwsKind<CertificateTransferItem> = {
  name: 'certificate-transfer',
  sweep: (clients, unit, options) => sweepRegion(clients, unit.region ?? '', { ...options, account: unit.account }),
  write: (clients, write) => rejectCertificateTransfer(clients.iot(write.region ?? ''), write.target, write.rejectReason ?? ''),
  // TransferAlreadyCompletedException says accepted or cancelled; DescribeCertificate tells which (or that it is still pending).
  endState: async (clients, write) => {
    try {
      const details = await describeCertificate(clients.iot(write.region ?? ''), write.target);
      if (details.status === 'PENDING_TRANSFER') return 'pending';
      return acceptedInto(details, write.account) ? 'accepted' : undefined;
    } catch (err) {
      if (classifyAwsError(err).kind === 'race') return 'gone';
      throw err;
    }
  },
};

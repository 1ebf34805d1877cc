/** Certificate transfers with the IoT SDK: swept per region by sweep.ts's pipelined IoT sweep (progress lines, describes as pages arrive), rejected with RejectCertificateTransfer. */
import type { CertificateTransferItem } from '../../model/items.js';
import { sweepRegion } from '../../sweep/sweep.js';
import { rejectCertificateTransfer } from '../iot/reject-certificate-transfer.js';
import type { AwsKind } from './kind.js';

export const awsCertificateTransfers: AwsKind<CertificateTransferItem> = {
  name: 'certificate-transfer',
  sweep: (clients, unit, options) => sweepRegion(clients, unit.region ?? '', { ...options, account: unit.account }),
  write: (clients, write) => rejectCertificateTransfer(clients.iot(write.region ?? ''), write.target, write.rejectReason ?? ''),
};

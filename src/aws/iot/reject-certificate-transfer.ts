import { RejectCertificateTransferCommand, type IoTClient } from '@aws-sdk/client-iot';
import { limitRejectReason } from '../../model/aws-limits.js';

/**
 * Sends the certificate back to its source account (status INACTIVE there).
 * Only the destination account may call it. The reason is cut to AWS's 128-character limit.
 */
export async function rejectCertificateTransfer(iot: IoTClient, certificateId: string, rejectReason: string): Promise<void> {
  const reason = limitRejectReason(rejectReason);
  await iot.send(new RejectCertificateTransferCommand({ certificateId, ...(reason === '' ? {} : { rejectReason: reason }) }));
}

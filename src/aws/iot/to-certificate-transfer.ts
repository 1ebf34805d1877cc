import type { CertificateTransferItem } from '../../model/items.js';
import type { CertificateDetails } from './describe-certificate.js';
import type { OutgoingCertificate } from './list-outgoing-certificates.js';
import type { PendingCertificate } from './list-pending-certificates.js';

/**
 * The account offering the certificate, or undefined when DescribeCertificate does not tell it apart
 * from ours. Which of `ownedBy` / `previousOwnedBy` names the source while the transfer is pending is
 * not documented, so neither reading is assumed: the source is whichever differs from our account,
 * `ownedBy` first (if AWS moved ownership to us at transfer time, `ownedBy` is ours and
 * `previousOwnedBy` the sender; if it did not, `ownedBy` is the sender). Undefined is never
 * allowlisted by the decisions (default deny).
 */
export function sourceAccountOf(details: Pick<CertificateDetails, 'ownedBy' | 'previousOwnedBy'>, callerAccount: string): string | undefined {
  for (const candidate of [details.ownedBy, details.previousOwnedBy]) {
    if (candidate !== undefined && candidate !== '' && candidate !== callerAccount) return candidate;
  }
  return undefined;
}

/** An incoming transfer: pending in ListCertificates, not in ListOutgoingCertificates, described. */
export function toIncomingTransfer(
  region: string,
  pending: PendingCertificate,
  details: CertificateDetails,
  callerAccount: string,
): CertificateTransferItem {
  return {
    kind: 'certificate-transfer',
    certificateId: pending.certificateId,
    certificateArn: pending.certificateArn ?? details.certificateArn ?? '',
    region,
    direction: 'incoming',
    sourceAccount: sourceAccountOf(details, callerAccount),
    transferDate: details.transferDate,
    transferMessage: details.transferMessage,
    caCertificateId: details.caCertificateId,
    certificateMode: pending.certificateMode ?? details.certificateMode,
    creationDate: pending.creationDate ?? details.creationDate,
  };
}

/** An outgoing transfer: this account is giving its own certificate away. Reported, never judged. */
export function toOutgoingTransfer(region: string, outgoing: OutgoingCertificate, callerAccount: string): CertificateTransferItem {
  return {
    kind: 'certificate-transfer',
    certificateId: outgoing.certificateId,
    certificateArn: outgoing.certificateArn ?? '',
    region,
    direction: 'outgoing',
    sourceAccount: callerAccount,
    targetAccount: outgoing.transferredTo,
    transferDate: outgoing.transferDate,
    transferMessage: outgoing.transferMessage,
    creationDate: outgoing.creationDate,
  };
}

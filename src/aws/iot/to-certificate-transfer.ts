import type { CertificateTransferItem } from '../../model/items.js';
import type { CertificateDetails } from './describe-certificate.js';
import type { OutgoingCertificate } from './list-outgoing-certificates.js';
import type { PendingCertificate } from './list-pending-certificates.js';

/**
 * The account offering the certificate, or undefined when DescribeCertificate does not tell it apart
 * from ours. Which of `ownedBy` / `previousOwnedBy` names the source while the transfer is pending is
 * not documented, so both readings are handled: if AWS did not move ownership at transfer time,
 * `ownedBy` is the sender; if it did, `ownedBy` is ours and `previousOwnedBy` the sender. Without
 * `ownedBy` neither reading applies (a `previousOwnedBy` could be any earlier owner), so the source
 * is unknown. Undefined is never allowlisted by the decisions (default deny).
 */
export function sourceAccountOf(details: Pick<CertificateDetails, 'ownedBy' | 'previousOwnedBy'>, callerAccount: string): string | undefined {
  const { ownedBy, previousOwnedBy } = details;
  if (ownedBy === undefined || ownedBy === '') return undefined;
  if (ownedBy !== callerAccount) return ownedBy;
  return previousOwnedBy !== undefined && previousOwnedBy !== '' && previousOwnedBy !== callerAccount ? previousOwnedBy : undefined;
}

/**
 * Whether a certificate listed as pending has since been accepted into `account`: no longer
 * PENDING_TRANSFER and owned by it. (A rejected or cancelled certificate goes back to its sender.)
 */
export function acceptedInto(details: Pick<CertificateDetails, 'status' | 'ownedBy'>, account: string): boolean {
  return details.status !== undefined && details.status !== 'PENDING_TRANSFER' && details.ownedBy === account;
}

/**
 * An incoming transfer: pending in ListCertificates, not in ListOutgoingCertificates, described —
 * still pending, or accepted into this account in between (`acceptedStatus`).
 */
export function toIncomingTransfer(
  region: string,
  pending: PendingCertificate,
  details: CertificateDetails,
  callerAccount: string,
): CertificateTransferItem {
  return {
    kind: 'certificate-transfer',
    account: callerAccount,
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
    ...(acceptedInto(details, callerAccount) ? { acceptedStatus: details.status } : {}),
  };
}

/** An outgoing transfer: this account is giving its own certificate away. Reported, never judged. */
export function toOutgoingTransfer(region: string, outgoing: OutgoingCertificate, callerAccount: string): CertificateTransferItem {
  return {
    kind: 'certificate-transfer',
    account: callerAccount,
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

/** How a certificate record looks from outside: ARNs per viewer, the PEM, the inspection snapshot. */
import { certificateArn } from './ids.ts';
import { isPending, type CertRecord } from './iot-state.ts';
import { sha256Hex } from './random.ts';
import type { EmulatedCertificate } from './types.ts';

/** The ARN as `viewer` sees it: a pending destination already sees it under its own account. */
export function arnFor(record: CertRecord, viewer: string): string {
  const account = isPending(record) && record.transfer?.to === viewer ? viewer : record.owner;
  return certificateArn(record.region, account, record.id);
}

/** A stable, fake PEM body (not a parseable X.509 certificate). */
export function fakePem(id: string): string {
  const body = Buffer.from(sha256Hex(`pem|${id}`).repeat(12), 'hex').toString('base64');
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

export function snapshotCertificate(record: CertRecord): EmulatedCertificate {
  const t = record.transfer;
  const out: EmulatedCertificate = {
    certificateId: record.id,
    certificateArn: certificateArn(record.region, record.owner, record.id),
    region: record.region,
    ownedBy: record.owner,
    status: record.status,
    certificateMode: record.mode,
    creationDate: new Date(record.creationMs),
    lastModifiedDate: new Date(record.lastModifiedMs),
    virtual: record.virtual,
  };
  if (record.previousOwner !== undefined) out.previousOwnedBy = record.previousOwner;
  if (record.caCertificateId !== undefined) out.caCertificateId = record.caCertificateId;
  if (t) {
    out.transfer = { from: t.from, to: t.to, transferDate: new Date(t.transferMs) };
    if (t.message !== undefined) out.transfer.message = t.message;
    if (t.acceptMs !== undefined) out.transfer.acceptDate = new Date(t.acceptMs);
    if (t.rejectMs !== undefined) out.transfer.rejectDate = new Date(t.rejectMs);
    if (t.rejectReason !== undefined) out.transfer.rejectReason = t.rejectReason;
    if (t.cancelMs !== undefined) out.transfer.cancelDate = new Date(t.cancelMs);
  }
  return out;
}

import { DescribeCertificateCommand, type IoTClient } from '@aws-sdk/client-iot';
import { isoDate, nonEmpty } from '../iso.js';

/** What DescribeCertificate tells about a pending transfer (the PEM and validity are not kept). */
export interface CertificateDetails {
  readonly certificateId: string;
  readonly certificateArn?: string | undefined;
  readonly status?: string | undefined;
  readonly ownedBy?: string | undefined;
  readonly previousOwnedBy?: string | undefined;
  /** Sender-written. */
  readonly transferMessage?: string | undefined;
  /** ISO-8601. */
  readonly transferDate?: string | undefined;
  readonly caCertificateId?: string | undefined;
  readonly certificateMode?: string | undefined;
  /** ISO-8601. */
  readonly creationDate?: string | undefined;
}

export async function describeCertificate(iot: IoTClient, certificateId: string): Promise<CertificateDetails> {
  const { certificateDescription: description } = await iot.send(new DescribeCertificateCommand({ certificateId }));
  return {
    certificateId,
    certificateArn: nonEmpty(description?.certificateArn),
    status: nonEmpty(description?.status),
    ownedBy: nonEmpty(description?.ownedBy),
    previousOwnedBy: nonEmpty(description?.previousOwnedBy),
    transferMessage: nonEmpty(description?.transferData?.transferMessage),
    transferDate: isoDate(description?.transferData?.transferDate),
    caCertificateId: nonEmpty(description?.caCertificateId),
    certificateMode: nonEmpty(description?.certificateMode),
    creationDate: isoDate(description?.creationDate),
  };
}

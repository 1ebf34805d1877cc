import { ListCertificatesCommand, type IoTClient } from '@aws-sdk/client-iot';
import { isoDate, nonEmpty } from '../iso.js';
import { collectPages } from '../pagination.js';

/** A certificate in PENDING_TRANSFER, as ListCertificates shows it (no owner: see DescribeCertificate). */
export interface PendingCertificate {
  readonly certificateId: string;
  readonly certificateArn?: string | undefined;
  readonly certificateMode?: string | undefined;
  /** ISO-8601. */
  readonly creationDate?: string | undefined;
}

/** The largest page ListCertificates allows: a tenth of the calls of the default 25. */
export const LIST_CERTIFICATES_PAGE_SIZE = 250;

/**
 * Every certificate of the region in PENDING_TRANSFER, incoming and outgoing alike
 * (ListCertificates cannot filter by status: all pages are read).
 */
export async function listPendingCertificates(iot: IoTClient): Promise<PendingCertificate[]> {
  return collectPages(
    'IoT ListCertificates',
    (marker) => iot.send(new ListCertificatesCommand({ pageSize: LIST_CERTIFICATES_PAGE_SIZE, ...(marker === undefined ? {} : { marker }) })),
    // Only the pending ones are kept from each page: a million-certificate region is never held in memory.
    (page) => ({
      items: (page.certificates ?? []).flatMap((certificate) => {
        const certificateId = nonEmpty(certificate.certificateId);
        if (certificate.status !== 'PENDING_TRANSFER' || certificateId === undefined) return [];
        return [{
          certificateId,
          certificateArn: nonEmpty(certificate.certificateArn),
          certificateMode: nonEmpty(certificate.certificateMode),
          creationDate: isoDate(certificate.creationDate),
        }];
      }),
      next: page.nextMarker,
    }),
  );
}

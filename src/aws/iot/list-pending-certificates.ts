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
 * The most certificates one account holds in one region that a run must be able to list. AWS IoT
 * sets no quota on certificates; the largest fleets AWS describes are a few million devices per
 * customer, usually spread over regions and accounts. 10,000,000 in one account and region is
 * beyond them, and listing it already takes over an hour at the 10 TPS ListCertificates quota.
 */
export const MAX_CERTIFICATES_PER_REGION = 10_000_000;

/**
 * Pages per ListCertificates listing: 10,000,000 / 250 = 40,000 full pages, plus 10 % for short
 * and empty pages (a page count AWS does not promise to keep minimal). A listing that still offers
 * a page after that fails the region: it is reported as not read, never as read.
 */
export const LIST_CERTIFICATES_MAX_PAGES = Math.ceil((MAX_CERTIFICATES_PER_REGION / LIST_CERTIFICATES_PAGE_SIZE) * 1.1);

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
    LIST_CERTIFICATES_MAX_PAGES,
  );
}

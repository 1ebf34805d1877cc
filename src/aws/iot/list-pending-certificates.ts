import { ListCertificatesCommand, type Certificate, type IoTClient } from '@aws-sdk/client-iot';
import { isoDate, nonEmpty } from '../iso.js';
import { forEachPage } from '../pagination.js';

/** A certificate in PENDING_TRANSFER, as ListCertificates shows it (no owner: see DescribeCertificate). */
export interface PendingCertificate {
  readonly certificateId: string;
  readonly certificateArn?: string | undefined;
  readonly certificateMode?: string | undefined;
  /** ISO-8601. */
  readonly creationDate?: string | undefined;
}

/** One page of ListCertificates, reduced to what the sweep keeps. */
export interface CertificatePage {
  /** Certificates on the page, in any status. */
  readonly read: number;
  /** The page's certificates in PENDING_TRANSFER. */
  readonly pending: readonly PendingCertificate[];
  /** Epoch milliseconds of the page's first and last creationDate, when it has them: how far the listing has come. */
  readonly createdFrom?: number | undefined;
  readonly createdTo?: number | undefined;
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
 * Every certificate of the region, page by page, oldest first: `onPage` gets each page's pending
 * certificates as it arrives (ListCertificates cannot filter by status: all pages are read). Only
 * the pending ones are kept from a page, so a million-certificate region is never held in memory.
 * Oldest first, so that a page's creation dates tell how far through the region's history the
 * listing is (see the progress estimate in src/sweep/progress.ts).
 */
export async function forEachCertificatePage(iot: IoTClient, onPage: (page: CertificatePage) => void): Promise<void> {
  let pending = 0;
  return forEachPage(
    'IoT ListCertificates',
    (marker) => iot.send(new ListCertificatesCommand({ pageSize: LIST_CERTIFICATES_PAGE_SIZE, ascendingOrder: true, ...(marker === undefined ? {} : { marker }) })),
    (page) => {
      const reduced = toCertificatePage(page.certificates ?? []);
      pending += reduced.pending.length;
      onPage(reduced);
      return page.nextMarker;
    },
    LIST_CERTIFICATES_MAX_PAGES,
    // In the message of a listing that never ends: the pending certificates it had found.
    () => pending,
  );
}

/** Every certificate of the region in PENDING_TRANSFER, incoming and outgoing alike. */
export async function listPendingCertificates(iot: IoTClient): Promise<PendingCertificate[]> {
  const pending: PendingCertificate[] = [];
  await forEachCertificatePage(iot, (page) => pending.push(...page.pending));
  return pending;
}

function toCertificatePage(certificates: readonly Certificate[]): CertificatePage {
  const pending: PendingCertificate[] = [];
  for (const certificate of certificates) {
    const certificateId = nonEmpty(certificate.certificateId);
    if (certificate.status !== 'PENDING_TRANSFER' || certificateId === undefined) continue;
    pending.push({
      certificateId,
      certificateArn: nonEmpty(certificate.certificateArn),
      certificateMode: nonEmpty(certificate.certificateMode),
      creationDate: isoDate(certificate.creationDate),
    });
  }
  return {
    read: certificates.length,
    pending,
    createdFrom: epoch(certificates[0]?.creationDate),
    createdTo: epoch(certificates[certificates.length - 1]?.creationDate),
  };
}

function epoch(date: Date | undefined): number | undefined {
  const ms = date?.getTime();
  return ms === undefined || Number.isNaN(ms) ? undefined : ms;
}

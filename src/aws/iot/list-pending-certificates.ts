import { ListCertificatesCommand, type Certificate, type IoTClient } from '@aws-sdk/client-iot';
import type { DeserializeMiddleware } from '@smithy/types';
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
 *
 * Each page is reduced straight from its JSON (readPageFromBody) before the SDK deserialises it;
 * the SDK then reads what is left, the page's token. When a body cannot be read that way, the SDK
 * deserialises the whole page as it always does, and the page is reduced from its output.
 */
export async function forEachCertificatePage(iot: IoTClient, onPage: (page: CertificatePage) => void): Promise<void> {
  let pending = 0;
  return forEachPage(
    'IoT ListCertificates',
    async (marker) => {
      let read: CertificatePage | undefined;
      const command = new ListCertificatesCommand({ pageSize: LIST_CERTIFICATES_PAGE_SIZE, ascendingOrder: true, ...(marker === undefined ? {} : { marker }) });
      // Each attempt (retries included) overwrites `read`: the page is the last successful answer's.
      command.middlewareStack.addRelativeTo(readPageFromBody((page) => (read = page)), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: PAGE_READER_MIDDLEWARE });
      const output = await iot.send(command);
      return { page: read ?? toCertificatePage(output.certificates ?? []), nextMarker: output.nextMarker };
    },
    ({ page, nextMarker }) => {
      pending += page.pending.length;
      onPage(page);
      return nextMarker;
    },
    LIST_CERTIFICATES_MAX_PAGES,
    // In the message of a listing that never ends: the pending certificates it had found.
    () => pending,
  );
}

/** The name of the middleware that reads a ListCertificates page from its body, on each command. */
export const PAGE_READER_MIDDLEWARE = 'inboundGuardCertificatePageReader';

/**
 * A ListCertificates page reduced from the answer's JSON as it arrives, before the SDK's deserialiser
 * (placed just inside it): the page goes to `onPage`, and the body the SDK goes on to read keeps
 * every member but `certificates` (the token, `nextMarker`). A listing reads every certificate of
 * the region while it keeps only the pending ones: the SDK's generic deserialiser builds an object
 * and a Date for each of 250 certificates a page, about 1.6 ms of CPU a page on a 2-core runner (a
 * third of a sweep's CPU at 50 pages a second; `npm run bench`), where this keeps a few. An error
 * answer (status other than 200) and a body that is not a JSON object with a `certificates` list
 * are left whole, for the SDK to read or raise as it always does.
 */
export function readPageFromBody<I extends object, O extends object>(onPage: (page: CertificatePage) => void): DeserializeMiddleware<I, O> {
  return (next) => async (args) => {
    const result = await next(args);
    const response = result.response as { statusCode?: unknown; body?: unknown } | undefined;
    if (response === undefined || response.statusCode !== 200) return result;
    const bytes = await bodyBytes(response.body);
    if (bytes === undefined) return result;
    const reduced = reduceCertificatesJson(bytes);
    response.body = reduced === undefined ? bytes : Buffer.from(JSON.stringify(reduced.rest));
    if (reduced !== undefined) onPage(reduced.page);
    return result;
  };
}

/** A response body as bytes: a Node stream read to its end, or the bytes it already is; undefined for anything else. */
async function bodyBytes(body: unknown): Promise<Uint8Array | undefined> {
  if (body instanceof Uint8Array) return body;
  if (typeof body !== 'object' || body === null || !(Symbol.asyncIterator in body)) return undefined;
  const chunks: Uint8Array[] = [];
  // A Node stream gives Buffers (kept as they are: Buffer.from would copy each), a string-mode one strings.
  for await (const chunk of body as AsyncIterable<unknown>) chunks.push(chunk instanceof Uint8Array ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

/**
 * A ListCertificates body reduced to its page, with the rest of the body (every other member), or
 * undefined when it is not a JSON object whose `certificates`, if present, is a list. Reads the
 * fields as the SDK would (creationDate: epoch seconds, a number or its string); a field of another
 * type counts as absent, where the SDK would pass it on or fail the page.
 */
export function reduceCertificatesJson(bytes: Uint8Array): { page: CertificatePage; rest: Record<string, unknown> } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(parsed)) return undefined;
  const { certificates = [], ...rest } = parsed;
  if (!Array.isArray(certificates)) return undefined;
  const pending: PendingCertificate[] = [];
  for (const certificate of certificates as unknown[]) {
    if (!isRecord(certificate) || certificate['status'] !== 'PENDING_TRANSFER') continue;
    const certificateId = nonEmpty(certificate['certificateId']);
    if (certificateId === undefined) continue;
    pending.push({
      certificateId,
      certificateArn: nonEmpty(certificate['certificateArn']),
      certificateMode: nonEmpty(certificate['certificateMode']),
      creationDate: isoDate(rawEpoch(certificate)),
    });
  }
  const first: unknown = certificates[0];
  const last: unknown = certificates[certificates.length - 1];
  return {
    page: { read: certificates.length, pending, createdFrom: epoch(rawEpoch(first)), createdTo: epoch(rawEpoch(last)) },
    rest,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A certificate's creationDate as the SDK reads an epoch-seconds timestamp: Math.round(seconds * 1000) ms. */
function rawEpoch(certificate: unknown): Date | undefined {
  if (!isRecord(certificate)) return undefined;
  const value = certificate['creationDate'];
  const seconds = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(seconds) ? new Date(Math.round(seconds * 1000)) : undefined;
}

/** Every certificate of the region in PENDING_TRANSFER, incoming and outgoing alike. */
export async function listPendingCertificates(iot: IoTClient): Promise<PendingCertificate[]> {
  const pending: PendingCertificate[] = [];
  await forEachCertificatePage(iot, (page) => pending.push(...page.pending));
  return pending;
}

/** A page reduced from the SDK's own output: when readPageFromBody could not read the body, the SDK deserialised it whole. */
export function toCertificatePage(certificates: readonly Certificate[]): CertificatePage {
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

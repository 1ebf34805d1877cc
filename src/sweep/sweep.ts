import type { SweepError } from './events.js';
import type { AwsClients } from '../aws/clients.js';
import { classifyAwsError, describeAwsError } from '../aws/errors.js';
import { describeCertificate, type CertificateDetails } from '../aws/iot/describe-certificate.js';
import { listOutgoingCertificates } from '../aws/iot/list-outgoing-certificates.js';
import { listPendingCertificates } from '../aws/iot/list-pending-certificates.js';
import { toIncomingTransfer, toOutgoingTransfer } from '../aws/iot/to-certificate-transfer.js';
import { listHandshakes } from '../aws/organizations/list-handshakes.js';
import { toHandshakeItem } from '../aws/organizations/to-handshake-item.js';
import type { CertificateTransferItem, HandshakeItem, InboundItem } from '../model/items.js';
import type { SweepEvent } from './events.js';
import { mapWithConcurrency } from './pool.js';

export interface SweepRequest {
  /** The caller's own account (STS): tells incoming from outgoing. */
  readonly account: string;
  /** IoT regions to sweep; [] sweeps none. Duplicates are swept once. */
  readonly regions: readonly string[];
  /** Whether to list Organizations handshakes. */
  readonly handshakes: boolean;
  /** Regions listed at once (each region has its own IoT quotas). Default 4. */
  readonly regionConcurrency?: number;
  /** DescribeCertificate calls at once, per region. Default 4. */
  readonly describeConcurrency?: number;
  /** Progress as plain data; the report writer turns it into log lines. */
  readonly log?: (event: SweepEvent) => void;
}

export interface SweepResult {
  /** Regions in the order given, each sorted by certificate id; then handshakes sorted by id. */
  readonly items: InboundItem[];
  /** Regions (in the order given), then Organizations. A failed part contributes no items. */
  readonly errors: SweepError[];
  /** The regions read completely, in the order given. */
  readonly regionsSwept: string[];
}

export const DEFAULT_REGION_CONCURRENCY = 4;
export const DEFAULT_DESCRIBE_CONCURRENCY = 4;

type Part<T> = { readonly ok: true; readonly items: T[] } | { readonly ok: false; readonly error: SweepError };

/** Lists everything pending for the account. Never throws for an AWS failure: it becomes a SweepError. */
export async function sweepAccount(clients: AwsClients, request: SweepRequest): Promise<SweepResult> {
  const log = request.log ?? (() => {});
  const regions = [...new Set(request.regions)];
  const describeConcurrency = request.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY;

  const [regionParts, handshakePart] = await Promise.all([
    mapWithConcurrency(regions, request.regionConcurrency ?? DEFAULT_REGION_CONCURRENCY, (region) =>
      sweepRegion(clients, region, request.account, describeConcurrency, log),
    ),
    request.handshakes ? sweepHandshakes(clients, request.account, log) : undefined,
  ]);

  const items: InboundItem[] = [];
  const errors: SweepError[] = [];
  const regionsSwept: string[] = [];
  regionParts.forEach((part, index) => {
    if (part.ok) {
      items.push(...part.items);
      regionsSwept.push(regions[index] as string);
    } else {
      errors.push(part.error);
    }
  });
  if (handshakePart !== undefined) {
    if (handshakePart.ok) items.push(...handshakePart.items);
    else errors.push(handshakePart.error);
  }
  return { items, errors, regionsSwept };
}

async function sweepRegion(
  clients: AwsClients,
  region: string,
  account: string,
  describeConcurrency: number,
  log: (event: SweepEvent) => void,
): Promise<Part<CertificateTransferItem>> {
  log({ type: 'region-started', account, region });
  try {
    const iot = clients.iot(region);
    const listed = await listPendingCertificates(iot);
    // AWS may list a certificate on two pages (the listing moved under us): judge and act on it once.
    const pending = uniqueBy(listed, (certificate) => certificate.certificateId);
    // Our own outgoing transfers are PENDING_TRANSFER too; with nothing pending there are none to subtract.
    const outgoing = pending.length === 0 ? [] : uniqueBy(await listOutgoingCertificates(iot), (certificate) => certificate.certificateId);
    const outgoingIds = new Set(outgoing.map((certificate) => certificate.certificateId));
    const incoming = pending.filter((certificate) => !outgoingIds.has(certificate.certificateId));

    const described = await mapWithConcurrency(incoming, describeConcurrency, (certificate) =>
      describeStillPending(clients, region, certificate.certificateId),
    );
    const items: CertificateTransferItem[] = [];
    incoming.forEach((certificate, index) => {
      const details = described[index];
      if (details !== undefined) items.push(toIncomingTransfer(region, certificate, details, account));
    });
    const incomingCount = items.length;
    items.push(...outgoing.map((certificate) => toOutgoingTransfer(region, certificate, account)));
    items.sort((a, b) => compare(a.certificateId, b.certificateId));

    log({
      type: 'region-finished',
      account,
      region,
      pending: pending.length,
      incoming: incomingCount,
      outgoing: outgoing.length,
      vanished: incoming.length - incomingCount,
      duplicates: listed.length - pending.length,
    });
    return { ok: true, items };
  } catch (err) {
    const error: SweepError = { service: 'iot', account, region, message: describeAwsError(err) };
    log({ type: 'region-failed', account, region, errorKind: classifyAwsError(err).kind, error });
    return { ok: false, error };
  }
}

/**
 * The certificate's details, or undefined when it is no longer pending: accepted, rejected or cancelled
 * between ListCertificates and DescribeCertificate (a race, not an error).
 */
async function describeStillPending(clients: AwsClients, region: string, certificateId: string): Promise<CertificateDetails | undefined> {
  try {
    const details = await describeCertificate(clients.iot(region), certificateId);
    return details.status === undefined || details.status === 'PENDING_TRANSFER' ? details : undefined;
  } catch (err) {
    if (classifyAwsError(err).kind === 'race') return undefined;
    throw err;
  }
}

async function sweepHandshakes(clients: AwsClients, account: string, log: (event: SweepEvent) => void): Promise<Part<HandshakeItem>> {
  log({ type: 'handshakes-started', account });
  try {
    const handshakes = await listHandshakes(clients.organizations);
    const withId = handshakes.map((handshake) => toHandshakeItem(handshake, account)).filter((item): item is HandshakeItem => item !== undefined);
    const items = uniqueBy(withId, (item) => item.id).sort((a, b) => compare(a.id, b.id));
    log({
      type: 'handshakes-finished',
      account,
      listed: handshakes.length,
      incoming: items.filter((item) => item.direction === 'incoming').length,
      outgoing: items.filter((item) => item.direction === 'outgoing').length,
      withoutId: handshakes.length - withId.length,
      duplicates: withId.length - items.length,
    });
    return { ok: true, items };
  } catch (err) {
    const error: SweepError = { service: 'organizations', account, message: describeAwsError(err) };
    log({ type: 'handshakes-failed', account, errorKind: classifyAwsError(err).kind, error });
    return { ok: false, error };
  }
}

/** The first of each key, in order: a listing that repeats an item yields it once. */
function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Code-unit order: stable across locales, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { SweepError } from './events.js';
import type { AwsClients } from '../aws/clients.js';
import { classifyAwsError, describeAwsError } from '../aws/errors.js';
import { describeCertificate, type CertificateDetails } from '../aws/iot/describe-certificate.js';
import { listOutgoingCertificates } from '../aws/iot/list-outgoing-certificates.js';
import { listPendingCertificates } from '../aws/iot/list-pending-certificates.js';
import { toIncomingTransfer, toOutgoingTransfer } from '../aws/iot/to-certificate-transfer.js';
import { listHandshakes } from '../aws/organizations/list-handshakes.js';
import { toHandshakeItem } from '../aws/organizations/to-handshake-item.js';
import { loadAwsKind } from '../aws/kinds/index.js';
import type { ServiceName } from '../kinds/services.js';
import { KIND_NAMES } from '../kinds/registry.js';
import type { CertificateTransferItem, HandshakeItem, InboundItem, KindName } from '../model/items.js';
import type { SweepEvent } from './events.js';
import { mapWithConcurrency } from './pool.js';

export interface SweepRequest {
  /** The guarded account: tells incoming from outgoing. */
  readonly account: string;
  /** What to read: each kind's service in each of its regions, a global kind once. Duplicates are read once. */
  readonly parts: readonly SweepPart[];
  /** Regions read at once (each region has its own quotas); the parts of one region run side by side. Default 4. */
  readonly regionConcurrency?: number;
  /** Item-by-item look-ups at once within one part (DescribeCertificate, …). Default 4. */
  readonly describeConcurrency?: number;
  /** Progress as plain data; the report writer turns it into log lines. */
  readonly log?: (event: SweepEvent) => void;
}

/** One service of one kind, in one region or (a global kind) once. */
export interface SweepPart {
  readonly kind: KindName;
  readonly service: ServiceName;
  /** Undefined for a global kind. */
  readonly region?: string | undefined;
}

export interface SweepResult {
  /** By kind (the registry's order), then region in the order given, then id. */
  readonly items: InboundItem[];
  /** In the order of the parts given. A failed part contributes no items. */
  readonly errors: SweepError[];
  /** The parts read completely, in the order given. */
  readonly swept: SweepPart[];
  /** The parts whose service is not in use there (a subset of `swept`), and the service's reason. */
  readonly notInUse: { readonly part: SweepPart; readonly reason: string }[];
  /** The regions whose every part was read completely, in the order given. */
  readonly regionsSwept: string[];
}

export const DEFAULT_REGION_CONCURRENCY = 4;
export const DEFAULT_DESCRIBE_CONCURRENCY = 4;

/**
 * What one part yields: its items, or the error that left it unread. `notInUse`: the service
 * answered that it is not in use there for this account (Security Hub not enabled), so nothing can
 * be pending or accepted there: read, with no items, and reported as skipped for that reason.
 */
export type Part<T> = { readonly ok: true; readonly items: T[]; readonly notInUse?: string | undefined } | { readonly ok: false; readonly error: SweepError };

/**
 * Lists everything pending in the account's parts, each kind through its AWS half (loaded only for
 * the kinds asked for). Never throws for an AWS failure: it becomes the part's SweepError.
 */
export async function sweepAccount(clients: AwsClients, request: SweepRequest): Promise<SweepResult> {
  const log = request.log ?? (() => {});
  const parts = uniqueBy(request.parts, partKey);
  const options = { describeConcurrency: request.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY, log };
  const readPart = async (part: SweepPart): Promise<Part<InboundItem>> =>
    (await loadAwsKind(part.kind)).sweep(clients, { account: request.account, service: part.service, region: part.region }, options);

  // The parts of one region together, regions a few at a time; global parts alongside.
  const regions = [...new Set(parts.flatMap((p) => (p.region === undefined ? [] : [p.region])))];
  const global = parts.filter((p) => p.region === undefined);
  const outcomes = new Map<SweepPart, Part<InboundItem>>();
  await Promise.all([
    mapWithConcurrency(regions, request.regionConcurrency ?? DEFAULT_REGION_CONCURRENCY, async (region) => {
      const here = parts.filter((p) => p.region === region);
      const results = await Promise.all(here.map(readPart));
      here.forEach((part, i) => outcomes.set(part, results[i] as Part<InboundItem>));
    }),
    Promise.all(global.map(async (part) => outcomes.set(part, await readPart(part)))),
  ]);

  const items: InboundItem[] = [];
  const errors: SweepError[] = [];
  const swept: SweepPart[] = [];
  const notInUse: { part: SweepPart; reason: string }[] = [];
  for (const part of parts) {
    const outcome = outcomes.get(part);
    if (outcome?.ok === true) swept.push(part);
    else if (outcome !== undefined) errors.push(outcome.error);
    if (outcome?.ok === true && outcome.notInUse !== undefined) notInUse.push({ part, reason: outcome.notInUse });
  }
  for (const kind of KIND_NAMES) {
    for (const part of parts) {
      const outcome = outcomes.get(part);
      if (part.kind === kind && outcome?.ok === true) items.push(...outcome.items);
    }
  }
  const regionsSwept = regions.filter((region) => parts.every((p) => p.region !== region || swept.includes(p)));
  return { items, errors, swept, notInUse, regionsSwept };
}

function partKey(part: SweepPart): string {
  return `${part.kind}/${part.service}/${part.region ?? 'global'}`;
}

/** The IoT regional sweep of one account and region: the certificate-transfer kind's part. */
export async function sweepRegion(
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

/** The Organizations sweep of one account: the handshake kind's part. */
export async function sweepHandshakes(clients: AwsClients, account: string, log: (event: SweepEvent) => void): Promise<Part<HandshakeItem>> {
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

import { compareCodeUnits } from '../model/code-unit-order.js';
import type { SweepError } from './events.js';
import { uniqueBy } from '../model/unique-by.js';
import type { AwsClients } from '../aws/clients.js';
import { classifyAwsError, sweepFailure } from '../aws/errors.js';
import { describeCertificate, type CertificateDetails } from '../aws/iot/describe-certificate.js';
import { listOutgoingCertificates, type OutgoingCertificate } from '../aws/iot/list-outgoing-certificates.js';
import { forEachCertificatePage, type PendingCertificate } from '../aws/iot/list-pending-certificates.js';
import { acceptedInto, toIncomingTransfer, toOutgoingTransfer } from '../aws/iot/to-certificate-transfer.js';
import { listHandshakes } from '../aws/organizations/list-handshakes.js';
import { toHandshakeItem } from '../aws/organizations/to-handshake-item.js';
import { loadAwsKind } from '../aws/kinds/index.js';
import type { SweepOptions } from '../aws/kinds/kind.js';
import type { ServiceName } from '../kinds/services.js';
import { KIND_NAMES } from '../kinds/registry.js';
import type { CertificateTransferItem, HandshakeItem, InboundItem, KindName } from '../model/items.js';
import type { SweepEvent } from './events.js';
import { Semaphore, TaskPool } from './pool.js';
import { PROGRESS_INTERVAL_MS, RegionProgressTracker, type RegionProgress } from './progress.js';

export interface SweepRequest {
  /** The guarded account: tells incoming from outgoing. */
  readonly account: string;
  /** What to read: each kind's service in each of its regions, a global kind once, all at once (each has its own quotas). Duplicates are read once. */
  readonly parts: readonly SweepPart[];
  /** Item-by-item look-ups at once within one part (DescribeCertificate, …). Default 10. */
  readonly describeConcurrency?: number;
  /** Progress as plain data; the report writer turns it into log lines. */
  readonly log?: (event: SweepEvent) => void;
  /** The clock of progress lines, epoch milliseconds (creation dates are compared with it). Default: the system clock. */
  readonly now?: () => number;
  /** A progress line per region at this interval while its sweep lasts. Default 10 s. */
  readonly progressIntervalMs?: number;
  /** Places for (account, region) sweeps and handshake listings, shared by every account of a run. Default: its own, of DEFAULT_UNITS_AT_ONCE. */
  readonly units?: Semaphore;
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

/**
 * DescribeCertificate calls at once per region: enough to spend AWS's burst at once; the call
 * limiter (src/aws/call-limiter.ts) paces the rest, so more would only queue there.
 */
export const DEFAULT_DESCRIBE_CONCURRENCY = 10;

/**
 * (Account, region) sweeps in progress at once across a run (an account's handshake listing counts
 * as one). Each holds at most a listing call, an outgoing-listing call and 10 describes, so this
 * bounds the calls waiting in the call limiter and the memory they hold (an SDK call waiting for
 * its turn is tens of kilobytes); all accounts and regions still start at once and take turns.
 * 64 sweeps at 10 TPS per API can ask for up to ~2,000 calls a second: more than a 2-core runner
 * sends and parses, so it rarely slows a sweep (the organization case of npm run bench shows it).
 */
export const DEFAULT_UNITS_AT_ONCE = 64;

/**
 * What one part yields: its items, or the error that left it unread. `notInUse`: the service
 * answered that it is not in use there for this account (Security Hub not enabled), so nothing can
 * be pending or accepted there: read, with no items, and reported as skipped for that reason.
 */
export type Part<T> = { readonly ok: true; readonly items: T[]; readonly notInUse?: string | undefined } | { readonly ok: false; readonly error: SweepError };

/** What a part's sweep is given besides its unit: the run's settings for it. */
export interface RegionOptions extends SweepOptions {
  readonly account: string;
}

/**
 * Lists everything pending in the account's parts, each kind through its AWS half (loaded only for
 * the kinds asked for): every part at once, since each service in each region has its own quotas
 * (the call limiter keeps each under its own and all of them under one cap); each part takes one of
 * the run's places for sweeps in progress. Never throws for an AWS failure: it becomes the part's
 * SweepError.
 */
export async function sweepAccount(clients: AwsClients, request: SweepRequest): Promise<SweepResult> {
  const log = request.log ?? (() => {});
  const parts = uniqueBy(request.parts, partKey);
  const options: SweepOptions = {
    describeConcurrency: request.describeConcurrency ?? DEFAULT_DESCRIBE_CONCURRENCY,
    now: request.now ?? Date.now,
    progressIntervalMs: request.progressIntervalMs ?? PROGRESS_INTERVAL_MS,
    log,
  };
  const units = request.units ?? new Semaphore(DEFAULT_UNITS_AT_ONCE);
  const regions = [...new Set(parts.flatMap((p) => (p.region === undefined ? [] : [p.region])))];
  const outcomes = new Map<SweepPart, Part<InboundItem>>();
  await Promise.all(
    parts.map(async (part) => {
      const aws = await loadAwsKind(part.kind);
      outcomes.set(part, await units.run(() => aws.sweep(clients, { account: request.account, service: part.service, region: part.region }, options)));
    }),
  );

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

/**
 * One IoT region, the certificate-transfer kind's part, pipelined: each page's pending certificates
 * are described as the page arrives, and the outgoing listing (needed to tell our own transfers from
 * incoming ones) starts with the first pending certificate, in parallel with the rest of the
 * listing. Any failure fails the region: it contributes no items, and nothing of it is left running.
 */
export async function sweepRegion(clients: AwsClients, region: string, options: RegionOptions): Promise<Part<CertificateTransferItem>> {
  const { account, log } = options;
  log({ type: 'region-started', account, region });
  const iot = clients.iot(region);
  const progress = new RegionProgressTracker(options.now, options.progressIntervalMs);
  const report = (snapshot: RegionProgress | undefined) => {
    if (snapshot !== undefined) log({ type: 'region-progress', account, region, ...snapshot });
  };
  // AWS may list a certificate on two pages (the listing moved under us): judge and act on it once.
  const pending: PendingCertificate[] = [];
  const seen = new Set<string>();
  let listed = 0;
  let outgoing: Promise<OutgoingCertificate[]> | undefined;
  let outgoingIds: Promise<ReadonlySet<string>> | undefined;
  const details = new Map<string, CertificateDetails | undefined>();
  const describer = new TaskPool(options.describeConcurrency);

  try {
    await forEachCertificatePage(iot, (page) => {
      for (const certificate of page.pending) {
        listed += 1;
        const { certificateId } = certificate;
        if (seen.has(certificateId)) continue;
        seen.add(certificateId);
        pending.push(certificate);
        // Our own outgoing transfers are PENDING_TRANSFER too; with nothing pending there are none to subtract.
        if (outgoing === undefined) {
          outgoing = listOutgoingCertificates(iot);
          outgoingIds = outgoing.then((list) => new Set(list.map((c) => c.certificateId)));
          // Observed here, awaited below: a failure must not go unhandled while the listing goes on.
          outgoingIds.catch(() => undefined);
        }
        const ids = outgoingIds as Promise<ReadonlySet<string>>;
        describer.add(async () => {
          if ((await ids).has(certificateId)) return;
          details.set(certificateId, await describeStillPending(clients, region, certificateId, account));
          report(progress.describe());
        });
      }
      report(progress.page(page.read, pending.length, page.createdFrom, page.createdTo));
      // A describe already failed: the region has failed; stop listing it.
      if (describer.failed) throw new RegionAbandoned();
    });
    const outgoingList = uniqueBy((await outgoing) ?? [], (certificate) => certificate.certificateId);
    const outgoingSet: ReadonlySet<string> = (await outgoingIds) ?? new Set();
    const incoming = pending.filter((certificate) => !outgoingSet.has(certificate.certificateId));
    progress.listingDone(incoming.length);
    await describer.drain();

    const items: CertificateTransferItem[] = [];
    for (const certificate of incoming) {
      const described = details.get(certificate.certificateId);
      if (described !== undefined) items.push(toIncomingTransfer(region, certificate, described, account));
    }
    const incomingCount = items.length;
    items.push(...outgoingList.map((certificate) => toOutgoingTransfer(region, certificate, account)));
    items.sort((a, b) => compareCodeUnits(a.certificateId, b.certificateId));

    log({
      type: 'region-finished',
      account,
      region,
      pending: pending.length,
      incoming: incomingCount,
      outgoing: outgoingList.length,
      vanished: incoming.length - incomingCount,
      duplicates: listed - pending.length,
    });
    return { ok: true, items };
  } catch (caught) {
    // Nothing of a failed region keeps talking to AWS behind the caller's back.
    const err = await describer.drain().then(
      () => caught,
      (describeError: unknown) => (caught instanceof RegionAbandoned ? describeError : caught),
    );
    await outgoing?.catch(() => undefined);
    const { text, kind } = sweepFailure(err);
    const error: SweepError = { service: 'iot', account, region, ...text };
    log({ type: 'region-failed', account, region, errorKind: kind, error });
    return { ok: false, error };
  }
}

/** Thrown into the listing to stop it once a describe has failed; the describe's error is reported. */
class RegionAbandoned extends Error {}

/**
 * The certificate's details while it is pending, and when it was accepted into this account between
 * ListCertificates and DescribeCertificate (reported, so a person sees it); undefined when it left
 * (rejected or cancelled meanwhile: a race, not an error).
 */
async function describeStillPending(clients: AwsClients, region: string, certificateId: string, account: string): Promise<CertificateDetails | undefined> {
  try {
    const details = await describeCertificate(clients.iot(region), certificateId);
    return details.status === undefined || details.status === 'PENDING_TRANSFER' || acceptedInto(details, account) ? details : undefined;
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
    const items = uniqueBy(withId, (item) => item.id).sort((a, b) => compareCodeUnits(a.id, b.id));
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
    const { text, kind } = sweepFailure(err);
    const error: SweepError = { service: 'organizations', account, ...text };
    log({ type: 'handshakes-failed', account, errorKind: kind, error });
    return { ok: false, error };
  }
}



/**
 * IoT state of one region: explicit certificate records, virtual fleets, and per-account views
 * kept sorted for paging. Transfer semantics (aws-facts.md) live here as plain state changes;
 * who may call what is checked by iot-api.ts.
 */
import { createFleetCodec, type FleetCodec } from './ids.ts';
import { SortedList, compareKey, firstAfter, keyOf, lastBefore, type SortKey } from './sorted.ts';
import type { CertificateStatus } from './types.ts';

export interface TransferState {
  /** The source account (owner when the transfer started). */
  from: string;
  to: string;
  message?: string | undefined;
  transferMs: number;
  acceptMs?: number | undefined;
  rejectMs?: number | undefined;
  rejectReason?: string | undefined;
  cancelMs?: number | undefined;
}

export interface CertRecord {
  readonly id: string;
  readonly region: string;
  readonly creationMs: number;
  owner: string;
  previousOwner?: string | undefined;
  status: CertificateStatus;
  lastModifiedMs: number;
  mode: 'DEFAULT' | 'SNI_ONLY';
  caCertificateId?: string | undefined;
  transfer?: TransferState | undefined;
  customerVersion: number;
  /** Set when the record was materialised from that account's fleet in this region. */
  fleetAccount?: string | undefined;
  /** True for a fleet certificate nobody changed (a transient object, not stored). */
  virtual: boolean;
}

export interface Fleet {
  readonly account: string;
  readonly count: number;
  readonly startMs: number;
  readonly stepMs: number;
  readonly codec: FleetCodec;
  /** Cumulative weights, e.g. [[95,'ACTIVE'],[99,'INACTIVE'],[100,'REVOKED']]. */
  readonly statusTable: ReadonlyArray<readonly [number, CertificateStatus]>;
}

export function isPending(record: CertRecord): boolean {
  return record.status === 'PENDING_TRANSFER' && record.transfer !== undefined;
}

/** The account sees the certificate: it owns it, or it is the destination of its pending transfer. */
export function isVisibleTo(record: CertRecord, account: string): boolean {
  return record.owner === account || (isPending(record) && record.transfer?.to === account);
}

export class RegionState {
  readonly region: string;
  private readonly records = new Map<string, CertRecord>();
  private readonly fleets = new Map<string, Fleet>();
  /** account -> explicit records it sees (its own fleet's certificates are paged from the fleet). */
  private readonly views = new Map<string, SortedList<CertRecord>>();
  /** account -> its certificates pending transfer elsewhere (ListOutgoingCertificates). */
  private readonly outgoing = new Map<string, SortedList<CertRecord>>();
  private readonly viewersOf = new Map<string, readonly string[]>();

  constructor(region: string) {
    this.region = region;
  }

  // ------------------------------------------------------------ seeding

  addFleet(account: string, count: number, startMs: number, endMs: number, statuses: Partial<Record<CertificateStatus, number>>, seed: number): void {
    if (this.fleets.has(account)) throw new Error(`fleets: account ${account} already has a fleet in ${this.region}`);
    let total = 0;
    const statusTable: [number, CertificateStatus][] = [];
    for (const [status, weight] of Object.entries(statuses) as [CertificateStatus, number][]) {
      if (weight > 0) statusTable.push([(total += weight), status]);
    }
    if (statusTable.length === 0) statusTable.push([1, 'ACTIVE']);
    const stepMs = Math.max(1, Math.floor((endMs - startMs) / Math.max(1, count)));
    const codec = createFleetCodec(`${seed}|${account}|${this.region}`, count);
    this.fleets.set(account, { account, count, startMs, stepMs, codec, statusTable });
  }

  addRecord(record: CertRecord): void {
    this.addRecords([record]);
  }

  /** Seed many records at once: views are rebuilt with one sort each, not one splice per record. */
  addRecords(records: CertRecord[]): void {
    for (const record of records) {
      if (this.lookup(record.id)) throw new Error(`certificate ${record.id} already exists in ${this.region}`);
      this.records.set(record.id, record);
    }
    if (records.length < 64) {
      for (const record of records) this.reindex(record);
      return;
    }
    const touched = new Set<SortedList<CertRecord>>();
    for (const record of records) {
      const want = this.wantedViewers(record);
      this.viewersOf.set(record.id, want);
      for (const account of want) touched.add(pushTo(this.views, account, record));
      if (isPending(record)) touched.add(pushTo(this.outgoing, record.owner, record));
    }
    for (const list of touched) list.items.sort((a, b) => a.creationMs - b.creationMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  // ------------------------------------------------------------ reading

  /** The certificate with this id (explicit, or a transient copy of a fleet certificate). */
  lookup(id: string): CertRecord | undefined {
    const stored = this.records.get(id);
    if (stored) return stored;
    for (const fleet of this.fleets.values()) {
      const index = fleet.codec.indexOf(id);
      if (index >= 0) return this.virtual(fleet, index);
    }
    return undefined;
  }

  /** Like lookup, but a fleet certificate becomes a stored record so it can change. */
  materialize(id: string): CertRecord | undefined {
    const found = this.lookup(id);
    if (found && found.virtual) {
      found.virtual = false;
      this.records.set(id, found);
    }
    return found;
  }

  fleetCount(account: string): number {
    return this.fleets.get(account)?.count ?? 0;
  }

  fleetSummaries(): { account: string; count: number }[] {
    return [...this.fleets.values()].map((f) => ({ account: f.account, count: f.count }));
  }

  explicitRecords(): CertRecord[] {
    return [...this.records.values()];
  }

  /**
   * One page of what `account` sees, strictly after (ascending) or before (descending) `after`.
   * O(page + log n): the fleet and the explicit view are merged by key, never scanned.
   */
  page(account: string, after: SortKey | undefined, ascending: boolean, limit: number): { items: CertRecord[]; more: boolean } {
    const fleet = this.fleets.get(account);
    const view = this.views.get(account)?.items ?? [];
    const fleetKey = (i: number): SortKey => ({ ms: fleet ? fleet.startMs + i * fleet.stepMs : 0, id: fleet ? fleet.codec.idAt(i) : '' });
    const viewKey = (i: number): SortKey => keyOf(view[i] as CertRecord);
    const n = fleet?.count ?? 0;
    let fi: number;
    let vi: number;
    if (ascending) {
      fi = after ? firstAfter(n, fleetKey, after) : 0;
      vi = after ? firstAfter(view.length, viewKey, after) : 0;
    } else {
      fi = after ? lastBefore(n, fleetKey, after) : n - 1;
      vi = after ? lastBefore(view.length, viewKey, after) : view.length - 1;
    }
    const step = ascending ? 1 : -1;
    const items: CertRecord[] = [];
    while (items.length <= limit) {
      const fHas = fi >= 0 && fi < n;
      const vHas = vi >= 0 && vi < view.length;
      if (!fHas && !vHas) break;
      let takeFleet = fHas;
      if (fHas && vHas) {
        const fk = fleetKey(fi);
        const vk = viewKey(vi);
        const c = compareKey(fk.ms, fk.id, vk.ms, vk.id);
        takeFleet = ascending ? c < 0 : c > 0;
      }
      if (takeFleet && fleet) {
        const id = fleet.codec.idAt(fi);
        const stored = this.records.get(id);
        if (!stored) items.push(this.virtual(fleet, fi));
        else if (isVisibleTo(stored, account)) items.push(stored);
        fi += step;
      } else {
        items.push(view[vi] as CertRecord);
        vi += step;
      }
    }
    const more = items.length > limit;
    return { items: more ? items.slice(0, limit) : items, more };
  }

  outgoingPage(account: string, after: SortKey | undefined, ascending: boolean, limit: number): { items: CertRecord[]; more: boolean } {
    const list = this.outgoing.get(account)?.items ?? [];
    const keyAt = (i: number): SortKey => keyOf(list[i] as CertRecord);
    let items: CertRecord[];
    if (ascending) {
      const from = after ? firstAfter(list.length, keyAt, after) : 0;
      items = list.slice(from, from + limit + 1);
    } else {
      const to = after ? lastBefore(list.length, keyAt, after) : list.length - 1;
      items = list.slice(Math.max(0, to - limit), to + 1).reverse();
    }
    const more = items.length > limit;
    return { items: more ? items.slice(0, limit) : items, more };
  }

  // ------------------------------------------------------------ transfer semantics

  transfer(record: CertRecord, to: string, message: string | undefined, nowMs: number): void {
    record.status = 'PENDING_TRANSFER';
    record.transfer = { from: record.owner, to, message, transferMs: nowMs };
    this.touch(record, nowMs);
  }

  /** The destination takes the certificate; it leaves the source's account. */
  accept(record: CertRecord, setAsActive: boolean, nowMs: number): void {
    const transfer = record.transfer as TransferState;
    record.previousOwner = record.owner;
    record.owner = transfer.to;
    record.status = setAsActive ? 'ACTIVE' : 'INACTIVE';
    transfer.acceptMs = nowMs;
    this.touch(record, nowMs);
  }

  /** Back to the source, INACTIVE, with the reason recorded. */
  reject(record: CertRecord, reason: string | undefined, nowMs: number): void {
    const transfer = record.transfer as TransferState;
    record.status = 'INACTIVE';
    transfer.rejectMs = nowMs;
    transfer.rejectReason = reason;
    this.touch(record, nowMs);
  }

  cancel(record: CertRecord, nowMs: number): void {
    const transfer = record.transfer as TransferState;
    record.status = 'INACTIVE';
    transfer.cancelMs = nowMs;
    this.touch(record, nowMs);
  }

  setStatus(record: CertRecord, status: CertificateStatus, nowMs: number): void {
    record.status = status;
    this.touch(record, nowMs);
  }

  private touch(record: CertRecord, nowMs: number): void {
    record.lastModifiedMs = nowMs;
    record.customerVersion += 1;
    this.reindex(record);
  }

  /** The accounts whose explicit view should hold the record (fleet owners see it via the fleet). */
  private wantedViewers(record: CertRecord): string[] {
    const want: string[] = [];
    if (record.owner !== record.fleetAccount) want.push(record.owner);
    const to = isPending(record) ? record.transfer?.to : undefined;
    if (to !== undefined && to !== record.fleetAccount && to !== record.owner) want.push(to);
    return want;
  }

  /** Bring the views in line with who sees the record now. */
  private reindex(record: CertRecord): void {
    const want = this.wantedViewers(record);
    const had = this.viewersOf.get(record.id) ?? [];
    for (const account of had) if (!want.includes(account)) this.views.get(account)?.remove(record);
    for (const account of want) if (!had.includes(account)) listFor(this.views, account).add(record);
    this.viewersOf.set(record.id, want);
    for (const list of this.outgoing.values()) list.remove(record);
    if (isPending(record)) listFor(this.outgoing, record.owner).add(record);
  }

  private virtual(fleet: Fleet, index: number): CertRecord {
    const id = fleet.codec.idAt(index);
    const creationMs = fleet.startMs + index * fleet.stepMs;
    const total = fleet.statusTable[fleet.statusTable.length - 1]?.[0] ?? 1;
    const roll = parseInt(id.slice(0, 8), 16) % total;
    const status = fleet.statusTable.find(([upTo]) => roll < upTo)?.[1] ?? 'ACTIVE';
    return {
      id,
      region: this.region,
      creationMs,
      owner: fleet.account,
      status,
      lastModifiedMs: creationMs,
      mode: 'DEFAULT',
      customerVersion: 1,
      fleetAccount: fleet.account,
      virtual: true,
    };
  }
}

/** Append without keeping order (the caller sorts); returns the list. */
function pushTo(map: Map<string, SortedList<CertRecord>>, account: string, record: CertRecord): SortedList<CertRecord> {
  const list = listFor(map, account);
  list.items.push(record);
  return list;
}

function listFor(map: Map<string, SortedList<CertRecord>>, account: string): SortedList<CertRecord> {
  let list = map.get(account);
  if (!list) map.set(account, (list = new SortedList<CertRecord>()));
  return list;
}

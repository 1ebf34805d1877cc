/**
 * The frame of a part for kinds without events of their own: it logs the start, reads, logs what was
 * found, and turns any AWS failure into the part's SweepError (no partial inventory).
 */
import type { KindName } from '../../model/items.js';
import type { SweepError } from '../../sweep/events.js';
import type { Part } from '../../sweep/sweep.js';
import { sweepFailure } from '../errors.js';
import type { SweepOptions, SweepUnit } from './kind.js';

/** What one read found: the items, and counts for the log line. */
export interface PartFound<I> {
  readonly items: I[];
  /** Everything listed, in any status. */
  readonly listed: number;
  /** Pending when listed, gone when looked at more closely (a race). */
  readonly vanished: number;
  /** Listed more than once. */
  readonly duplicates: number;
  /** The service answered that it is not in use here for this account (e.g. not enabled): why. */
  readonly notInUse?: string | undefined;
}

export async function sweepPart<I>(kind: KindName, unit: SweepUnit, options: SweepOptions, read: () => Promise<PartFound<I>>): Promise<Part<I>> {
  const where = { account: unit.account, kind, service: unit.service, ...(unit.region === undefined ? {} : { region: unit.region }) };
  options.log({ type: 'part-started', ...where });
  try {
    const found = await read();
    const notInUse = found.notInUse === undefined ? {} : { notInUse: found.notInUse };
    options.log({ type: 'part-finished', ...where, listed: found.listed, pending: found.items.length, vanished: found.vanished, duplicates: found.duplicates, ...notInUse });
    return { ok: true, items: found.items, ...notInUse };
  } catch (err) {
    const { text, kind } = sweepFailure(err);
    const error: SweepError = { service: unit.service, account: unit.account, ...(unit.region === undefined ? {} : { region: unit.region }), ...text };
    options.log({ type: 'part-failed', ...where, errorKind: kind, error });
    return { ok: false, error };
  }
}

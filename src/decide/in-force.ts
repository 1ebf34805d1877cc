import type { AllowEntryBase } from '../policy/types.js';
import type { Decision } from './types.js';

/** How far ahead a lapsing `until` is worth a reviewer's attention (the plan, the alert issue and the log's Decisions group). */
export const DEFAULT_LAPSE_WINDOW_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant an `until: YYYY-MM-DD` lapses: 00:00:00Z on the next day. The entry is in force
 * for the whole of the named day in UTC, whatever the runner's time zone.
 *
 * Returns undefined for anything that is not a real calendar date (2026-02-30, 2026-1-5, '').
 * The policy parser rejects those; we still refuse to guess here, and the caller treats an
 * unreadable `until` as lapsed so that a malformed entry can only deny, never allow.
 */
export function lapsesAt(until: string): Date | undefined {
  const parts = DATE_ONLY.exec(until);
  if (parts === null) return undefined;
  const [, y, m, d] = parts;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const startOfDay = Date.UTC(year, month - 1, day);
  const check = new Date(startOfDay);
  // Date.UTC rolls 2026-02-30 over to 2026-03-02 and maps years 0..99 to 1900..1999: refuse both.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  return new Date(startOfDay + DAY_MS);
}

/**
 * Whether an allow entry is in force at `now`: always without `until`, otherwise strictly
 * before the start of the day after `until` (UTC). An invalid `now` or `until` gives false.
 */
export function isInForce(entry: Pick<AllowEntryBase, 'until'>, now: Date): boolean {
  if (entry.until === undefined) return true;
  const lapse = lapsesAt(entry.until);
  if (lapse === undefined) return false;
  // NaN (an Invalid Date) compares false: fail closed.
  return now.getTime() < lapse.getTime();
}

/**
 * When an `until` that is still in force at `now` lapses within `windowDays`: the instant and the
 * time left. Undefined when it has lapsed already, lapses later, or is not a real date.
 */
export function lapsingWithin(until: string, now: Date, windowDays: number): Lapse | undefined {
  const lapse = lapsesAt(until);
  if (lapse === undefined) return undefined;
  const left = lapse.getTime() - now.getTime();
  if (!(left > 0 && left <= windowDays * DAY_MS)) return undefined;
  return { lapsesAt: lapse.toISOString(), daysLeft: Math.floor(left / DAY_MS), hoursLeft: Math.floor((left % DAY_MS) / (DAY_MS / 24)) };
}

/**
 * When an item allowed now stops being allowed, if within `windowDays` of `now`: its `allowedThrough`
 * (the last day any entry allows it, read by the run that decided) as `until`, with that lapse.
 * Undefined for any other action, an allowance that does not end, or one that ends later. The one
 * test of "an allowance lapsing soon": the alert issue lists these and the log's Decisions group
 * marks the same, so the cut line can send readers there.
 */
export function allowanceLapsing(decision: Pick<Decision, 'action' | 'allowedThrough'>, now: Date, windowDays: number): (Lapse & { readonly until: string }) | undefined {
  const until = decision.action === 'allow' ? decision.allowedThrough : undefined;
  const soon = until === undefined ? undefined : lapsingWithin(until, now, windowDays);
  return until === undefined || soon === undefined ? undefined : { until, ...soon };
}

/** When an `until` lapses, and the time left until then from the `now` it was computed at. */
export interface Lapse {
  /** ISO-8601: 00:00Z the day after `until`. */
  readonly lapsesAt: string;
  /** Whole days left, rounded down (0: lapses within a day). */
  readonly daysLeft: number;
  /**
   * Whole hours left beyond daysLeft, rounded down (0–23): with them a reader is told "5 days 16 h"
   * rather than "5 days" for an instant 6 calendar days away.
   */
  readonly hoursLeft: number;
}


/**
 * The small pieces every kind's decide function is made of: the kinds of decision and the
 * citation of an allow entry. Pure.
 */
import type { InboundItem } from '../model/items.js';
import type { AllowEntryBase } from '../policy/types.js';
import { allowedBy } from './reasons.js';
import type { Decision, MatchedEntry } from './types.js';

export function toMatchedEntry(list: MatchedEntry['list'], entry: AllowEntryBase): MatchedEntry {
  return {
    list,
    index: entry.index,
    position: entry.position,
    ...(entry.note === undefined ? {} : { note: entry.note }),
    ...(entry.until === undefined ? {} : { until: entry.until }),
  };
}

/** An allow entry matches: leave the item alone. */
export function allow<I extends InboundItem>(item: I, list: MatchedEntry['list'], entry: AllowEntryBase): Decision<I> {
  return { item, action: 'allow', matched: toMatchedEntry(list, entry), reason: allowedBy(list, entry) };
}

/** Nothing allows it: the kind's write (default deny). */
export function deny<I extends InboundItem>(item: I, action: 'reject' | 'decline', why: string): Decision<I> {
  return { item, action, reason: why };
}

/** Not ours to judge. */
export function ignore<I extends InboundItem>(item: I, why: string): Decision<I> {
  return { item, action: 'ignore', reason: why };
}

/**
 * Accepted in this account already, though nothing allows it: nothing is left to write
 * (an `ignore`), but the act stage reports it `accepted-meanwhile` with `detail`, in every mode.
 */
export function acceptedAgainstPolicy<I extends InboundItem>(item: I, why: string, detail: string): Decision<I> {
  return { item, action: 'ignore', reason: why, acceptedAgainstPolicy: detail };
}

/** An empty string from an adapter says no more than undefined does. */
export function known(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

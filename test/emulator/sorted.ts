/**
 * A list kept sorted by (creation time, id): the order ListCertificates pages in. Insert and
 * remove are a binary search plus one splice; finding a page start is a binary search.
 */

export interface Keyed {
  readonly id: string;
  readonly creationMs: number;
}

export interface SortKey {
  ms: number;
  id: string;
}

export function compareKey(aMs: number, aId: string, bMs: number, bId: string): number {
  if (aMs !== bMs) return aMs < bMs ? -1 : 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** The first index in [0, n) whose key is greater than `key` (n if none); keyAt must be increasing. */
export function firstAfter(n: number, keyAt: (i: number) => SortKey, key: SortKey): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keyAt(mid);
    if (compareKey(k.ms, k.id, key.ms, key.id) > 0) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The last index whose key is less than `key` (-1 if none). */
export function lastBefore(n: number, keyAt: (i: number) => SortKey, key: SortKey): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = keyAt(mid);
    if (compareKey(k.ms, k.id, key.ms, key.id) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export class SortedList<T extends Keyed> {
  readonly items: T[] = [];

  private position(item: Keyed): number {
    return firstAfter(this.items.length, (i) => keyOf(this.items[i] as T), { ms: item.creationMs, id: item.id }) ;
  }

  add(item: T): void {
    const at = this.position(item);
    const before = this.items[at - 1];
    if (before && before.id === item.id) return;
    this.items.splice(at, 0, item);
  }

  remove(item: Keyed): void {
    const at = this.position(item) - 1;
    if (at >= 0 && this.items[at]?.id === item.id) this.items.splice(at, 1);
  }

  get length(): number {
    return this.items.length;
  }
}

export function keyOf(item: Keyed): SortKey {
  return { ms: item.creationMs, id: item.id };
}

/**
 * Opaque page tokens for the invitation APIs: base64 of the last item's sort key, the service that
 * issued it and how many empty pages were sent in a row. Lists are sorted newest first, then by id.
 */

export interface PageKey {
  ms: number;
  id: string;
}

export interface PageToken {
  key: PageKey | null;
  /** Empty pages sent in a row before this token (the empty-page knob sends at most 3). */
  empties: number;
}

export function encodePageToken(service: string, token: PageToken): string {
  return Buffer.from(JSON.stringify({ s: service, k: token.key ? [token.key.ms, token.key.id] : null, e: token.empties, v: 1 })).toString('base64');
}

/** The token, or undefined when it is not one this service issued. */
export function decodePageToken(service: string, text: unknown): PageToken | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const t = JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as { s?: unknown; k?: unknown; e?: unknown; v?: unknown };
    if (t.v !== 1 || t.s !== service || typeof t.e !== 'number') return undefined;
    if (t.k === null) return { key: null, empties: t.e };
    if (Array.isArray(t.k) && typeof t.k[0] === 'number' && typeof t.k[1] === 'string') return { key: { ms: t.k[0], id: t.k[1] }, empties: t.e };
  } catch {
    // not base64 JSON
  }
  return undefined;
}

/** Up to `max` items strictly after `after` in a list sorted newest first, then by id ascending. */
export function pageAfter<T>(sorted: readonly T[], keyOf: (item: T) => PageKey, after: PageKey | null, max: number): { items: T[]; more: boolean } {
  let start = 0;
  if (after) {
    start = sorted.findIndex((item) => {
      const k = keyOf(item);
      return k.ms < after.ms || (k.ms === after.ms && k.id > after.id);
    });
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + max);
  return { items, more: start + max < sorted.length };
}

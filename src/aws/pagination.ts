/**
 * Follows one listing's pagination tokens, within a bound on the number of pages.
 *
 * A service that hands back a token it already gave (A→A, or A→B→A) would loop forever; one that
 * keeps handing out new tokens (on empty pages, say) would run until the job times out. Both are
 * errors, never the end of the listing: stopping quietly would report a partial inventory as
 * complete, and an item on an unread page would be neither rejected nor reported.
 */
class PageTokens {
  private readonly seen = new Set<string>();
  private readonly operation: string;

  constructor(operation: string) {
    this.operation = operation;
  }

  /** The token to send for the next page, or undefined when the listing is complete. */
  next(received: string | null | undefined): string | undefined {
    if (received === undefined || received === null || received === '') return undefined;
    if (this.seen.has(received)) {
      throw new Error(`${this.operation} returned a pagination token it had already returned (after ${this.seen.size} pages); stopping instead of looping forever.`);
    }
    this.seen.add(received);
    return received;
  }
}

/**
 * The most invitations of one security service one account's listing in one region must hold.
 * Each comes from a distinct administrator account; 10,000 is far past any real account.
 */
export const MAX_SECURITY_INVITATIONS_LISTED = 10_000;

/**
 * Pages for a listing of at most `items` items at `pageSize` a page, with room for one empty page
 * per full one (Organizations and RAM answer empty pages with a token; others may).
 */
export function pageBound(items: number, pageSize: number): number {
  return Math.ceil(items / pageSize) * 2;
}

/**
 * Every item of a paginated listing: fetches pages until no token comes back (an empty page that
 * carries a token is followed like any other), refusing a token it has seen before, and failing
 * once `maxPages` pages have been read and AWS still offers another. Each listing passes its own
 * bound, derived from the largest account it must read (see the callers).
 */
export async function collectPages<P, T>(
  operation: string,
  fetchPage: (token: string | undefined) => Promise<P>,
  readPage: (page: P) => { readonly items: readonly T[]; readonly next: string | null | undefined },
  maxPages: number,
): Promise<T[]> {
  const all: T[] = [];
  await forEachPage(
    operation,
    fetchPage,
    (page) => {
      const { items, next } = readPage(page);
      for (const item of items) all.push(item);
      return next;
    },
    maxPages,
    () => all.length,
  );
  return all;
}

/**
 * The same walk, handing each page to `onPage` as it arrives (so work on its items can start
 * before the listing ends) instead of collecting items; `onPage` returns the page's token. Fails
 * once `maxPages` pages have been read and AWS still offers another.
 */
export async function forEachPage<P>(
  operation: string,
  fetchPage: (token: string | undefined) => Promise<P>,
  onPage: (page: P) => string | null | undefined,
  maxPages: number,
  itemsSoFar?: () => number,
): Promise<void> {
  const tokens = new PageTokens(operation);
  let token: string | undefined;
  let pages = 0;
  do {
    token = tokens.next(onPage(await fetchPage(token)));
    pages += 1;
    if (token !== undefined && pages >= maxPages) {
      const items = itemsSoFar?.();
      const sofar = items === undefined ? '' : ` (${items} ${items === 1 ? 'item' : 'items'} so far)`;
      throw new Error(
        `${operation} still offered another page after ${pages} pages${sofar}, more than any real account should need (at most ${maxPages}); stopping so that a listing that never ends is not taken for a complete one.`,
      );
    }
  } while (token !== undefined);
}

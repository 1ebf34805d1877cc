/**
 * Follows one listing's pagination tokens. A service that hands back a token it already gave
 * (A→A, or A→B→A) would loop forever: that is an error, not the end of the listing (stopping
 * quietly would report a partial inventory as complete).
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
 * Every item of a paginated listing: fetches pages until no token comes back (an empty page that
 * carries a token is followed like any other), refusing a token it has seen before.
 */
export async function collectPages<P, T>(
  operation: string,
  fetchPage: (token: string | undefined) => Promise<P>,
  readPage: (page: P) => { readonly items: readonly T[]; readonly next: string | null | undefined },
): Promise<T[]> {
  const all: T[] = [];
  await forEachPage(operation, fetchPage, (page) => {
    const { items, next } = readPage(page);
    for (const item of items) all.push(item);
    return next;
  });
  return all;
}

/**
 * The same walk, handing each page to `onPage` as it arrives (so work on its items can start
 * before the listing ends) instead of collecting items; `onPage` returns the page's token.
 */
export async function forEachPage<P>(
  operation: string,
  fetchPage: (token: string | undefined) => Promise<P>,
  onPage: (page: P) => string | null | undefined,
): Promise<void> {
  const tokens = new PageTokens(operation);
  let token: string | undefined;
  do {
    token = tokens.next(onPage(await fetchPage(token)));
  } while (token !== undefined);
}

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
  const tokens = new PageTokens(operation);
  const all: T[] = [];
  let token: string | undefined;
  do {
    const { items, next } = readPage(await fetchPage(token));
    all.push(...items);
    token = tokens.next(next);
  } while (token !== undefined);
  return all;
}

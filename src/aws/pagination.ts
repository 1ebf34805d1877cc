/**
 * Follows one listing's pagination tokens. A service that hands back a token it already gave
 * (A→A, or A→B→A) would loop forever: that is an error, not the end of the listing (stopping
 * quietly would report a partial inventory as complete).
 */
export class PageTokens {
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

/**
 * The token to send for the next page, or undefined when the listing is complete.
 * A service that hands back the token it was just given would loop forever: that is an error,
 * not the end of the listing (stopping quietly would report a partial inventory as complete).
 */
export function nextToken(operation: string, sent: string | undefined, received: string | null | undefined): string | undefined {
  if (received === undefined || received === null || received === '') return undefined;
  if (received === sent) {
    throw new Error(`${operation} returned the same pagination token it was given; stopping instead of looping forever.`);
  }
  return received;
}

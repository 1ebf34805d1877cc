// Which call an AWS error came from, as the IAM action it needs (`guardduty:ListInvitations`).
// Pure and SDK-free (the middleware that records it is clients.ts's), so any stage may read it.
//
// The SDK's errors do not say which command threw them, and a part of the sweep may make several
// calls (IoT: ListCertificates, DescribeCertificate, ListOutgoingCertificates): a refused read's
// hint names the action refused (run/targets-hint.ts) from this, as a refused write's names its one.

/** The IAM action of the call each error (what `send` threw) came from. */
const actions = new WeakMap<object, string>();

/** Records that `err` came from the call needing `action`; the first record stands (the call nearest AWS). */
export function recordFailedCall(err: unknown, action: string): void {
  if (typeof err === 'object' && err !== null && !actions.has(err)) actions.set(err, action);
}

/** The IAM action of the call `err` came from, or undefined when it did not pass through a client built by clients.ts. */
export function failedCallOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null ? actions.get(err) : undefined;
}

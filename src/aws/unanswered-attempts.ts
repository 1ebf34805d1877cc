// Whether an earlier attempt of one SDK call may have made the change its reply never confirmed.
// Pure and SDK-free (the middleware that records it is clients.ts's), so the act stage may read it.
//
// The SDK retries a call whose attempt got no answer (a connection reset, a timeout) or a server
// error (5xx). Such an attempt may have made the change before its reply was lost: the retry of a
// RejectCertificateTransfer or a DeclineHandshake then meets the item answered already — by this
// run. `$metadata.attempts` alone cannot tell: it counts throttled attempts too, and AWS refuses a
// throttled call before making any change, so a race met after a throttled attempt is someone else's.

import { classifyAwsError } from './errors.js';

/** The outcome (the output or the error) of each call that had unanswered attempts, with their number. */
const unanswered = new WeakMap<object, number>();

/**
 * How many attempts of the call that gave `outcome` (what `send` resolved to or threw) got no
 * answer or a server error before it: 0 when none did, or when the call did not pass through a
 * client built by clients.ts.
 */
export function unansweredAttempts(outcome: unknown): number {
  return typeof outcome === 'object' && outcome !== null ? (unanswered.get(outcome) ?? 0) : 0;
}

/** Records that `count` attempts before `outcome` went unanswered (adds to any count it has). */
export function addUnansweredAttempts(outcome: object, count: number): void {
  if (count > 0) unanswered.set(outcome, unansweredAttempts(outcome) + count);
}

/** Node's codes for a connection never made: the request cannot have reached AWS. */
const NEVER_SENT: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * Whether one attempt's error leaves open that AWS made the change: no HTTP answer at all (reset,
 * timeout: not a connection refused or a name not resolved, which never sent it), a 5xx that is
 * not throttling, or a 2xx the SDK could not read. A 4xx, or throttling of any status, is AWS
 * refusing the call: nothing was changed.
 */
export function mayHaveBeenMade(err: unknown): boolean {
  if (classifyAwsError(err).kind === 'throttled') return false;
  // No connection made: the request never left (refused, the name not resolved).
  if (NEVER_SENT.has(String((err as { code?: unknown } | null)?.code ?? ''))) return false;
  const metadata = typeof err === 'object' && err !== null ? (err as { $metadata?: { httpStatusCode?: unknown } }).$metadata : undefined;
  const status = metadata?.httpStatusCode;
  return typeof status !== 'number' || status >= 500 || status < 300;
}

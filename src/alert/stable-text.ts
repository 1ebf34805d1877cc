/**
 * Why a run stopped, or what is wrong with the policy, as the alert's fingerprint compares it: the
 * text with what changes from run to run for the same cause taken out, so that a run stopped for the
 * same reason as the last one edits the issue without notifying anyone, and one stopped for another
 * reason comments. Pure.
 *
 * What changes between runs of one cause, as our stop messages and AWS's error texts carry it:
 * request ids (`Request ID: …`, bare UUIDs), timestamps (ISO 8601, SigV4's `20261121T120000Z`, HTTP
 * dates, times of day with seconds), durations and counts of seconds (`after 30 s`, `15 min.`, `500 ms`), the
 * workflow run (`run 4242`, `attempt 2`, `/runs/4242`, the role session `inbound-guard-4242` quoted in
 * an `assumed-role/…/<session>` ARN by an AccessDenied), the address of the endpoint a network error
 * reached (`connect ETIMEDOUT 52.94.1.2:443`), and the count in the last policy problem ("12 more
 * problems from here on"). Account ids, regions, error codes, file names and policy keys stay: they
 * are the cause.
 */

/** Each rule linear (test/policy-linear.test.ts checks every pattern in src/). */
const VOLATILE: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(request[ _-]?id|x-amzn?-request-?id|extended request id|host id)( ?[:=] ?)[^\s,;)]+/gi, '$1$2<id>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d| ?UTC| ?GMT)?/g, '<time>'],
  [/\b\d{8}T\d{6}Z\b/g, '<time>'],
  [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4}\b/g, '<time>'],
  // A time of day with its seconds: hh:mm alone may be a policy line and column (`policy.yml:12:34`).
  [/\b\d\d:\d\d:\d\d(?:\.\d+)?(?: ?(?:UTC|GMT))?\b/g, '<time>'],
  [/\b\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?|min|mins|minutes?|h|hours?)\b\.?/gi, '<duration>'],
  [/(assumed-role\/[^/\s]+\/)[^\s,;:)'"]+/g, '$1<session>'],
  [/\b(inbound-guard(?:-plan)?-)\d+\b/g, '$1<run>'],
  [/\b(runs?|attempt)( #?|\/)\d+\b/gi, '$1$2<n>'],
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '<address>'],
  // The last policy problem shown, when there are more (parse-policy.ts): anchored, or linear it is not.
  [/^\d[\d,]* (more problems?)\b/, 'N $1'],
];

/** The text without what changes from run to run, white space collapsed. */
export function stableText(text: string): string {
  return VOLATILE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
    .replace(/\s+/g, ' ')
    .trim();
}

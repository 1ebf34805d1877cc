/**
 * Credentials that text from AWS can carry, removed before the text is shown or stored. An AWS
 * error may echo the request it refused: `SignatureDoesNotMatch` quotes the canonical request,
 * with the `x-amz-security-token` header (the session token) and, for presigned requests,
 * `X-Amz-Credential` (the access key id). A GitHub token can reach an error through a URL.
 *
 * Each pattern is linear (test/policy-linear.test.ts checks every pattern in src/), so a 600 KB
 * error costs one pass per pattern.
 */

const REDACTED = '[redacted]';

/**
 * Named credentials: what follows a header or parameter that carries one, access key ids, GitHub
 * tokens. Safe on any text (sender text too): nothing an id, a region or a date looks like.
 */
const NAMED: ReadonlyArray<readonly [RegExp, string]> = [
  // An Authorization header, to the end of its line: `AWS4-HMAC-SHA256 Credential=…, Signature=…`, `Bearer …`, `token …`.
  [/\b(authorization\s*[:=]\s*)[^\r\n]+/gi, `$1${REDACTED}`],
  // Headers and query parameters of SigV4, and the usual names of secrets in config and JSON.
  [
    /\b(x-amz-security-token|x-amz-credential|x-amz-signature|credential|signature|aws_secret_access_key|aws_session_token|secret_?access_?key|session_?token|security_?token|secret|password)(["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi,
    `$1$2${REDACTED}`,
  ],
  // Access key ids (long-term AKIA, temporary ASIA, and the other AWS key-id prefixes), wherever
  // they stand: URL-encoded text (`%3DASIA…`) has no word boundary before them.
  [/(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16,124}/g, REDACTED],
  // GitHub tokens: personal (ghp_), OAuth (gho_), user-to-server (ghu_), server-to-server (ghs_), refresh (ghr_), fine-grained.
  [/gh[pousr]_[A-Za-z0-9]{20,251}|github_pat_[A-Za-z0-9_]{20,251}/g, REDACTED],
];

/**
 * Secret-looking values with no name beside them: a run of exactly 40 base64 characters (the shape
 * of an AWS secret access key) and any run of 100 or more (session tokens, signed blobs). Only for
 * error text: it would also hide a 40-digit commit hash, which our own reports show.
 */
const SECRET_LOOKING: ReadonlyArray<readonly [RegExp, string]> = [
  // After `=` too (`SecretKey=…`, `?k=…`): in base64 `=` is only padding at the end, so a run that
  // starts after one is not the tail of a longer value.
  [/(^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?=$|[^A-Za-z0-9/+=])/g, `$1${REDACTED}`],
  [/(^|[^A-Za-z0-9/+])[A-Za-z0-9/+]{100,}/g, `$1${REDACTED}`],
];

function apply(text: string, rules: ReadonlyArray<readonly [RegExp, string]>): string {
  return rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Named credentials replaced by `[redacted]`; for any text shown anywhere. */
export function redactCredentials(text: string): string {
  return apply(text, NAMED);
}

/** Named credentials and anything shaped like a secret replaced by `[redacted]`; for error text. */
export function redactSecrets(text: string): string {
  return apply(apply(text, NAMED), SECRET_LOOKING);
}

/**
 * Text with every 12-digit number (an AWS account id, in an ARN or alone) replaced by `<account>`:
 * for what a public pull request shows when comment-detail is `summary`. Redact before cutting
 * (redactTexts): an id a cut left short is no longer 12 digits. A run of fewer digits that ends at
 * a cut's `…` is replaced too, for text cut before it got here (an AWS error message is kept to
 * MAX_ERROR_MESSAGE_LENGTH characters, aws/errors.ts): `arn:aws:iot:eu-west-1:21098765432…`
 * would show 11 of the id's 12 digits.
 */
export function withoutAccountIds(text: string): string {
  return text.replace(/(?<!\d)(?:\d{12}(?!\d)|\d{1,11}(?=…))/g, '<account>');
}

/**
 * `value` (plain data: objects, arrays, strings, numbers) with every string in it passed through
 * `redact`, keys aside: so that text is redacted whole, before whatever shows it cuts it to a
 * length. Other objects (a Date, an Error) are kept as they are. Pure.
 */
export function redactTexts<T>(value: T, redact: (text: string) => string): T {
  return mapTexts(value, redact) as T;
}

function mapTexts(value: unknown, redact: (text: string) => string): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, redact));
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, mapTexts(v, redact)]));
}

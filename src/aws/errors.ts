// Sorting AWS errors into what the sweep and the act stage branch on.
// Pure and SDK-free (it reads `name`, `message` and `$metadata` only), so any stage may use it.
// The name and message are untrusted text: an AWS service (or whatever answers at its endpoint)
// chooses them, and may echo the request, credentials included (SignatureDoesNotMatch quotes the
// canonical request with its x-amz-security-token). They leave this module redacted (credentials
// and secret-looking values) and bounded, and otherwise as AWS wrote them: the JSON report is for
// machines, and a consumer matching an ARN (`arn:aws:iam::…`) must find it there as AWS spells it.
// Making them inert is each medium's own escaping, where the text is shown: the log's and the
// annotations' (inertLogText: src/report/log-lines.ts and log.ts, main.ts), Markdown's
// (inertMarkdown: the job summary, the PR comment, the alert issue).
import { truncate } from '../report/escape.js';
import { redactSecrets } from '../report/redact.js';
import { failedCallOf } from './failed-call.js';

/** The longest error message kept (characters); AWS's own messages are a few hundred at most. */
export const MAX_ERROR_MESSAGE_LENGTH = 1000;
/** The longest error name kept; AWS error codes are short identifiers. */
export const MAX_ERROR_NAME_LENGTH = 100;

/**
 * race       someone else got there first (accepted, cancelled, declined, gone): an outcome, not a failure.
 * throttled  the SDK's own retries were exhausted against a rate limit.
 * denied     the credentials may not do this (IAM, SCP, expired or invalid credentials).
 * not-found  something other than the item itself does not exist.
 * other      anything else: a failure.
 */
export type AwsErrorKind = 'race' | 'throttled' | 'denied' | 'not-found' | 'other';

export interface ClassifiedAwsError {
  readonly kind: AwsErrorKind;
  /** The AWS error code (exception name), or the Node error code for network errors. Kept as keptErrorText keeps it. */
  readonly name: string;
  /** Kept as keptErrorText keeps it: redacted, at most MAX_ERROR_MESSAGE_LENGTH characters, not escaped for any medium. */
  readonly message: string;
}

/**
 * Untrusted error text as it is kept, in the JSON report too: secrets redacted first (so that a cut
 * never leaves half a secret no pattern recognises), then cut to `maxLength` characters; line
 * breaks, `::` and every other character as AWS wrote them. Never shown as it is: the log and
 * Markdown writers escape it (inertLogText, inertMarkdown).
 */
export function keptErrorText(text: string, maxLength: number): string {
  return truncate(redactSecrets(text), maxLength);
}

const RACES = new Set([
  // IoT RejectCertificateTransfer / DescribeCertificate: accepted, rejected or cancelled meanwhile, or gone.
  'TransferAlreadyCompletedException',
  'ResourceNotFoundException',
  // Organizations DeclineHandshake: already declined, cancelled, accepted or expired, or gone.
  'HandshakeAlreadyInStateException',
  'InvalidHandshakeTransitionException',
  'HandshakeNotFoundException',
  // RAM RejectResourceShareInvitation / ListPendingInvitationResources: accepted, rejected or expired
  // meanwhile, or withdrawn by the sender (the ARN is no longer found). All HTTP 400 in RAM's model.
  'ResourceShareInvitationAlreadyAcceptedException',
  'ResourceShareInvitationAlreadyRejectedException',
  'ResourceShareInvitationExpiredException',
  'ResourceShareInvitationArnNotFoundException',
  // Detective RejectInvitation: the member is no longer INVITED (409; ResourceNotFoundException above is 404).
  'ConflictException',
  // GuardDuty / Macie / Security Hub DeclineInvitations: reported unprocessed and no longer pending
  // (raised by the adapters, see aws/security/unprocessed.ts; InvitationNotDeclined stays a failure).
  'InvitationNoLongerPending',
]);

const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
]);

const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedException',
  'UnauthorizedOperation',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'CredentialsProviderError',
]);

export function classifyAwsError(err: unknown): ClassifiedAwsError {
  const rawName = errorName(err);
  const name = keptErrorText(rawName, MAX_ERROR_NAME_LENGTH);
  const message = keptErrorText(errorMessage(err), MAX_ERROR_MESSAGE_LENGTH);
  const status = httpStatus(err);
  const kind: AwsErrorKind = RACES.has(rawName)
    ? 'race'
    : THROTTLING.has(rawName) || status === 429
      ? 'throttled'
      : DENIED.has(rawName) || status === 401 || status === 403
        ? 'denied'
        : /NotFound/.test(rawName)
          ? 'not-found'
          : 'other';
  return { kind, name, message };
}

/**
 * What became of an item a write raced with, as far as can be told: accepted in this account,
 * declined or rejected already (by someone else, or by an earlier attempt of ours whose answer was lost:
 * the act stage credits that one to the run, see aws/unanswered-attempts.ts),
 * expired, withdrawn by its sender, or gone from this account (cancelled by the sender, or rejected).
 * `pending`: a re-read found it still pending, so the error did not mean a race after all (Macie's
 * ConflictException, say, is any state conflict) and the write failed.
 */
export const RACE_END_STATES = ['accepted', 'declined', 'rejected', 'expired', 'withdrawn', 'gone', 'pending'] as const;
export type RaceEndState = (typeof RACE_END_STATES)[number];

/** The race errors whose name alone tells the end state; the others leave it to a re-read (or unknown). */
const END_STATE_OF: Readonly<Record<string, RaceEndState>> = {
  ResourceShareInvitationAlreadyAcceptedException: 'accepted',
  ResourceShareInvitationAlreadyRejectedException: 'rejected',
  ResourceShareInvitationExpiredException: 'expired',
  ResourceShareInvitationArnNotFoundException: 'withdrawn',
  // "The specified handshake is already in the requested state": DECLINED, which is what we asked.
  HandshakeAlreadyInStateException: 'declined',
  HandshakeNotFoundException: 'gone',
};

/**
 * The end state a race error tells, if it does: by its name (RAM's, Organizations'), or as our own
 * adapters' errors carry it (`endState`: a security-service decline that came back unprocessed,
 * told by listing the region again).
 */
export function raceEndState(err: unknown): RaceEndState | undefined {
  if (Object.hasOwn(END_STATE_OF, errorName(err))) return END_STATE_OF[errorName(err)];
  const carried = isObject(err) ? err['endState'] : undefined;
  return typeof carried === 'string' && (RACE_END_STATES as readonly string[]).includes(carried) ? (carried as RaceEndState) : undefined;
}

/** A part that could not be read: what its SweepError says of the error, and the error's kind for the log event. */
export interface SweepFailure {
  /**
   * As SweepError carries it: `message` is `prefix` and AWS's `Name: message`; `code` the error
   * name alone (AccessDeniedException, ECONNREFUSED …), for a reader of the JSON report to group by
   * and for code that must know which error it was without reading the message. `action`: the IAM
   * action of the call that failed (`guardduty:ListInvitations`), when a client of clients.ts made it.
   */
  readonly text: { readonly message: string; readonly code: string; readonly action?: string };
  /** The log event's `errorKind`. Not SweepError's: the JSON report does not carry it. */
  readonly kind: AwsErrorKind;
}

export function sweepFailure(err: unknown, prefix = ''): SweepFailure {
  // Classified once, for the report and the log: redacting a hostile 600 KB message is a pass over it per pattern.
  const classified = classifyAwsError(err);
  const action = failedCallOf(err);
  return { text: { message: `${prefix}${nameAndMessage(classified)}`, code: classified.name, ...(action === undefined ? {} : { action }) }, kind: classified.kind };
}

/** `Name: message`, the form SweepError.message and ItemResult.detail carry. */
export function describeAwsError(err: unknown): string {
  return nameAndMessage(classifyAwsError(err));
}

function nameAndMessage({ name, message }: ClassifiedAwsError): string {
  return message === '' || message === name ? name : `${name}: ${message}`;
}

function errorName(err: unknown): string {
  if (!isObject(err)) return 'Error';
  const name = typeof err['name'] === 'string' && err['name'] !== '' ? err['name'] : 'Error';
  // Network failures arrive as plain Errors whose useful name is the Node code (ECONNREFUSED, ENOTFOUND …).
  if (name === 'Error' && typeof err['code'] === 'string' && err['code'] !== '') return err['code'];
  return name;
}

function errorMessage(err: unknown): string {
  if (isObject(err)) return typeof err['message'] === 'string' ? err['message'] : '';
  return typeof err === 'string' ? err : String(err);
}

function httpStatus(err: unknown): number | undefined {
  if (!isObject(err)) return undefined;
  const metadata = err['$metadata'];
  if (!isObject(metadata)) return undefined;
  const status = metadata['httpStatusCode'];
  return typeof status === 'number' ? status : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

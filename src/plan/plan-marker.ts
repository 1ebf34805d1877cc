/**
 * Which comment is a plan's: the hidden marker a plan comment starts with — the policy file and, for
 * a run that read an account, that account's tag, never its id — and how it is found again. Pure.
 */
import { sha256Hex } from '../builtins.js';

const MARKER_PREFIX = 'inbound-guard:plan:';
/** Between the path and the account's tag, and the marker's end: planMarker writes them, planMarkerIn reads them. */
const TAG_PART = ' account-tag:';
const MARKER_END = ' -->';
/** Hex digits of an account's tag: accountTag says why 6. */
const TAG_LENGTH = 6;

/**
 * The hidden first line that marks a comment as this action's plan for this policy file and, for a
 * run that read an account, for that account: a job matrix whose legs plan one policy with the
 * credentials of different accounts keeps one comment per account, each updated in place. The path
 * is percent-encoded outside a safe set, so it can never close the HTML comment (nor hold a space:
 * the account part cannot be forged by a path); the account is in it only as its tag, never in clear.
 *
 *   <!-- inbound-guard:plan:.github/inbound-guard.yml -->                        no account read
 *   <!-- inbound-guard:plan:.github/inbound-guard.yml account-tag:e4594d -->     account read (210987654321)
 */
export function planMarker(policyPath: string, account?: string): string {
  return `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}${account === undefined ? '' : `${TAG_PART}${accountTag(account)}`}${MARKER_END}`;
}

/**
 * The plan marker a comment starts with for this policy file, with or without an account tag;
 * undefined when it starts with none. Only the start counts: a marker quoted further down (another
 * workflow's comment, by the same bot, quoting a stranger) does not make the comment ours. (A run
 * that read no account rewrites every one of them: see plan-mode.ts.)
 */
export function planMarkerIn(body: string, policyPath: string): string | undefined {
  // Read as text, not as a pattern built from the path (the path is the user's input).
  const start = `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}`;
  if (!body.startsWith(start)) return undefined;
  const rest = body.slice(start.length, start.length + TAG_PART.length + TAG_LENGTH + MARKER_END.length);
  if (rest.startsWith(MARKER_END)) return `${start}${MARKER_END}`;
  if (rest.startsWith(TAG_PART) && isTag(rest.slice(TAG_PART.length, TAG_PART.length + TAG_LENGTH)) && rest.endsWith(MARKER_END)) return `${start}${rest}`;
  return undefined;
}

const isTag = (text: string): boolean => text.length === TAG_LENGTH && [...text].every((c) => '0123456789abcdef'.includes(c));

function encodedPath(policyPath: string): string {
  return policyPath.replace(/[^A-Za-z0-9._/-]/g, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}

/**
 * A short tag of an AWS account id, for the marker: it is in the raw text of every comment, those
 * on public repositories (comment-detail: summary, which names no account) included. The first 6
 * hex digits of sha256 over the id under a fixed prefix of this product's.
 *
 * It only has to tell apart the few accounts planned on one pull request: with 2^24 tags, two of 10
 * accounts share one with odds of about 1 in 370,000, two of 50 about 1 in 13,700 (n(n-1)/2 / 2^24);
 * accounts that do share one comment, as every account did before tags. It is not meant to hide an
 * account from someone who already has its id, or a list of candidates: they hash each and compare.
 * What it keeps from publishing is the id itself. 8 digits would leave about 230 of the 10^12
 * possible ids per tag, so a search of every id (minutes on one GPU) would come close to naming
 * the account; 6 digits leave about 60,000.
 */
export function accountTag(account: string): string {
  return sha256Hex(`inbound-guard plan comment account:${account}`).slice(0, TAG_LENGTH);
}

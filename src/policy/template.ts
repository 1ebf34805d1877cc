/**
 * The `iot.reject-reason` template: `{placeholder}`s expanded per certificate. AWS accepts at
 * most 128 characters, so validation computes the worst-case expansion of a template the user
 * wrote, and expansion shortens the policy path and truncates (expandRejectReason).
 */
import { limitRejectReason, MAX_REJECT_REASON_LENGTH } from '../model/aws-limits.js';
import { didYouMean, listAlternatives } from './suggest.js';

/** AWS RejectCertificateTransfer: rejectReason is at most 128 characters. */
export const REJECT_REASON_MAX_LENGTH = MAX_REJECT_REASON_LENGTH;

/**
 * Each placeholder and the most characters it can expand to. `{policy-file}` is the path of the
 * policy in use, so its bound is that path's length: use placeholderLimits(path) for a number.
 */
export const REJECT_REASON_PLACEHOLDERS: Record<string, number> = {
  'source-account': 12,
  'policy-file': Number.POSITIVE_INFINITY,
  region: 20,
  'certificate-id': 64,
};

/** What `{source-account}` becomes when the sending account could not be determined. */
export const UNKNOWN_SOURCE_ACCOUNT = 'unknown';

const PLACEHOLDER_NAMES = Object.keys(REJECT_REASON_PLACEHOLDERS);

/** Literal text without braces, and known placeholders; nothing else. Also the JSON Schema pattern. */
export const REJECT_REASON_PATTERN = new RegExp(`^(?:[^{}]|\\{(?:${PLACEHOLDER_NAMES.join('|')})\\})*$`);

/** REJECT_REASON_PLACEHOLDERS with `{policy-file}` bounded by the actual path. */
export function placeholderLimits(policyFile: string): Record<string, number> {
  return { ...REJECT_REASON_PLACEHOLDERS, 'policy-file': policyFile.length };
}

interface Piece {
  readonly literal: string;
  readonly placeholder?: string;
}

/** Splits a template at its `{…}` groups. A brace without its partner is kept as a literal. */
function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  const re = /\{([^{}]*)\}/g;
  let last = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    out.push({ literal: template.slice(last, m.index), placeholder: m[1] ?? '' });
    last = m.index + m[0].length;
  }
  out.push({ literal: template.slice(last) });
  return out;
}

/**
 * What is wrong with the template's syntax, in our words, or undefined when it is well formed.
 * Unknown placeholders get a did-you-mean; stray braces are named.
 */
export function templateSyntaxProblem(template: string): string | undefined {
  const known = `Placeholders are ${listAlternatives(PLACEHOLDER_NAMES.map((n) => `{${n}}`), 'and')}.`;
  const unknown = pieces(template)
    .map((p) => p.placeholder)
    .filter((p): p is string => p !== undefined && !PLACEHOLDER_NAMES.includes(p));
  if (unknown.length > 0) {
    const names = [...new Set(unknown)];
    if (names.length === 1) {
      const name = names[0] ?? '';
      return `\`{${name}}\` is not a placeholder.${didYouMean(name, PLACEHOLDER_NAMES).replace(/`([^`]+)`/, '`{$1}`')} ${known}`;
    }
    // Every one of them, each with its own did-you-mean: fixing them one validation at a time is tedious.
    const each = names.map((name) => `\`{${name}}\`${didYouMean(name, PLACEHOLDER_NAMES).replace(/ Did you mean `([^`]+)`\?/, ' (did you mean `{$1}`?)')}`);
    return `${listWords(each)} are not placeholders. ${known}`;
  }
  const rest = pieces(template).map((p) => p.literal).join('');
  if (/[{}]/.test(rest)) {
    return `the template has a \`{\` or \`}\` that is not part of a placeholder; braces are reserved for placeholders. ${known}`;
  }
  return undefined;
}

/** "a", "a and b", "a, b and c". */
function listWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** The longest the template can expand to, and what takes the room. */
export function worstCaseLength(template: string, policyFile: string): { length: number; placeholders: Array<{ name: string; length: number }> } {
  const limits = placeholderLimits(policyFile);
  let length = 0;
  const placeholders: Array<{ name: string; length: number }> = [];
  for (const piece of pieces(template)) {
    length += piece.literal.length;
    if (piece.placeholder === undefined) continue;
    const limit = limits[piece.placeholder];
    if (limit === undefined) {
      length += piece.placeholder.length + 2;
      continue;
    }
    length += limit;
    placeholders.push({ name: piece.placeholder, length: limit });
  }
  return { length, placeholders };
}

/** The problem with the template's worst-case length, or undefined when it always fits in 128. */
export function templateLengthProblem(template: string, policyFile: string): string | undefined {
  const worst = worstCaseLength(template, policyFile);
  if (worst.length <= REJECT_REASON_MAX_LENGTH) return undefined;
  const over = worst.length - REJECT_REASON_MAX_LENGTH;
  const biggest = [...worst.placeholders].sort((a, b) => b.length - a.length);
  const takes = biggest
    .map((p) => `{${p.name}} up to ${p.length}${p.name === 'policy-file' ? ` (the length of "${policyFile}")` : ''}`)
    .join(', ');
  const room = takes === '' ? '' : ` (${takes})`;
  return (
    `can expand to ${worst.length} characters${room}, but AWS accepts at most ${REJECT_REASON_MAX_LENGTH}. ` +
    `Shorten the text by at least ${over} character${over === 1 ? '' : 's'}${biggest.length > 0 ? ` or drop a placeholder such as {${biggest[0]?.name ?? ''}}` : ''}.`
  );
}

export interface RejectReasonValues {
  /** undefined when the sending account is unknown: expands to "unknown". */
  readonly sourceAccount?: string | undefined;
  readonly policyFile: string;
  readonly region: string;
  readonly certificateId: string;
}

/** What a shortened `{policy-file}` starts with. ASCII: AWS and the sender's tools count it as 3 characters whatever they count. */
export const SHORTENED_PATH_MARK = '...';

/**
 * The reject reason for one certificate. Never longer than 128 characters. Validation keeps the
 * worst case of a template the user wrote within the limit; the default template is not checked
 * against the path (a valid minimal policy must never be refused for text its author did not
 * write), so with a long path it would not fit: then, and whenever a value is longer than
 * expected, each `{policy-file}` is shortened from the front (`...` and the end of the path, the
 * part that names the file) by what it takes to fit. Truncation at 128 is the last guard.
 */
export function expandRejectReason(template: string, values: RejectReasonValues): string {
  const byName: Record<string, string> = {
    'source-account': values.sourceAccount ?? UNKNOWN_SOURCE_ACCOUNT,
    'policy-file': values.policyFile,
    region: values.region,
    'certificate-id': values.certificateId,
  };
  const parts = pieces(template);
  const expand = (path: readonly string[]) => {
    let paths = 0;
    return parts.map((p) => p.literal + (p.placeholder === undefined ? '' : p.placeholder === 'policy-file' ? (path[paths++] ?? '') : (byName[p.placeholder] ?? `{${p.placeholder}}`))).join('');
  };
  const count = parts.filter((p) => p.placeholder === 'policy-file').length;
  const full = expand(Array.from({ length: count }, () => values.policyFile));
  const over = full.length - REJECT_REASON_MAX_LENGTH;
  if (over <= 0 || count === 0) return limitRejectReason(full);
  // Each occurrence gives up its share of `over` (shares differ by at most one), plus the mark.
  const shortened = Array.from({ length: count }, (_, i) => shortenPath(values.policyFile, Math.floor(over / count) + (i < over % count ? 1 : 0)));
  return limitRejectReason(shortened.includes(undefined) ? full : expand(shortened.map((p) => p ?? '')));
}

/** `path` shorter by `by` characters: the mark, then its end; undefined when too short to keep any of it. */
function shortenPath(path: string, by: number): string | undefined {
  const keep = path.length - by - SHORTENED_PATH_MARK.length;
  if (keep < 1) return undefined;
  const tail = path.slice(path.length - keep);
  // Never start inside a surrogate pair (a low surrogate first): drop its orphaned half.
  const first = tail.charCodeAt(0);
  return SHORTENED_PATH_MARK + (first >= 0xdc00 && first <= 0xdfff ? tail.slice(1) : tail);
}

/**
 * Text from AWS (transfer messages, handshake notes, names, emails, error messages) is written by
 * strangers. These functions make it inert wherever it is shown: in the log, where a line starting
 * with `::` is a live workflow command, and in Markdown (job summary, PR comment), where it could
 * become markup, a link, an image or an @mention that notifies someone. Both also remove named
 * credentials (see redact.ts): an error that echoes a request must not show its session token.
 * They are for the writers of those media only: the run's data (the items, the errors, the JSON
 * report) keeps the text as AWS gave it, error text redacted and bounded (aws/errors.ts).
 */
import { unicodePattern } from '../model/unicode-pattern.js';
import { redactCredentials } from './redact.js';

/**
 * What a reader cannot see or that changes what they see: control characters (Cc), format
 * characters (Cf: every bidi mark, override and isolate, zero-width joiners, the BOM, the soft
 * hyphen, the invisible tag characters that can carry hidden text), private-use and lone surrogate
 * code points, the line and paragraph separators, and the rest of what Unicode says to show as
 * nothing (Default_Ignorable_Code_Point: the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, the
 * combining grapheme joiner U+034F, the variation selectors U+FE00–FE0F and U+E0100–E01EF, which
 * are not Cf) and the braille blank U+2800, which is drawn as a blank: a name or note of them looks
 * empty, or like another. A variation selector after an emoji goes too: these texts are AWS's
 * names, notes and ids, where the emoji still shows without it.
 */
const HIDDEN = unicodePattern(String.raw`[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]`, 'u');
/**
 * HIDDEN but the tab and our own zero-width space (U+200B), which breaks `::` and mentions: text
 * escaped twice must come out the same. The class written out again: each pattern is a constant,
 * which test/policy-linear.test.ts checks.
 */
const CONTROL = unicodePattern(String.raw`(?![\t\u200B])[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u2800]`, 'gu');
/** Printable ASCII and tab: text with nothing else has no CONTROL character (the ASCII ones are 0–31 and 127). */
const PRINTABLE_ASCII = /^[\t\x20-\x7E]*$/;

/** `text` with every CONTROL character replaced by U+FFFD. */
function replaceControl(text: string): string {
  return PRINTABLE_ASCII.test(text) ? text : text.replace(CONTROL(), '\uFFFD');
}

/** Printable ASCII: text with nothing else has no HIDDEN character. */
const VISIBLE_ASCII = /^[\x20-\x7E]*$/;

/** Whether `text` has a character these functions replace, or a tab or a zero-width space: one a reader cannot see. */
export function hasHiddenCharacter(text: string): boolean {
  return !VISIBLE_ASCII.test(text) && HIDDEN().test(text);
}

/**
 * An ARN's empty region or account field (`arn:aws:iam::111122223333:role/x`, `arn:aws:s3:::bucket`):
 * the one place a `::` is kept in a log line. It is mid-line there (the runner reads `::name::` only
 * at the start of a line), and an ARN with a hidden character in it, copied from the log into IAM,
 * looks right and does not work.
 */
const ARN_EMPTY_FIELDS_OR_COLONS = /\barn:[a-z0-9-]{1,32}:[a-z0-9-]{1,64}:::?(?!:)|:(?=:)/g;

/**
 * For a log line: one line, no control or bidi characters, no `::` or `##[` a runner could read as
 * a command (the `::` of an ARN's empty fields aside, matched whole by ARN_EMPTY_FIELDS_OR_COLONS
 * and kept). Callers also never start a log line with untrusted text.
 */
export function inertLogText(text: string, maxLength = 300): string {
  const flat = redactCredentials(text)
    .replace(/\r\n|\r|\n/g, '\\n');
  const inert = replaceControl(flat)
    // Every other colon followed by another: `:::` must not leave a `::` behind.
    .replace(ARN_EMPTY_FIELDS_OR_COLONS, (found) => (found === ':' ? ':\u200B' : found))
    .replace(/##\[/g, '#\u200B#[');
  return truncate(inert, maxLength);
}

/**
 * For an annotation's message of several lines (a run that stopped: our words, which may list
 * problems one a line, quoting AWS's): each line made inert as inertLogText makes it, the line
 * breaks kept. Only for runner.error/warning/setFailed, which escape a line break in their message
 * (%0A): there it cannot start a command, as it would in a plain log line.
 */
export function inertLogLines(text: string, maxLineLength = 4000): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => inertLogText(line, maxLineLength))
    .join('\n');
}

/**
 * For Markdown or HTML (table cells included): every character that means something in Markdown,
 * GitHub's math (`$`) or HTML becomes an entity, line breaks become spaces, and `@` and `#` are followed by a zero-width
 * space so GitHub sees no mention and no issue reference.
 */
export function inertMarkdown(text: string, maxLength = 200): string {
  return entities(plainInert(text, maxLength));
}

/**
 * inertMarkdown's first half, still plain text: credentials redacted, one line, control characters
 * replaced, cut to `maxLength`, and the patterns GitHub links broken. Apart so that breakableCode
 * can do all this to a whole id before it cuts the id into pieces.
 */
function plainInert(text: string, maxLength: number): string {
  return truncate(replaceControl(redactCredentials(text).replace(/\r\n|\r|\n/g, ' ')), maxLength)
    // GitHub links URLs, issue references (#1, owner/repo#2, GH-3) and mentions after decoding
    // entities, and a cross-repository reference even notifies that repository's issue: break the
    // patterns it looks for rather than rely on entities.
    .replace(/:\/\//g, ':/\u200B/')
    .replace(/www\./gi, (m) => `${m.slice(0, 3)}\u200B.`)
    .replace(/\bGH-/gi, (m) => `${m.slice(0, 2)}\u200B-`);
}

/**
 * inertMarkdown's second half, one character at a time (so any piece of plainInert's text can go
 * through it on its own): markup characters become entities, `@` and `#` get a zero-width space.
 */
function entities(plain: string): string {
  // `$` too: GitHub renders `$…$` and `$$…$$` as math, where sender text could draw or hide things.
  return plain.replace(/[&<>"'`*_[\]()#|~\\!{}+=:$-]|@/g, (ch) => (ch === '@' ? '@\u200B' : ch === '#' ? '&#35;\u200B' : `&#${ch.charCodeAt(0)};`));
}

/**
 * What would read as the end (or the start) of a quoted text in Markdown: the curly quotes the
 * summary quotes with, the straight one the log does, and their look-alikes (low, reversed,
 * double prime, fullwidth). A backslash is escaped too, so `\”` in the text cannot pass for an
 * escaped quote: JSON's rule, as the log quotes names (an embedded `"` becomes `\"`).
 */
const QUOTE_LIKE = /[\\"\u201C\u201D\u201E\u201F\u2033\u301D\u301E\uFF02]/g;

/**
 * Stranger-written free text (a sender's name, a note, a message) for Markdown, in our quotes:
 * `“text”`, made inert as inertMarkdown makes it, with a backslash before every quote-like character
 * in it (QUOTE_LIKE), so it cannot close our quotes and add words that read as ours
 * (`Acme”, verified`). Cut to `maxLength` first, as inertMarkdown cuts, so the escapes are never cut.
 */
export function quotedMarkdown(text: string, maxLength = 200): string {
  const plain = truncate(redactCredentials(text), maxLength).replace(QUOTE_LIKE, (ch) => `\\${ch}`);
  return `“${inertMarkdown(plain, Number.MAX_SAFE_INTEGER)}”`;
}

/** For a Markdown inline code span of our own text (ids, account numbers, regions). */
export function code(text: string): string {
  return `<code>${inertMarkdown(text, 300)}</code>`;
}

/** Ids up to this many characters (a handshake id, a GuardDuty invitation id, an account) are shown unbroken. */
export const UNBROKEN_ID_LENGTH = 32;
/** A longer id may wrap after every this many characters. */
export const ID_PIECE_LENGTH = 16;

/**
 * For an id a reader looks up in AWS (a 64-character certificate id, an invitation ARN): the whole
 * id, as code() shows it, but with a `<wbr>` every ID_PIECE_LENGTH characters when it is longer
 * than UNBROKEN_ID_LENGTH, so that it wraps in a narrow table cell rather than being cut. `<wbr>`
 * adds no character when the id is copied, and GitHub's sanitizer keeps it.
 *
 * Ids come from AWS, so they are treated as stranger-written: the whole id is redacted, cut and has
 * its linkable patterns broken first (a credential or a URL split in two would slip through piece by
 * piece), then each piece is escaped on its own, so our `<wbr>` never lands inside an entity.
 */
export function breakableCode(id: string): string {
  const chars = Array.from(plainInert(id, 300));
  if (chars.length <= UNBROKEN_ID_LENGTH) return `<code>${entities(chars.join(''))}</code>`;
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += ID_PIECE_LENGTH) pieces.push(entities(chars.slice(i, i + ID_PIECE_LENGTH).join('')));
  return `<code>${pieces.join('<wbr>')}</code>`;
}

/**
 * For a message of ours that marks names in backticks (`organisations`, `{region}`): each
 * backtick span becomes a code element, everything else inert text. inertMarkdown alone would show
 * the backticks themselves (as `&#96;`), since GitHub does not read Markdown inside entities. A
 * lone backtick without its partner stays a literal character.
 */
export function inertMarkdownWithCode(text: string, maxLength = 600): string {
  const parts = truncate(text, maxLength).split('`');
  // An even number of parts means one backtick has no partner: glue the last part back on as text.
  if (parts.length % 2 === 0) parts.splice(parts.length - 2, 2, `${parts[parts.length - 2] ?? ''}\`${parts[parts.length - 1] ?? ''}`);
  return parts.map((part, i) => (i % 2 === 1 ? code(part) : inertMarkdown(part, maxLength))).join('');
}

/** `text` cut to `maxLength` characters (code points, so no surrogate pair is split), the last one `…` when cut. */
export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, maxLength - 1).join('')}…`;
}

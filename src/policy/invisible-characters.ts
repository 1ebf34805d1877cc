/**
 * Characters that look like nothing, or like an ordinary space, where YAML reads structure: a
 * no-break space in an indentation or after a colon, a zero-width space before a key, a line that
 * ends in a lone CR. The parser takes them for text and then reports something baffling ("unknown
 * key `  max-actions`", a whole file read as one line); here each is named at its own line and
 * column instead. Quoted values, block scalars and comments are text and are left alone.
 */
import { Lexer } from 'yaml';
import { isPlainAscii, unicodePattern } from '../model/unicode-pattern.js';
import { lineColumnsAt, type TextProblem } from './text-checks.js';

/**
 * Unicode space separators other than U+0020, format characters (zero-width, bidi, the BOM), line
 * and paragraph separators.
 */
const INVISIBLE = unicodePattern(String.raw`(?! )[\p{Zs}\p{Cf}\p{Zl}\p{Zp}]`, 'gu');
const SPACE_SEPARATOR = unicodePattern(String.raw`\p{Zs}`, 'u');
const LINE_SEPARATOR = unicodePattern(String.raw`[\p{Zl}\p{Zp}]`, 'u');

/** The names of the ones people meet, pasted from web pages, word processors and chat. */
const NAMES: Readonly<Record<number, string>> = {
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x1680: 'Ogham space mark',
  0x2007: 'figure space',
  0x2009: 'thin space',
  0x200a: 'hair space',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202f: 'narrow no-break space',
  0x205f: 'medium mathematical space',
  0x2060: 'word joiner',
  0x3000: 'ideographic space',
  0xfeff: 'byte order mark',
};

/** The lexer's markers, which are not in the source (control characters are refused before this runs). */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f']);

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function invisibleMessage(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  const named = NAMES[cp];
  const what = `${codePoint(char)}${named === undefined ? '' : ` (${named})`}`;
  if (SPACE_SEPARATOR().test(char)) return `this looks like a space but is ${what}: retype it as an ordinary space.`;
  if (LINE_SEPARATOR().test(char)) return `this is ${what}, which YAML does not read as a line break: replace it with an ordinary line break.`;
  return `an invisible character ${what} is here: delete it (if it belongs to the text of a value, put the value in quotes).`;
}

/**
 * Where YAML would read an invisible character as part of a key or a plain value: one problem per
 * line (its first such character), in line order. A lone CR line ending is one problem: the lines
 * after it are not lines to YAML. The UTF-8 BOM that may open the file is fine. Never throws.
 */
export function invisibleCharacters(text: string): TextProblem[] {
  const cr = /\r(?!\n)/.exec(text);
  if (cr !== null) {
    const [at] = lineColumnsAt(text, [cr.index]);
    return at === undefined ? [] : [{ ...at, message: 'this line ends with a lone CR (old Mac OS line endings), so YAML reads the lines after it as part of this one: save the file with LF (or CRLF) line endings.' }];
  }
  // Most files have none: no lexing for them (and in ASCII there is none: the space is excluded).
  const body = text.slice(text.startsWith('\uFEFF') ? 1 : 0);
  if (isPlainAscii(body) || body.search(INVISIBLE()) === -1) return [];

  let found: Array<{ offset: number; char: string }>;
  try {
    found = unquotedInvisibles(text);
  } catch {
    // The lexer gave up (it should not): the parser will say what is wrong.
    return [];
  }
  const at = lineColumnsAt(text, found.map((f) => f.offset));
  const lines = new Set<number>();
  const problems: TextProblem[] = [];
  at.forEach((position, k) => {
    const char = found[k]?.char;
    if (char === undefined || lines.has(position.line)) return;
    lines.add(position.line);
    problems.push({ ...position, message: invisibleMessage(char) });
  });
  return problems;
}

/** Every invisible character outside quoted values, block scalars and comments, with its offset. */
function unquotedInvisibles(text: string): Array<{ offset: number; char: string }> {
  const found: Array<{ offset: number; char: string }> = [];
  let offset = 0;
  let blockScalarNext = false;
  let skipNext = false;
  for (const token of new Lexer().lex(text)) {
    if (MARKERS.has(token)) {
      // A scalar follows: a block scalar's content is text, like a quoted value.
      if (token === '\u001f' && blockScalarNext) skipNext = true;
      blockScalarNext = false;
      continue;
    }
    const start = offset;
    offset += token.length;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const first = token[0];
    if (first === '|' || first === '>') blockScalarNext = true;
    if (first === '#' || first === '"' || first === "'") continue;
    for (const match of token.matchAll(INVISIBLE())) {
      // The UTF-8 BOM that may open the file is no problem: the parser skips it.
      if (start + match.index !== 0) found.push({ offset: start + match.index, char: match[0] });
    }
  }
  return found;
}

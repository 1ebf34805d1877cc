/**
 * Characters that cannot be seen, or look like an ordinary space, and line endings YAML does not
 * know: each case is a valid policy with one edit, and the error must name the character at its
 * own line and column (a review found each gave a wrong or baffling message). Text inside quotes,
 * block scalars and comments is left alone; the BOM that opens a file stays accepted.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { PolicyResult } from '../src/policy/types.js';

const VALID = 'version: 1\niot:\n  regions: all\n  allow:\n    - source-account: "111122223333"\n      note: x\nlimits:\n  max-actions: 10\n';
const edit = (from: string, to: string): string => {
  if (!VALID.includes(from)) throw new Error(`no ${from} in the policy`);
  return VALID.replace(from, to);
};
const said = (result: PolicyResult): string[] => (result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column} ${i.message}`));
const encode = (text: string) => new TextEncoder().encode(text);

const NBSP = 'this looks like a space but is U+00A0 (no-break space): retype it as an ordinary space.';

describe('invisible characters where YAML reads structure', () => {
  it('the policy they are put into is valid', () => {
    expect(parsePolicy(VALID, 'p.yml').ok).toBe(true);
  });

  it.each([
    ['a no-break space in the indentation of max-actions', edit('  max-actions', '\u00A0 max-actions'), `8:1 ${NBSP}`],
    ['a no-break space after a colon', edit('max-actions: 10', 'max-actions:\u00A010'), `8:15 ${NBSP}`],
    ['a no-break space before a list item’s dash', edit('    - source', '   \u00A0- source'), `5:4 ${NBSP}`],
    ['a no-break space inside a plain value', edit('note: x', 'note: a\u00A0b'), `6:14 ${NBSP}`],
    ['a narrow no-break space in a key', edit('regions', 're\u202Fgions'), '3:5 this looks like a space but is U+202F (narrow no-break space): retype it as an ordinary space.'],
    ['an ideographic space', edit('  regions', '\u3000 regions'), '3:1 this looks like a space but is U+3000 (ideographic space): retype it as an ordinary space.'],
    ['a zero-width space before limits', edit('limits:', '\u200Blimits:'), '7:1 an invisible character U+200B (zero-width space) is here: delete it (if it belongs to the text of a value, put the value in quotes).'],
    ['a byte order mark in the middle of the file', edit('limits:', '\uFEFFlimits:'), '7:1 an invisible character U+FEFF (byte order mark) is here: delete it (if it belongs to the text of a value, put the value in quotes).'],
    ['a right-to-left mark in an account id key', edit('source-account', 'source\u200F-account'), '5:13 an invisible character U+200F (right-to-left mark) is here: delete it (if it belongs to the text of a value, put the value in quotes).'],
    ['a line separator', edit('limits:', '\u2028limits:'), '7:1 this is U+2028 (line separator), which YAML does not read as a line break: replace it with an ordinary line break.'],
  ])('%s: named at its line and column, and nothing else said', (_, text, expected) => {
    expect(said(parsePolicy(text, 'p.yml'))).toEqual([expected]);
    // Read from bytes (the action reads the file), the same.
    expect(said(parsePolicy(encode(text), 'p.yml'))).toEqual([expected]);
  });

  it('one error per line, each line with one', () => {
    const text = edit('  max-actions', '\u00A0\u00A0max-actions').replace('  regions', '\u00A0 regions');
    expect(said(parsePolicy(text, 'p.yml'))).toEqual([`3:1 ${NBSP}`, `8:1 ${NBSP}`]);
  });

  it.each([
    ['a double-quoted value', edit('note: x', 'note: "a\u00A0b \u200D c"')],
    ['a single-quoted value', edit('note: x', "note: 'a\u00A0b'")],
    ['a block scalar', edit('note: x', 'note: |\n        a\u00A0b\n        \u200Bc')],
    ['a comment', edit('note: x', 'note: x # a\u00A0b\u200B')],
    ['a UTF-8 BOM at the very start (text)', `\uFEFF${VALID}`],
  ])('inside %s they are text, and the policy stays valid', (_, text) => {
    expect(said(parsePolicy(text, 'p.yml'))).toEqual([]);
  });

  it('a UTF-8 BOM at the very start of the file’s bytes stays accepted', () => {
    expect(parsePolicy(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode(VALID)]), 'p.yml').ok).toBe(true);
  });
});

describe('line endings', () => {
  it('CR-only (old Mac OS) line endings: said at the end of the first line, with what to do', () => {
    expect(said(parsePolicy(VALID.replace(/\n/g, '\r'), 'p.yml'))).toEqual([
      '1:11 this line ends with a lone CR (old Mac OS line endings), so YAML reads the lines after it as part of this one: save the file with LF (or CRLF) line endings.',
    ]);
  });

  it('one lone CR among LF line endings: at its line', () => {
    expect(said(parsePolicy(edit('limits:\n', 'limits:\r'), 'p.yml'))[0]).toMatch(/^7:8 this line ends with a lone CR/);
  });

  it('CRLF line endings stay accepted', () => {
    expect(parsePolicy(VALID.replace(/\n/g, '\r\n'), 'p.yml').ok).toBe(true);
  });
});

describe('a tab in the indentation, after spaces', () => {
  it('is named at the tab, even when the parser reports another error there', () => {
    expect(said(parsePolicy(edit('      note: x', '    \t  note: x'), 'p.yml'))).toEqual([
      '6:5 a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces.',
    ]);
  });
});

/** firstNonText: what is plain UTF-8 text and what is not, and where the first problem is. */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { firstNonText } from '../src/policy/text-checks.js';

const bytes = (...values: number[]) => Uint8Array.from(values);
const encode = (text: string) => new TextEncoder().encode(text);
const where = (source: string | Uint8Array) => {
  const problem = firstNonText(source);
  return problem === undefined ? undefined : `${problem.line}:${problem.column} ${problem.message}`;
};

describe('UTF-8 bytes', () => {
  it.each([
    ['U+10FFFF, the last code point (lead byte F4)', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['U+100000 (lead byte F4)', [0xf4, 0x80, 0x80, 0x80]],
    ['U+40000 (lead byte F1, second byte 80)', [0xf1, 0x80, 0x80, 0x80]],
    ['U+10000 (lead byte F0)', [0xf0, 0x90, 0x80, 0x80]],
  ])('accepts %s', (_, sequence) => {
    expect(firstNonText(bytes(0x61, 0x3a, 0x20, ...sequence, 0x0a))).toBeUndefined();
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes(...sequence)).codePointAt(0)).toBeGreaterThanOrEqual(0x10000);
  });

  it.each([
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte 0xF4'],
    ['an overlong four-byte form', [0xf0, 0x8f, 0xbf, 0xbf], 'byte 0xF0'],
  ])('refuses %s', (_, sequence, byte) => {
    expect(where(bytes(0x61, 0x3a, 0x20, ...sequence))).toMatch(new RegExp(`^1:4 the file is not valid UTF-8 \\(${byte}\\)`));
  });
});

describe('UTF-16 byte order marks, and lone 0xFF / 0xFE bytes', () => {
  it.each([
    ['little-endian', [0xff, 0xfe, 0x76, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x76]],
  ])('a %s UTF-16 file is named as UTF-16', (_, source) => {
    expect(where(bytes(...source))).toBe('1:1 the file is encoded as UTF-16; save it as UTF-8.');
  });

  it.each([
    ['0xFF then a letter', [0xff, 0x61], '1:1', '0xFF'],
    ['0xFE then a letter', [0xfe, 0x61], '1:1', '0xFE'],
    ['a letter then 0xFE', [0x61, 0xfe], '1:2', '0xFE'],
    ['a letter then 0xFF', [0x61, 0xff], '1:2', '0xFF'],
  ])('%s is invalid UTF-8 at that byte, not UTF-16', (_, source, position, byte) => {
    expect(where(bytes(...source))).toMatch(new RegExp(`^${position} the file is not valid UTF-8 \\(byte ${byte}\\)`));
  });
});

describe('control characters', () => {
  it.each([
    ['text', (s: string) => s],
    ['bytes', encode],
  ])('DEL (U+007F) is refused in %s, located', (_, as) => {
    expect(where(as('version: 1\nx: a\u007f\n'))).toBe('2:5 the file contains the control character U+007F; a policy file is plain text. Remove it.');
  });

  it('the code is shown in upper-case hex', () => {
    expect(where('x: \u001b[31m')).toMatch(/^1:4 the file contains the control character U\+001B;/);
  });

  it('a policy with an escape character is refused where it is', () => {
    const result = parsePolicy('version: 1\niot:\n  reject-reason: "\u001b[2J"\n', 'p.yml');
    expect(result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column} ${i.message.split(';')[0]}`)).toEqual(['3:19 the file contains the control character U+001B']);
  });
});

describe('UTF-16 surrogates in text', () => {
  it.each([
    ['an emoji (a surrogate pair)', 'x: \uD83D\uDE00\n'],
    ['the first pair, U+10000', 'x: \uD800\uDC00\n'],
    ['the last pair, U+10FFFF', 'x: \uDBFF\uDFFF\n'],
    ['a high surrogate before the last low one', 'x: \uD800\uDFFF\n'],
    ['the last high surrogate before the first low one', 'x: \uDBFF\uDC00\n'],
    ['U+E000, just above the surrogates', 'x: \uE000\n'],
    ['U+FFFD', 'x: \uFFFD\n'],
  ])('accepts %s', (_, text) => {
    expect(firstNonText(text)).toBeUndefined();
  });

  it('accepts an emoji in a note', () => {
    expect(parsePolicy('version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      note: factory \uD83C\uDFED\n', 'p.yml').ok).toBe(true);
  });

  it.each([
    ['a lone low surrogate U+DFFF', 'x: \uDFFF\n', '1:4'],
    ['a lone low surrogate U+DC00', 'x: \uDC00\n', '1:4'],
    ['two low surrogates', 'x: \uDC00\uDC00\n', '1:4'],
    ['a high surrogate before a non-surrogate', 'x: \uD800\uE000\n', '1:4'],
    ['a high surrogate before a letter', 'x: \uDBFFa\n', '1:4'],
    ['a low surrogate after a complete pair', 'x: \uD83D\uDE00\uDC00\n', '1:6'],
  ])('refuses %s', (_, text, position) => {
    expect(where(text)).toBe(`${position} the text contains a broken character (a lone UTF-16 surrogate); save the file as UTF-8.`);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainAscii, unicodePattern } from '../src/model/unicode-pattern.js';

describe('unicodePattern', () => {
  it('builds the pattern on first use and keeps it', () => {
    const cf = unicodePattern(String.raw`\p{Cf}`, 'u');
    const first = cf();
    expect(first.test('\u200D')).toBe(true);
    expect(first.test('a')).toBe(false);
    expect(cf()).toBe(first);
  });

  it('refuses a bad pattern when it is used, naming it', () => {
    const bad = unicodePattern(String.raw`\p{NoSuchCategory}`, 'u');
    expect(() => bad()).toThrow(/NoSuchCategory/);
  });
});

describe('isPlainAscii', () => {
  it.each([
    ['', true],
    ['abc \t\n\x00\x7F', true],
    ['caf\u00E9', false],
    ['\u0080', false],
    ['\u{1F600}', false],
  ])('%j → %s', (text, expected) => {
    expect(isPlainAscii(text)).toBe(expected);
  });

  it('is true exactly when every code unit is below 128 (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => isPlainAscii(s) === [...s].every((c) => c.charCodeAt(0) < 128)));
  });
});

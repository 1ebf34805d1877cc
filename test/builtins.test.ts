/** src/builtins.ts: the values it gives without loading node:os or node:crypto are theirs. */
import { createHash } from 'node:crypto';
import * as os from 'node:os';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EOL, sha256Hex, tmpdir, uuidShaped } from '../src/builtins.js';

describe('src/builtins', () => {
  it("EOL and tmpdir() are node:os's", () => {
    expect(EOL).toBe(os.EOL);
    expect(tmpdir()).toBe(os.tmpdir());
  });

  it('sha256Hex is node:crypto sha256 in hex, of text (as UTF-8) and of bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.uint8Array(), (text, bytes) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
        expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
      }),
    );
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('uuidShaped: a version-4 UUID, lower-case hex, a new one each call', () => {
    const drawn = Array.from({ length: 2000 }, uuidShaped);
    for (const uuid of drawn) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(drawn).size).toBe(drawn.length);
    // Every hex digit turns up in every free position: nothing is stuck or biased to a few values.
    const free = [...Array(36).keys()].filter((i) => ![8, 13, 14, 18, 19, 23].includes(i));
    for (const i of free) expect(new Set(drawn.map((u) => u[i])).size, `position ${i}`).toBe(16);
  });
});

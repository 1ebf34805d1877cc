/** The global fast-check seed from test/setup/fast-check-seed.ts reaches the tests' own fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FC_SEED } from './setup/fast-check-seed.js';

describe('fast-check runs seeded', () => {
  it('every property uses the suite seed unless FC_SEED overrides it', () => {
    const expected = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : DEFAULT_FC_SEED;
    expect(fc.readConfigureGlobal().seed).toBe(expected);
  });

  it('so the same property draws the same values on every run', () => {
    const draw = (): number[] => fc.sample(fc.integer(), { numRuns: 5, seed: fc.readConfigureGlobal().seed ?? Number.NaN });
    const seen: number[] = [];
    fc.assert(fc.property(fc.integer(), (n) => void seen.push(n)), { numRuns: 5 });
    expect(seen).toEqual(draw());
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_REASON_LENGTH } from '../src/decide/reasons.js';
import type { Decision } from '../src/decide/types.js';
import { whyCell } from '../src/plan/render-cells.js';
import { handshake } from './helpers/items.js';

describe('whyCell: the plan comment shows our reason whole, as the job summary does', () => {
  it('a reason of several hundred characters (the longest this release writes, a sender value quoted at its bound) is not cut', () => {
    const reason = `Handshake from organization o-strangerorg01 ${'whose management email is not allowlisted '.repeat(12)}end`;
    expect(reason.length).toBeGreaterThan(300);
    expect(reason.length).toBeLessThan(MAX_REASON_LENGTH);
    const decision = { item: handshake({ id: 'h-examplehandshake01' }), action: 'decline', reason } as unknown as Decision;
    const cell = whyCell(decision, undefined);
    expect(cell).toContain('end');
    expect(cell).not.toContain('…');
  });

  it('a reason past MAX_REASON_LENGTH (read from a tampered file) is still bounded', () => {
    const decision = { item: handshake({ id: 'h-examplehandshake01' }), action: 'decline', reason: 'x'.repeat(5000) } as unknown as Decision;
    expect(Array.from(whyCell(decision, undefined)).length).toBe(MAX_REASON_LENGTH);
  });
});

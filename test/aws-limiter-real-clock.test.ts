/** The rate limiter's real clock: monotonic milliseconds, and a sleep of about the time asked. */
import { describe, expect, it } from 'vitest';
import { realClock } from '../src/aws/call-limiter.js';

describe('realClock', () => {
  it('now() counts milliseconds, with fractions, never backwards', async () => {
    const readings = Array.from({ length: 1000 }, () => realClock.now());
    for (let i = 1; i < readings.length; i++) expect(readings[i]).toBeGreaterThanOrEqual(readings[i - 1] as number);
    const [clockBefore, wallBefore] = [realClock.now(), Date.now()];
    await realClock.sleep(60);
    const [clockSpent, wallSpent] = [realClock.now() - clockBefore, Date.now() - wallBefore];
    // Milliseconds, not seconds or nanoseconds: within a few of the wall clock's count.
    expect(clockSpent).toBeGreaterThanOrEqual(59);
    expect(Math.abs(clockSpent - wallSpent)).toBeLessThan(5);
    expect(readings.some((r) => !Number.isInteger(r))).toBe(true);
  });
});

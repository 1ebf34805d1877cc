/**
 * src/sweep/progress.ts: the edges of the progress line and its estimate of the time left (found by
 * mutation testing, `npm run mutation -- sweep`). The clock is the test's: nothing waits.
 */
import { describe, expect, it } from 'vitest';
import { PROGRESS_INTERVAL_MS, RegionProgressTracker } from '../src/sweep/progress.js';

const DAY = 86_400_000;
const START = 1_000 * DAY;

function clockAt(start: number): { now: () => number; set(ms: number): void } {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms) };
}

describe('when a progress line is due', () => {
  it('by default every 10 s: not at 9,999 ms, at 10,000 ms, then not again before 20,000 ms', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now);
    expect(PROGRESS_INTERVAL_MS).toBe(10_000);
    clock.set(START + 9_999);
    expect(tracker.page(1, 0, undefined, undefined)).toBeUndefined();
    clock.set(START + 10_000);
    expect(tracker.page(1, 0, undefined, undefined)).toMatchObject({ elapsedMs: 10_000, pages: 2 });
    clock.set(START + 19_999);
    expect(tracker.page(1, 0, undefined, undefined)).toBeUndefined();
    clock.set(START + 20_000);
    expect(tracker.page(1, 0, undefined, undefined)).toMatchObject({ elapsedMs: 20_000, pages: 4 });
  });

  it('after a long silence, one line, then the next at the following interval boundary (no burst of catch-up lines)', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    clock.set(START + 35_000);
    expect(tracker.page(250, 1, undefined, undefined)).toMatchObject({ elapsedMs: 35_000 });
    expect(tracker.page(250, 1, undefined, undefined)).toBeUndefined();
    clock.set(START + 39_999);
    expect(tracker.describe()).toBeUndefined();
    clock.set(START + 40_000);
    expect(tracker.describe()).toMatchObject({ elapsedMs: 40_000, pages: 2, certificates: 500, pending: 1, described: 2 });
  });

  it('a describe can make a line due too, with every count so far', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 1_000);
    tracker.page(250, 7, undefined, undefined);
    tracker.page(100, 9, undefined, undefined);
    tracker.describe();
    clock.set(START + 2_000);
    expect(tracker.describe()).toEqual({ elapsedMs: 2_000, pages: 2, certificates: 350, pending: 9, described: 2, listed: false, pagesPerSecond: 1, remaining: undefined });
  });
});

describe('the estimate from creation dates', () => {
  const oldest = START - 100 * DAY;

  it('needs two pages: a first page that is already due gives no estimate', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    clock.set(START + 10_000);
    const line = tracker.page(250, 0, oldest, oldest + 25 * DAY);
    expect(line).toMatchObject({ pages: 1 });
    expect(line?.remaining).toBeUndefined();
  });

  it('rests on the first page only: when the first page has no dates the oldest is unknown, so no estimate', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 0, undefined, undefined);
    clock.set(START + 5_000);
    tracker.page(250, 0, oldest + 10 * DAY, oldest + 12 * DAY);
    clock.set(START + 10_000);
    const line = tracker.page(250, 0, oldest + 24 * DAY, oldest + 25 * DAY);
    expect(line).toMatchObject({ pages: 3 });
    expect(line?.remaining).toBeUndefined();
  });

  it('the oldest is the first page\'s first date, not a later page\'s', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 0, oldest, oldest + DAY);
    clock.set(START + 10_000);
    // Reached day 50 of the 100 (plus the 10 s since): half read in 10 s, about 10 s left.
    const line = tracker.page(250, 0, oldest + 49 * DAY, oldest + 50 * DAY);
    expect(line?.remaining?.basis).toBe('creation-dates');
    expect(line?.remaining?.ms).toBeGreaterThan(9_990);
    expect(line?.remaining?.ms).toBeLessThan(10_010);
  });

  it('a page without dates keeps how far the listing had come', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 0, oldest, oldest + DAY);
    tracker.page(250, 0, oldest + 49 * DAY, oldest + 50 * DAY);
    clock.set(START + 10_000);
    const line = tracker.page(0, 0, undefined, undefined);
    expect(line?.remaining?.basis).toBe('creation-dates');
    expect(line?.remaining?.ms).toBeGreaterThan(9_990);
    expect(line?.remaining?.ms).toBeLessThan(10_010);
  });

  it('gives none when the listing has not moved past the oldest date, or has reached now or beyond', () => {
    for (const reached of [oldest, START + 10_000, START + DAY]) {
      const clock = clockAt(START);
      const tracker = new RegionProgressTracker(clock.now, 10_000);
      tracker.page(250, 0, oldest, oldest);
      clock.set(START + 10_000);
      const line = tracker.page(250, 0, oldest, reached);
      expect(line).toMatchObject({ pages: 2 });
      expect(line?.remaining).toBeUndefined();
    }
  });

  it('is still the basis while describes run during the listing', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 3, oldest, oldest + DAY);
    tracker.describe();
    tracker.describe();
    clock.set(START + 10_000);
    const line = tracker.page(250, 3, oldest + 24 * DAY, oldest + 25 * DAY);
    expect(line).toMatchObject({ listed: false, described: 2 });
    expect(line?.remaining?.basis).toBe('creation-dates');
  });
});

describe('the estimate from the describes once the listing is done', () => {
  it('counts only the describes since the listing ended', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 30, undefined, undefined);
    for (let i = 0; i < 6; i++) tracker.describe();
    clock.set(START + 1_000);
    tracker.listingDone(30);
    // 4 more in the next 10 s: 20 left at 4 per 10 s is 50 s.
    for (let i = 1; i <= 4; i++) {
      clock.set(START + 1_000 + i * 2_500);
      const line = tracker.describe();
      if (i < 4) expect(line).toBeUndefined();
      else expect(line).toEqual({ elapsedMs: 11_000, pages: 1, certificates: 250, pending: 30, described: 10, listed: true, pagesPerSecond: 1000 / 11_000, remaining: { ms: 50_000, basis: 'describe-rate' } });
    }
  });

  it('gives none before a describe since the listing ended, and none when every one is described', () => {
    const clock = clockAt(START);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    tracker.page(250, 2, START - DAY, START - DAY / 2);
    tracker.describe();
    tracker.listingDone(2);
    clock.set(START + 10_000);
    const before = tracker.page(0, 2, undefined, undefined);
    expect(before).toMatchObject({ listed: true, described: 1 });
    expect(before?.remaining).toBeUndefined();
    clock.set(START + 20_000);
    const after = tracker.describe();
    expect(after).toMatchObject({ listed: true, described: 2 });
    expect(after?.remaining).toBeUndefined();
  });
});

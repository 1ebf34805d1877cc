import { describe, expect, it } from 'vitest';
import { renderRunSummary } from '../src/report/run-summary.js';
import { duration, sweepLogLine } from '../src/report/log-lines.js';
import { RegionProgressTracker } from '../src/sweep/progress.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { oneAccountReport } from './helpers/report.js';

const DAY = 86_400_000;

/** A clock the test moves: epoch milliseconds. */
function clockAt(start: number): { now: () => number; set(ms: number): void } {
  let t = start;
  return { now: () => t, set: (ms) => (t = ms) };
}

describe('RegionProgressTracker', () => {
  it('says nothing before one interval, then once per interval however many pages arrive', () => {
    const clock = clockAt(1_000 * DAY);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    const due: number[] = [];
    for (let page = 1; page <= 300; page++) {
      clock.set(1_000 * DAY + page * 100); // ten pages a second, for 30 s
      if (tracker.page(250, 0, undefined, undefined) !== undefined) due.push(page);
    }
    expect(due).toEqual([100, 200, 300]);
  });

  it('estimates the time left from the creation dates reached when the fleet was created at an even pace', () => {
    const start = 1_000 * DAY;
    const clock = clockAt(start);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    // The fleet spans the 100 days before now; after 10 s the listing has reached day 25 of 100.
    const oldest = start - 100 * DAY;
    clock.set(start + 1_000);
    tracker.page(250, 0, oldest, oldest + DAY);
    clock.set(start + 10_000);
    const line = tracker.page(250, 3, oldest + 24 * DAY, oldest + 25 * DAY);
    expect(line).toMatchObject({ pages: 2, certificates: 500, pending: 3, listed: false, pagesPerSecond: 0.2 });
    // 25 % read in 10 s: 30 s left (the clock moved 10 s, so "now" is a hair later than the fleet's end).
    expect(line?.remaining?.basis).toBe('creation-dates');
    expect(line?.remaining?.ms).toBeGreaterThan(29_900);
    expect(line?.remaining?.ms).toBeLessThan(30_100);
  });

  it('gives no estimate without dates, and the describes pace once the listing is done', () => {
    const start = 1_000 * DAY;
    const clock = clockAt(start);
    const tracker = new RegionProgressTracker(clock.now, 10_000);
    clock.set(start + 5_000);
    tracker.page(250, 40, undefined, undefined);
    clock.set(start + 10_000);
    expect(tracker.page(250, 40, undefined, undefined)?.remaining).toBeUndefined();
    tracker.listingDone(40);
    for (let i = 1; i <= 10; i++) {
      clock.set(start + 10_000 + i * 1_000);
      const line = tracker.describe();
      if (line !== undefined) {
        // 10 described in 10 s since the listing ended, 30 to go: 30 s.
        expect(line).toMatchObject({ listed: true, described: 10, remaining: { ms: 30_000, basis: 'describe-rate' } });
      }
    }
  });
});

describe('progress log lines', () => {
  const base = { type: 'region-progress', account: '111111111111', region: 'eu-west-1', elapsedMs: 95_000, pages: 950, certificates: 237_500, pending: 12, described: 9, listed: false, pagesPerSecond: 10 } as const;

  it('state counts, pace and the time left in our own words', () => {
    expect(sweepLogLine({ ...base, remaining: { ms: 125_000, basis: 'creation-dates' } })).toBe(
      '111111111111 IoT eu-west-1: still listing after 1m 35s: 237,500 certificates on 950 pages (10.0 pages/s), 12 pending so far, 9 described; about 2m 5s left (estimated from the creation dates reached)',
    );
    expect(sweepLogLine({ ...base, remaining: undefined })).toMatch(/time left unknown \(ListCertificates gives no total/);
    expect(sweepLogLine({ ...base, listed: true, remaining: { ms: 3_725_000, basis: 'describe-rate' } })).toBe(
      "111111111111 IoT eu-west-1: listed 237,500 certificates on 950 pages (10.0 pages/s) in 1m 35s; describing: 12 pending, 9 described; about 1h 2m left (at the describes' pace)",
    );
  });

  it('stay inert whatever text reaches them', () => {
    const line = sweepLogLine({ ...base, account: '::add-mask::x', region: 'eu-west-1\n::error::boom', remaining: undefined } as SweepEvent);
    expect(line).not.toMatch(/[\r\n]/);
    expect(line).not.toContain('::');
  });

  it.each([[0, '0s'], [59_400, '59s'], [60_000, '1m 0s'], [3_599_000, '59m 59s'], [7_260_000, '2h 1m']])('duration(%i) = %s', (ms, text) => {
    expect(duration(ms)).toBe(text);
  });
});

describe('phase timings in the job summary', () => {
  const report = (timings?: { inventoryMs: number; decideMs: number; actMs: number }) => ({
    ...oneAccountReport({ mode: 'enforce', generatedAt: '2026-11-21T12:00:00.000Z', policyPath: '.github/inbound-guard.yml', budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results: [], errors: [] }),
    ...(timings === undefined ? {} : { timings }),
  });

  it('says how long each phase took', () => {
    const md = renderRunSummary(report({ inventoryMs: 412_300, decideMs: 40, actMs: 9_260 }));
    expect(md).toContain('<sub>Took 421.6 s: inventory 412.3 s · decide 0.0 s · act 9.3 s</sub>');
  });

  it('says nothing of timings when the report has none (a merged report)', () => {
    expect(renderRunSummary(report())).not.toContain('Took');
  });
});

/**
 * src/aws/call-limiter.ts: survivors of the 2026-11-26 mutation run of src/aws (core). When a token
 * is handed out (part-built tokens, tokens saved while waiting for a slot), fairness between keys
 * queued while the slot was busy, and that a waiting bucket sleeps once per token instead of
 * polling. Fake clock only: times are the fake clock's, never wall time.
 */
import { describe, expect, it } from 'vitest';
import { CallLimiter, type LimiterClock, type Release } from '../src/aws/call-limiter.js';
import { FakeClock, settle } from './helpers/fake-clock.js';

/** Asks for one call of `key`; records the fake time it was let through and keeps its release. */
function askOne(limiter: CallLimiter, clock: FakeClock, key: string, limit: { rate: number; burst: number } | undefined, log: { key: string; at: number; release: Release }[]): void {
  void limiter.acquire(key, limit).then((release) => log.push({ key, at: clock.now(), release }));
}

/** askOne for a call answered as soon as it is let through: its bucket's burst is free again at once. */
function askAnswered(limiter: CallLimiter, clock: FakeClock, key: string, limit: { rate: number; burst: number }, log: { key: string; at: number; release: Release }[]): void {
  void limiter.acquire(key, limit).then((release) => {
    log.push({ key, at: clock.now(), release });
    release();
  });
}

describe('CallLimiter: when the next token comes', () => {
  it('a call that asks when half a token has built up waits only for the other half', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const limit = { rate: 10, burst: 1 };
    const log: { key: string; at: number; release: Release }[] = [];
    askAnswered(limiter, clock, 'a', limit, log);
    await settle();
    await clock.advance(50);
    askAnswered(limiter, clock, 'a', limit, log);
    await clock.advance(200);
    expect(log.map((l) => l.at)).toEqual([0, 100]);
  });

  it('tokens saved up while waiting for a slot are capped at the burst before one is spent', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 1 });
    const limit = { rate: 10, burst: 2 };
    const log: { key: string; at: number; release: Release }[] = [];
    // Another call holds the only slot for ten seconds: `a` has its tokens (2, the burst) but no slot.
    const hog = await limiter.acquire('hog', undefined);
    for (let i = 0; i < 3; i++) askOne(limiter, clock, 'a', limit, log);
    await clock.advance(10_000);
    expect(log).toEqual([]);
    hog();
    await settle();
    log.at(-1)?.release();
    await settle();
    log.at(-1)?.release();
    await clock.advance(200);
    // Ten idle seconds still leave only the burst (2): the third call waits 1/10 s for a token.
    expect(log.map((l) => l.at)).toEqual([10_000, 10_000, 10_100]);
  });

  it('a call that asks while its bucket sleeps does not move the wake-up: one sleep per token', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    // A token every 1.5 ms (fractional times, as performance.now gives).
    const limit = { rate: 1000 / 1.5, burst: 1 };
    const log: { key: string; at: number; release: Release }[] = [];
    askAnswered(limiter, clock, 'a', limit, log);
    askAnswered(limiter, clock, 'a', limit, log);
    await settle();
    await clock.advance(0.7);
    askAnswered(limiter, clock, 'a', limit, log);
    await clock.advance(1.3);
    // The second call was let through when the bucket woke (2 ms: 1.5 rounded up), not earlier.
    expect(log.map((l) => l.at)).toEqual([0, 2]);
  });

  it('does not poll: each waiting call costs one sleep, of the time its token needs', async () => {
    const fake = new FakeClock();
    const sleeps: number[] = [];
    const clock: LimiterClock = { now: () => fake.now(), sleep: (ms) => (sleeps.push(ms), fake.sleep(ms)) };
    const limiter = new CallLimiter({ clock });
    let granted = 0;
    for (let i = 0; i < 4; i++) {
      void limiter.acquire('a', { rate: 10, burst: 1 }).then((release) => {
        granted += 1;
        release();
      });
    }
    await fake.advance(1000);
    expect(granted).toBe(4);
    expect(sleeps).toEqual([100, 100, 100]);
  });
});

describe('CallLimiter: fairness between keys that queued while the slot was busy', () => {
  it('a key that asked many times is served once per turn, not once per ask', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 1 });
    const big = { rate: 1000, burst: 1000 };
    const log: { key: string; at: number; release: Release }[] = [];
    const hog = await limiter.acquire('hog', undefined);
    for (const key of ['a', 'a', 'a', 'b', 'b']) askOne(limiter, clock, key, big, log);
    await settle();
    hog();
    for (let i = 0; i < 5; i++) {
      await settle();
      log.at(-1)?.release();
    }
    await settle();
    expect(log.map((l) => l.key)).toEqual(['a', 'b', 'a', 'b', 'a']);
  });
});

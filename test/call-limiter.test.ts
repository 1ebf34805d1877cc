import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { CallLimiter, type Release } from '../src/aws/call-limiter.js';
import { burstHeadroom, clientLimit, JITTER_SECONDS, QUOTAS, quotaFor, RATE_HEADROOM } from '../src/aws/quotas.js';
import { parseRateLimits } from '../src/inputs/parse-inputs.js';
import { FakeClock, settle } from './helpers/fake-clock.js';

/** Asks for `count` calls of `key` and records, per call, the fake time it was let through. */
function ask(limiter: CallLimiter, clock: FakeClock, key: string, limit: { rate: number; burst: number } | undefined, count: number, releaseAtOnce = true) {
  const grantedAt: number[] = [];
  const releases: Release[] = [];
  for (let i = 0; i < count; i++) {
    void limiter.acquire(key, limit).then((release) => {
      grantedAt.push(clock.now());
      if (releaseAtOnce) release();
      else releases.push(release);
    });
  }
  return { grantedAt, releases };
}

describe('CallLimiter: one token bucket per key', () => {
  it('lets a burst through at once, then one call per 1/rate seconds', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const { grantedAt } = ask(limiter, clock, 'a', { rate: 10, burst: 3 }, 8);
    await settle();
    expect(grantedAt).toEqual([0, 0, 0]);
    await clock.advance(1000);
    expect(grantedAt).toEqual([0, 0, 0, 100, 200, 300, 400, 500]);
  });

  it('counts the calls still in flight against the burst: after a stall, those not yet answered leave that much less to send at once', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const limit = { rate: 10, burst: 9 };
    // Two calls let through and not yet answered (a stalled process may send them only now).
    const early = ask(limiter, clock, 'a', limit, 2, false);
    await settle();
    expect(early.grantedAt).toEqual([0, 0]);
    await clock.advance(10_000);
    // Ten seconds saved up nine tokens, but AWS's bucket holds ten: the two out and seven more fill it.
    const later = ask(limiter, clock, 'a', limit, 9, false);
    await settle();
    expect(later.grantedAt).toEqual(Array(7).fill(10_000));
    // With the burst full of calls in flight, time alone lets nothing through…
    await clock.advance(5_000);
    expect(later.grantedAt).toHaveLength(7);
    // …an answer does, at the bucket's rate from the answer: the call may have reached AWS just then.
    early.releases[0]?.();
    await settle();
    expect(later.grantedAt).toHaveLength(7);
    early.releases[1]?.();
    await clock.advance(1_000);
    expect(later.grantedAt).toEqual([...Array(7).fill(10_000), 15_100, 15_200]);
  });

  it('calls answered after a stall leave none of the stall\'s tokens saved up: they may have reached AWS only then', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const limit = { rate: 10, burst: 9 };
    const early = ask(limiter, clock, 'a', limit, 9, false);
    await settle();
    expect(early.grantedAt).toEqual(Array(9).fill(0));
    await clock.advance(10_000);
    for (const release of early.releases) release();
    const later = ask(limiter, clock, 'a', limit, 9, false);
    await settle();
    expect(later.grantedAt).toEqual([]);
    await clock.advance(1_000);
    expect(later.grantedAt).toEqual([10_100, 10_200, 10_300, 10_400, 10_500, 10_600, 10_700, 10_800, 10_900]);
  });

  it('saves up at most `burst` tokens while idle', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const limit = { rate: 5, burst: 2 };
    ask(limiter, clock, 'a', limit, 2);
    await clock.advance(10_000);
    const { grantedAt } = ask(limiter, clock, 'a', limit, 4);
    await clock.advance(1000);
    // Ten idle seconds are worth 50 tokens, but only 2 are kept: the third call waits 1/5 s.
    expect(grantedAt).toEqual([10_000, 10_000, 10_200, 10_400]);
  });

  it('keeps keys independent: an exhausted bucket does not delay another', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const slow = ask(limiter, clock, '111111111111 us-east-1 iot:DescribeCertificate', { rate: 1, burst: 1 }, 3);
    const other = ask(limiter, clock, '111111111111 eu-west-1 iot:DescribeCertificate', { rate: 1, burst: 1 }, 1);
    const list = ask(limiter, clock, '111111111111 us-east-1 iot:ListCertificates', { rate: 1, burst: 1 }, 1);
    await settle();
    expect(slow.grantedAt).toEqual([0]);
    expect(other.grantedAt).toEqual([0]);
    expect(list.grantedAt).toEqual([0]);
    await clock.advance(2000);
    expect(slow.grantedAt).toEqual([0, 1000, 2000]);
  });

  it('lets the calls of one key through in the order they asked', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const order: number[] = [];
    for (let i = 0; i < 5; i++) void limiter.acquire('k', { rate: 100, burst: 1 }).then((release) => { order.push(i); release(); });
    await clock.advance(100);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('an unlimited key (no quota) needs no token but still a slot', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 2 });
    const { grantedAt, releases } = ask(limiter, clock, 'sts', undefined, 3, false);
    await settle();
    expect(grantedAt).toEqual([0, 0]);
    releases[0]?.();
    await settle();
    expect(grantedAt).toEqual([0, 0, 0]);
  });
});

describe('CallLimiter: one cap on calls in flight', () => {
  it('never has more than maxInFlight calls out, and gives each freed slot to the ready buckets in turn', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 1 });
    const big = { rate: 1000, burst: 1000 };
    const order: string[] = [];
    const releases: Release[] = [];
    for (const key of ['a', 'a', 'a', 'b', 'b', 'b']) {
      void limiter.acquire(key, big).then((release) => {
        order.push(key);
        releases.push(release);
      });
    }
    await settle();
    expect(order).toEqual(['a']);
    for (let i = 0; i < 5; i++) {
      releases.shift()?.();
      await settle();
    }
    // a and b alternate while both wait, instead of a's queue draining first.
    expect(order).toEqual(['a', 'a', 'b', 'a', 'b', 'b']);
    expect(limiter.stats().peakInFlight).toBe(1);
  });

  it('does not hold a slot while waiting for a token, nor a token while waiting for a slot', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 1 });
    // A bucket with no token left must not block a ready one from the only slot...
    ask(limiter, clock, 'empty', { rate: 1, burst: 1 }, 2);
    await settle();
    const ready = ask(limiter, clock, 'ready', { rate: 1, burst: 1 }, 1, false);
    await settle();
    expect(ready.grantedAt).toEqual([0]);
    // ...and a call that got its token goes out at once: while the slot is busy, the waiting call
    // keeps its bucket's token unspent (it is spent at the moment the slot frees).
    await clock.advance(5000);
    const empty = limiter.stats().granted.get('empty');
    expect(empty).toBe(1);
    ready.releases[0]?.();
    await settle();
    expect(limiter.stats().granted.get('empty')).toBe(2);
  });

  it('counts a release once, however often it is called', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock, maxInFlight: 1 });
    const first = await limiter.acquire('x', undefined);
    first();
    first();
    const { grantedAt, releases } = ask(limiter, clock, 'x', undefined, 2, false);
    await settle();
    expect(grantedAt).toHaveLength(1);
    releases[0]?.();
    await settle();
    expect(grantedAt).toHaveLength(2);
  });

  it('refuses a cap that is not a whole number of at least 1', () => {
    throwsWith(() => new CallLimiter({ maxInFlight: 0 }), /at least 1/);
  });
});

describe('quotas', () => {
  it('holds the documented IoT quota (10 TPS per API, account and region) for every API the sweep calls', () => {
    for (const api of ['ListCertificates', 'ListOutgoingCertificates', 'DescribeCertificate', 'RejectCertificateTransfer']) {
      expect(QUOTAS[`iot:${api}`]).toMatchObject({ tps: 10, burst: 10 });
      expect(QUOTAS[`iot:${api}`]?.source).toMatch(/docs\.aws\.amazon\.com/);
    }
    expect(QUOTAS['account:ListRegions']).toMatchObject({ tps: 5, burst: 5 });
  });

  it('keeps the client-side bucket just under the quota', () => {
    expect(clientLimit({ tps: 10, burst: 10 })).toEqual({ rate: 10 * RATE_HEADROOM, burst: 9 });
    expect(RATE_HEADROOM).toBeLessThan(1);
    expect(RATE_HEADROOM).toBeGreaterThanOrEqual(0.99);
    expect(clientLimit({ tps: 1, burst: 1 }).burst).toBe(1);
  });

  it.each([
    [{ tps: 1, burst: 1 }, 1 / 1.1],
    [{ tps: 0.5, burst: 1 }, 1 / 2.1],
    [{ tps: 0.1, burst: 1 }, 1 / 10.1],
  ])('a quota too small to leave jitter out of its burst (%j) spaces requests a jitter further apart instead', (quota, rate) => {
    const limit = clientLimit(quota);
    expect(limit.burst).toBe(1);
    expect(limit.rate).toBeCloseTo(rate, 10);
    // Each request then arrives at least JITTER_SECONDS after AWS's bucket holds a token again.
    expect(1 / limit.rate - 1 / quota.tps).toBeGreaterThanOrEqual(JITTER_SECONDS - 1e-9);
  });

  it('a quota that can spare the jitter keeps its rate (2 TPS, burst 2: one request of headroom)', () => {
    expect(clientLimit({ tps: 2, burst: 2 })).toEqual({ rate: 2 * RATE_HEADROOM, burst: 1 });
  });

  it('leaves a tenth of a second of requests out of the burst, at least one: the jitter it absorbs is a time', () => {
    expect(burstHeadroom(10)).toBe(1);
    expect(burstHeadroom(1)).toBe(1);
    expect(burstHeadroom(11)).toBe(2);
    expect(burstHeadroom(50)).toBe(5);
    expect(clientLimit({ tps: 50, burst: 50 }).burst).toBe(45);
    expect(clientLimit({ tps: 10, burst: 30 }).burst).toBe(29);
  });

  it('holds Security Hub\'s documented rate for its invitation APIs (10 TPS, burst 30), with the source', () => {
    for (const api of ['ListInvitations', 'DeclineInvitations']) {
      expect(QUOTAS[`securityhub:${api}`]).toMatchObject({ tps: 10, burst: 30 });
      expect(QUOTAS[`securityhub:${api}`]?.source).toMatch(/securityhub\/1\.0\/APIReference/);
    }
    expect(quotaFor('securityhub', 'ListInvitations')).toMatchObject({ tps: 10, burst: 30 });
    expect(quotaFor('guardduty', 'ListInvitations')).toBeUndefined();
  });

  it.each([
    ['50', 'iot', 'DescribeCertificate', { tps: 50, burst: 50 }],
    ['DescribeCertificate=5', 'iot', 'DescribeCertificate', { tps: 5, burst: 5 }],
    ['ListCertificates=20, DescribeCertificate=3', 'iot', 'ListCertificates', { tps: 20, burst: 20 }],
    ['DescribeCertificate=5', 'iot', 'ListCertificates', { tps: 10, burst: 10 }],
    ['ListInvitations=2', 'securityhub', 'ListInvitations', { tps: 2, burst: 2 }],
    ['ListInvitations=2', 'guardduty', 'ListInvitations', undefined],
    ['ListInvitations=2, DeclineInvitations=2', 'macie2', 'DeclineInvitations', undefined],
    ['ListInvitations=2', 'detective', 'ListInvitations', undefined],
    ['2', 'guardduty', 'ListInvitations', undefined],
    ['50', 'sts', 'GetCallerIdentity', undefined],
    ['', 'sts', 'AssumeRole', undefined],
  ])('rate-limits %j: %s:%s -> %j', (input, service, operation, expected) => {
    const quota = quotaFor(service, operation, parseRateLimits(input));
    expect(quota === undefined ? undefined : { tps: quota.tps, burst: quota.burst }).toEqual(expected);
  });
});

describe('CallLimiter: no call waits for ever', () => {
  // Random asks, answers (each given twice) and clock moves over buckets of every shape — burst 1, a
  // fractional burst, no limit, an unlimited rate — under global caps of 1 to 4: once every call is
  // answered and time passes, every one asked was let through.
  it('every waiter is let through once the calls out are answered and time passes', async () => {
    const limits = [{ rate: 10, burst: 1 }, { rate: 3, burst: 2.5 }, undefined, { rate: Number.POSITIVE_INFINITY, burst: 2 }];
    const op = fc.oneof(
      fc.record({ op: fc.constant('ask' as const), key: fc.integer({ min: 0, max: 3 }), n: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ op: fc.constant('answer' as const), i: fc.nat() }),
      fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 700 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), async (ops, maxInFlight) => {
        const clock = new FakeClock();
        const limiter = new CallLimiter({ clock, maxInFlight });
        let asked = 0;
        let granted = 0;
        const out: Release[] = [];
        for (const o of ops) {
          if (o.op === 'ask') {
            asked += o.n;
            for (let j = 0; j < o.n; j++) {
              void limiter.acquire(`k${o.key}`, limits[o.key]).then((release) => {
                granted += 1;
                out.push(release);
              });
            }
            await settle();
          } else if (o.op === 'answer') {
            const [release] = out.splice(o.i % Math.max(1, out.length), 1);
            release?.();
            release?.();
            await settle();
          } else await clock.advance(o.ms);
        }
        for (let k = 0; k < 200 && granted < asked; k++) {
          while (out.length > 0) out.shift()?.();
          await clock.advance(1000);
        }
        expect(granted).toBe(asked);
      }),
      { numRuns: 200 },
    );
  });
});

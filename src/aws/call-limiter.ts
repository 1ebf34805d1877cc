/**
 * The one gate every AWS call of a run passes, each attempt (retries included): a token bucket per
 * (account, region, API) set just under AWS's quota, and one cap on the calls in flight across the
 * whole run. Imports no SDK; the SDK middleware that uses it is in clients.ts.
 *
 * A call gets its token and its slot at the same moment and is sent right away: a call never holds
 * a token while it waits for a slot (that would let calls of one bucket bunch up and arrive faster
 * than AWS's bucket refills), and never holds a slot while it waits for a token (that would let one
 * slow bucket starve the others).
 *
 * A call let through but not yet answered may not have reached AWS: a process that stalls (a busy
 * runner, a long pause of the event loop) sends it late, together with the calls whose tokens its
 * bucket saved up meanwhile, and AWS's bucket holds no more than its burst. So a bucket's tokens and
 * its calls in flight together stay within its burst: after a stall, the calls still out count
 * against the burst that follows.
 */
import type { BucketLimit } from './quotas.js';

/** Time for the limiter: milliseconds from any fixed origin, and a way to wait. Tests pass a fake. */
export interface LimiterClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: LimiterClock = {
  // process.hrtime rather than performance.now: the global `performance` loads node:perf_hooks
  // (and eight modules with it) on first use, after the young generation's V8 flag is set, which
  // makes V8 compile them without their code cache (src/run/aws-run.ts).
  now: () => Number(process.hrtime.bigint()) / 1e6,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Calls in flight at once across the run, every account and region together. Sockets stay under
 * it, and so does the memory of responses being parsed. It hardly ever binds a rate-limited sweep:
 * 64 calls in flight at AWS's 50–100 ms latency are 640–1,280 calls a second, more than a 2-core
 * runner parses (the benchmark prints the rate it reached) and as much as 21 to 42 (account, region)
 * pairs each listing, describing and rejecting at full quota.
 */
export const DEFAULT_MAX_IN_FLIGHT = 64;

/** Given back when the call has its answer (or failed): frees its slot. */
export type Release = () => void;

interface Bucket {
  readonly limit: BucketLimit;
  tokens: number;
  /** When `tokens` was last brought up to date. */
  updated: number;
  readonly waiters: (() => void)[];
  /** In the ready queue: has a token and a waiter, wants a slot. */
  queued: boolean;
  /** A wake-up for the next token is pending. */
  sleeping: boolean;
  /** Calls of this bucket let through and not yet answered. */
  inFlight: number;
}

/** Calls with no quota of their own (STS): always a token, still a slot. */
const UNLIMITED: BucketLimit = { rate: Number.POSITIVE_INFINITY, burst: Number.POSITIVE_INFINITY };
const EPSILON = 1e-9;

export interface CallLimiterStats {
  /** Calls let through, per key. */
  readonly granted: ReadonlyMap<string, number>;
  /** The most calls that were in flight at once. */
  readonly peakInFlight: number;
}

export class CallLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ready: Bucket[] = [];
  private readonly granted = new Map<string, number>();
  private inFlight = 0;
  private peak = 0;
  private readonly maxInFlight: number;
  private readonly clock: LimiterClock;

  constructor(options: { readonly maxInFlight?: number; readonly clock?: LimiterClock } = {}) {
    const max = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
    if (!Number.isInteger(max) || max < 1) throw new Error(`Calls in flight must be a whole number of at least 1, got ${max}.`);
    this.maxInFlight = max;
    this.clock = options.clock ?? realClock;
  }

  /**
   * Resolves when the call may be sent: a token of `key`'s bucket (none needed without a limit) and
   * a slot are both taken. Calls of one key go in the order they asked. Call the returned function
   * once the call has finished.
   */
  acquire(key: string, limit: BucketLimit | undefined): Promise<Release> {
    const bucket = this.bucket(key, limit ?? UNLIMITED);
    return new Promise<Release>((resolve) => {
      bucket.waiters.push(() => {
        this.granted.set(key, (this.granted.get(key) ?? 0) + 1);
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          // The tokens of the time this call was out are counted under the room it left, before it frees
          // its share: it may have reached AWS only now, so that time earns nothing on top of it.
          this.refill(bucket);
          this.inFlight -= 1;
          bucket.inFlight -= 1;
          // Its answer may free room in its bucket's burst (a bucket waiting on that sleeps no timer).
          this.wake(bucket, false);
          this.dispatch();
        });
      });
      this.wake(bucket);
    });
  }

  stats(): CallLimiterStats {
    return { granted: new Map(this.granted), peakInFlight: this.peak };
  }

  private bucket(key: string, limit: BucketLimit): Bucket {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      bucket = { limit, tokens: limit.burst, updated: this.clock.now(), waiters: [], queued: false, sleeping: false, inFlight: 0 };
      this.buckets.set(key, bucket);
    }
    return bucket;
  }

  /** Tokens saved up since the last refill, within what the burst leaves beside the calls in flight. */
  private refill(bucket: Bucket): void {
    const now = this.clock.now();
    const { rate, burst } = bucket.limit;
    const room = burst - bucket.inFlight;
    if (rate === Number.POSITIVE_INFINITY) bucket.tokens = room;
    else bucket.tokens = Math.min(room, bucket.tokens + ((now - bucket.updated) * rate) / 1000);
    bucket.updated = now;
  }

  /** A bucket with waiters: into the ready queue if it has a token, else asleep until it will. */
  private wake(bucket: Bucket, dispatch = true): void {
    if (bucket.waiters.length === 0 || bucket.queued || bucket.sleeping) return;
    this.refill(bucket);
    if (bucket.tokens >= 1 - EPSILON) {
      bucket.queued = true;
      this.ready.push(bucket);
      if (dispatch) this.dispatch();
      return;
    }
    // No room in the burst until a call in flight is answered: its release wakes the bucket.
    if (bucket.limit.burst - bucket.inFlight < 1 - EPSILON) return;
    bucket.sleeping = true;
    const wait = Math.ceil(((1 - bucket.tokens) * 1000) / bucket.limit.rate);
    void this.clock.sleep(wait).then(() => {
      bucket.sleeping = false;
      this.wake(bucket);
    });
  }

  /** Hands free slots to ready buckets, one call each in turn, so no bucket starves another. */
  private dispatch(): void {
    while (this.inFlight < this.maxInFlight && this.ready.length > 0) {
      const bucket = this.ready.shift() as Bucket;
      bucket.queued = false;
      this.refill(bucket);
      const waiter = bucket.waiters.shift();
      if (waiter === undefined) continue;
      bucket.tokens -= 1;
      bucket.inFlight += 1;
      this.inFlight += 1;
      this.peak = Math.max(this.peak, this.inFlight);
      waiter();
      this.wake(bucket, false);
    }
  }
}

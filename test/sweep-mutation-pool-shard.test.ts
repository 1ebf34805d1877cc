/**
 * src/sweep/pool.ts and src/sweep/shard.ts: the edges the older tests left open (found by mutation
 * testing, `npm run mutation -- sweep`). No timers: gates and microtask flushes only.
 */
import { describe, expect, it } from 'vitest';
import { flush, gate } from './helpers/gates.js';
import { mapWithConcurrency, Semaphore, TaskPool } from '../src/sweep/pool.js';
import { MAX_SHARDS, ownsUnit, parseShard } from '../src/sweep/shard.js';
import { rejectsWith, throwsWith } from './helpers/rejections.js';

describe('pool sizes', () => {
  it.each([[0], [-1], [1.5], [Number.NaN]])('a TaskPool of %s is refused, saying what it needs', (size) => {
    throwsWith(() => new TaskPool(size), `Concurrency must be a whole number of at least 1, got ${size}.`);
  });

  it.each([[0], [-2], [2.5], [Number.NaN]])('a Semaphore of %s is refused, saying what it needs', (size) => {
    throwsWith(() => new Semaphore(size), `A semaphore needs a whole number of at least 1 places, got ${size}.`);
  });

  it('mapWithConcurrency says what it needs', async () => {
    await rejectsWith(mapWithConcurrency([1], 0, async (n) => n), 'Concurrency must be a whole number of at least 1, got 0.');
  });

  it('a TaskPool and a Semaphore of 1 run one task at a time', async () => {
    const pool = new TaskPool(1);
    const semaphore = new Semaphore(1);
    const gates = [gate(), gate()];
    const started: string[] = [];
    gates.forEach((g, i) => pool.add(async () => { started.push(`pool ${i}`); await g.promise; }));
    const runs = gates.map((g, i) => semaphore.run(async () => { started.push(`semaphore ${i}`); await g.promise; return i; }));
    await flush();
    expect([...started].sort()).toEqual(['pool 0', 'semaphore 0']);
    gates[0]?.open();
    await flush();
    expect([...started].sort()).toEqual(['pool 0', 'pool 1', 'semaphore 0', 'semaphore 1']);
    gates[1]?.open();
    await pool.drain();
    expect(await Promise.all(runs)).toEqual([0, 1]);
  });
});

describe('the error thrown is the task\'s own', () => {
  // `rejects.toThrow(text)` also passes for a rejection with `undefined`: compare the error itself.
  it('mapWithConcurrency rejects with the very error the first failing task threw', async () => {
    const first = new Error('first');
    const caught = await mapWithConcurrency([0, 1, 2], 1, async (n) => {
      if (n > 0) throw n === 1 ? first : new Error('never started');
      return n;
    }).catch((error: unknown) => error);
    expect(caught).toBe(first);
  });

  it('TaskPool.drain rejects with the very error the first failing task threw', async () => {
    const pool = new TaskPool(1);
    const first = new Error('first');
    pool.add(async () => { throw first; });
    expect(await pool.drain().catch((error: unknown) => error)).toBe(first);
  });
});

describe('TaskPool.drain', () => {
  it('resolves at once when nothing was added, and again after a batch has finished', async () => {
    const pool = new TaskPool(2);
    let drained = false;
    void pool.drain().then(() => (drained = true));
    await flush();
    expect(drained).toBe(true);

    const g = gate();
    let done = false;
    pool.add(async () => { await g.promise; done = true; });
    let second = false;
    void pool.drain().then(() => (second = true));
    await flush();
    expect(second).toBe(false);
    g.open();
    await flush();
    expect(done).toBe(true);
    expect(second).toBe(true);
    await pool.drain();
  });

  it('waits for tasks added while others run, not only the first ones', async () => {
    const pool = new TaskPool(1);
    const order: string[] = [];
    pool.add(async () => {
      order.push('a');
      await Promise.resolve();
      pool.add(async () => { await flush(); order.push('b'); });
    });
    await pool.drain();
    expect(order).toEqual(['a', 'b']);
  });

  it('a pool that has failed refuses new tasks and keeps failing drain with the first error', async () => {
    const pool = new TaskPool(2);
    pool.add(async () => { throw new Error('first'); });
    await rejectsWith(pool.drain(), 'first');
    let ran = false;
    pool.add(async () => { ran = true; });
    await flush();
    expect(ran).toBe(false);
    expect(pool.failed).toBe(true);
    await rejectsWith(pool.drain(), 'first');
  });

  it('a fresh pool has not failed', () => {
    expect(new TaskPool(3).failed).toBe(false);
  });
});

describe('Semaphore', () => {
  it('returns what the task returns and hands a freed place to the next waiter, never more than its size', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const results = await Promise.all(
      Array.from({ length: 7 }, (_, i) =>
        semaphore.run(async () => {
          running += 1;
          peak = Math.max(peak, running);
          for (let k = 0; k < (i % 3) + 1; k++) await Promise.resolve();
          running -= 1;
          return i * 10;
        }),
      ),
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(peak).toBe(2);
    // Both places are free again: two holders get in at once.
    const gates = [gate(), gate()];
    const started: number[] = [];
    const runs = gates.map((g, i) => semaphore.run(async () => { started.push(i); await g.promise; }));
    await flush();
    expect(started).toEqual([0, 1]);
    for (const g of gates) g.open();
    await Promise.all(runs);
  });
});

describe('shard ownership is 32-bit FNV-1a of the unit key, mixed by MurmurHash3\'s finaliser', () => {
  // Published FNV-1a 32-bit test vectors (draft-eastlake-fnv), then fmix32 as MurmurHash3 defines
  // it: the assignment must not depend on the Node version or the machine, so every shard of a
  // matrix agrees on who owns a unit. Pairwise coprime shard counts whose product exceeds 2^32:
  // together they pin the whole hash.
  const COUNTS = [256, 255, 253, 251, 247];
  const fmix32 = (hash: number) => {
    let h = hash;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  it.each([
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('%s: FNV-1a %i, mixed: shard (hash mod n) + 1 of n owns it', (key, fnv) => {
    const hash = fmix32(fnv);
    for (const count of COUNTS) {
      const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) => ownsUnit({ index, count }, key));
      expect(owners).toEqual([(hash % count) + 1]);
    }
  });

  it('one shard of one owns everything', () => {
    expect(['a', 'foobar', '111122223333/global'].every((key) => ownsUnit({ index: 1, count: 1 }, key))).toBe(true);
  });
});

describe('parseShard refuses what is not exactly i/n', () => {
  it.each(['x1/2', '1/2x', '1 2/3', '1/2 3', '1000/1000', '/3', '1/', `1/${MAX_SHARDS + 1}`, '1\\2', '0001/2', '1/0002'])('%s', (text) => {
    throwsWith(() => parseShard(text), `'${text}' is not a shard: write i/n with 1 ≤ i ≤ n ≤ 256`);
  });

  it.each([
    ['\t3/4\n', { index: 3, count: 4 }],
    ['1/256', { index: 1, count: 256 }],
    ['10/12', { index: 10, count: 12 }],
    ['004/005', { index: 4, count: 5 }],
  ])('%j', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flush, gate } from './helpers/gates.js';
import { mapWithConcurrency, Semaphore, TaskPool } from '../src/sweep/pool.js';
import { rejectsWith } from './helpers/rejections.js';

describe('mapWithConcurrency', () => {
  it('never runs more than the limit at once, and returns results in input order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 5 }), { maxLength: 30 }), fc.integer({ min: 1, max: 6 }), async (delays, limit) => {
        let running = 0;
        let peak = 0;
        const results = await mapWithConcurrency(delays, limit, async (delay, index) => {
          running++;
          peak = Math.max(peak, running);
          for (let i = 0; i < delay; i++) await Promise.resolve();
          running--;
          return index * 2;
        });
        expect(results).toEqual(delays.map((_, index) => index * 2));
        expect(peak).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('keeps the limit busy: with limit 3, three tasks start before any finishes', async () => {
    const gates = [gate(), gate(), gate(), gate()];
    const started: number[] = [];
    const done = mapWithConcurrency(gates, 3, async (g, index) => {
      started.push(index);
      await g.promise;
      return index;
    });
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.open();
    await flush();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const g of gates) g.open();
    expect(await done).toEqual([0, 1, 2, 3]);
  });

  it('after a failure starts nothing new, waits for the running tasks, then throws the first error', async () => {
    const slow = gate();
    const started: number[] = [];
    let slowFinished = false;
    const done = mapWithConcurrency([0, 1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      if (n === 0) {
        await slow.promise;
        slowFinished = true;
        return n;
      }
      if (n === 1) throw new Error('task 1 failed');
      return n;
    });
    let settled = false;
    done.catch(() => undefined).finally(() => (settled = true));
    await flush();
    expect(started).toEqual([0, 1]);
    expect(settled).toBe(false);
    slow.open();
    await rejectsWith(done, 'task 1 failed');
    expect(slowFinished).toBe(true);
    expect(started).toEqual([0, 1]);
  });

  it('handles no items', async () => {
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('refuses concurrency %s', async (limit) => {
    await rejectsWith(mapWithConcurrency([1], limit, async (n) => n), /Concurrency/);
  });
});

describe('TaskPool', () => {
  it('runs tasks as they are added, at most `concurrency` at once, in order', async () => {
    const pool = new TaskPool(2);
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    gates.forEach((g, i) => pool.add(async () => { started.push(i); await g.promise; }));
    await flush();
    expect(started).toEqual([0, 1]);
    gates[0]?.open();
    await flush();
    expect(started).toEqual([0, 1, 2]);
    gates[1]?.open();
    gates[2]?.open();
    await pool.drain();
  });

  it('keeps the first failure, starts nothing after it, and throws it from drain once the running ones are done', async () => {
    const pool = new TaskPool(2);
    const slow = gate();
    let finished = false;
    const started: string[] = [];
    pool.add(async () => { started.push('slow'); await slow.promise; finished = true; });
    pool.add(async () => { started.push('bad'); throw new Error('first'); });
    pool.add(async () => { started.push('never'); });
    await flush();
    expect(pool.failed).toBe(true);
    pool.add(async () => { started.push('late'); });
    const drained = pool.drain().catch((error: Error) => error.message);
    slow.open();
    expect(await drained).toBe('first');
    expect(finished).toBe(true);
    expect(started).toEqual(['slow', 'bad']);
  });
});

describe('Semaphore', () => {
  it('lets `size` holders in at once, the rest in the order they came', async () => {
    const semaphore = new Semaphore(2);
    const gates = [gate(), gate(), gate(), gate()];
    const order: number[] = [];
    const runs = gates.map((g, i) => semaphore.run(async () => { order.push(i); await g.promise; }));
    await flush();
    expect(order).toEqual([0, 1]);
    gates[1]?.open();
    await flush();
    expect(order).toEqual([0, 1, 2]);
    gates[0]?.open();
    gates[2]?.open();
    gates[3]?.open();
    await Promise.all(runs);
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it('frees the place of a task that throws', async () => {
    const semaphore = new Semaphore(1);
    await rejectsWith(semaphore.run(async () => { throw new Error('x'); }), 'x');
    expect(await semaphore.run(async () => 'next')).toBe('next');
  });
});

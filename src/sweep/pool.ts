/**
 * `task` applied to every item with at most `concurrency` running at once; results in input order.
 * On the first failure no further items are started; the ones already running are awaited (so nothing
 * is left talking to AWS behind the caller's back) and then that first error is thrown.
 * Tasks that must not stop the others (the act stage) catch their own errors.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new Error(`Concurrency must be a whole number of at least 1, got ${concurrency}.`);
  }
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { readonly error: unknown } | undefined;

  async function worker(): Promise<void> {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, () => worker()));
  if (failure !== undefined) throw failure.error;
  return results;
}

/**
 * Runs tasks as they are added, at most `concurrency` at once, in the order added: for work whose
 * items arrive over time (the certificates of each page). The first failure is kept and stops the
 * tasks not yet started; `drain` then waits for the running ones and throws it. A task never
 * rejects unobserved: its failure is held here until `drain`.
 */
export class TaskPool {
  private readonly queue: (() => Promise<void>)[] = [];
  private running = 0;
  private idle: (() => void)[] = [];
  private failure: { readonly error: unknown } | undefined;
  private readonly concurrency: number;

  constructor(concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new Error(`Concurrency must be a whole number of at least 1, got ${concurrency}.`);
    }
    this.concurrency = concurrency;
  }

  /** Whether a task has failed (no further tasks start). */
  get failed(): boolean {
    return this.failure !== undefined;
  }

  add(task: () => Promise<void>): void {
    if (this.failure !== undefined) return;
    this.queue.push(task);
    this.pump();
  }

  /** Resolves when every task added so far has finished; rejects with the first failure. */
  async drain(): Promise<void> {
    if (this.running > 0 || this.queue.length > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    if (this.failure !== undefined) throw this.failure.error;
  }

  private pump(): void {
    while (this.failure === undefined && this.running < this.concurrency && this.queue.length > 0) {
      const task = this.queue.shift() as () => Promise<void>;
      this.running += 1;
      Promise.resolve()
        .then(task)
        .catch((error: unknown) => {
          this.failure ??= { error };
          this.queue.length = 0;
        })
        .finally(() => {
          this.running -= 1;
          this.pump();
          if (this.running === 0 && this.queue.length === 0) {
            const waiting = this.idle;
            this.idle = [];
            for (const resolve of waiting) resolve();
          }
        });
    }
  }
}

/** At most `size` holders at once; the others wait their turn, first come first served. */
export class Semaphore {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`A semaphore needs a whole number of at least 1 places, got ${size}.`);
    this.free = size;
  }

  /** Runs `task` once a place is free, and frees the place when it settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next !== undefined) next();
      else this.free += 1;
    }
  }
}

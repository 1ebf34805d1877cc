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

import { inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * Awaits `promise` and asserts that it rejects with an `Error` whose message contains `expected`
 * (a string) or matches it (a RegExp); returns that error for further assertions.
 *
 * Use it instead of `await expect(promise).rejects.toThrow(expected)`: in vitest 4 that assertion
 * also passes when the promise rejects with `undefined` or `null` (and with a bare string or a plain
 * object that merely carries the text), so it does not prove the code failed with the right error.
 */
export async function rejectsWith(promise: Promise<unknown>, expected: string | RegExp): Promise<Error> {
  const outcome = await promise.then(
    (value: unknown) => ({ rejected: false as const, value }),
    (error: unknown) => ({ rejected: true as const, error }),
  );
  const wanted = `an Error whose message ${typeof expected === 'string' ? `contains ${JSON.stringify(expected)}` : `matches ${String(expected)}`}`;
  if (!outcome.rejected) expect.fail(`expected the promise to reject with ${wanted}, but it resolved with ${shown(outcome.value)}`);
  const { error } = outcome;
  if (!(error instanceof Error)) expect.fail(`expected the promise to reject with ${wanted}, but it rejected with ${shown(error)}`);
  expect(error.message, `the message of the ${error.name} the promise rejected with`).toMatch(expected);
  return error;
}

function shown(value: unknown): string {
  return inspect(value, { depth: 2, maxStringLength: 300, breakLength: Infinity });
}

/**
 * Calls `fn` and asserts that it throws an `Error` whose message contains `expected` (a string) or
 * matches it (a RegExp); returns that error. Use it instead of `expect(fn).toThrow(expected)`, which
 * in vitest 4 also passes when `fn` throws `undefined` or `null`, as rejectsWith above.
 */
export function throwsWith(fn: () => unknown, expected: string | RegExp): Error {
  const wanted = `an Error whose message ${typeof expected === 'string' ? `contains ${JSON.stringify(expected)}` : `matches ${String(expected)}`}`;
  let thrown: { error: unknown } | undefined;
  let value: unknown;
  try {
    value = fn();
  } catch (error) {
    thrown = { error };
  }
  if (thrown === undefined) expect.fail(`expected the call to throw ${wanted}, but it returned ${shown(value)}`);
  const { error } = thrown;
  if (!(error instanceof Error)) expect.fail(`expected the call to throw ${wanted}, but it threw ${shown(error)}`);
  expect(error.message, `the message of the ${error.name} the call threw`).toMatch(expected);
  return error;
}

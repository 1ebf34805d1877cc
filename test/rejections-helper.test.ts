import { describe, expect, it } from 'vitest';
import { rejectsWith, throwsWith } from './helpers/rejections.js';

/** What `rejectsWith` fails with, as a message (it must fail: a pass is turned into a failure here). */
async function failureOf(check: Promise<unknown>): Promise<string> {
  const outcome = await check.then(() => 'passed', (error: unknown) => (error instanceof Error ? error.message : `non-Error ${String(error)}`));
  expect(outcome).not.toBe('passed');
  return outcome;
}

describe('rejectsWith', () => {
  it('fails when the promise resolves, even with an Error carrying the text', async () => {
    expect(await failureOf(rejectsWith(Promise.resolve('boom'), 'boom'))).toMatch(/expected the promise to reject with an Error whose message contains "boom", but it resolved with 'boom'/);
    expect(await failureOf(rejectsWith(Promise.resolve(new Error('boom')), 'boom'))).toMatch(/but it resolved with Error: boom/);
  });

  it('fails on a rejection with undefined or null (which `rejects.toThrow(text)` lets pass)', async () => {
    expect(await failureOf(rejectsWith(Promise.reject(undefined), 'boom'))).toMatch(/but it rejected with undefined$/);
    expect(await failureOf(rejectsWith(Promise.reject(null), /boom/))).toMatch(/an Error whose message matches \/boom\/, but it rejected with null$/);
  });

  it('fails on a rejection that is not an Error, even one carrying the text', async () => {
    expect(await failureOf(rejectsWith(Promise.reject('boom'), 'boom'))).toMatch(/but it rejected with 'boom'$/);
    expect(await failureOf(rejectsWith(Promise.reject({ message: 'boom' }), /boom/))).toMatch(/but it rejected with \{ message: 'boom' \}$/);
  });

  it('fails on an Error with another message, naming the message it got', async () => {
    expect(await failureOf(rejectsWith(Promise.reject(new Error('bang')), 'boom'))).toMatch(/the message of the Error the promise rejected with: expected 'bang' to match 'boom'/);
    expect(await failureOf(rejectsWith(Promise.reject(new TypeError('boom!')), /^boom$/))).toMatch(/the message of the TypeError the promise rejected with: expected 'boom!' to match \/\^boom\$\//);
  });

  it('takes a string literally, as a part of the message, not as a pattern', async () => {
    expect(await failureOf(rejectsWith(Promise.reject(new Error('abc')), 'a.c'))).toMatch(/expected 'abc' to match 'a\.c'/);
    const error = new Error('after 3 pages (0 items so far); stopping.');
    expect(await rejectsWith(Promise.reject(error), '(0 items so far);')).toBe(error);
  });

  it('accepts an Error (or subclass) whose message contains the text or matches the pattern, and returns it', async () => {
    const error = new Error('it went boom here');
    expect(await rejectsWith(Promise.reject(error), 'went boom')).toBe(error);
    const typeError = new TypeError('boom');
    expect(await rejectsWith(Promise.reject(typeError), /^boom$/)).toBe(typeError);
    expect(await rejectsWith((async () => { throw new RangeError('out of range: 3'); })(), /out of range: \d/)).toBeInstanceOf(RangeError);
  });
});

/** What `throwsWith` fails with, as a message (it must fail). */
function syncFailureOf(check: () => unknown): string {
  try {
    check();
  } catch (error) {
    return error instanceof Error ? error.message : `non-Error ${String(error)}`;
  }
  return expect.fail('throwsWith passed');
}

describe('throwsWith', () => {
  const throwing = (value: unknown) => () => {
    throw value;
  };

  it('fails when the call returns', () => {
    expect(syncFailureOf(() => throwsWith(() => 'boom', 'boom'))).toMatch(/expected the call to throw an Error whose message contains "boom", but it returned 'boom'/);
  });

  it('fails when the call throws undefined, null or a non-Error carrying the text (which `toThrow(text)` lets pass)', () => {
    expect(syncFailureOf(() => throwsWith(throwing(undefined), 'boom'))).toMatch(/but it threw undefined$/);
    expect(syncFailureOf(() => throwsWith(throwing(null), /boom/))).toMatch(/matches \/boom\/, but it threw null$/);
    expect(syncFailureOf(() => throwsWith(throwing('boom'), 'boom'))).toMatch(/but it threw 'boom'$/);
  });

  it('fails on an Error with another message; takes a string literally', () => {
    expect(syncFailureOf(() => throwsWith(throwing(new RangeError('bang')), 'boom'))).toMatch(/the message of the RangeError the call threw: expected 'bang' to match 'boom'/);
    expect(syncFailureOf(() => throwsWith(throwing(new Error('abc')), 'a.c'))).toMatch(/expected 'abc' to match 'a\.c'/);
  });

  it('accepts an Error whose message contains the text or matches the pattern, and returns it', () => {
    const error = new TypeError('it went boom (twice)');
    expect(throwsWith(throwing(error), 'boom (twice)')).toBe(error);
    expect(throwsWith(throwing(error), /^it went/)).toBe(error);
  });
});

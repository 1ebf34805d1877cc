/** Which failed attempts of a write may have made the change before their reply was lost (src/aws/unanswered-attempts.ts). */
import { describe, expect, it } from 'vitest';
import { addUnansweredAttempts, mayHaveBeenMade, unansweredAttempts } from '../src/aws/unanswered-attempts.js';

const awsError = (name: string, status: number): Error => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
const networkError = (code: string): Error => Object.assign(new Error(`connect ${code}`), { code });

describe('mayHaveBeenMade', () => {
  it.each([
    ['a server error', awsError('InternalFailure', 500), true],
    ['service unavailable', awsError('ServiceUnavailable', 503), true],
    ['a connection reset (no answer)', networkError('ECONNRESET'), true],
    ['a timeout (no answer)', networkError('ETIMEDOUT'), true],
    ['an answer the SDK could not read (2xx)', awsError('SerializationError', 200), true],
    ['throttling (refused before any change)', awsError('ThrottlingException', 400), false],
    ['throttling with a 5xx status', awsError('ThrottlingException', 503), false],
    ['a 4xx refusal', awsError('AccessDeniedException', 403), false],
    ['a connection refused (never sent)', networkError('ECONNREFUSED'), false],
    ['a name not resolved (never sent)', networkError('ENOTFOUND'), false],
    ['a name lookup that failed for now (never sent)', networkError('EAI_AGAIN'), false],
  ])('%s → %s', (_case, err, expected) => {
    expect(mayHaveBeenMade(err)).toBe(expected);
  });
});

describe('unansweredAttempts', () => {
  it('counts what was recorded against an outcome, adding up; 0 for anything else', () => {
    const outcome = {};
    expect(unansweredAttempts(outcome)).toBe(0);
    addUnansweredAttempts(outcome, 0);
    expect(unansweredAttempts(outcome)).toBe(0);
    addUnansweredAttempts(outcome, 1);
    addUnansweredAttempts(outcome, 2);
    expect(unansweredAttempts(outcome)).toBe(3);
    expect(unansweredAttempts(undefined)).toBe(0);
    expect(unansweredAttempts('text')).toBe(0);
  });
});

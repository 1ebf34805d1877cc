/**
 * Module-level tables of src/aws read fresh inside a test (vi.resetModules, then import): the error
 * name sets of errors.ts and the listing bounds. Their values are asserted elsewhere too
 * (aws-errors.test.ts, aws-pagination.test.ts), but there the modules load before any test runs;
 * here they load within one, so Stryker's per-test coverage links these module-level mutants to a
 * test that checks every entry (in the 2026-11-26 run they were linked only to aws-effects.test.ts,
 * whose dynamic import first loads them, and which asserts none of them). Also errorName's and
 * errorMessage's edge cases (errors.ts lines 112 and 117).
 */
import { describe, expect, it, vi } from 'vitest';

const named = (name: string): Error => Object.assign(new Error('m'), { name });

describe('errors.ts: every name in each table is classified as its table says', () => {
  it('races, throttling, denied', async () => {
    vi.resetModules();
    const { classifyAwsError } = await import('../src/aws/errors.js');
    const races = [
      'TransferAlreadyCompletedException',
      'ResourceNotFoundException',
      'HandshakeAlreadyInStateException',
      'InvalidHandshakeTransitionException',
      'HandshakeNotFoundException',
      'ResourceShareInvitationAlreadyAcceptedException',
      'ResourceShareInvitationAlreadyRejectedException',
      'ResourceShareInvitationExpiredException',
      'ResourceShareInvitationArnNotFoundException',
      'ConflictException',
      'InvitationNoLongerPending',
    ];
    const throttling = ['ThrottlingException', 'Throttling', 'ThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'SlowDown'];
    const denied = [
      'AccessDeniedException',
      'AccessDenied',
      'UnauthorizedException',
      'UnauthorizedOperation',
      'UnrecognizedClientException',
      'InvalidClientTokenId',
      'InvalidSignatureException',
      'SignatureDoesNotMatch',
      'ExpiredToken',
      'ExpiredTokenException',
      'CredentialsProviderError',
    ];
    const kinds = (names: string[]) => names.map((name) => classifyAwsError(named(name)).kind);
    expect(kinds(races)).toEqual(races.map(() => 'race'));
    expect(kinds(throttling)).toEqual(throttling.map(() => 'throttled'));
    expect(kinds(denied)).toEqual(denied.map(() => 'denied'));
    // Without a name in a table and without a status: a failure, or not-found by its name.
    expect(kinds(['', 'InvitationNotDeclined', 'AccountNotFoundException'])).toEqual(['other', 'other', 'not-found']);
  });
});

describe('errors.ts: names and messages of odd errors', () => {
  it('a plain Error with an empty code keeps the name Error; with a code, the code', async () => {
    const { classifyAwsError } = await import('../src/aws/errors.js');
    expect(classifyAwsError(Object.assign(new Error('boom'), { code: '' })).name).toBe('Error');
    expect(classifyAwsError(Object.assign(new Error('boom'), { code: 42 })).name).toBe('Error');
    expect(classifyAwsError(Object.assign(new Error('boom'), { code: 'ENOTFOUND' })).name).toBe('ENOTFOUND');
    // A named error keeps its name even with a code.
    expect(classifyAwsError(Object.assign(new Error('boom'), { name: 'TimeoutError', code: 'ETIMEDOUT' })).name).toBe('TimeoutError');
  });

  it('an object whose message is not a string has an empty message', async () => {
    const { classifyAwsError, describeAwsError } = await import('../src/aws/errors.js');
    expect(classifyAwsError({ name: 'WeirdError', message: 42 })).toEqual({ kind: 'other', name: 'WeirdError', message: '' });
    expect(describeAwsError({ name: 'WeirdError', message: { text: 'x' } })).toBe('WeirdError');
  });
});

describe('the listing bounds, computed when their modules load', () => {
  it('ListCertificates and ListOutgoingCertificates: 44,000 pages; ListHandshakesForAccount: 10,000', async () => {
    vi.resetModules();
    const pending = await import('../src/aws/iot/list-pending-certificates.js');
    const outgoing = await import('../src/aws/iot/list-outgoing-certificates.js');
    const handshakes = await import('../src/aws/organizations/list-handshakes.js');
    const accounts = await import('../src/aws/organizations/list-accounts.js');
    expect(pending.LIST_CERTIFICATES_MAX_PAGES).toBe(44_000);
    expect(outgoing.LIST_OUTGOING_CERTIFICATES_MAX_PAGES).toBe(44_000);
    expect(handshakes.LIST_HANDSHAKES_MAX_PAGES).toBe(10_000);
    expect(accounts.LIST_ACCOUNTS_MAX_PAGES).toBe(10_000);
  });
});

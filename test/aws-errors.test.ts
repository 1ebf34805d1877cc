import { ResourceNotFoundException, ThrottlingException, TransferAlreadyCompletedException, UnauthorizedException } from '@aws-sdk/client-iot';
import { AccessDeniedException, HandshakeNotFoundException, TooManyRequestsException } from '@aws-sdk/client-organizations';
import { describe, expect, it } from 'vitest';
import { classifyAwsError, describeAwsError, sweepFailure } from '../src/aws/errors.js';
import { limitRejectReason, MAX_REJECT_REASON_LENGTH } from '../src/model/aws-limits.js';

const named = (name: string, message = 'm', status?: number): Error =>
  Object.assign(new Error(message), { name, ...(status === undefined ? {} : { $metadata: { httpStatusCode: status } }) });

describe('classifyAwsError', () => {
  it.each([
    // races: someone else got there first
    [named('TransferAlreadyCompletedException', 'm', 410), 'race', 'TransferAlreadyCompletedException'],
    [named('ResourceNotFoundException', 'm', 404), 'race', 'ResourceNotFoundException'],
    [named('HandshakeAlreadyInStateException'), 'race', 'HandshakeAlreadyInStateException'],
    [named('InvalidHandshakeTransitionException'), 'race', 'InvalidHandshakeTransitionException'],
    [named('HandshakeNotFoundException'), 'race', 'HandshakeNotFoundException'],
    [named('ResourceShareInvitationAlreadyAcceptedException', 'm', 400), 'race', 'ResourceShareInvitationAlreadyAcceptedException'],
    [named('ResourceShareInvitationAlreadyRejectedException', 'm', 400), 'race', 'ResourceShareInvitationAlreadyRejectedException'],
    [named('ResourceShareInvitationExpiredException', 'm', 400), 'race', 'ResourceShareInvitationExpiredException'],
    [named('ResourceShareInvitationArnNotFoundException', 'm', 400), 'race', 'ResourceShareInvitationArnNotFoundException'],
    [named('ConflictException', 'm', 409), 'race', 'ConflictException'],
    [named('InvitationNoLongerPending'), 'race', 'InvitationNoLongerPending'],
    [named('InvitationNotDeclined'), 'other', 'InvitationNotDeclined'],
    // throttling, by name or by status
    [named('ThrottlingException', 'm', 400), 'throttled', 'ThrottlingException'],
    [named('TooManyRequestsException', 'm', 400), 'throttled', 'TooManyRequestsException'],
    [named('SomethingNew', 'm', 429), 'throttled', 'SomethingNew'],
    // denied
    [named('AccessDeniedException', 'm', 400), 'denied', 'AccessDeniedException'],
    [named('UnauthorizedException', 'm', 401), 'denied', 'UnauthorizedException'],
    [named('ExpiredTokenException'), 'denied', 'ExpiredTokenException'],
    [named('UnknownError', 'm', 403), 'denied', 'UnknownError'],
    // other not-found
    [named('AccountNotFoundException'), 'not-found', 'AccountNotFoundException'],
    // failures
    [named('InternalFailureException', 'm', 500), 'other', 'InternalFailureException'],
    [named('ServiceUnavailableException', 'm', 503), 'other', 'ServiceUnavailableException'],
    [named('InvalidRequestException', 'm', 400), 'other', 'InvalidRequestException'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'other', 'ECONNREFUSED'],
    ['a string', 'other', 'Error'],
    [undefined, 'other', 'Error'],
    [null, 'other', 'Error'],
    [{ name: 42 }, 'other', 'Error'],
  ])('%o → %s (%s)', (err, kind, name) => {
    expect(classifyAwsError(err)).toMatchObject({ kind, name });
  });

  it.each([
    [new TransferAlreadyCompletedException({ message: 'done', $metadata: {} }), 'race'],
    [new ResourceNotFoundException({ message: 'gone', $metadata: {} }), 'race'],
    [new HandshakeNotFoundException({ message: 'gone', $metadata: {} }), 'race'],
    [new ThrottlingException({ message: 'slow down', $metadata: {} }), 'throttled'],
    [new TooManyRequestsException({ message: 'slow down', $metadata: {} }), 'throttled'],
    [new UnauthorizedException({ message: 'no', $metadata: {} }), 'denied'],
    [new AccessDeniedException({ message: 'no', $metadata: {} }), 'denied'],
  ])('classifies the SDK exception class %s as %s', (err, kind) => {
    expect(classifyAwsError(err).kind).toBe(kind);
  });

  it('keeps the message as AWS wrote it (an ARN with its ::, a line break): escaping is for each medium that shows it', () => {
    const message = 'User: arn:aws:sts::210987654321:assumed-role/guard/run is not authorized\n::add-mask::x <b>';
    expect(classifyAwsError(named('AccessDeniedException', message))).toEqual({ kind: 'denied', name: 'AccessDeniedException', message });
  });

  it('classifies by the name AWS gave', () => {
    expect(classifyAwsError(named('HandshakeAlreadyInStateException', 'x')).kind).toBe('race');
  });
});

describe('describeAwsError', () => {
  it.each([
    [named('AccessDeniedException', 'not authorized to perform iot:ListCertificates'), 'AccessDeniedException: not authorized to perform iot:ListCertificates'],
    [named('ThrottlingException', ''), 'ThrottlingException'],
    [named('Throttling', 'Throttling'), 'Throttling'],
    ['plain', 'Error: plain'],
  ])('%o → %s', (err, text) => {
    expect(describeAwsError(err)).toBe(text);
  });
});

describe('sweepFailure', () => {
  // One classification gives both: the SweepError's text and the log event's kind, as classifyAwsError tells it.
  it.each([
    [named('AccessDeniedException', 'not authorized to perform sts:AssumeRole'), 'could not assume r: ', { message: 'could not assume r: AccessDeniedException: not authorized to perform sts:AssumeRole', code: 'AccessDeniedException' }, 'denied'],
    [named('ThrottlingException', ''), '', { message: 'ThrottlingException', code: 'ThrottlingException' }, 'throttled'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }), 'ListRegions: ', { message: 'ListRegions: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1', code: 'ECONNREFUSED' }, 'other'],
  ])('%o', (err, prefix, text, kind) => {
    expect(sweepFailure(err, prefix)).toEqual({ text, kind });
    expect(kind).toBe(classifyAwsError(err).kind);
  });
});

describe('limitRejectReason', () => {
  it.each([
    ['', ''],
    ['short', 'short'],
    ['x'.repeat(128), 'x'.repeat(128)],
    ['x'.repeat(129), 'x'.repeat(128)],
    // a surrogate pair straddling the limit is dropped whole, never split
    ['x'.repeat(127) + '😀', 'x'.repeat(127)],
    ['😀'.repeat(100), '😀'.repeat(64)],
  ])('%#', (reason, limited) => {
    const result = limitRejectReason(reason);
    expect(result).toBe(limited);
    expect(result.length).toBeLessThanOrEqual(MAX_REJECT_REASON_LENGTH);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

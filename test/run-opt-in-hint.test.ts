/**
 * run/opt-in-hint.ts: a regional listing answered "security token … invalid" while the same
 * credentials were accepted elsewhere in the account gets the opt-in hint; nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { OPT_IN_HINT, withOptInHint } from '../src/run/opt-in-hint.js';
import type { SweepError } from '../src/sweep/events.js';

const ACCOUNT = '210987654321';
const INVALID = 'The security token included in the request is invalid.';
/** A regional listing that failed with AWS error `code` (SweepError.code) and `message` as the run keeps it. */
const at = (code: string | undefined, message: string, more: Partial<SweepError> = {}): SweepError => ({ service: 'iot', account: ACCOUNT, region: 'ap-east-1', message, ...(code === undefined ? {} : { code }), ...more });

describe('withOptInHint', () => {
  it.each<[string, SweepError, boolean, boolean]>([
    ['UnrecognizedClientException in a region, credentials accepted elsewhere', at('UnrecognizedClientException', `UnrecognizedClientException: ${INVALID}`), true, true],
    ['InvalidClientTokenId (Query APIs), another service', at('InvalidClientTokenId', 'InvalidClientTokenId: The security token included in the request is invalid', { service: 'guardduty' }), true, true],
    ['the name alone', at('UnrecognizedClientException', 'UnrecognizedClientException'), true, true],
    ['nothing else in the account was accepted: the credentials themselves may be bad', at('UnrecognizedClientException', `UnrecognizedClientException: ${INVALID}`), false, false],
    ['another error in a region', at('AccessDeniedException', 'AccessDeniedException: not authorized'), true, false],
    ['the name only inside the text', at('InternalFailure', `InternalFailure: UnrecognizedClientException: ${INVALID}`), true, false],
    ['the name only in the message, no AWS error code (the error is not read from its text)', at(undefined, `UnrecognizedClientException: ${INVALID}`), true, false],
    ['a global listing (handshakes): no region to enable', { service: 'organizations', account: ACCOUNT, code: 'UnrecognizedClientException', message: `UnrecognizedClientException: ${INVALID}` }, true, false],
    ['outside any account (the organization listing)', { service: 'iot', region: 'ap-east-1', code: 'UnrecognizedClientException', message: `UnrecognizedClientException: ${INVALID}` }, true, false],
  ])('%s', (_case, error, acceptedElsewhere, hinted) => {
    const result = withOptInHint(error, acceptedElsewhere);
    expect(result).toEqual(hinted ? { ...error, hint: OPT_IN_HINT } : error);
  });

  it("says what AWS answers in an opt-in region that is not enabled, and where to look", () => {
    expect(OPT_IN_HINT).toContain("This is what AWS answers in an opt-in region the account has not enabled (check the account's Regions settings)");
  });
});

/**
 * run/opt-in-hint.ts: a regional listing answered "security token … invalid" while the same
 * credentials were accepted elsewhere in the account gets the opt-in hint; nothing else does.
 */
import { describe, expect, it } from 'vitest';
import { OPT_IN_HINT, withOptInHint } from '../src/run/opt-in-hint.js';
import type { SweepError } from '../src/sweep/events.js';

const ACCOUNT = '210987654321';
const INVALID = 'The security token included in the request is invalid.';
const at = (message: string, more: Partial<SweepError> = {}): SweepError => ({ service: 'iot', account: ACCOUNT, region: 'ap-east-1', message, ...more });

describe('withOptInHint', () => {
  it.each<[string, SweepError, boolean, boolean]>([
    ['UnrecognizedClientException in a region, credentials accepted elsewhere', at(`UnrecognizedClientException: ${INVALID}`), true, true],
    ['InvalidClientTokenId (Query APIs), another service', at('InvalidClientTokenId: The security token included in the request is invalid', { service: 'guardduty' }), true, true],
    ['the name alone', at('UnrecognizedClientException'), true, true],
    ['nothing else in the account was accepted: the credentials themselves may be bad', at(`UnrecognizedClientException: ${INVALID}`), false, false],
    ['another error in a region', at('AccessDeniedException: not authorized'), true, false],
    ['the name only inside the text', at(`InternalFailure: UnrecognizedClientException: ${INVALID}`), true, false],
    ['a global listing (handshakes): no region to enable', { service: 'organizations', account: ACCOUNT, message: `UnrecognizedClientException: ${INVALID}` }, true, false],
    ['outside any account (the organization listing)', { service: 'iot', region: 'ap-east-1', message: `UnrecognizedClientException: ${INVALID}` }, true, false],
  ])('%s', (_case, error, acceptedElsewhere, hinted) => {
    const result = withOptInHint(error, acceptedElsewhere);
    expect(result).toEqual(hinted ? { ...error, hint: OPT_IN_HINT } : error);
  });

  it("says what AWS answers in an opt-in region that is not enabled, and where to look", () => {
    expect(OPT_IN_HINT).toContain("This is what AWS answers in an opt-in region the account has not enabled (check the account's Regions settings)");
  });
});

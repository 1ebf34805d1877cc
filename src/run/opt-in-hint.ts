/**
 * What a regional listing's "security token … invalid" most likely means. AWS answers an opt-in
 * region the account has not enabled with UnrecognizedClientException (InvalidClientTokenId on
 * Query APIs), exactly as it answers bad credentials; when the same credentials were accepted
 * elsewhere in that account, the region is the likelier cause, and a team should look at the
 * account's Regions settings before chasing its credentials. Pure; no SDK.
 */
import type { SweepError } from '../sweep/events.js';

/** The error names AWS gives in an opt-in region that is not enabled (and for an invalid token anywhere). */
export const OPT_IN_ERROR_NAMES: readonly string[] = ['UnrecognizedClientException', 'InvalidClientTokenId'];

/**
 * The hint, one sentence. The second half is the other cause of the same answer in an enabled
 * opt-in region (IAM SetSecurityTokenServicePreferences): version 1 session tokens from the global
 * STS endpoint are valid only in the regions enabled by default.
 */
export const OPT_IN_HINT =
  "This is what AWS answers in an opt-in region the account has not enabled (check the account's Regions settings); " +
  'if it is enabled, session tokens from the global STS endpoint work there only as version 2 tokens.';

/**
 * `error` with OPT_IN_HINT when it is a regional listing that failed with one of
 * OPT_IN_ERROR_NAMES while `acceptedElsewhere`: the same credentials were accepted by another call
 * in the account (a part read, or the region list listed). Otherwise `error` unchanged.
 */
export function withOptInHint(error: SweepError, acceptedElsewhere: boolean): SweepError {
  if (!acceptedElsewhere || error.region === undefined || error.account === undefined) return error;
  return error.code !== undefined && OPT_IN_ERROR_NAMES.includes(error.code) ? { ...error, hint: OPT_IN_HINT } : error;
}

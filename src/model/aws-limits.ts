// AWS input limits, shared by the policy validator, the act stage and the AWS adapter.
// This module imports no SDK, so the act stage may use it without loading one.

/** RejectCertificateTransfer.rejectReason: at most 128 characters. */
export const MAX_REJECT_REASON_LENGTH = 128;

/**
 * `reason` cut to at most 128 characters, never splitting a surrogate pair: the result is within the
 * limit whether AWS counts UTF-16 code units or code points.
 */
export function limitRejectReason(reason: string): string {
  if (reason.length <= MAX_REJECT_REASON_LENGTH) return reason;
  let cut = '';
  for (const codePoint of reason) {
    if (cut.length + codePoint.length > MAX_REJECT_REASON_LENGTH) break;
    cut += codePoint;
  }
  return cut;
}

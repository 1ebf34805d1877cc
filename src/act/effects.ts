/**
 * The writes an enforce run makes, as the act stage sees them. `awsEffects` (src/aws/effects.ts)
 * implements them against AWS; tests pass fakes. A race (already accepted, cancelled, declined, gone)
 * is thrown as the AWS error it is: the act stage classifies it.
 */
export interface Effects {
  /** In `account` (the destination of the transfer), region `region`. */
  rejectCertificateTransfer(account: string, region: string, certificateId: string, reason: string): Promise<void>;
  /** As `account` (the recipient). */
  declineHandshake(account: string, handshakeId: string): Promise<void>;
}

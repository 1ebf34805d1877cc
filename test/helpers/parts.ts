/** What sweepAccount is asked to read, written the short way tests want it. */
import type { SweepPart } from '../../src/sweep/sweep.js';

/** IoT in these regions (in this order), and the account's handshakes when `handshakes`. */
export function iotAndHandshakes(regions: readonly string[], handshakes: boolean): SweepPart[] {
  return [...regions.map((region) => ({ kind: 'certificate-transfer' as const, service: 'iot' as const, region })), ...(handshakes ? [{ kind: 'handshake' as const, service: 'organizations' as const }] : [])];
}

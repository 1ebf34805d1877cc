import { DeclineHandshakeCommand, type OrganizationsClient } from '@aws-sdk/client-organizations';
import { realClock } from '../call-limiter.js';
import { classifyAwsError } from '../errors.js';
import { addUnansweredAttempts, unansweredAttempts } from '../unanswered-attempts.js';

/**
 * The waits before trying a decline again after ConcurrentModificationException: Organizations
 * answers it while another request is changing the organization ("Try again later"), and the SDK
 * does not retry it. After the last, the error is the write's failure.
 */
export const CONCURRENT_MODIFICATION_WAITS_MS: readonly number[] = [1000, 3000];

/**
 * Declines a handshake this account received. Only the receiving account may call it. The error it
 * throws counts the unanswered attempts of every call it made (unanswered-attempts.ts): a call
 * refused with ConcurrentModificationException may have had an attempt whose decline went through.
 */
export async function declineHandshake(organizations: OrganizationsClient, handshakeId: string, wait: (ms: number) => Promise<void> = realClock.sleep): Promise<void> {
  let unansweredBefore = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      await organizations.send(new DeclineHandshakeCommand({ HandshakeId: handshakeId }));
      return;
    } catch (err) {
      const delay = CONCURRENT_MODIFICATION_WAITS_MS[attempt];
      if (delay === undefined || classifyAwsError(err).name !== 'ConcurrentModificationException') {
        if (typeof err === 'object' && err !== null) addUnansweredAttempts(err, unansweredBefore);
        throw err;
      }
      unansweredBefore += unansweredAttempts(err);
      await wait(delay);
    }
  }
}

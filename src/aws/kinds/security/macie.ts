import { Macie2Client } from '@aws-sdk/client-macie2';
import { classifyAwsError } from '../../errors.js';
import { declineMacieInvitation } from '../../macie/decline-invitation.js';
import { listMacieInvitations } from '../../macie/list-invitations.js';
import type { SecurityServiceCalls } from './service.js';

/**
 * Where Macie is not enabled for the account, its API answers AccessDeniedException (403) with
 * "Macie is not enabled": nothing can be listed there, and no invitation can be accepted before
 * Macie is enabled, so it is "not in use", not a failure. AccessDeniedException is also what an IAM
 * denial is: only that wording says "not enabled", so only it is read so (any other denial fails).
 */
export const macie: SecurityServiceCalls = {
  list: async (clients, region) => {
    try {
      return { invitations: await listMacieInvitations(clients.regional('macie2', Macie2Client, region)) };
    } catch (err) {
      const { name, message } = classifyAwsError(err);
      if (name === 'AccessDeniedException' && /\bMacie is not enabled\b/i.test(message)) return { notInUse: 'Amazon Macie is not enabled in this region for this account' };
      throw err;
    }
  },
  write: (clients, write) => declineMacieInvitation(clients.regional('macie2', Macie2Client, write.region ?? ''), write.target),
};

import { Macie2Client } from '@aws-sdk/client-macie2';
import { declineMacieInvitation } from '../../macie/decline-invitation.js';
import { listMacieInvitations } from '../../macie/list-invitations.js';
import { notEnabledReason } from '../../../kinds/services.js';
import { listUnlessNotEnabled, type SecurityServiceCalls } from './service.js';

/**
 * Where Macie is not enabled for the account, its API answers AccessDeniedException (HTTP 401 in a
 * real answer, though the model gives the error 403: the status is not relied on) with "Macie is
 * not enabled": nothing can be listed there, and no invitation can be accepted before Macie is
 * enabled, so it is "not in use", not a failure. AccessDeniedException is also what an IAM
 * denial is: only that wording says "not enabled", so only it is read so (any other denial fails).
 */
export const macie: SecurityServiceCalls = {
  list: (clients, region) =>
    listUnlessNotEnabled(() => listMacieInvitations(clients.regional('macie2', Macie2Client, region)), {
      name: 'AccessDeniedException',
      says: /\bMacie is not enabled\b/i,
      reason: notEnabledReason('macie'),
    }),
  write: (clients, write) => declineMacieInvitation(clients.regional('macie2', Macie2Client, write.region ?? ''), write.target),
};

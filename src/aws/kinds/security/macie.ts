import { Macie2Client } from '@aws-sdk/client-macie2';
import { declineMacieInvitation } from '../../macie/decline-invitation.js';
import { listMacieInvitations } from '../../macie/list-invitations.js';
import type { SecurityServiceCalls } from './service.js';

export const macie: SecurityServiceCalls = {
  list: async (clients, region) => ({ invitations: await listMacieInvitations(clients.regional(Macie2Client, region)) }),
  write: (clients, write) => declineMacieInvitation(clients.regional(Macie2Client, write.region ?? ''), write.target),
};

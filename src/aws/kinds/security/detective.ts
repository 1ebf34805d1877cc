import { DetectiveClient } from '@aws-sdk/client-detective';
import { listDetectiveInvitations } from '../../detective/list-invitations.js';
import { rejectDetectiveInvitation } from '../../detective/reject-invitation.js';
import type { SecurityServiceCalls } from './service.js';

/** Detective rejects by behavior graph (the write's target is the graph ARN). */
export const detective: SecurityServiceCalls = {
  list: async (clients, region) => ({ invitations: await listDetectiveInvitations(clients.regional(DetectiveClient, region)) }),
  write: (clients, write) => rejectDetectiveInvitation(clients.regional(DetectiveClient, write.region ?? ''), write.target),
};

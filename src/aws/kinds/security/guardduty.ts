import { GuardDutyClient } from '@aws-sdk/client-guardduty';
import { declineGuardDutyInvitation } from '../../guardduty/decline-invitation.js';
import { listGuardDutyInvitations } from '../../guardduty/list-invitations.js';
import type { SecurityServiceCalls } from './service.js';

export const guardduty: SecurityServiceCalls = {
  list: async (clients, region) => ({ invitations: await listGuardDutyInvitations(clients.regional(GuardDutyClient, region)) }),
  write: (clients, write) => declineGuardDutyInvitation(clients.regional(GuardDutyClient, write.region ?? ''), write.target),
};

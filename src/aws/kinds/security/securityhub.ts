import { SecurityHubClient } from '@aws-sdk/client-securityhub';
import { declineSecurityHubInvitation } from '../../securityhub/decline-invitation.js';
import { listSecurityHubInvitations } from '../../securityhub/list-invitations.js';
import { notEnabledReason } from '../../../kinds/services.js';
import { listUnlessNotEnabled, type SecurityServiceCalls } from './service.js';

/**
 * Where Security Hub is not enabled for the account, ListInvitations fails with
 * InvalidAccessException (401, "… is not subscribed to AWS Security Hub"), an error of its own name
 * (IAM denials are AccessDeniedException): nothing can be listed there, and no invitation can be
 * accepted before Security Hub is enabled, so it is "not in use", not a failure. The model defines
 * InvalidAccessException more widely ("doesn't have permission"): only "not subscribed" is read so.
 */
export const securityhub: SecurityServiceCalls = {
  list: (clients, region) =>
    listUnlessNotEnabled(() => listSecurityHubInvitations(clients.regional('securityhub', SecurityHubClient, region)), {
      name: 'InvalidAccessException',
      says: /\bnot subscribed\b/i,
      reason: notEnabledReason('securityhub'),
    }),
  write: (clients, write) => declineSecurityHubInvitation(clients.regional('securityhub', SecurityHubClient, write.region ?? ''), write.target),
};

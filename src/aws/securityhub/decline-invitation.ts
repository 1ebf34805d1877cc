import { DeclineInvitationsCommand, type SecurityHubClient } from '@aws-sdk/client-securityhub';
import { throwUnprocessed } from '../security/unprocessed.js';
import { unansweredAttempts } from '../unanswered-attempts.js';
import { listSecurityHubInvitations } from './list-invitations.js';

/**
 * Declines the Security Hub invitation from `administratorAccountId` in the client's region. An
 * account reported unprocessed (ProcessingResult) becomes InvitationNoLongerPending (race) or
 * InvitationNotDeclined (failure): see security/unprocessed.ts.
 */
export async function declineSecurityHubInvitation(securityhub: SecurityHubClient, administratorAccountId: string): Promise<void> {
  const answer = await securityhub.send(new DeclineInvitationsCommand({ AccountIds: [administratorAccountId] }));
  const entry = answer.UnprocessedAccounts?.[0];
  if (entry === undefined) return;
  await throwUnprocessed('securityhub', administratorAccountId, entry.ProcessingResult ?? '', () => listSecurityHubInvitations(securityhub), unansweredAttempts(answer));
}

import { DeclineInvitationsCommand, type Macie2Client } from '@aws-sdk/client-macie2';
import { throwUnprocessed } from '../security/unprocessed.js';
import { unansweredAttempts } from '../unanswered-attempts.js';
import { listMacieInvitations } from './list-invitations.js';

/**
 * Declines the Macie invitation from `administratorAccountId` in the client's region. An account
 * Macie reports unprocessed (errorCode ClientError or InternalError, errorMessage) becomes
 * InvitationNoLongerPending (race) or InvitationNotDeclined (failure): see security/unprocessed.ts.
 */
export async function declineMacieInvitation(macie: Macie2Client, administratorAccountId: string): Promise<void> {
  const answer = await macie.send(new DeclineInvitationsCommand({ accountIds: [administratorAccountId] }));
  const entry = answer.unprocessedAccounts?.[0];
  if (entry === undefined) return;
  const reason = [entry.errorCode, entry.errorMessage].filter((part) => part !== undefined && part !== '').join(': ');
  await throwUnprocessed('macie', administratorAccountId, reason, () => listMacieInvitations(macie), unansweredAttempts(answer));
}

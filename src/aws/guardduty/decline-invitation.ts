import { DeclineInvitationsCommand, type GuardDutyClient } from '@aws-sdk/client-guardduty';
import { throwUnprocessed } from '../security/unprocessed.js';
import { unansweredAttempts } from '../unanswered-attempts.js';
import { listGuardDutyInvitations } from './list-invitations.js';

/**
 * Declines the GuardDuty invitation from `administratorAccountId` in the client's region. One
 * account per call, so each invitation gets its own outcome. An account GuardDuty reports
 * unprocessed becomes InvitationNoLongerPending (race) or InvitationNotDeclined (failure): see
 * security/unprocessed.ts.
 */
export async function declineGuardDutyInvitation(guardduty: GuardDutyClient, administratorAccountId: string): Promise<void> {
  const answer = await guardduty.send(new DeclineInvitationsCommand({ AccountIds: [administratorAccountId] }));
  const entry = answer.UnprocessedAccounts?.[0];
  if (entry === undefined) return;
  await throwUnprocessed('guardduty', administratorAccountId, entry.Result ?? '', () => listGuardDutyInvitations(guardduty), unansweredAttempts(answer));
}

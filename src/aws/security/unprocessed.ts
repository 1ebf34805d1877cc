import type { RaceEndState } from '../errors.js';
import { addUnansweredAttempts } from '../unanswered-attempts.js';
import { endStateOf, type SecurityInvitation, type SecurityService } from './security-invitation.js';

/**
 * GuardDuty, Macie and Security Hub DeclineInvitations do not fail for an account they could not
 * decline: they answer 200 with that account in UnprocessedAccounts and a free-text reason. The
 * adapters turn such an answer into one of these errors, so the act stage sees a race or a failure
 * by name like any other AWS error (classifyAwsError): the reason's wording is undocumented and is
 * never parsed.
 */

/**
 * The invitation was no longer pending when we declined it (accepted, declined or withdrawn
 * meanwhile): a race. `endState`, when the listing that told the race also told what became of it
 * (accepted, or gone from the list), so the act stage need not list the region a second time.
 */
export class InvitationNoLongerPendingError extends Error {
  override readonly name = 'InvitationNoLongerPending';
  readonly endState: RaceEndState | undefined;

  constructor(message: string, endState?: RaceEndState) {
    super(message);
    this.endState = endState;
  }
}

/** The service did not decline a still-pending invitation: a failure. */
export class InvitationNotDeclinedError extends Error {
  override readonly name = 'InvitationNotDeclined';
}

const LABEL: Readonly<Record<SecurityService, string>> = {
  guardduty: 'GuardDuty',
  macie: 'Macie',
  securityhub: 'Security Hub',
  detective: 'Detective',
};

/**
 * Called when DeclineInvitations reported `administratorAccountId` unprocessed with `reason`. Lists
 * the invitations again (one more call, only on this path): if none from that account is pending
 * any more, the decline lost a race; if one still is, the decline failed. Always throws.
 * `unanswered`: the attempts of the DeclineInvitations call that went unanswered before its answer
 * (unansweredAttempts of its output), carried by the race error: one of them may have declined it.
 */
export async function throwUnprocessed(
  service: SecurityService,
  administratorAccountId: string,
  reason: string,
  listAgain: () => Promise<readonly SecurityInvitation[]>,
  unanswered = 0,
): Promise<never> {
  const said = `${LABEL[service]} did not decline the invitation from ${administratorAccountId}${reason === '' ? '' : ` (${reason})`}`;
  let found: SecurityInvitation[];
  try {
    found = (await listAgain()).filter((i) => i.administratorAccountId === administratorAccountId);
  } catch (error) {
    throw new InvitationNotDeclinedError(`${said}; listing the invitations again to tell why failed too: ${(error as Error)?.message ?? String(error)}`);
  }
  const endState = endStateOf(found);
  if (endState === 'pending') throw new InvitationNotDeclinedError(`${said}; it is still pending.`);
  const raced = new InvitationNoLongerPendingError(`${said}; it is no longer pending (accepted, declined or withdrawn meanwhile).`, endState);
  addUnansweredAttempts(raced, unanswered);
  throw raced;
}

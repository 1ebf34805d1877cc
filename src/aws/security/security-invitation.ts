/**
 * Administrator invitations of the security services, as plain data. Accepting one makes the
 * inviting account the administrator of this account's findings in that service and region.
 */
import type { RaceEndState } from '../errors.js';

/** GuardDuty, Macie (its API is macie2), Security Hub, Detective. */
export type SecurityService = 'guardduty' | 'macie' | 'securityhub' | 'detective';

export interface SecurityInvitation {
  readonly service: SecurityService;
  /**
   * The inviting account, which would become our administrator: what GuardDuty, Macie and Security
   * Hub DeclineInvitations take. Detective: AdministratorId (older MasterId when absent).
   */
  readonly administratorAccountId: string;
  /**
   * The invitation's id: InvitationId for GuardDuty, Macie and Security Hub (informational: their
   * declines name the administrator instead); for Detective the behavior graph ARN, which
   * RejectInvitation takes.
   */
  readonly invitationId?: string | undefined;
  /** The service's own spelling: Invited, Enabled, Removed, … (Detective: INVITED, ENABLED, …). */
  readonly status: string;
  /** True while it can still be declined: Invited (Detective: INVITED). */
  readonly pending: boolean;
  /** ISO-8601. */
  readonly invitedAt?: string | undefined;
  /** Detective only: the email address the administrator entered for our account (administrator-written). */
  readonly memberEmail?: string | undefined;
}

/**
 * GuardDuty, Macie and Security Hub spell the pending state Invited (Security Hub's own CLI example
 * shows an upper-case ASSOCIATED, so the comparison ignores case); Detective spells it INVITED.
 */
export function isPendingStatus(status: string | undefined): boolean {
  return typeof status === 'string' && status.toLowerCase() === 'invited';
}

/**
 * Statuses that mean the invitation was accepted (the inviter is this account's administrator):
 * GuardDuty Enabled (Disabled once its member stops monitoring), Macie Enabled or Paused, Security
 * Hub ASSOCIATED (formerly ENABLED), Detective ENABLED or ACCEPTED_BUT_DISABLED. Compared ignoring case.
 */
const ACCEPTED_STATUSES: ReadonlySet<string> = new Set(['enabled', 'disabled', 'paused', 'associated', 'accepted_but_disabled']);

/** Whether `status` says the invitation was accepted. */
export function isAcceptedStatus(status: string | undefined): boolean {
  return typeof status === 'string' && ACCEPTED_STATUSES.has(status.toLowerCase());
}

/**
 * What became of an invitation, from a listing after a write: the invitations found for the write's
 * target. None: gone (answered or withdrawn, and no longer listed); one still pending; one accepted;
 * otherwise unknown (listed, answered some other way). For the re-read after a race and for an
 * unprocessed decline alike.
 */
export function endStateOf(found: readonly SecurityInvitation[]): RaceEndState | undefined {
  if (found.length === 0) return 'gone';
  if (found.some((i) => i.pending)) return 'pending';
  return found.some((i) => isAcceptedStatus(i.status)) ? 'accepted' : undefined;
}


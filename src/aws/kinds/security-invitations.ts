/**
 * Security-service invitations with each service's SDK: per service and region, the invitations
 * this account received (ListInvitations), the pending ones as items; declined with
 * DeclineInvitations (Detective: RejectInvitation). Each service's client is loaded on first use, so
 * a policy that governs GuardDuty only loads no Macie, Security Hub or Detective client.
 */
import type { ServiceName } from '../../kinds/services.js';
import { securityWriteTarget, type SecurityInvitationItem, type SecurityServiceName } from '../../model/items.js';
import type { AwsKind } from './kind.js';
import type { SecurityServiceCalls } from './security/service.js';
import { uniqueBy } from '../../model/unique-by.js';
import { compareCodeUnits } from '../../model/code-unit-order.js';
import { sweepPart } from './sweep-part.js';
import { endStateOf } from '../security/security-invitation.js';

const LOADERS: Readonly<Record<SecurityServiceName, () => Promise<SecurityServiceCalls>>> = {
  guardduty: async () => (await import('./security/guardduty.js')).guardduty,
  macie: async () => (await import('./security/macie.js')).macie,
  securityhub: async () => (await import('./security/securityhub.js')).securityhub,
  detective: async () => (await import('./security/detective.js')).detective,
};

function callsOf(service: ServiceName): Promise<SecurityServiceCalls> {
  if (!Object.hasOwn(LOADERS, service)) return Promise.reject(new Error(`${service} is not a security service.`));
  return LOADERS[service as SecurityServiceName]();
}

export const awsSecurityInvitations: AwsKind<SecurityInvitationItem> = {
  name: 'security-invitation',
  sweep: (clients, unit, options) =>
    sweepPart('security-invitation', unit, options, async () => {
      const region = unit.region ?? '';
      const answer = await (await callsOf(unit.service)).list(clients, region);
      if ('notInUse' in answer) return { items: [], listed: 0, vanished: 0, duplicates: 0, notInUse: answer.notInUse };
      const listed = answer.invitations;
      // One invitation per inviting account and service: a repeat is judged once. Repeats are
      // dropped among the pending ones, so an answered invitation listed first cannot hide a pending
      // one from the same account.
      const inviter = (invitation: (typeof listed)[number]): string => invitation.administratorAccountId;
      const unique = uniqueBy(listed, inviter);
      const items: SecurityInvitationItem[] = uniqueBy(
        listed.filter((invitation) => invitation.pending),
        inviter,
      )
        .map((invitation) => ({
          kind: 'security-invitation',
          account: unit.account,
          region,
          service: invitation.service,
          administratorAccountId: invitation.administratorAccountId,
          invitationId: invitation.invitationId,
          status: invitation.status,
          invitedAt: invitation.invitedAt,
          memberEmail: invitation.memberEmail,
        }));
      items.sort((a, b) => compareCodeUnits(a.administratorAccountId, b.administratorAccountId));
      return { items, listed: listed.length, vanished: 0, duplicates: listed.length - unique.length };
    }),
  write: async (clients, write) => (await callsOf(write.service)).write(clients, write),
  // A race (InvitationNoLongerPending, Detective's ConflictException, a 404) says little; listing the
  // region again tells accepted, still pending, answered otherwise, or gone: the invitation whose
  // write target (securityWriteTarget) is the write's.
  endState: async (clients, write) => {
    const answer = await (await callsOf(write.service)).list(clients, write.region ?? '');
    if ('notInUse' in answer) return undefined;
    return endStateOf(answer.invitations.filter((i) => securityWriteTarget(i) === write.target));
  },
};

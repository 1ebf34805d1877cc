/**
 * Administrator invitations of GuardDuty, Macie, Security Hub and Detective, per service, region
 * and member account. One administrator invites a member at most once per service and region
 * (Detective: one behavior graph per administrator and region). A declined invitation is no longer
 * listed (Detective documents this; assumed for the others); a withdrawn one is gone.
 */
import { graphArn } from './ids.ts';
import type { EmulatedSecurityInvitation, SecurityServiceName } from './types.ts';

/** Each service's own spelling of "invited, not answered" and of "accepted". */
export const PENDING_STATUS: Readonly<Record<SecurityServiceName, string>> = {
  guardduty: 'Invited',
  macie2: 'Invited',
  securityhub: 'Invited',
  detective: 'INVITED',
};

export const ACCEPTED_STATUS: Readonly<Record<SecurityServiceName, string>> = {
  guardduty: 'Enabled',
  macie2: 'Enabled',
  securityhub: 'Enabled',
  detective: 'ENABLED',
};

export interface SecurityInvitationRecord {
  service: SecurityServiceName;
  region: string;
  administrator: string;
  member: string;
  /** invitationId; for Detective the graph id (the ARN is built from it). */
  id: string;
  status: string;
  invitedMs: number;
  updatedMs: number;
  email?: string | undefined;
  removed?: 'declined' | 'withdrawn' | undefined;
  removedMs?: number | undefined;
}

export class SecurityInvitationsState {
  private readonly records = new Map<string, SecurityInvitationRecord>();
  /** `${service}|${account}|${region or *}` -> enabled? */
  private readonly enabled = new Map<string, boolean>();

  private static key(service: string, region: string, administrator: string, member: string): string {
    return `${service}|${region}|${administrator}|${member}`;
  }

  add(r: SecurityInvitationRecord): void {
    const key = SecurityInvitationsState.key(r.service, r.region, r.administrator, r.member);
    if (this.records.has(key)) {
      throw new Error(`securityInvitations: ${r.administrator} already invited ${r.member} to ${r.service} in ${r.region} (one invitation per administrator, member, service and region)`);
    }
    this.records.set(key, r);
  }

  /** The invitation from `administrator` to `member`, removed ones included. */
  find(service: SecurityServiceName, region: string, member: string, administrator: string): SecurityInvitationRecord | undefined {
    return this.records.get(SecurityInvitationsState.key(service, region, administrator, member));
  }

  /** What ListInvitations shows `member`: every invitation not removed, newest first. */
  listed(service: SecurityServiceName, region: string, member: string): SecurityInvitationRecord[] {
    return [...this.records.values()]
      .filter((r) => r.service === service && r.region === region && r.member === member && r.removed === undefined)
      .sort((a, b) => b.invitedMs - a.invitedMs || (a.administrator < b.administrator ? -1 : a.administrator > b.administrator ? 1 : 0));
  }

  setEnabled(service: string, account: string, region: string | undefined, enabled: boolean): void {
    this.enabled.set(`${service}|${account}|${region ?? '*'}`, enabled);
  }

  /** Enabled unless a scenario said otherwise for this account (in this region, or in every region). */
  isEnabled(service: string, account: string, region: string): boolean {
    return this.enabled.get(`${service}|${account}|${region}`) ?? this.enabled.get(`${service}|${account}|*`) ?? true;
  }

  remove(r: SecurityInvitationRecord, how: 'declined' | 'withdrawn', nowMs: number): void {
    r.removed = how;
    r.removedMs = nowMs;
  }

  accept(r: SecurityInvitationRecord, nowMs: number): void {
    r.status = ACCEPTED_STATUS[r.service];
    r.updatedMs = nowMs;
  }

  all(): SecurityInvitationRecord[] {
    return [...this.records.values()];
  }
}

export function graphArnOf(r: Pick<SecurityInvitationRecord, 'region' | 'administrator' | 'id'>): string {
  return graphArn(r.region, r.administrator, r.id);
}

export function snapshotSecurityInvitation(r: SecurityInvitationRecord): EmulatedSecurityInvitation {
  const out: EmulatedSecurityInvitation = {
    service: r.service,
    region: r.region,
    administratorAccountId: r.administrator,
    memberAccountId: r.member,
    invitationId: r.service === 'detective' ? graphArnOf(r) : r.id,
    status: r.status,
    invitedAt: new Date(r.invitedMs),
  };
  if (r.email !== undefined) out.email = r.email;
  if (r.removed !== undefined) out.removed = r.removed;
  if (r.removedMs !== undefined) out.removedAt = new Date(r.removedMs);
  return out;
}

/**
 * AWS Organizations state (global): organizations and handshakes, with expiry and the 30-day
 * retention of finished handshakes applied lazily whenever a handshake is read.
 */
import { handshakeArn } from './ids.ts';
import type {
  EmulatedHandshake,
  HandshakeAction,
  HandshakeParty,
  HandshakeResource,
  HandshakeStateName,
} from './types.ts';

export const DAY_MS = 86_400_000;
/** Handshakes in a final state stay listed this long (DeclineHandshake docs). */
export const RETENTION_MS = 30 * DAY_MS;
export const FINAL_STATES: ReadonlySet<HandshakeStateName> = new Set(['CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED']);

export interface Organization {
  id: string;
  managementAccount: string;
  managementEmail: string;
  managementName: string;
  resourceStyle: 'master' | 'management';
  members: Set<string>;
}

export interface HandshakeRecord {
  id: string;
  action: HandshakeAction;
  state: HandshakeStateName;
  requestedMs: number;
  expirationMs: number;
  closedMs?: number | undefined;
  organizationId: string;
  senderAccount: string;
  recipientAccount: string;
  parentHandshakeId?: string | undefined;
  /** The account and organization the ARN names when not the sender's (HandshakeSeed.arnNames). */
  arnNames?: { account: string; organizationId: string } | undefined;
  parties: HandshakeParty[];
  resources: HandshakeResource[];
}

export interface HandshakeDetails {
  organization: Organization;
  recipientAccount: string;
  recipientEmail?: string | undefined;
  resourceStyle?: 'master' | 'management' | undefined;
  notes?: string | undefined;
  transfer?: { id: string; type: string; startMs: number } | undefined;
  parentHandshakeId?: string | undefined;
}

/** Parties and Resources shaped like the ones AWS sends (seeds/DeclineHandshake.txt). */
export function buildParties(d: HandshakeDetails): HandshakeParty[] {
  const target: HandshakeParty = d.recipientEmail
    ? { Type: 'EMAIL', Id: d.recipientEmail }
    : { Type: 'ACCOUNT', Id: d.recipientAccount };
  return [target, { Type: 'ORGANIZATION', Id: d.organization.id }];
}

export function buildResources(action: HandshakeAction, d: HandshakeDetails): HandshakeResource[] {
  const org = d.organization;
  const style = d.resourceStyle ?? org.resourceStyle;
  const prefix = style === 'master' ? 'MASTER' : 'MANAGEMENT';
  const orgDetails: HandshakeResource[] = [];
  if (action === 'TRANSFER_RESPONSIBILITY') orgDetails.push({ Type: 'MANAGEMENT_ACCOUNT', Value: org.managementAccount });
  orgDetails.push({ Type: `${prefix}_EMAIL`, Value: org.managementEmail }, { Type: `${prefix}_NAME`, Value: org.managementName });
  const resources: HandshakeResource[] = [{ Type: 'ORGANIZATION', Value: org.id, Resources: orgDetails }];
  if (action === 'INVITE' || action === 'TRANSFER_RESPONSIBILITY') {
    resources.push(d.recipientEmail ? { Type: 'EMAIL', Value: d.recipientEmail } : { Type: 'ACCOUNT', Value: d.recipientAccount });
  }
  if (action === 'ENABLE_ALL_FEATURES' || action === 'APPROVE_ALL_FEATURES') {
    resources.push({ Type: 'ORGANIZATION_FEATURE_SET', Value: 'ALL' });
  }
  if (action === 'TRANSFER_RESPONSIBILITY' && d.transfer) {
    resources.push({
      Type: 'RESPONSIBILITY_TRANSFER',
      Value: d.transfer.id,
      Resources: [
        { Type: 'TRANSFER_TYPE', Value: d.transfer.type },
        { Type: 'TRANSFER_START_TIMESTAMP', Value: new Date(d.transfer.startMs).toISOString() },
      ],
    });
  }
  if (d.parentHandshakeId) resources.push({ Type: 'PARENT_HANDSHAKE', Value: d.parentHandshakeId });
  if (d.notes !== undefined) resources.push({ Type: 'NOTES', Value: d.notes });
  return resources;
}

export class OrganizationsState {
  readonly organizations = new Map<string, Organization>();
  private readonly handshakes = new Map<string, HandshakeRecord>();

  addOrganization(org: Organization): void {
    if (this.organizations.has(org.id)) throw new Error(`organizations: ${org.id} is defined twice`);
    this.organizations.set(org.id, org);
  }

  /** The organization `account` manages, if any. */
  managedBy(account: string): Organization | undefined {
    for (const org of this.organizations.values()) if (org.managementAccount === account) return org;
    return undefined;
  }

  /**
   * `account` joins `org`, an INVITE accepted: it leaves the organization it was a member of, if any
   * (AcceptHandshake: an account that "departed one organization and joined another"). The member
   * sets are replaced, not changed in place, so a cache of one (org-accounts.ts) sees the change
   * even when an organization loses one member and gains another. A management account cannot
   * join another organization (MasterCannotLeaveOrganizationException): the caller refuses it first.
   */
  join(account: string, org: Organization): void {
    for (const other of this.organizations.values()) {
      if (other !== org && other.members.has(account)) other.members = new Set([...other.members].filter((id) => id !== account));
    }
    if (!org.members.has(account)) org.members = new Set([...org.members, account]);
  }

  memberOf(account: string): Organization | undefined {
    for (const org of this.organizations.values()) {
      if (org.managementAccount === account || org.members.has(account)) return org;
    }
    return undefined;
  }

  /** account -> the handshakes it received or sent, newest first (rebuilt when one is added). */
  private readonly byAccount = new Map<string, HandshakeRecord[]>();

  addHandshake(record: HandshakeRecord): void {
    if (this.handshakes.has(record.id)) throw new Error(`handshakes: ${record.id} is defined twice`);
    this.handshakes.set(record.id, record);
    this.byAccount.delete(record.recipientAccount);
    this.byAccount.delete(record.senderAccount);
  }

  /** The handshake as it is at `nowMs` (expired if past its expiry), or undefined once deleted. */
  get(id: string, nowMs: number): HandshakeRecord | undefined {
    const h = this.handshakes.get(id);
    if (!h) return undefined;
    if ((h.state === 'OPEN' || h.state === 'REQUESTED') && h.expirationMs <= nowMs) {
      h.state = 'EXPIRED';
      h.closedMs = h.expirationMs;
    }
    if (FINAL_STATES.has(h.state) && (h.closedMs ?? nowMs) + RETENTION_MS < nowMs) return undefined;
    return h;
  }

  /**
   * One page of the handshakes `account` received or sent, newest first, strictly after `after`
   * ([RequestedTimestamp ms, id]). O(log n + page) on a cached order; expiry and the 30-day
   * deletion are applied to each item as it is read.
   */
  pageFor(
    account: string,
    after: readonly [number, string] | null,
    max: number,
    nowMs: number,
    keep: (h: HandshakeRecord) => boolean,
  ): { items: HandshakeRecord[]; more: boolean } {
    let sorted = this.byAccount.get(account);
    if (!sorted) {
      sorted = [...this.handshakes.values()].filter((h) => h.recipientAccount === account || h.senderAccount === account).sort(newestFirst);
      this.byAccount.set(account, sorted);
    }
    let lo = 0;
    if (after) {
      let hi = sorted.length;
      const probe = { requestedMs: after[0], id: after[1] };
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (newestFirst(sorted[mid] as HandshakeRecord, probe) > 0) hi = mid;
        else lo = mid + 1;
      }
    }
    const items: HandshakeRecord[] = [];
    for (let i = lo; i < sorted.length; i++) {
      const h = this.get((sorted[i] as HandshakeRecord).id, nowMs);
      if (!h || !keep(h)) continue;
      if (items.length === max) return { items, more: true };
      items.push(h);
    }
    return { items, more: false };
  }

  all(nowMs: number): HandshakeRecord[] {
    return [...this.handshakes.keys()].map((id) => this.get(id, nowMs)).filter((h): h is HandshakeRecord => h !== undefined);
  }

  transition(h: HandshakeRecord, state: HandshakeStateName, nowMs: number): void {
    h.state = state;
    h.closedMs = FINAL_STATES.has(state) ? nowMs : undefined;
  }
}

function newestFirst(a: { requestedMs: number; id: string }, b: { requestedMs: number; id: string }): number {
  return b.requestedMs - a.requestedMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function arnOf(h: HandshakeRecord): string {
  return handshakeArn(h.arnNames?.account ?? h.senderAccount, h.arnNames?.organizationId ?? h.organizationId, h.action, h.id);
}

/** The handshake as the wire shows it (timestamps still as Dates; the server converts). */
export function snapshotHandshake(h: HandshakeRecord): EmulatedHandshake {
  const out: EmulatedHandshake = {
    Id: h.id,
    Arn: arnOf(h),
    Action: h.action,
    State: h.state,
    Parties: structuredClone(h.parties),
    Resources: structuredClone(h.resources),
    RequestedTimestamp: new Date(h.requestedMs),
    ExpirationTimestamp: new Date(h.expirationMs),
    organizationId: h.organizationId,
    senderAccount: h.senderAccount,
    recipientAccount: h.recipientAccount,
  };
  if (h.parentHandshakeId !== undefined) out.parentHandshakeId = h.parentHandshakeId;
  return out;
}

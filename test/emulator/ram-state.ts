/**
 * AWS RAM resource-share invitations, per region (a share and its invitations live in the region
 * they were created in). A PENDING invitation past its expiry reads EXPIRED (applied lazily at read
 * time, like handshakes); a withdrawn one (the sender deleted the share or removed us) is gone.
 */
import type { EmulatedResourceShareInvitation, ResourceShareInvitationStatus } from './types.ts';

export interface SharedResource {
  arn: string;
  type: string;
  status: string;
  statusMessage?: string | undefined;
  scope: 'REGIONAL' | 'GLOBAL';
  resourceGroupArn?: string | undefined;
  creationMs: number;
  lastUpdatedMs: number;
}

export interface RamInvitationRecord {
  arn: string;
  region: string;
  shareArn: string;
  shareName: string;
  sender: string;
  receiver: string;
  receiverArn?: string | undefined;
  status: ResourceShareInvitationStatus;
  invitedMs: number;
  expiresMs: number;
  respondedMs?: number | undefined;
  withdrawn: boolean;
  resources: SharedResource[];
}

/** What an idempotent Accept/Reject answered, replayed for a retry with the same clientToken. */
interface IdempotentReply {
  arn: string;
  body: unknown;
}

export class RamState {
  private readonly byArn = new Map<string, RamInvitationRecord>();
  private readonly replies = new Map<string, IdempotentReply>();

  add(record: RamInvitationRecord): void {
    if (this.byArn.has(record.arn)) throw new Error(`resourceShareInvitations: ${record.arn} is defined twice`);
    this.byArn.set(record.arn, record);
  }

  /** The invitation as it is at `nowMs` (expired if past its expiry), or undefined if unknown or withdrawn. */
  get(arn: string, nowMs: number): RamInvitationRecord | undefined {
    const r = this.byArn.get(arn);
    if (!r || r.withdrawn) return undefined;
    if (r.status === 'PENDING' && r.expiresMs <= nowMs) {
      r.status = 'EXPIRED';
      r.respondedMs = r.expiresMs;
    }
    return r;
  }

  /** Known at all (withdrawn ones included): for telling "not found" from "never existed". */
  raw(arn: string): RamInvitationRecord | undefined {
    return this.byArn.get(arn);
  }

  /** Invitations `account` received in `region`, every status, newest first. */
  received(account: string, region: string, nowMs: number): RamInvitationRecord[] {
    return [...this.byArn.keys()]
      .map((arn) => this.get(arn, nowMs))
      .filter((r): r is RamInvitationRecord => r !== undefined && r.receiver === account && r.region === region)
      .sort((a, b) => b.invitedMs - a.invitedMs || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
  }

  /** True if any invitation (anywhere) belongs to this share. */
  knowsShare(shareArn: string): boolean {
    for (const r of this.byArn.values()) if (r.shareArn === shareArn) return true;
    return false;
  }

  respond(r: RamInvitationRecord, status: 'ACCEPTED' | 'REJECTED' | 'EXPIRED', nowMs: number): void {
    r.status = status;
    r.respondedMs = nowMs;
  }

  withdraw(r: RamInvitationRecord): void {
    r.withdrawn = true;
  }

  reply(key: string): IdempotentReply | undefined {
    return this.replies.get(key);
  }

  remember(key: string, reply: IdempotentReply): void {
    this.replies.set(key, reply);
  }

  all(nowMs: number): RamInvitationRecord[] {
    for (const arn of this.byArn.keys()) this.get(arn, nowMs);
    return [...this.byArn.values()];
  }
}

export function snapshotRamInvitation(r: RamInvitationRecord): EmulatedResourceShareInvitation {
  const out: EmulatedResourceShareInvitation = {
    resourceShareInvitationArn: r.arn,
    resourceShareArn: r.shareArn,
    resourceShareName: r.shareName,
    senderAccountId: r.sender,
    receiverAccountId: r.receiver,
    status: r.status,
    invitationTimestamp: new Date(r.invitedMs),
    region: r.region,
    expiresAt: new Date(r.expiresMs),
    withdrawn: r.withdrawn,
    resources: r.resources.map((s) => ({
      arn: s.arn,
      type: s.type,
      resourceShareArn: r.shareArn,
      status: s.status,
      ...(s.statusMessage === undefined ? {} : { statusMessage: s.statusMessage }),
      resourceRegionScope: s.scope,
      ...(s.resourceGroupArn === undefined ? {} : { resourceGroupArn: s.resourceGroupArn }),
      creationTime: new Date(s.creationMs),
      lastUpdatedTime: new Date(s.lastUpdatedMs),
    })),
  };
  if (r.receiverArn !== undefined) out.receiverArn = r.receiverArn;
  if (r.respondedMs !== undefined) out.respondedAt = new Date(r.respondedMs);
  return out;
}

/**
 * Everything the emulator knows: accounts and their keys, IoT regions, Organizations, RAM and
 * security-service invitations, and the scenario settings. `seed()` applies a scenario (from a file at start, or a patch at run time).
 */
import { Estate } from './estate.ts';
import { ACCOUNT_ID, newCertificateId, newHandshakeId, newTransferId } from './ids.ts';
import { RegionState, type CertRecord } from './iot-state.ts';
import { expandGeneratedMembers } from './members.ts';
import { seedInvitations } from './invitations-seed.ts';
import { DAY_MS, FINAL_STATES, OrganizationsState, buildParties, buildResources, type Organization } from './org-state.ts';
import { RamState } from './ram-state.ts';
import { SecurityInvitationsState } from './security-state.ts';
import { createRng, sha256Hex, type Rng } from './random.ts';
import { validateScenario } from './scenario.ts';
import { resolveTime } from './time.ts';
import type { CertificateSeed, HandshakeSeed, PendingOwnerField, Scenario } from './types.ts';

export interface AccountInfo {
  id: string;
  email?: string | undefined;
  name?: string | undefined;
  arn?: string | undefined;
}

export interface Caller {
  account: string;
  region: string;
  accessKeyId: string;
  arn: string;
}

export class World {
  readonly rng: Rng;
  readonly seedValue: number;
  defaultAccount: string | undefined;
  defaultRegion = 'us-east-1';
  pendingOwnerField: PendingOwnerField = 'ownedBy';
  readonly accounts = new Map<string, AccountInfo>();
  /** access key id -> account (and the Arn GetCallerIdentity reports). */
  readonly keys = new Map<string, { account: string; arn?: string | undefined }>();
  readonly regions = new Map<string, RegionState>();
  readonly orgs = new OrganizationsState();
  /** Account states, opt-in regions, delegated administrators, assumable roles, STS sessions. */
  readonly estate = new Estate();
  /** RAM resource-share invitations (regional, by ARN). */
  readonly ram = new RamState();
  /** GuardDuty / Macie / Security Hub / Detective administrator invitations. */
  readonly security = new SecurityInvitationsState();
  /** The clock everything reads; tests may replace it. */
  now: () => number = () => Date.now();

  constructor(seed: number) {
    this.seedValue = seed;
    this.rng = createRng(seed);
  }

  /**
   * `account` accepts the INVITE of `organizationId` at `nowMs`: it joins that organization
   * (leaving its own, OrganizationsState.join), and ListAccounts then shows it joined now, INVITED.
   */
  joinByInvite(account: string, organizationId: string, nowMs: number): void {
    const org = this.orgs.organizations.get(organizationId);
    if (org === undefined) return;
    this.orgs.join(account, org);
    this.estate.recordJoin(account, nowMs, 'INVITED');
  }

  region(name: string): RegionState {
    let state = this.regions.get(name);
    if (!state) this.regions.set(name, (state = new RegionState(name)));
    return state;
  }

  /** The account an access key id acts as: the credentials table, or AKIA/ASIA + 12 digits + anything. */
  accountForKey(accessKeyId: string): { account: string; arn?: string | undefined } | undefined {
    const listed = this.keys.get(accessKeyId);
    if (listed) return listed;
    const match = /^(?:AKIA|ASIA)(\d{12})[A-Z0-9]*$/.exec(accessKeyId);
    return match ? { account: match[1] as string } : undefined;
  }

  /** Credentials that act as `account`: AKIA + the account id + EMUL (20 characters, like a real key id). */
  credentialsFor(account: string): { accessKeyId: string; secretAccessKey: string } {
    if (!ACCOUNT_ID.test(account)) throw new Error(`credentials: "${account}" is not a 12-digit account id`);
    return { accessKeyId: `AKIA${account}EMUL`, secretAccessKey: `emulator-secret-${account}-${sha256Hex(account).slice(0, 16)}` };
  }

  /** What GetCallerIdentity reports: a role session, as a workflow using OIDC would have. */
  callerArn(account: string, listedArn?: string): string {
    return listedArn ?? this.accounts.get(account)?.arn ?? `arn:aws:sts::${account}:assumed-role/inbound-guard-emulator/emulator-session`;
  }

  // ------------------------------------------------------------ seeding

  seed(raw: Partial<Scenario>, source = 'seed()'): void {
    const s = expandGeneratedMembers(validateScenario(raw, source));
    const now = this.now();
    if (s.defaultAccount !== undefined) this.defaultAccount = s.defaultAccount;
    if (s.defaultRegion !== undefined) this.defaultRegion = s.defaultRegion;
    if (s.pendingOwnerField !== undefined) this.pendingOwnerField = s.pendingOwnerField;
    for (const [key, value] of Object.entries(s.credentials ?? {})) {
      this.keys.set(key, typeof value === 'string' ? { account: value } : { account: value.account, arn: value.arn });
    }
    for (const a of s.accounts ?? []) this.accounts.set(a.id, { ...this.accounts.get(a.id), ...a });
    for (const o of s.organizations ?? []) {
      const org: Organization = {
        id: o.id,
        managementAccount: o.managementAccount,
        managementEmail: o.managementEmail ?? this.accounts.get(o.managementAccount)?.email ?? `aws-root+${o.managementAccount}@example.com`,
        managementName: o.managementName ?? this.accounts.get(o.managementAccount)?.name ?? 'Management account',
        resourceStyle: o.resourceStyle ?? 'management',
        members: new Set(o.members ?? []),
      };
      this.orgs.addOrganization(org);
    }
    (s.fleets ?? []).forEach((f, i) => {
      const from = resolveTime(f.createdFrom, now - 900 * DAY_MS, now, `fleets[${i}].createdFrom`);
      const to = resolveTime(f.createdTo, now - DAY_MS, now, `fleets[${i}].createdTo`);
      this.region(f.region ?? this.defaultRegion).addFleet(f.account, f.count, from, to, f.statuses ?? { ACTIVE: 1 }, this.seedValue);
    });
    (s.certificates ?? []).forEach((c, i) => this.seedCertificate(c, `certificates[${i}]`, now));
    (s.handshakes ?? []).forEach((h, i) => this.seedHandshake(h, `handshakes[${i}]`, now));
    this.estate.seed(s, now);
    seedInvitations(this, s, now);
  }

  private seedCertificate(c: CertificateSeed, path: string, now: number): void {
    const region = this.region(c.region ?? this.defaultRegion);
    const t = c.transfer;
    const finished = t !== undefined && (t.rejectedAt !== undefined || t.acceptedAt !== undefined);
    const status = c.status ?? (t && !finished ? 'PENDING_TRANSFER' : 'ACTIVE');
    if (status === 'PENDING_TRANSFER' && (!t || finished)) throw new Error(`${path}: status PENDING_TRANSFER needs a pending transfer (transfer.to, without rejectedAt/acceptedAt)`);
    const batch: CertRecord[] = [];
    const [createdPath, atPath] = [`${path}.createdAt`, `${path}.transfer.at`];
    for (let n = 0; n < (c.count ?? 1); n++) {
      const creationMs = resolveTime(c.createdAt, now - (30 + this.rng.int(600)) * DAY_MS - this.rng.int(DAY_MS), now, createdPath);
      const transferMs = t ? resolveTime(t.at, now - this.rng.int(7 * DAY_MS), now, atPath) : 0;
      // Every field present from the start: one object shape for all records keeps sorting fast.
      const record: CertRecord = {
        id: c.id ?? newCertificateId(this.rng),
        region: region.region,
        creationMs,
        owner: c.owner,
        previousOwner: c.previousOwner,
        status,
        lastModifiedMs: Math.max(creationMs, transferMs),
        mode: c.mode ?? 'DEFAULT',
        caCertificateId: c.caCertificateId,
        transfer: t
          ? {
              from: c.owner,
              to: t.to,
              message: t.message,
              transferMs,
              acceptMs: t.acceptedAt === undefined ? undefined : resolveTime(t.acceptedAt, now, now, `${path}.transfer.acceptedAt`),
              rejectMs: t.rejectedAt === undefined ? undefined : resolveTime(t.rejectedAt, now, now, `${path}.transfer.rejectedAt`),
              rejectReason: t.rejectReason,
              cancelMs: undefined,
            }
          : undefined,
        customerVersion: 1,
        fleetAccount: undefined,
        virtual: false,
      };
      batch.push(record);
    }
    region.addRecords(batch);
  }

  private seedHandshake(h: HandshakeSeed, path: string, now: number): void {
    const org = this.orgs.organizations.get(h.organization);
    if (!org) throw new Error(`${path}.organization: "${h.organization}" is not listed under organizations`);
    if ((h.count ?? 1) > 1 && h.id !== undefined) throw new Error(`${path}: give either id or count > 1, not both`);
    const state = h.state ?? 'OPEN';
    const recipientOrg = h.arnNames === 'recipient' ? this.orgs.managedBy(h.to) : undefined;
    if (h.arnNames === 'recipient' && !recipientOrg) throw new Error(`${path}.arnNames: recipient, but "${h.to}" manages no organization listed under organizations`);
    const arnNames = recipientOrg ? { account: recipientOrg.managementAccount, organizationId: recipientOrg.id } : undefined;
    for (let n = 0; n < (h.count ?? 1); n++) {
      const requestedMs = resolveTime(h.requestedAt, now - this.rng.int(5 * DAY_MS), now, `${path}.requestedAt`);
      const lifetime = h.action === 'ENABLE_ALL_FEATURES' || h.action === 'APPROVE_ALL_FEATURES' ? 90 * DAY_MS : 15 * DAY_MS;
      const expirationMs = resolveTime(h.expiresAt, requestedMs + lifetime, now, `${path}.expiresAt`);
      const details = {
        organization: org,
        recipientAccount: h.to,
        recipientEmail: h.toEmail,
        resourceStyle: h.resourceStyle,
        notes: h.notes,
        parentHandshakeId: h.parentHandshakeId,
        transfer:
          h.action === 'TRANSFER_RESPONSIBILITY'
            ? {
                id: h.transfer?.id ?? newTransferId(this.rng),
                type: h.transfer?.type ?? 'BILLING',
                startMs: resolveTime(h.transfer?.startAt, requestedMs + 30 * DAY_MS, now, `${path}.transfer.startAt`),
              }
            : undefined,
      };
      const closedDefault = state === 'EXPIRED' ? Math.min(expirationMs, now) : now;
      this.orgs.addHandshake({
        id: h.id ?? newHandshakeId(this.rng),
        action: h.action,
        state,
        requestedMs,
        expirationMs: state === 'EXPIRED' ? Math.min(expirationMs, now) : expirationMs,
        closedMs: FINAL_STATES.has(state) ? resolveTime(h.closedAt, closedDefault, now, `${path}.closedAt`) : undefined,
        organizationId: org.id,
        senderAccount: org.managementAccount,
        recipientAccount: h.to,
        parentHandshakeId: h.parentHandshakeId,
        arnNames,
        parties: h.parties ?? buildParties(details),
        resources: h.resources ?? buildResources(h.action, details),
      });
    }
  }
}

/**
 * The accounts around the ones being guarded: lifecycle states (Organizations ListAccounts),
 * region opt-in statuses (Account ListRegions, and which regions a call may use), delegated
 * administrators, the IAM roles other accounts may assume (STS AssumeRole) and the sessions
 * AssumeRole handed out. Everything is looked up per account on demand, so an organization of
 * thousands of generated members costs a few map entries each.
 */
import { COMMERCIAL_REGIONS, isOptInRegion } from './aws-regions.ts';
import type { OrganizationsState } from './org-state.ts';
import { sha256Hex } from './random.ts';
import { resolveTime } from './time.ts';
import type { AccountSelector, AccountStateName, AssumedSession, RegionOptStatusName, RoleSeed, Scenario } from './types.ts';

const DAY_MS = 86_400_000;

export class Estate {
  private readonly states = new Map<string, AccountStateName>();
  private readonly joined = new Map<string, { ms?: number; method?: 'INVITED' | 'CREATED' }>();
  private readonly optIns = new Map<string, Map<string, RegionOptStatusName>>();
  private readonly delegated = new Map<string, Set<string>>();
  private readonly fields = new Map<string, 'both' | 'state' | 'status'>();
  private readonly roles: RoleSeed[] = [];
  readonly sessions: AssumedSession[] = [];
  /** When the first scenario was seeded: the reference for derived join dates. */
  private seededAtMs: number | undefined;

  seed(s: Scenario, nowMs: number): void {
    this.seededAtMs ??= nowMs;
    (s.accounts ?? []).forEach((a, i) => {
      if (a.state !== undefined) this.states.set(a.id, a.state);
      if (a.joinedAt !== undefined || a.joinedMethod !== undefined) {
        const previous = this.joined.get(a.id) ?? {};
        const ms = a.joinedAt === undefined ? previous.ms : resolveTime(a.joinedAt, nowMs, nowMs, `accounts[${i}].joinedAt`);
        this.joined.set(a.id, { ...previous, ...(ms === undefined ? {} : { ms }), ...(a.joinedMethod ? { method: a.joinedMethod } : {}) });
      }
      if (a.regions) {
        const map = this.optIns.get(a.id) ?? new Map<string, RegionOptStatusName>();
        for (const [region, status] of Object.entries(a.regions)) map.set(region, status);
        this.optIns.set(a.id, map);
      }
    });
    for (const o of s.organizations ?? []) {
      if (o.delegatedAdministrators) this.delegated.set(o.id, new Set(o.delegatedAdministrators));
      if (o.accountFields) this.fields.set(o.id, o.accountFields);
    }
    this.roles.push(...(s.roles ?? []));
  }

  // ------------------------------------------------------------ accounts

  state(account: string): AccountStateName {
    return this.states.get(account) ?? 'ACTIVE';
  }

  /** Default: 30..630 days before seeding for members, 700..900 for a management account (it came first). */
  joinedMs(account: string, isManagement = false): number {
    const set = this.joined.get(account)?.ms;
    if (set !== undefined) return set;
    const spread = parseInt(sha256Hex(`joined|${account}`).slice(0, 8), 16);
    const days = isManagement ? 700 + (spread % 200) : 30 + (spread % 600);
    return (this.seededAtMs ?? 0) - days * DAY_MS;
  }

  /** `account` joined an organization at `ms` by `method` (an INVITE accepted: INVITED), as ListAccounts then says. */
  recordJoin(account: string, ms: number, method: 'INVITED' | 'CREATED'): void {
    this.joined.set(account, { ms, method });
  }

  joinedMethod(account: string, isManagement: boolean): 'INVITED' | 'CREATED' {
    return this.joined.get(account)?.method ?? (isManagement ? 'INVITED' : 'CREATED');
  }

  isDelegatedAdministrator(organizationId: string, account: string): boolean {
    return this.delegated.get(organizationId)?.has(account) ?? false;
  }

  accountFields(organizationId: string): 'both' | 'state' | 'status' {
    return this.fields.get(organizationId) ?? 'both';
  }

  // ------------------------------------------------------------ regions

  /** The account's status for a commercial region; undefined for regions ListRegions does not know (other partitions, made-up names). */
  regionStatus(account: string, region: string): RegionOptStatusName | undefined {
    if (!COMMERCIAL_REGIONS.includes(region)) return undefined;
    if (!isOptInRegion(region)) return 'ENABLED_BY_DEFAULT';
    return this.optIns.get(account)?.get(region) ?? 'DISABLED';
  }

  regions(account: string): { RegionName: string; RegionOptStatus: RegionOptStatusName }[] {
    return COMMERCIAL_REGIONS.map((r) => ({ RegionName: r, RegionOptStatus: this.regionStatus(account, r) as RegionOptStatusName }));
  }

  /** A regional call may be made there: default regions, enabled opt-in regions, and regions outside the commercial list. */
  regionUsable(account: string, region: string): boolean {
    const status = this.regionStatus(account, region);
    return status === undefined || status === 'ENABLED' || status === 'ENABLED_BY_DEFAULT';
  }

  // ------------------------------------------------------------ roles

  /** The role `name` in `account`: the last rule that covers both, or undefined (the role does not exist). */
  role(account: string, name: string, orgs: OrganizationsState): RoleSeed | undefined {
    for (let i = this.roles.length - 1; i >= 0; i--) {
      const rule = this.roles[i] as RoleSeed;
      if (rule.name !== name || rule.except?.includes(account)) continue;
      if (selects(rule.accounts, account, orgs)) return rule;
    }
    return undefined;
  }
}

export function selects(selector: AccountSelector, account: string, orgs: OrganizationsState): boolean {
  if (selector === '*') return true;
  if (Array.isArray(selector)) return selector.includes(account);
  const org = orgs.organizations.get(selector.organization);
  return org !== undefined && (org.managementAccount === account || org.members.has(account));
}

/**
 * Whether a trust policy principal admits the caller: `*`; an account id or
 * `arn:aws:iam::<id>:root` (every principal of that account); a role ARN (any session of the
 * role, whatever its path); any other ARN exactly (a user, or one assumed-role session).
 */
export function trusts(principal: string, callerAccount: string, callerArn: string): boolean {
  if (principal === '*') return true;
  if (/^\d{12}$/.test(principal)) return principal === callerAccount;
  const root = /^arn:aws:iam::(\d{12}):root$/.exec(principal);
  if (root) return root[1] === callerAccount;
  const role = /^arn:aws:iam::(\d{12}):role\/(?:[^:]*\/)?([^/]+)$/.exec(principal);
  if (role) return callerArn.startsWith(`arn:aws:sts::${role[1]}:assumed-role/${role[2]}/`);
  return principal === callerArn;
}

/**
 * Which accounts a run guards, and through which role: the policy's `targets` (or, without it, the
 * credentials' own account), the organization's accounts when asked, minus `exclude`, within the
 * `accounts` pin. Pure: the caller's identity and the organization's account list are passed in.
 */
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { OrganizationIdentity } from '../model/organization.js';
import type { PolicyTargets } from '../policy/types.js';

export interface Target {
  readonly account: string;
  /** The role assumed to guard it; undefined: the workflow's own credentials (its own account). */
  readonly roleArn?: string | undefined;
  /** Why it is a target: no `targets` (credentials), `targets.accounts`, `targets.roles`, or the organization. */
  readonly via: 'credentials' | 'accounts' | 'roles' | 'organization';
  /**
   * A plan's account only the base branch's policy guards, read for it alone (plan-run.ts
   * readForBoth): its hints do not advise leaving it out of the targets, the PR's policy does.
   */
  readonly readFor?: 'base' | undefined;
}

/** An account the targets named or the organization listed, and why it is not guarded. */
export interface SkippedTarget {
  readonly account: string;
  readonly reason: string;
  /** A blind spot the step must fail on (outside the pin), rather than a choice (excluded, suspended). */
  readonly fails: boolean;
}

export interface MemberAccount {
  readonly id: string;
  readonly state: string;
  /** The organization ListAccounts named it a member of (its Arn); undefined when it did not say. */
  readonly organization?: OrganizationIdentity | undefined;
}

export interface TargetRequest {
  readonly targets: PolicyTargets | undefined;
  /** The `role-name` input; it overrides targets.role-name (e.g. a read-only role for plan runs). */
  readonly roleNameInput?: string | undefined;
  readonly caller: { readonly account: string; readonly partition: string };
  /** The policy's `accounts` pin, if any. */
  readonly pin?: readonly string[] | undefined;
  /** ListAccounts, when it was listed and the listing succeeded; read only when targets.organization is true. */
  readonly organizationAccounts?: readonly MemberAccount[] | undefined;
}

export interface ResolvedTargets {
  /** Sorted by account id; each account once. */
  readonly targets: readonly Target[];
  readonly skipped: readonly SkippedTarget[];
}

/** Whether `targets` reaches any account through role-name: one in targets.accounts, or the organization's. */
export function usesRoleName(targets: PolicyTargets | undefined): boolean {
  return targets !== undefined && (targets.accounts.length > 0 || targets.organization);
}

/** A policy a run guards by, for unusedRoleName: `whose` names it in a sentence ("the policy", "the PR's policy"). */
export interface PolicyTargetsOf {
  readonly whose: string;
  readonly targets: PolicyTargets | undefined;
}

/**
 * The warning for a `role-name` input that no policy of the run uses; undefined when it is not set,
 * or when a policy guards an account through it. Without `targets` a run guards the credentials'
 * own account with the credentials themselves, so a plan step given a read-only role would in
 * fact read with the workflow's own role: said, since nothing else would. Pure.
 */
export function unusedRoleName(roleNameInput: string | undefined, policies: readonly PolicyTargetsOf[]): string | undefined {
  if (roleNameInput === undefined || policies.some((p) => usesRoleName(p.targets))) return undefined;
  const applies = 'role-name applies only to targets.accounts / targets.organization.';
  const [only, ...others] = policies;
  if (only === undefined) return undefined;
  const none = policies.every((p) => p.targets === undefined);
  const own = "the workflow's own credentials are used for its own account";
  if (none) {
    const said = others.length === 0 ? `${only.whose} has no \`targets\`` : `neither ${policies.map((p) => p.whose).join(' nor ')} has \`targets\``;
    return `Input 'role-name' is set, but ${said}: ${own}; ${applies}`;
  }
  // Some or all name their accounts only in targets.roles: each role there is assumed as given.
  const clauses = policies.map((p) => (p.targets === undefined ? `${p.whose} has no \`targets\` (${own})` : `${p.whose} names its targets only in targets.roles, each by its own role ARN`));
  return `Input 'role-name' is set, but ${clauses.join(' and ')}: it is used for no account; ${applies}`;
}

export function roleArnFor(partition: string, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}

export function resolveTargets(request: TargetRequest): ResolvedTargets {
  const { targets, caller } = request;
  if (targets === undefined) return { targets: [{ account: caller.account, via: 'credentials' }], skipped: [] };

  const roleName = request.roleNameInput ?? targets.roleName;
  const byRoleName = (account: string, via: 'accounts' | 'organization'): Target => {
    // The credentials' own account is read with the credentials themselves: there is no role to assume into it.
    if (account === caller.account) return { account, via: 'credentials' };
    // The validator requires role-name here; never fall back to the caller's credentials for another account.
    if (roleName === undefined) throw new Error(`targets.${via === 'accounts' ? 'accounts' : 'organization'} needs role-name: the role to assume in each account.`);
    return { account, roleArn: roleArnFor(caller.partition, account, roleName), via };
  };

  const chosen = new Map<string, Target>();
  const skipped = new Map<string, SkippedTarget>();
  const add = (target: Target) => {
    if (!chosen.has(target.account)) chosen.set(target.account, target);
  };
  for (const role of targets.roles) add({ account: role.account, roleArn: role.arn, via: 'roles' });
  for (const { id } of targets.accounts) add(byRoleName(id, 'accounts'));
  // A plan lists the organization when either policy guards it: the other policy's targets must not take it in.
  for (const member of targets.organization ? (request.organizationAccounts ?? []) : []) {
    if (chosen.has(member.id)) continue;
    if (member.state === 'ACTIVE') add(byRoleName(member.id, 'organization'));
    else skipped.set(member.id, { account: member.id, reason: `the organization lists it as ${member.state}, not ACTIVE`, fails: false });
  }

  const excluded = new Set(targets.exclude);
  const pin = request.pin === undefined ? undefined : new Set(request.pin);
  const kept: Target[] = [];
  for (const target of chosen.values()) {
    if (excluded.has(target.account)) skipped.set(target.account, { account: target.account, reason: 'excluded by targets.exclude', fails: false });
    else if (pin !== undefined && !pin.has(target.account)) {
      skipped.set(target.account, { account: target.account, reason: 'not in the policy\'s accounts pin, so this policy may not govern it: add it to accounts or to targets.exclude', fails: true });
    } else kept.push(target);
  }
  return { targets: kept.sort((a, b) => compareCodeUnits(a.account, b.account)), skipped: [...skipped.values()].sort((a, b) => compareCodeUnits(a.account, b.account)) };
}


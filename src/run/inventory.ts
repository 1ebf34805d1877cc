/**
 * The read half of a run, shared by dry-run, enforce and plan: who the credentials are, which
 * accounts to guard (and through which roles), which regions of each, and what is pending there.
 * Never throws for an AWS failure past the caller's own identity: a target or region that cannot be
 * read becomes a SweepError, and the rest is still read. One account's read is account-inventory.ts;
 * what it says of each kind, kind-coverage.ts.
 */
import type { AwsClients } from '../aws/clients.js';
import { describeAwsError, sweepFailure } from '../aws/errors.js';
import { listOrganizationAccounts } from '../aws/organizations/list-accounts.js';
import { getCallerIdentity, type CallerIdentity } from '../aws/sts/get-caller-account.js';
import type { ActEvent } from '../act/execute.js';
import type { DecisionContext } from '../decide/types.js';
import type { KindScope } from '../kinds/kind.js';
import { organizationOfAll, type OrganizationIdentity } from '../model/organization.js';
import type { Policy, RegionSelection } from '../policy/types.js';
import type { PlanReading, SweepError, SweepEvent } from '../sweep/events.js';
import { Semaphore, TaskPool } from '../sweep/pool.js';
import type { Shard } from '../sweep/shard.js';
import { DEFAULT_UNITS_AT_ONCE } from '../sweep/sweep.js';
import { resolveTargets, type MemberAccount, type ResolvedTargets, type SkippedTarget, type Target } from '../targets/resolve-targets.js';
import { assertGovernedAccount } from './account-guard.js';
import { inventoryOfAccount, type AccountInventory } from './account-inventory.js';
import { assumeRoleHint, organizationListingHint, withHint, type PermissionsMode } from './targets-hint.js';

/** What a sweeping run is handed: clients, the clock and the log are passed in, never reached for. */
export interface SweepRunDeps {
  /** The clients of the workflow's own credentials. */
  readonly clients: AwsClients;
  /** The clients of an account reached through a role (AssumeRole with the workflow's credentials). */
  readonly clientsForRole?: ((roleArn: string) => AwsClients) | undefined;
  readonly now: () => Date;
  readonly log?: RunLog | undefined;
}

export interface RunLog {
  sweep(event: SweepEvent): void;
  act(event: ActEvent): void;
}

export interface InventoryRequest {
  readonly policy: Policy;
  /**
   * What to read: the kinds the policy governs, each with its services and (regional kinds) its
   * regions, the `regions` input applied (registry.sweepScopes). A kind not listed is not governed.
   */
  readonly scopes: readonly InventoryScope[];
  /** The `role-name` input: overrides targets.role-name. */
  readonly roleName?: string | undefined;
  /** The `regions` input, when given: already applied to `scopes`; a refused region's hint points at it. */
  readonly regionsInput?: RegionSelection | undefined;
  /** The run's mode: a refused read's hint names its IAM document (iam/read.json, iam/enforce.json); absent: each mode's. */
  readonly mode?: PermissionsMode | undefined;
  /** This job's share of a matrix run; absent: every unit. */
  readonly shard?: Shard | undefined;
  /**
   * Which accounts to read, given who the caller is; default: the policy's (policyTargets; without
   * `targets`, the caller's own account, checked against the pin first). Plan mode reads for both
   * policies, each with its own targets and pin.
   */
  readonly targets?: ((caller: CallerIdentity) => TargetChoice) | undefined;
  /**
   * Accounts swept at once. Default DEFAULT_ACCOUNTS_AT_ONCE: each account's quotas are its own, and
   * what bounds the pace is the places for (account, region) sweeps (`unitsAtOnce`) and the call
   * limiter's cap on calls in flight (src/aws/call-limiter.ts); what bounds the memory is this.
   */
  readonly accountConcurrency?: number | undefined;
  /** (Account, region) sweeps in progress at once across every account. Default 64. */
  readonly unitsAtOnce?: number | undefined;
  /** A progress line per region at this interval while its sweep lasts. Default 10 s. */
  readonly progressIntervalMs?: number | undefined;
}

/**
 * What to read of one kind. A plan reads for two policies in one sweep: where the base reads a kind
 * in every enabled region and the PR's policy in regions it names, the union is `all`, and `named`
 * keeps the PR's names, read besides the enabled ones (an opt-in region the account has not enabled
 * included) and even when the enabled regions cannot be listed (ListRegions refused), as a run with
 * the PR's policy alone would read them: the refused list leaves out only what `all` adds.
 */
export interface InventoryScope extends KindScope {
  readonly named?: readonly string[] | undefined;
}

/** How a run picks the accounts it reads: whether it needs the organization's list, and the pick given that list. */
export interface TargetChoice {
  /** List the organization's accounts first (`targets.organization: true`). */
  readonly organization: boolean;
  /** The accounts to read and those not guarded; `organizationAccounts` undefined when not listed (or the listing failed). */
  readonly resolve: (organizationAccounts: readonly MemberAccount[] | undefined) => TargetPick;
  /**
   * `resolve` is pure and decides each listed account on its own, so each page of the list may be
   * resolved (and its accounts swept) as it arrives, while the rest is read: the whole list's pick
   * holds every account a page's picked. Not a plan's (its resolve records what each policy reads).
   */
  readonly early?: boolean | undefined;
}

/** The accounts a run reads; a plan's also say for which policy (the sweep's opening log line says so). */
export interface TargetPick extends ResolvedTargets {
  readonly plan?: PlanReading | undefined;
}

/** A policy's own pick: its `targets` (else the caller's account) within its `accounts` pin, `role-name` the input's if given. */
export function policyTargets(policy: Policy, caller: CallerIdentity, roleName: string | undefined): TargetChoice {
  return {
    organization: policy.targets?.organization === true,
    resolve: (organizationAccounts) => resolveTargets({ targets: policy.targets, roleNameInput: roleName, caller, pin: policy.accounts?.ids, organizationAccounts }),
    early: true,
  };
}

export interface Inventory {
  readonly caller: CallerIdentity;
  /** Every guarded account, sorted by id. */
  readonly accounts: readonly AccountInventory[];
  /** Accounts named or listed but not guarded, and why. */
  readonly skippedTargets: readonly SkippedTarget[];
  /** Failures outside any one account (the organization's account list). */
  readonly errors: readonly SweepError[];
  /** The organization's accounts, when targets.organization asked for them and they could be listed. */
  readonly organizationAccounts?: readonly MemberAccount[] | undefined;
  /** The organization those accounts belong to, when every one's Arn named the same (organizationOfAll). */
  readonly organization?: OrganizationIdentity | undefined;
  /**
   * Clients for a guarded account whose role was assumed (or the workflow's own account), for an
   * enforce run's writes: built on first use, with the same role, quotas and limiter as the sweep's,
   * the role assumed again and checked to answer as the account (rejects, once per account, when it
   * no longer does); undefined for an account that could not be read.
   */
  readonly clientsOf: (account: string) => Promise<AwsClients> | undefined;
}

/**
 * Accounts swept at once by default: twice the places for their sweeps, so that an account assuming
 * its role or waiting on a slow region leaves none idle, and few enough that the clients of the
 * accounts in progress (a few MiB a hundred) bound the run's memory whatever the organization's size.
 */
export const DEFAULT_ACCOUNTS_AT_ONCE = 2 * DEFAULT_UNITS_AT_ONCE;

export async function takeInventory(deps: SweepRunDeps, request: InventoryRequest): Promise<Inventory> {
  const log = (event: SweepEvent) => deps.log?.sweep(event);
  let caller: CallerIdentity;
  try {
    caller = await getCallerIdentity(deps.clients.sts);
  } catch (error) {
    throw new Error(`Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: ${describeAwsError(error)}). Check the credentials step, e.g. aws-actions/configure-aws-credentials, and that AWS_REGION is set.`);
  }
  const { policy } = request;
  // Without targets the policy guards the credentials' own account: the pin is checked before anything is read.
  if (request.targets === undefined && policy.targets === undefined) assertGovernedAccount(policy, caller.account);
  const choice = request.targets === undefined ? policyTargets(policy, caller, request.roleName) : request.targets(caller);

  // The accounts' (account, region) sweeps take turns for these places.
  const units = new Semaphore(request.unitsAtOnce ?? DEFAULT_UNITS_AT_ONCE);
  const clientsFor = (target: Target): AwsClients => {
    const clients = target.roleArn === undefined ? deps.clients : deps.clientsForRole?.(target.roleArn);
    if (clients === undefined) throw new Error(`No way to assume ${target.roleArn ?? 'a role'} was given to the sweep.`);
    return clients;
  };
  // Accounts are swept as they are known, so many at once: with `choice.early`, those of each page of
  // the organization's list as it arrives, so that the list's pages (paced at the Organizations
  // quota) and the accounts' sweeps overlap; the rest once the targets are resolved.
  const pool = new TaskPool(request.accountConcurrency ?? DEFAULT_ACCOUNTS_AT_ONCE);
  const swept = new Map<string, AccountInventory>();
  const started = new Set<string>();
  // Organization members whose sweep began: when the list fails midway, the log counts them (organization-dropped).
  let begunFromList = 0;
  // Set when the organization's list fails midway: its members are then not part of the run (as when
  // it fails on its first page); those started from its first pages finish, unused, the rest never begin.
  let abandoned = false;
  const start = (target: Target): void => {
    if (started.has(target.account)) return;
    started.add(target.account);
    pool.add(async () => {
      if (abandoned && target.via === 'organization') return;
      if (target.via === 'organization') begunFromList += 1;
      swept.set(target.account, await inventoryOfAccount(clientsFor(target), target, request, log, { now: () => deps.now().getTime(), units }, caller));
    });
  };

  const errors: SweepError[] = [];
  let organizationAccounts: MemberAccount[] | undefined;
  if (choice.organization) {
    // Each page resolved on its own, not the list so far again: an account's pick depends on it alone (`early`).
    const early = choice.early === true;
    // Counted: a refusal after pages were listed came midway (organizationListingHint).
    let pagesListed = 0;
    const onPage = (page: readonly MemberAccount[]): void => {
      pagesListed += 1;
      if (early) choice.resolve(page).targets.forEach(start);
    };
    // Said first, so that the accounts' lines, logged while the list is read, follow what the run is doing.
    if (early) log({ type: 'organization-listing', caller: caller.account });
    try {
      organizationAccounts = await listOrganizationAccounts(deps.clients.organizations, onPage);
    } catch (err) {
      abandoned = true;
      const { text, kind } = sweepFailure(err, 'ListAccounts: ');
      // AWS's answer names neither who the credentials are nor which account may list the organization.
      const error = withHint({ service: 'organizations', ...text }, organizationListingHint(text.code, caller, pagesListed));
      errors.push(error);
      log({ type: 'listing-failed', what: "the organization's accounts", errorKind: kind, error });
      // The members begun from its first pages finish, but are not the run's: once their lines are
      // done (none comes after), the log says so, counting them, before the total of the accounts named besides the list.
      if (begunFromList > 0) {
        await pool.drain();
        log({ type: 'organization-dropped', dropped: begunFromList });
      }
    }
  }
  const { targets, skipped, plan } = choice.resolve(organizationAccounts);
  const organization = organizationAccounts === undefined ? undefined : organizationOfAll(organizationAccounts);
  // Accounts swept as the list was read: the total closes that list (it failed: listing-failed said so, and this counts those named besides it).
  const listed = choice.organization && choice.early === true && organizationAccounts !== undefined ? { listed: { organization } } : {};
  log({ type: 'targets-resolved', targets: targets.length, skipped: skipped.length, viaRoles: targets.filter((t) => t.roleArn !== undefined).length, ...(plan === undefined ? {} : { plan }), ...listed });
  targets.forEach(start);
  await pool.drain();
  // The whole list's pick holds every account a part of it picked (resolveTargets decides each on
  // its own); when the list failed midway, only the accounts named besides it are the run's.
  const accounts = targets.map((target) => {
    const inventory = swept.get(target.account);
    if (inventory === undefined) throw new Error(`Account ${target.account} was to be swept but was not.`);
    return inventory;
  });
  const readable = new Map<string, Target>();
  for (const inventory of accounts) if (inventory.errors.every((e) => e.service !== 'sts')) readable.set(inventory.target.account, inventory.target);
  // An account's clients (each SDK client holds buffers and a middleware stack of its own) are let
  // go as its sweep ends, so the run's memory does not grow with the organization; the few accounts
  // an enforce run writes to get theirs again, their role assumed a second time and checked as the
  // sweep checked it (a refusal now fails that account's writes once, in our words, with the hint).
  const writers = new Map<string, Promise<AwsClients>>();
  const clientsOf = (account: string): Promise<AwsClients> | undefined => {
    const target = readable.get(account);
    if (target === undefined) return undefined;
    let clients = writers.get(account);
    if (clients === undefined) {
      clients = writerClients(clientsFor(target), target, caller);
      // Settled either way here; each write awaits it and meets the same answer.
      clients.catch(() => undefined);
      writers.set(account, clients);
    }
    return clients;
  };
  return { caller, accounts, skippedTargets: skipped, errors, organizationAccounts, organization, clientsOf };
}

/**
 * An account's clients for the writes: for an account reached through a role, the role is assumed
 * again (its first call) and must answer as the account, as inventoryOfAccount checks it.
 */
async function writerClients(clients: AwsClients, target: Target, caller: CallerIdentity): Promise<AwsClients> {
  if (target.roleArn === undefined) return clients;
  let identity: CallerIdentity;
  try {
    identity = await getCallerIdentity(clients.sts);
  } catch (err) {
    const hint = assumeRoleHint(sweepFailure(err, '').text, target, caller);
    throw new Error(`Could not assume ${target.roleArn} again for the writes (the sweep had): ${describeAwsError(err)}${hint === undefined ? '' : ` ${hint}`}`);
  }
  if (identity.account !== target.account) throw new Error(`Role ${target.roleArn} answered as account ${identity.account}, not ${target.account}, when assumed again for the writes; nothing was written with it.`);
  return clients;
}

/**
 * What `policy`'s decisions may know of this run beyond the policy: the organization it guards,
 * when the policy guards one (targets.organization) and this run's listing named it. The same
 * listing serves both policies of a plan, so both see the same organization when both guard it;
 * one that does not guard it sees none, as its own scheduled run would.
 */
export function decisionContext(policy: Policy, inventory: Pick<Inventory, 'organization'>): DecisionContext {
  return policy.targets?.organization === true && inventory.organization !== undefined ? { guardedOrganization: inventory.organization } : {};
}

/**
 * plan mode, the AWS half: read the guarded accounts once, decide their pending items under the
 * base branch's policy and under the PR's, and compare. Read-only by construction: no write
 * effects are built or passed anywhere in this file, and the act stage runs in `plan` mode, which
 * never writes. Loaded lazily (it pulls in the AWS SDK), like aws-run.ts.
 */
import { countPlanned, resolveBudget } from '../act/budget.js';
import { executeDecisions } from '../act/execute.js';
import { findCredentials } from '../aws/sts/find-credentials.js';
import { decide } from '../decide/decide.js';
import { offeredIn } from '../aws/service-regions.js';
import type { KindScope } from '../kinds/kind.js';
import { kindOf, sweepScopes } from '../kinds/registry.js';
import { skipReasonService } from '../kinds/services.js';
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { InboundItem } from '../model/items.js';
import { diffDecisions } from '../plan/diff-decisions.js';
import { diffAllowEntries, lapsingAllowEntries } from '../plan/diff-entries.js';
import { planReportSection } from '../plan/report-section.js';
import { diffPolicies } from '../plan/policy-diff.js';
import { newPermissions } from '../plan/new-permissions.js';
import type { BasePolicy, Plan, SweepScope } from '../plan/types.js';
import type { Policy, PolicyTargets, RegionSelection } from '../policy/types.js';
import type { PlanMark, RegionSkip, SweepError } from '../sweep/events.js';
import type { ResolvedTargets, Target } from '../targets/resolve-targets.js';
import { VERSION } from '../version.js';
import { awsDeps, withSmallYoungGeneration, type AwsRunOptions } from './aws-run.js';
import { assertGovernedAccount, governsAccount } from './account-guard.js';
import { coverages, type KindCoverage } from './kind-coverage.js';
import { decisionContext, policyTargets, takeInventory, type InventoryScope, type RunLog, type SweepRunDeps, type TargetChoice, type TargetPick } from './inventory.js';
import type { AccountInventory } from './account-inventory.js';
import { resolveRegions } from './resolve-regions.js';
import { acceptedAgainstPolicy } from './report-counts.js';
import { ofKindService } from './report-errors.js';
import { buildRunReport, unknownRegions } from './run-report.js';
import type { RunReport } from './report-types.js';

export interface PlanRequest {
  /** The PR's policy (validated). */
  readonly head: Policy;
  readonly base: BasePolicy;
  /** The `regions` input; undefined when empty. It applies to both policies, as it would on the scheduled run. */
  readonly regionsInput?: RegionSelection | undefined;
  /** The `role-name` input (a read-only role for plan runs); it applies to both policies. */
  readonly roleName?: string | undefined;
  /** The `max-actions` input, if given (it should match the scheduled workflow's). */
  readonly maxActions?: number | undefined;
  readonly lapseWindowDays?: number | undefined;
}

export type PlanOutcome =
  | { readonly kind: 'planned'; readonly plan: Plan; readonly report: RunReport }
  /** The SDK found no credentials anywhere (a fork's PR gets no OIDC token): nothing was called. */
  | { readonly kind: 'no-credentials'; readonly why: string };

/** What one policy would guard: the kinds it governs (each with its services and regions), the handshake types, and its targets. */
interface Scope {
  readonly kinds: readonly KindScope[];
  /** IoT's regions (the footer names them). */
  readonly regions: RegionSelection;
  readonly handshakeTypes: Policy['organizations']['handshakeTypes'];
  readonly targets: PolicyTargets | undefined;
}

function scopeOf(policy: Policy, request: PlanRequest): Scope {
  return {
    kinds: sweepScopes(policy, request.regionsInput),
    regions: resolveRegions(request.regionsInput, policy.iot.regions),
    handshakeTypes: policy.organizations.handshakeTypes,
    targets: policy.targets,
  };
}

/** Whether a policy reads the item at all: its account, its kind (governed), its service and region. */
function inScope(scope: Scope, accounts: ReadonlySet<string>) {
  return (item: InboundItem): boolean => {
    if (!accounts.has(item.account)) return false;
    const kind = kindOf(item);
    const read = scope.kinds.find((k) => k.kind === item.kind);
    if (kind === undefined || read === undefined || !read.services.includes(kind.serviceOf(item))) return false;
    if (kind.scope === 'global') return true;
    return read.regions === 'all' || read.regions.includes(kind.order(item)[0]);
  };
}

/**
 * Both policies' kinds together: every kind either governs, with the services and regions of both.
 * A kind the base reads in every enabled region and the PR's policy in regions it names keeps the
 * PR's names (InventoryScope.named): they are read as a run with the PR's policy alone would read
 * them, enabled or not, and even when the region list is refused (readBy files the list's error
 * under the base). Not the base's names beside the PR's `all`: a scheduled run with the PR's policy
 * reads only the enabled regions, and a region only the base names that is not enabled would fail
 * the plan as if the PR's policy read it (readBy counts every region read as the PR's when it
 * reads `all`).
 */
function unionScopes(head: readonly KindScope[], base: readonly KindScope[]): InventoryScope[] {
  const out = new Map<string, InventoryScope>();
  for (const scope of [...head, ...base]) {
    const seen = out.get(scope.kind);
    out.set(scope.kind, seen === undefined ? scope : { kind: seen.kind, services: [...new Set([...seen.services, ...scope.services])], regions: unionRegions(seen.regions, scope.regions) });
  }
  return [...out.values()].map((scope) => {
    const named = head.find((h) => h.kind === scope.kind)?.regions;
    return scope.regions === 'all' && named !== undefined && named !== 'all' && named.length > 0 ? { ...scope, named } : scope;
  });
}

/**
 * The accounts one sweep reads for both policies: the PR's targets within its own pin, and the
 * accounts the base's targets reach within the base's pin that the PR's policy does not guard
 * (they are dropped, newly excluded, or outside the PR's pin), read for the base alone, so that a
 * PR that stops guarding an account is planned alike however it does so: its items are found only
 * where the base sweeps, as those of a region the PR stops sweeping are. Not guarded are the PR's
 * own skips less those it left out by choice that are read for the base: those its targets reach
 * and its pin leaves out fail the plan, as they would a scheduled run with it, read for the base or
 * not (what is pending in one read for neither is in no count: the verdict says so); an account
 * only the base guards is no failure of the PR's policy, but a loss (Plan.noLongerGuarded), and a
 * part of it that cannot be read is no failure either, but a gap in the comparison
 * (Plan.baseOnlyErrors).
 */
function readForBoth(head: ResolvedTargets, base: ResolvedTargets): TargetPick {
  const guarded = new Set(head.targets.map((t) => t.account));
  // Marked: their hints (targets-hint.ts) do not advise leaving them out, the PR's policy does already.
  const baseOnly = base.targets.filter((t) => !guarded.has(t.account)).map((t): Target => ({ ...t, readFor: 'base' }));
  const read = new Set(baseOnly.map((t) => t.account));
  return {
    targets: [...head.targets, ...baseOnly].sort((a, b) => compareCodeUnits(a.account, b.account)),
    skipped: head.skipped.filter((s) => s.fails || !read.has(s.account)),
    plan: { guarded: head.targets.length, baseOnly: baseOnly.length, base: true },
  };
}

/** The PR's accounts alone, when no base policy is in force to read for (the sweep's log line says so). */
function readForHead(head: ResolvedTargets): TargetPick {
  return { ...head, plan: { guarded: head.targets.length, baseOnly: 0, base: false } };
}

function unionRegions(a: RegionSelection, b: RegionSelection): RegionSelection {
  if (a === 'all' || b === 'all') return 'all';
  return [...new Set([...a, ...b])];
}

export async function planAgainstAccount(deps: SweepRunDeps, request: PlanRequest): Promise<PlanOutcome> {
  const credentials = await findCredentials(deps.clients.sts);
  if (!credentials.found) return { kind: 'no-credentials', why: credentials.why };

  const base = request.base.state === 'valid' ? request.base.policy : undefined;
  const headScope = scopeOf(request.head, request);
  const baseScope: Scope | undefined = base === undefined ? undefined : scopeOf(base, request);
  // Without targets the base guards the credentials' own account too, under its own pin: a pin that
  // leaves it out stops today's scheduled runs before they read anything (as the PR's pin would stop
  // this run), so the base decides nothing.
  const stopsAtPin = (account: string): boolean => base?.accounts !== undefined && base.targets === undefined && !governsAccount(base, account);

  // The accounts each policy guards, set when the targets are resolved (the organization's listing,
  // which may fail before, concerns no account): the sweep's log tells the parts read for the base
  // alone, and those neither policy reads, by them, as the plan's errors are told apart below (readBy).
  let headTargets: ReadonlySet<string> = new Set();
  let baseTargets: ReadonlySet<string> = new Set();
  // The base's scope when it is in force to read for (not stopped at its pin): set with the targets, before the organization is listed.
  let baseRead: Scope | undefined;
  const listsOrganization = request.head.targets?.organization === true;
  const headReads = (error: SweepError): boolean => readBy(headTargets, listsOrganization, headScope.kinds)(error);
  const baseReads = (error: SweepError): boolean => baseRead !== undefined && readBy(baseTargets, baseRead.targets?.organization === true, baseRead.kinds)(error);
  const log = deps.log === undefined ? undefined : markPlanReads(deps.log, headReads, baseReads);

  // One sweep serves both policies: every account, kind and region either would read (readForBoth).
  const inventoryScopes = baseScope === undefined ? headScope.kinds : unionScopes(headScope.kinds, baseScope.kinds);
  const inventory = await takeInventory({ ...deps, log }, {
    policy: request.head,
    targets: (caller) => {
      // Without targets the PR's policy guards the credentials' own account: its pin must allow it (shown on the PR at its line).
      if (request.head.targets === undefined) assertGovernedAccount(request.head, caller.account);
      const head = policyTargets(request.head, caller, request.roleName);
      const headPick = (members: Parameters<TargetChoice['resolve']>[0]): ResolvedTargets => {
        const pick = head.resolve(members);
        headTargets = new Set(pick.targets.map((t) => t.account));
        return pick;
      };
      if (base === undefined || stopsAtPin(caller.account)) return { organization: head.organization, resolve: (members) => readForHead(headPick(members)) };
      baseRead = baseScope;
      const today = policyTargets(base, caller, request.roleName);
      return {
        organization: head.organization || today.organization,
        resolve: (members) => {
          const pick = readForBoth(headPick(members), today.resolve(members));
          // The organization's list failed, and only the base guards the organization: which accounts it
          // guards through it is unknown. Those this run reads are taken as listed (ACTIVE), so that they
          // are decided for the base as if the organization lists them; those it would lose are not
          // counted, and the verdict says so (render-verdict's baseUnlisted).
          const unlisted = members === undefined && today.organization && !head.organization;
          const listed = unlisted ? pick.targets.map((t) => ({ id: t.account, state: 'ACTIVE' })) : members;
          baseTargets = new Set(today.resolve(listed).targets.map((t) => t.account));
          return pick;
        },
      };
    },
    scopes: inventoryScopes,
    roleName: request.roleName,
    regionsInput: request.regionsInput,
    mode: 'plan',
  });
  const items = inventory.accounts.flatMap((a) => a.items);

  const now = deps.now();
  // The PR's accounts as the targets resolved them (headPick): the same the sweep's log went by.
  const headAccounts = headTargets;
  const headDecisions = decide(items.filter(inScope(headScope, headAccounts)), request.head, now, decisionContext(request.head, inventory));
  // A part the PR's policy reads that could not be read fails the plan, as it would a scheduled run
  // with that policy; one only the base reads (an account only its targets reach, a region or a
  // service only it sweeps, the organization's list when only the base guards the organization) is
  // a gap in the comparison, not a failure: what the base does there is unknown (Plan.baseOnlyErrors).
  // One neither reads is neither: the one sweep crosses the union's services with its regions in
  // every account it reads (the base's IoT in an account only the PR's targets reach, GuardDuty in a
  // region only the PR's Macie is read in), and what fails there is no part of either policy's run.
  const notRead = [...inventory.errors, ...inventory.accounts.flatMap((a) => a.errors)];
  const errors = notRead.filter(headReads);
  const baseOnlyErrors = notRead.filter((e) => !headReads(e) && baseReads(e));
  // Every part the base reads that failed, those the PR's policy reads too among them: the footer marks the base's scope with them.
  const baseErrors = notRead.filter(baseReads);
  const baseStopsAtPin = base?.accounts !== undefined && stopsAtPin(inventory.caller.account) ? { line: base.accounts.position.line } : undefined;
  const baseInForce = baseStopsAtPin === undefined ? baseScope : undefined;
  // The base's accounts as the targets resolved them (none when it is not in force; when only it
  // guards the organization and the list failed, those read taken as listed): the same the sweep's log went by.
  const baseAccounts = baseTargets;
  const baseDecisions = base === undefined || baseInForce === undefined ? [] : decide(items.filter(inScope(baseInForce, baseAccounts)), base, now, decisionContext(base, inventory));
  // What the base guards today and the PR's policy would not: its items, where not read, are in no count.
  const noLongerGuarded = [...baseAccounts].filter((account) => !headAccounts.has(account)).sort(compareCodeUnits);
  const diff = diffDecisions(baseDecisions, headDecisions, request.head, now, request.lapseWindowDays === undefined ? {} : { lapseWindowDays: request.lapseWindowDays });
  const budget = resolveBudget(request.maxActions, request.head.limits.maxActions, countPlanned(headDecisions));
  const swept = [...new Set(inventory.accounts.flatMap((a) => a.kinds['certificate-transfer'].regions?.swept ?? []))].sort();

  // The JSON report carries the PR policy's decisions, as a dry-run of it would, plus the diff.
  const results = await executeDecisions(headDecisions, { mode: 'plan', budget, policy: request.head });
  const eitherReads = (error: SweepError): boolean => headReads(error) || baseReads(error);
  const generatedAt = now.toISOString();
  const sweptReport = buildRunReport({
    mode: 'plan',
    toolVersion: VERSION,
    generatedAt,
    callerAccount: inventory.caller.account,
    policy: { path: request.head.path, digest: request.head.digest },
    // Without the errors neither policy reads: no account reads as partial for them, nor are they the base's (baseOnlyErrorCount).
    // Each kind's coverage is that of the policy the account is read for (coveredFor).
    accounts: inventory.accounts.map((a) => {
      const forHead = headAccounts.has(a.target.account);
      const reader: PolicyReader = forHead ? { kinds: headScope.kinds, reads: headReads } : { kinds: baseRead?.kinds ?? [], reads: baseReads };
      const base = forHead && baseRead !== undefined && baseAccounts.has(a.target.account) ? baseRead.kinds : undefined;
      return coveredFor(a, a.errors.filter(eitherReads), reader, base);
    }),
    governed: headScope.kinds.map((scope) => scope.kind),
    skippedAccounts: inventory.skippedTargets,
    globalErrors: inventory.errors.filter(eitherReads),
    policyReads: headReads,
    policyGuards: (account) => headAccounts.has(account),
    budget,
    results,
  });

  const newlyNeeded = base === undefined ? undefined : newPermissions(base, request.head, request.regionsInput);
  const plan: Plan = {
    account: inventory.caller.account,
    accounts: inventory.accounts.map((a) => a.target.account),
    generatedAt,
    base: request.base,
    head: request.head,
    diff,
    entries: diffAllowEntries(base, request.head),
    lapsingEntries: lapsingAllowEntries(request.head, now, request.lapseWindowDays),
    budget,
    errors,
    baseOnlyErrors,
    baseErrors,
    roles: Object.fromEntries(inventory.accounts.flatMap((a) => (a.target.roleArn === undefined ? [] : [[a.target.account, a.target.roleArn]]))),
    skippedAccounts: inventory.skippedTargets,
    noLongerGuarded,
    regions: { requested: swept, swept },
    // Of the whole sweep: a region this release does not know that only the base reads is a gap in the comparison too.
    unknownRegions: unknownRegions({ accounts: inventory.accounts.map((a) => ({ regions: a.kinds['certificate-transfer'].regions, kinds: a.kinds })) }),
    acceptedAgainstPolicy: sweptReport.items.filter(acceptedAgainstPolicy).map((i) => ({ item: i.item, reason: i.reason })),
    handshakesSwept: inventory.accounts.some((a) => a.kinds.handshake.state === 'swept'),
    ...(baseStopsAtPin === undefined ? {} : { baseStopsAtPin }),
    scopes: { base: baseInForce === undefined ? undefined : sweepScope(baseInForce), head: sweepScope(headScope) },
    policyChanges: base === undefined ? undefined : diffPolicies(base, request.head, now, { caller: inventory.caller.account }),
    ...(newlyNeeded === undefined ? {} : { newPermissions: newlyNeeded }),
  };
  const report: RunReport = { ...sweptReport, plan: planReportSection(plan) };
  return { kind: 'planned', plan, report };
}

/**
 * Whether a policy reads the part an error is about, given the accounts it guards: in one of them,
 * the role, the region list when it reads some kind in every enabled region (the regions the PR's
 * policy names are read without the list: unionScopes), a kind's service (and region) it sweeps;
 * the organization's account list when it guards the organization. What the PR's policy does not
 * read is read for the base branch's alone (readForBoth, unionScopes; the list, when only the base
 * guards the organization), or for neither: the one sweep reads the union's services in the union's
 * regions in every account either guards.
 */
function readBy(accounts: ReadonlySet<string>, listsOrganization: boolean, kinds: readonly KindScope[]): (error: SweepError) => boolean {
  return (error) => {
    if (error.account === undefined) return listsOrganization;
    if (!accounts.has(error.account)) return false;
    if (error.service === 'sts') return true;
    if (error.service === 'account') return kinds.some((k) => k.regions === 'all');
    // A plan reads no shard reports, so has no shard error; were one there, it would be the PR's to see.
    if (error.service === 'shard') return true;
    const service = error.service;
    const scope = kinds.find((k) => k.services.includes(service));
    if (scope === undefined) return false;
    return error.region === undefined || scope.regions === 'all' || scope.regions.includes(error.region);
  };
}

/** One policy's reading of an account: the kinds it reads there (with their services and regions), and whether it reads the part an error is about (readBy). */
interface PolicyReader {
  readonly kinds: readonly KindScope[];
  readonly reads: (error: SweepError) => boolean;
}

/**
 * An account's inventory with only `errors` (those either policy reads), each kind's coverage that
 * of the policy the account is read for (`reader`: the PR's, or the base's for an account only it
 * guards), so that the report's regions say what that policy read, as a dry-run of it would: the
 * one sweep reads the union of both policies' services and regions in every account either guards.
 * A region it reads: swept, skipped or failed by its own parts (a region where only another
 * service failed is swept for it). A region the base alone reads in an account the PR's policy
 * guards (`base`: the base's kinds there, when it guards it too) is in `readForBase`, not in swept,
 * skipped or failed; one neither reads is left out. A kind the policy does not govern is
 * `not-governed` (with the base's regions, when it read some). The account's `errors` (so its
 * `read`) stay those either policy reads: baseOnlyErrorCount points to the base's.
 */
function coveredFor(account: AccountInventory, errors: readonly SweepError[], reader: PolicyReader, base: readonly KindScope[] | undefined): AccountInventory {
  const kinds = coverages((kind): KindCoverage => {
    const coverage = account.kinds[kind];
    const own = reader.kinds.find((s) => s.kind === kind);
    const theBase = base?.find((s) => s.kind === kind);
    const reads = (scope: KindScope | undefined, region: string): boolean => scope !== undefined && (scope.regions === 'all' || scope.regions.includes(region));
    const failsIn = (region: string | undefined): boolean =>
      own !== undefined && errors.some((e) => reader.reads(e) && ofKindService(e) && own.services.includes(e.service) && e.region === region);
    const regions = coverage.regions;
    if (regions === undefined) {
      if (own === undefined) return { state: 'not-governed' };
      return coverage.state === 'failed' && !failsIn(undefined) ? { state: 'swept' } : coverage;
    }
    const every = [...regions.swept, ...regions.failed, ...regions.skipped.map((s) => s.region)];
    const readForBase = [...new Set(every.filter((r) => !reads(own, r) && reads(theBase, r)))].sort();
    const forBase = readForBase.length > 0 ? { readForBase } : {};
    if (own === undefined) return { state: 'not-governed', ...(readForBase.length > 0 ? { regions: { selection: regions.selection, swept: [], skipped: [], failed: [], readForBase } } : {}) };
    const mine = (r: string): boolean => reads(own, r);
    // Swept for this policy only where one of its own services is offered (a region the base's service alone is offered in is skipped for it, "not offered", as a dry-run of it would say).
    const sweptForIt = (r: string): boolean => mine(r) && own.services.some((service) => offeredIn(service, r));
    const failed = regions.failed.filter((r) => mine(r) && failsIn(r));
    const swept = [...regions.swept.filter(sweptForIt), ...regions.failed.filter((r) => sweptForIt(r) && !failsIn(r))].sort();
    // Its skips: those about its own services, and those about none (a region this release does not know).
    const itsSkip = (skip: RegionSkip): boolean => {
      const service = skipReasonService(skip.reason);
      return mine(skip.region) && (service === undefined || own.services.includes(service));
    };
    const selection = own.regions === 'all' ? 'all' : 'list';
    if (coverage.state === 'not-read') return { state: 'not-read', regions: { selection, swept: [], skipped: [], failed: [], ...forBase } };
    // The region list not read: the kind failed for it when this policy reads every enabled region.
    const unlisted = own.regions === 'all' && errors.some((e) => e.service === 'account' && reader.reads(e));
    return {
      state: failed.length > 0 || unlisted ? 'failed' : 'swept',
      regions: { ...regions, selection, swept, skipped: regions.skipped.filter(itsSkip), failed, ...forBase },
    };
  });
  return { ...account, kinds, errors };
}

/**
 * The sweep's log of a plan, each failure to read a part the PR's policy does not read marked
 * (PlanMark): `baseOnly` when the base's reads it, a gap in the comparison (Plan.baseOnlyErrors);
 * `neither` when no policy reads it. The log says which, not a warning on the PR, since the plan
 * does not fail on it.
 */
function markPlanReads(log: RunLog, headReads: (error: SweepError) => boolean, baseReads: (error: SweepError) => boolean): RunLog {
  const mark = (error: SweepError): PlanMark => (headReads(error) ? {} : baseReads(error) ? { baseOnly: true } : { neither: true });
  return {
    sweep: (event) => log.sweep('error' in event ? { ...event, ...mark(event.error) } : event),
    act: (event) => log.act(event),
  };
}

/** What the comment's footer says a policy sweeps. */
function sweepScope(scope: Scope): SweepScope {
  return { regions: scope.regions, handshakeTypes: scope.handshakeTypes, kinds: scope.kinds };
}

/** The composition root of a plan: real clients, the real clock. Never builds write effects. */
export async function planAgainstAws(request: PlanRequest & AwsRunOptions): Promise<PlanOutcome> {
  return withSmallYoungGeneration(() => planAgainstAccount(awsDeps(request), request));
}

export const id = 184;
export const ids = [184];
export const modules = {

/***/ 5184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planAgainstAws: () => (/* binding */ planAgainstAws)
});

// UNUSED EXPORTS: planAgainstAccount

// EXTERNAL MODULE: ./lib/act/budget.js
var act_budget = __webpack_require__(5419);
// EXTERNAL MODULE: ./lib/act/execute.js
var execute = __webpack_require__(667);
// EXTERNAL MODULE: ./lib/aws/errors.js
var errors = __webpack_require__(6762);
;// CONCATENATED MODULE: ./lib/aws/sts/find-credentials.js

/**
 * Whether the SDK's credential chain yields anything, without calling AWS: resolving the provider
 * of the STS client runs the same default chain (env, web identity, profile, container, IMDS)
 * every call would. Only "nothing found" is an answer; any other error is thrown as it is.
 */
async function findCredentials(sts) {
    try {
        await sts.config.credentials();
        return { found: true };
    }
    catch (error) {
        const { name, message } = (0,errors/* classifyAwsError */.u3)(error);
        if (name === 'CredentialsProviderError')
            return { found: false, why: message || name };
        throw error;
    }
}

// EXTERNAL MODULE: ./lib/decide/decide.js
var decide = __webpack_require__(8954);
// EXTERNAL MODULE: ./lib/aws/service-regions.js + 1 modules
var service_regions = __webpack_require__(2975);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/kinds/services.js
var services = __webpack_require__(9579);
// EXTERNAL MODULE: ./lib/model/code-unit-order.js
var code_unit_order = __webpack_require__(7286);
// EXTERNAL MODULE: ./lib/plan/diff-decisions.js
var diff_decisions = __webpack_require__(9594);
// EXTERNAL MODULE: ./lib/plan/diff-entries.js
var diff_entries = __webpack_require__(5709);
// EXTERNAL MODULE: ./lib/plan/policy-row.js
var policy_row = __webpack_require__(8420);
;// CONCATENATED MODULE: ./lib/plan/report-section.js


function policyChangeRecords(changes) {
    return changes.map((c) => ({ key: c.key, effect: c.effect, change: (0,policy_row/* plainWords */.c5)(c.words), ...(c.at === undefined ? {} : { at: c.at }), ...(c.guards === undefined ? {} : { newlyGuarded: c.guards }) }));
}
function planReportSection(plan) {
    const { diff } = plan;
    return {
        base: plan.base.state === 'invalid' ? { state: 'invalid', issues: plan.base.errorCount } : { state: plan.base.state, ...(plan.baseStopsAtPin === undefined ? {} : { governsCaller: false }) },
        counts: {
            newlyAllowed: diff.newlyAllowed.length,
            newlyActed: diff.newlyActed.length,
            newlyLeftAlone: diff.newlyLeftAlone.length,
            unchanged: diff.unchanged.length,
            lapsingSoon: diff.lapsingSoon.length,
        },
        changes: diff.changes
            .filter((c) => c.change !== 'unchanged')
            .map((c) => ({ account: c.item.account, key: (0,diff_decisions/* itemKey */.Dh)(c.item), change: c.change, base: c.base?.action, head: c.head?.action, baseReason: c.base?.reason })),
        lapsingSoon: diff.lapsingSoon.map((l) => ({ account: l.change.item.account, key: (0,diff_decisions/* itemKey */.Dh)(l.change.item), until: l.until, lapsesAt: l.lapsesAt })),
        entries: plan.entries,
        lapsingEntries: plan.lapsingEntries,
        budgetWouldTrip: plan.budget.tripped,
        ...(plan.policyChanges === undefined ? {} : { policyChanges: policyChangeRecords(plan.policyChanges) }),
        ...(plan.newPermissions === undefined ? {} : { newPermissions: plan.newPermissions }),
        noLongerGuarded: plan.noLongerGuarded ?? [],
        baseOnlyErrors: plan.baseOnlyErrors ?? [],
        baseErrors: plan.baseErrors ?? [],
    };
}

// EXTERNAL MODULE: ./lib/plan/policy-diff.js
var policy_diff = __webpack_require__(8369);
// EXTERNAL MODULE: ./lib/plan/new-permissions.js
var new_permissions = __webpack_require__(5264);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/run/aws-run.js + 5 modules
var aws_run = __webpack_require__(2202);
// EXTERNAL MODULE: ./lib/run/account-guard.js
var account_guard = __webpack_require__(4202);
// EXTERNAL MODULE: ./lib/run/kind-coverage.js
var kind_coverage = __webpack_require__(5490);
// EXTERNAL MODULE: ./lib/run/inventory.js + 4 modules
var run_inventory = __webpack_require__(939);
// EXTERNAL MODULE: ./lib/run/resolve-regions.js
var resolve_regions = __webpack_require__(2089);
// EXTERNAL MODULE: ./lib/run/report-counts.js
var report_counts = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/run/report-errors.js
var report_errors = __webpack_require__(8767);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
;// CONCATENATED MODULE: ./lib/run/plan-run.js
/**
 * plan mode, the AWS half: read the guarded accounts once, decide their pending items under the
 * base branch's policy and under the PR's, and compare. Read-only by construction: no write
 * effects are built or passed anywhere in this file, and the act stage runs in `plan` mode, which
 * never writes. Loaded lazily (it pulls in the AWS SDK), like aws-run.ts.
 */






















function scopeOf(policy, request) {
    return {
        kinds: (0,registry/* sweepScopes */.K5)(policy, request.regionsInput),
        regions: (0,resolve_regions/* resolveRegions */.U)(request.regionsInput, policy.iot.regions),
        handshakeTypes: policy.organizations.handshakeTypes,
        targets: policy.targets,
    };
}
/** Whether a policy reads the item at all: its account, its kind (governed), its service and region. */
function inScope(scope, accounts) {
    return (item) => {
        if (!accounts.has(item.account))
            return false;
        const kind = (0,registry/* kindOf */.I)(item);
        const read = scope.kinds.find((k) => k.kind === item.kind);
        if (kind === undefined || read === undefined || !read.services.includes(kind.serviceOf(item)))
            return false;
        if (kind.scope === 'global')
            return true;
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
function unionScopes(head, base) {
    const out = new Map();
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
function readForBoth(head, base) {
    const guarded = new Set(head.targets.map((t) => t.account));
    // Marked: their hints (targets-hint.ts) do not advise leaving them out, the PR's policy does already.
    const baseOnly = base.targets.filter((t) => !guarded.has(t.account)).map((t) => ({ ...t, readFor: 'base' }));
    const read = new Set(baseOnly.map((t) => t.account));
    return {
        targets: [...head.targets, ...baseOnly].sort((a, b) => (0,code_unit_order/* compareCodeUnits */.U)(a.account, b.account)),
        skipped: head.skipped.filter((s) => s.fails || !read.has(s.account)),
        plan: { guarded: head.targets.length, baseOnly: baseOnly.length, base: true },
    };
}
/** The PR's accounts alone, when no base policy is in force to read for (the sweep's log line says so). */
function readForHead(head) {
    return { ...head, plan: { guarded: head.targets.length, baseOnly: 0, base: false } };
}
function unionRegions(a, b) {
    if (a === 'all' || b === 'all')
        return 'all';
    return [...new Set([...a, ...b])];
}
async function planAgainstAccount(deps, request) {
    const credentials = await findCredentials(deps.clients.sts);
    if (!credentials.found)
        return { kind: 'no-credentials', why: credentials.why };
    const base = request.base.state === 'valid' ? request.base.policy : undefined;
    const headScope = scopeOf(request.head, request);
    const baseScope = base === undefined ? undefined : scopeOf(base, request);
    // Without targets the base guards the credentials' own account too, under its own pin: a pin that
    // leaves it out stops today's scheduled runs before they read anything (as the PR's pin would stop
    // this run), so the base decides nothing.
    const stopsAtPin = (account) => base?.accounts !== undefined && base.targets === undefined && !(0,account_guard/* governsAccount */.iP)(base, account);
    // The accounts each policy guards, set when the targets are resolved (the organization's listing,
    // which may fail before, concerns no account): the sweep's log tells the parts read for the base
    // alone, and those neither policy reads, by them, as the plan's errors are told apart below (readBy).
    let headTargets = new Set();
    let baseTargets = new Set();
    // The base's scope when it is in force to read for (not stopped at its pin): set with the targets, before the organization is listed.
    let baseRead;
    const listsOrganization = request.head.targets?.organization === true;
    const headReads = (error) => readBy(headTargets, listsOrganization, headScope.kinds)(error);
    const baseReads = (error) => baseRead !== undefined && readBy(baseTargets, baseRead.targets?.organization === true, baseRead.kinds)(error);
    const log = deps.log === undefined ? undefined : markPlanReads(deps.log, headReads, baseReads);
    // One sweep serves both policies: every account, kind and region either would read (readForBoth).
    const inventoryScopes = baseScope === undefined ? headScope.kinds : unionScopes(headScope.kinds, baseScope.kinds);
    const inventory = await (0,run_inventory/* takeInventory */.O1)({ ...deps, log }, {
        policy: request.head,
        targets: (caller) => {
            // Without targets the PR's policy guards the credentials' own account: its pin must allow it (shown on the PR at its line).
            if (request.head.targets === undefined)
                (0,account_guard/* assertGovernedAccount */.A1)(request.head, caller.account);
            const head = (0,run_inventory/* policyTargets */.dj)(request.head, caller, request.roleName);
            const headPick = (members) => {
                const pick = head.resolve(members);
                headTargets = new Set(pick.targets.map((t) => t.account));
                return pick;
            };
            if (base === undefined || stopsAtPin(caller.account))
                return { organization: head.organization, resolve: (members) => readForHead(headPick(members)) };
            baseRead = baseScope;
            const today = (0,run_inventory/* policyTargets */.dj)(base, caller, request.roleName);
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
    const headDecisions = (0,decide/* decide */.LD)(items.filter(inScope(headScope, headAccounts)), request.head, now, (0,run_inventory/* decisionContext */.U)(request.head, inventory));
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
    const baseDecisions = base === undefined || baseInForce === undefined ? [] : (0,decide/* decide */.LD)(items.filter(inScope(baseInForce, baseAccounts)), base, now, (0,run_inventory/* decisionContext */.U)(base, inventory));
    // What the base guards today and the PR's policy would not: its items, where not read, are in no count.
    const noLongerGuarded = [...baseAccounts].filter((account) => !headAccounts.has(account)).sort(code_unit_order/* compareCodeUnits */.U);
    const diff = (0,diff_decisions/* diffDecisions */.n1)(baseDecisions, headDecisions, request.head, now, request.lapseWindowDays === undefined ? {} : { lapseWindowDays: request.lapseWindowDays });
    const budget = (0,act_budget/* resolveBudget */.ky)(request.maxActions, request.head.limits.maxActions, (0,act_budget/* countPlanned */.Wn)(headDecisions));
    const swept = [...new Set(inventory.accounts.flatMap((a) => a.kinds['certificate-transfer'].regions?.swept ?? []))].sort();
    // The JSON report carries the PR policy's decisions, as a dry-run of it would, plus the diff.
    const results = await (0,execute/* executeDecisions */.Jl)(headDecisions, { mode: 'plan', budget, policy: request.head });
    const eitherReads = (error) => headReads(error) || baseReads(error);
    const generatedAt = now.toISOString();
    const sweptReport = (0,run_report/* buildRunReport */.IW)({
        mode: 'plan',
        toolVersion: version/* VERSION */.x,
        generatedAt,
        callerAccount: inventory.caller.account,
        policy: { path: request.head.path, digest: request.head.digest },
        // Without the errors neither policy reads: no account reads as partial for them, nor are they the base's (baseOnlyErrorCount).
        // Each kind's coverage is that of the policy the account is read for (coveredFor).
        accounts: inventory.accounts.map((a) => {
            const forHead = headAccounts.has(a.target.account);
            const reader = forHead ? { kinds: headScope.kinds, reads: headReads } : { kinds: baseRead?.kinds ?? [], reads: baseReads };
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
    const newlyNeeded = base === undefined ? undefined : (0,new_permissions/* newPermissions */.$)(base, request.head, request.regionsInput);
    const plan = {
        account: inventory.caller.account,
        accounts: inventory.accounts.map((a) => a.target.account),
        generatedAt,
        base: request.base,
        head: request.head,
        diff,
        entries: (0,diff_entries/* diffAllowEntries */.r5)(base, request.head),
        lapsingEntries: (0,diff_entries/* lapsingAllowEntries */.CF)(request.head, now, request.lapseWindowDays),
        budget,
        errors,
        baseOnlyErrors,
        baseErrors,
        roles: Object.fromEntries(inventory.accounts.flatMap((a) => (a.target.roleArn === undefined ? [] : [[a.target.account, a.target.roleArn]]))),
        skippedAccounts: inventory.skippedTargets,
        noLongerGuarded,
        regions: { requested: swept, swept },
        // Of the whole sweep: a region this release does not know that only the base reads is a gap in the comparison too.
        unknownRegions: (0,run_report/* unknownRegions */.gI)({ accounts: inventory.accounts.map((a) => ({ regions: a.kinds['certificate-transfer'].regions, kinds: a.kinds })) }),
        acceptedAgainstPolicy: sweptReport.items.filter(report_counts/* acceptedAgainstPolicy */.TF).map((i) => ({ item: i.item, reason: i.reason })),
        handshakesSwept: inventory.accounts.some((a) => a.kinds.handshake.state === 'swept'),
        ...(baseStopsAtPin === undefined ? {} : { baseStopsAtPin }),
        scopes: { base: baseInForce === undefined ? undefined : sweepScope(baseInForce), head: sweepScope(headScope) },
        policyChanges: base === undefined ? undefined : (0,policy_diff/* diffPolicies */.wR)(base, request.head, now, { caller: inventory.caller.account }),
        ...(newlyNeeded === undefined ? {} : { newPermissions: newlyNeeded }),
    };
    const report = { ...sweptReport, plan: planReportSection(plan) };
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
function readBy(accounts, listsOrganization, kinds) {
    return (error) => {
        if (error.account === undefined)
            return listsOrganization;
        if (!accounts.has(error.account))
            return false;
        if (error.service === 'sts')
            return true;
        if (error.service === 'account')
            return kinds.some((k) => k.regions === 'all');
        // A plan reads no shard reports, so has no shard error; were one there, it would be the PR's to see.
        if (error.service === 'shard')
            return true;
        const service = error.service;
        const scope = kinds.find((k) => k.services.includes(service));
        if (scope === undefined)
            return false;
        return error.region === undefined || scope.regions === 'all' || scope.regions.includes(error.region);
    };
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
function coveredFor(account, errors, reader, base) {
    const kinds = (0,kind_coverage/* coverages */.y)((kind) => {
        const coverage = account.kinds[kind];
        const own = reader.kinds.find((s) => s.kind === kind);
        const theBase = base?.find((s) => s.kind === kind);
        const reads = (scope, region) => scope !== undefined && (scope.regions === 'all' || scope.regions.includes(region));
        const failsIn = (region) => own !== undefined && errors.some((e) => reader.reads(e) && (0,report_errors/* ofKindService */.PN)(e) && own.services.includes(e.service) && e.region === region);
        const regions = coverage.regions;
        if (regions === undefined) {
            if (own === undefined)
                return { state: 'not-governed' };
            return coverage.state === 'failed' && !failsIn(undefined) ? { state: 'swept' } : coverage;
        }
        const every = [...regions.swept, ...regions.failed, ...regions.skipped.map((s) => s.region)];
        const readForBase = [...new Set(every.filter((r) => !reads(own, r) && reads(theBase, r)))].sort();
        const forBase = readForBase.length > 0 ? { readForBase } : {};
        if (own === undefined)
            return { state: 'not-governed', ...(readForBase.length > 0 ? { regions: { selection: regions.selection, swept: [], skipped: [], failed: [], readForBase } } : {}) };
        const mine = (r) => reads(own, r);
        // Swept for this policy only where one of its own services is offered (a region the base's service alone is offered in is skipped for it, "not offered", as a dry-run of it would say).
        const sweptForIt = (r) => mine(r) && own.services.some((service) => (0,service_regions/* offeredIn */.hF)(service, r));
        const failed = regions.failed.filter((r) => mine(r) && failsIn(r));
        const swept = [...regions.swept.filter(sweptForIt), ...regions.failed.filter((r) => sweptForIt(r) && !failsIn(r))].sort();
        // Its skips: those about its own services, and those about none (a region this release does not know).
        const itsSkip = (skip) => {
            const service = (0,services/* skipReasonService */.p0)(skip.reason);
            return mine(skip.region) && (service === undefined || own.services.includes(service));
        };
        const selection = own.regions === 'all' ? 'all' : 'list';
        if (coverage.state === 'not-read')
            return { state: 'not-read', regions: { selection, swept: [], skipped: [], failed: [], ...forBase } };
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
function markPlanReads(log, headReads, baseReads) {
    const mark = (error) => (headReads(error) ? {} : baseReads(error) ? { baseOnly: true } : { neither: true });
    return {
        sweep: (event) => log.sweep('error' in event ? { ...event, ...mark(event.error) } : event),
        act: (event) => log.act(event),
    };
}
/** What the comment's footer says a policy sweeps. */
function sweepScope(scope) {
    return { regions: scope.regions, handshakeTypes: scope.handshakeTypes, kinds: scope.kinds };
}
/** The composition root of a plan: real clients, the real clock. Never builds write effects. */
async function planAgainstAws(request) {
    return (0,aws_run/* withSmallYoungGeneration */.m)(() => planAgainstAccount((0,aws_run/* awsDeps */.a)(request), request));
}


/***/ })

};

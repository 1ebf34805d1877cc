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
// EXTERNAL MODULE: ./lib/aws/clients.js
var aws_clients = __webpack_require__(6933);
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

// EXTERNAL MODULE: ./lib/decide/decide.js + 2 modules
var decide = __webpack_require__(2866);
// EXTERNAL MODULE: ./lib/plan/diff-decisions.js
var diff_decisions = __webpack_require__(9594);
// EXTERNAL MODULE: ./lib/plan/diff-entries.js
var diff_entries = __webpack_require__(5709);
;// CONCATENATED MODULE: ./lib/plan/report-section.js

function planReportSection(plan) {
    const { diff } = plan;
    return {
        base: plan.base.state === 'invalid' ? { state: 'invalid', issues: plan.base.issues.length } : { state: plan.base.state },
        counts: {
            newlyAllowed: diff.newlyAllowed.length,
            newlyActed: diff.newlyActed.length,
            newlyLeftAlone: diff.newlyLeftAlone.length,
            unchanged: diff.unchanged.length,
            lapsingSoon: diff.lapsingSoon.length,
        },
        changes: diff.changes
            .filter((c) => c.change !== 'unchanged')
            .map((c) => ({ key: (0,diff_decisions/* itemKey */.Dh)(c.item), change: c.change, base: c.base?.action, head: c.head?.action, baseReason: c.base?.reason })),
        lapsingSoon: diff.lapsingSoon.map((l) => ({ key: (0,diff_decisions/* itemKey */.Dh)(l.change.item), until: l.until, lapsesAt: l.lapsesAt })),
        entries: plan.entries,
        lapsingEntries: plan.lapsingEntries,
        budgetWouldTrip: plan.budget.tripped,
    };
}

// EXTERNAL MODULE: ./lib/run/resolve-regions.js
var resolve_regions = __webpack_require__(2089);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/run/sweep-run.js + 10 modules
var sweep_run = __webpack_require__(1454);
;// CONCATENATED MODULE: ./lib/run/plan-run.js
/**
 * plan mode, the AWS half: read the account once, decide its pending items under the base
 * branch's policy and under the PR's, and compare. Read-only by construction: no write effects are
 * built or passed anywhere in this file, and the act stage runs in `plan` mode, which never writes.
 * Loaded lazily (it pulls in the AWS SDK), like aws-run.ts.
 */











function scopeOf(policy, request) {
    return {
        regions: (0,resolve_regions/* resolveRegions */.U)(request.regionsInput, policy.iot.regions, request.awsRegion),
        handshakes: policy.organizations.handshakeTypes.length > 0,
    };
}
function inScope(scope) {
    return (item) => (item.kind === 'certificate-transfer' ? scope.regions.includes(item.region) : scope.handshakes);
}
async function planAgainstAccount(deps, request) {
    const credentials = await findCredentials(deps.clients.sts);
    if (!credentials.found)
        return { kind: 'no-credentials', why: credentials.why };
    const base = request.base.state === 'valid' ? request.base.policy : undefined;
    const headScope = scopeOf(request.head, request);
    // A base policy that names no region where none can be resolved would fail its scheduled run before reading IoT.
    const baseScope = base === undefined ? { regions: [], handshakes: false } : safeScope(base, request);
    const regions = [...new Set([...headScope.regions, ...baseScope.regions])];
    // One sweep serves both policies: every region either would read, handshakes if either governs any
    // type. inventory() takes the handshake decision from the policy it is given: give it the union.
    const handshakeTypes = [...new Set([...request.head.organizations.handshakeTypes, ...(base?.organizations.handshakeTypes ?? [])])];
    const sweepPolicy = { ...request.head, organizations: { ...request.head.organizations, handshakeTypes } };
    const { account, sweep } = await (0,sweep_run/* inventory */.pf)(deps, sweepPolicy, regions);
    const now = deps.now();
    const headDecisions = (0,decide/* decide */.LD)(sweep.items.filter(inScope(headScope)), request.head, now);
    const baseDecisions = base === undefined ? [] : (0,decide/* decide */.LD)(sweep.items.filter(inScope(baseScope)), base, now);
    const diff = (0,diff_decisions/* diffDecisions */.n1)(baseDecisions, headDecisions, now, request.lapseWindowDays === undefined ? {} : { lapseWindowDays: request.lapseWindowDays });
    const budget = (0,act_budget/* resolveBudget */.ky)(request.maxActions, request.head.limits.maxActions, (0,act_budget/* countPlanned */.Wn)(headDecisions));
    const plan = {
        account,
        generatedAt: now.toISOString(),
        base: request.base,
        head: request.head,
        diff,
        entries: (0,diff_entries/* diffAllowEntries */.r5)(base, request.head),
        lapsingEntries: (0,diff_entries/* lapsingAllowEntries */.CF)(request.head, now, request.lapseWindowDays),
        budget,
        errors: sweep.errors,
        regions: { requested: regions, swept: sweep.regionsSwept },
        handshakesSwept: sweepPolicy.organizations.handshakeTypes.length > 0,
    };
    // The JSON report carries the PR policy's decisions, as a dry-run of it would, plus the diff.
    const results = await (0,execute/* executeDecisions */.Jl)(headDecisions, { mode: 'plan', budget, rejectReasonFor: (0,sweep_run/* rejectReasonFor */.z3)(request.head) });
    const report = {
        ...(0,run_report/* buildRunReport */.IW)({
            mode: 'plan',
            generatedAt: plan.generatedAt,
            account,
            policyPath: request.head.path,
            regions: plan.regions,
            handshakesSwept: plan.handshakesSwept,
            budget,
            results,
            errors: sweep.errors,
        }),
        plan: planReportSection(plan),
    };
    return { kind: 'planned', plan, report };
}
function safeScope(policy, request) {
    try {
        return scopeOf(policy, request);
    }
    catch {
        return { regions: [], handshakes: policy.organizations.handshakeTypes.length > 0 };
    }
}
/** The composition root of a plan: real clients, the real clock. Never builds write effects. */
async function planAgainstAws(request) {
    const clients = (0,aws_clients/* createAwsClients */.Gv)({ userAgentSuffix: request.userAgent });
    return planAgainstAccount({ clients, now: () => new Date(), ...(request.log ? { log: request.log } : {}) }, request);
}


/***/ })

};

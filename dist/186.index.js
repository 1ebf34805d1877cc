export const id = 186;
export const ids = [186];
export const modules = {

/***/ 186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeShardReports: () => (/* binding */ mergeShardReports)
/* harmony export */ });
/* unused harmony export compareItems */
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1091);

function mergeShardReports(files) {
    if (files.length === 0)
        throw new Error('No shard report was found: check that every shard job uploaded its report-file as an artifact and that the merge job downloaded them into the reports folder.');
    const first = files[0];
    const problems = [];
    const byIndex = new Map();
    for (const { file, report } of files) {
        if (report.shard === undefined) {
            problems.push(`${file} is not a shard report (the run had no shard input).`);
            continue;
        }
        byIndex.set(report.shard.index, [...(byIndex.get(report.shard.index) ?? []), file]);
        if (report.shard.count !== first.report.shard?.count)
            problems.push(`${file} is shard ${report.shard.index}/${report.shard.count}, but ${first.file} is one of ${first.report.shard?.count ?? 'no'} shards.`);
        if (report.policy.digest !== first.report.policy.digest) {
            problems.push(`${file} was run with another policy (sha256 ${report.policy.digest.slice(0, 12)}…, ${first.file} has ${first.report.policy.digest.slice(0, 12)}…): the shards are not one run.`);
        }
        if (report.mode !== first.report.mode)
            problems.push(`${file} ran in ${report.mode}, ${first.file} in ${first.report.mode}.`);
        if (report.toolVersion !== first.report.toolVersion)
            problems.push(`${file} was written by inbound-guard ${report.toolVersion}, ${first.file} by ${first.report.toolVersion}.`);
    }
    const count = first.report.shard?.count ?? 0;
    for (const [index, where] of byIndex) {
        if (where.length > 1)
            problems.push(`Shard ${index}/${count} is there ${where.length} times (${where.join(', ')}): keep one report per shard.`);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length > 0)
        problems.push(`Shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the accounts and regions ${missing.length === 1 ? 'it' : 'they'} covered were not checked (did a shard job fail before uploading its report?).`);
    if (problems.length > 0)
        throw new Error(`The shard reports cannot be merged:\n- ${problems.join('\n- ')}`);
    const reports = [...files].map((f) => f.report).sort((a, b) => (a.shard?.index ?? 0) - (b.shard?.index ?? 0));
    const accounts = mergeAccounts(reports.flatMap((r) => r.accounts));
    const items = reports.flatMap((r) => r.items).sort(compareItems);
    const errors = unique(reports.flatMap((r) => r.errors), (e) => JSON.stringify([e.service, e.account, e.region, e.message]));
    const skippedAccounts = unique(reports.flatMap((r) => r.skippedAccounts), (s) => s.account);
    const budget = mergeBudgets(reports.map((r) => r.budget));
    const counts = sumCounts(reports.map((r) => r.counts));
    const report = {
        reportVersion: first.report.reportVersion,
        toolVersion: first.report.toolVersion,
        generatedAt: reports.map((r) => r.generatedAt).sort().at(-1) ?? first.report.generatedAt,
        mode: first.report.mode,
        callerAccount: first.report.callerAccount,
        policy: first.report.policy,
        accounts,
        skippedAccounts: [...skippedAccounts].sort((a, b) => compare(a.account, b.account)),
        budget,
        counts,
        errors,
        items,
        failures: (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .stepFailures */ .SC)({ budget, errors, counts, mode: first.report.mode, skippedAccounts }),
    };
    return { report, shards: count };
}
/** One entry per account: regions and counts added up over the shards, the handshakes from the shard that owned them. */
function mergeAccounts(parts) {
    const byAccount = new Map();
    for (const part of parts)
        byAccount.set(part.account, [...(byAccount.get(part.account) ?? []), part]);
    return [...byAccount.entries()]
        .sort(([a], [b]) => compare(a, b))
        .map(([, shards]) => {
        const base = shards[0];
        const regions = {
            selection: base.regions.selection,
            swept: sortedUnion(shards.flatMap((s) => s.regions.swept)),
            skipped: unique(shards.flatMap((s) => s.regions.skipped), (s) => s.region).sort((a, b) => compare(a.region, b.region)),
            failed: sortedUnion(shards.flatMap((s) => s.regions.failed)),
        };
        const owners = shards.map((s) => s.handshakes).filter((h) => h !== 'other-shard');
        const handshakes = owners[0] ?? 'other-shard';
        const reads = new Set(shards.map((s) => s.read));
        const read = reads.size === 1 ? base.read : 'partial';
        return {
            account: base.account,
            via: base.via,
            ...(base.roleArn === undefined ? {} : { roleArn: base.roleArn }),
            read,
            regions,
            handshakes,
            counts: sumCounts(shards.map((s) => s.counts)),
        };
    });
}
/**
 * The run's budget over its shards: each shard had ⌊limit / n⌋, so their sum is what the run could
 * write at most; tripped when any shard tripped (that shard wrote nothing).
 */
function mergeBudgets(budgets) {
    const first = budgets[0];
    return {
        limit: budgets.reduce((n, b) => n + b.limit, 0),
        source: first.source,
        planned: budgets.reduce((n, b) => n + b.planned, 0),
        tripped: budgets.some((b) => b.tripped),
    };
}
function sumCounts(all) {
    const sum = Object.fromEntries([..._run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .OUTCOMES */ .im, 'planned'].map((k) => [k, 0]));
    for (const counts of all)
        for (const key of Object.keys(sum))
            sum[key] = (sum[key] ?? 0) + (counts[key] ?? 0);
    return sum;
}
/** The order one job writes items in: by account, certificate transfers by region then id, then handshakes by id. */
function compareItems(a, b) {
    return compare(a.item.account, b.item.account) || kindRank(a.item) - kindRank(b.item) || compare(regionOf(a.item), regionOf(b.item)) || compare(idOf(a.item), idOf(b.item));
}
const kindRank = (item) => (item.kind === 'certificate-transfer' ? 0 : 1);
const regionOf = (item) => (item.kind === 'certificate-transfer' ? item.region : '');
const idOf = (item) => (item.kind === 'certificate-transfer' ? item.certificateId : item.id);
function unique(items, key) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function sortedUnion(values) {
    return [...new Set(values)].sort(compare);
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ REPORT_VERSION),
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   SC: () => (/* binding */ stepFailures),
/* harmony export */   im: () => (/* binding */ OUTCOMES)
/* harmony export */ });
/* unused harmony exports countOutcomes, errorPlace, toReportItem */
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5419);

/** Bump when a field is renamed or removed; adding a field keeps the version. 2: many accounts. */
const REPORT_VERSION = 2;
const OUTCOMES = ['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'failed', 'held-by-budget', 'allowed', 'ignored'];
function countOutcomes(results) {
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0]));
    let planned = 0;
    for (const r of results) {
        counts[r.outcome] += 1;
        if (r.decision.action === 'reject' || r.decision.action === 'decline')
            planned += 1;
    }
    return { ...counts, planned };
}
/** Where an error was, in words: "IoT in eu-west-1 of 111122223333". */
function errorPlace(e) {
    const of = e.account === undefined ? '' : ` of ${e.account}`;
    switch (e.service) {
        case 'iot':
            return `IoT in ${e.region ?? 'an unknown region'}${of}`;
        case 'sts':
            return e.account === undefined ? 'the caller identity (STS)' : `account ${e.account} (STS)`;
        case 'account':
            return `the enabled regions${of} (Account ListRegions)`;
        case 'organizations':
            return e.account === undefined ? "the organization's accounts (Organizations)" : `Organizations handshakes${of}`;
    }
}
/** The reasons the step fails: a tripped budget, a part not read, an account not guarded, a write that failed. */
function stepFailures(input) {
    const failures = [];
    if (input.budget.tripped && input.mode === 'enforce') {
        failures.push(`${input.budget.planned} items call for rejection or decline, more than the budget of ${input.budget.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .budgetSource */ .ZM)(input.budget)}); nothing was written. Check the policy for a mistake; if the list is right, raise max-actions for one run.`);
    }
    for (const e of input.errors) {
        failures.push(`Could not read ${errorPlace(e)}: ${e.message}. Items there were not checked.`);
    }
    for (const s of input.skippedAccounts ?? []) {
        if (s.fails)
            failures.push(`Account ${s.account} was not guarded: ${s.reason}.`);
    }
    if (input.counts.failed > 0) {
        failures.push(`${input.counts.failed} ${input.counts.failed === 1 ? 'rejection or decline' : 'rejections or declines'} failed; see the job summary and the report.`);
    }
    return failures;
}
/** The report of a run from its parts: counts, account summaries and failure reasons are derived, never passed in. */
function buildRunReport(parts) {
    const items = parts.results.map(toReportItem);
    const errors = [...parts.globalErrors, ...parts.accounts.flatMap((a) => a.errors)];
    const counts = countOutcomes(parts.results);
    return {
        reportVersion: REPORT_VERSION,
        toolVersion: parts.toolVersion,
        generatedAt: parts.generatedAt,
        mode: parts.mode,
        callerAccount: parts.callerAccount,
        policy: parts.policy,
        ...(parts.shard === undefined ? {} : { shard: parts.shard }),
        accounts: parts.accounts.map((a) => accountReport(a, parts.results)),
        skippedAccounts: parts.skippedAccounts,
        budget: parts.budget,
        counts,
        errors,
        items,
        failures: stepFailures({ budget: parts.budget, errors, counts, mode: parts.mode, skippedAccounts: parts.skippedAccounts }),
        ...(parts.timings === undefined ? {} : { timings: parts.timings }),
    };
}
function accountReport(inventory, results) {
    const { target } = inventory;
    const reached = !inventory.errors.some((e) => e.service === 'sts');
    return {
        account: target.account,
        via: target.via,
        ...(target.roleArn === undefined ? {} : { roleArn: target.roleArn }),
        read: !reached ? 'none' : inventory.errors.length > 0 ? 'partial' : 'complete',
        regions: inventory.regions,
        handshakes: inventory.handshakes,
        counts: countOutcomes(results.filter((r) => r.decision.item.account === target.account)),
    };
}
function toReportItem(result) {
    return {
        item: result.decision.item,
        action: result.decision.action,
        reason: result.decision.reason,
        matched: result.decision.matched,
        outcome: result.outcome,
        detail: result.detail,
        rejectReason: result.rejectReason,
    };
}


/***/ })

};

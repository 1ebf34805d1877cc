export const id = 693;
export const ids = [693];
export const modules = {

/***/ 4693:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readShardReports: () => (/* binding */ readShardReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1091);



/** A shard report is a few MiB at most; a larger file in the folder is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * Every `*.json` under `folder` (relative to the workspace), read as a shard report. Anything that
 * is not a report of this version is an error naming the file: a merge must not guess.
 */
async function readShardReports(workspace, folder) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, folder);
    let files;
    try {
        files = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(root, { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
            .map((entry) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(entry.parentPath, entry.name))
            .sort();
    }
    catch (error) {
        throw new Error(`Cannot read the reports folder ${folder} (${error instanceof Error ? error.message : String(error)}); download the shard artifacts into it first.`);
    }
    const reports = [];
    for (const path of files) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, path) || path;
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        if (bytes.length > MAX_REPORT_BYTES)
            throw new Error(`${file} is larger than any shard report (${bytes.length} bytes).`);
        let value;
        try {
            value = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error(`${file} is not JSON, so it is not a shard report; keep only the shard reports in ${folder}.`);
        }
        reports.push({ file, report: asShardReport(value, file) });
    }
    return reports;
}
function asShardReport(value, file) {
    const report = value;
    if (typeof report !== 'object' || report === null || report.reportVersion !== _run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_VERSION */ .Aj) {
        throw new Error(`${file} is not an inbound-guard report of version ${_run_run_report_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_VERSION */ .Aj} (reportVersion ${JSON.stringify(report?.reportVersion ?? null)}); all jobs must use the same release.`);
    }
    for (const key of ['accounts', 'items', 'errors', 'skippedAccounts']) {
        if (!Array.isArray(report[key]))
            throw new Error(`${file} has no ${key} list: it is not a complete report.`);
    }
    if (typeof report.policy?.digest !== 'string' || typeof report.counts !== 'object' || typeof report.budget !== 'object') {
        throw new Error(`${file} lacks its policy digest, counts or budget: it is not a complete report.`);
    }
    return report;
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

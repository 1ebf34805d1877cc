export const id = 143;
export const ids = [143];
export const modules = {

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ warnUnknownRegions),
/* harmony export */   E_: () => (/* binding */ runLogger),
/* harmony export */   HR: () => (/* binding */ warnEmptyShare),
/* harmony export */   IR: () => (/* binding */ itemLabel),
/* harmony export */   Km: () => (/* binding */ logDecisions),
/* harmony export */   yJ: () => (/* binding */ logNotGuarded)
/* harmony export */ });
/* unused harmony exports sweepLogLine, duration, actLogLine */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6910);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9579);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1091);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5419);
/* harmony import */ var _decide_in_force_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(703);
/* harmony import */ var _decide_reasons_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3369);
/* harmony import */ var _describe_item_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9673);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2527);
/* harmony import */ var _run_summary_items_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(663);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9344);











/**
 * Log lines for a run. Every line starts with our own words; anything AWS gave (ids, messages,
 * errors) passes through inertLogText, so a sender cannot emit a workflow command.
 */
function sweepLogLine(event) {
    switch (event.type) {
        case 'region-started':
            return `${safe(event.account)} IoT ${safe(event.region)}: listing certificates`;
        case 'region-progress':
            return progressLine(event);
        case 'region-finished':
            return `${safe(event.account)} IoT ${safe(event.region)}: ${event.pending} pending transfers (${event.incoming} incoming, ${event.outgoing} outgoing${event.vanished ? `, ${event.vanished} no longer pending when described` : ''})${duplicates(event.duplicates, 'certificate')}`;
        case 'region-failed':
            return `${safe(event.account)} IoT ${safe(event.region)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'handshakes-started':
            return `${safe(event.account)} Organizations: listing handshakes`;
        case 'handshakes-finished':
            return `${safe(event.account)} Organizations: ${event.listed} handshakes listed (${event.incoming} received, ${event.outgoing} sent by this account's organization${event.withoutId ? `, ${event.withoutId} without an id` : ''})${duplicates(event.duplicates, 'handshake')}`;
        case 'handshakes-failed':
            return `${safe(event.account)} Organizations: handshakes could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'targets-resolved':
            return `Guarding ${event.targets} ${event.targets === 1 ? 'account' : 'accounts'} (${event.viaRoles} through a role)${event.skipped ? `; ${event.skipped} not guarded (see the summary)` : ''}`;
        case 'regions-resolved':
            return `${safe(event.account)}: ${(0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindNamed */ .UL)(event.kind).label} regions to sweep: ${event.swept.map(safe).join(', ') || 'none'}${event.skipped.length ? `; skipped ${skippedWords(event.skipped)}` : ''}`;
        case 'part-started':
            return `${safe(event.account)} ${place(event)}: listing`;
        case 'part-finished':
            if (event.notInUse !== undefined)
                return `${safe(event.account)} ${place(event)}: nothing to read (${safe(event.notInUse)})`;
            return `${safe(event.account)} ${place(event)}: ${event.pending} pending (${event.listed} listed${event.vanished ? `, ${event.vanished} no longer pending when looked at` : ''})${duplicates(event.duplicates, 'item')}`;
        case 'part-failed':
            return `${safe(event.account)} ${place(event)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'account-failed':
            return `${safe(event.account)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'listing-failed':
            return `Could not list ${safe(event.what)} (${event.errorKind}): ${safe(event.error.message)}`;
    }
}
/**
 * A long region sweep, once per interval: counts, pace and an estimate of the time left. Every
 * number is ours; the account and region pass through inertLogText like any AWS-given text.
 */
function progressLine(event) {
    const where = `${safe(event.account)} IoT ${safe(event.region)}`;
    const read = `${count(event.certificates)} certificates on ${count(event.pages)} pages (${event.pagesPerSecond.toFixed(1)} pages/s)`;
    const found = `${count(event.pending)} pending${event.listed ? '' : ' so far'}, ${count(event.described)} described`;
    const left = event.remaining === undefined
        ? event.listed ? '' : '; time left unknown (ListCertificates gives no total, and the creation dates give no estimate yet)'
        : `; about ${duration(event.remaining.ms)} left (${event.remaining.basis === 'creation-dates' ? 'estimated from the creation dates reached' : "at the describes' pace"})`;
    return event.listed
        ? `${where}: listed ${read} in ${duration(event.elapsedMs)}; describing: ${found}${left}`
        : `${where}: still listing after ${duration(event.elapsedMs)}: ${read}, ${found}${left}`;
}
function count(n) {
    return n.toLocaleString('en-US');
}
/** 95 s → "1m 35s"; 3,725 s → "1h 2m". */
function duration(ms) {
    const s = Math.max(0, Math.round(ms / 1000));
    if (s < 60)
        return `${s}s`;
    if (s < 3600)
        return `${Math.floor(s / 60)}m ${s % 60}s`;
    return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}
/** `RAM us-east-1`, `GuardDuty eu-west-1`: the service and region of a part. */
function place(event) {
    return `${_kinds_services_js__WEBPACK_IMPORTED_MODULE_2__/* .SERVICE_LABEL */ .fX[event.service].short}${event.region === undefined ? '' : ` ${safe(event.region)}`}`;
}
/** `2 where AWS IoT Core is not offered`, one clause per reason. */
function skippedWords(skipped) {
    const byReason = new Map();
    for (const s of skipped)
        byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    return [...byReason].map(([reason, n]) => `${n} (${safe(reason)})`).join(', ');
}
/** "; AWS listed 2 certificates twice (each judged once)" — AWS repeating an item across pages is worth a line. */
function duplicates(count, what) {
    return count > 0 ? `; AWS listed ${count} ${what}${count === 1 ? '' : 's'} more than once (each judged once)` : '';
}
function actLogLine(event) {
    if (event.type === 'budget-tripped') {
        return `Budget tripped: ${event.budget.planned} planned, limit ${event.budget.limit}. Nothing will be written.`;
    }
    const { result } = event;
    return `${(0,_run_summary_items_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeLabel */ .FR)(result.outcome)}: ${itemLabel(result.decision.item)}${result.detail ? ` — ${safe(result.detail)}` : ''}`;
}
function itemLabel(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item)?.describe.logLabel(item) ?? `an item of unknown kind in ${safe(item.account)}`;
}
/**
 * A logger for the sweep and act stages that writes inside the group currently open. With
 * `actGroup`, the first act event closes that group (the caller's, around the whole run) and opens
 * one of this title, so rejections and declines are not filed under the sweep; the caller's
 * endGroup then closes it.
 */
function runLogger(options = {}) {
    let acting = false;
    const shown = options.redact ?? ((line) => line);
    return {
        sweep: (event) => (event.type.endsWith('failed') ? _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(shown(sweepLogLine(event))) : _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown(sweepLogLine(event)))),
        act: (event) => {
            if (!acting && options.actGroup !== undefined) {
                _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
                _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(options.actGroup);
            }
            acting = true;
            _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown(actLogLine(event)));
        },
    };
}
/**
 * One line per item and its outcome, grouped; then the headline counts. An allowance lapsing within
 * the alert issue's window at `now` ends with LAPSING_MARK and its last day: the issue, judging at
 * the same `now`, lists the same items, and its cut table sends readers here for the rest.
 */
function logDecisions(report, now) {
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Decisions (${report.items.length} items)`);
    for (const i of report.items) {
        // The reason whole: it is our words, its sender values bounded where it is built (decide/reasons.ts).
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_run_summary_items_js__WEBPACK_IMPORTED_MODULE_7__/* .outcomeLabel */ .FR)(i.outcome)}: ${itemLabel(i.item)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertLogText */ .I1)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REASON_LENGTH */ .hl)}${lapsingNote(i, now)}`);
    }
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    logNotGuarded(report.skippedAccounts);
    const c = report.counts;
    // enforce fails the step on a tripped budget; a dry-run must say the same, as an annotation.
    if (report.mode === 'dry-run' && report.budget.tripped) {
        const b = report.budget;
        const clause = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .overShareClause */ .P0)(b, report.shard);
        const over = b.share === undefined
            ? `${b.planned} items call for rejection or decline, more than the budget of ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .budgetSource */ .ZM)(b)}): an enforce run would write nothing and fail.`
            : clause === undefined
                ? `At least one shard found more items to reject or decline than its share: ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .shareWords */ .hs)({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`
                : `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_9__/* .capitalise */ .s)(clause)}: ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .shareWords */ .hs)({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`;
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${over} ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .trippedAdvice */ .lX)(b)}`, { title: 'inbound-guard: the budget would trip' });
    }
    warnUnknownRegions((0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownRegions */ .gI)(report));
    const accepted = c['accepted-meanwhile'] ? ` accepted against the policy ${c['accepted-meanwhile']},` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(report.mode === 'enforce'
        ? `Rejected ${c.rejected}, declined ${c.declined}, no longer pending ${c['already-handled']},${accepted} failed ${c.failed}, held by budget ${c['held-by-budget']}, allowed ${c.allowed}, ignored ${c.ignored}.`
        : `Dry run: would reject ${c['would-reject']}, would decline ${c['would-decline']},${accepted} allowed ${c.allowed}, ignored ${c.ignored}. Nothing was written.`);
}
/**
 * " — ⏳ lapsing soon: allowed through 2026-11-30 (UTC), lapses in 8 days 12 h"; '' for any item
 * not allowed by an allowance that lapses within the window. The day is a real YYYY-MM-DD
 * (lapsingWithin read it), so no text a sender or a report file chose reaches the line through it.
 */
function lapsingNote(i, now) {
    const soon = (0,_decide_in_force_js__WEBPACK_IMPORTED_MODULE_10__/* .allowanceLapsing */ .BI)(i, now, _decide_in_force_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_LAPSE_WINDOW_DAYS */ .Lx);
    return soon === undefined ? '' : ` — ${_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .LAPSING_MARK */ .T0}: allowed through ${soon.until} (UTC), lapses in ${(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .timeLeft */ .f$)(soon)}`;
}
/**
 * Every account the targets named or the organization listed that was not guarded, one line each
 * with why, in a group of its own: the step's failures name the first MAX_NOT_GUARDED_NAMED
 * outside the pin and the job summary a bounded number, and when the JSON report could not be
 * written this is the one place that names every one. Nothing when there are none.
 */
function logNotGuarded(skipped) {
    if (skipped.length === 0)
        return;
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`${_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_GUARDED_GROUP */ .jR} (${skipped.length} ${skipped.length === 1 ? 'account' : 'accounts'})`);
    for (const s of skipped)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${s.fails ? 'not guarded (fails the step)' : 'not guarded'}: ${safe(s.account)}: ${safe(s.reason)}`);
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}
/**
 * The `::warning::` for a matrix run whose max-actions leaves each shard 0: said before the sweep
 * (dry-run and enforce) and by the merge, since every shard that finds anything will trip.
 */
function warnEmptyShare(budget) {
    const warning = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyShareWarning */ .x5)(budget);
    if (warning !== undefined)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning, { title: "inbound-guard: each shard's budget is 0" });
}
/** The `::warning::` for regions listed as enabled that this release does not know (dry-run, enforce and plan). */
function warnUnknownRegions(regions) {
    const unknown = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownRegionsWarning */ .Wn)(regions, safe);
    if (unknown !== undefined)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(unknown, { title: 'inbound-guard: regions not swept' });
}
function safe(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertLogText */ .I1)(text, 200);
}


/***/ }),

/***/ 143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeMode: () => (/* binding */ mergeMode),
/* harmony export */   sweepMode: () => (/* binding */ sweepMode)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6910);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4238);
/* harmony import */ var _policy_load_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4527);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5419);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2527);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9820);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7412);
/* harmony import */ var _report_run_summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8201);
/* harmony import */ var _run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2089);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1091);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3411);
/**
 * The modes that end in a run report: dry-run and enforce sweep AWS, merge combines a matrix run's
 * shard reports. main.ts loads this module only for them, so validate never compiles the run
 * report, its log lines and its summary; the AWS SDK and the sweep are a further chunk, loaded by
 * runAgainstAws's import below.
 */











/** dry-run and enforce: sweep the account, decide, act within the budget, report. */
async function sweepMode(settings, mode, policy, outputs) {
    const regions = (0,_run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_8__/* .resolveRegions */ .U)(settings.regions, policy.iot.regions);
    const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x}: ${mode}${shard}, policy ${settings.policyFile}, IoT regions: ${regions === 'all' ? 'every enabled region' : regions.join(', ') || 'none'}.`);
    // Before the sweep: a matrix whose max-actions leaves each shard 0 trips in every shard that finds anything.
    if (settings.shard !== undefined) {
        const { limit, source } = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_10__/* .budgetLimit */ .j8)(settings.maxActions, policy.limits.maxActions);
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_4__/* .warnEmptyShare */ .HR)({ source, share: { runLimit: limit, shards: settings.shard.count } });
    }
    const { runAgainstAws } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(814), __webpack_require__.e(202), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 2202));
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh('Sweep');
    // One call sweeps and acts; the logger closes 'Sweep' and opens the act group at the first write.
    const log = (0,_report_log_js__WEBPACK_IMPORTED_MODULE_4__/* .runLogger */ .E_)({ actGroup: mode === 'enforce' ? 'Act: reject and decline' : 'Act' });
    const report = await runAgainstAws({
        mode,
        policy,
        regionsInput: settings.regions,
        maxActions: settings.maxActions,
        roleName: settings.roleName,
        shard: settings.shard,
        log,
        rateLimits: settings.rateLimits,
        userAgent: `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax}/${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x}`,
        sessionName: `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax}-${settings.runId}`.slice(0, 64),
    }).finally(() => _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4());
    // From here on, AWS may have been written to: nothing below may hide that behind an exception.
    return publish(settings, report, outputs);
}
/**
 * merge: the last job of a matrix run. Reads the shard reports (downloaded artifacts), checks they
 * are one run's complete set, and writes the combined summary, report and outputs. No AWS call.
 */
async function mergeMode(settings, outputs) {
    const { readShardReports } = await __webpack_require__.e(/* import() */ 596).then(__webpack_require__.bind(__webpack_require__, 6596));
    const { mergeShardReports } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(814), __webpack_require__.e(186)]).then(__webpack_require__.bind(__webpack_require__, 186));
    if (settings.reports === undefined) {
        // Not merge-multiple: every shard's report has the same file name, so merging the artifacts into one folder keeps only one.
        throw new Error("mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and a path, without merge-multiple: each artifact lands in its own subfolder, and every *.json under the folder is read).");
    }
    const merged = mergeShardReports(await readShardReports(settings.workspace, settings.reports));
    // The path comes from the shard files (checked in shard-report.ts): escaped all the same, as any text a file gave.
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_9__/* .VERSION */ .x}: merged ${merged.shards} shard reports of policy ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLogText */ .I1)(merged.report.policy.path)} (${merged.report.accounts.length} accounts).`);
    const { source, share } = merged.report.budget;
    if (share !== undefined)
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_4__/* .warnEmptyShare */ .HR)({ source, share });
    return publish(settings, merged.report, outputs);
}
/** The log lines, JSON report, count outputs and job summary of a run (or of a merged matrix run); main.ts sets summary-json. */
async function publish(settings, unstamped, outputs) {
    const report = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_7__/* .withRunContext */ .Fw)(unstamped, settings.run);
    const now = new Date();
    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_4__/* .logDecisions */ .Km)(report, now);
    const notPublished = await outputs.publishReport(report, settings.reportFile);
    // After the report: the summary must not send a reader to a report file that was not written.
    const noSummary = await (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .Sy)((0,_report_run_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .renderRunSummary */ .qN)(report, { links: sourceLinks(settings), reportWritten: outputs.reportWritten }));
    // Not written, the report's own failures would send readers to it: the log names what they leave out (logDecisions).
    const failures = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_7__/* .publishedFailures */ .Mu)(report, outputs.reportWritten, 'log');
    return { report, failures: [...failures, ...notPublished, ...noSummary], reportWritten: outputs.reportWritten, now };
}
/** Links to policy lines at the commit the workflow runs at, when it runs in a repository. */
function sourceLinks(settings) {
    return settings.repository ? { ...settings.repository, policyPath: (0,_policy_load_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(settings.workspace, settings.policyFile) } : undefined;
}


/***/ }),

/***/ 3411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The action's version, shown in logs and sent in the AWS user agent (CloudTrail shows who called). */
const VERSION = '0.1.0';


/***/ })

};

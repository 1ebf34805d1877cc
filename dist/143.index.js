export const id = 143;
export const ids = [143];
export const modules = {

/***/ 143:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeMode: () => (/* binding */ mergeMode),
/* harmony export */   sweepMode: () => (/* binding */ sweepMode)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6910);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4238);
/* harmony import */ var _policy_load_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4527);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5419);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9820);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7412);
/* harmony import */ var _report_run_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2666);
/* harmony import */ var _run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2089);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1091);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3411);
/**
 * The modes that end in a run report: dry-run and enforce sweep AWS, merge combines a matrix run's
 * shard reports. main.ts loads this module only for them, so validate never compiles the run
 * report, its log lines and its summary; the AWS SDK and the sweep are a further chunk, loaded by
 * runAgainstAws's import below.
 */










/** dry-run and enforce: sweep the account, decide, act within the budget, report. */
async function sweepMode(settings, mode, policy, outputs) {
    const regions = (0,_run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_7__/* .resolveRegions */ .U)(settings.regions, policy.iot.regions);
    const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}: ${mode}${shard}, policy ${settings.policyFile}, IoT regions: ${regions === 'all' ? 'every enabled region' : regions.join(', ') || 'none'}.`);
    // Before the sweep: a matrix whose max-actions leaves each shard 0 trips in every shard that finds anything.
    if (settings.shard !== undefined) {
        const { limit, source } = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_9__/* .budgetLimit */ .j8)(settings.maxActions, policy.limits.maxActions);
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warnEmptyShare */ .HR)({ source, share: { runLimit: limit, shards: settings.shard.count } });
    }
    const { runAgainstAws } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(814), __webpack_require__.e(799)]).then(__webpack_require__.bind(__webpack_require__, 2799));
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh('Sweep');
    // One call sweeps and acts; the logger closes 'Sweep' and opens the act group at the first write.
    const log = (0,_report_log_js__WEBPACK_IMPORTED_MODULE_3__/* .runLogger */ .E_)({ actGroup: mode === 'enforce' ? 'Act: reject and decline' : 'Act' });
    const report = await runAgainstAws({
        mode,
        policy,
        regionsInput: settings.regions,
        maxActions: settings.maxActions,
        roleName: settings.roleName,
        shard: settings.shard,
        log,
        rateLimits: settings.rateLimits,
        userAgent: `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax}/${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}`,
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
    const { readShardReports } = await __webpack_require__.e(/* import() */ 693).then(__webpack_require__.bind(__webpack_require__, 4693));
    const { mergeShardReports } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(814), __webpack_require__.e(186)]).then(__webpack_require__.bind(__webpack_require__, 186));
    if (settings.reports === undefined)
        throw new Error("mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and merge-multiple: true).");
    const merged = mergeShardReports(await readShardReports(settings.workspace, settings.reports));
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x}: merged ${merged.shards} shard reports of policy ${merged.report.policy.path} (${merged.report.accounts.length} accounts).`);
    const { source, share } = merged.report.budget;
    if (share !== undefined)
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_3__/* .warnEmptyShare */ .HR)({ source, share });
    return publish(settings, merged.report, outputs);
}
/** The log lines, JSON report, count outputs and job summary of a run (or of a merged matrix run); main.ts sets summary-json. */
async function publish(settings, unstamped, outputs) {
    const report = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_6__/* .withRunContext */ .Fw)(unstamped, settings.run);
    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_3__/* .logDecisions */ .Km)(report);
    const notPublished = await outputs.publishReport(report, settings.reportFile);
    const noSummary = await (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .S)((0,_report_run_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderRunSummary */ .qN)(report, { reportFile: settings.reportFile, links: sourceLinks(settings) }));
    return { report, failures: [...report.failures, ...notPublished, ...noSummary] };
}
/** Links to policy lines at the commit the workflow runs at, when it runs in a repository. */
function sourceLinks(settings) {
    return settings.repository ? { ...settings.repository, policyPath: (0,_policy_load_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .displayPath */ .G)(settings.workspace, settings.policyFile) } : undefined;
}


/***/ })

};

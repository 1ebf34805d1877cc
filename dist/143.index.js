export const id = 143;
export const ids = [143];
export const modules = {

/***/ 2379:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e2: () => (/* binding */ modeLabel),
  qN: () => (/* binding */ renderRunSummary)
});

// UNUSED EXPORTS: footer

// EXTERNAL MODULE: ./lib/run/report-counts.js
var report_counts = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/run/report-errors.js
var report_errors = __webpack_require__(8767);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(5402);
// EXTERNAL MODULE: ./lib/report/run-summary-accounts.js
var run_summary_accounts = __webpack_require__(2439);
// EXTERNAL MODULE: ./lib/report/run-summary-banners.js
var run_summary_banners = __webpack_require__(8832);
// EXTERNAL MODULE: ./lib/report/run-summary-cut.js
var run_summary_cut = __webpack_require__(6971);
// EXTERNAL MODULE: ./lib/report/run-summary-items.js
var run_summary_items = __webpack_require__(663);
;// CONCATENATED MODULE: ./lib/report/run-summary-kinds.js
/** The job summary's kinds table: a row per kind, its policy section and its counts over every account. */





/**
 * One row per kind: the policy section that governs it (or why it is not governed: nothing of it
 * was read), and its counts over every account. A row adds up to the kind's items: To act (what the
 * budget counts; Done says what became of each, one accepted while the run acted included), then,
 * when the run found any, those already accepted against the policy when read (an `ignore`, never to
 * act on, nor allowed or ignored), then Allowed and Ignored. The ⚠️ counts of a row's Done cell and
 * its Accepted when read cell add up to the headline's "accepted against the policy".
 */
function kindsSection(report, accepted) {
    if (report.kinds === undefined)
        return [];
    const whenRead = accepted.filter((i) => (0,report_counts/* acceptedWhen */.op)(i) === 'when-read');
    const whileActing = accepted.filter((i) => (0,report_counts/* acceptedWhen */.op)(i) === 'while-acting');
    // Its own column only when there is something in it: most runs have none.
    const withWhenRead = whenRead.length > 0;
    const rows = registry/* KINDS */.GW.map((kind) => {
        const k = report.kinds[kind.name];
        if (k === undefined || !k.governed)
            return [kind.title, `not governed (${(0,report_escape/* inertMarkdownWithCode */.b)(kind.notGoverned, 120)}): not read, left alone`, '—', '—', ...(withWhenRead ? ['—'] : []), '—', '—'];
        // A kind some part of which could not be read must not look like a clean zero.
        const unread = report.accounts.filter((a) => a.kinds?.[kind.name]?.state === 'failed' || a.kinds?.[kind.name]?.state === 'not-read').length;
        // No account guarded (the organization's accounts could not be listed): read in none, so not in any.
        const see = (0,report_errors/* notReadCount */.Ng)(report) > 0 ? ' (see Not read)' : '';
        // Every account left out by choice (nothing failed): none was to be read, no warning.
        const warning = report.accounts.length === 0 ? (see === '' ? ' · no account guarded' : ` · ⚠️ not read: no account was read${see}`) : unread === 0 ? '' : ` · ⚠️ not read in ${unread} ${unread === 1 ? 'account' : 'accounts'} (see Not read)`;
        const ofKind = (items) => items.filter((i) => i.item.kind === kind.name).length;
        const foundAccepted = ofKind(whenRead);
        return [
            kind.title,
            (0,report_escape/* code */.aY)(kind.section),
            String(k.counts.planned),
            `${doneCell(report, kind.verb, k.counts, ofKind(whileActing))}${warning}`,
            ...(withWhenRead ? [foundAccepted === 0 ? '0' : `⚠️ ${foundAccepted}`] : []),
            String(k.counts.allowed),
            String(k.counts.ignored),
        ];
    });
    const headers = ['Kind', 'Policy', 'To act', report.mode === 'enforce' ? 'Done' : 'Would do', ...(withWhenRead ? ['Accepted when read'] : []), 'Allowed', 'Ignored'];
    return ['', (0,markdown/* table */.tp)(headers, rows)];
}
/** What became of a kind's items to act on; `acceptedCount`: those among them accepted while the run acted. */
function doneCell(report, verb, c, acceptedCount) {
    const done = verb === 'reject' ? 'rejected' : 'declined';
    // Beside the count, not inside it: an item accepted against the policy is not one of those rejected or declined.
    const accepted = acceptedCount ? ` · ⚠️ ${acceptedCount} accepted against the policy` : '';
    if (report.mode !== 'enforce')
        return `${verb} ${c[verb === 'reject' ? 'would-reject' : 'would-decline']}${accepted}`;
    const extra = [
        c['already-handled'] ? `${c['already-handled']} no longer pending` : '',
        c.failed ? `${c.failed} failed` : '',
        c['held-by-budget'] ? `${c['held-by-budget']} held` : '',
    ].filter(Boolean);
    return `${c[done]} ${done}${extra.length ? ` (${extra.join(', ')})` : ''}${accepted}`;
}

// EXTERNAL MODULE: ./lib/report/run-summary-not-read.js
var run_summary_not_read = __webpack_require__(563);
;// CONCATENATED MODULE: ./lib/report/run-summary.js
/**
 * The job summary of a dry-run or enforce run (renderRunSummary): its title, headline and footer are
 * here; the banners, the kinds table, Not read, the item sections, the accounts and the cut tables'
 * limits are each in a run-summary-*.ts of their own.
 */












const MODE_LABEL = { 'dry-run': 'dry-run', enforce: 'enforce', plan: 'plan' };
/**
 * A report's mode as a heading shows it: from this table, never the report's own text. A merged
 * report's mode comes from shard files; merge/shard-report.ts refuses any other, and this keeps a
 * heading free of whatever a report says should a check ever miss.
 */
function modeLabel(mode) {
    return Object.hasOwn(MODE_LABEL, mode) ? MODE_LABEL[mode] : 'unknown mode';
}
function renderRunSummary(report, options = {}) {
    const accepted = report.items.filter(report_counts/* acceptedAgainstPolicy */.TF);
    const acted = report.items.filter((i) => (i.action === 'reject' || i.action === 'decline') && !(0,report_counts/* acceptedAgainstPolicy */.TF)(i));
    // Called for action, but accepted while the run acted: counted in To act (kinds table, budget), listed under Accepted.
    const racedAway = accepted.filter((i) => (0,report_counts/* acceptedWhen */.op)(i) === 'while-acting').length;
    const allowed = report.items.filter((i) => i.action === 'allow');
    const ignored = report.items.filter((i) => i.action === 'ignore' && !(0,report_counts/* acceptedAgainstPolicy */.TF)(i));
    const reportWritten = options.reportWritten ?? true;
    const where = (0,run_summary_cut/* restWhere */.wE)(reportWritten);
    const many = report.accounts.length > 1;
    const sections = [
        `## ${headlineIcon(report)} inbound-guard · ${modeLabel(report.mode)}${report.shard ? ` · shard ${report.shard.index}/${report.shard.count}` : ''} · ${scopeTitle(report)}`,
        '',
        headline(report, accepted.length),
        ...(0,run_summary_banners/* budgetBanner */.IW)(report),
        ...(0,run_summary_banners/* unknownRegionsBanner */.ac)((0,run_report/* unknownRegions */.gI)(report)),
        ...kindsSection(report, accepted),
        ...(0,run_summary_not_read/* errorSection */.K6)(report, where),
        ...(0,run_summary_items/* acceptedSection */.Vb)(accepted, where.items, many),
        ...(0,run_summary_items/* actedSection */.zH)(report, acted, racedAway, where.items, many),
        ...(0,run_summary_items/* allowedSection */.s)(allowed, where.items, options.links, many, options.now ?? new Date(report.generatedAt)),
        ...(0,run_summary_items/* ignoredSection */.cB)(ignored, where.items, many),
        // After the items: with hundreds of accounts this is the longest part, and the least acted on.
        ...(0,run_summary_accounts/* accountsSection */.Mr)(report, where),
        '',
        ...timingsLine(report),
        footer(report, reportWritten),
    ];
    return sections.join('\n');
}
function scopeTitle(report) {
    const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
    if (only !== undefined)
        return `account ${(0,report_escape/* code */.aY)(only.account)}`;
    if (report.accounts.length === 0 && (0,report_errors/* organizationUnlisted */.cB)(report.errors))
        return "no account checked: the organization's accounts could not be listed";
    // Every one guarded and none read (their roles refused): not "N accounts" as if they were checked.
    if (report.accounts.length > 1 && (0,report_errors/* noAccountRead */.x8)(report))
        return `no account checked: none of the ${report.accounts.length} accounts could be read`;
    return `${report.accounts.length} accounts`;
}
function headlineIcon(report) {
    if (report.failures.length > 0)
        return '❌';
    return report.mode === 'enforce' ? '🛡️' : '🔍';
}
/** `acceptedCount`: the items acceptedAgainstPolicy selects, as the section below lists them. */
function headline(report, acceptedCount) {
    const c = report.counts;
    const accepted = acceptedCount ? ` · ${acceptedCount} accepted against the policy` : '';
    // What else fails the step is said in the headline too: items held by a tripped budget, parts not read.
    const held = c['held-by-budget'] ? ` · ${c['held-by-budget']} held by the budget` : '';
    // Counted as the Not read section, summary-json and the alert's title count them: an account outside the pin is one.
    const notRead = (0,report_errors/* notReadCount */.Ng)(report);
    const unread = notRead ? ` · ${notRead} ${notRead === 1 ? 'part' : 'parts'} not read` : '';
    if (report.mode === 'enforce') {
        return `**${c.rejected} rejected · ${c.declined} declined · ${c['already-handled']} no longer pending${accepted} · ${c.failed} failed${held}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored.`;
    }
    return `**Dry run: would reject ${c['would-reject']} · would decline ${c['would-decline']}${accepted}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored. Nothing was written.`;
}
/**
 * What was read, and only that (a part that failed is never counted as swept); where the JSON report
 * is; the run; when the report was made. The report's path is the runner's, gone with it: the
 * footer names the output a workflow keeps it by instead, or, when it could not be written
 * (`reportWritten` false: the output is empty), says so.
 */
function footer(report, reportWritten = true) {
    const pairs = report.accounts.reduce((n, a) => n + a.regions.swept.length, 0);
    const one = report.accounts.length === 1 ? report.accounts[0] : undefined;
    // No account guarded: the organization's accounts could not be listed (no kind was read, governed
    // or not: NOT read), or every one was left out by choice (nothing was to be read: none guarded).
    const none = report.accounts.length === 0;
    const unguarded = none && (0,report_errors/* notReadCount */.Ng)(report) === 0;
    const notRead = unguarded ? 'not read' : 'NOT read';
    // Counts only: one account's regions are listed above the footer (regionLines), many accounts' in their table.
    const unit = one !== undefined ? 'region' : 'account-region';
    const regions = none ? `IoT ${notRead}` : `IoT swept in ${(0,run_summary_accounts/* regionCount */.CC)(pairs, unit)}`;
    const swept = report.accounts.filter((a) => a.handshakes === 'swept').length;
    const failed = report.accounts.filter((a) => a.handshakes === 'failed' || a.handshakes === 'not-read').length;
    // From the policy (the report's kinds), not the accounts: with none guarded, none says the policy governs them.
    const governed = report.kinds?.handshake?.governed ?? report.accounts.some((a) => a.handshakes !== 'not-governed');
    const handshakes = !governed
        ? 'handshakes not governed'
        : none
            ? `handshakes ${notRead}`
            : one !== undefined
                ? one.handshakes === 'swept' ? 'handshakes swept' : one.handshakes === 'other-shard' ? 'handshakes read by another shard' : 'handshakes NOT read'
                : `handshakes swept in ${swept} of ${report.accounts.length} accounts${failed ? ` (${failed} not read)` : ''}`;
    const read = report.accounts.filter((a) => a.read === 'complete').length;
    const accounts = none ? (unguarded ? ' · no account guarded (every one left out by choice)' : ' · no account read') : one !== undefined ? '' : ` · ${read} of ${report.accounts.length} accounts read completely`;
    const others = registry/* KINDS */.GW.filter((kind) => kind.scope === 'regional' && kind.name !== 'certificate-transfer' && report.kinds?.[kind.name] !== undefined).map((kind) => {
        const name = kind.footerName ?? kind.label;
        if (report.kinds?.[kind.name]?.governed !== true)
            return `${name} not governed`;
        if (none)
            return `${name} ${notRead}`;
        const n = report.accounts.reduce((sum, a) => sum + (a.kinds?.[kind.name]?.regions?.swept.length ?? 0), 0);
        return `${name} swept in ${(0,run_summary_accounts/* regionCount */.CC)(n, unit)}`;
    });
    const run = report.run === undefined ? '' : ` · ${(0,markdown/* runLink */.ut)(report.run, 'run')}`;
    return `<sub>Policy ${(0,report_escape/* code */.aY)(report.policy.path)}${accounts} · ${regions} · ${handshakes}${others.map((o) => ` · ${o}`).join('')} · JSON report: ${reportWritten ? (0,markdown/* reportFileOutput */.cx)() : 'not written (see the step\'s failures)'}${run} · finished ${(0,markdown/* utcTime */.SK)(report.generatedAt)}</sub>`;
}
/** How long each phase took: where the time of a slow run went. */
function timingsLine(report) {
    const t = report.timings;
    if (t === undefined)
        return [];
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    return [`<sub>Took ${s(t.inventoryMs + t.decideMs + t.actMs)}: inventory ${s(t.inventoryMs)} · decide ${s(t.decideMs)} · ${report.mode === 'enforce' ? 'act' : 'act (preview)'} ${s(t.actMs)}</sub>`, ''];
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
/* harmony import */ var _inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2529);
/* harmony import */ var _policy_load_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4527);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5419);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2527);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(9344);
/* harmony import */ var _report_log_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9820);
/* harmony import */ var _report_outputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7412);
/* harmony import */ var _report_run_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2379);
/* harmony import */ var _run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2089);
/* harmony import */ var _targets_resolve_targets_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5649);
/* harmony import */ var _run_stopped_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7808);
/* harmony import */ var _run_stopped_at_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3964);
/* harmony import */ var _report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2952);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1091);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3411);
/**
 * The modes that end in a run report: dry-run and enforce sweep AWS, merge combines a matrix run's
 * shard reports. main.ts loads this module only for them, so validate never compiles the run
 * report, its log lines and its summary; the AWS SDK and the sweep are a further chunk, loaded by
 * runAgainstAws's import below.
 */

















/** dry-run and enforce: sweep the account, decide, act within the budget, report. */
async function sweepMode(settings, mode, policy, outputs) {
    const regions = (0,_run_resolve_regions_js__WEBPACK_IMPORTED_MODULE_12__/* .resolveRegions */ .U)(settings.regions, policy.iot.regions);
    const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x}: ${mode}${shard}, policy ${policy.path}, IoT regions: ${regions === 'all' ? 'every enabled region' : regions.join(', ') || 'none'}.`);
    // The inputs reader does not know the policy: whether it uses role-name is known only here.
    const roleNameUnused = (0,_targets_resolve_targets_js__WEBPACK_IMPORTED_MODULE_14__/* .unusedRoleName */ .eW)(settings.roleName, [{ whose: 'the policy', targets: policy.targets }]);
    if (roleNameUnused !== undefined)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(roleNameUnused, { title: _inputs_read_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .INPUT_IGNORED */ .I0 });
    // Before the sweep: a matrix whose max-actions leaves each shard 0 trips in every shard that finds anything.
    if (settings.shard !== undefined) {
        const { limit, source } = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_15__/* .budgetLimit */ .j8)(settings.maxActions, policy.limits.maxActions);
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warnEmptyShare */ .HR)({ source, share: { runLimit: limit, shards: settings.shard.count } });
    }
    const { runAgainstAws } = await Promise.all(/* import() */[__webpack_require__.e(550), __webpack_require__.e(202), __webpack_require__.e(75)]).then(__webpack_require__.bind(__webpack_require__, 2202));
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh('Sweep');
    // One call sweeps and acts; the logger closes 'Sweep' and opens the act group at the first write.
    const log = (0,_report_log_js__WEBPACK_IMPORTED_MODULE_5__/* .runLogger */ .E_)({ actGroup: mode === 'enforce' ? 'Act: reject and decline' : 'Act' });
    let reporting = false;
    try {
        const report = await runAgainstAws({
            mode,
            policy,
            regionsInput: settings.regions,
            maxActions: settings.maxActions,
            roleName: settings.roleName,
            shard: settings.shard,
            log,
            rateLimits: settings.rateLimits,
            userAgent: `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax}/${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x}`,
            sessionName: `${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax}-${settings.runId}`.slice(0, 64),
        }).finally(() => _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4());
        // From here on, AWS may have been written to: nothing below may hide that behind an exception.
        reporting = true;
        return await publish(settings, report, outputs);
    }
    catch (error) {
        // Stopped after the sweep (deciding, acting, reporting): no report names the parts not read, and the sweep logged them as plain lines only.
        // Nor does the job summary or the alert say what was written unless told: the logger saw each write.
        throw (0,_run_stopped_js__WEBPACK_IMPORTED_MODULE_8__/* .stoppedRun */ .Ps)(error, log.notRead(), { mode, reporting, reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport, act: log.acted() });
    }
}
/**
 * merge: the last job of a matrix run. Reads the shard reports (downloaded artifacts), checks they
 * are one run's, and writes the combined summary, report and outputs; a shard whose report is
 * missing is a gap in them that fails the step. No AWS call.
 */
async function mergeMode(settings, outputs) {
    const { readShardReports } = await __webpack_require__.e(/* import() */ 259).then(__webpack_require__.bind(__webpack_require__, 2259));
    const { mergeShardReports } = await __webpack_require__.e(/* import() */ 186).then(__webpack_require__.bind(__webpack_require__, 186));
    if (settings.reports === undefined) {
        // Not merge-multiple: every shard's report has the same file name, so merging the artifacts into one folder keeps only one.
        throw new Error("mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and a path, without merge-multiple: each artifact lands in its own subfolder, and every *.json under the folder is read).");
    }
    const merged = mergeShardReports(await readShardReports(settings.workspace, settings.reports));
    // The path comes from the shard files (checked in shard-report.ts): escaped all the same, as any text a file gave.
    // With a shard missing, the log says at once that what follows is the others' (its failure comes at the end).
    const names = merged.missing.map((i) => `${i}/${merged.shards}`);
    const reports = `${names.length === 0 ? `${merged.shards}` : `${merged.shards - names.length} of ${merged.shards}`} shard ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_16__/* .plural */ .LS)(merged.shards, 'report', 'reports')}`;
    const gap = names.length === 0 ? '' : ` ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_16__/* .plural */ .LS)(names.length, 'Shard', 'Shards')} ${names.join(', ')}: no report, so what ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_16__/* .plural */ .LS)(names.length, 'it', 'they')} did is not in the counts, outputs or report below, and the step fails.`;
    const accounts = merged.report.accounts.length;
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .PRODUCT */ .Ax} ${_version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x}: merged ${reports} of policy ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .inertLogText */ .I1)(merged.report.policy.path)} (${accounts} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_16__/* .plural */ .LS)(accounts, 'account', 'accounts')}).${gap}`);
    const { source, share } = merged.report.budget;
    if (share !== undefined)
        (0,_report_log_js__WEBPACK_IMPORTED_MODULE_5__/* .warnEmptyShare */ .HR)({ source, share });
    try {
        return await publish(settings, merged.report, outputs);
    }
    catch (error) {
        // Stopped while reporting: the summary and the alert say so, and whether the JSON report and the count outputs were written, as a sweep's do.
        // A shard runs in dry-run or enforce (shard-report.ts): only enforce writes.
        const at = { mode: 'merge', reporting: true, merged: merged.report.mode === 'enforce' ? 'enforce' : 'dry-run', reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport };
        throw new _run_stopped_at_js__WEBPACK_IMPORTED_MODULE_9__/* .RunStoppedError */ .F(error instanceof Error ? error.message : String(error), at, { cause: error });
    }
}
/** The log lines, JSON report, count outputs and job summary of a run (or of a merged matrix run); main.ts sets summary-json. */
async function publish(settings, unstamped, outputs) {
    const report = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_11__/* .withRunContext */ .Fw)(unstamped, settings.run);
    const now = new Date();
    (0,_report_log_js__WEBPACK_IMPORTED_MODULE_5__/* .logDecisions */ .Km)(report, now);
    const notPublished = await outputs.publishReport(report, settings.reportFile);
    // After the report: the summary must not send a reader to a report file that was not written.
    // Judged at the log's `now`: the summary's Allowed table marks the allowances lapsing soon the Decisions group marks.
    const noSummary = await (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)((0,_report_run_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRunSummary */ .qN)(report, { links: sourceLinks(settings), reportWritten: outputs.reportWritten, now }), undefined, (0,_report_outputs_js__WEBPACK_IMPORTED_MODULE_6__/* .logAndReport */ .ec)(outputs.reportWritten));
    // Not written, the report's own failures would send readers to it: the log names what they leave out (logDecisions).
    const failures = (0,_report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_10__/* .publishedFailures */ .Mu)(report, outputs.reportWritten, 'log');
    return { report, failures: [...failures, ...notPublished, ...noSummary], reportWritten: outputs.reportWritten, now };
}
/** Links to policy lines at the commit the workflow runs at, when it runs in a repository. */
function sourceLinks(settings) {
    return settings.repository ? { ...settings.repository, policyPath: (0,_policy_load_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .displayPath */ .G)(settings.workspace, settings.policyFile) } : undefined;
}


/***/ })

};

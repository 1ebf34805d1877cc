export const id = 143;
export const ids = [143];
export const modules = {

/***/ 9673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ itemKind),
/* harmony export */   LH: () => (/* binding */ itemPlace),
/* harmony export */   O2: () => (/* binding */ linkedEntry),
/* harmony export */   Qc: () => (/* binding */ itemRegion),
/* harmony export */   XG: () => (/* binding */ itemId),
/* harmony export */   at: () => (/* binding */ entryCitation),
/* harmony export */   gV: () => (/* binding */ lineUrl),
/* harmony export */   x$: () => (/* binding */ itemSource)
/* harmony export */ });
/* harmony import */ var _decide_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3369);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8017);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2527);



function lineUrl(links, line) {
    const path = links.policyPath.split('/').map(encodeURIComponent).join('/');
    return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}
/** "iot.allow[0] (line 5)", linked to that line at that commit when links are known. */
function linkedEntry(entry, links) {
    const label = (0,_decide_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .citeEntry */ .UE)(entry.list, entry);
    return links ? `[${label}](${lineUrl(links, entry.position.line)})` : label;
}
/** The entry behind an allow decision: linked label, until, and its note (made inert). */
function entryCitation(entry, links) {
    const cited = linkedEntry(entry, links);
    const note = entry.note ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(entry.note, 120)}` : '';
    const until = entry.until ? ` until ${entry.until}` : '';
    return `${cited}${until}${note}`;
}
// Each kind describes its own items (src/kinds/<kind>/describe.ts); these are the cells every table shares.
function itemKind(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item)?.describe.kindCell(item) ?? 'Unknown';
}
function itemId(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item)?.describe.idCell(item) ?? '';
}
function itemRegion(item) {
    const region = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .itemRegion */ .Qc)(item);
    return region === undefined ? 'global' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(region);
}
/** Where an item is: its region, led by its account when a run guards several. */
function itemPlace(item, manyAccounts) {
    return manyAccounts ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(item.account)} ${itemRegion(item)}` : itemRegion(item);
}
/** Who sent it, with sender-written text made inert. */
function itemSource(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item)?.describe.sourceCell(item) ?? 'unknown';
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ warnUnknownRegions),
/* harmony export */   E_: () => (/* binding */ runLogger),
/* harmony export */   HR: () => (/* binding */ warnEmptyShare),
/* harmony export */   IR: () => (/* binding */ itemLabel),
/* harmony export */   Km: () => (/* binding */ logDecisions)
/* harmony export */ });
/* unused harmony exports sweepLogLine, duration, actLogLine */
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6910);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9579);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1091);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5419);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2527);
/* harmony import */ var _run_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2666);







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
    return `${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .outcomeLabel */ .FR)(result.outcome)}: ${itemLabel(result.decision.item)}${result.detail ? ` — ${safe(result.detail)}` : ''}`;
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
/** One line per item and its outcome, grouped; then the headline counts. */
function logDecisions(report) {
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Decisions (${report.items.length} items)`);
    for (const i of report.items) {
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_run_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .outcomeLabel */ .FR)(i.outcome)}: ${itemLabel(i.item)}: ${safe(i.reason)}`);
    }
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    const c = report.counts;
    // enforce fails the step on a tripped budget; a dry-run must say the same, as an annotation.
    if (report.mode === 'dry-run' && report.budget.tripped) {
        const b = report.budget;
        const over = b.share === undefined
            ? `${b.planned} items call for rejection or decline, more than the budget of ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .budgetSource */ .ZM)(b)}): an enforce run would write nothing and fail.`
            : `${report.shard === undefined ? 'At least one shard found' : 'This shard found'} more items to reject or decline than its share: ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .shareWords */ .hs)({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`;
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${over} ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .trippedAdvice */ .lX)(b)}`, { title: 'inbound-guard: the budget would trip' });
    }
    warnUnknownRegions((0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownRegions */ .gI)(report));
    const accepted = c['accepted-meanwhile'] ? ` accepted against the policy ${c['accepted-meanwhile']},` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(report.mode === 'enforce'
        ? `Rejected ${c.rejected}, declined ${c.declined}, no longer pending ${c['already-handled']},${accepted} failed ${c.failed}, held by budget ${c['held-by-budget']}, allowed ${c.allowed}, ignored ${c.ignored}.`
        : `Dry run: would reject ${c['would-reject']}, would decline ${c['would-decline']},${accepted} allowed ${c.allowed}, ignored ${c.ignored}. Nothing was written.`);
}
/**
 * The `::warning::` for a matrix run whose max-actions leaves each shard 0: said before the sweep
 * (dry-run and enforce) and by the merge, since every shard that finds anything will trip.
 */
function warnEmptyShare(budget) {
    const warning = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyShareWarning */ .x5)(budget);
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
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_4__/* .inertLogText */ .I1)(text, 200);
}


/***/ }),

/***/ 2666:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ outcomeLabel),
/* harmony export */   G4: () => (/* binding */ budgetTripped),
/* harmony export */   ac: () => (/* binding */ unknownRegionsBanner),
/* harmony export */   qN: () => (/* binding */ renderRunSummary),
/* harmony export */   sM: () => (/* binding */ acceptedIntro)
/* harmony export */ });
/* unused harmony exports MAX_ROWS, footer */
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1091);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5419);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8017);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2527);
/* harmony import */ var _describe_item_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9673);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5402);






/** Rows per table; the JSON report has every item. */
const MAX_ROWS = 50;
const OUTCOME_LABEL = {
    rejected: '🛑 rejected',
    declined: '🛑 declined',
    'would-reject': 'would reject',
    'would-decline': 'would decline',
    'already-handled': '↷ no longer pending',
    // Accepted before this run, or between its listing and its write: either way against the policy.
    'accepted-meanwhile': '⚠️ accepted against the policy',
    failed: '❌ failed',
    'held-by-budget': '⏸ held (budget)',
    allowed: '✅ allowed',
    ignored: 'ignored',
};
function outcomeLabel(outcome) {
    return OUTCOME_LABEL[outcome];
}
/** The job summary of a dry-run or enforce run: a headline, then accounts, accepted before the run, acted, allowed, ignored, errors. */
function renderRunSummary(report, options) {
    const acted = report.items.filter((i) => i.action === 'reject' || i.action === 'decline');
    const allowed = report.items.filter((i) => i.action === 'allow');
    const acceptedBefore = report.items.filter(_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedAgainstPolicy */ .TF);
    const ignored = report.items.filter((i) => i.action === 'ignore' && !(0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .acceptedAgainstPolicy */ .TF)(i));
    const where = `see the JSON report (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(options.reportFile)})`;
    const many = report.accounts.length > 1;
    const sections = [
        `## ${headlineIcon(report)} inbound-guard · ${report.mode}${report.shard ? ` · shard ${report.shard.index}/${report.shard.count}` : ''} · ${scopeTitle(report)}`,
        '',
        headline(report),
        ...budgetBanner(report),
        ...unknownRegionsBanner((0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownRegions */ .gI)(report)),
        ...kindsSection(report),
        ...errorSection(report),
        ...accountsSection(report, where),
        ...acceptedBeforeSection(acceptedBefore, where, many),
        '',
        `### ${report.mode === 'enforce' && !report.budget.tripped ? 'Acted on' : 'To act on'} (${acted.length})`,
        '',
        acted.length === 0 ? '_Nothing: every pending item read is allowed or not ours to judge._' : actedTable(acted, where, many),
        '',
        `### Allowed by the policy (${allowed.length})`,
        '',
        allowed.length === 0 ? '_None._' : allowedTable(allowed, where, options.links, many),
        '',
        ignored.length === 0 ? '' : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where, many)),
        '',
        ...timingsLine(report),
        footer(report, options.reportFile),
    ];
    return sections.join('\n');
}
function scopeTitle(report) {
    const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
    if (only !== undefined)
        return `account ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(only.account)}`;
    return `${report.accounts.length} accounts`;
}
function headlineIcon(report) {
    if (report.failures.length > 0)
        return '❌';
    return report.mode === 'enforce' ? '🛡️' : '🔍';
}
function headline(report) {
    const c = report.counts;
    const accepted = c['accepted-meanwhile'] ? ` · ${c['accepted-meanwhile']} accepted against the policy` : '';
    if (report.mode === 'enforce') {
        return `**${c.rejected} rejected · ${c.declined} declined · ${c['already-handled']} no longer pending${accepted} · ${c.failed} failed** — ${c.allowed} allowed, ${c.ignored} ignored.`;
    }
    return `**Dry run: would reject ${c['would-reject']} · would decline ${c['would-decline']}${accepted}** — ${c.allowed} allowed, ${c.ignored} ignored. Nothing was written.`;
}
/**
 * One row per kind: the policy section that governs it (or why it is not governed: nothing of it
 * was read), and its counts over every account.
 */
function kindsSection(report) {
    if (report.kinds === undefined)
        return [];
    const rows = _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .GW.map((kind) => {
        const k = report.kinds[kind.name];
        if (k === undefined || !k.governed)
            return [kind.title, `not governed (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdownWithCode */ .b)(kind.notGoverned, 120)}): not read, left alone`, '—', '—', '—', '—'];
        return [kind.title, (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(kind.section), String(k.counts.planned), doneCell(report, kind.verb, k.counts), String(k.counts.allowed), String(k.counts.ignored)];
    });
    return ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Kind', 'Policy', 'To act', report.mode === 'enforce' ? 'Done' : 'Would do', 'Allowed', 'Ignored'], rows)];
}
function doneCell(report, verb, c) {
    const done = verb === 'reject' ? 'rejected' : 'declined';
    const accepted = c['accepted-meanwhile'] ? `${c['accepted-meanwhile']} accepted against the policy` : '';
    if (report.mode !== 'enforce')
        return `${verb} ${c[verb === 'reject' ? 'would-reject' : 'would-decline']}${accepted ? ` (${accepted})` : ''}`;
    const extra = [
        c['already-handled'] ? `${c['already-handled']} no longer pending` : '',
        accepted,
        c.failed ? `${c.failed} failed` : '',
        c['held-by-budget'] ? `${c['held-by-budget']} held` : '',
    ].filter(Boolean);
    return `${c[done]} ${done}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}
function budgetBanner(report) {
    const b = report.budget;
    const share = b.share === undefined ? '' : ` — each of ${b.share.shards} shards may act on ⌊${b.share.runLimit} / ${b.share.shards}⌋ = ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .shardShare */ .K7)(b.share.runLimit, b.share.shards)}`;
    if (!b.tripped)
        return ['', `Budget: ${b.planned} of ${b.limit} actions (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetSource */ .ZM)(b)}${share}).`];
    return [
        '',
        `> [!CAUTION]`,
        `> ${budgetTripped(report)} A policy mistake must not reject a whole fleet: check the list below; if it is right, raise \`max-actions\` for one run.`,
    ];
}
/** A tripped budget, said the same in the job summary and the alert issue (a matrix run's in shareWords' phrase). */
function budgetTripped(report) {
    const b = report.budget;
    return b.share === undefined
        ? `**Budget tripped: ${b.planned} items call for action, the budget is ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetSource */ .ZM)(b)}).** ${report.mode === 'enforce' ? 'Nothing was written.' : 'An enforce run would write nothing and fail.'}`
        : `**Budget tripped${report.shard === undefined ? ' in at least one shard' : ''}: ${b.planned} items call for action${report.shard === undefined ? '' : ' in this shard'}; ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_5__/* .shareWords */ .hs)({ source: b.source, share: b.share })}.** ${report.mode === 'enforce' ? 'A shard that trips writes nothing.' : 'In enforce, a shard that trips writes nothing and fails.'}`;
}
/** Regions listed as enabled that this release does not know: skipped, and said so above the tables (and in the plan comment). */
function unknownRegionsBanner(regions) {
    const warning = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownRegionsWarning */ .Wn)(regions, _escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY);
    return warning === undefined ? [] : ['', '> [!WARNING]', `> ${warning}`];
}
function errorSection(report) {
    const failing = report.skippedAccounts.filter((s) => s.fails);
    if (report.errors.length === 0 && failing.length === 0)
        return [];
    // One cap over both lists: an organization with thousands of accounts outside the pin must not push the summary past GitHub's limit.
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)([...report.errors.map((e) => ({ error: e })), ...failing.map((s) => ({ skipped: s }))], MAX_ROWS);
    const rows = shown.map((row) => 'error' in row
        ? [row.error.account ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(row.error.account) : '—', (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(row.error.service), row.error.region ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(row.error.region) : 'global', `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(row.error.message, 300)}${row.error.hint === undefined ? '' : ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(row.error.hint, 300)}`}`]
        : [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(row.skipped.account), '—', '—', `not guarded: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(row.skipped.reason, 300)}`]);
    const count = report.errors.length + failing.length;
    return ['', `### ⚠️ Not read (${count}) — items there were not checked`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Account', 'Service', 'Region', 'Error'], rows) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, 'see the JSON report')];
}
/** Every guarded account: how it was reached, what was read (regions swept and skipped, and why), its counts. */
function accountsSection(report, where) {
    const notGuarded = report.skippedAccounts.filter((s) => !s.fails);
    if (report.accounts.length <= 1 && notGuarded.length === 0)
        return regionLines(report);
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(report.accounts, MAX_ROWS);
    const others = otherRegionalKinds(report, false);
    const rows = shown.map((a) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(a.account),
        a.via === 'credentials' ? 'own credentials' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(a.via, 40),
        READ_LABEL[a.read],
        a.regions.swept.length ? a.regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(' ') : 'none',
        skippedRegions(a),
        HANDSHAKES_LABEL[a.handshakes],
        ...others.map((kind) => kindRegionsCell(a, kind)),
        String(a.counts.planned),
        String(a.counts.allowed),
    ]);
    const headers = ['Account', 'Via', 'Read', 'IoT regions swept', 'Regions skipped', 'Handshakes', ...others.map((kind) => `${kind.label} regions swept`), 'To act', 'Allowed'];
    const lines = ['', `### Accounts (${report.accounts.length})`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(headers, rows) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, where)];
    if (notGuarded.length > 0) {
        const few = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(notGuarded, MAX_ROWS);
        lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .details */ .zH)(`Not guarded by choice (${notGuarded.length})`, few.shown.map((s) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(s.account)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(s.reason, 200)}`).join('\n') + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(few.omitted, where)));
    }
    return lines;
}
/** One account: the regions each regional kind swept and skipped, in a line each, so "all clear" is only said of what was read. */
function regionLines(report) {
    const a = report.accounts[0];
    if (a === undefined)
        return [];
    const lines = [''];
    for (const kind of otherRegionalKinds(report, true)) {
        const regions = kind.name === 'certificate-transfer' ? a.regions : a.kinds?.[kind.name]?.regions;
        if (regions === undefined)
            continue;
        lines.push(`${kind.label} regions swept (${regions.selection === 'all' ? 'every enabled region' : 'as listed'}): ${regions.swept.length ? regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(', ') : 'none'}.`);
        if (regions.skipped.length > 0)
            lines.push(`Skipped: ${skippedList(regions.skipped)}.`);
    }
    return lines;
}
/** The regional kinds the report governs, IoT first (with `withIot`) or left out (its columns are the old ones). */
function otherRegionalKinds(report, withIot) {
    return _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .GW.filter((kind) => kind.scope === 'regional' && (kind.name === 'certificate-transfer' ? withIot : report.kinds?.[kind.name]?.governed === true));
}
function skippedRegions(a) {
    const all = [...a.regions.skipped, ..._kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .GW.flatMap((kind) => (kind.name === 'certificate-transfer' ? [] : (a.kinds?.[kind.name]?.regions?.skipped ?? [])))];
    return all.length === 0 ? '—' : skippedList(all);
}
function skippedList(skipped) {
    const byReason = new Map();
    for (const s of skipped)
        byReason.set(s.reason, [...new Set([...(byReason.get(s.reason) ?? []), s.region])]);
    return [...byReason].map(([reason, regions]) => `${regions.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(' ')} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(reason, 80)})`).join('; ');
}
/** An account's cell for a regional kind other than IoT: the regions read, and those that failed. */
function kindRegionsCell(a, kind) {
    const coverage = a.kinds?.[kind.name];
    if (coverage === undefined || coverage.state === 'not-governed')
        return '—';
    if (coverage.state === 'not-read')
        return '❌ not read';
    const regions = coverage.regions;
    if (regions === undefined)
        return '—';
    const failed = regions.failed.length ? ` ❌ ${regions.failed.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(' ')} not read` : '';
    return `${regions.swept.length ? regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(' ') : 'none'}${failed}`;
}
const READ_LABEL = { complete: '✅ complete', partial: '⚠️ partial', none: '❌ not read' };
const HANDSHAKES_LABEL = {
    swept: 'swept',
    failed: '❌ not read',
    'not-governed': 'not governed',
    'not-read': '❌ not read',
    'other-shard': 'another shard',
};
/** With several accounts, tables lead with the account each item was found in. */
function withAccount(many, headers, rows, items) {
    if (!many)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(headers, rows);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .table */ .tp)(['Account', ...headers], rows.map((row, i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(items[i]?.item.account ?? ''), ...row]));
}
function actedTable(items, where, many) {
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(items, MAX_ROWS);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemSource */ .x$)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.reason, 200), outcomeCell(i)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Why', 'Outcome'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, where);
}
/**
 * Items found accepted in the account that the policy does not allow: nothing is left to
 * write, so they are not in the acted table, and far too important for the folded ignored list.
 */
function acceptedBeforeSection(items, where, many) {
    if (items.length === 0)
        return [];
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(items, MAX_ROWS);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemSource */ .x$)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.reason, 300), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.detail ?? '', 600)]);
    return [...acceptedIntro(items.length), withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Why', 'What to do'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, where)];
}
/** The heading and the sentence above the items found accepted against the policy (the summary's and the alert issue's). */
function acceptedIntro(count) {
    return [
        '',
        `### ⚠️ Accepted against the policy (${count})`,
        '',
        'Someone in the account accepted these (before this run, or after it listed them), and the policy does not allow them: nothing is left to reject or decline, and a person should look now.',
        '',
    ];
}
function outcomeCell(i) {
    const detail = i.detail ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.detail, 160)}</sub>` : '';
    return `${outcomeLabel(i.outcome)}${detail}`;
}
function allowedTable(items, where, links, many) {
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(items, MAX_ROWS);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemSource */ .x$)(i.item), i.matched ? (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .entryCitation */ .at)(i.matched, links) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.reason)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, where);
}
function ignoredTable(items, where, many) {
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .capped */ .uo)(items, MAX_ROWS);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_3__/* .itemRegion */ .Qc)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .inertMarkdown */ .Ic)(i.reason, 200)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Why'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .omittedLine */ .pN)(omitted, where);
}
/** What was read, and only that: a part that failed is never counted as swept. */
function footer(report, reportFile) {
    const pairs = report.accounts.reduce((n, a) => n + a.regions.swept.length, 0);
    const one = report.accounts.length === 1 ? report.accounts[0] : undefined;
    const regions = one !== undefined ? `IoT regions swept: ${one.regions.swept.length ? one.regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY).join(', ') : 'none'}` : `IoT swept in ${pairs} account-regions`;
    const swept = report.accounts.filter((a) => a.handshakes === 'swept').length;
    const failed = report.accounts.filter((a) => a.handshakes === 'failed' || a.handshakes === 'not-read').length;
    const governed = report.accounts.some((a) => a.handshakes !== 'not-governed');
    const handshakes = !governed
        ? 'handshakes not governed'
        : one !== undefined
            ? one.handshakes === 'swept' ? 'handshakes swept' : one.handshakes === 'other-shard' ? 'handshakes read by another shard' : 'handshakes NOT read'
            : `handshakes swept in ${swept} of ${report.accounts.length} accounts${failed ? ` (${failed} not read)` : ''}`;
    const read = report.accounts.filter((a) => a.read === 'complete').length;
    const accounts = one !== undefined ? '' : ` · ${read} of ${report.accounts.length} accounts read completely`;
    const others = _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .GW.filter((kind) => kind.scope === 'regional' && kind.name !== 'certificate-transfer' && report.kinds?.[kind.name] !== undefined).map((kind) => {
        if (report.kinds?.[kind.name]?.governed !== true)
            return `${kind.label} not governed`;
        const n = report.accounts.reduce((sum, a) => sum + (a.kinds?.[kind.name]?.regions?.swept.length ?? 0), 0);
        return `${kind.label} swept in ${n} account-${n === 1 ? 'region' : 'regions'}`;
    });
    return `<sub>Policy ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(report.policy.path)}${accounts} · ${regions} · ${handshakes}${others.map((o) => ` · ${o}`).join('')} · report ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(reportFile)} · ${report.generatedAt}</sub>`;
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
    const { runAgainstAws } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(814), __webpack_require__.e(799), __webpack_require__.e(954)]).then(__webpack_require__.bind(__webpack_require__, 2799));
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

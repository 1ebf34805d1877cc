export const id = 21;
export const ids = [21];
export const modules = {

/***/ 4302:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ itemLabel),
/* harmony export */   J4: () => (/* binding */ actLogLine),
/* harmony export */   VY: () => (/* binding */ sweepLogLine),
/* harmony export */   bS: () => (/* binding */ failsTheStep),
/* harmony export */   gB: () => (/* binding */ safe)
/* harmony export */ });
/* unused harmony exports duration, MAX_SKIPPED_REGIONS_NAMED */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9579);
/* harmony import */ var _run_report_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8767);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2527);
/* harmony import */ var _run_summary_items_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(663);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9344);






/**
 * Log lines for a run. Every line starts with our own words; anything AWS gave (ids, messages,
 * errors) passes through inertLogText, so a sender cannot emit a workflow command.
 */
function sweepLogLine(event) {
    if (!('error' in event) || failsTheStep(event))
        return eventLine(event);
    return `${eventLine(event)}${event.neither === true ? NEITHER_FAILURE : BASE_ONLY_FAILURE}`;
}
/** After a plan's failure to read a part the base branch's policy alone reads (PlanMark): why it is no failure. */
const BASE_ONLY_FAILURE = " (read for the base branch's policy alone: a gap in the plan's comparison, not a failure)";
/** After a plan's failure to read a part neither policy reads (PlanMark): why it is in no count. */
const NEITHER_FAILURE = " (a part neither policy reads, swept only because the plan reads both policies' parts in one sweep: not a failure, nor a gap in its comparison)";
/**
 * Whether an event is a part not read that fails the step: every failure event, unless a plan read
 * the part for the base branch's policy alone or for neither (PlanMark). Each becomes a SweepError of
 * the report, and the step's failures (one ::error:: annotation at the end, a line each, with any
 * hint, past its first 20 the log's group of them: report/step-failures.ts) name it.
 */
function failsTheStep(event) {
    return 'error' in event && event.baseOnly !== true && event.neither !== true;
}
function eventLine(event) {
    switch (event.type) {
        case 'region-started':
            return `${safe(event.account)} IoT ${safe(event.region)}: listing certificates`;
        case 'region-progress':
            return progressLine(event);
        case 'region-finished':
            return `${safe(event.account)} IoT ${safe(event.region)}: ${event.pending} pending ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.pending, 'transfer', 'transfers')} (${event.incoming} incoming, ${event.outgoing} outgoing${event.vanished ? `, ${event.vanished} no longer pending when described` : ''})${duplicates(event.duplicates, 'certificate')}`;
        case 'region-failed':
            return `${safe(event.account)} IoT ${safe(event.region)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'handshakes-started':
            return `${safe(event.account)} Organizations: listing handshakes`;
        case 'handshakes-finished':
            return `${safe(event.account)} Organizations: ${event.listed} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.listed, 'handshake', 'handshakes')} listed (${event.incoming} received, ${event.outgoing} sent by this account's organization${event.withoutId ? `, ${event.withoutId} without an id` : ''})${duplicates(event.duplicates, 'handshake')}`;
        case 'handshakes-failed':
            return `${safe(event.account)} Organizations: handshakes could not be read (${event.errorKind}): ${safe(event.error.message)}`;
        case 'organization-listing':
            return `Guarding the organization of account ${safe(event.caller)} (these credentials): each page of its account list is swept as it arrives, the total comes when the list is complete`;
        case 'targets-resolved': {
            if (event.plan !== undefined)
                return planReadingLine(event, event.plan);
            const guarding = `${event.targets} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.targets, 'account', 'accounts')} (${event.viaRoles} through a role)${event.skipped ? `; ${event.skipped} not guarded (see the summary)` : ''}`;
            if (event.listed === undefined)
                return `Guarding ${guarding}`;
            const { organization } = event.listed;
            return `The organization's account list is complete${organization === undefined ? '' : ` (${safe(organization.id)}, management account ${safe(organization.managementAccount)})`}: guarding ${guarding}`;
        }
        case 'regions-resolved':
            return `${safe(event.account)}: ${(0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindNamed */ .UL)(event.kind).label} regions to sweep: ${event.swept.map(safe).join(', ') || 'none'}${event.skipped.length ? `; skipped ${skippedWords(event.skipped)}` : ''}`;
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
        case 'organization-dropped': {
            const n = event.dropped;
            return `The ${n} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, 'member', 'members')} of the organization's first pages whose sweep had begun before its list failed ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, 'has', 'have')} finished, and ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, 'is', 'are')} dropped from the run: ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, 'its lines', 'their lines')} above ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(n, 'is', 'are')} no part of it.`;
        }
    }
}
/**
 * A plan's opening line: what it reads for which policy, not one count of both policies' accounts
 * as if the PR's guarded them all ("Reading 5 accounts for the two policies (4 through a role): 1
 * the PR's policy guards, 4 only the base branch's"). Those not guarded are the PR's policy's.
 */
function planReadingLine(event, plan) {
    const accounts = `${event.targets} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.targets, 'account', 'accounts')}`;
    const roles = `(${event.viaRoles} through a role)`;
    const which = plan.base
        ? `for the two policies ${roles}: ${plan.guarded} the PR's policy guards${plan.baseOnly > 0 ? `, ${plan.baseOnly} only the base branch's` : ''}`
        : `for the PR's policy ${roles}`;
    return `Reading ${accounts} ${which}${event.skipped ? `; ${event.skipped} not guarded by the PR's policy (see the summary)` : ''}`;
}
/**
 * A long region sweep, once per interval: counts, pace and an estimate of the time left. Every
 * number is ours; the account and region pass through inertLogText like any AWS-given text.
 */
function progressLine(event) {
    const where = `${safe(event.account)} IoT ${safe(event.region)}`;
    const read = `${count(event.certificates)} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.certificates, 'certificate', 'certificates')} on ${count(event.pages)} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(event.pages, 'page', 'pages')} (${event.pagesPerSecond.toFixed(1)} pages/s)`;
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
    return `${_kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_LABEL */ .fX[event.service].short}${event.region === undefined ? '' : ` ${safe(event.region)}`}`;
}
/** Regions a skipped-regions clause names for one reason; past it, how many more (every one is in the JSON report's regions.skipped). */
const MAX_SKIPPED_REGIONS_NAMED = 10;
/**
 * `2: ap-east-2, mx-central-1 (AWS IoT Core is not offered in this region)`: how many, then the
 * regions of each reason followed by it, the first MAX_SKIPPED_REGIONS_NAMED of a reason named and
 * the rest counted. Regions and reasons pass through inertLogText.
 */
function skippedWords(skipped) {
    const byReason = new Map();
    for (const s of skipped)
        byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.region]);
    const groups = [...byReason].map(([reason, regions]) => {
        const more = regions.length - MAX_SKIPPED_REGIONS_NAMED;
        const named = regions.slice(0, MAX_SKIPPED_REGIONS_NAMED).map(safe).join(', ');
        return `${named}${more > 0 ? ` and ${more} more` : ''} (${safe(reason)})`;
    });
    return `${skipped.length}: ${groups.join('; ')}`;
}
/** "; AWS listed 2 certificates twice (each judged once)" — AWS repeating an item across pages is worth a line. */
function duplicates(count, what) {
    return count > 0 ? `; AWS listed ${count} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_5__/* .plural */ .LS)(count, what, `${what}s`)} more than once (each judged once)` : '';
}
/**
 * One line of the act stage. `hinted`: the line of the first write refused for its cause (runLogger
 * says each hint once, not on every write refused alike) ends with its hint (ItemResult.hint).
 */
function actLogLine(event, hinted = false) {
    if (event.type === 'budget-tripped') {
        return `Budget tripped: ${event.budget.planned} planned, limit ${event.budget.limit}. Nothing will be written.`;
    }
    const { result } = event;
    // Set off as the detail is: AWS's message ends without a full stop ("… perform: macie2:DeclineInvitations").
    const hint = hinted && result.hint !== undefined ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLogText */ .I1)(result.hint, _run_report_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_HINT_SHOWN */ .jH)}` : '';
    return `${(0,_run_summary_items_js__WEBPACK_IMPORTED_MODULE_4__/* .outcomeLabel */ .FR)(result.outcome)}: ${itemLabel(result.decision.item)}${result.detail ? ` — ${safe(result.detail)}` : ''}${hint}`;
}
function itemLabel(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item)?.describe.logLabel(item) ?? `an item of unknown kind in ${safe(item.account)}`;
}
/** AWS-given text (an id, a region, a message) as a log line shows it: inert, at most 200 characters. */
function safe(text) {
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLogText */ .I1)(text, 200);
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ warnUnknownRegions),
/* harmony export */   E_: () => (/* binding */ runLogger),
/* harmony export */   HR: () => (/* binding */ warnEmptyShare),
/* harmony export */   Km: () => (/* binding */ logDecisions),
/* harmony export */   yJ: () => (/* binding */ logNotGuarded)
/* harmony export */ });
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6910);
/* harmony import */ var _act_outcomes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5635);
/* harmony import */ var _run_opt_in_hint_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(5646);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8017);
/* harmony import */ var _run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7712);
/* harmony import */ var _failure_reasons_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2952);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1091);
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(5419);
/* harmony import */ var _decide_reasons_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3369);
/* harmony import */ var _describe_item_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9673);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2527);
/* harmony import */ var _log_lines_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4302);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6749);
/* harmony import */ var _run_summary_items_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(663);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(9344);
/**
 * The run's log: the logger of the sweep and act stages (runLogger), the decisions' group and
 * counts (logDecisions), the accounts not guarded and the run's warnings. Each line's words are
 * log-lines.ts's.
 */















/**
 * A logger for the sweep and act stages that writes inside the group currently open. With
 * `actGroup`, the first act event closes that group (the caller's, around the whole run) and opens
 * one of this title, so rejections and declines are not filed under the sweep; the caller's
 * endGroup then closes it. With `redact` (a public plan's withoutAccountIds), every line is shown
 * through it.
 */
function runLogger(options = {}) {
    let acting = false;
    const { redact } = options;
    // `redact` has the event's texts before the line is built, where each is cut to a length: an
    // account id the cut left short (`21098765432…`) would no longer be one it finds. Then the line,
    // for anything a builder added.
    const shown = (build, event) => (redact === undefined ? build(event) : redact(build((0,_redact_js__WEBPACK_IMPORTED_MODULE_10__/* .redactTexts */ .SG)(event, redact))));
    const notRead = [];
    // Accounts where these credentials were accepted: a part read, or the region list listed (account-inventory.ts's acceptedElsewhere).
    const accepted = new Set();
    let tally = { tripped: false, attempted: 0, made: 0 };
    // The hints of the writes refused so far: each is logged once, at the first write refused for it.
    const hints = new Set();
    return {
        // A part not read is a plain line, never an annotation: one that fails the step is named again,
        // with its hint, by the step's failures at the end (its ::error::), and a ::warning:: each as
        // well said each twice and spent GitHub's 10 warning annotations a step on them, hiding the
        // warnings that come after the sweep (a budget that would trip, regions not swept). A plan's
        // part read for the base alone says why it is no failure (BASE_ONLY_FAILURE; logBaseOnlyErrors).
        // Kept, too (notRead): a run that stops before its report has no step's failures to name them.
        sweep: (event) => {
            if ('error' in event && (0,_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .failsTheStep */ .bS)(event))
                notRead.push(event.error);
            if (acceptedBy(event))
                accepted.add(event.account);
            _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown(_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .sweepLogLine */ .VY, event));
        },
        // Hinted when asked, not when logged: a part read after the failure still tells.
        notRead: () => notRead.map((error) => (0,_run_opt_in_hint_js__WEBPACK_IMPORTED_MODULE_12__/* .withOptInHint */ .ML)(error, error.account !== undefined && accepted.has(error.account))),
        acted: () => tally,
        act: (event) => {
            tally =
                event.type === 'budget-tripped'
                    ? { ...tally, tripped: true }
                    : { ...tally, attempted: tally.attempted + 1, made: tally.made + ((0,_act_outcomes_js__WEBPACK_IMPORTED_MODULE_1__/* .isWritten */ .QH)(event.result.outcome) ? 1 : 0) };
            if (!acting && options.actGroup !== undefined) {
                _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
                _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(options.actGroup);
            }
            acting = true;
            const hint = event.type === 'write-finished' ? event.result.hint : undefined;
            const hinted = hint !== undefined && !hints.has(hint);
            if (hint !== undefined)
                hints.add(hint);
            _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(shown((e) => (0,_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .actLogLine */ .J4)(e, hinted), event));
        },
    };
}
/** Whether an event shows the account's credentials accepted: a part read, or its region list listed. */
function acceptedBy(event) {
    switch (event.type) {
        case 'region-finished':
        case 'handshakes-finished':
        case 'part-finished':
            return true;
        case 'regions-resolved':
            return event.listed === true;
        default:
            return false;
    }
}
/**
 * One line per item and its outcome, grouped; then the headline counts. An allowance lapsing within
 * the alert issue's window at `now` ends with its mark (lapsingMark: LAPSING_MARK and the time left):
 * the issue, judging at the same `now`, lists the same items, and its cut table sends readers here
 * for the rest.
 */
function logDecisions(report, now) {
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Decisions (${report.items.length} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_13__/* .plural */ .LS)(report.items.length, 'item', 'items')})`);
    for (const i of report.items) {
        // The reason whole: it is our words, its sender values bounded where it is built (decide/reasons.ts).
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${(0,_run_summary_items_js__WEBPACK_IMPORTED_MODULE_11__/* .outcomeLabel */ .FR)(i.outcome)}: ${(0,_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .itemLabel */ .IR)(i.item)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_8__/* .inertLogText */ .I1)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_REASON_LENGTH */ .hl)}${lapsingNote(i, now)}`);
    }
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    logNotGuarded(report.skippedAccounts);
    const c = report.counts;
    // enforce fails the step on a tripped budget; a dry-run must say the same, as an annotation.
    if (report.mode === 'dry-run' && report.budget.tripped) {
        const b = report.budget;
        const clause = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .overShareClause */ .P0)(b, report.shard);
        const over = b.share === undefined
            ? `${b.planned} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_13__/* .plural */ .LS)(b.planned, 'item calls', 'items call')} for rejection or decline, more than the budget of ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .budgetSource */ .ZM)(b)}): an enforce run would write nothing and fail.`
            : clause === undefined
                ? `At least one shard found more items to reject or decline than its share: ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .shareWords */ .hs)({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`
                : `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_13__/* .capitalise */ .sK)(clause)}: ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .shareWords */ .hs)({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`;
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${over} ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .trippedAdvice */ .lX)(b)}`, { title: 'inbound-guard: the budget would trip' });
    }
    warnUnknownRegions((0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownRegions */ .gI)(report));
    const accepted = c['accepted-meanwhile'] ? ` accepted against the policy ${c['accepted-meanwhile']},` : '';
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(report.mode === 'enforce'
        ? `${writtenWords(report)}, no longer pending ${c['already-handled']},${accepted} failed ${c.failed}, held by budget ${c['held-by-budget']}, allowed ${c.allowed}, ignored ${c.ignored}.`
        : `Dry run: would reject ${c['would-reject']}, would decline ${c['would-decline']},${accepted} allowed ${c.allowed}, ignored ${c.ignored}. Nothing was written.`);
}
/**
 * The writes of an enforce run as the outputs count them: every kind's rejections together (the
 * `rejected` output, the job summary headline's and summary-json's counts.rejected), then every
 * kind's declines (`declined`), each followed by the kinds that wrote it, by their own outputs'
 * counts: "Rejected 6 (IoT certificate transfers 4, RAM resource-share invitations 2), declined 7
 * (Organizations handshakes 3, Security-service administrator invitations 4)".
 */
function writtenWords(report) {
    const verbWords = (verb, total) => {
        const each = _kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .KINDS */ .GW.filter((kind) => kind.verb === verb)
            .map((kind) => ({ kind, n: (0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .kindWrites */ .NX)(report, kind.name) }))
            .filter(({ n }) => n > 0)
            .map(({ kind, n }) => `${kind.title} ${n}`);
        return `${total}${each.length === 0 ? '' : ` (${each.join(', ')})`}`;
    };
    return `Rejected ${verbWords('reject', report.counts.rejected)}, declined ${verbWords('decline', report.counts.declined)}`;
}
/**
 * " — ⏳ lapses in 8 days 12 h" after a reason that says "until the end of 2026-11-30 (UTC)"; '' for
 * any item not allowed by an allowance that lapses within the window. A day it names (a later entry's)
 * is a real YYYY-MM-DD (lapsingWithin read it), so no text a sender or a report file chose reaches
 * the line through it.
 */
function lapsingNote(i, now) {
    const mark = (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_7__/* .lapsingMark */ .wt)(i, now);
    return mark === undefined ? '' : ` — ${mark}`;
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
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`${_failure_reasons_js__WEBPACK_IMPORTED_MODULE_4__/* .NOT_GUARDED_GROUP */ .jR} (${skipped.length} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_13__/* .plural */ .LS)(skipped.length, 'account', 'accounts')})`);
    for (const s of skipped)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${s.fails ? 'not guarded (fails the step)' : 'not guarded'}: ${(0,_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .safe */ .gB)(s.account)}: ${(0,_log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .safe */ .gB)(s.reason)}`);
    _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
}
/**
 * The `::warning::` for a matrix run whose max-actions leaves each shard 0: said before the sweep
 * (dry-run and enforce) and by the merge, since every shard that finds anything will trip.
 */
function warnEmptyShare(budget) {
    const warning = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_14__/* .emptyShareWarning */ .x5)(budget);
    if (warning !== undefined)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning, { title: "inbound-guard: each shard's budget is 0" });
}
/** The `::warning::` for regions listed as enabled that this release does not know (dry-run, enforce and plan). */
function warnUnknownRegions(regions) {
    const unknown = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_5__/* .unknownRegionsWarning */ .Wn)(regions, _log_lines_js__WEBPACK_IMPORTED_MODULE_9__/* .safe */ .gB);
    if (unknown !== undefined)
        _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(unknown, { title: 'inbound-guard: regions not swept' });
}


/***/ }),

/***/ 5646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ withOptInHint)
/* harmony export */ });
/* unused harmony exports OPT_IN_ERROR_NAMES, OPT_IN_HINT */
/** The error names AWS gives in an opt-in region that is not enabled (and for an invalid token anywhere). */
const OPT_IN_ERROR_NAMES = ['UnrecognizedClientException', 'InvalidClientTokenId'];
/**
 * The hint, one sentence. The second half is the other cause of the same answer in an enabled
 * opt-in region (IAM SetSecurityTokenServicePreferences): version 1 session tokens from the global
 * STS endpoint are valid only in the regions enabled by default.
 */
const OPT_IN_HINT = "This is what AWS answers in an opt-in region the account has not enabled (check the account's Regions settings); " +
    'if it is enabled, session tokens from the global STS endpoint work there only as version 2 tokens.';
/**
 * `error` with OPT_IN_HINT when it is a regional listing that failed with one of
 * OPT_IN_ERROR_NAMES while `acceptedElsewhere`: the same credentials were accepted by another call
 * in the account (a part read, or the region list listed). Otherwise `error` unchanged.
 */
function withOptInHint(error, acceptedElsewhere) {
    if (!acceptedElsewhere || error.region === undefined || error.account === undefined)
        return error;
    return error.code !== undefined && OPT_IN_ERROR_NAMES.includes(error.code) ? { ...error, hint: OPT_IN_HINT } : error;
}


/***/ }),

/***/ 7808:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ps: () => (/* binding */ stoppedRun)
/* harmony export */ });
/* unused harmony exports MAX_NOT_READ_NAMED, withPartsNotRead */
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9344);
/* harmony import */ var _report_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8767);
/* harmony import */ var _report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2952);
/* harmony import */ var _stopped_at_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3964);
/**
 * A run that stops on an error after its sweep (while deciding, acting or reporting) has no report,
 * so none of the step's failures that would have named the parts it could not read: the sweep logs
 * each as a plain line (report/log.ts runLogger), never as an annotation. Its failure, its job
 * summary and its alert issue say the error; this adds those parts to it.
 */




/** Parts not read a stopped run's failure names one by one; the rest are counted. */
const MAX_NOT_READ_NAMED = 20;
/**
 * `error`, or, when the sweep could not read some parts, an Error whose message is its message
 * followed by those parts, a `- ` line each (its line breaks shown as `\n`, as the log shows them)
 * in the words of the step's failures (notReadFailure), in the report's order (compareErrors, not
 * the order they were logged in, which varies with the accounts swept at once: the alert issue's
 * fingerprint hashes each line, and the same parts named in another order would notify again),
 * parts alike in several regions of an account one line naming the regions (alikeByRegion, as the
 * step's failures say them), the first MAX_NOT_READ_NAMED lines, then how many more parts (the
 * log's Sweep group names each). AWS's text is kept as the report keeps it: the writers of the
 * log, the summary and the issue make each line inert (main.ts). The original is the new error's cause.
 */
function withPartsNotRead(error, notRead) {
    if (notRead.length === 0)
        return error;
    const message = error instanceof Error ? error.message : String(error);
    const groups = (0,_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .alikeByRegion */ .y$)([...notRead].sort(_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .compareErrors */ .vo));
    // One line each, whatever AWS's text holds: a line break in it must not start a line (a `- ` item) of its own.
    const named = groups.slice(0, MAX_NOT_READ_NAMED).map((g) => `- ${(0,_report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .notReadFailure */ .qi)(g.error, (0,_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .alikePlace */ .uz)(g)).replace(/\r\n|\r|\n/g, '\\n')}`);
    // A line left out may stand for several parts: the rest is counted in parts, as the heading counts them.
    const rest = groups.slice(MAX_NOT_READ_NAMED).reduce((sum, g) => sum + g.parts, 0);
    const more = rest === 0 ? [] : [`- …and ${rest} more ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(rest, 'part', 'parts')} not read: the log's Sweep group names each.`];
    const heading = `Before it stopped, the run could not read ${notRead.length} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(notRead.length, 'part, which fails', 'parts, which fail')} the step too:`;
    return new Error([message, heading, ...named, ...more].join('\n'), { cause: error });
}
/**
 * `error` (withPartsNotRead applied) as a RunStoppedError that says how far the run had got.
 * `redact`: applied to the whole message (a public plan's withoutAccountIds).
 */
function stoppedRun(error, notRead, at, redact = (text) => text) {
    const named = withPartsNotRead(error, notRead);
    return new _stopped_at_js__WEBPACK_IMPORTED_MODULE_2__/* .RunStoppedError */ .F(redact(named instanceof Error ? named.message : String(named)), at, { cause: error });
}


/***/ }),

/***/ 5649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eW: () => (/* binding */ unusedRoleName),
/* harmony export */   h5: () => (/* binding */ resolveTargets)
/* harmony export */ });
/* unused harmony exports usesRoleName, roleArnFor */
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7286);
/**
 * Which accounts a run guards, and through which role: the policy's `targets` (or, without it, the
 * credentials' own account), the organization's accounts when asked, minus `exclude`, within the
 * `accounts` pin. Pure: the caller's identity and the organization's account list are passed in.
 */

/** Whether `targets` reaches any account through role-name: one in targets.accounts, or the organization's. */
function usesRoleName(targets) {
    return targets !== undefined && (targets.accounts.length > 0 || targets.organization);
}
/**
 * The warning for a `role-name` input that no policy of the run uses; undefined when it is not set,
 * or when a policy guards an account through it. Without `targets` a run guards the credentials'
 * own account with the credentials themselves, so a plan step given a read-only role would in
 * fact read with the workflow's own role: said, since nothing else would. Pure.
 */
function unusedRoleName(roleNameInput, policies) {
    if (roleNameInput === undefined || policies.some((p) => usesRoleName(p.targets)))
        return undefined;
    const applies = 'role-name applies only to targets.accounts / targets.organization.';
    const [only, ...others] = policies;
    if (only === undefined)
        return undefined;
    const none = policies.every((p) => p.targets === undefined);
    const own = "the workflow's own credentials are used for its own account";
    if (none) {
        const said = others.length === 0 ? `${only.whose} has no \`targets\`` : `neither ${policies.map((p) => p.whose).join(' nor ')} has \`targets\``;
        return `Input 'role-name' is set, but ${said}: ${own}; ${applies}`;
    }
    // Some or all name their accounts only in targets.roles: each role there is assumed as given.
    const clauses = policies.map((p) => (p.targets === undefined ? `${p.whose} has no \`targets\` (${own})` : `${p.whose} names its targets only in targets.roles, each by its own role ARN`));
    return `Input 'role-name' is set, but ${clauses.join(' and ')}: it is used for no account; ${applies}`;
}
function roleArnFor(partition, account, roleName) {
    return `arn:${partition}:iam::${account}:role/${roleName}`;
}
function resolveTargets(request) {
    const { targets, caller } = request;
    if (targets === undefined)
        return { targets: [{ account: caller.account, via: 'credentials' }], skipped: [] };
    const roleName = request.roleNameInput ?? targets.roleName;
    const byRoleName = (account, via) => {
        // The credentials' own account is read with the credentials themselves: there is no role to assume into it.
        if (account === caller.account)
            return { account, via: 'credentials' };
        // The validator requires role-name here; never fall back to the caller's credentials for another account.
        if (roleName === undefined)
            throw new Error(`targets.${via === 'accounts' ? 'accounts' : 'organization'} needs role-name: the role to assume in each account.`);
        return { account, roleArn: roleArnFor(caller.partition, account, roleName), via };
    };
    const chosen = new Map();
    const skipped = new Map();
    const add = (target) => {
        if (!chosen.has(target.account))
            chosen.set(target.account, target);
    };
    for (const role of targets.roles)
        add({ account: role.account, roleArn: role.arn, via: 'roles' });
    for (const { id } of targets.accounts)
        add(byRoleName(id, 'accounts'));
    // A plan lists the organization when either policy guards it: the other policy's targets must not take it in.
    for (const member of targets.organization ? (request.organizationAccounts ?? []) : []) {
        if (chosen.has(member.id))
            continue;
        if (member.state === 'ACTIVE')
            add(byRoleName(member.id, 'organization'));
        else
            skipped.set(member.id, { account: member.id, reason: `the organization lists it as ${member.state}, not ACTIVE`, fails: false });
    }
    const excluded = new Set(targets.exclude);
    const pin = request.pin === undefined ? undefined : new Set(request.pin);
    const kept = [];
    for (const target of chosen.values()) {
        if (excluded.has(target.account))
            skipped.set(target.account, { account: target.account, reason: 'excluded by targets.exclude', fails: false });
        else if (pin !== undefined && !pin.has(target.account)) {
            skipped.set(target.account, { account: target.account, reason: 'not in the policy\'s accounts pin, so this policy may not govern it: add it to accounts or to targets.exclude', fails: true });
        }
        else
            kept.push(target);
    }
    return { targets: kept.sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.account, b.account)), skipped: [...skipped.values()].sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_0__/* .compareCodeUnits */ .U)(a.account, b.account)) };
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

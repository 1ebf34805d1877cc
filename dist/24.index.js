export const id = 24;
export const ids = [24];
export const modules = {

/***/ 5419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ DEFAULT_MAX_ACTIONS),
/* harmony export */   K7: () => (/* binding */ shardShare),
/* harmony export */   P0: () => (/* binding */ overShareClause),
/* harmony export */   Wn: () => (/* binding */ countPlanned),
/* harmony export */   ZM: () => (/* binding */ budgetSource),
/* harmony export */   Zy: () => (/* binding */ emptyShareAdvice),
/* harmony export */   hs: () => (/* binding */ shareWords),
/* harmony export */   j8: () => (/* binding */ budgetLimit),
/* harmony export */   ky: () => (/* binding */ resolveBudget),
/* harmony export */   lX: () => (/* binding */ trippedAdvice),
/* harmony export */   x5: () => (/* binding */ emptyShareWarning)
/* harmony export */ });
/* unused harmony export emptyShare */
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9344);

/** Writes one run may make when neither the input nor the policy says. */
const DEFAULT_MAX_ACTIONS = 10;
/**
 * The write budget of a run: the `max-actions` input, else the policy's `limits.max-actions`, else 10.
 * Tripped when more writes are planned than it allows: then nothing at all is written (a run that
 * would reject fifty transfers is more likely a policy mistake than an attack, and half-doing it helps no one).
 */
function resolveBudget(inputMax, policyMax, planned) {
    const { limit, source } = budgetLimit(inputMax, policyMax);
    if (!Number.isSafeInteger(planned) || planned < 0) {
        throw new Error(`The number of planned actions must be a whole number of 0 or more, got ${planned}.`);
    }
    return { limit, source, planned, tripped: planned > limit };
}
/** The `max-actions` input, else the policy's `limits.max-actions`, else 10. */
function budgetLimit(inputMax, policyMax) {
    const [limit, source] = inputMax !== undefined ? [inputMax, 'input'] : policyMax !== undefined ? [policyMax, 'policy'] : [DEFAULT_MAX_ACTIONS, 'default'];
    if (!Number.isSafeInteger(limit) || limit < 0) {
        throw new Error(`The ${source} max-actions must be a whole number of 0 or more, got ${limit}.`);
    }
    return { limit, source };
}
/** Each shard's share of a matrix run's limit: ⌊limit / n⌋, so the shards together never write more than the run may. */
function shardShare(limit, shards) {
    return Math.floor(limit / shards);
}
/** How many writes the decisions call for: the `reject` and `decline` decisions. */
function countPlanned(decisions) {
    return decisions.filter((decision) => decision.action === 'reject' || decision.action === 'decline').length;
}
/** Where a budget's limit came from, in words for the summary and the PR comment. */
function budgetSource(budget) {
    return budget.source === 'input' ? 'the max-actions input' : budget.source === 'policy' ? 'limits.max-actions in the policy' : 'the default';
}
/**
 * A matrix run's budget, in the one phrase the job summary, the log's warnings, the step's failure
 * and the alert issue all use: "the budget of 10 (the default) is split over 20 shards, 0 each".
 * Never the share alone: "the budget of 0 (the default)" reads as a limit someone set.
 */
function shareWords(budget) {
    const { runLimit, shards } = budget.share;
    return `the budget of ${runLimit} (${budgetSource(budget)}) is split over ${shards} shards, ${shardShare(runLimit, shards)} each`;
}
/**
 * A matrix run whose limit leaves each shard nothing: ⌊limit / n⌋ = 0 while the limit itself is not
 * 0 (which means "never act", as meant). Every shard that finds anything to act on trips its budget.
 */
function emptyShare(budget) {
    const share = budget.share;
    return share !== undefined && share.runLimit > 0 && shardShare(share.runLimit, share.shards) === 0;
}
/**
 * Which shard of a matrix run found more to act on than its share, with its own count: "shard 2/3
 * found 9 items to reject or decline, more than its share", "shards 1/3 and 2/3 found 6 and 9 items
 * …, more than each one's share"; of a shard's own report (`shard` given), "this shard (2/3) found
 * …". The sum over the shards is no use here: 9 of a run's 12 reads as within the budget, when
 * shard 2/3 alone had 9 against its 4. Undefined when the budget is not a matrix run's, or a merged
 * report does not say which shards tripped.
 */
function overShareClause(budget, shard) {
    if (budget.share === undefined)
        return undefined;
    const items = (n) => `${n} ${n === 1 ? 'item' : 'items'} to reject or decline`;
    if (shard !== undefined)
        return `this shard (${shard.index}/${shard.count}) found ${items(budget.planned)}, more than its share`;
    const tripped = budget.trippedShards ?? [];
    if (tripped.length === 0)
        return undefined;
    const of = budget.share.shards;
    const names = tripped.map((t) => `${t.index}/${of}`);
    if (tripped.length === 1)
        return `shard ${names.join('')} found ${items(tripped[0]?.planned ?? 0)}, more than its share`;
    const counts = tripped.map((t) => String(t.planned));
    return `shards ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(names)} found ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .joinWords */ .yZ)(counts)} items to reject or decline, more than each one's share`;
}
/** What to do about it: more max-actions (`input`: the name as the text shows it), or fewer shards. */
function emptyShareFix(shards, input = 'max-actions') {
    return `Raise ${input} to at least ${shards}, or use fewer shards.`;
}
/**
 * The warning said before a sweep (and by the merge) when each shard's share is 0; undefined
 * otherwise. In dry-run the shards would only say the budget would trip; in enforce they fail.
 */
function emptyShareWarning(budget) {
    if (!emptyShare(budget))
        return undefined;
    const words = shareWords(budget);
    return `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .capitalise */ .sK)(words)}: every shard that finds anything to reject or decline will trip its budget (in enforce it then writes nothing and fails). ${emptyShareFix(budget.share.shards)}`;
}
/**
 * What a tripped budget asks of a person when each shard's share is 0 (emptyShare): the matrix to
 * fix, not a policy mistake to look for, since any one item trips a shard; undefined otherwise. The
 * one advice the log, the step's failure, the alert issue and the job summary give in that case;
 * `input`: the input's name as the text shows it (the job summary quotes it as code).
 */
function emptyShareAdvice(budget, input = 'max-actions') {
    return budget.share !== undefined && emptyShare(budget) ? `Each shard's share is 0. ${emptyShareFix(budget.share.shards, input)}` : undefined;
}
/** What a tripped budget asks of a person: a policy mistake to look for, or, when every share is 0, the matrix to fix. */
function trippedAdvice(budget) {
    return emptyShareAdvice(budget) ?? 'Check the policy for a mistake; if the list is right, raise max-actions for one run.';
}


/***/ }),

/***/ 5635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ possibleOutcomes),
/* harmony export */   QH: () => (/* binding */ isWritten),
/* harmony export */   Sg: () => (/* binding */ WRITTEN),
/* harmony export */   Wt: () => (/* binding */ PREVIEWED)
/* harmony export */ });
/* unused harmony export RACED */
/**
 * A write that succeeded (enforce): AWS said so, or an attempt's reply was lost and the retry found
 * the item in the state the write leaves it in (execute.ts: the detail says so).
 */
const WRITTEN = { reject: 'rejected', decline: 'declined' };
/** Whether an outcome is a write AWS accepted (WRITTEN): what the `acted` output counts. */
function isWritten(outcome) {
    return Object.values(WRITTEN).includes(outcome);
}
/** The write enforce would make (dry-run, plan). */
const PREVIEWED = { reject: 'would-reject', decline: 'would-decline' };
/**
 * What a write that raced ended in (enforce): handled already, accepted meanwhile, or still pending
 * (failed); or WRITTEN, when the race was with an earlier attempt of the same call whose reply was lost.
 */
const RACED = ['already-handled', 'accepted-meanwhile', 'failed'];
/**
 * Every outcome the act stage (execute.ts) can give an item in this case, and no other: execute.ts
 * writes its outcomes from WRITTEN, PREVIEWED and RACED, and the merge refuses a shard report with
 * an item whose outcome is not among these (merge/report-agreement.ts). A test runs executeDecisions
 * over every case and checks each outcome is listed here, so writer and reader cannot drift apart.
 *
 * `failed` is possible for every write: a write a kind refuses (an outgoing transfer, a handshake
 * rejected rather than declined) fails in every mode, before anything is sent.
 */
function possibleOutcomes(c) {
    switch (c.action) {
        case 'allow':
            return ['allowed'];
        case 'ignore':
            // accepted-meanwhile: found accepted against the policy when read (Decision.acceptedAgainstPolicy), in every mode.
            return ['ignored', 'accepted-meanwhile'];
        case 'reject':
        case 'decline':
            if (c.action !== c.verb)
                return ['failed'];
            if (c.mode !== 'enforce')
                return [PREVIEWED[c.action], 'failed'];
            if (c.tripped)
                return ['held-by-budget', 'failed'];
            return [WRITTEN[c.action], ...RACED];
    }
}


/***/ }),

/***/ 1769:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ refusalsSaid),
/* harmony export */   ET: () => (/* binding */ refusedWords),
/* harmony export */   uy: () => (/* binding */ refusalFailures)
/* harmony export */ });
/* unused harmony export MAX_REFUSAL_CAUSES_NAMED */
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9344);
/**
 * Writes AWS refused as not allowed, by cause. Each such failed item carries its hint (ItemResult.hint,
 * the JSON report's `items[].hint`: run/targets-hint.ts refusedWriteHints), and writes refused alike
 * carry the same one: with the read-only role used for enforce, every write of the account. The
 * step's failures, the job summary, the alert issue and the log say each hint once, with how many
 * writes it is for, never once per item. Pure.
 */

/**
 * Causes the step's failures and the job summary name one by one, at most; the rest are counted. An
 * organization's guard role without the writes is one hint per account (each names its role and
 * account), and they come early in the step's failures, which the failing annotation keeps its first
 * reasons of.
 */
const MAX_REFUSAL_CAUSES_NAMED = 3;
/** The hints of the failed writes, each once with its count, in the order the items first give them. */
function refusalCauses(items) {
    const counts = new Map();
    for (const i of items)
        if (i.outcome === 'failed' && i.hint !== undefined)
            counts.set(i.hint, (counts.get(i.hint) ?? 0) + 1);
    return [...counts].map(([hint, count]) => ({ hint, count }));
}
/** "2 writes were refused as not allowed.": what goes before a cause's hint. */
function refusedWords(count) {
    return `${count} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(count, 'write was', 'writes were')} refused as not allowed.`;
}
/**
 * The causes of the failed writes as the step's failures, the job summary and the alert issue say
 * them: the first MAX_REFUSAL_CAUSES_NAMED (refusalCauses), and the rest counted, "4 more writes
 * were refused as not allowed, for 2 more causes" (undefined when none are left).
 */
function refusalsSaid(items) {
    const causes = refusalCauses(items);
    const rest = causes.slice(MAX_REFUSAL_CAUSES_NAMED);
    const writes = rest.reduce((sum, c) => sum + c.count, 0);
    const more = rest.length === 0 ? undefined : `${writes} more ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(writes, 'write was', 'writes were')} refused as not allowed, for ${rest.length} more ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(rest.length, 'cause', 'causes')}`;
    return { named: causes.slice(0, MAX_REFUSAL_CAUSES_NAMED), more };
}
/**
 * The step's failures for the writes refused as not allowed: one per cause, its count then its
 * hint (AWS's text is not in it: each item's detail has that), the first MAX_REFUSAL_CAUSES_NAMED;
 * then how many more, and where each is said: the JSON report's items (`listedIn` `report`), and
 * the log, whose line of the first write refused for a cause ends with its hint (report/log.ts).
 */
function refusalFailures(items, listedIn) {
    const said = refusalsSaid(items);
    const named = said.named.map((c) => `${refusedWords(c.count)} ${c.hint}`);
    const { more } = said;
    if (more === undefined)
        return named;
    const where = listedIn === 'report' ? "each failed item's hint in the JSON report (items[].hint) says its cause, as the log does at the first write of each" : 'the log says each cause at the first write refused for it';
    return [...named, `${more}: ${where}.`];
}


/***/ }),

/***/ 9673:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ itemKind),
/* harmony export */   GT: () => (/* binding */ lapsingSoon),
/* harmony export */   LH: () => (/* binding */ itemPlace),
/* harmony export */   O2: () => (/* binding */ linkedEntry),
/* harmony export */   Qc: () => (/* binding */ itemRegion),
/* harmony export */   Qg: () => (/* binding */ lapseCell),
/* harmony export */   T0: () => (/* binding */ LAPSING_MARK),
/* harmony export */   XG: () => (/* binding */ itemId),
/* harmony export */   at: () => (/* binding */ entryCitation),
/* harmony export */   gV: () => (/* binding */ lineUrl),
/* harmony export */   ib: () => (/* binding */ lapsingMarkWithDay),
/* harmony export */   wt: () => (/* binding */ lapsingMark),
/* harmony export */   x$: () => (/* binding */ itemSource)
/* harmony export */ });
/* unused harmony export timeLeft */
/* harmony import */ var _decide_in_force_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(703);
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
/**
 * When an allowance (or an entry) that lapses soon stops allowing, for the plan comment and the
 * alert issue alike: `allowed through <code>2026-12-01</code> (UTC): lapses in 5 days 16 h`. The
 * date is the `until` as the policy writes it, the last day allowed, not the day after, on which
 * runs act; UTC because that day ends at midnight UTC whatever the reader's zone. The time left is
 * to that midnight, from the run that wrote it, rounded down: "5 days" alone read as the wrong
 * calendar day whenever hours were left over.
 */
function lapseCell(until, lapse) {
    return `allowed through ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(until)} (UTC): lapses in ${timeLeft(lapse)}`;
}
/**
 * What marks an allowance lapsing soon in the log's Decisions group (logDecisions), the job
 * summary's Allowed table (lapsingMark) and a plan log's Plan group (lapsingMarkWithDay): words to
 * search the log for, which the alert issue's and the plan job summary's cut tables of such
 * allowances name.
 */
const LAPSING_MARK = '⏳ lapses in';
/**
 * The mark of an item whose allowance lapses within the alert issue's window at `now`
 * (allowanceLapsing, DEFAULT_LAPSE_WINDOW_DAYS): `⏳ lapses in 10 h`. It stands beside the entry
 * cited, whose until the line already says ("until the end of 2026-11-27 (UTC)", "until
 * 2026-11-27"), so that day is not said again; when a later entry allows the item after that one
 * lapses, the allowance's own last day is another, and said: `⏳ lapses in 5 days: a later entry
 * allows it through 2026-12-02 (UTC)`. `day` shows that day (`code` in Markdown; it is a real
 * YYYY-MM-DD, lapsingWithin read it). Undefined for an item not lapsing soon.
 */
function lapsingMark(i, now, day = (until) => until) {
    return lapsingSoon(i, now, day)?.mark;
}
/** lapsingMark with the instant the allowance lapses (ISO-8601), for a table that puts the soonest first. */
function lapsingSoon(i, now, day = (until) => until) {
    const soon = (0,_decide_in_force_js__WEBPACK_IMPORTED_MODULE_3__/* .allowanceLapsing */ .BI)(i, now, _decide_in_force_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LAPSE_WINDOW_DAYS */ .Lx);
    if (soon === undefined)
        return undefined;
    const later = i.matched?.until === soon.until ? '' : `: a later entry allows it through ${day(soon.until)} (UTC)`;
    return { mark: `${LAPSING_MARK} ${timeLeft(soon)}${later}`, lapsesAt: soon.lapsesAt };
}
/**
 * The same mark on a line that cites no entry, so that says the allowance's last day itself (the
 * plan log's Plan group, logPlan): `⏳ lapses in 3 days 12 h: allowed through 2026-11-25 (UTC)`, the
 * day the last of the entries that take over (LapsingAllowance.until). `until` is a real YYYY-MM-DD
 * (lapsingWithin read it), so no text a sender chose reaches the line through it.
 */
function lapsingMarkWithDay(lapse) {
    return `${LAPSING_MARK} ${timeLeft(lapse)}: allowed through ${lapse.until} (UTC)`;
}
/** `5 days 16 h`, `1 day`, `3 h`, `under an hour`: whole days and hours, rounded down. */
function timeLeft({ daysLeft, hoursLeft }) {
    const days = daysLeft === 0 ? '' : daysLeft === 1 ? '1 day' : `${daysLeft} days`;
    const hours = hoursLeft === 0 ? '' : `${hoursLeft} h`;
    return [days, hours].filter(Boolean).join(' ') || 'under an hour';
}
// Each kind describes its own items (src/kinds/<kind>/describe.ts); these are the cells every table shares.
function itemKind(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item)?.describe.kindCell(item) ?? 'Unknown';
}
/**
 * The Id cell: the id the kind gives the item (the report's, the outputs'), whole, so that a reader
 * can look it up (`aws iot describe-certificate --certificate-id …`, `aws ram
 * get-resource-share-invitations --resource-share-invitation-arns …`); long ids wrap, never cut.
 */
function itemId(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .kindOf */ .I)(item) === undefined ? '' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .breakableCode */ .N8)((0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .itemAwsId */ .Cp)(item));
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

/***/ 2952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mu: () => (/* binding */ publishedFailures),
/* harmony export */   SC: () => (/* binding */ stepFailures),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   jR: () => (/* binding */ NOT_GUARDED_GROUP),
/* harmony export */   qi: () => (/* binding */ notReadFailure)
/* harmony export */ });
/* unused harmony exports MAX_NOT_GUARDED_NAMED, reportFailures */
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5419);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9344);
/* harmony import */ var _run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8767);
/* harmony import */ var _act_refused_writes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1769);
/**
 * Why the step fails, in words, from a run's budget, errors, counts and accounts not guarded: the
 * report's `failures` (buildRunReport, the merge) and, when the JSON report could not be written,
 * the same reasons sending no one to it. Pure: step-failures.ts is what logs them and fails the step.
 */




/**
 * The title of the log group that names every account not guarded, with why (report/log.ts,
 * logNotGuarded): the step's failures and the job summary send readers to it by this name.
 */
const NOT_GUARDED_GROUP = 'Not guarded';
/** Accounts not guarded that the step failures name one by one. */
const MAX_NOT_GUARDED_NAMED = 20;
/** `text` ending in one full stop: AWS's messages often end in one already (`… is invalid.`). */
function sentence(text) {
    const trimmed = text.trimEnd();
    return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
/** The reasons the step fails: a tripped budget, a write that failed, a part not read, an account not guarded, an item accepted against the policy. */
function stepFailures(input) {
    const listedIn = input.listedIn ?? 'report';
    const failures = [];
    if (input.budget.tripped && input.mode === 'enforce')
        failures.push(budgetFailure(input.budget, input.shard));
    // The writes refused come before the parts not read: the failing annotation keeps its first and last reasons (failureAnnotation), and the hint of a write refused is the first thing to fix.
    if (input.counts.failed > 0) {
        failures.push(`${input.counts.failed} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(input.counts.failed, 'rejection or decline', 'rejections or declines')} failed; see the job summary and ${listedIn === 'report' ? 'the report' : "the log's Decisions group"}.`);
        failures.push(...(0,_act_refused_writes_js__WEBPACK_IMPORTED_MODULE_2__/* .refusalFailures */ .uy)(input.items ?? [], listedIn));
    }
    // Parts not read alike (one permission missing in every region of an account) are one reason naming their regions.
    for (const g of (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .alikeByRegion */ .y$)(input.errors))
        failures.push(notReadFailure(g.error, (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .alikePlace */ .uz)(g)));
    // Named one by one up to a point: thousands of accounts outside a pin are one failure, not thousands.
    const notGuarded = (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failingSkips */ .nH)(input.skippedAccounts ?? []);
    for (const s of notGuarded.slice(0, MAX_NOT_GUARDED_NAMED))
        failures.push(`Account ${s.account} was not guarded: ${s.reason}.`);
    const more = notGuarded.length - MAX_NOT_GUARDED_NAMED;
    if (more > 0)
        failures.push(`${more} more ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(more, 'account was', 'accounts were')} not guarded; ${MORE_NOT_GUARDED_WHERE[listedIn]}.`);
    const accepted = input.counts['accepted-meanwhile'];
    if (accepted > 0) {
        const one = accepted === 1;
        // A plan's job summary is the plan comment: its caution block names them (the JSON report too, outcome accepted-meanwhile).
        const where = input.mode !== 'plan' ? 'the job summary' : listedIn === 'report' ? 'the plan comment and the JSON report (outcome accepted-meanwhile)' : 'the plan comment';
        failures.push(`${accepted} ${one ? 'item' : 'items'} the policy does not allow ${one ? 'was' : 'were'} accepted in the account (before this run, or after it listed ${one ? 'it' : 'them'} and before it could act); see ${where}. Check with whoever accepted ${one ? 'it' : 'them'} now: if intended, allow the sender in the policy through a reviewed pull request.`);
    }
    return failures;
}
/** The step's failure for a part not read (or alike parts, `place` naming their regions: alikePlace): where, AWS's text (not escaped: the writers escape it), our hint. */
function notReadFailure(e, place = (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorPlace */ .eI)(e)) {
    // A shard's missing report is said in its own words (it names the shard and what to do): not a read that failed.
    if (e.service === 'shard')
        return sentence(e.message);
    return `Could not read ${place}: ${sentence(e.message)}${e.hint === undefined ? '' : ` ${sentence(e.hint)}`} Items there were not checked.`;
}
/** Where the accounts not guarded past the first MAX_NOT_GUARDED_NAMED are named, after "N more accounts were not guarded; ". */
const MORE_NOT_GUARDED_WHERE = {
    report: 'the JSON report lists them all (skippedAccounts)',
    log: `the log's "${NOT_GUARDED_GROUP}" group names each (the JSON report, which would list them, could not be written)`,
    nowhere: 'the JSON report, which would list them, could not be written',
};
/**
 * The step's failures of a report, from the report alone, as buildRunReport and the merge write
 * them (listedIn `report`); when the JSON report could not be written, the same reasons sending
 * no one to it (listedIn `log` or `nowhere`).
 */
function reportFailures(report, listedIn) {
    return stepFailures({ budget: report.budget, errors: report.errors, counts: report.counts, mode: report.mode, skippedAccounts: report.skippedAccounts, shard: report.shard, listedIn, items: report.items });
}
/**
 * The step's failures of a published report: those it was written with when the JSON report was
 * written; else the same reasons sending no one to it, naming `otherwise` (the log, or nowhere) for
 * what they leave out.
 */
function publishedFailures(report, reportWritten, otherwise) {
    return reportWritten ? report.failures : reportFailures(report, otherwise);
}
/** The step's failure for a tripped budget; a matrix run's names the shard that tripped and its own count. */
function budgetFailure(b, shard) {
    if (b.share === undefined)
        return `${b.planned} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(b.planned, 'item calls', 'items call')} for rejection or decline, more than the budget of ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .budgetSource */ .ZM)(b)}); nothing was written. ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .trippedAdvice */ .lX)(b)}`;
    const share = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .shareWords */ .hs)({ source: b.source, share: b.share });
    const clause = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .overShareClause */ .P0)(b, shard);
    if (clause === undefined)
        return `A shard's items called for more rejections or declines than its share: ${share}; that shard wrote nothing. ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .trippedAdvice */ .lX)(b)}`;
    const they = shard === undefined && (b.trippedShards?.length ?? 0) > 1 ? 'they' : 'it';
    return `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_1__/* .capitalise */ .sK)(clause)}: ${share}; ${they} wrote nothing. ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .trippedAdvice */ .lX)(b)}`;
}


/***/ }),

/***/ 2439:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CC: () => (/* binding */ regionCount),
/* harmony export */   Mr: () => (/* binding */ accountsSection),
/* harmony export */   yq: () => (/* binding */ notGuardedByChoice)
/* harmony export */ });
/* unused harmony export FOLD_ACCOUNTS_OVER */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7286);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5402);
/* harmony import */ var _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6971);





/**
 * Past this many accounts, the table of those read completely is folded behind its count: an
 * organization's hundreds of clean rows must not stand between a reader and the few that are not.
 */
const FOLD_ACCOUNTS_OVER = 10;
/**
 * Every guarded account: how it was reached, what was read, its counts. The accounts not read
 * completely lead; past FOLD_ACCOUNTS_OVER accounts the others are folded behind their count. A
 * region cell is a count: the regions in every account's scope are listed once, above the table
 * (with where they could not be read), and a row names only the regions its account has besides,
 * and those that failed or were skipped.
 */
function accountsSection(report, where) {
    const notGuarded = report.skippedAccounts.filter((s) => !s.fails);
    if (report.accounts.length <= 1 && notGuarded.length === 0)
        return regionLines(report);
    const kinds = regionalKinds(report);
    const common = new Map(kinds.map((kind) => [kind.name, commonRegions(report.accounts, kind)]));
    const commonSets = new Map(kinds.map((kind) => [kind.name, new Set(common.get(kind.name))]));
    const headers = ['Account', 'Via', 'Read', 'Handshakes', ...kinds.map((kind) => `${kind.label} regions swept`), 'Regions skipped', 'To act', 'Allowed'];
    // `named`: the rows cut are named (their ids, up to MAX_NAMED_OMITTED) rather than only counted: for the accounts not read.
    const accountsTable = (accounts, named = false) => {
        const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capped */ .uo)(accounts, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ROWS */ .pX);
        const rows = shown.map((a) => [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.account),
            a.via === 'credentials' ? 'own credentials' : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(a.via, 40),
            READ_LABEL[a.read],
            HANDSHAKES_LABEL[a.handshakes],
            ...kinds.map((kind) => regionsCell(a, kind, commonSets.get(kind.name) ?? new Set())),
            skippedRegions(a, shared),
            String(a.counts.planned),
            String(a.counts.allowed),
        ]);
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(headers, rows) + (named ? omittedAccountsLine(accounts.slice(shown.length), where.other) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .omittedLine */ .pN)(omitted, where.other));
    };
    const total = report.accounts.length;
    // Not reached at all first, then read in part: a cut table must not hide an account nothing was read of.
    const incomplete = [...report.accounts.filter((a) => a.read === 'none'), ...report.accounts.filter((a) => a.read === 'partial')];
    const complete = report.accounts.filter((a) => a.read === 'complete');
    const shared = commonSkips(report.accounts, kinds);
    const lines = ['', `### Accounts (${total})`, ...commonRegionsLines(kinds, common, report.accounts)];
    if (shared.length > 0)
        lines.push('', `Skipped in every account whose regions were read: ${skippedList(shared)}.`);
    if (total <= FOLD_ACCOUNTS_OVER) {
        lines.push('', accountsTable([...incomplete, ...complete]));
    }
    else {
        if (incomplete.length > 0)
            lines.push('', `**${incomplete.length} of ${total} accounts not read completely** (what failed is under Not read, above):`, '', accountsTable(incomplete, true));
        if (complete.length > 0)
            lines.push('', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`${complete.length} of ${total} accounts read completely`, accountsTable(complete)));
    }
    lines.push(...notGuardedByChoice(notGuarded, where.notGuarded));
    return lines;
}
/**
 * The accounts the targets named or the organization listed that are not guarded by choice
 * (`targets.exclude`, not ACTIVE: SkippedTarget.fails false), folded: each with why, MAX_ROWS at
 * most, then how many more and `where` they are. [] when there are none. The run summary's
 * Accounts section and the plan's comment and job summary show them alike, so that "N not guarded"
 * in the log is found in either.
 */
function notGuardedByChoice(skipped, where) {
    const byChoice = skipped.filter((s) => !s.fails);
    if (byChoice.length === 0)
        return [];
    const few = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capped */ .uo)(byChoice, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ROWS */ .pX);
    return ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`Not guarded by choice (${byChoice.length})`, few.shown.map((s) => `- ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(s.account)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(s.reason, 200)}`).join('\n') + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .omittedLine */ .pN)(few.omitted, where))];
}
/** The accounts past a cut table of accounts not read completely, by id: none of them may go unnamed for want of a row. */
function omittedAccountsLine(omitted, where) {
    return (0,_run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .namedCutLine */ .aY)(omitted.map((a) => `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(a.account)}${a.read === 'none' ? ' (nothing read)' : ''}`), 'not read completely', where);
}
/**
 * One account: the regions each regional kind swept and skipped, so "all clear" is only said of
 * what was read. Kinds that read the same regions share a line: under `all`, three lists of the
 * same sixteen regions would say one thing three times.
 */
function regionLines(report) {
    const a = report.accounts[0];
    if (a === undefined)
        return [];
    const groups = sharedByKinds(regionalKinds(report), (kind) => regionsOf(a, kind), (r) => JSON.stringify([r.selection, r.swept, r.skipped, r.otherShards ?? []]));
    const lines = [''];
    for (const { labels, value: regions } of groups) {
        // A shard reads its share: "every enabled region" would claim the others' too.
        const others = regions.otherShards?.length ? `; ${regionCount(regions.otherShards.length)} more read by other shards` : '';
        const which = others !== '' ? 'this shard\'s share' : regions.selection === 'all' ? 'every enabled region' : 'as listed';
        lines.push(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(labels)} regions swept (${which}): ${regions.swept.length ? regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(', ') : 'none'}${others}.`);
        if (regions.skipped.length > 0)
            lines.push(`Skipped: ${skippedList(regions.skipped)}.`);
    }
    return lines;
}
/**
 * Kinds whose value is the same (by `keyOf`) share one entry, their labels in kind order, so that a
 * list is said once for several kinds; a kind without a value is left out.
 */
function sharedByKinds(kinds, valueOf, keyOf) {
    const groups = new Map();
    for (const kind of kinds) {
        const value = valueOf(kind);
        if (value === undefined)
            continue;
        const key = keyOf(value);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, { labels: [kind.label], value });
        else
            group.labels.push(kind.label);
    }
    return [...groups.values()];
}
const nonEmpty = (list) => (list?.length ? list : undefined);
/** The regional kinds the report governs, IoT first (always: a report without `kinds` has IoT alone). */
function regionalKinds(report) {
    return _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW.filter((kind) => kind.scope === 'regional' && (kind.name === 'certificate-transfer' || report.kinds?.[kind.name]?.governed === true));
}
/** `1 region`, `16 regions`; `81 account-regions` with that unit. */
function regionCount(n, unit = 'region') {
    return `${n} ${unit}${n === 1 ? '' : 's'}`;
}
/** An account's regions of a regional kind (IoT's are also `a.regions`, which a report without `kinds` has alone). */
function regionsOf(a, kind) {
    return kind.name === 'certificate-transfer' ? a.regions : a.kinds?.[kind.name]?.regions;
}
/**
 * The regions in every account's scope for a kind: each account had to read them (and read, failed
 * to, or left them to another shard), sorted; an account that had none (not reached) does not empty
 * it. Empty when no account had any. Not "read everywhere": commonRegionsLines says where one failed.
 */
function commonRegions(accounts, kind) {
    const sets = accounts
        .map((a) => regionsOf(a, kind))
        .map((r) => new Set([...(r?.swept ?? []), ...(r?.failed ?? []), ...(r?.otherShards ?? [])]))
        .filter((set) => set.size > 0);
    const [first, ...rest] = sets;
    if (first === undefined)
        return [];
    return [...first].filter((region) => rest.every((set) => set.has(region))).sort(_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareCodeUnits */ .U);
}
/**
 * The regions in every account's scope, once for the table: kinds with the same ones (and the same
 * failures) share a fold. A region some accounts could not read says in how many, there and in the
 * fold's summary line, which is all a reader sees of it folded: in scope is not read everywhere.
 * Accounts that read none of a kind's regions (readNoRegion: its role refused, its region list not
 * read) are said once, on a line of their own and in the summary line, not as a mark on every
 * region: sixteen "not read in 1 account" say one thing sixteen times and hide a region that failed.
 */
function commonRegionsLines(kinds, common, accounts) {
    const withFailures = (kind) => {
        const regions = nonEmpty(common.get(kind.name));
        if (regions === undefined)
            return undefined;
        const none = accounts.map((a) => readNoRegion(a, kind));
        return {
            regions: regions.map((region) => ({ region, notRead: accounts.filter((a) => regionsOf(a, kind)?.failed.includes(region) === true).length })),
            notReached: none.filter((n) => n === 'not-reached').length,
            regionList: none.filter((n) => n === 'region-list').length,
        };
    };
    const groups = sharedByKinds(kinds, withFailures, (value) => JSON.stringify(value));
    return groups.flatMap(({ labels, value: { regions, notReached, regionList } }) => {
        const unread = regions.filter((r) => r.notRead > 0).length;
        const blind = notReached + regionList;
        const listed = regions.map((r) => (r.notRead === 0 ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.region) : `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.region)} (❌ not read in ${accountCount(r.notRead)})`));
        const title = [String(regions.length), ...(blind === 0 ? [] : [`none read in ${accountCount(blind)}`]), ...(unread === 0 ? [] : [`${unread} not read in some accounts`])].join('; ');
        const why = [...(notReached === 0 ? [] : [`${notReached} whose role could not be used`]), ...(regionList === 0 ? [] : [`${regionList} whose region list was not read`])];
        const noneLine = blind === 0 ? [] : [`❌ None of these was read in ${accountCount(blind)}, which read no region at all (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(why)}): see Not read, above.`, ''];
        return [
            '',
            (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .joinWords */ .yZ)(labels)} regions in every account's scope (${title})`, [...noneLine, listed.join(' '), '', '_Every account was to read these; a row counts the regions its account swept, and names those it swept besides these and those that could not be read._'].join('\n')),
        ];
    });
}
const accountCount = (n) => `${n} ${n === 1 ? 'account' : 'accounts'}`;
/** Every region an account skipped, for any kind, with why. */
function skipsOf(a) {
    return _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW.flatMap((kind) => regionsOf(a, kind)?.skipped ?? []);
}
const skipKey = (s) => `${s.region}\u0000${s.reason}`;
/**
 * The skips (region and reason) every account whose regions were read shares, said once above the
 * table instead of in each row: under `all`, every account skips the regions a service is not
 * offered in. An account that read no region of any regional kind (`kinds`; readNoRegion: not
 * reached, or its region list not read) skipped nothing because it read nothing, and does not count
 * (so the line says "whose regions were read", not "reached"); one whose regions were read that
 * skipped nothing empties it. Empty for fewer than two such accounts.
 */
function commonSkips(accounts, kinds) {
    const readRegions = (a) => a.read !== 'none' && kinds.some((kind) => readNoRegion(a, kind) === undefined);
    const lists = accounts.filter(readRegions).map(skipsOf);
    const [first, ...rest] = lists;
    if (first === undefined || rest.length === 0)
        return [];
    const keys = rest.map((list) => new Set(list.map(skipKey)));
    const seen = new Set();
    return first.filter((s) => keys.every((set) => set.has(skipKey(s))) && !seen.has(skipKey(s)) && seen.add(skipKey(s)));
}
/** A row's skips, less those every account shares (said above the table). */
function skippedRegions(a, shared) {
    const sharedKeys = new Set(shared.map(skipKey));
    const own = skipsOf(a).filter((s) => !sharedKeys.has(skipKey(s)));
    return own.length === 0 ? '—' : skippedList(own);
}
function skippedList(skipped) {
    const byReason = new Map();
    for (const s of skipped)
        byReason.set(s.reason, [...new Set([...(byReason.get(s.reason) ?? []), s.region])]);
    return [...byReason].map(([reason, regions]) => `${regions.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')} (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(reason, 80)})`).join('; ');
}
/**
 * An account's cell for a regional kind: how many regions were read, naming only those beyond the
 * ones in every account's scope (`common`), those that failed, and how many another shard reads.
 */
function regionsCell(a, kind, common) {
    const state = a.kinds?.[kind.name]?.state;
    if (state === 'not-governed')
        return '—';
    const none = readNoRegion(a, kind);
    if (none === 'not-reached')
        return '❌ not read';
    const regions = regionsOf(a, kind);
    if (regions === undefined)
        return '—';
    if (none === 'region-list')
        return '❌ region list not read';
    // Against a common set, a row names only what it has besides; with none (accounts with no region in common), it names its own.
    const besides = common.size === 0 ? [] : regions.swept.filter((region) => !common.has(region));
    const own = common.size === 0 ? ` (${regions.swept.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')})` : besides.length ? ` (+ ${besides.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')})` : '';
    const swept = regions.swept.length === 0 ? 'none' : `${regionCount(regions.swept.length)}${own}`;
    const failed = regions.failed.length ? ` · ❌ ${regions.failed.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')} not read` : '';
    const others = regions.otherShards?.length ? ` · ${regions.otherShards.length} read by other shards` : '';
    return `${swept}${failed}${others}`;
}
/**
 * Why an account read none of a regional kind's regions, if it read none: `not-reached`, its role
 * not assumed (the kind is not-read); `region-list`, under `all`, a part that failed with nothing
 * swept, failed or left to others (its region list was not read). Undefined otherwise.
 */
function readNoRegion(a, kind) {
    const state = a.kinds?.[kind.name]?.state;
    if (state === 'not-read')
        return 'not-reached';
    const regions = regionsOf(a, kind);
    if (state === 'failed' && regions?.selection === 'all' && regions.swept.length === 0 && regions.failed.length === 0 && !regions.otherShards?.length)
        return 'region-list';
    return undefined;
}
const READ_LABEL = { complete: '✅ complete', partial: '⚠️ partial', none: '❌ not read' };
const HANDSHAKES_LABEL = {
    swept: 'swept',
    failed: '❌ not read',
    'not-governed': 'not governed',
    'not-read': '❌ not read',
    'other-shard': 'another shard',
};


/***/ }),

/***/ 8832:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ budgetTripped),
/* harmony export */   IW: () => (/* binding */ budgetBanner),
/* harmony export */   ac: () => (/* binding */ unknownRegionsBanner)
/* harmony export */ });
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5419);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1091);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9344);
/** The banners above the job summary's tables: the budget (loudly when tripped) and the regions this release does not know. */




/**
 * Under the headline: how much of the budget the run used, or, tripped, a caution that says what that
 * stopped and what to do: a policy mistake to look for, or, when each shard's share is 0, the matrix
 * to fix (emptyShareAdvice, as the log and the alert issue say it): raising max-actions "for one
 * run" would not help a matrix whose every shard trips on its first item.
 */
function budgetBanner(report) {
    const b = report.budget;
    const share = b.share === undefined ? '' : ` — each of ${b.share.shards} shards may act on ⌊${b.share.runLimit} / ${b.share.shards}⌋ = ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .shardShare */ .K7)(b.share.runLimit, b.share.shards)}${missingShardsClause(report)}`;
    if (!b.tripped)
        return ['', `Budget: ${b.planned} of ${b.limit} actions (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetSource */ .ZM)(b)}${share}).`];
    return [
        '',
        `> [!CAUTION]`,
        `> ${budgetTripped(report)} ${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .emptyShareAdvice */ .Zy)(b, '`max-actions`') ?? 'A policy mistake must not reject a whole fleet: check the list below; if it is right, raise `max-actions` for one run.'}`,
    ];
}
/**
 * A merged run with shards missing: its budget's planned and limit are the sums over the shards that
 * reported, said so ("; counted over the 2 shards that reported: 3/3's report is missing").
 */
function missingShardsClause(report) {
    const missing = report.errors.flatMap((e) => (e.service === 'shard' && e.shard !== undefined ? [`${e.shard.index}/${e.shard.count}`] : []));
    if (missing.length === 0 || report.budget.share === undefined)
        return '';
    const reported = report.budget.share.shards - missing.length;
    return `; counted over the ${reported} ${reported === 1 ? 'shard' : 'shards'} that reported: ${missing.join(', ')} ${missing.length === 1 ? "has no report" : 'have none'}`;
}
/**
 * A tripped budget, said the same in the job summary and the alert issue: a matrix run's names the
 * shard that tripped with its own count (overShareClause), then the run's budget in shareWords'
 * phrase. Never the shards' sum alone: "9 items; the budget of 12" reads as within it. Only an
 * enforce run trips: a dry-run (a merge of dry-run shards too) says the budget would trip, as its
 * log's warning does, since nothing tripped and nothing was held.
 */
function budgetTripped(report) {
    const b = report.budget;
    const enforce = report.mode === 'enforce';
    const tripped = enforce ? 'Budget tripped' : 'The budget would trip';
    if (b.share === undefined) {
        const items = `${b.planned} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(b.planned, 'item calls', 'items call')} for action`;
        return enforce
            ? `**${tripped}: ${items}, the budget is ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetSource */ .ZM)(b)}).** Nothing was written.`
            : `**${tripped}: ${items}, more than the budget of ${b.limit} (${(0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .budgetSource */ .ZM)(b)}).** An enforce run would write nothing and fail.`;
    }
    const share = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .shareWords */ .hs)({ source: b.source, share: b.share });
    const clause = (0,_act_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .overShareClause */ .P0)(b, report.shard);
    // A merged report that does not say which shard tripped (trippedShards): the run's sum, said as such.
    if (clause === undefined)
        return `**${tripped} in at least one shard: ${b.planned} ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(b.planned, 'item calls', 'items call')} for action in all shards together; ${share}.** ${enforce ? 'A shard that trips writes nothing.' : 'In enforce, a shard that trips writes nothing and fails.'}`;
    const wrote = !enforce ? 'In enforce, a shard that trips writes nothing and fails.' : report.shard !== undefined ? 'This shard wrote nothing.' : (b.trippedShards?.length ?? 0) > 1 ? 'Those shards wrote nothing.' : 'That shard wrote nothing.';
    return `**${tripped}: ${clause}; ${share}.** ${wrote}`;
}
/** Regions listed as enabled that this release does not know: skipped, and said so above the tables (and in the plan comment). */
function unknownRegionsBanner(regions) {
    const warning = (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .unknownRegionsWarning */ .Wn)(regions, _escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY);
    return warning === undefined ? [] : ['', '> [!WARNING]', `> ${warning}`];
}


/***/ }),

/***/ 6971:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ namedCut),
/* harmony export */   aY: () => (/* binding */ namedCutLine),
/* harmony export */   pX: () => (/* binding */ MAX_ROWS),
/* harmony export */   wE: () => (/* binding */ restWhere)
/* harmony export */ });
/* unused harmony export MAX_NAMED_OMITTED */
/* harmony import */ var _failure_reasons_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2952);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5402);
/**
 * The job summary's tables are cut at MAX_ROWS rows; what a cut leaves out is said where it is, by
 * what the table lists (restWhere), and accounts a cut would hide are named (namedCutLine).
 */


/** Rows per table; the JSON report has every item. */
const MAX_ROWS = 50;
/**
 * Where the rows a cut table leaves out are: the JSON report, named as the footer names it (the
 * runner, and the file's path on it, are gone when the summary is read). When it could not be
 * written, not there: the log lists every item (Decisions) and every account not guarded (Not
 * guarded: logNotGuarded), the step's failures every part not read; of the accounts guarded
 * nothing else is kept.
 */
function restWhere(reportWritten) {
    if (reportWritten) {
        const report = `see the JSON report, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFileOutput */ .cx)()}`;
        return { items: report, unread: report, notGuarded: report, other: report };
    }
    const none = 'the JSON report could not be written (see the step\'s failures)';
    return { items: `${none}; the log's Decisions group lists every item`, unread: `${none}, which name each`, notGuarded: `${none}; the log's "${_failure_reasons_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_GUARDED_GROUP */ .jR}" group names each`, other: none };
}
/** At most this many ids of accounts are named past a cut table (about 30 bytes each). */
const MAX_NAMED_OMITTED = 1000;
/** `names` (already Markdown) past a cut table, as a paragraph of their own (namedCut). */
function namedCutLine(names, label, where) {
    const cut = namedCut(names, label, where);
    return cut === '' ? '' : `\n\n${cut}`;
}
/**
 * `names` (already Markdown) past a cut list: up to `max` of them, then how many more and `where`
 * they are; '' when there are none. The run summary's Not read section and the plan's banner of
 * accounts not guarded say it alike.
 */
function namedCut(names, label, where, max = MAX_NAMED_OMITTED) {
    if (names.length === 0)
        return '';
    const named = names.slice(0, max);
    const rest = names.length - named.length;
    return `_…and ${names.length} more ${label}:_ ${named.join(' ')}${rest > 0 ? ` _…and ${rest} more: ${where}._` : ''}`;
}


/***/ }),

/***/ 663:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ outcomeLabel),
/* harmony export */   NG: () => (/* binding */ acceptedCells),
/* harmony export */   Vb: () => (/* binding */ acceptedSection),
/* harmony export */   cB: () => (/* binding */ ignoredSection),
/* harmony export */   em: () => (/* binding */ refusalNotes),
/* harmony export */   nP: () => (/* binding */ ACCEPTED_HEADERS),
/* harmony export */   s: () => (/* binding */ allowedSection),
/* harmony export */   sM: () => (/* binding */ acceptedIntro),
/* harmony export */   zH: () => (/* binding */ actedSection)
/* harmony export */ });
/* harmony import */ var _act_outcomes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5635);
/* harmony import */ var _act_refused_writes_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1769);
/* harmony import */ var _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3369);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8017);
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(7286);
/* harmony import */ var _run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7712);
/* harmony import */ var _run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8767);
/* harmony import */ var _describe_item_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9673);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2527);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5402);
/* harmony import */ var _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6971);
/**
 * The job summary's item sections: accepted against the policy, to act on (or acted on), allowed
 * and ignored, each item in one of them; and the cells the alert issue shares with them.
 */











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
/**
 * The items to reject or decline, under a heading that says what the run did with them
 * (actedHeading). `racedAway`: how many more were to be, accepted while the run acted: listed under
 * Accepted against the policy, and said here so that none goes missing from this count.
 */
function actedSection(report, acted, racedAway, where, many) {
    return [
        '',
        `### ${actedHeading(report, acted)}`,
        '',
        ...(racedAway === 0 ? [] : [`_Not in this table: ${racedAway} more ${racedAway === 1 ? 'item' : 'items'} to reject or decline, accepted while the run acted (see Accepted against the policy, above)._`, '']),
        acted.length > 0 ? actedTable(acted, where, many) : racedAway > 0 ? '_Nothing else._' : (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .noAccountRead */ .x8)(report) ? `_Nothing: ${nothingRead(report)}._` : '_Nothing: every pending item read is allowed or not ours to judge._',
        ...refusalNotes(acted, where),
    ];
}
/**
 * Under the table, what the writes refused as not allowed need, once per cause (refusalsSaid): the
 * rows show AWS's answer each, the hint would be the same long sentence on every one of them. The
 * hint is inert as AWS's text is (it quotes the caller's ARN). `where`: where the causes past the
 * first MAX_REFUSAL_CAUSES_NAMED are said ("see …"). The alert issue's acted table has them too.
 */
function refusalNotes(acted, where) {
    const { named, more } = (0,_act_refused_writes_js__WEBPACK_IMPORTED_MODULE_9__/* .refusalsSaid */ .BK)(acted);
    return [
        ...named.flatMap((c) => ['', `**${(0,_act_refused_writes_js__WEBPACK_IMPORTED_MODULE_9__/* .refusedWords */ .ET)(c.count)}** ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(c.hint, _run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_HINT_SHOWN */ .jH)}`]),
        ...(more === undefined ? [] : ['', `_…${more}: ${where}._`]),
    ];
}
/** Why a run that read no account (noAccountRead) found nothing: not because what it read was clean. */
function nothingRead(report) {
    const aside = [
        (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .organizationUnlisted */ .cB)(report.errors) ? "the organization's accounts could not be listed" : '',
        // Every account guarded read 'none': its role was refused, or answered as another account.
        report.accounts.length > 0 ? rolesNotUsed(report) : '',
        (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .notReadCount */ .Ng)(report) > 0 ? 'see Not read' : '',
    ].filter(Boolean);
    return `no account was read${aside.length > 0 ? ` (${aside.join('; ')})` : ''}`;
}
/**
 * Why no account guarded was read, by what its guard role did: could not be assumed (AWS refused),
 * or answered as another account (answeredAsAnother), or some one and some the other.
 */
function rolesNotUsed(report) {
    const roles = report.errors.filter((e) => e.service === 'sts' && e.account !== undefined);
    const other = roles.filter(_run_report_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .answeredAsAnother */ .bH).length;
    if (other === 0)
        return "no account's guard role could be assumed";
    if (other === roles.length)
        return "no account's guard role answered as its own account";
    return "no account's guard role could be used: some could not be assumed, the others answered as another account";
}
/**
 * The heading of the items to reject or decline, by what the run did with them. A dry-run, and an
 * enforce run whose budget tripped (one job, or one shard's own report: it wrote nothing), have them
 * to act on; an enforce run within its budget acted on them. A merged run is as many runs as shards:
 * when some tripped (each wrote nothing) while others had items to act on, it acted on some and not
 * on others, and says which shards stopped (budget.trippedShards); when every shard with items
 * tripped, nothing was written, as in one job. "Acted on" counts what the `acted` output counts, the
 * writes AWS accepted (rejected or declined), and says the table's other rows beside it (writtenOf):
 * "Acted on (11)" over a failed write would read as eleven done beside an `acted` of 10.
 */
function actedHeading(report, acted) {
    const n = ` (${acted.length})`;
    const { share, trippedShards: tripped = [] } = report.budget;
    if (report.mode !== 'enforce')
        return `To act on${n}`;
    if (!report.budget.tripped)
        return `Acted on${writtenOf(acted)}`;
    // Not a merged report, or one that does not say which shards tripped: what one job's tripped budget means.
    if (report.shard !== undefined || share === undefined || tripped.length === 0)
        return `To act on${n}`;
    // The items the shards that did not trip had to act on: each such shard acted on its own.
    const elsewhere = report.budget.planned - tripped.reduce((sum, t) => sum + t.planned, 0);
    if (elsewhere <= 0)
        return `To act on${n}`;
    const names = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .joinWords */ .yZ)(tripped.map((t) => `${t.index}/${share.shards}`));
    const which = tripped.length === 1 ? `shard ${names} wrote nothing (its budget tripped)` : `shards ${names} wrote nothing (their budgets tripped)`;
    return `Acted on in part${writtenOf(acted)} — ${which}`;
}
/**
 * What became of a row not written, after "Acted on: 10 of 11 (…)", in the order they are told: every
 * outcome an enforce run gives an item to reject or decline besides its write and accepted-meanwhile
 * (listed under Accepted against the policy); a merged shard report with any other is refused.
 */
const NOT_WRITTEN_WORDS = [
    ['held-by-budget', 'held by the budget'],
    ['failed', 'failed'],
    ['already-handled', 'no longer pending'],
];
/**
 * " (11)" when every row was written (rejected or declined); else ": 10 of 11 (1 failed)", the
 * first number the `acted` output's, then what became of the others.
 */
function writtenOf(acted) {
    const written = acted.filter((i) => (0,_act_outcomes_js__WEBPACK_IMPORTED_MODULE_0__/* .isWritten */ .QH)(i.outcome)).length;
    if (written === acted.length)
        return ` (${acted.length})`;
    const others = NOT_WRITTEN_WORDS.map(([outcome, words]) => [acted.filter((i) => i.outcome === outcome).length, words])
        .filter(([count]) => count > 0)
        .map(([count, words]) => `${count} ${words}`);
    return `: ${written} of ${acted.length} (${others.join(', ')})`;
}
/** The items the policy allows, each with the entry that allows it, and a mark on those whose allowance lapses soon at `now` (lapsingMark). */
function allowedSection(allowed, where, links, many, now) {
    return ['', `### Allowed by the policy (${allowed.length})`, '', allowed.length === 0 ? '_None._' : allowedTable(allowed, where, links, many, now)];
}
/** The items not ours to judge, folded (none: nothing). */
function ignoredSection(ignored, where, many) {
    return ignored.length === 0 ? [] : ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .details */ .zH)(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where, many))];
}
/** With several accounts, tables lead with the account each item was found in. */
function withAccount(many, headers, rows, items) {
    if (!many)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(headers, rows);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(['Account', ...headers], rows.map((row, i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY)(items[i]?.item.account ?? ''), ...row]));
}
/** Rows a person must see first when the table is cut: what failed, then what was held. (Accepted against the policy has a section of its own.) */
const OUTCOME_FIRST = { failed: 0, 'held-by-budget': 1 };
const rank = (i) => OUTCOME_FIRST[i.outcome] ?? 2;
function actedTable(items, where, many) {
    // Stable: within a rank, the report's order (account, kind, region, id).
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .capped */ .uo)([...items].sort((a, b) => rank(a) - rank(b)), _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemSource */ .x$)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), outcomeCell(i)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Why', 'Outcome'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .omittedLine */ .pN)(omitted, where);
}
/**
 * Every item accepted in the account that the policy does not allow (acceptedAgainstPolicy), whether
 * found accepted when read or accepted while the run acted: nothing is left to write, so they are not
 * in the acted table, and far too important for the folded ignored list.
 */
function acceptedSection(items, where, many) {
    if (items.length === 0)
        return [];
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .capped */ .uo)(items, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemSource */ .x$)(i.item), ...acceptedCells(i)]);
    return [...acceptedIntro(items.length), withAccount(many, ['Kind', 'Id', 'Region', 'Source', ...ACCEPTED_HEADERS], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .omittedLine */ .pN)(omitted, where)];
}
/** The heading and the sentence above the items accepted against the policy (the summary's and the alert issue's). */
function acceptedIntro(count) {
    return [
        '',
        `### ⚠️ Accepted against the policy (${count})`,
        '',
        'Someone in the account accepted these, and the policy does not allow them: nothing is left to reject or decline, and a person should look now. ' +
            'The When column says which case each is: already accepted when this run read it; accepted after this run listed it as pending, before it acted (found so when it read the item further); ' +
            'or accepted while this run acted (after it listed the item, before its rejection or decline).',
        '',
    ];
}
/** The columns acceptedCells fills, after the item's own (the summary's and the alert issue's). */
const ACCEPTED_HEADERS = ['When', 'Why', 'What to do'];
/** What to do about an item accepted while the run acted: its detail is what AWS or a re-read said, not advice. */
const ACCEPTED_WHILE_ACTING_ADVICE = 'Check now with whoever accepted it, and undo it if it was not meant to be; if it was, allow the sender in the policy through a reviewed pull request.';
/**
 * An item accepted against the policy: when (acceptedWhen, in words; found accepted when read, whether
 * the listing showed it so or a later call of the read did, acceptedSinceListed, as its Why says), why
 * the policy does not allow it, and what to do. Found accepted when read, its detail is that advice, in our words, shown whole
 * (MAX_REASON_LENGTH); accepted while the run acted, its detail is what was seen (AWS's answer), so
 * our advice comes first and AWS's text is the part cut.
 */
function acceptedCells(i) {
    if ((0,_run_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedWhen */ .op)(i) === 'when-read') {
        const when = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedSinceListed */ .r2)(i.item) ? 'accepted after this run listed it as pending, before it acted' : 'already accepted when this run read it';
        return [when, (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.detail ?? '', _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)];
    }
    const write = i.action === 'decline' ? 'decline' : 'rejection';
    const seen = i.detail ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.detail, 300)}</sub>` : '';
    return [`accepted while this run acted, before its ${write}`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), `${ACCEPTED_WHILE_ACTING_ADVICE}${seen}`];
}
function outcomeCell(i) {
    const detail = i.detail ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.detail, 160)}</sub>` : '';
    return `${outcomeLabel(i.outcome)}${detail}`;
}
/**
 * The Allowed by cell names the entry and its until; an allowance lapsing soon is marked under it
 * (`⏳ lapses in 10 h`), as the log's Decisions group marks it, and leads the table, soonest first,
 * so that a cut table keeps those rows (stable: the report's order otherwise).
 */
function allowedTable(items, where, links, many, now) {
    // Soonest lapse first, as the alert issue lists them; an ISO instant sorts as a string, and '~' after any.
    const marked = items.map((i) => {
        const soon = (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .lapsingSoon */ .GT)(i, now, _escape_js__WEBPACK_IMPORTED_MODULE_6__/* .code */ .aY);
        return { i, mark: soon?.mark, lapsesAt: soon?.lapsesAt ?? '~' };
    });
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .capped */ .uo)([...marked].sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_10__/* .compareCodeUnits */ .U)(a.lapsesAt, b.lapsesAt)), _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ROWS */ .pX);
    const rows = shown.map(({ i, mark }) => [
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemKind */ .GC)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemId */ .XG)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemRegion */ .Qc)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemSource */ .x$)(i.item),
        `${i.matched ? (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .entryCitation */ .at)(i.matched, links) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)}${mark === undefined ? '' : `<br>${mark}`}`,
    ]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows, shown.map(({ i }) => i)) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .omittedLine */ .pN)(omitted, where);
}
function ignoredTable(items, where, many) {
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .capped */ .uo)(items, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_8__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_5__/* .itemRegion */ .Qc)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Why'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_7__/* .omittedLine */ .pN)(omitted, where);
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ notGuardedCell),
/* harmony export */   K6: () => (/* binding */ errorSection),
/* harmony export */   fX: () => (/* binding */ errorCell)
/* harmony export */ });
/* harmony import */ var _run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8767);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2527);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5402);
/* harmony import */ var _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6971);
/** The job summary's Not read section: every part of the run that could not be read, and every account that should have been guarded and was not. */




/**
 * Every part not read: the errors (widest first; those alike in several regions of an account one
 * row naming the regions: alikeByRegion), then the accounts outside the pin. The rows cut
 * are counted (each error is one of the step's failures) and the accounts among them named by id,
 * as the cut table of accounts not read completely names its own: the step's failures name only
 * the first MAX_NOT_GUARDED_NAMED, and the JSON report may not have been written.
 */
function errorSection(report, where) {
    const failing = (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .failingSkips */ .nH)(report.skippedAccounts);
    if (report.errors.length === 0 && failing.length === 0)
        return [];
    // One cap over both lists: an organization with thousands of accounts outside the pin must not push the summary past GitHub's limit.
    const all = [...(0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .alikeByRegion */ .y$)((0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .widestFirst */ .xo)(report.errors)).map((g) => ({ error: g.error, group: g })), ...failing.map((s) => ({ skipped: s }))];
    const { shown } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .capped */ .uo)(all, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ROWS */ .pX);
    const cut = all.slice(shown.length);
    const cutErrors = cut.reduce((sum, row) => sum + ('group' in row ? row.group.parts : 0), 0);
    const cutAccounts = cut.flatMap((row) => ('skipped' in row ? [row.skipped.account] : []));
    const rows = shown.map((row) => 'error' in row
        ? [row.error.account ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.error.account) : '—', (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.error.service), regionCell(row.group), errorCell(row.error)]
        : [(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(row.skipped.account), '—', '—', notGuardedCell(row.skipped)]);
    const count = (0,_run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .notReadCount */ .Ng)(report);
    // Errors are cut only past MAX_ROWS rows of them, so every account outside the pin is cut with them: "parts not read" tells the two lines apart.
    // A cut row of alike parts is several parts: counted as parts not read, not as rows.
    const cutRows = cut.filter((row) => 'group' in row).length;
    const errorsLine = cutErrors === 0 ? '' : cutAccounts.length === 0 && cutRows === cutErrors ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .omittedLine */ .pN)(cutErrors, where.unread) : `\n\n_…and ${cutErrors} more ${cutErrors === 1 ? 'part' : 'parts'} not read, not shown here: ${where.unread}._`;
    const accountsLine = (0,_run_summary_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .namedCutLine */ .aY)(cutAccounts.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY), `${cutAccounts.length === 1 ? 'account' : 'accounts'} not guarded`, where.notGuarded);
    return ['', `### ⚠️ Not read (${count}) — items there were not checked`, '', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['Account', 'Service', 'Region', 'Error'], rows) + errorsLine + accountsLine];
}
/**
 * The Error cell of a part not read (or of alike parts: the first stands for all), here, in the
 * alert issue's Not read table and in the plan comment's banners: AWS's message (cut to
 * `messageLength`), then our hint cut apart from it, so that a long message cannot cut our words off.
 */
function errorCell(e, messageLength = 300) {
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(e.message, messageLength)}${e.hint === undefined ? '' : ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(e.hint, _run_report_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_HINT_SHOWN */ .jH)}`}`;
}
/** The Error cell of an account not guarded, here and in the alert issue's Not read table. */
function notGuardedCell(s) {
    return `not guarded: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .inertMarkdown */ .Ic)(s.reason, 300)}`;
}
/** The Region cell: the region, the regions of alike parts (counted), `—` for a shard, or `global`. */
function regionCell(g) {
    if (g.regions.length > 1)
        return `${g.regions.length} regions: ${g.regions.map(_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY).join(' ')}`;
    return g.error.region ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(g.error.region) : g.error.service === 'shard' ? '—' : 'global';
}


/***/ }),

/***/ 3095:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ REPORT_VERSION)
/* harmony export */ });
/** Bump when a field is renamed or removed; adding a field keeps the version. 2: many accounts. */
const REPORT_VERSION = 2;


/***/ }),

/***/ 1091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fw: () => (/* binding */ withRunContext),
/* harmony export */   IW: () => (/* binding */ buildRunReport),
/* harmony export */   Wn: () => (/* binding */ unknownRegionsWarning),
/* harmony export */   gI: () => (/* binding */ unknownRegions)
/* harmony export */ });
/* unused harmony export toReportItem */
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7286);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9579);
/* harmony import */ var _report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2952);
/* harmony import */ var _report_counts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7712);
/* harmony import */ var _report_types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3095);
/**
 * The report of a run from its parts (buildRunReport): its items, counts, account summaries and
 * failure reasons derived from what was read and done; the workflow run it comes from; and the
 * regions it could not sweep because this release does not know them. The report's shape is
 * report-types.ts; its counts report-counts.ts; its errors report-errors.ts; its failure reasons
 * report/failure-reasons.ts.
 */






/** The report with the run it comes from, placed after generatedAt; reports from outside a runner stay as they are. */
function withRunContext(report, run) {
    if (run === undefined)
        return report;
    // Rebuilt key by key so that run lands after generatedAt in the JSON, where a reader looks first.
    const entries = Object.entries(report).filter(([key]) => key !== 'run');
    const at = entries.findIndex(([key]) => key === 'generatedAt') + 1;
    return Object.fromEntries([...entries.slice(0, at), ['run', run], ...entries.slice(at)]);
}
/**
 * The regions an account's region list named that this release does not know, sorted: skipped for
 * every kind (UNKNOWN_REGION_REASON), so the run and the summary warn about them by name.
 */
function unknownRegions(report) {
    const found = new Set();
    for (const a of report.accounts) {
        for (const regions of [a.regions, ..._kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KIND_NAMES */ .kd.map((kind) => a.kinds?.[kind]?.regions)]) {
            for (const skip of regions?.skipped ?? [])
                if (skip.reason === _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN_REGION_REASON */ .js)
                    found.add(skip.region);
        }
    }
    return [...found].sort(_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_4__/* .compareCodeUnits */ .U);
}
/** One sentence on unknownRegions for the log and the summary; undefined when there are none. */
function unknownRegionsWarning(regions, name) {
    if (regions.length === 0)
        return undefined;
    const one = regions.length === 1;
    return (`Not swept: ${regions.map(name).join(', ')}, which AWS lists as enabled but this release of inbound-guard does not know ` +
        `(AWS launched ${one ? 'it' : 'them'} after this release), so nothing there was checked. Update inbound-guard to sweep ${one ? 'it' : 'them'}.`);
}
/** The report of a run from its parts: counts, account summaries and failure reasons are derived, never passed in. */
function buildRunReport(parts) {
    const items = parts.results.map(toReportItem);
    const errors = [...parts.globalErrors, ...parts.accounts.flatMap((a) => a.errors)].filter(parts.policyReads ?? (() => true));
    const counts = (0,_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countOutcomes */ .XF)(parts.results);
    return {
        reportVersion: _report_types_js__WEBPACK_IMPORTED_MODULE_5__/* .REPORT_VERSION */ .A,
        toolVersion: parts.toolVersion,
        generatedAt: parts.generatedAt,
        mode: parts.mode,
        callerAccount: parts.callerAccount,
        policy: parts.policy,
        ...(parts.shard === undefined ? {} : { shard: parts.shard }),
        accounts: parts.accounts.map((a) => accountReport(a, parts.results, parts)),
        skippedAccounts: parts.skippedAccounts,
        budget: parts.budget,
        counts,
        breakdown: (0,_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countBreakdown */ .B7)(items),
        kinds: (0,_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .kindReports */ .qD)(parts.governed, parts.results),
        errors,
        items,
        failures: (0,_report_failure_reasons_js__WEBPACK_IMPORTED_MODULE_2__/* .stepFailures */ .SC)({ budget: parts.budget, errors, counts, mode: parts.mode, skippedAccounts: parts.skippedAccounts, shard: parts.shard, items }),
        ...(parts.timings === undefined ? {} : { timings: parts.timings }),
    };
}
function accountReport(inventory, results, plan) {
    const { target } = inventory;
    const reached = !inventory.errors.some((e) => e.service === 'sts');
    // Plan mode: the errors of parts read for the base branch's policy alone are the plan's, not the report's `errors`.
    const baseOnlyErrorCount = plan.policyReads === undefined ? 0 : inventory.errors.filter((e) => !plan.policyReads?.(e)).length;
    return {
        account: target.account,
        via: target.via,
        ...(target.roleArn === undefined ? {} : { roleArn: target.roleArn }),
        read: !reached ? 'none' : inventory.errors.length > 0 ? 'partial' : 'complete',
        ...(plan.policyGuards === undefined || plan.policyGuards(target.account) ? {} : { readFor: 'base' }),
        ...(baseOnlyErrorCount === 0 ? {} : { baseOnlyErrorCount }),
        regions: inventory.kinds['certificate-transfer'].regions ?? { selection: 'list', swept: [], skipped: [], failed: [] },
        handshakes: inventory.kinds.handshake.state,
        kinds: inventory.kinds,
        counts: (0,_report_counts_js__WEBPACK_IMPORTED_MODULE_3__/* .countOutcomes */ .XF)(results.filter((r) => r.decision.item.account === target.account)),
    };
}
function toReportItem(result) {
    return {
        item: result.decision.item,
        sender: (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .itemSender */ .tL)(result.decision.item),
        action: result.decision.action,
        reason: result.decision.reason,
        matched: result.decision.matched,
        ...(result.decision.allowedThrough === undefined ? {} : { allowedThrough: result.decision.allowedThrough }),
        outcome: result.outcome,
        detail: result.detail,
        ...(result.hint === undefined ? {} : { hint: result.hint }),
        rejectReason: result.rejectReason,
    };
}


/***/ })

};

export const id = 774;
export const ids = [774];
export const modules = {

/***/ 8954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ allowedThrough),
/* harmony export */   I: () => (/* binding */ allowanceChain),
/* harmony export */   LD: () => (/* binding */ decide)
/* harmony export */ });
/* unused harmony exports decideItem, countByAction */
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _in_force_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(703);
/* harmony import */ var _verdicts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7180);
/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in), and what the run knows beyond the policy (the
 * organization it guards) comes in as `context`. Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */



function decide(items, policy, now, context = {}) {
    return items.map((item) => decideItem(item, policy, now, context));
}
/** The item's decision at `now`; an `allow` that ends carries `allowedThrough` (allowanceChain). */
function decideItem(item, policy, now, context = {}) {
    const decision = decideByKind(item, policy, now, context);
    if (decision.action !== 'allow')
        return decision;
    const through = allowedThrough(allowanceChain(decision, policy, now));
    return through === undefined ? decision : { ...decision, allowedThrough: through };
}
/**
 * The kind's own decision, without following the allowance (allowanceChain re-decides with this,
 * without a context: what the context decides — an INVITE from the guarded organization — does not
 * change with time and is decided before any allow entry is searched, so an item an entry allows
 * is one the context has no say in, at any instant).
 */
function decideByKind(item, policy, now, context = {}) {
    const kind = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item);
    // Only reachable with data that bypassed the types; nothing can be done to it anyway.
    if (kind === undefined)
        return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    return kind.decide(item, policy, now, context);
}
/**
 * How long the policy keeps allowing an item it allows at `now` (its decision then: `decision`).
 * The allow list is searched in order, so the entry cited is the first that matches, `until` or
 * not: when it lapses, a later entry may still allow the item. So the item is decided again at the
 * first instant the cited entry no longer holds, and so on while the next entry has an `until` too.
 * Each step is a later instant and a different entry (the one matched at an instant is in force
 * then, so it lapses after it), so this ends within one step per entry. Pure. A decision that is
 * not an `allow` has no links and `ends`.
 */
function allowanceChain(decision, policy, now) {
    const links = [];
    let current = decision;
    let at = now;
    while (current.action === 'allow' && current.matched !== undefined) {
        const { until } = current.matched;
        if (until === undefined)
            return { links, ends: false };
        const lapse = (0,_in_force_js__WEBPACK_IMPORTED_MODULE_2__/* .lapsesAt */ .cS)(until);
        // A kind never matches an entry whose `until` is unreadable or has lapsed at `at` (isInForce).
        // Should one, no guess is made about when the allowance ends: as if it did not.
        if (lapse === undefined || !(lapse.getTime() > at.getTime()))
            return { links, ends: false };
        links.push({ matched: current.matched, until, lapsesAt: lapse });
        at = lapse;
        current = decideByKind(current.item, policy, at);
    }
    return { links, ends: true };
}
/** The last day (`YYYY-MM-DD`, UTC) an allowance holds: the last link's `until`; undefined when it does not end (or there is none). */
function allowedThrough(chain) {
    return chain.ends ? chain.links.at(-1)?.until : undefined;
}
/** How many decisions of each action, every key present (zero when none). */
function countByAction(decisions) {
    const counts = { allow: 0, reject: 0, decline: 0, ignore: 0 };
    for (const { action } of decisions)
        counts[action] += 1;
    return counts;
}


/***/ }),

/***/ 2774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  raiseAlert: () => (/* binding */ raiseAlert)
});

// UNUSED EXPORTS: keepAlertIssue

// EXTERNAL MODULE: ./lib/runner/commands.js
var commands = __webpack_require__(6910);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./lib/decide/in-force.js
var in_force = __webpack_require__(703);
// EXTERNAL MODULE: ./lib/plan/diff-decisions.js
var diff_decisions = __webpack_require__(9594);
// EXTERNAL MODULE: ./lib/run/report-errors.js
var report_errors = __webpack_require__(8767);
;// CONCATENATED MODULE: ./lib/alert/stable-text.js
/**
 * Why a run stopped, or what is wrong with the policy, as the alert's fingerprint compares it: the
 * text with what changes from run to run for the same cause taken out, so that a run stopped for the
 * same reason as the last one edits the issue without notifying anyone, and one stopped for another
 * reason comments. Pure.
 *
 * What changes between runs of one cause, as our stop messages and AWS's error texts carry it:
 * request ids (`Request ID: …`, bare UUIDs), timestamps (ISO 8601, SigV4's `20261121T120000Z`, HTTP
 * dates, times of day with seconds), durations and counts of seconds (`after 30 s`, `15 min.`, `500 ms`), the
 * workflow run (`run 4242`, `attempt 2`, `/runs/4242`, the role session `inbound-guard-4242` quoted in
 * an `assumed-role/…/<session>` ARN by an AccessDenied), the address of the endpoint a network error
 * reached (`connect ETIMEDOUT 52.94.1.2:443`), and the count in the last policy problem ("12 more
 * problems from here on"). Account ids, regions, error codes, file names and policy keys stay: they
 * are the cause.
 */
/** Each rule linear (test/policy-linear.test.ts checks every pattern in src/). */
const VOLATILE = [
    [/\b(request[ _-]?id|x-amzn?-request-?id|extended request id|host id)( ?[:=] ?)[^\s,;)]+/gi, '$1$2<id>'],
    [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
    [/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d| ?UTC| ?GMT)?/g, '<time>'],
    [/\b\d{8}T\d{6}Z\b/g, '<time>'],
    [/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d? [A-Z][a-z]{2} \d{4}\b/g, '<time>'],
    // A time of day with its seconds: hh:mm alone may be a policy line and column (`policy.yml:12:34`).
    [/\b\d\d:\d\d:\d\d(?:\.\d+)?(?: ?(?:UTC|GMT))?\b/g, '<time>'],
    [/\b\d+(?:\.\d+)? ?(?:ms|milliseconds?|s|secs?|seconds?|min|mins|minutes?|h|hours?)\b\.?/gi, '<duration>'],
    [/(assumed-role\/[^/\s]+\/)[^\s,;:)'"]+/g, '$1<session>'],
    [/\b(inbound-guard(?:-plan)?-)\d+\b/g, '$1<run>'],
    [/\b(runs?|attempt)( #?|\/)\d+\b/gi, '$1$2<n>'],
    [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '<address>'],
    // The last policy problem shown, when there are more (parse-policy.ts): anchored, or linear it is not.
    [/^\d[\d,]* (more problems?)\b/, 'N $1'],
];
/** The text without what changes from run to run, white space collapsed. */
function stableText(text) {
    return VOLATILE.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text)
        .replace(/\s+/g, ' ')
        .trim();
}

;// CONCATENATED MODULE: ./lib/alert/alert-facts.js
/**
 * What a person should be told about a run, decided from its report alone (so a merged matrix run
 * alerts like a single job), before anything is rendered or sent. Pure: the clock is passed in.
 */






/** Hex characters of an element's hash: 32 bits, so with 500 recorded a new element passes for an old one about once in 10 million. */
const ELEMENT_HASH_LENGTH = 8;
/**
 * Outcomes a person is told about. `already-handled` is not one: it was dealt with (cancelled,
 * declined already …). `accepted-meanwhile` is: someone here accepted what the policy does not allow,
 * whether before this run or while it acted.
 */
const ALERT_OUTCOMES = new Set(['rejected', 'declined', 'would-reject', 'would-decline', 'accepted-meanwhile', 'failed', 'held-by-budget']);
function alertFacts(subject, now, windowDays = in_force/* DEFAULT_LAPSE_WINDOW_DAYS */.Lx) {
    if (subject.kind !== 'report') {
        const cause = causeElements(subject);
        return { subject, acted: [], lapsing: [], unread: [], notGuarded: [], budgetTripped: false, windowDays, needsAttention: true, fingerprint: digest(cause), elements: hashes(cause) };
    }
    const { report } = subject;
    const acted = report.items.filter((i) => ALERT_OUTCOMES.has(i.outcome));
    // allowedThrough, not matched.until: the entry cited is the first that matches, and when it
    // lapses a later one may still allow the item (for good, or until a later day). Only the run
    // that decided knew the policy. No fallback to matched.until for items without the field: it
    // cannot tell a report written before the field from an allowance that does not end (so it would
    // bring the false alarm back), and an alert reads only this release's reports: its own run's, or
    // a merge of shards, which refuses reports of another toolVersion.
    const lapsing = report.items.flatMap((i) => {
        const soon = (0,in_force/* allowanceLapsing */.BI)(i, now, windowDays);
        return soon === undefined ? [] : [{ item: i, ...soon }];
    }).sort((a, b) => a.lapsesAt.localeCompare(b.lapsesAt));
    const unread = report.errors;
    const notGuarded = (0,report_errors/* failingSkips */.nH)(report.skippedAccounts);
    const budgetTripped = report.budget.tripped;
    const elements = [
        ...acted.map((i) => `acted:${key(i)}:${i.outcome}`),
        ...lapsing.map((l) => `lapsing:${key(l.item)}:${l.until}`),
        // A missing shard has no account or region: its shard tells one from another. A part of no
        // account (the organization's account list) leaves the whole run unchecked: its cause (AWS's
        // error code: other credentials, another fix) is news too.
        ...unread.map((e) => e.service === 'shard'
            ? `unread:shard:${e.shard?.index ?? ''}/${e.shard?.count ?? ''}`
            : `unread:${e.service}:${e.account ?? ''}:${e.region ?? ''}${e.account === undefined ? `:${e.code ?? ''}` : ''}`),
        ...notGuarded.map((s) => `not-guarded:${s.account}`),
        ...(budgetTripped ? ['budget-tripped'] : []),
    ];
    return { subject, acted, lapsing, unread, notGuarded, budgetTripped, windowDays, needsAttention: elements.length > 0, fingerprint: digest(elements), elements: hashes(elements) };
}
/**
 * Whether this run finds something that needs attention and was not there when the issue's body was
 * last written: then the edit comments (an edit alone notifies no one). Findings that only went
 * away, or stayed, edit silently. A body that recorded no elements (an earlier release's, or one
 * with more than it keeps) is compared by its fingerprint: any change comments.
 */
function somethingNew(recorded, facts) {
    if (recorded === undefined)
        return true;
    if (recorded.fingerprint === facts.fingerprint)
        return false;
    const before = recorded.elements;
    return before === undefined || facts.elements.some((e) => !before.has(e));
}
/**
 * What a run that could not check anything needs attention for: why it stopped (each line of its
 * message: a merge lists one refusal a line), or each problem of the invalid policy at its line —
 * without what changes from run to run for the same cause (stableText), so the same cause again
 * is the same fingerprint and another cause is another.
 */
function causeElements(subject) {
    if (subject.kind === 'stopped') {
        const lines = subject.message.split('\n').map(stableText).filter((line) => line !== '');
        return lines.length > 0 ? lines.map((line) => `stopped:${line}`) : ['stopped'];
    }
    return subject.issues.length > 0 ? subject.issues.map((i) => `invalid-policy:${i.line}:${i.key}:${stableText(i.message)}`) : ['invalid-policy'];
}
function key(i) {
    return `${i.item.account}/${(0,diff_decisions/* itemKey */.Dh)(i.item)}`;
}
function hashes(elements) {
    return [...new Set(elements.map((e) => (0,external_node_crypto_.createHash)('sha256').update(e).digest('hex').slice(0, ELEMENT_HASH_LENGTH)))].sort();
}
function digest(elements) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([...new Set(elements)].sort())).digest('hex').slice(0, 16);
}

// EXTERNAL MODULE: ./lib/act/budget.js
var budget = __webpack_require__(5419);
// EXTERNAL MODULE: ./lib/decide/reasons.js
var reasons = __webpack_require__(3369);
// EXTERNAL MODULE: ./lib/policy/format-issue.js
var format_issue = __webpack_require__(1097);
// EXTERNAL MODULE: ./lib/plan/comment-budget.js
var comment_budget = __webpack_require__(5990);
// EXTERNAL MODULE: ./lib/report/describe-item.js
var describe_item = __webpack_require__(9673);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(5402);
// EXTERNAL MODULE: ./lib/report/run-error.js
var run_error = __webpack_require__(8908);
// EXTERNAL MODULE: ./lib/report/run-summary.js + 1 modules
var run_summary = __webpack_require__(2379);
// EXTERNAL MODULE: ./lib/report/run-summary-not-read.js
var run_summary_not_read = __webpack_require__(563);
// EXTERNAL MODULE: ./lib/report/run-summary-banners.js
var run_summary_banners = __webpack_require__(8832);
// EXTERNAL MODULE: ./lib/report/run-summary-items.js
var run_summary_items = __webpack_require__(663);
// EXTERNAL MODULE: ./lib/run/report-counts.js
var report_counts = __webpack_require__(7712);
// EXTERNAL MODULE: ./lib/report/failure-reasons.js
var failure_reasons = __webpack_require__(2952);
;// CONCATENATED MODULE: ./lib/alert/render-alert.js
/**
 * The alert issue as Markdown: its title, its body (kept up to date run after run), and the short
 * comments that notify when something new needs attention or when it is closed. Pure.
 *
 * Every cell with text from AWS goes through the report helpers (inertMarkdown, code, itemSource),
 * exactly as in the job summary and the PR comment: a sender cannot add markup, links, @mentions
 * or issue references. The title is built from counts and account ids only.
 */
















/** The label every alert issue carries. The issue is found by its label, its marker and its author. */
const ALERT_LABEL = 'inbound-guard';
/**
 * The hidden first line of the issue: this action's alert for this policy file. The path is
 * percent-encoded outside a safe set (as the plan comment's marker), so it cannot close the comment.
 */
function alertMarker(policyPath) {
    const safe = policyPath.replace(/[^A-Za-z0-9._/-]/g, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    return `<!-- inbound-guard:alert:${safe} -->`;
}
/**
 * The most element hashes the hidden state line keeps: 500 × 9 bytes, under 5 KB of the body's
 * 64 KiB. A run with more (thousands of items or parts not read) records its fingerprint alone, and
 * the next run then comments on any change.
 */
const MAX_STATE_ELEMENTS = 500;
/**
 * The hidden second line: the fingerprint of what needed attention when the body was written, and
 * the hash of each thing that did (see AlertFacts.elements), comma-separated, when there are at
 * most MAX_STATE_ELEMENTS.
 */
function stateMarker(facts) {
    const elements = facts.elements.length > 0 && facts.elements.length <= MAX_STATE_ELEMENTS ? ` ${facts.elements.join(',')}` : '';
    return `<!-- inbound-guard:alert-state:${facts.fingerprint}${elements} -->`;
}
/**
 * What an earlier body recorded, if anything: a body written before the elements were recorded has
 * the fingerprint alone (`<!-- inbound-guard:alert-state:42f574d98821e8d9 -->`).
 */
function readAlertState(body) {
    const found = /<!-- inbound-guard:alert-state:([0-9a-f]{1,64})(?: ([0-9a-f,]+))? -->/.exec(body);
    if (found?.[1] === undefined)
        return undefined;
    const elements = found[2]?.split(',').filter((e) => e.length === ELEMENT_HASH_LENGTH);
    return { fingerprint: found[1], elements: elements === undefined || elements.length === 0 ? undefined : new Set(elements) };
}
// ---- title --------------------------------------------------------------------------------
function renderAlertTitle(facts) {
    const { subject } = facts;
    if (subject.kind === 'invalid-policy')
        return `inbound-guard: the policy file is invalid, so nothing was checked (${subject.mode})`;
    // Without the count of writes (stoppedHeading has it): the title stays as long as the cause does.
    if (subject.kind === 'stopped')
        return `inbound-guard: the ${subject.mode} run stopped ${subject.at?.reporting === true ? 'while reporting' : 'before it could report'}`;
    return `inbound-guard: ${headlineParts(facts).join(', ')} · ${scope(subject.report)}`;
}
/**
 * "4 rejected", "would decline 2", "1 failed", "budget tripped", "2 allowances lapsing", "1 part not
 * read" — zeros left out. The organization's account list not read is said in words, before the
 * other parts not read: it is every account the organization has, not one part among others.
 */
function headlineParts(facts) {
    const count = (outcome) => facts.acted.filter((i) => i.outcome === outcome).length;
    const unlisted = (0,report_errors/* organizationUnlisted */.cB)(facts.unread);
    const unread = facts.unread.length + facts.notGuarded.length - (unlisted ? 1 : 0);
    const moreUnread = (n) => `${n}${unlisted ? ' more' : ''} ${n === 1 ? 'part' : 'parts'} not read`;
    const parts = [
        [count('rejected'), (n) => `${n} rejected`],
        [count('declined'), (n) => `${n} declined`],
        [count('would-reject'), (n) => `would reject ${n}`],
        [count('would-decline'), (n) => `would decline ${n}`],
        [facts.acted.filter(report_counts/* acceptedAgainstPolicy */.TF).length, (n) => `${n} accepted against the policy`],
        [count('failed'), (n) => `${n} failed`],
        [count('held-by-budget'), (n) => `${n} held by the budget`],
        // Only enforce trips; a dry-run's budget would (as the caution below and the job summary say).
        [facts.budgetTripped ? 1 : 0, () => (facts.subject.kind === 'report' && facts.subject.report.mode !== 'enforce' ? 'budget would trip' : 'budget tripped')],
        [facts.lapsing.length, (n) => `${n} ${n === 1 ? 'allowance' : 'allowances'} lapsing soon`],
        [unlisted ? 1 : 0, () => "the organization's accounts could not be listed"],
        [unread, moreUnread],
    ];
    return parts.filter(([n]) => n > 0).map(([n, say]) => say(n));
}
function scope(report) {
    const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
    if (report.accounts.length === 0)
        return 'no account checked';
    if (only !== undefined)
        return `account ${only.account}`;
    return (0,report_errors/* noAccountRead */.x8)(report) ? `no account checked (none of ${report.accounts.length} read)` : `${report.accounts.length} accounts`;
}
// ---- body ---------------------------------------------------------------------------------
/**
 * Where the rows a cut table of the issue leaves out are, after "see them ", and where the rest of a
 * body cut as a whole is, after "see the rest " (`all`). Not "the job summary": its tables stop at
 * 50 rows (MAX_ROWS), fewer than the issue may show, and the summary itself may be cut (capSummary)
 * or not written at all. The run's log lists every item (its Decisions group) and every account not
 * guarded (NOT_GUARDED_GROUP), its failures each part not read; the JSON report has all of it, when
 * it was written. Among the Decisions, the allowances lapsing soon are marked (logDecisions, judged
 * at the same instant as the alert): `lapsing`. An invalid policy's problems are each annotated at
 * their line; a stopped run's error is its failure.
 */
function restWhere(subject, options) {
    const run = options.run ? `the [run](${options.run.url})` : 'the run';
    if (subject.kind !== 'report') {
        const log = `in the log of ${run}`;
        return { items: `${log}, which annotates each at its line`, unread: log, lapsing: log, all: log };
    }
    const report = (options.reportWritten ?? true) ? ` and its JSON report, ${(0,markdown/* reportFileOutput */.cx)()}` : '; its JSON report could not be written';
    return {
        items: `in the log of ${run} (its Decisions group lists every item)${report}`,
        lapsing: `in the log of ${run} (its Decisions group marks each "${describe_item/* LAPSING_MARK */.T0} …")${report}`,
        unread: `in the failures of ${run} (each part not read), the "${failure_reasons/* NOT_GUARDED_GROUP */.jR}" group of its log (each account not guarded)${report}`,
        all: `in the log of ${run}${report}`,
    };
}
function renderAlertBody(facts, policyPath, options = {}) {
    const maxLength = options.maxLength ?? comment_budget/* COMMENT_MAX_LENGTH */.Gi;
    const where = restWhere(facts.subject, options);
    const ctx = new comment_budget/* Budgeter */.bA(maxLength, options.maxRows ?? 100, where.items);
    const head = [alertMarker(policyPath), stateMarker(facts)];
    const footer = footerLine(facts, policyPath, options);
    ctx.reserve((0,comment_budget/* byteSize */.mz)(head.join('\n')) + (0,comment_budget/* byteSize */.mz)(footer) + 8);
    const { subject } = facts;
    const body = subject.kind === 'report' ? reportBody(facts, subject.report, options, ctx) : subject.kind === 'invalid-policy' ? invalidBody(subject.policyPath, subject, options, ctx) : stoppedBody(subject.message, subject.at, options);
    const text = [...head, ...body, '', '---', footer].join('\n');
    if ((0,comment_budget/* byteSize */.mz)(text) <= maxLength)
        return text;
    // The last resort, when what no table holds (a stopped run's error, say) does not fit: cut with
    // room for the note, which is longer than a fixed margin once it links the run and the report.
    const note = `\n\n_…cut to fit; see the rest ${where.all}._`;
    return `${(0,comment_budget/* cutToBytes */.zP)(text, Math.max(0, maxLength - (0,comment_budget/* byteSize */.mz)(note)))}${note}`;
}
function reportBody(facts, report, options, ctx) {
    const many = report.accounts.length > 1;
    const lines = [
        // No account read: not "account <the credentials'>", which reads as if that one were checked.
        `## 🚨 inbound-guard needs attention · ${(0,run_summary/* modeLabel */.e2)(report.mode)} · ${many ? `${report.accounts.length} accounts` : report.accounts[0] === undefined ? 'no account checked' : `account ${(0,report_escape/* code */.aY)(report.accounts[0].account)}`}`,
        '',
        `${(0,markdown/* runLink */.ut)(options.run, 'The last run')}, at ${(0,markdown/* utcTime */.SK)(report.generatedAt)}, found: **${headlineParts(facts).join(' · ')}**.${report.mode === 'dry-run' ? ' It was a dry run: nothing was written.' : ''}`,
    ];
    if (facts.budgetTripped) {
        lines.push('', '> [!CAUTION]', `> ${(0,run_summary_banners/* budgetTripped */.G4)(report)} ${(0,budget/* trippedAdvice */.lX)(report.budget)}`);
    }
    ctx.spend(lines);
    // Parts alike in several regions of an account (one permission missing) one row naming the
    // regions, as in the job summary (alikeByRegion) and with its cells: the heading counts the parts.
    // Display only: the state line hashes each part (alertFacts), so grouping changes no finding.
    const unread = [...(0,report_errors/* alikeByRegion */.y$)((0,report_errors/* widestFirst */.xo)(facts.unread)).map((g) => ({ place: (0,report_errors/* alikePlace */.uz)(g), why: (0,run_summary_not_read/* errorCell */.fX)(g.error) })), ...facts.notGuarded.map((s) => ({ place: `account ${s.account}`, why: (0,run_summary_not_read/* notGuardedCell */.GP)(s) }))];
    if (unread.length > 0) {
        const heading = ['', `### ⚠️ Not read (${facts.unread.length + facts.notGuarded.length}) — items there were not checked`, ''];
        ctx.spend(heading);
        lines.push(...heading, ctx.table(['Where', 'Error'], unread, (u) => [(0,report_escape/* inertMarkdown */.Ic)(u.place, 1000), u.why], 0.3, restWhere(facts.subject, options).unread));
    }
    // Accepted against the policy, found so when read or while the run acted: nothing was or will be
    // written for them, so they are here, as in the job summary, and not under "rejected or declined".
    const accepted = facts.acted.filter(report_counts/* acceptedAgainstPolicy */.TF);
    if (accepted.length > 0) {
        const heading = (0,run_summary_items/* acceptedIntro */.sM)(accepted.length);
        ctx.spend(heading);
        const row = (i) => [...(many ? [(0,report_escape/* code */.aY)(i.item.account)] : []), (0,describe_item/* itemKind */.GC)(i.item), (0,describe_item/* itemId */.XG)(i.item), (0,describe_item/* itemRegion */.Qc)(i.item), (0,describe_item/* itemSource */.x$)(i.item), ...(0,run_summary_items/* acceptedCells */.NG)(i)];
        lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Kind', 'Id', 'Region', 'From', ...run_summary_items/* ACCEPTED_HEADERS */.nP], accepted, row, 0.5));
    }
    const acted = facts.acted.filter((i) => !(0,report_counts/* acceptedAgainstPolicy */.TF)(i));
    if (acted.length > 0) {
        const title = report.mode === 'enforce' ? enforceTitle(acted) : 'To reject or decline (dry run: nothing was written)';
        const heading = ['', `### 🛑 ${title} (${acted.length})`, ''];
        // Under the table, as in the job summary: what the writes refused as not allowed need, once per
        // cause (a failed row shows AWS's answer only). Not in the state line: a hint is how a finding
        // is worded, not a finding (alertFacts), so the same hint again, or another, comments on nothing.
        const notes = (0,run_summary_items/* refusalNotes */.em)(acted, `see them ${restWhere(facts.subject, options).items}`);
        ctx.spend([...heading, ...notes]);
        const row = (i) => [...(many ? [(0,report_escape/* code */.aY)(i.item.account)] : []), outcomeCell(i), (0,describe_item/* itemKind */.GC)(i.item), (0,describe_item/* itemId */.XG)(i.item), (0,describe_item/* itemRegion */.Qc)(i.item), (0,describe_item/* itemSource */.x$)(i.item), (0,report_escape/* inertMarkdown */.Ic)(i.reason, reasons/* MAX_REASON_LENGTH */.hl)];
        lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Outcome', 'Kind', 'Id', 'Region', 'From', 'Rule'], acted, row, 0.7), ...notes);
    }
    if (facts.lapsing.length > 0) {
        const heading = ['', `### ⏳ Allowances lapsing within ${facts.windowDays} days (${facts.lapsing.length})`, '', 'These pending items are allowed now by an entry with `until` (and, where the row says so, by a later one after it), and by no entry after that; from the day after, runs reject or decline them. Extend `until` in the policy if they are still wanted.', ''];
        ctx.spend(heading);
        const row = (l) => [...(many ? [(0,report_escape/* code */.aY)(l.item.item.account)] : []), (0,describe_item/* itemKind */.GC)(l.item.item), (0,describe_item/* itemId */.XG)(l.item.item), (0,describe_item/* itemRegion */.Qc)(l.item.item), (0,describe_item/* itemSource */.x$)(l.item.item), allowedByCell(l, options.links), (0,describe_item/* lapseCell */.Qg)(l.until, l)];
        lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Kind', 'Id', 'Region', 'From', 'Allowed by', 'Lapses'], facts.lapsing, row, 1, restWhere(facts.subject, options).lapsing));
    }
    return lines;
}
/** The entry cited, and when a later entry allows the item after it lapses, until when (the chain's last `until`). */
function allowedByCell(l, links) {
    const cited = l.item.matched ? (0,describe_item/* entryCitation */.at)(l.item.matched, links) : '';
    // l.until is a real YYYY-MM-DD (lapsingWithin read it), so it is shown like the entry's own until.
    return l.item.matched?.until === l.until ? cited : `${cited}, then a later entry until ${l.until}`;
}
function invalidBody(policyPath, { issues, errorCount }, options, ctx) {
    const lines = [
        `## ❌ inbound-guard: the policy file is invalid`,
        '',
        `${(0,markdown/* runLink */.ut)(options.run, 'The last run')} stopped before reading any account: ${(0,report_escape/* code */.aY)(policyPath)} has ${(0,format_issue/* errorsText */.v$)(errorCount)}. Until it is fixed, nothing is checked and nothing is rejected or declined.`,
        '',
    ];
    ctx.spend(lines);
    lines.push(ctx.table(['Line:col', 'Key', 'Problem'], issues, (i) => [`${i.line}:${i.column}`, i.key ? (0,report_escape/* code */.aY)(i.key) : '', (0,report_escape/* inertMarkdown */.Ic)(i.message, 600)], 1));
    return lines;
}
/** `at`: how far a dry-run, enforce or merge run had got (run/stopped-at.ts), said as its job summary says it (renderRunError). */
function stoppedBody(message, at, options) {
    return [
        `## ❌ ${(0,run_error/* stoppedHeading */.Wq)(at)}`,
        '',
        `${(0,markdown/* runLink */.ut)(options.run, 'The last run')} stopped on an error, so this issue cannot vouch for any account:`,
        '',
        (0,run_error/* inertMarkdownLines */.Fw)(message),
        '',
        ...(0,run_error/* stoppedProgress */.fD)(at).flatMap((p) => [p, '']),
        'The log of the run shows how far it got.',
    ];
}
function outcomeCell(i) {
    return i.detail ? `${(0,run_summary_items/* outcomeLabel */.FR)(i.outcome)}<br><sub>${(0,report_escape/* inertMarkdown */.Ic)(i.detail, 160)}</sub>` : (0,run_summary_items/* outcomeLabel */.FR)(i.outcome);
}
function footerLine(facts, policyPath, options) {
    const subject = facts.subject;
    const digest = subject.kind === 'report' ? ` (sha256 ${(0,report_escape/* code */.aY)(subject.report.policy.digest.slice(0, 12))})` : '';
    const run = options.run ? ` · ${(0,markdown/* runLink */.ut)(options.run, 'run')}` : '';
    return `<sub>Policy ${(0,report_escape/* code */.aY)(policyPath)}${digest}${run} · Kept up to date by inbound-guard: each run edits this issue while something needs a person, and the first run with nothing to report comments and closes it. Keep the ${(0,report_escape/* code */.aY)(ALERT_LABEL)} label: it is how the next run finds the issue.</sub>`;
}
// ---- comments -----------------------------------------------------------------------------
/** Posted when something new needs attention since the body was last written: the edit alone notifies no one. */
function renderChangeComment(facts, options = {}) {
    const { subject } = facts;
    if (subject.kind === 'invalid-policy')
        return `❌ ${(0,markdown/* runLink */.ut)(options.run, 'This run')}: the policy file is invalid, so nothing was checked. The description above shows the errors.`;
    if (subject.kind === 'stopped')
        return `❌ ${(0,markdown/* runLink */.ut)(options.run, 'This run')} ${(0,run_error/* stoppedHeading */.Wq)(subject.at).replace(/^inbound-guard /, '')}: ${(0,report_escape/* inertMarkdown */.Ic)(subject.message, 300)}`;
    return `🔁 ${(0,markdown/* runLink */.ut)(options.run, 'This run')}: **${headlineParts(facts).join(' · ')}**. The description above is up to date.`;
}
/** Posted before the issue is closed. */
function renderCloseComment(report, options = {}) {
    const c = report.counts;
    const accounts = report.accounts.length === 1 ? 'the account' : `all ${report.accounts.length} accounts`;
    return `✅ ${(0,markdown/* runLink */.ut)(options.run, 'This run')} found nothing that needs a person: ${accounts} read completely, nothing ${report.mode === 'enforce' ? 'rejected or declined' : 'to reject or decline'}, no allowance lapsing soon (${c.allowed} allowed, ${c.ignored} ignored). Closing; the next run that finds something opens a new issue.`;
}
/**
 * The heading of an enforce run's acted items, from what became of them: "Rejected or declined"
 * over rows held by a tripped budget (nothing written) or failed would say the opposite of the rows.
 * Items accepted against the policy are not among them (their own section lists them).
 */
function enforceTitle(acted) {
    const c = (0,report_counts/* countReportItems */.CF)(acted);
    const written = c.rejected + c.declined + c['already-handled'];
    const { failed, 'held-by-budget': held } = c;
    if (written === acted.length)
        return 'Rejected or declined in the last run';
    if (held === acted.length)
        return 'Held by the budget in the last run: nothing was written';
    const parts = [written ? `${written} rejected or declined` : '', failed ? `${failed} failed` : '', held ? `${held} held by the budget` : ''].filter(Boolean);
    return `To reject or decline in the last run: ${parts.join(', ')}`;
}

// EXTERNAL MODULE: ./lib/policy/load-policy.js
var load_policy = __webpack_require__(4527);
// EXTERNAL MODULE: ./lib/github/identity.js
var github_identity = __webpack_require__(2157);
;// CONCATENATED MODULE: ./lib/github/alert-issue.js

/**
 * Our open alert issues for `marker`, oldest first. `labelled`: only issues with `label` (one short
 * listing); otherwise every open issue (the label may have been removed by hand), read a page of 100
 * at a time.
 */
async function findAlertIssues(octokit, at, identity) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner: at.owner,
        repo: at.repo,
        state: 'open',
        sort: 'created',
        direction: 'asc',
        per_page: 100,
        ...(at.labelled ? { labels: at.label } : {}),
    });
    const found = [];
    for await (const { data } of pages) {
        for (const issue of data) {
            // The issues API lists pull requests too.
            if (issue.pull_request !== undefined && issue.pull_request !== null)
                continue;
            // Our bodies start with the marker: one quoted further down (another workflow's issue, by the
            // same bot, quoting a stranger) does not make the issue ours.
            if (typeof issue.body !== 'string' || !issue.body.startsWith(at.marker) || !(0,github_identity/* isAuthoredBy */.mx)(issue.user, identity))
                continue;
            found.push({ number: issue.number, url: issue.html_url, body: issue.body, labels: labelNames(issue.labels) });
        }
    }
    return found;
}
async function openAlertIssue(octokit, at, issue) {
    const { data } = await octokit.rest.issues.create({ owner: at.owner, repo: at.repo, title: issue.title, body: issue.body, labels: [issue.label] });
    return { number: data.number, url: data.html_url, body: data.body ?? issue.body, labels: labelNames(data.labels) };
}
async function editAlertIssue(octokit, at, number, issue) {
    await octokit.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: number, title: issue.title, body: issue.body });
}
async function labelAlertIssue(octokit, at, number, label) {
    await octokit.rest.issues.addLabels({ owner: at.owner, repo: at.repo, issue_number: number, labels: [label] });
}
async function commentOnAlertIssue(octokit, at, number, body) {
    await octokit.rest.issues.createComment({ owner: at.owner, repo: at.repo, issue_number: number, body });
}
async function closeAlertIssue(octokit, at, number, reason) {
    await octokit.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: number, state: 'closed', state_reason: reason });
}
function labelNames(labels) {
    return (labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((name) => name !== '');
}

// EXTERNAL MODULE: ./lib/github/client.js
var client = __webpack_require__(636);
;// CONCATENATED MODULE: ./lib/github/alert.js
/**
 * `alert: issue` — one open issue in the repository, kept up to date while something needs a
 * person, closed by the first run with nothing to report. Loaded lazily by main.ts, only when
 * alerting is on: without it no run loads the GitHub client.
 *
 * The issue is found like the plan comment: a hidden marker AND the token's identity as its author.
 * Found by its label first (one short listing); a run about to open a new issue first looks through
 * every open issue, so an issue whose label was removed by hand is found (and labelled) again rather
 * than duplicated. Two of ours (say, two runs that raced) are folded into the oldest.
 */








/**
 * Opens, updates or closes the alert issue for this run. Returns the reasons the step must fail
 * (never throws). `reportWritten`: whether the run wrote its JSON report; the issue names it only then.
 */
async function raiseAlert(settings, subject, now, reportWritten) {
    const repository = settings.run?.repository ?? settings.repository?.repository;
    const [owner, repo] = repository?.split('/') ?? [];
    if (!owner || !repo) {
        return ['alert: issue needs the repository to open the issue in (GITHUB_REPOSITORY), which is set on every GitHub Actions runner; outside one, leave alert off.'];
    }
    const policyPath = (0,load_policy/* displayPath */.G)(settings.workspace, settings.policyFile);
    const options = {
        run: settings.run,
        links: settings.repository ? { ...settings.repository, policyPath } : undefined,
        reportWritten,
    };
    try {
        await keepAlertIssue((0,client/* createGitHubClient */.L)(settings.githubToken), { owner, repo }, policyPath, subject, now, options);
        return [];
    }
    catch (error) {
        return [alertFailure(error)];
    }
}
/** Opens, edits (commenting when something new needs attention) or closes the issue. Throws what GitHub answered. */
async function keepAlertIssue(octokit, at, policyPath, subject, now, options) {
    const facts = alertFacts(subject, now);
    const identity = await (0,github_identity/* resolveTokenIdentity */.UC)(octokit);
    const marker = alertMarker(policyPath);
    const labelled = await findAlertIssues(octokit, { ...at, marker, label: ALERT_LABEL, labelled: true }, identity);
    if (!facts.needsAttention) {
        if (labelled.length === 0) {
            commands/* info */.pq('Alert: nothing needs a person, and no alert issue is open.');
            return;
        }
        for (const issue of labelled) {
            if (subject.kind === 'report')
                await commentOnAlertIssue(octokit, at, issue.number, renderCloseComment(subject.report, options));
            await closeAlertIssue(octokit, at, issue.number, 'completed');
            commands/* info */.pq(`Alert: nothing needs a person; closed ${issue.url}.`);
        }
        return;
    }
    const ours = labelled.length > 0 ? labelled : await findAlertIssues(octokit, { ...at, marker, label: ALERT_LABEL, labelled: false }, identity);
    const [keep, ...duplicates] = ours;
    const title = renderAlertTitle(facts);
    const body = renderAlertBody(facts, policyPath, options);
    if (keep === undefined) {
        const opened = await openAlertIssue(octokit, at, { title, body, label: ALERT_LABEL });
        commands/* info */.pq(`Alert: opened ${opened.url} (as ${(0,report_escape/* inertLogText */.I1)(identity.login)}, identity from ${identity.source}).`);
        if (!opened.labels.includes(ALERT_LABEL)) {
            commands/* warning */.$e(`The alert issue ${opened.url} was opened without the ${ALERT_LABEL} label (GitHub drops labels a token may not set): the next run finds it only by looking through every open issue. Give the job permissions: issues: write.`);
        }
        return;
    }
    await editAlertIssue(octokit, at, keep.number, { title, body });
    if (!keep.labels.includes(ALERT_LABEL))
        await labelAlertIssue(octokit, at, keep.number, ALERT_LABEL);
    // Editing a description notifies no one: say so in a comment when something new needs attention
    // (not when findings only went away: the edit says so to whoever looks).
    const news = somethingNew(readAlertState(keep.body), facts);
    if (news)
        await commentOnAlertIssue(octokit, at, keep.number, renderChangeComment(facts, options));
    commands/* info */.pq(`Alert: updated ${keep.url}${news ? ' and commented: something new needs attention' : ' (nothing new since the last run: no comment)'}.`);
    for (const duplicate of duplicates) {
        await commentOnAlertIssue(octokit, at, duplicate.number, `Duplicate of #${keep.number}: inbound-guard keeps one alert issue per policy file.`);
        await closeAlertIssue(octokit, at, duplicate.number, 'not_planned');
        commands/* info */.pq(`Alert: closed ${duplicate.url}, a duplicate of ${keep.url}.`);
    }
}
function alertFailure(error) {
    const status = (0,client/* httpStatus */.n)(error);
    const tail = 'Nobody was told about this run through the issue; see the job summary.';
    if (status === undefined)
        return `Could not keep the alert issue up to date: ${(0,report_escape/* inertLogText */.I1)(error instanceof Error ? error.message : String(error), 500)} ${tail}`;
    const hint = status === 403 || status === 401
        ? 'the token may not write issues: give the job `permissions: issues: write` (or set alert: off)'
        : status === 410
            ? 'issues are turned off in this repository: turn them on in its settings (or set alert: off)'
            : status === 404
                ? 'the token cannot see this repository or its issues'
                : 'GitHub did not answer as expected';
    return `Could not keep the alert issue up to date (HTTP ${status}): ${hint}. ${tail}`;
}


/***/ }),

/***/ 636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ createGitHubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2413);

/**
 * The one place a GitHub client is built. The API URL comes from GITHUB_API_URL (GitHub Enterprise
 * Server sets it; tests point it at a local fake) unless `baseUrl` is given.
 */
function createGitHubClient(token, baseUrl) {
    if (token === '') {
        throw new Error("The github-token input is empty; plan mode needs it to read the base branch's policy and to comment on the pull request, and alert: issue to keep the alert issue. Leave the input at its default (${{ github.token }}) or pass a token with contents: read and pull-requests: write (plan) or issues: write (alert).");
    }
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, baseUrl === undefined ? {} : { baseUrl });
}
/** The HTTP status of an octokit RequestError, if that is what `error` is. */
function httpStatus(error) {
    const status = typeof error === 'object' && error !== null ? error.status : undefined;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 2157:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ resolveTokenIdentity),
/* harmony export */   mx: () => (/* binding */ isAuthoredBy)
/* harmony export */ });
/* unused harmony export DEFAULT_TOKEN_LOGIN */
const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';
async function resolveTokenIdentity(octokit) {
    try {
        const data = await octokit.graphql('query { viewer { login } }');
        if (typeof data.viewer?.login === 'string' && data.viewer.login !== '')
            return { login: data.viewer.login, source: 'graphql-viewer' };
    }
    catch {
        // fall through to REST
    }
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return { login: data.login, source: 'rest-user' };
    }
    catch {
        // installation tokens cannot call GET /user
    }
    return { login: DEFAULT_TOKEN_LOGIN, source: 'assumed-default-token' };
}
/**
 * Whether a comment's author is the token's identity. Logins compare case-insensitively. A bot's
 * REST login carries a `[bot]` suffix that some GraphQL fields leave off, so for authors of type
 * Bot the suffix is ignored on both sides; a human account never matches a bot's login.
 */
function isAuthoredBy(author, identity) {
    if (!author?.login)
        return false;
    const a = author.login.toLowerCase();
    const b = identity.login.toLowerCase();
    if (a === b)
        return true;
    if (author.type !== 'Bot')
        return false;
    const bare = (login) => login.replace(/\[bot\]$/, '');
    return bare(a) === bare(b);
}


/***/ }),

/***/ 5990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gi: () => (/* binding */ COMMENT_MAX_LENGTH),
/* harmony export */   bA: () => (/* binding */ Budgeter),
/* harmony export */   hA: () => (/* binding */ DEFAULT_MAX_ROWS),
/* harmony export */   mz: () => (/* binding */ byteSize),
/* harmony export */   zP: () => (/* binding */ cutToBytes)
/* harmony export */ });
/* unused harmony export GITHUB_COMMENT_LIMIT */
/**
 * Keeping a Markdown body under a size limit, table by table: the PR comment (GitHub refuses
 * comments over 65,536 characters) and the plan's job summary. Pure.
 */
/** GitHub refuses issue comments longer than this many characters. */
const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * Our ceiling for a comment, in UTF-8 bytes: a byte count is never below the character count,
 * however GitHub counts (code points, UTF-16 units or bytes), so this stays under the limit either way.
 */
const COMMENT_MAX_LENGTH = 60_000;
/** Rows per table when the caller sets no other number. */
const DEFAULT_MAX_ROWS = 100;
/** The size every limit here is measured in: UTF-8 bytes. */
function byteSize(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** Hands out the bytes left under the limit, table by table. */
class Budgeter {
    left;
    maxRows;
    /** Where the rows left out can be read, for the "…and N more" line of a table not told otherwise. */
    omittedWhere;
    constructor(maxLength, maxRows, omittedWhere) {
        this.left = maxLength;
        this.maxRows = maxRows;
        this.omittedWhere = omittedWhere;
    }
    reserve(chars) {
        this.left -= chars;
    }
    spend(lines) {
        this.left -= lines.reduce((n, l) => n + byteSize(l) + 1, 0);
    }
    /**
     * A table of as many rows as fit in `share` of what is left (and at most maxRows), then a line
     * with the count of rows left out and where to find them (`where`, else the body's omittedWhere).
     */
    table(headers, rows, cells, share, where = this.omittedWhere) {
        const maxRows = this.maxRows;
        // Room for the "…and N more" line at its longest (every row left out): a long `where` (a run's
        // URL, a report's name) must not push the body past its limit.
        const omittedReserve = rows.length === 0 ? 0 : byteSize(omittedLine(rows.length, where)) + 2;
        const allowance = Math.max(0, Math.floor(this.left * share) - omittedReserve);
        const out = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
        let used = byteSize(out[0]) + byteSize(out[1]) + 2;
        let shown = 0;
        for (const row of rows) {
            if (shown >= maxRows)
                break;
            // Rows are built only as they are needed: 10,000 items cost 10,000 rows only if they fit.
            const line = `| ${cells(row).join(' | ')} |`;
            const size = byteSize(line);
            if (used + size + 1 > allowance)
                break;
            out.push(line);
            used += size + 1;
            shown += 1;
        }
        const omitted = rows.length - shown;
        let text = shown === 0 && rows.length > 0 ? '' : out.join('\n');
        if (omitted > 0)
            text += `${text ? '\n\n' : ''}${omittedLine(omitted, where)}`;
        this.left -= byteSize(text) + 1;
        return text;
    }
}
/** The line under a cut table: how many rows it left out and where they are. */
function omittedLine(omitted, where) {
    return `_…and ${omitted} more ${omitted === 1 ? 'row' : 'rows'}, not shown here: see them ${where}._`;
}
/** The longest prefix of `text` of at most `max` UTF-8 bytes, cut between code points. */
function cutToBytes(text, max) {
    let bytes = 0;
    let end = 0;
    for (const ch of text) {
        const size = byteSize(ch);
        if (bytes + size > max)
            break;
        bytes += size;
        end += ch.length;
    }
    return text.slice(0, end);
}


/***/ }),

/***/ 9594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dh: () => (/* binding */ itemKey),
/* harmony export */   HI: () => (/* binding */ foundCounts),
/* harmony export */   n1: () => (/* binding */ diffDecisions)
/* harmony export */ });
/* unused harmony exports actsOn, classifyChange, allowanceLapse */
/* harmony import */ var _decide_decide_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8954);
/* harmony import */ var _decide_in_force_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(703);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8017);
/**
 * The heart of a plan: the same pending items decided under two policies, compared item by item.
 * Pure: decisions, the PR's policy and the clock in, plain data out.
 */




/** One pending item's identity within its account: its kind's key (`iot:<region>:<id>`, `organizations:<id>`, …). */
function itemKey(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .itemKey */ .Dh)(item);
}
/**
 * What pairs an item's two decisions: its account and its key. The key alone is unique only within
 * an account: an INVITE listed in the management account (outgoing) and in the member it invites
 * (incoming), or a transfer between two guarded accounts, is one key in two accounts.
 */
function pairKey(item) {
    return `${item.account}\n${itemKey(item)}`;
}
function actsOn(action) {
    return action === 'reject' || action === 'decline';
}
function classifyChange(base, head) {
    const before = actsOn(base?.action);
    const after = actsOn(head?.action);
    if (before === after)
        return 'unchanged';
    if (after)
        return 'newly-acted';
    return head?.action === 'allow' ? 'newly-allowed' : 'newly-left-alone';
}
/**
 * Pairs the decisions by item (not by position: the base may have decided fewer items, or none
 * when the PR adds the policy file) and sorts each pair into a ChangeKind. `base` = [] means no
 * policy is in force today. `head` are `headPolicy`'s decisions at `now`: the policy is what tells
 * when an allowance really ends (allowanceLapse).
 */
function diffDecisions(base, head, headPolicy, now, options = {}) {
    const windowDays = options.lapseWindowDays ?? _decide_in_force_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LAPSE_WINDOW_DAYS */ .Lx;
    const baseByKey = new Map(base.map((d) => [pairKey(d.item), d]));
    const seen = new Set();
    const changes = [];
    for (const h of head) {
        const key = pairKey(h.item);
        if (seen.has(key))
            continue;
        seen.add(key);
        const b = baseByKey.get(key);
        changes.push({ item: h.item, base: b, head: h, change: classifyChange(b, h) });
    }
    for (const b of base) {
        const key = pairKey(b.item);
        if (seen.has(key))
            continue;
        seen.add(key);
        changes.push({ item: b.item, base: b, head: undefined, change: classifyChange(b, undefined) });
    }
    const lapsingSoon = [];
    for (const change of changes) {
        const lapse = change.head === undefined ? undefined : allowanceLapse(change.head, headPolicy, now, windowDays);
        if (lapse !== undefined)
            lapsingSoon.push({ change, ...lapse });
    }
    const of = (kind) => changes.filter((c) => c.change === kind);
    return {
        changes,
        newlyAllowed: of('newly-allowed'),
        newlyActed: of('newly-acted'),
        newlyLeftAlone: of('newly-left-alone'),
        unchanged: of('unchanged'),
        lapsingSoon,
    };
}
function foundCounts(diff) {
    const baseOnly = diff.changes.filter((c) => c.head === undefined);
    return { all: diff.changes.length, swept: diff.changes.length - baseOnly.length, baseOnly: baseOnly.length, baseOnlyChanged: baseOnly.filter((c) => c.change !== 'unchanged').length };
}
/**
 * When an item `policy` allows at `now` (its decision then: `decision`) stops being allowed, if
 * that is within `windowDays`; undefined when it is not allowed now, or still allowed after the
 * window, or for good. The entry that allows it now may lapse while a later entry still allows it:
 * allowanceChain (src/decide) follows them, as the run does for the report's `allowedThrough`.
 */
function allowanceLapse(decision, policy, now, windowDays) {
    const chain = (0,_decide_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .allowanceChain */ .I)(decision, policy, now);
    const until = (0,_decide_decide_js__WEBPACK_IMPORTED_MODULE_0__/* .allowedThrough */ .EJ)(chain);
    const soon = until === undefined ? undefined : (0,_decide_in_force_js__WEBPACK_IMPORTED_MODULE_2__/* .lapsingWithin */ .cE)(until, now, windowDays);
    return until === undefined || soon === undefined ? undefined : { until, ...soon, entries: chain.links.map((l) => l.matched) };
}


/***/ }),

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


/***/ })

};

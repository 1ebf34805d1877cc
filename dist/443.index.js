export const id = 443;
export const ids = [443,954];
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
 * Pure — no I/O, no clock (`now` is passed in). Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */



function decide(items, policy, now) {
    return items.map((item) => decideItem(item, policy, now));
}
/** The item's decision at `now`; an `allow` that ends carries `allowedThrough` (allowanceChain). */
function decideItem(item, policy, now) {
    const decision = decideByKind(item, policy, now);
    if (decision.action !== 'allow')
        return decision;
    const through = allowedThrough(allowanceChain(decision, policy, now));
    return through === undefined ? decision : { ...decision, allowedThrough: through };
}
/** The kind's own decision, without following the allowance (allowanceChain re-decides with this). */
function decideByKind(item, policy, now) {
    const kind = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindOf */ .I)(item);
    // Only reachable with data that bypassed the types; nothing can be done to it anyway.
    if (kind === undefined)
        return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
    return kind.decide(item, policy, now);
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
    /** Where the rows left out can be read, for the "…and N more" line. */
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
     * with the count of rows left out and where to find them.
     */
    table(headers, rows, cells, share) {
        const maxRows = this.maxRows;
        const omittedReserve = 400;
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
            text += `${text ? '\n\n' : ''}_…and ${omitted} more ${omitted === 1 ? 'row' : 'rows'}, not shown here: see them ${this.omittedWhere}._`;
        this.left -= byteSize(text) + 1;
        return text;
    }
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
/* harmony export */   Lx: () => (/* binding */ DEFAULT_LAPSE_WINDOW_DAYS),
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



/** How far ahead a lapsing `until` is worth a reviewer's attention. */
const DEFAULT_LAPSE_WINDOW_DAYS = 14;
/** One pending item's identity across two decision lists: its kind's key (`iot:<region>:<id>`, `organizations:<id>`, …). */
function itemKey(item) {
    return (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .itemKey */ .Dh)(item);
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
    const windowDays = options.lapseWindowDays ?? DEFAULT_LAPSE_WINDOW_DAYS;
    const baseByKey = new Map(base.map((d) => [itemKey(d.item), d]));
    const seen = new Set();
    const changes = [];
    for (const h of head) {
        const key = itemKey(h.item);
        if (seen.has(key))
            continue;
        seen.add(key);
        const b = baseByKey.get(key);
        changes.push({ item: h.item, base: b, head: h, change: classifyChange(b, h) });
    }
    for (const b of base) {
        const key = itemKey(b.item);
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


/***/ })

};

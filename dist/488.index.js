export const id = 488;
export const ids = [488];
export const modules = {

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
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1091);
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
    return { items: `${none}; the log's Decisions group lists every item`, unread: `${none}, which name each`, notGuarded: `${none}; the log's "${_run_run_report_js__WEBPACK_IMPORTED_MODULE_0__/* .NOT_GUARDED_GROUP */ .jR}" group names each`, other: none };
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
/* harmony export */   nP: () => (/* binding */ ACCEPTED_HEADERS),
/* harmony export */   s: () => (/* binding */ allowedSection),
/* harmony export */   sM: () => (/* binding */ acceptedIntro),
/* harmony export */   zH: () => (/* binding */ actedSection)
/* harmony export */ });
/* harmony import */ var _act_outcomes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5635);
/* harmony import */ var _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3369);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8017);
/* harmony import */ var _model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7286);
/* harmony import */ var _run_run_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1091);
/* harmony import */ var _describe_item_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9673);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2527);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5402);
/* harmony import */ var _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6971);
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
        acted.length > 0 ? actedTable(acted, where, many) : racedAway > 0 ? '_Nothing else._' : (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .noAccountRead */ .x8)(report) ? `_Nothing: ${nothingRead(report)}._` : '_Nothing: every pending item read is allowed or not ours to judge._',
    ];
}
/** Why a run that read no account (noAccountRead) found nothing: not because what it read was clean. */
function nothingRead(report) {
    const aside = [
        (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .organizationUnlisted */ .cB)(report.errors) ? "the organization's accounts could not be listed" : '',
        // Every account guarded read 'none': its role was refused, or answered as another account.
        report.accounts.length > 0 ? rolesNotUsed(report) : '',
        (0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .notReadCount */ .Ng)(report) > 0 ? 'see Not read' : '',
    ].filter(Boolean);
    return `no account was read${aside.length > 0 ? ` (${aside.join('; ')})` : ''}`;
}
/**
 * Why no account guarded was read, by what its guard role did: could not be assumed (AWS refused),
 * or answered as another account (answeredAsAnother), or some one and some the other.
 */
function rolesNotUsed(report) {
    const roles = report.errors.filter((e) => e.service === 'sts' && e.account !== undefined);
    const other = roles.filter(_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .answeredAsAnother */ .bH).length;
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
    const names = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .joinWords */ .yZ)(tripped.map((t) => `${t.index}/${share.shards}`));
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
    return ignored.length === 0 ? [] : ['', (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .details */ .zH)(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where, many))];
}
/** With several accounts, tables lead with the account each item was found in. */
function withAccount(many, headers, rows, items) {
    if (!many)
        return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(headers, rows);
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .table */ .tp)(['Account', ...headers], rows.map((row, i) => [(0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY)(items[i]?.item.account ?? ''), ...row]));
}
/** Rows a person must see first when the table is cut: what failed, then what was held. (Accepted against the policy has a section of its own.) */
const OUTCOME_FIRST = { failed: 0, 'held-by-budget': 1 };
const rank = (i) => OUTCOME_FIRST[i.outcome] ?? 2;
function actedTable(items, where, many) {
    // Stable: within a rank, the report's order (account, kind, region, id).
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .capped */ .uo)([...items].sort((a, b) => rank(a) - rank(b)), _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemSource */ .x$)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), outcomeCell(i)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Why', 'Outcome'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .omittedLine */ .pN)(omitted, where);
}
/**
 * Every item accepted in the account that the policy does not allow (acceptedAgainstPolicy), whether
 * found accepted when read or accepted while the run acted: nothing is left to write, so they are not
 * in the acted table, and far too important for the folded ignored list.
 */
function acceptedSection(items, where, many) {
    if (items.length === 0)
        return [];
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .capped */ .uo)(items, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemRegion */ .Qc)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemSource */ .x$)(i.item), ...acceptedCells(i)]);
    return [...acceptedIntro(items.length), withAccount(many, ['Kind', 'Id', 'Region', 'Source', ...ACCEPTED_HEADERS], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .omittedLine */ .pN)(omitted, where)];
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
    if ((0,_run_run_report_js__WEBPACK_IMPORTED_MODULE_3__/* .acceptedWhen */ .op)(i) === 'when-read') {
        const when = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .acceptedSinceListed */ .r2)(i.item) ? 'accepted after this run listed it as pending, before it acted' : 'already accepted when this run read it';
        return [when, (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.detail ?? '', _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)];
    }
    const write = i.action === 'decline' ? 'decline' : 'rejection';
    const seen = i.detail ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.detail, 300)}</sub>` : '';
    return [`accepted while this run acted, before its ${write}`, (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl), `${ACCEPTED_WHILE_ACTING_ADVICE}${seen}`];
}
function outcomeCell(i) {
    const detail = i.detail ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.detail, 160)}</sub>` : '';
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
        const soon = (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .lapsingSoon */ .GT)(i, now, _escape_js__WEBPACK_IMPORTED_MODULE_5__/* .code */ .aY);
        return { i, mark: soon?.mark, lapsesAt: soon?.lapsesAt ?? '~' };
    });
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .capped */ .uo)([...marked].sort((a, b) => (0,_model_code_unit_order_js__WEBPACK_IMPORTED_MODULE_8__/* .compareCodeUnits */ .U)(a.lapsesAt, b.lapsesAt)), _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_ROWS */ .pX);
    const rows = shown.map(({ i, mark }) => [
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemKind */ .GC)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemId */ .XG)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemRegion */ .Qc)(i.item),
        (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemSource */ .x$)(i.item),
        `${i.matched ? (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .entryCitation */ .at)(i.matched, links) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)}${mark === undefined ? '' : `<br>${mark}`}`,
    ]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows, shown.map(({ i }) => i)) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .omittedLine */ .pN)(omitted, where);
}
function ignoredTable(items, where, many) {
    const { shown, omitted } = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .capped */ .uo)(items, _run_summary_cut_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_ROWS */ .pX);
    const rows = shown.map((i) => [(0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemKind */ .GC)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemId */ .XG)(i.item), (0,_describe_item_js__WEBPACK_IMPORTED_MODULE_4__/* .itemRegion */ .Qc)(i.item), (0,_escape_js__WEBPACK_IMPORTED_MODULE_5__/* .inertMarkdown */ .Ic)(i.reason, _decide_reasons_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_REASON_LENGTH */ .hl)]);
    return withAccount(many, ['Kind', 'Id', 'Region', 'Why'], rows, shown) + (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .omittedLine */ .pN)(omitted, where);
}


/***/ })

};

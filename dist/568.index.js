export const id = 568;
export const ids = [568];
export const modules = {

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

/***/ 2568:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlanMode: () => (/* binding */ runPlanMode)
});

// UNUSED EXPORTS: commentDetail, stoppedPlan, writePlanComment

// EXTERNAL MODULE: ./lib/runner/commands.js
var commands = __webpack_require__(6910);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./lib/constants.js
var constants = __webpack_require__(4238);
// EXTERNAL MODULE: ./lib/inputs/read-inputs.js + 1 modules
var read_inputs = __webpack_require__(2529);
// EXTERNAL MODULE: ./lib/policy/format-issue.js
var format_issue = __webpack_require__(1097);
// EXTERNAL MODULE: ./lib/policy/load-policy.js
var load_policy = __webpack_require__(4527);
// EXTERNAL MODULE: ./lib/report/annotations.js
var annotations = __webpack_require__(1116);
// EXTERNAL MODULE: ./lib/plan/diff-entries.js
var diff_entries = __webpack_require__(5709);
// EXTERNAL MODULE: ./lib/plan/diff-decisions.js
var diff_decisions = __webpack_require__(9594);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(5402);
// EXTERNAL MODULE: ./lib/run/report-errors.js
var report_errors = __webpack_require__(8767);
// EXTERNAL MODULE: ./lib/model/words.js
var words = __webpack_require__(9344);
;// CONCATENATED MODULE: ./lib/plan/render-verdict.js
/**
 * A plan's counts in words: the verdict line under the title, the changes it counts (which a summary
 * comment says instead of its table), and the note on items found only where the base sweeps. Pure.
 */





function verdict(plan, summary) {
    const found = foundWords(plan, summary);
    const counts = changeCounts(plan);
    const policyChanged = (plan.policyChanges ?? []).length > 0;
    const weakens = (plan.policyChanges ?? []).filter((c) => c.effect === 'weakens').length;
    const lost = lostAccounts(plan);
    const valid = lost === '' ? '**✅ Valid.**' : lost;
    const policyChangesWords = `**${plan.policyChanges?.length ?? 0} policy ${(0,words/* plural */.LS)(plan.policyChanges?.length ?? 0, 'change', 'changes')}**${weakens > 0 ? `, **${weakens} weakening protection** (above)` : ''}`;
    // No account read: nothing was compared, so "no change" or "none fares differently" would claim what no one saw.
    const effect = counts === '' && readNothing(plan)
        ? `${lost === '' ? '**✅ Valid, but nothing could be compared:**' : `${valid} Nothing could be compared:`} ${found}${policyChanged ? `; the policy itself changes: ${policyChangesWords}` : ''}.`
        : counts === ''
            ? policyChanged
                ? `${lost === '' ? `${valid} None of the ${found} fares differently today, but` : `${valid} Of the ${found}, none fares differently today;`} the policy itself changes: ${policyChangesWords}.`
                : lost === '' ? `**✅ Valid. No change** to the ${found}: each fares the same as under the base branch’s policy.` : `${valid} **No change** to the ${found}: each fares the same as under the base branch’s policy.`
            : `${valid} Merged, this policy would ${counts} of the ${found}.`;
    const acts = `With it, a scheduled enforce run would reject or decline **${plan.budget.planned}** (budget ${plan.budget.limit}).`;
    // "Valid" is of the policy: a plan that fails on parts it could not read says so here too, not only in the warning below.
    const fails = plan.errors.length > 0 ? ' **This plan fails: parts this policy reads could not be read** (see the warning below); a scheduled run with it would fail on them too.' : '';
    return `${effect} ${acts}${fails}`;
}
/**
 * "9 items found in 2 accounts": the items every count is of, and where they were found. Only what
 * was read is claimed: an account nothing could be read of (its role not assumed) is not counted
 * among the accounts, but said apart ("1 more account could not be read"); when no account was read
 * at all, the line says so and names none (nothingRead); and when some part of an
 * account could not be read (a region, a service, its region list, a region this release does not
 * know) the items are those found "in the parts read", so that "none fares differently" never reads
 * as a complete comparison. The organization's account list not read is no part of the accounts
 * counted, which were read whole: the verdict's opening (baseUnlisted) or the warning of the parts
 * not read says which accounts are unknown. The changes counted include items in parts
 * only the base sweeps (a region dropped): the total holds them too, and says so.
 */
function foundWords(plan, summary) {
    const n = (0,diff_decisions/* foundCounts */.HI)(plan.diff);
    const items = `${n.all} ${(0,words/* plural */.LS)(n.all, 'item', 'items')} found`;
    const unread = unreadAccounts(plan);
    const read = plan.accounts.filter((account) => !unread.includes(account));
    const [first] = read;
    if (first === undefined)
        return `${items} (${nothingRead(plan, unread, summary)})`;
    const accounts = read.length > 1 ? `${read.length} accounts` : summary ? (unread.length === 0 ? 'the account' : '1 account') : `account ${(0,report_escape/* code */.aY)(first)}`;
    const where = partlyRead(plan) ? `the parts read of ${accounts}` : accounts;
    const notRead = unread.length === 0 ? [] : [`${unread.length} more ${(0,words/* plural */.LS)(unread.length, 'account', 'accounts')} could not be read`];
    const notes = n.baseOnly === 0 ? notRead : [`${n.all === 1 ? 'only' : `${n.baseOnly} of them only`} where the base branch’s policy sweeps and this one does not`, ...notRead];
    return `${items} in ${where}${n.baseOnly === 0 ? '' : ' under either policy'}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}
/** Whether no account was read at all (none to read, or nothing of any: foundWords says which). */
function readNothing(plan) {
    const unread = unreadAccounts(plan);
    return plan.accounts.every((account) => unread.includes(account));
}
/**
 * Why no account was read: their roles not assumed, or none to read — the organization's accounts
 * not listed (the PR's only targets are the organization's), or none guarded. Never the
 * credentials' own account (Plan.account), which this run did not read either.
 */
function nothingRead(plan, unread, summary) {
    const [only] = unread;
    if (only === undefined)
        return (0,report_errors/* organizationUnlisted */.cB)(eitherPolicyErrors(plan)) ? 'no account could be read: the organization’s accounts could not be listed' : 'no account was read';
    const which = unread.length > 1 ? `the ${unread.length} accounts` : summary ? 'the account' : `account ${(0,report_escape/* code */.aY)(only)}`;
    return `nothing could be read of ${which}`;
}
/** What could not be read, for either policy (Plan.errors, Plan.baseOnlyErrors). */
function eitherPolicyErrors(plan) {
    return [...plan.errors, ...(plan.baseOnlyErrors ?? [])];
}
/** The accounts of a plan nothing could be read of: their role could not be assumed, for either policy (Plan.errors, Plan.baseOnlyErrors). */
function unreadAccounts(plan) {
    const blind = new Set(eitherPolicyErrors(plan).filter((e) => e.service === 'sts').map((e) => e.account));
    return plan.accounts.filter((account) => blind.has(account));
}
/**
 * Whether some part of an account read was not: for either policy (Plan.errors, Plan.baseOnlyErrors:
 * not a role, which leaves nothing of the account read, nor the organization's account list, which is
 * of no account), or a region this release does not know (Plan.unknownRegions).
 */
function partlyRead(plan) {
    return eitherPolicyErrors(plan).some((e) => e.service !== 'sts' && !(0,report_errors/* isOrganizationListing */.Kx)(e)) || (plan.unknownRegions ?? []).length > 0;
}
/**
 * The verdict's opening when the PR's policy leaves unguarded accounts the base branch's guards
 * (Plan.noLongerGuarded), '' when none: said first, since what is pending there is in no count
 * where the run could not read it (its role not assumed: the warnings below name them), and the rest
 * of the line would otherwise read as "nothing changes". Counts only: no account is named here.
 */
function lostAccounts(plan) {
    const lost = plan.noLongerGuarded ?? [];
    const n = lost.length;
    // The organization's accounts not listed for the base: its losses there are unknown, never "none".
    const unlisted = baseUnlisted(plan);
    if (n === 0)
        return unlisted ? '**✅ Valid, but the organization’s accounts could not be listed for the base branch’s policy, which guards the organization:** how many of them this one no longer guards is not counted (see the warning below).' : '';
    const uncounted = unlisted ? ' The organization’s accounts, which it also guards, could not be listed for it: how many more this one no longer guards is not counted either (see the warning below).' : '';
    const unread = lostNotRead(plan).length;
    const head = `**✅ Valid, but ${n} ${(0,words/* plural */.LS)(n, 'account', 'accounts')} the base branch’s policy guards ${(0,words/* plural */.LS)(n, 'is', 'are')} not guarded by this one.**`;
    if (unread === 0)
        return `${head}${uncounted}`;
    const notRead = unread < n ? `${unread} of them ${(0,words/* plural */.LS)(unread, 'was', 'were')} not read` : n === 1 ? 'It was not read' : 'None of them was read';
    return `${head} ${notRead} (see the warning below), so what is pending there is not counted here.${uncounted}`;
}
/**
 * Whether the organization's accounts could not be listed for the base branch's policy alone (it
 * guards the organization, the PR's does not: Plan.baseOnlyErrors holds the listing's error). Which
 * accounts the base guards through it is then unknown: the plan decides those it read as if the
 * organization lists them, and cannot count the others it loses.
 */
function baseUnlisted(plan) {
    return (0,report_errors/* organizationUnlisted */.cB)(plan.baseOnlyErrors ?? []);
}
/**
 * The accounts lost (Plan.noLongerGuarded) that nothing was read of: read for the base alone (an
 * account outside the PR's pin too) and its role not assumed (Plan.baseOnlyErrors), or not read at
 * all: what is pending there is in no count. The verdict and the log's Plan line count them.
 */
function lostNotRead(plan) {
    const read = new Set(plan.accounts);
    const blind = new Set((plan.baseOnlyErrors ?? []).filter((e) => e.service === 'sts').map((e) => e.account));
    return (plan.noLongerGuarded ?? []).filter((account) => !read.has(account) || blind.has(account));
}
/** Below "Items found now" when the base sweeps parts the PR's policy does not: the items found there, which that table leaves out. */
function baseOnlyNote(n) {
    const these = `${n.baseOnly} ${(0,words/* plural */.LS)(n.baseOnly, 'item', 'items')} found only where the base branch’s policy sweeps and this one does not`;
    const fate = n.baseOnlyChanged === 0
        ? `the base branch’s policy does not act on ${n.baseOnly === 1 ? 'it' : 'them'} either`
        : n.baseOnlyChanged === n.baseOnly
            ? `${n.baseOnly === 1 ? 'it is' : 'they are'} in the table above, as no longer acted on`
            : `the ${n.baseOnlyChanged} the base branch’s policy acts on ${n.baseOnlyChanged === 1 ? 'is' : 'are'} in the table above, as no longer acted on`;
    return `_Not listed here: ${these}; ${fate}._`;
}
/** "**newly allow 2**, **newly reject or decline 1** and **stop acting on 1**", or '' when nothing changes. */
function changeCounts(plan) {
    const { diff } = plan;
    return (0,markdown/* joinWords */.yZ)([
        diff.newlyAllowed.length > 0 ? `**newly allow ${diff.newlyAllowed.length}**` : '',
        diff.newlyActed.length > 0 ? `**newly reject or decline ${diff.newlyActed.length}**` : '',
        diff.newlyLeftAlone.length > 0 ? `**stop acting on ${diff.newlyLeftAlone.length}**` : '',
    ].filter(Boolean));
}

// EXTERNAL MODULE: ./lib/plan/policy-diff.js
var policy_diff = __webpack_require__(8369);
// EXTERNAL MODULE: ./lib/plan/new-permissions.js
var new_permissions = __webpack_require__(5264);
// EXTERNAL MODULE: ./lib/plan/policy-row.js
var policy_row = __webpack_require__(8420);
// EXTERNAL MODULE: ./lib/builtins.js
var builtins = __webpack_require__(2963);
;// CONCATENATED MODULE: ./lib/plan/plan-marker.js
/**
 * Which comment is a plan's: the hidden marker a plan comment starts with — the policy file and, for
 * a run that read an account, that account's tag, never its id — and how it is found again. Pure.
 */

const MARKER_PREFIX = 'inbound-guard:plan:';
/** Between the path and the account's tag, and the marker's end: planMarker writes them, planMarkerIn reads them. */
const TAG_PART = ' account-tag:';
const MARKER_END = ' -->';
/** Hex digits of an account's tag: accountTag says why 6. */
const TAG_LENGTH = 6;
/**
 * The hidden first line that marks a comment as this action's plan for this policy file and, for a
 * run that read an account, for that account: a job matrix whose legs plan one policy with the
 * credentials of different accounts keeps one comment per account, each updated in place. The path
 * is percent-encoded outside a safe set, so it can never close the HTML comment (nor hold a space:
 * the account part cannot be forged by a path); the account is in it only as its tag, never in clear.
 *
 *   <!-- inbound-guard:plan:.github/inbound-guard.yml -->                        no account read
 *   <!-- inbound-guard:plan:.github/inbound-guard.yml account-tag:e4594d -->     account read (210987654321)
 */
function planMarker(policyPath, account) {
    return `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}${account === undefined ? '' : `${TAG_PART}${accountTag(account)}`}${MARKER_END}`;
}
/**
 * The plan marker a comment starts with for this policy file, with or without an account tag;
 * undefined when it starts with none. Only the start counts: a marker quoted further down (another
 * workflow's comment, by the same bot, quoting a stranger) does not make the comment ours. (A run
 * that read no account rewrites every one of them: see plan-mode.ts.)
 */
function planMarkerIn(body, policyPath) {
    // Read as text, not as a pattern built from the path (the path is the user's input).
    const start = `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}`;
    if (!body.startsWith(start))
        return undefined;
    const rest = body.slice(start.length, start.length + TAG_PART.length + TAG_LENGTH + MARKER_END.length);
    if (rest.startsWith(MARKER_END))
        return `${start}${MARKER_END}`;
    if (rest.startsWith(TAG_PART) && isTag(rest.slice(TAG_PART.length, TAG_PART.length + TAG_LENGTH)) && rest.endsWith(MARKER_END))
        return `${start}${rest}`;
    return undefined;
}
const isTag = (text) => text.length === TAG_LENGTH && [...text].every((c) => '0123456789abcdef'.includes(c));
function encodedPath(policyPath) {
    return policyPath.replace(/[^A-Za-z0-9._/-]/g, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
}
/**
 * A short tag of an AWS account id, for the marker: it is in the raw text of every comment, those
 * on public repositories (comment-detail: summary, which names no account) included. The first 6
 * hex digits of sha256 over the id under a fixed prefix of this product's.
 *
 * It only has to tell apart the few accounts planned on one pull request: with 2^24 tags, two of 10
 * accounts share one with odds of about 1 in 370,000, two of 50 about 1 in 13,700 (n(n-1)/2 / 2^24);
 * accounts that do share one comment, as every account did before tags. It is not meant to hide an
 * account from someone who already has its id, or a list of candidates: they hash each and compare.
 * What it keeps from publishing is the id itself. 8 digits would leave about 230 of the 10^12
 * possible ids per tag, so a search of every id (minutes on one GPU) would come close to naming
 * the account; 6 digits leave about 60,000.
 */
function accountTag(account) {
    return (0,builtins/* sha256Hex */.fg)(`inbound-guard plan comment account:${account}`).slice(0, TAG_LENGTH);
}

// EXTERNAL MODULE: ./lib/act/budget.js
var budget = __webpack_require__(5419);
// EXTERNAL MODULE: ./lib/decide/reasons.js
var reasons = __webpack_require__(3369);
// EXTERNAL MODULE: ./lib/report/describe-item.js
var describe_item = __webpack_require__(9673);
// EXTERNAL MODULE: ./lib/report/run-summary-accounts.js
var run_summary_accounts = __webpack_require__(2439);
// EXTERNAL MODULE: ./lib/report/run-summary-cut.js
var run_summary_cut = __webpack_require__(6971);
// EXTERNAL MODULE: ./lib/report/run-summary-not-read.js
var run_summary_not_read = __webpack_require__(563);
// EXTERNAL MODULE: ./lib/report/failure-reasons.js
var failure_reasons = __webpack_require__(2952);
// EXTERNAL MODULE: ./lib/plan/comment-budget.js
var comment_budget = __webpack_require__(5990);
// EXTERNAL MODULE: ./lib/decide/in-force.js
var in_force = __webpack_require__(703);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/kinds/services.js
var kinds_services = __webpack_require__(9579);
;// CONCATENATED MODULE: ./lib/plan/render-cells.js







function entrySections(entries, lapsing, ctx) {
    const lines = [];
    if (entries.added.length + entries.removed.length > 0) {
        lines.push(`### Allow entries changed (${entries.added.length} added, ${entries.removed.length} removed, ${entries.kept} kept)`, '');
        ctx.spend(lines);
        const changes = [...entries.added.map((e) => ['added', e]), ...entries.removed.map((e) => ['removed', e])];
        const row = ([what, e]) => [what, entryLink(e, what === 'added' ? ctx.options.headLinks : ctx.options.baseLinks), (0,report_escape/* code */.aY)(e.allows), untilCell(e), e.note ? (0,report_escape/* inertMarkdown */.Ic)(e.note, 120) : ''];
        lines.push(ctx.table(['', 'Entry', 'Allows', 'In force', 'Note'], changes, row, 0.4), '');
    }
    if (lapsing.length > 0) {
        const days = ctx.options.lapseWindowDays ?? in_force/* DEFAULT_LAPSE_WINDOW_DAYS */.Lx;
        const start = lines.length;
        lines.push(`### ⏳ Allow entries lapsing within ${days} days (${lapsing.length})`, '');
        ctx.spend(lines.slice(start));
        const row = (l) => [entryLink(l.entry, ctx.options.headLinks), (0,report_escape/* code */.aY)(l.entry.allows), (0,describe_item/* lapseCell */.Qg)(l.entry.until ?? '', l)];
        lines.push(ctx.table(['Entry', 'Allows', 'Lapses'], lapsing, row, 0.4), '');
    }
    return lines;
}
function entryLink(e, links) {
    return (0,describe_item/* linkedEntry */.O2)({ list: e.list, index: e.index, position: { line: e.line, column: 1 } }, links);
}
function untilCell(e) {
    return e.until ? `until ${(0,report_escape/* code */.aY)(e.until)}` : 'no end date';
}
function sameEntry(matched, entry) {
    return matched?.list === entry.list && matched.index === entry.index;
}
const ACTION_ORDER = { reject: 0, decline: 0, allow: 1, ignore: 2 };
const ACTION_LABEL = { allow: '✅ allow', reject: '🛑 reject', decline: '🛑 decline', ignore: 'ignore' };
function decisionLabel(d) {
    return d === undefined ? '—' : ACTION_LABEL[d.action];
}
function whyCell(d, links) {
    if (d === undefined)
        return '';
    return d.matched ? `allowed by ${(0,describe_item/* entryCitation */.at)(d.matched, links)}` : (0,report_escape/* inertMarkdown */.Ic)(d.reason, reasons/* MAX_REASON_LENGTH */.hl);
}
function decisionCell(d, links, absent) {
    if (d === undefined)
        return `— ${absent}`;
    return `${ACTION_LABEL[d.action]}<br><sub>${whyCell(d, links)}</sub>`;
}
/** The entry that allows a lapsing item now and, when others take over before it lapses, those after it. */
function lapsingCell(l, links) {
    const then = l.entries.slice(1).map((m) => `then by ${(0,describe_item/* entryCitation */.at)(m, links)}`);
    return `${decisionCell(l.change.head, links, '')}${then.length === 0 ? '' : `<br><sub>${then.join(', ')}</sub>`}`;
}
function baseCell(c, plan, options) {
    if (c.base !== undefined)
        return decisionCell(c.base, options.baseLinks, '');
    if (plan.base.state !== 'valid')
        return '— nothing (no valid policy)';
    return plan.baseStopsAtPin === undefined ? '— not swept under the base policy' : `— nothing (its ${(0,report_escape/* code */.aY)('accounts')} pin leaves this account out)`;
}
/** `IoT <code>eu-west-1</code>`, `RAM <code>us-east-1</code>`, `STS`, `Organizations`: the service (and region) that could not be read. */
function errorWhere(e) {
    if (e.service === 'sts')
        return 'STS';
    if (e.service === 'account')
        return 'Account (regions)';
    // A plan reads no shard reports: only a merged report has this one.
    if (e.service === 'shard')
        return e.shard === undefined ? 'Shard' : `Shard ${e.shard.index}/${e.shard.count}`;
    const label = kinds_services/* SERVICE_LABEL */.fX[e.service].short;
    return e.region === undefined ? label : `${label} ${(0,report_escape/* code */.aY)(e.region)}`;
}
/**
 * RegionsNotRead of a plan's errors. `many`: the plan read several accounts, so a mark says in how
 * many the region was not read (it may have been read in the others). A kind of several services
 * names those that failed when not all did. Not a role not assumed (a whole account: the verdict
 * counts it), nor a region list (which regions is unknown: the warning says so).
 */
function regionsNotRead(errors, many) {
    const failed = errors.filter((e) => e.account !== undefined && e.region !== undefined);
    const at = (service, region) => failed.filter((e) => e.service === service && e.region === region);
    return {
        regions: (services) => [...new Set(failed.filter((e) => services.some((s) => s === e.service)).map((e) => e.region ?? ''))].sort(),
        mark: (services, region) => {
            const failing = services.filter((s) => at(s, region).length > 0);
            if (failing.length === 0)
                return '';
            const which = services.length > 1 && failing.length < services.length ? `${failing.map((s) => kinds_services/* SERVICE_LABEL */.fX[s].short).join(', ')} ` : '';
            const accounts = new Set(failing.flatMap((s) => at(s, region).map((e) => e.account))).size;
            return ` (${which}not read${many ? ` in ${accounts} ${(0,words/* plural */.LS)(accounts, 'account', 'accounts')}` : ''})`;
        },
    };
}
/**
 * What a policy has the kinds with optional sections read, for the footer: `RAM in every enabled
 * region`, `Security-service (GuardDuty, Detective) <code>us-east-1</code>`, each region where a
 * read failed marked (RegionsNotRead; under `all`, named after). IoT and handshakes have their own
 * words there.
 */
function optionalKindsSwept(scope, notRead) {
    return scope.kinds
        .filter((k) => k.kind !== 'certificate-transfer' && k.kind !== 'handshake')
        .map((k) => {
        // A kind read from several services names those the policy reads, even one alone (`Security-service
        // (GuardDuty)`): its label does not say which. RAM is its one service.
        const several = (0,kinds_services/* servicesOfKind */.md)(k.kind).length > 1;
        const services = several ? `(${k.services.map((s) => kinds_services/* SERVICE_LABEL */.fX[s].short).join(', ')}) ` : '';
        const marked = (regions) => regions.map((r) => `${(0,report_escape/* code */.aY)(r)}${notRead.mark(k.services, r)}`).join(', ');
        const failed = k.regions === 'all' ? notRead.regions(k.services) : [];
        const regions = k.regions === 'all' ? `in every enabled region${failed.length > 0 ? `, ${marked(failed)}` : ''}` : k.regions.length ? marked(k.regions) : 'in no region';
        return `${(0,registry/* kindNamed */.UL)(k.kind).label} ${services}${regions}`;
    });
}

;// CONCATENATED MODULE: ./lib/plan/render-context.js
/**
 * What one rendering of a plan is asked for (RenderOptions), its size budget (RenderContext), and
 * where the rows a cut table leaves out can be read: the comment's tables send readers to the job
 * summary, the job summary's to the JSON report or the log (summaryOmittedWhere). Pure.
 */



/**
 * Where a plan's job summary says the rows it cut can be read: the JSON report when the run has one,
 * named as the footers name it (its path is the runner's, gone when the summary is read). Without
 * it, a cut table of items sends readers to the log of the run, whose Plan group lists every item
 * with its decision under each policy (logPlan in github/plan-mode.ts, written before the summary
 * by every plan that read the account with comment-detail full: the only plans whose summary has
 * tables of items); a cut table of allowances lapsing soon names the mark that group puts on each
 * of them (LAPSING_MARK), as the alert issue's does the Decisions group's. The policy's changes and
 * entries are in no other output.
 */
function summaryOmittedWhere(hasReport, run) {
    if (hasReport) {
        const report = `in the JSON report${run === undefined ? '' : ` of ${run}`}, ${(0,markdown/* reportFileOutput */.cx)()}`;
        return { omittedWhere: report, itemsOmittedWhere: report, lapsingOmittedWhere: report };
    }
    const log = `in the log of ${run ?? 'this run'}, whose Plan group`;
    return { omittedWhere: 'nowhere else: the list was cut', itemsOmittedWhere: `${log} lists every item`, lapsingOmittedWhere: `${log} marks each “${describe_item/* LAPSING_MARK */.T0} …”` };
}
/**
 * Where a plan comment's cut tables send readers when the job summary could not be written (the
 * comment's default, where(), is that summary): where the summary's own would have
 * (summaryOmittedWhere), the run named and linked, since a comment is read away from it; an invalid
 * policy's problems to the log, which annotates each at its line (annotatePolicyIssues).
 */
function noSummaryOmittedWhere(view, hasReport, options) {
    const run = `the run${runAt(options)}`;
    if (view === 'invalid')
        return { omittedWhere: `in the log of ${run}, which annotates each problem at its line` };
    return summaryOmittedWhere(hasReport, run);
}
/** The comment's cut tables: the plan's job summary has more rows (and says where the rest are when it cuts too); the JSON report, when written. Not when the summary could not be written: noSummaryOmittedWhere. */
function where(options) {
    return options.omittedWhere ?? `in the job summary of the run${runAt(options)}${options.reportFile ? ' and in its JSON report' : ''}`;
}
/** ` (url)` of the run, when known. */
function runAt(options) {
    return options.runUrl ? ` (${options.runUrl})` : '';
}
/** The size budget of one rendering, with the options it was asked for. */
class RenderContext extends comment_budget/* Budgeter */.bA {
    options;
    /** Where the rows a cut table of items leaves out can be read. */
    itemsWhere;
    /** Where the rows the cut table of allowances lapsing soon leaves out can be read. */
    lapsingWhere;
    constructor(maxLength, options) {
        super(maxLength, options.maxRows ?? comment_budget/* DEFAULT_MAX_ROWS */.hA, where(options));
        this.options = options;
        this.itemsWhere = options.itemsOmittedWhere ?? where(options);
        this.lapsingWhere = options.lapsingOmittedWhere ?? this.itemsWhere;
    }
}

;// CONCATENATED MODULE: ./lib/plan/render-banners.js
/**
 * The blocks a plan shows under its verdict, before its tables: the budget that would trip, the
 * parts of the account not read (those the PR's policy reads, then those only the base's does), the
 * accounts the base branch's policy guards and the PR's does not, the accounts not guarded (those
 * that fail, then those left out by choice), the items accepted against the policy.
 * Pure. Text from AWS goes through inertMarkdown, code and the item helpers; a summary comment's
 * blocks name no account, item or sender.
 */














function budgetBanner(plan) {
    const b = plan.budget;
    if (!b.tripped)
        return [];
    return [
        '',
        '> [!CAUTION]',
        `> **This policy would trip the budget.** It acts on **${b.planned}** pending items; the budget is **${b.limit}** (${(0,budget/* budgetSource */.ZM)(b)}). The next scheduled enforce run after merging would act on none of them and fail. If the list below is what you mean, raise \`max-actions\` for one run; otherwise fix the policy.`,
    ];
}
function errorBanner(errors, ctx, summary, oneAccount = false) {
    if (errors.length === 0)
        return [];
    // AWS error messages and hints may name accounts and roles: a summary comment leaves them out, and
    // says the same part in several accounts once, with their number. A plan of one account names it
    // above already: its rows do not repeat it.
    const rows = summary ? countedPlaces(errors) : errors.map((e) => `${errorPlace(e, { summary, oneAccount })}: ${errorText(e)}`);
    const shown = rows.slice(0, 10).map((row) => `> - ${row}`);
    // Not "in the job summary": its banner stops at 10 too. Each part not read is one of the step's failures.
    const more = rows.length > 10 ? [`> - …and ${rows.length - 10} more: the failures of the run${runAt(ctx.options)} name each${ctx.options.reportFile ? ', as its JSON report does' : ''}`] : [];
    return ['', '> [!WARNING]', "> **Parts the PR's policy reads could not be read**; items there are not in this plan, and the plan fails on them, as a scheduled run with this policy would:", ...shown, ...more];
}
/** What a full comment says of a part not read, after where it is: AWS's message, then our hint (they may name accounts and roles: a summary comment says neither). */
function errorText(e) {
    return (0,run_summary_not_read/* errorCell */.fX)(e, 200);
}
/**
 * Where a part not read is: its account first, then the service and region. A summary comment names
 * no account; a plan of one account (`oneAccount`) names it above already, so only a whole account
 * not read (its role not assumed) is named there.
 */
function errorPlace(e, how) {
    if ((0,report_errors/* isOrganizationListing */.Kx)(e))
        return 'the organization’s accounts (Organizations)';
    if (e.service === 'sts') {
        const why = (0,report_errors/* answeredAsAnother */.bH)(e) ? 'its role answered as another account' : 'its role not assumed';
        return e.account === undefined || how.summary ? `an account (${why})` : `account ${(0,report_escape/* code */.aY)(e.account)} (${why})`;
    }
    return `${how.summary || how.oneAccount || e.account === undefined ? '' : `${(0,report_escape/* code */.aY)(e.account)}, `}${errorWhere(e)}`;
}
/**
 * A summary comment's rows: each place (errorPlace, no account named) once, with how many accounts
 * it stands for: "IoT <code>ap-east-1</code> (in 4 accounts)", "2 accounts (their roles not assumed)".
 * In first-seen order.
 */
function countedPlaces(errors) {
    const counts = new Map();
    for (const e of errors) {
        const place = errorPlace(e, { summary: true, oneAccount: false });
        const seen = counts.get(place);
        if (seen === undefined)
            counts.set(place, { first: e, n: 1 });
        else
            seen.n += 1;
    }
    return [...counts].map(([place, { first, n }]) => (n === 1 ? place : first.service === 'sts' ? `${n} accounts (their roles not assumed)` : `${place} (in ${n} accounts)`));
}
/**
 * Parts read for the base branch's policy alone that could not be read (Plan.baseOnlyErrors): a
 * gap in the comparison, not a failure — what the base does there is unknown, and the PR's policy
 * does not read them. Ten named with AWS's text and our hint, as the PR's own parts are (a summary
 * comment: where, without the account, AWS's text or the hint), the
 * rest sent to the log (a full plan's names each) and the JSON report.
 */
function baseOnlyBanner(plan, ctx, summary) {
    const errors = plan.baseOnlyErrors ?? [];
    if (errors.length === 0)
        return [];
    const place = (e) => (e.account === undefined ? 'the organization’s accounts (Organizations)' : `${summary ? '' : `${(0,report_escape/* code */.aY)(e.account)}, `}${errorWhere(e)}`);
    const shown = errors.slice(0, 10).map((e) => `> - ${place(e)}${summary ? '' : `: ${errorText(e)}`}`);
    const report = Boolean(ctx.options.reportFile);
    // A summary plan's log names no account: only its JSON report lists them.
    const where = summary
        ? report ? `the JSON report of the run${runAt(ctx.options)} lists each (plan.baseOnlyErrors)` : ''
        : `the log of the run${runAt(ctx.options)} names each${report ? ', as its JSON report does (plan.baseOnlyErrors)' : ''}`;
    const more = errors.length > 10 ? [`> - …and ${errors.length - 10} more${where === '' ? '' : `: ${where}`}`] : [];
    // An account outside this PR's pin that its targets reach still fails the job, for that, not for what could not be read.
    const failing = new Set((0,report_errors/* failingSkips */.nH)(plan.skippedAccounts ?? []).map((s) => s.account));
    const pinned = errors.some((e) => e.account !== undefined && failing.has(e.account));
    return [
        '',
        '> [!WARNING]',
        `> **Parts only the base branch’s policy reads could not be read**: what it does there today is unknown, so what this PR changes there is not in this plan. This PR’s policy does not read them, so the plan job does not fail on what could not be read (a scheduled run with it would not read them either${pinned ? '; an account its targets reach outside its `accounts` pin still fails it, as the warning on accounts not guarded says' : ''}):`,
        ...shown,
        ...more,
        // The organization's list, read for the base alone: which accounts it guards through it is unknown.
        ...(baseUnlisted(plan) ? ['>', '> Which accounts the base branch’s policy guards through the organization is therefore unknown: those this run read are compared as if the organization lists them, and those this PR no longer guards are not counted.'] : []),
    ];
}
/** Accounts not guarded named one by one, with why, in the banner; then this many more by id (the run summary's Not read section names its cut rows alike: namedCut). */
const NOT_GUARDED_ROWS = 10;
const NOT_GUARDED_NAMED = 100;
/**
 * Accounts the targets named or the organization listed that the PR's policy leaves out of its
 * `accounts` pin (failingSkips): nothing of them was read, and the plan job fails on them, as the
 * run summary's Not read section and the step's failures say. A summary comment gives the count
 * only; a full one names NOT_GUARDED_ROWS with why, NOT_GUARDED_NAMED more by id, and counts the rest.
 */
function notGuardedBanner(plan, summary, options) {
    const outside = (0,report_errors/* failingSkips */.nH)(plan.skippedAccounts ?? []);
    if (outside.length === 0)
        return [];
    const n = outside.length;
    const them = (0,words/* plural */.LS)(n, 'it', 'them');
    // Those the base branch's policy guards were read for it alone (readForBoth): their items are counted, as no longer acted on.
    const lost = new Set(plan.noLongerGuarded ?? []);
    const forBase = outside.filter((s) => lost.has(s.account) && lostState(plan, s.account) === 'outside-pin').length;
    const fails = `the plan job fails on ${them}, as a scheduled run would`;
    // Nothing read: one clause. Some or all read for the base: the failure first, then what was read, each in a sentence of its own.
    const other = n - forBase;
    const said = forBase === 0
        ? `nothing of ${them} was read, so ${(0,words/* plural */.LS)(n, 'its', 'their')} items are not in this plan, and ${fails}`
        : forBase === n
            ? `${fails}. This policy reads nothing of ${them}, but ${(0,words/* plural */.LS)(n, 'it was', 'they were')} read for the base branch’s policy alone, which guards ${them} (no longer guarded, above)`
            : `${fails}. This policy reads nothing of them, but ${forBase} ${(0,words/* plural */.LS)(forBase, 'was', 'were')} read for the base branch’s policy alone, which guards ${(0,words/* plural */.LS)(forBase, 'it', 'them')} (no longer guarded, above); nothing was read of the other ${other === 1 ? 'one' : other}, so ${(0,words/* plural */.LS)(other, 'its', 'their')} items are not in this plan`;
    const lines = [
        '',
        '> [!WARNING]',
        `> **${n} ${(0,words/* plural */.LS)(n, 'account', 'accounts')} not guarded**, named by the policy’s targets or listed by the organization: ${said}${summary ? '.' : ':'}`,
    ];
    if (summary)
        return lines;
    const rows = outside.slice(0, NOT_GUARDED_ROWS).map((s) => `> - ${(0,report_escape/* code */.aY)(s.account)}: ${(0,report_escape/* inertMarkdown */.Ic)(s.reason, 300)}`);
    const rest = (0,run_summary_cut/* namedCut */.EI)(outside.slice(NOT_GUARDED_ROWS).map((s) => (0,report_escape/* code */.aY)(s.account)), `${(0,words/* plural */.LS)(n - rows.length, 'account', 'accounts')} not guarded`, notGuardedWhere(options), NOT_GUARDED_NAMED);
    return [...lines, ...rows, ...(rest === '' ? [] : [`> - ${rest}`])];
}
/** Where a full plan's accounts not guarded are all named: the log's group (logNotGuarded, written by a full plan) and the JSON report (skippedAccounts), when written. */
function notGuardedWhere(options) {
    return `the “${failure_reasons/* NOT_GUARDED_GROUP */.jR}” group of the log of the run${runAt(options)} names each${options.reportFile ? ', as its JSON report does' : ''}`;
}
/** The title of the log group that names every account the base branch's policy guards and the PR's does not (logPlan): the plan's block sends readers to it by this name. */
const NO_LONGER_GUARDED_GROUP = 'No longer guarded';
function lostState(plan, account) {
    const unread = !plan.accounts.includes(account) || (plan.baseOnlyErrors ?? []).some((e) => e.service === 'sts' && e.account === account);
    if ((0,report_errors/* failingSkips */.nH)(plan.skippedAccounts ?? []).some((s) => s.account === account))
        return unread ? 'outside-pin-unreadable' : 'outside-pin';
    return unread ? 'unreadable' : 'read';
}
/**
 * Why an account of Plan.noLongerGuarded is not counted as the others are (lostState). Our words
 * only: the log's group says the same (with `'`, as the log's lines write it).
 */
function noLongerGuardedWhy(state, apostrophe = '’') {
    // Its role refused, or answering as another account (answeredAsAnother): either way not usable.
    const refused = ', but its role could not be used, so what is pending there is in no count';
    switch (state) {
        case 'read':
            return `only the base branch${apostrophe}s targets reach it: read for that policy alone`;
        case 'unreadable':
            return `only the base branch${apostrophe}s targets reach it: read for that policy alone${refused}`;
        case 'outside-pin':
            return `this policy${apostrophe}s targets reach it, but its \`accounts\` pin leaves it out: read for the base branch${apostrophe}s policy alone`;
        case 'outside-pin-unreadable':
            return `this policy${apostrophe}s targets reach it, but its \`accounts\` pin leaves it out: read for the base branch${apostrophe}s policy alone${refused}`;
    }
}
/**
 * The accounts the base branch's policy guards that the PR's does not (Plan.noLongerGuarded), which
 * the verdict counts: a full plan names NOT_GUARDED_ROWS with why and NOT_GUARDED_NAMED more by id,
 * as the warning of accounts not guarded does, then sends readers to the log's group (written by a
 * full plan) and the JSON report when written. A summary comment names none: the verdict's count is
 * all it says, and where the list is.
 */
function noLongerGuardedBlock(plan, summary, options) {
    const lost = plan.noLongerGuarded ?? [];
    const n = lost.length;
    if (n === 0)
        return [];
    const report = options.reportFile ? 'the JSON report’s `plan.noLongerGuarded`' : undefined;
    if (summary)
        return ['', `_No longer guarded: ${n} ${(0,words/* plural */.LS)(n, 'account', 'accounts')}; a summary comment names none${report === undefined ? '' : `, ${report} lists ${(0,words/* plural */.LS)(n, 'it', 'them')}`}._`];
    const rows = lost.slice(0, NOT_GUARDED_ROWS).map((account) => `> - ${(0,report_escape/* code */.aY)(account)}: ${noLongerGuardedWhy(lostState(plan, account))}`);
    const where = `the “${NO_LONGER_GUARDED_GROUP}” group of the log of the run${runAt(options)} names each${report === undefined ? '' : `, as ${report} does`}`;
    const rest = (0,run_summary_cut/* namedCut */.EI)(lost.slice(NOT_GUARDED_ROWS).map((account) => (0,report_escape/* code */.aY)(account)), `${(0,words/* plural */.LS)(n - rows.length, 'account', 'accounts')} no longer guarded`, where, NOT_GUARDED_NAMED);
    return [
        '',
        '> [!WARNING]',
        `> **${n} ${(0,words/* plural */.LS)(n, 'account', 'accounts')} no longer guarded**: the base branch’s policy guards ${(0,words/* plural */.LS)(n, 'it', 'them')}, this one does not:`,
        ...rows,
        ...(rest === '' ? [] : [`> - ${rest}`]),
    ];
}
/**
 * Accounts the targets named or the organization listed that are not guarded by choice (in
 * `targets.exclude`, or not ACTIVE): nothing fails on them, but the sweep's log line counts them
 * among those "not guarded by the PR's policy (see the summary)", so the plan names them as the run summary does
 * (notGuardedByChoice), folded, under the warning of those that fail. A summary comment gives the
 * count only.
 */
function byChoiceBlock(plan, summary, options) {
    const skipped = plan.skippedAccounts ?? [];
    const n = skipped.filter((s) => !s.fails).length;
    if (n === 0)
        return [];
    if (!summary)
        return (0,run_summary_accounts/* notGuardedByChoice */.yq)(skipped, notGuardedWhere(options));
    return ['', `_Not guarded by choice: ${n} ${(0,words/* plural */.LS)(n, 'account', 'accounts')} (in \`targets.exclude\`, or not ACTIVE in the organization); a summary comment names none._`];
}
/**
 * Items someone in the account accepted from senders the PR's policy does not allow: the plan job
 * fails on them, and the reviewer reads why here. A summary comment gives the count only.
 */
function acceptedBanner(plan, summary, many, options) {
    const accepted = plan.acceptedAgainstPolicy ?? [];
    if (accepted.length === 0)
        return [];
    const n = accepted.length;
    const lines = [
        '',
        '> [!CAUTION]',
        `> **${n} ${(0,words/* plural */.LS)(n, 'item was', 'items were')} accepted in the account against this policy** (before this run, or after it listed ${(0,words/* plural */.LS)(n, 'it', 'them')}; a handshake stays listed for 30 days after it is accepted): nothing is left to reject or decline, and a person should look now. The plan job fails until the policy allows ${(0,words/* plural */.LS)(n, 'that sender', 'those senders')} or the listing drops ${(0,words/* plural */.LS)(n, 'it', 'them')}.`,
    ];
    if (summary)
        return lines;
    // At most 10 rows and ACCEPTED_BANNER_BYTES: senders write the names and notes a row quotes, and
    // the banner comes before every table of the comment, whose budget it would otherwise eat.
    const shown = [];
    let bytes = 0;
    for (const { item, reason } of accepted.slice(0, 10)) {
        const row = `> - ${(0,describe_item/* itemKind */.GC)(item)} ${(0,describe_item/* itemId */.XG)(item)}${many ? ` in ${(0,report_escape/* code */.aY)(item.account)}` : ''} from ${(0,describe_item/* itemSource */.x$)(item)}: ${(0,report_escape/* inertMarkdown */.Ic)(reason, reasons/* MAX_REASON_LENGTH */.hl)}`;
        if (shown.length > 0 && bytes + (0,comment_budget/* byteSize */.mz)(row) > ACCEPTED_BANNER_BYTES)
            break;
        shown.push(row);
        bytes += (0,comment_budget/* byteSize */.mz)(row);
    }
    // The job summary's banner stops where the comment's does; the log's Plan group marks each (logPlan), the JSON report lists them.
    const rest = `in the log of the run${runAt(options)}, whose Plan group marks each “accepted against this policy”${options.reportFile ? ', and in its JSON report' : ''}`;
    return [...lines, ...shown, ...(n > shown.length ? [`> - …and ${n - shown.length} more ${rest}`] : [])];
}
/** The most the accepted-items banner's rows take of a plan comment (GitHub's limit is 65,536 characters). */
const ACCEPTED_BANNER_BYTES = 8_000;

// EXTERNAL MODULE: ./lib/report/run-summary-banners.js
var run_summary_banners = __webpack_require__(8832);
// EXTERNAL MODULE: ./lib/run/targets-hint.js + 2 modules
var targets_hint = __webpack_require__(4466);
;// CONCATENATED MODULE: ./lib/plan/render-policy-changes.js
/**
 * The whole-policy diff as Markdown: the loud banner of the changes that weaken protection (first
 * thing in the comment), and the table of every change. Pure. Policy values go through code(), our
 * own words through inertMarkdownWithCode, so nothing a PR writes into the policy becomes markup.
 */






/** At most this many weakening changes are spelt out in the banner; the table has them all. */
const BANNER_MAX = 15;
function wordsMarkdown(words) {
    return words.map((w) => (typeof w === 'string' ? (0,report_escape/* inertMarkdownWithCode */.b)(w, 2000) : (0,report_escape/* code */.aY)(w.value))).join('');
}
const EFFECT_LABEL = { weakens: '⚠️ weakens', strengthens: '🛡️ strengthens', neutral: 'changes' };
/** The table's order: what weakens protection, then what strengthens it, then what does neither. */
const EFFECT_ORDER = { weakens: 0, strengthens: 1, neutral: 2 };
/** `iot.allow[2]`, linked to its line at the commit of the policy that has it. */
function changeKey(change, links) {
    const at = change.at;
    const link = at === undefined ? undefined : at.policy === 'head' ? links.headLinks : links.baseLinks;
    if (at === undefined || link === undefined)
        return (0,report_escape/* code */.aY)(change.key);
    return `[${(0,report_escape/* code */.aY)(change.key)} (line ${at.line}${at.policy === 'base' ? ', base' : ''})](${(0,describe_item/* lineUrl */.gV)(link, at.line)})`;
}
/**
 * The caution block that opens the comment when the PR weakens protection, even if no pending item
 * changes today: what matters is what the next sender could do. [] when nothing weakens.
 */
function weakeningBanner(changes, links) {
    const weak = (changes ?? []).filter((c) => c.effect === 'weakens');
    if (weak.length === 0)
        return [];
    const shown = weak.slice(0, BANNER_MAX).map((c) => `> - ${wordsMarkdown(c.words)} <sub>${changeKey(c, links)}</sub>`);
    const more = weak.length > BANNER_MAX ? [`> - …and ${weak.length - BANNER_MAX} more in the table of policy changes below.`] : [];
    return [
        '> [!CAUTION]',
        `> **This PR weakens the protection the policy gives (${weak.length} ${weak.length === 1 ? 'change' : 'changes'}).** Whatever is pending today, once merged:`,
        ...shown,
        ...more,
        '',
    ];
}
/** `### Policy changes (N)` and a row per change: weakening ones first, then strengthening, then neutral; in the diff's order within each. */
function policyChangesSection(changes, links, budget) {
    if (changes === undefined)
        return [];
    const lines = [`### Policy changes (${changes.length})`, ''];
    budget.spend(lines);
    if (changes.length === 0) {
        lines.push('_None: the PR’s policy governs the same as the base branch’s (notes, comments, order and layout aside)._', '');
        return lines;
    }
    // Array.prototype.sort is stable: within an effect, the diff's order (the policy's fields as a reviewer reads them).
    const sorted = [...changes].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
    lines.push(budget.table(['Effect', 'Key', 'Change'], sorted, (c) => [EFFECT_LABEL[c.effect], changeKey(c, links), wordsMarkdown(c.words)], 0.4), '');
    return lines;
}
/**
 * The line under the table of policy changes when the PR's policy reads a service the base's did
 * not (or newly lists the enabled regions): the IAM actions the role scheduled runs use needs for
 * it, once for every account, as iam/read.json and iam/enforce.json grant them. A plan's own read
 * fails on a refused read only where there was something to read, and never tries a write: a role
 * that leaves out the families the base did not govern (iam/README.md allows it) would fail only at
 * the next enforce run. [] for none.
 */
function newPermissionsLines(perms, budget) {
    if (perms === undefined)
        return [];
    const list = (actions) => actions.map(report_escape/* code */.aY).join(', ');
    const what = perms.services.length > 0
        ? `🔑 **Newly governed: ${perms.services.map((s) => kinds_services/* SERVICE_LABEL */.fX[s].short).join(', ')}.**`
        : '🔑 **Newly read: the list of enabled regions** (a kind is now read in every enabled region).';
    const role = 'The role scheduled runs use in each account (the guard role, with `targets`) needs';
    const line = perms.write.length === 0
        ? `${what} ${role} ${list(perms.read)} (in inbound-guard’s \`iam/read.json\` and \`iam/enforce.json\`).`
        : `${what} ${role} ${list(perms.read)} (in inbound-guard’s \`iam/read.json\`, for \`dry-run\` and \`plan\`) and, for \`enforce\`, ${list(perms.write)} too (all in \`iam/enforce.json\`): a role that leaves out what the base branch’s policy did not govern lacks them, and a missing write shows only when an enforce run makes one.`;
    const lines = [line, ''];
    budget.spend(lines);
    return lines;
}
/**
 * A plan's changes, each that newly guards accounts (PolicyChange.guards) saying of those whose
 * role this plan could not use (an STS error of Plan.errors: not assumed, or answered as another
 * account) what it tried and what AWS answered: "Now guarded" alone would read as done. Nothing
 * more: the role is the one this plan reads with (`roles`, by account; the `role-name` input may
 * name a read-only one), and a throttled or refused call says nothing of whether the guard role a
 * scheduled run assumes is there. The ids are the policy's own values; a summary comment names no
 * role nor answer (an ARN holds its account id), and counts the accounts when the row names several,
 * so as not to tie an account to what AWS answered.
 */
function withGuardRoleNotes(changes, errors, summary, roles = {}) {
    const byAccount = new Map();
    for (const e of errors)
        if (e.service === 'sts' && e.account !== undefined && !byAccount.has(e.account))
            byAccount.set(e.account, e);
    return changes.map((change) => {
        const ids = change.guards ?? [];
        const failed = ids.flatMap((id) => {
            const error = byAccount.get(id);
            return error === undefined ? [] : [{ account: id, role: roles[id], code: error.code, elsewhere: (0,report_errors/* answeredAsAnother */.bH)(error) }];
        });
        const note = [...roleNote(ids.length, failed.filter((f) => !f.elsewhere), 'refused', summary), ...roleNote(ids.length, failed.filter((f) => f.elsewhere), 'elsewhere', summary)];
        return note.length === 0 ? change : { ...change, words: [...change.words, ...note] };
    });
}
/**
 * " This plan could not assume `arn` (AWS: `Throttling`): nothing of the account was read." and the
 * like; [] for none. Only AccessDenied is AWS's answer for a role that does not exist, and then as
 * well for one that does not trust these credentials and for credentials not allowed to assume it.
 */
function roleNote(all, these, why, summary) {
    const n = these.length;
    if (n === 0)
        return [];
    const read = all === 1 ? 'nothing of the account was read' : n === 1 ? 'nothing of that account was read' : 'nothing of those accounts was read';
    if (summary) {
        const where = all === 1 ? 'there' : `in ${n} of them`;
        return why === 'refused'
            ? [` This plan could not assume the role it tried ${where}: ${read}.`]
            : [` The role this plan tried ${where} answered as ${(0,words/* plural */.LS)(n, 'another account', 'other accounts')}: ${read} with it.`];
    }
    const role = (f) => (f.role === undefined ? ['the role it tried in ', { value: f.account }] : [{ value: f.role }]);
    const joined = (parts, last) => parts.flatMap((p, i) => [...(i === 0 ? [] : [i === parts.length - 1 ? last : ', ']), ...p]);
    if (why === 'elsewhere')
        return [` The ${(0,words/* plural */.LS)(n, 'role', 'roles')} this plan tried, `, ...joined(these.map(role), ' and '), `, answered as ${(0,words/* plural */.LS)(n, 'another account', 'other accounts')}: ${read} with ${(0,words/* plural */.LS)(n, 'it', 'them')}.`];
    const denied = these.some((f) => f.code === targets_hint/* ASSUME_ROLE_DENIED */.mD);
    return [
        ' This plan could not assume ',
        ...joined(these.map((f) => [...role(f), ' (AWS: ', { value: f.code ?? '' }, ')']), ' nor '),
        `: ${read}.`,
        ...(denied ? [` AWS answers ${targets_hint/* ASSUME_ROLE_DENIED */.mD} alike for a role that does not exist there, one that does not trust these credentials, and credentials not allowed to assume it.`] : []),
    ];
}

;// CONCATENATED MODULE: ./lib/plan/render-comment.js
/**
 * The plan as Markdown: the sticky PR comment and the job summary of a plan-mode run. Pure.
 * Every cell that carries text from AWS goes through the report helpers (inertMarkdown, code,
 * itemSource, entryCitation), so a sender cannot add markup, links or @mentions to the comment.
 * The body never exceeds `maxLength`: tables are cut to fit, with a count of what was left out.
 * Its pieces: the marker (plan-marker.ts), the options and size budget (render-context.ts), the
 * verdict (render-verdict.ts), the blocks under it (render-banners.ts), the policy's changes
 * (render-policy-changes.ts) and the cells (render-cells.ts).
 */

















function renderPlanComment(view, options = {}) {
    const maxLength = options.maxLength ?? comment_budget/* COMMENT_MAX_LENGTH */.Gi;
    const policyPath = view.kind === 'invalid' ? view.policyPath : view.kind === 'validation-only' ? view.head.path : view.plan.head.path;
    const ctx = new RenderContext(maxLength, options);
    // What the PR weakens comes first: it matters even when nothing pending changes today.
    const head = [planMarker(policyPath, options.account), `## ${icon(view)} inbound-guard plan · ${(0,report_escape/* code */.aY)(policyPath)}${accountTitle(view, options)}`, '', ...weakeningBanner(policyChangesOf(view), options)];
    const footer = footerLine(view, options);
    ctx.reserve((0,comment_budget/* byteSize */.mz)(head.join('\n')) + (0,comment_budget/* byteSize */.mz)(footer) + 4);
    const body = [];
    switch (view.kind) {
        case 'invalid':
            body.push(...renderInvalid(view, view.policyPath, view.base, ctx));
            break;
        case 'validation-only':
            body.push(...renderValidationOnly(view, ctx));
            break;
        case 'planned':
            body.push(...renderPlanned(view.plan, ctx));
            break;
    }
    const text = [...head, ...body, '', footer].join('\n');
    // The budget keeps us well under; this is the guarantee should an estimate ever be off.
    if ((0,comment_budget/* byteSize */.mz)(text) <= maxLength)
        return text;
    const note = cutNote(view, options);
    return `${(0,comment_budget/* cutToBytes */.zP)(text, Math.max(0, maxLength - (0,comment_budget/* byteSize */.mz)(note) - 2))}\n\n${note}`;
}
/**
 * The line under a body cut as a last resort: where the rest truly is, by what the run kept. Never
 * "the job summary": this may be the job summary, and a comment's rest may not be in it either (it
 * is written before the comment, but may have failed, or been cut here itself).
 */
function cutNote(view, options) {
    const rest = cutRest(view, options);
    return `_…cut to fit: the rest is not shown here${rest === undefined ? '' : `; ${rest}`}._`;
}
/** What the run kept of a cut body: undefined when nothing else has it (a validation-only plan, a summary plan without its report). */
function cutRest(view, options) {
    const run = `the run${runAt(options)}`;
    // Each problem is annotated, and so in the log (annotatePolicyIssues).
    if (view.kind === 'invalid')
        return `the log of ${run} has each problem, as an annotation`;
    if (view.kind !== 'planned')
        return undefined;
    if (options.reportFile)
        return `the JSON report (\`report-file\`) of ${run} has every item and every change`;
    // As acceptedBanner's rest: a full plan's log lists every item in its Plan group (logPlan); a summary plan's names none.
    return options.detail === 'summary' ? undefined : `the log of ${run} lists every item in its Plan group`;
}
/**
 * Which account the comment is about, when the run read one: each has its own comment (planMarker),
 * and the title tells them apart. `summary` names no account, so it shows the tag the marker holds
 * (the same in every run of that account); the footer says what the tag is. With `targets` the
 * plan covers the accounts the credentials' account assumed roles in: "via" that account.
 */
function accountTitle(view, options) {
    if (options.account === undefined)
        return '';
    const via = view.kind === 'planned' && view.plan.accounts.some((a) => a !== options.account) ? 'via ' : '';
    return options.detail === 'summary' ? ` · ${via}account tag ${(0,report_escape/* code */.aY)(accountTag(options.account))}` : ` · ${via}account ${(0,report_escape/* code */.aY)(options.account)}`;
}
function icon(view) {
    if (view.kind === 'invalid')
        return '❌';
    if ((policyChangesOf(view) ?? []).some((c) => c.effect === 'weakens'))
        return '⚠️';
    if (view.kind === 'validation-only')
        return '📝';
    const p = view.plan;
    return p.budget.tripped || p.errors.length > 0 || (p.baseOnlyErrors ?? []).length > 0 || (0,report_errors/* failingSkips */.nH)(p.skippedAccounts ?? []).length > 0 || (p.noLongerGuarded ?? []).length > 0 || (p.unknownRegions ?? []).length > 0 || (p.acceptedAgainstPolicy ?? []).length > 0 ? '⚠️' : '🔍';
}
function policyChangesOf(view) {
    return view.kind === 'planned' ? view.plan.policyChanges : view.kind === 'validation-only' ? view.policyChanges : undefined;
}
// ---- the three views ----------------------------------------------------------------------
function renderInvalid({ issues, errorCount }, path, base, ctx) {
    const lines = [
        `**❌ Invalid: ${(0,format_issue/* errorsText */.v$)(errorCount)}.** The policy in this PR does not validate, so it cannot be merged as is. Nothing was read from AWS.`,
        '',
        baseLine(base, path, ctx.options),
        '',
    ];
    ctx.spend(lines);
    lines.push(ctx.table(['Line:col', 'Key', 'Problem'], issues, (i) => [`${i.line}:${i.column}`, i.key ? (0,report_escape/* code */.aY)(i.key) : '', (0,report_escape/* inertMarkdownWithCode */.b)(i.message, 600)], 1));
    return lines;
}
function renderValidationOnly(view, ctx) {
    const lines = [
        `**✅ Valid — validation only.** This run has no AWS credentials (pull requests from forks get no OIDC token), so the account was not read and no plan was computed. This is not a failure; a run with credentials, e.g. from a branch of this repository, shows what the policy would do.`,
        '',
        `<sub>${(0,report_escape/* inertMarkdown */.Ic)(view.why, 200)}</sub>`,
        '',
        baseLine(view.base, view.head.path, ctx.options),
        '',
    ];
    ctx.spend(lines);
    lines.push(...policySections(view.policyChanges, view.newPermissions, view.entries, view.lapsingEntries, ctx));
    return lines;
}
/**
 * With a base policy to compare: every change to the policy (allow entries included), then the
 * entries lapsing soon. Without one (the PR adds the policy, or the base is invalid): the entries
 * the PR's policy has, since nothing is in force to compare with.
 */
function policySections(changes, perms, entries, lapsing, ctx) {
    if (changes === undefined)
        return entrySections(entries, lapsing, ctx);
    return [...policyChangesSection(changes, ctx.options, ctx), ...newPermissionsLines(perms, ctx), ...entrySections({ added: [], removed: [], kept: entries.kept }, lapsing, ctx)];
}
function renderPlanned(plan, ctx) {
    const { diff } = plan;
    const summary = ctx.options.detail === 'summary';
    // Several accounts read: every item says which, and items come account by account (the sweep's order).
    const many = plan.accounts.length > 1;
    const place = many ? 'Account, region' : 'Region';
    const lines = [
        verdict(plan, summary),
        ...budgetBanner(plan),
        ...errorBanner(plan.errors, ctx, summary, plan.accounts.length <= 1),
        // The accounts the verdict counts as no longer guarded; those not read are in the warning after it too.
        ...noLongerGuardedBlock(plan, summary, ctx.options),
        ...baseOnlyBanner(plan, ctx, summary),
        ...notGuardedBanner(plan, summary, ctx.options),
        ...byChoiceBlock(plan, summary, ctx.options),
        // Region names only, no account: the same block in a summary comment.
        ...(0,run_summary_banners/* unknownRegionsBanner */.ac)(plan.unknownRegions ?? []),
        ...acceptedBanner(plan, summary, many, ctx.options),
        '',
        baseLine(plan.base, plan.head.path, ctx.options, plan.baseStopsAtPin),
        '',
        ...(summary ? [summaryNote(ctx.options), ''] : []),
    ];
    ctx.spend(lines);
    // An entry some lapsing item needs is in that item's row, not among the entries no item needs.
    const lapsingEntries = plan.lapsingEntries.filter((e) => !diff.lapsingSoon.some((l) => l.entries.some((m) => sameEntry(m, e.entry))));
    // An account a change newly guards whose guard role this plan could not use: the row says it is not guarded yet.
    const changes = plan.policyChanges === undefined ? undefined : withGuardRoleNotes(plan.policyChanges, plan.errors, summary, plan.roles);
    lines.push(...policySections(changes, plan.newPermissions, plan.entries, lapsingEntries, ctx));
    const changed = diff.changes.filter((c) => c.change !== 'unchanged');
    lines.push(`### Pending items whose fate changes (${changed.length})`, '');
    ctx.spend(lines.slice(-2));
    if (changed.length === 0) {
        lines.push('_None: every item found fares the same under this policy as under the base branch’s._');
    }
    else if (summary) {
        lines.push(`Merged, this policy would ${changeCounts(plan)}; which items is left out of a summary comment.`);
    }
    else {
        const row = (c) => [CHANGE_LABEL[c.change], (0,describe_item/* itemKind */.GC)(c.item), (0,describe_item/* itemId */.XG)(c.item), (0,describe_item/* itemPlace */.LH)(c.item, many), (0,describe_item/* itemSource */.x$)(c.item), baseCell(c, plan, ctx.options), decisionCell(c.head, ctx.options.headLinks, 'not swept under this policy')];
        lines.push(ctx.table(['Change', 'Kind', 'Id', place, 'Source', 'Today (base branch)', 'With this PR'], changed, row, 0.5, ctx.itemsWhere));
    }
    lines.push('');
    if (diff.lapsingSoon.length > 0) {
        const days = ctx.options.lapseWindowDays ?? in_force/* DEFAULT_LAPSE_WINDOW_DAYS */.Lx;
        const these = summary ? `${diff.lapsingSoon.length} pending ${(0,words/* plural */.LS)(diff.lapsingSoon.length, 'item is', 'items are')}` : (0,words/* plural */.LS)(diff.lapsingSoon.length, 'This pending item is', 'These pending items are');
        lines.push(`### ⏳ Allowances lapsing within ${days} days (${diff.lapsingSoon.length})`, '', `${these} allowed now only by entries with \`until\`: once the last of those lapses no entry allows ${diff.lapsingSoon.length === 1 ? 'it' : 'them'}, and scheduled runs act on ${diff.lapsingSoon.length === 1 ? 'it' : 'them'}.`, '');
        ctx.spend(lines.slice(-4));
        const row = (l) => [(0,describe_item/* itemKind */.GC)(l.change.item), (0,describe_item/* itemId */.XG)(l.change.item), (0,describe_item/* itemPlace */.LH)(l.change.item, many), (0,describe_item/* itemSource */.x$)(l.change.item), lapsingCell(l, ctx.options.headLinks), (0,describe_item/* lapseCell */.Qg)(l.until, l)];
        if (!summary)
            lines.push(ctx.table(['Kind', 'Id', place, 'Source', 'Allowed by', 'Lapses'], diff.lapsingSoon, row, 0.3, ctx.lapsingWhere), '');
    }
    // What the PR's policy acts on first, then what it allows, then what is not ours: a cut table keeps the first.
    const pending = diff.changes.filter((c) => c.head !== undefined).sort((a, b) => ACTION_ORDER[a.head?.action ?? 'ignore'] - ACTION_ORDER[b.head?.action ?? 'ignore']);
    if (summary)
        return lines;
    const found = (0,diff_decisions/* foundCounts */.HI)(diff);
    if (found.baseOnly === 0) {
        lines.push(`### Items found now (${pending.length}) and what this PR’s policy does to each`, '');
        ctx.spend(lines.slice(-2));
    }
    else {
        lines.push(`### Items found now where this PR’s policy sweeps (${pending.length}) and what it does to each`, '', baseOnlyNote(found), '');
        ctx.spend(lines.slice(-4));
    }
    if (pending.length === 0) {
        lines.push('_None: nothing was found in the parts of the account this policy governs._');
    }
    else {
        const row = (c) => [decisionLabel(c.head), (0,describe_item/* itemKind */.GC)(c.item), (0,describe_item/* itemId */.XG)(c.item), (0,describe_item/* itemPlace */.LH)(c.item, many), (0,describe_item/* itemSource */.x$)(c.item), whyCell(c.head, ctx.options.headLinks)];
        lines.push(ctx.table(['With this PR', 'Kind', 'Id', place, 'Source', 'Why'], pending, row, 1, ctx.itemsWhere));
    }
    return lines;
}
/** Why a summary comment names no item, and where they are: the JSON report, when the run wrote it. */
function summaryNote(options) {
    const report = options.reportFile ? 'The JSON report of the run (`report-file`) has every item.' : 'The JSON report of the run, which would have every item, could not be written.';
    return `<sub>Item details (ids, senders, their messages) are left out: \`comment-detail: summary\`, the default on public repositories, where anyone can read this. ${report}</sub>`;
}
// ---- pieces -------------------------------------------------------------------------------
const CHANGE_LABEL = {
    'newly-allowed': '✅ newly allowed',
    'newly-acted': '🛑 newly acted on',
    'newly-left-alone': '↷ no longer acted on',
    unchanged: 'unchanged',
};
function baseLine(base, path, options, stopsAtPin) {
    const at = options.baseLinks ? ` at ${(0,report_escape/* code */.aY)(options.baseLinks.sha.slice(0, 12))}` : '';
    if (base.state === 'valid' && stopsAtPin !== undefined) {
        const line = `line ${stopsAtPin.line}`;
        const pin = `${(0,report_escape/* code */.aY)('accounts')} pin (${options.baseLinks ? `[${line}](${(0,describe_item/* lineUrl */.gV)(options.baseLinks, stopsAtPin.line)})` : line})`;
        return `Compared with the base branch’s ${(0,report_escape/* code */.aY)(path)}${at}, which has no ${(0,report_escape/* code */.aY)('targets')} and whose ${pin} leaves out the account of these credentials: scheduled runs on it stop there before reading anything, so “today” below is “nothing done”.`;
    }
    switch (base.state) {
        case 'missing':
            return `The base branch has no ${(0,report_escape/* code */.aY)(path)}${at}: this PR adds the policy. Nothing is enforced today, so “today” below is “nothing done”.`;
        case 'invalid':
            return `⚠️ The base branch’s ${(0,report_escape/* code */.aY)(path)}${at} is itself invalid (${(0,format_issue/* errorsText */.v$)(base.errorCount)}): scheduled runs fail on it and act on nothing, so “today” below is “nothing done”. Only this PR’s policy has to be valid.`;
        case 'valid':
            return `Compared with the base branch’s ${(0,report_escape/* code */.aY)(path)}${at}.`;
    }
}
function footerLine(view, options) {
    const parts = [];
    if (view.kind === 'planned') {
        const p = view.plan;
        parts.push(...sweptParts(p), `read-only: nothing was written`);
    }
    if (options.headLinks)
        parts.push(`policy at ${(0,report_escape/* code */.aY)(options.headLinks.sha.slice(0, 12))}`);
    if (options.account !== undefined && options.detail === 'summary')
        parts.push(`account tag ${(0,report_escape/* code */.aY)(accountTag(options.account))}: one comment per AWS account planned, its id not shown`);
    if (options.runUrl)
        parts.push(`[workflow run](${options.runUrl})`);
    // As the job summary's footer says it (report/run-summary.ts): the output a workflow keeps the report by.
    if (options.reportFile && view.kind === 'planned')
        parts.push(`JSON report: ${(0,markdown/* reportFileOutput */.cx)()}`);
    return `<sub>${parts.join(' · ')}</sub>`;
}
/**
 * What was swept under which policy: one scope when both policies read the same, else each its own
 * (a PR that stops sweeping a region must not show the base's regions as if they were its own).
 * Each scope is marked with the failures of the parts its own policy reads: the PR's with
 * Plan.errors, the base's with Plan.baseErrors (a part only the base reads is no gap in the PR's).
 */
function sweptParts(plan) {
    const describe = (scope, errors) => {
        // An account's handshakes, not the organization's account list (an error without account).
        const handshakesRead = !errors.some((e) => e.service === 'organizations' && e.account !== undefined);
        // A region where a read failed is marked, in every kind: of the sweep, as plan.regions.swept is (both policies' parts).
        const notRead = regionsNotRead(errors, plan.accounts.length > 1);
        const iot = (r) => `${(0,report_escape/* code */.aY)(r)}${notRead.mark(['iot'], r) || (plan.regions.swept.includes(r) ? '' : ' (not read)')}`;
        // Under `all`: the regions read (in some account), then those no account's read of succeeded.
        const unread = notRead.regions(['iot']).filter((r) => !plan.regions.swept.includes(r));
        const regions = scope.regions === 'all'
            ? [`every enabled region (${plan.regions.swept.length} read: ${plan.regions.swept.map(iot).join(', ') || 'none'}${unread.length > 0 ? `; ${unread.map(iot).join(', ')}` : ''})`]
            : scope.regions.map(iot);
        const types = scope.handshakeTypes.map(report_escape/* code */.aY);
        return `IoT ${regions.length ? regions.join(', ') : 'none'}; handshakes ${types.length ? `${types.join(', ')}${handshakesRead ? '' : ' (not read)'}` : 'none'}${optionalKindsSwept(scope, notRead).map((o) => `; ${o}`).join('')}`;
    };
    const { base, head } = plan.scopes;
    const headSwept = describe(head, plan.errors);
    if (base === undefined)
        return [`swept for this PR’s policy: ${headSwept}`];
    // A plan built without baseErrors: every failure the sweep had that either policy reads.
    const baseSwept = describe(base, plan.baseErrors ?? [...plan.errors, ...(plan.baseOnlyErrors ?? [])]);
    if (baseSwept === headSwept)
        return [`swept for both policies: ${headSwept}`];
    return [`swept for the base policy: ${baseSwept}`, `for this PR’s policy: ${headSwept}`];
}

// EXTERNAL MODULE: ./lib/report/log.js
var report_log = __webpack_require__(9820);
// EXTERNAL MODULE: ./lib/report/log-lines.js
var log_lines = __webpack_require__(4302);
// EXTERNAL MODULE: ./lib/report/outputs.js + 1 modules
var report_outputs = __webpack_require__(7412);
// EXTERNAL MODULE: ./lib/run/run-report.js
var run_report = __webpack_require__(1091);
// EXTERNAL MODULE: ./lib/run/account-guard.js
var account_guard = __webpack_require__(4202);
// EXTERNAL MODULE: ./lib/run/stopped.js
var stopped = __webpack_require__(7808);
// EXTERNAL MODULE: ./lib/targets/resolve-targets.js
var resolve_targets = __webpack_require__(5649);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(3411);
// EXTERNAL MODULE: ./lib/report/redact.js
var redact = __webpack_require__(6749);
// EXTERNAL MODULE: ./lib/policy/defaults.js
var defaults = __webpack_require__(5698);
// EXTERNAL MODULE: ./lib/policy/parse-policy.js + 5 modules
var parse_policy = __webpack_require__(7555);
// EXTERNAL MODULE: ./lib/github/client.js
var client = __webpack_require__(636);
;// CONCATENATED MODULE: ./lib/github/policy-at.js




/**
 * The policy file as it is at one commit of the PR (its base, or its head), read through the
 * contents API: no checkout is trusted or needed, so the plan is of exactly the PR's policy
 * whatever the workflow checked out (pull_request_target checks out the base branch). No such file
 * there: `missing`. A file that does not validate is `invalid` with its issues. Any other failure
 * (no `contents: read`, GitHub down) throws.
 */
async function getPolicyAt(octokit, at) {
    let data;
    try {
        // repos.getContent would send the path's slashes as %2F, which GitHub answers with 404 for
        // fine-grained tokens (octokit/octokit.js#2422): each segment is encoded, the slashes kept.
        const path = at.path.split('/').map(encodeURIComponent).join('/');
        ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', { owner: at.owner, repo: at.repo, path, ref: at.ref }));
    }
    catch (error) {
        if ((0,client/* httpStatus */.n)(error) === 404)
            return { state: 'missing' };
        const status = (0,client/* httpStatus */.n)(error);
        throw new Error(`Could not read ${at.path} at the ${at.commit} commit ${at.ref.slice(0, 12)} of ${at.owner}/${at.repo} through the GitHub API (${status === undefined ? String(error) : `HTTP ${status}`}). The job needs \`permissions: contents: read\`.`);
    }
    const file = data;
    if (Array.isArray(data) || file.type !== 'file') {
        return invalid(at.path, `at the ${at.commit} commit this path is not a file (a directory, symlink or submodule).`);
    }
    if (typeof file.size === 'number' && file.size > defaults/* MAX_POLICY_BYTES */.mk) {
        return invalid(at.path, `at the ${at.commit} commit the file is ${file.size} bytes, more than a policy may be (${defaults/* MAX_POLICY_BYTES */.mk}).`);
    }
    if (file.encoding !== 'base64' || typeof file.content !== 'string') {
        return invalid(at.path, `the GitHub API returned the ${at.commit} file with encoding '${String(file.encoding)}', not base64.`);
    }
    const result = (0,parse_policy/* parsePolicy */.O)(Buffer.from(file.content, 'base64'), at.path);
    return result.ok ? { state: 'valid', policy: result.policy } : { state: 'invalid', issues: result.issues, errorCount: result.errorCount };
}
function invalid(file, message) {
    return { state: 'invalid', ...(0,format_issue/* oneProblem */.yN)({ file, line: 1, column: 1, key: '', message }) };
}

// EXTERNAL MODULE: ./lib/github/identity.js
var github_identity = __webpack_require__(2157);
;// CONCATENATED MODULE: ./lib/github/plan-comment.js

/**
 * The one plan comment with `marker` on a pull request: the first comment that carries it AND was
 * written by the token's identity is edited in place. Failing that, with `takeOver` (the policy-only
 * marker, for a plan that read an account), the first such comment of ours that carries `takeOver`
 * is edited into this one — the comment of an older release, whose marker named no account, or of a
 * run that read none — so the upgrade does not leave a stale plan beside the new one. Failing both,
 * one is created. A comment by anyone else is never touched, whatever it contains (anyone can paste
 * our marker into a comment).
 *
 * Two legs of a job matrix that both find only the policy-only comment both take it over: the later
 * write wins, and the other leg's plan shows again from its next run, in a comment of its own.
 */
async function upsertPlanComment(octokit, target) {
    if (!target.body.startsWith(target.marker))
        throw new Error('The plan comment body must start with its marker, or the next run could not find it.');
    const identity = target.identity ?? (await (0,github_identity/* resolveTokenIdentity */.UC)(octokit));
    let takeOver;
    for await (const comment of ownComments(octokit, target, identity)) {
        if (comment.body.startsWith(target.marker))
            return { ...(await updateComment(octokit, target, comment.id, target.body)), action: 'updated', identity };
        if (takeOver === undefined && target.takeOver !== undefined && comment.body.startsWith(target.takeOver))
            takeOver = comment.id;
    }
    if (takeOver !== undefined)
        return { ...(await updateComment(octokit, target, takeOver, target.body)), action: 'taken-over', identity };
    return { ...(await createComment(octokit, target, target.body)), action: 'created', identity };
}
/**
 * Every plan comment of ours for one policy file — the policy-only one and each account's — rewritten
 * with `body`, each keeping its own marker (`markerOf` finds it; `body` carries `marker`, which is
 * swapped for it). For a run that read no account (an invalid policy, no credentials): its result
 * holds for every account, and each account's comment otherwise goes on showing the plan of an older
 * commit. Without any, one is created with `marker`.
 */
async function rewritePlanComments(octokit, target) {
    if (!target.body.startsWith(target.marker))
        throw new Error('The plan comment body must start with its marker, or it could not be given another comment\'s.');
    const identity = target.identity ?? (await (0,github_identity/* resolveTokenIdentity */.UC)(octokit));
    const found = [];
    for await (const comment of ownComments(octokit, target, identity)) {
        const marker = target.markerOf(comment.body);
        if (marker !== undefined)
            found.push({ id: comment.id, marker });
    }
    if (found.length === 0)
        return { results: [{ ...(await createComment(octokit, target, target.body)), action: 'created' }], identity };
    const results = [];
    for (const { id, marker } of found) {
        results.push({ ...(await updateComment(octokit, target, id, `${marker}${target.body.slice(target.marker.length)}`)), action: 'updated' });
    }
    return { results, identity };
}
/** The comments on the pull request written by the token's identity, in order, a page of 100 read at a time. */
async function* ownComments(octokit, target, identity) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
    for await (const { data } of pages) {
        for (const c of data) {
            if (typeof c.body === 'string' && (0,github_identity/* isAuthoredBy */.mx)(c.user, identity))
                yield { id: c.id, body: c.body };
        }
    }
}
async function updateComment(octokit, target, id, body) {
    const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body });
    return { id: data.id, url: data.html_url };
}
async function createComment(octokit, target, body) {
    const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
    return { id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./lib/github/pull-request-head.js

/**
 * Reads the pull request's head commit now, just before the plan comment is written. Any failure
 * other than 403 or 404 throws, as the comment's own write would.
 */
async function readPullRequestHead(octokit, pr) {
    try {
        const { data } = await octokit.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
        return { state: 'read', sha: data.head.sha };
    }
    catch (error) {
        const status = (0,client/* httpStatus */.n)(error);
        if (status === 403 || status === 404)
            return { state: 'unreadable', status };
        throw error;
    }
}
/**
 * The commit the pull request moved on to since this run planned `plannedHead`, or undefined when
 * the plan is still of its head (or the head could not be read: then the comment is written, as
 * before this check). A run of an older push that finishes after the newer push's run must not
 * replace the newer plan with its own; the newer commit's run writes (or has written) the comment.
 */
function movedOnFrom(plannedHead, now) {
    return now.state === 'read' && now.sha !== plannedHead ? now.sha : undefined;
}

;// CONCATENATED MODULE: ./lib/github/pull-request.js
/** The pull request a plan-mode run is about, read from the event payload of the workflow run. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function readPullRequestContext(context) {
    if (!PULL_REQUEST_EVENTS.includes(context.eventName)) {
        throw new Error(`mode 'plan' comments on a pull request, but this run was triggered by '${context.eventName || 'no event'}'. Run plan on pull_request events (see examples/pull-request-plan.yml); use mode dry-run elsewhere.`);
    }
    const pr = record(context.payload['pull_request']);
    const number = pr?.['number'];
    const baseSha = record(pr?.['base'])?.['sha'];
    const headSha = record(pr?.['head'])?.['sha'];
    if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1 || typeof baseSha !== 'string' || !SHA.test(baseSha) || typeof headSha !== 'string' || !SHA.test(headSha)) {
        throw new Error(`The ${context.eventName} event payload (GITHUB_EVENT_PATH) has no usable pull_request.number, base.sha and head.sha; plan mode needs all three.`);
    }
    const { owner, repo } = context.repo;
    const runUrl = Number.isSafeInteger(context.runId) && context.runId > 0 ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : undefined;
    const merge = context.eventName === 'pull_request' ? context.sha : pr?.['merge_commit_sha'];
    const mergeSha = typeof merge === 'string' && SHA.test(merge) && merge !== baseSha && merge !== headSha ? merge : undefined;
    return { owner, repo, number, baseSha, headSha, ...(mergeSha === undefined ? {} : { mergeSha }), runUrl, publicRepository: isPublic(record(context.payload['repository'])) };
}
function isPublic(repository) {
    const visibility = repository?.['visibility'];
    if (visibility === 'public')
        return true;
    if (visibility === 'private' || visibility === 'internal')
        return false;
    const isPrivate = repository?.['private'];
    return typeof isPrivate === 'boolean' ? !isPrivate : undefined;
}
function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./lib/github/plan-mode.js
/**
 * mode: plan — for pull requests that change the policy. Reads the PR's policy at GitHub's merge
 * commit of the PR (else its head commit) and the base branch's at the base commit, both through the API, validates the PR's, sweeps the
 * account read-only and decides under both, then writes one sticky PR comment and the job summary.
 * Loaded lazily by main.ts; the AWS half (run/plan-run.ts) is loaded lazily again, only when the
 * PR's policy is valid.
 */




































/** The job summary is not a comment: it may hold far more rows (GitHub uploads at most 1 MiB per step). */
const SUMMARY_MAX_LENGTH = 900_000;
const SUMMARY_MAX_ROWS = 2_000;
/** Returns the reasons the step must fail (main.ts fails it, and sets summary-json). */
async function runPlanMode(settings, outputs) {
    const pr = readPullRequestContext(github/* context */._);
    const octokit = (0,client/* createGitHubClient */.L)(settings.githubToken);
    const policyPath = repositoryPath(settings);
    const at = { owner: pr.owner, repo: pr.repo, path: policyPath };
    const [base, head] = await Promise.all([getPolicyAt(octokit, { ...at, ref: pr.baseSha, commit: 'base' }), prPolicy(octokit, at, pr)]);
    const policy = headPolicy(head.policy, policyPath);
    if (!policy.ok)
        (0,annotations/* annotatePolicyIssues */.p)(policy.issues, format_issue/* formatIssue */.Hd);
    const read = head.sha === pr.headSha ? `head ${pr.headSha.slice(0, 12)}` : `merge commit ${head.sha.slice(0, 12)} (head ${pr.headSha.slice(0, 12)})`;
    commands/* info */.pq(`${constants/* PRODUCT */.Ax} ${version/* VERSION */.x}: plan for PR #${pr.number}, policy ${(0,report_escape/* inertLogText */.I1)(policyPath)}; base ${pr.baseSha.slice(0, 12)} (${base.state}), ${read}.`);
    const detail = commentDetail(settings.commentDetail, pr.publicRepository);
    // Made here, not in computeView: a plan that stops after its sweep names the parts it could not read (stoppedPlan).
    const log = (0,report_log/* runLogger */.E_)(detail === 'summary' ? { redact: redact/* withoutAccountIds */.IX } : {});
    let reporting = false;
    try {
        const { view, report, account } = await computeView(settings, policy, base, policyPath, detail, log);
        // From here on the plan publishes: its JSON report and count outputs may be written before anything below stops it.
        reporting = true;
        const links = sourceLinks(settings, policyPath, pr.baseSha, head.sha);
        const notPublished = [];
        warnIfWeakened(view, policyPath);
        if (report) {
            logPlan(view, detail);
            // As logDecisions does in dry-run and enforce; a summary plan's log names no account.
            if (detail === 'full')
                (0,report_log/* logNotGuarded */.yJ)(report.skippedAccounts);
            notPublished.push(...(await outputs.publishReport((0,run_report/* withRunContext */.Fw)(report, settings.run), settings.reportFile)));
        }
        else {
            outputs.publishEmpty();
        }
        // After publishing: the summary and the comment name the report only when it was written.
        const options = { ...links, runUrl: pr.runUrl, reportFile: outputs.reportWritten ? settings.reportFile : undefined, detail, account };
        // A summary that cannot be written fails the step but must not keep the plan off the PR.
        const noSummary = await (0,report_outputs/* writeSummary */.Sy)(renderPlanComment(view, { ...options, maxLength: SUMMARY_MAX_LENGTH, maxRows: SUMMARY_MAX_ROWS, ...summaryOmittedWhere(outputs.reportWritten) }), undefined, (0,report_outputs/* logAndReport */.ec)(outputs.reportWritten));
        // `summary`: the step's failures (annotations on the PR, for anyone to read) name no account either.
        // Not written, the report's own failures would send readers to it: a full plan's log names what they leave out (logPlan).
        const reportsOwn = report === undefined ? [] : (0,failure_reasons/* publishedFailures */.Mu)(report, outputs.reportWritten, detail === 'full' ? 'log' : 'nowhere');
        const failures = [...reportsOwn.map((f) => (detail === 'summary' ? (0,redact/* withoutAccountIds */.IX)(f) : f)), ...notPublished, ...noSummary];
        if (view.kind === 'planned' && view.plan.budget.tripped) {
            const b = view.plan.budget;
            commands/* warning */.$e(`This policy acts on ${b.planned} pending ${(0,words/* plural */.LS)(b.planned, 'item', 'items')}, more than the budget of ${b.limit}: the next scheduled enforce run would act on none and fail.`, { title: `${constants/* PRODUCT */.Ax}: the budget would trip`, file: policyPath });
        }
        if (view.kind === 'validation-only')
            commands/* notice */.lm('No AWS credentials in this run: the policy was validated, but the account was not read and no plan was computed.', { title: `${constants/* PRODUCT */.Ax}: validation only` });
        // Written before the comment, the summary is where the comment's cut tables send readers, unless it could not be written.
        const commentOptions = noSummary.length === 0 ? options : { ...options, ...noSummaryOmittedWhere(view.kind, outputs.reportWritten, options) };
        // A comment that cannot be written fails the step, with the plan's own failures, and says where the plan still is.
        const planIsIn = wherePlanIs(view, detail, noSummary.length === 0, outputs.reportWritten);
        let commented = false;
        const noComment = [];
        try {
            commented = await writePlanComment(octokit, pr, { body: renderPlanComment(view, commentOptions), policyPath, account, detail, planIsIn });
        }
        catch (error) {
            noComment.push(`Could not write the plan comment on PR #${pr.number}: ${error instanceof Error ? error.message : String(error)}. The plan is ${planIsIn}.`);
        }
        // Known once the comment is written or not: where an invalid policy's problems are.
        if (view.kind === 'invalid')
            failures.push(`Policy ${policyPath} in this pull request has ${(0,format_issue/* errorsText */.v$)(view.errorCount)}; nothing was read from AWS. See ${problemsAre(noSummary.length === 0, commented)}.`);
        return [...failures, ...noComment];
    }
    catch (error) {
        throw stoppedPlan(error, log.notRead(), detail, { mode: 'plan', reporting, reportWritten: outputs.reportWritten, countsFromReport: outputs.countsFromReport });
    }
}
/**
 * The error a plan stopped on, with the parts not read its sweep logged (run/stopped.ts
 * stoppedRun, as a stopped dry-run or enforce run names them): a plan that stops after its
 * sweep has no report to fail the step with them. A RunStoppedError that says how far the plan got
 * (`at`): whether it was reporting, whether its JSON report and count outputs were written (main.ts
 * writes the job summary from it). `summary`: the failure and the job summary are as public as the
 * comment, so the message names no account (nor does the log: runLogger's redact), whatever stopped
 * the plan (STS's AccessDenied quotes the caller's ARN). The credentials' account outside the PR's
 * pin passes through as it is: main.ts reports that policy error at its line.
 */
function stoppedPlan(error, notRead, detail, at) {
    if (error instanceof account_guard/* AccountNotGovernedError */.bQ)
        return error;
    return (0,stopped/* stoppedRun */.Ps)(error, notRead, at, detail === 'summary' ? redact/* withoutAccountIds */.IX : undefined);
}
/**
 * Where an invalid policy's problems are, after "See ": its annotations, always (runPlanMode,
 * computeView); the job summary and the PR comment only when this run wrote them.
 */
function problemsAre(summaryWritten, commented) {
    const places = ['the annotations', ...(summaryWritten ? ['the job summary'] : []), ...(commented ? ['the PR comment'] : [])];
    return places.length === 1 ? places.join('') : `${places.slice(0, -1).join(', ')} or ${places.at(-1) ?? ''}`;
}
/**
 * Where a reader finds this run's plan when its comment is not written, after "The plan is ": the job
 * summary, else what the run kept of it (the log's Plan group, written for a planned view in full
 * detail; the JSON report).
 */
function wherePlanIs(view, detail, summaryWritten, reportWritten) {
    if (summaryWritten)
        return 'in the job summary';
    const kept = [...(view.kind === 'planned' && detail === 'full' ? ["the log's Plan group"] : []), ...(reportWritten ? ["the JSON report (the step's report-file output)"] : [])];
    return `${kept.length === 0 ? 'in no output' : `in ${(0,words/* joinWords */.yZ)(kept)}`}, not in the job summary, which could not be written`;
}
/**
 * The PR comment, unless the PR has moved on since this run planned it; true when this run wrote it
 * (false: left to a newer commit's run, or refused with 403 or 404, a warning said so). Which comment: a run that
 * read an account (with `targets`, the one whose credentials assumed the roles) writes that
 * account's, so each account a job matrix plans keeps its own; it takes over the policy-only
 * comment (an older release's, or a run's that read no account) when the account has none yet. A
 * run that read no account — an invalid policy, no credentials — says what holds for every account,
 * so it rewrites every plan comment of ours for this policy (or creates the policy-only one).
 */
async function writePlanComment(octokit, pr, plan) {
    const planIsIn = plan.planIsIn ?? 'in the job summary';
    const now = await readPullRequestHead(octokit, pr);
    if (now.state === 'unreadable')
        commands/* info */.pq(`Could not read PR #${pr.number} (HTTP ${now.status}) to check that it is still at ${pr.headSha.slice(0, 12)}: the job may lack \`pull-requests: read\`. Writing the comment anyway.`);
    const newer = movedOnFrom(pr.headSha, now);
    if (newer !== undefined) {
        commands/* notice */.lm(`PR #${pr.number} moved on to ${newer.slice(0, 12)} since this run planned ${pr.headSha.slice(0, 12)}: the plan comment is left to the newer commit's run (if that run failed before writing it, re-run it). This run's plan is ${planIsIn}.`, { title: `${constants/* PRODUCT */.Ax}: plan of an older commit` });
        return false;
    }
    const at = { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, body: plan.body };
    // `summary` names no account in the log either: the tag tells a matrix's legs apart.
    const whose = plan.account === undefined ? '' : plan.detail === 'full' ? ` for account ${plan.account}` : ` for account tag ${accountTag(plan.account)}`;
    try {
        if (plan.account !== undefined) {
            const posted = await upsertPlanComment(octokit, { ...at, marker: planMarker(plan.policyPath, plan.account), takeOver: planMarker(plan.policyPath) });
            logPosted([posted], posted.identity, whose);
        }
        else {
            const posted = await rewritePlanComments(octokit, { ...at, marker: planMarker(plan.policyPath), markerOf: (body) => planMarkerIn(body, plan.policyPath) });
            logPosted(posted.results, posted.identity, whose);
        }
        return true;
    }
    catch (error) {
        const status = (0,client/* httpStatus */.n)(error);
        // A fork's pull_request run gets a read-only token: the plan stays in the job summary.
        if (status !== 403 && status !== 404)
            throw error;
        commands/* warning */.$e(`Could not comment on PR #${pr.number} (HTTP ${status}): the token may not write to pull requests (fork PRs get a read-only token, or the job lacks \`permissions: pull-requests: write\`). The plan is ${planIsIn}.`);
        return false;
    }
}
function logPosted(results, identity, whose) {
    const done = { created: 'created', updated: 'updated', 'taken-over': 'updated (it was the comment of a run that read no account, or of an older release)' };
    for (const r of results)
        commands/* info */.pq(`Plan comment${whose} ${done[r.action]}: ${r.url} (as ${(0,report_escape/* inertLogText */.I1)(identity.login)}, identity from ${identity.source}).`);
}
async function computeView(settings, policy, base, policyPath, detail, log) {
    if (!policy.ok)
        return { view: { kind: 'invalid', policyPath, issues: policy.issues, errorCount: policy.errorCount, base } };
    // role-name applies to both policies (a base that is not valid is not read): warned of when neither uses it.
    const readBy = [{ whose: "the PR's policy", targets: policy.policy.targets }, ...(base.state === 'valid' ? [{ whose: "the base branch's", targets: base.policy.targets }] : [])];
    const roleNameUnused = (0,resolve_targets/* unusedRoleName */.eW)(settings.roleName, readBy);
    if (roleNameUnused !== undefined)
        commands/* warning */.$e(roleNameUnused, { title: read_inputs/* INPUT_IGNORED */.I0 });
    const now = new Date();
    const { planAgainstAws } = await Promise.all(/* import() */[__webpack_require__.e(550), __webpack_require__.e(202), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 5184));
    commands/* startGroup */.Oh('Sweep (read-only)');
    const outcome = await planAgainstAws({
        head: policy.policy,
        base,
        regionsInput: settings.regions,
        roleName: settings.roleName,
        maxActions: settings.maxActions,
        // `summary`: the log is as public as the comment, so it names no account (runPlanMode made it so).
        log,
        userAgent: `${constants/* PRODUCT */.Ax}/${version/* VERSION */.x}`,
        rateLimits: settings.rateLimits,
        sessionName: `${constants/* PRODUCT */.Ax}-plan-${settings.runId}`.slice(0, 64),
    })
        .catch((error) => {
        // The PR's accounts pin leaves out the account this workflow runs in: an error in the policy,
        // shown on the PR at its line like any other.
        if (error instanceof account_guard/* AccountNotGovernedError */.bQ)
            return { kind: 'not-governed', account: error.account, issue: detail === 'summary' ? error.issueNamingNoAccount : error.issue };
        // Anything else stops the plan: runPlanMode's stoppedPlan says how far it got, naming no account with `summary`.
        throw error;
    })
        .finally(() => commands/* endGroup */.N4());
    if (outcome.kind === 'not-governed') {
        (0,annotations/* annotatePolicyIssues */.p)([outcome.issue], format_issue/* formatIssue */.Hd);
        return { view: { kind: 'invalid', policyPath, ...(0,format_issue/* oneProblem */.yN)(outcome.issue), base }, account: outcome.account };
    }
    if (outcome.kind === 'planned')
        return { view: { kind: 'planned', plan: outcome.plan }, report: outcome.report, account: outcome.plan.account };
    commands/* info */.pq('No AWS credentials found: validation only.');
    const basePolicy = base.state === 'valid' ? base.policy : undefined;
    const newlyNeeded = basePolicy === undefined ? undefined : (0,new_permissions/* newPermissions */.$)(basePolicy, policy.policy, settings.regions);
    return {
        view: {
            kind: 'validation-only',
            head: policy.policy,
            base,
            entries: (0,diff_entries/* diffAllowEntries */.r5)(basePolicy, policy.policy),
            lapsingEntries: (0,diff_entries/* lapsingAllowEntries */.CF)(policy.policy, now),
            why: outcome.why,
            policyChanges: basePolicy === undefined ? undefined : (0,policy_diff/* diffPolicies */.wR)(basePolicy, policy.policy, now),
            ...(newlyNeeded === undefined ? {} : { newPermissions: newlyNeeded }),
        },
    };
}
/**
 * The PR's policy as merging would leave it: at GitHub's test merge commit, so that what the base
 * gained or lost since the PR branched is not shown as this PR's change. Without a merge commit, or
 * when the file cannot be found there (GitHub replaced that commit since), at the PR's head, with a
 * warning when a merge commit was expected.
 */
async function prPolicy(octokit, at, pr) {
    if (pr.mergeSha !== undefined) {
        const merged = await getPolicyAt(octokit, { ...at, ref: pr.mergeSha, commit: 'head' });
        if (merged.state !== 'missing')
            return { policy: merged, sha: pr.mergeSha };
    }
    const head = await getPolicyAt(octokit, { ...at, ref: pr.headSha, commit: 'head' });
    if (pr.mergeSha !== undefined && head.state !== 'missing') {
        commands/* warning */.$e(`The policy was not found at GitHub's merge commit ${pr.mergeSha.slice(0, 12)} of this PR (replaced since, or not readable): the plan compares the PR's head instead, so changes made to the base's policy since the PR branched may show as this PR's.`, { title: `${constants/* PRODUCT */.Ax}: planned at the PR's head` });
    }
    return { policy: head, sha: pr.headSha };
}
/** The PR's policy as a validation result; a PR that deletes the file is an error, not a plan. */
function headPolicy(head, policyPath) {
    if (head.state === 'valid')
        return { ok: true, policy: head.policy };
    if (head.state === 'invalid')
        return { ok: false, issues: head.issues, errorCount: head.errorCount };
    const message = 'this pull request deletes the policy file (it is not at the head commit): every scheduled run would fail without it. Keep the file; to allow everything or nothing, change its entries instead.';
    return { ok: false, ...(0,format_issue/* oneProblem */.yN)({ file: policyPath, line: 1, column: 1, key: '', message }) };
}
/** The policy path relative to the repository root, as the contents API and blob links need it. */
function repositoryPath(settings) {
    const path = (0,load_policy/* displayPath */.G)(settings.workspace, settings.policyFile);
    if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) {
        throw new Error(`Input 'policy-file' is '${settings.policyFile}', outside the workspace; plan mode reads the base branch's copy by its path in the repository, so give a path relative to the repository root.`);
    }
    return path;
}
/** Head links at the PR's head commit (the policy as written in the PR); base links at the base commit. */
function sourceLinks(settings, policyPath, baseSha, headSha) {
    if (!settings.repository)
        return {};
    const { serverUrl, repository } = settings.repository;
    return { headLinks: { serverUrl, repository, sha: headSha, policyPath }, baseLinks: { serverUrl, repository, sha: baseSha, policyPath } };
}
/**
 * The input, else by who can read the pull request: `summary` on a public repository (or when the
 * event does not say), `full` on a private or internal one.
 */
function commentDetail(input, publicRepository) {
    return input ?? (publicRepository === false ? 'full' : 'summary');
}
/**
 * One `::warning::` when the PR weakens the policy, at the file (and the line of the first change
 * the PR's policy has), whatever is pending today: what matters is what the next sender could do.
 */
function warnIfWeakened(view, policyPath) {
    const changes = (view.kind === 'planned' ? view.plan.policyChanges : view.kind === 'validation-only' ? view.policyChanges : undefined) ?? [];
    const weak = (0,policy_diff/* weakening */.C$)(changes);
    if (weak.length === 0)
        return;
    const line = weak.find((c) => c.at?.policy === 'head')?.at?.line;
    const listed = weak.slice(0, 5).map((c) => (0,policy_row/* plainWords */.c5)(c.words)).join(' ');
    const more = weak.length > 5 ? ` …and ${weak.length - 5} more in the PR comment.` : ' See the PR comment.';
    commands/* warning */.$e((0,report_escape/* inertLogText */.I1)(`This pull request weakens the protection the policy gives (${weak.length} ${(0,words/* plural */.LS)(weak.length, 'change', 'changes')}): ${listed}${more}`, 4000), {
        title: `${constants/* PRODUCT */.Ax}: this PR weakens protection`,
        file: policyPath,
        ...(line === undefined ? {} : { startLine: line }),
    });
}
function logPlan(view, detail) {
    if (view.kind !== 'planned')
        return;
    const plan = view.plan;
    const d = plan.diff;
    // On a public repository the log is public too: a summary plan names no item there either.
    if (detail === 'full') {
        commands/* startGroup */.Oh(`Plan (${d.changes.length} ${(0,words/* plural */.LS)(d.changes.length, 'item', 'items')})`);
        const lapsing = new Map(d.lapsingSoon.map((l) => [l.change, l]));
        for (const c of d.changes) {
            // Accepted against the PR's policy, and allowances lapsing soon: marked, since the comment's
            // banner names at most 10 and the summary's lapsing table may be cut; both send readers here.
            const lapse = lapsing.get(c);
            commands/* info */.pq(`${c.change}: ${(0,log_lines/* itemLabel */.IR)(c.item)}: base ${c.base?.action ?? 'not swept'}, PR ${c.head?.action ?? 'not swept'}${c.head?.acceptedAgainstPolicy === undefined ? '' : ' (accepted against this policy)'}${lapse === undefined ? '' : ` — ${(0,describe_item/* lapsingMarkWithDay */.ib)(lapse)}`}`);
        }
        commands/* endGroup */.N4();
    }
    (0,report_log/* warnUnknownRegions */.As)(plan.unknownRegions ?? []);
    if (plan.baseStopsAtPin !== undefined)
        commands/* info */.pq(`The base branch's policy has no targets and its accounts pin (line ${plan.baseStopsAtPin.line}) leaves out the account of these credentials: scheduled runs on it stop there, so it is compared as doing nothing today.`);
    logBaseOnlyErrors(plan.baseOnlyErrors ?? [], detail);
    const n = (0,diff_decisions/* foundCounts */.HI)(d);
    const found = n.baseOnly === 0
        ? `${n.all} ${(0,words/* plural */.LS)(n.all, 'item', 'items')} found`
        : `${n.all} ${(0,words/* plural */.LS)(n.all, 'item', 'items')} found under either policy, ${n.all === 1 ? 'only' : `${n.baseOnly} of them only`} where the base branch's policy sweeps and the PR's does not`;
    if (detail === 'full')
        logNoLongerGuarded(plan);
    commands/* info */.pq(`Plan: newly allowed ${d.newlyAllowed.length}, newly acted on ${d.newlyActed.length}, no longer acted on ${d.newlyLeftAlone.length}, unchanged ${d.unchanged.length} (of the ${found}); the PR's policy would act on ${plan.budget.planned} (budget ${plan.budget.limit}).${lostLine(plan, detail)} Nothing was written.`);
}
/**
 * Parts only the base branch's policy reads that could not be read (Plan.baseOnlyErrors): a gap in
 * the comparison, not a failure, as the comment's warning says. A summary plan's log names no
 * account: it counts them.
 */
function logBaseOnlyErrors(errors, detail) {
    if (errors.length === 0)
        return;
    const one = errors.length === 1;
    commands/* info */.pq(`${errors.length} ${(0,words/* plural */.LS)(errors.length, 'part', 'parts')} only the base branch's policy reads could not be read: what it does there is unknown, so what the PR changes there is not in this plan. The PR's policy does not read ${one ? 'it' : 'them'}, so the plan does not fail on ${one ? 'it' : 'them'}${detail === 'full' ? ':' : '.'}`);
    if (detail === 'full')
        for (const e of errors)
            commands/* info */.pq((0,report_escape/* inertLogText */.I1)(`- ${(0,report_errors/* errorPlace */.eI)(e)}: ${(0,failure_reasons/* sentence */.em)(e.message)}`, 1500));
    if (baseUnlisted({ baseOnlyErrors: errors }))
        commands/* info */.pq("Which accounts the base branch's policy guards through the organization is therefore unknown: those this run read are compared as if the organization lists them, and those the PR's policy no longer guards are not counted.");
}
/** The accounts the base guards and the PR's policy does not, as the verdict counts them (Plan.noLongerGuarded, and none counted when the organization was not listed for the base); '' when none. A full plan's log names them in a group of their own (logNoLongerGuarded). */
function lostLine(plan, detail) {
    const lost = plan.noLongerGuarded ?? [];
    const uncounted = baseUnlisted(plan) ? " The organization's accounts could not be listed for the base branch's policy, which guards the organization: how many of them the PR's no longer guards is not counted." : '';
    if (lost.length === 0)
        return uncounted;
    const unread = lostNotRead(plan).length;
    const one = lost.length === 1;
    const notes = [
        ...(unread === 0 ? [] : [`${unread} not read: what is pending there is not counted`]),
        ...(detail === 'full' ? [`the "${NO_LONGER_GUARDED_GROUP}" group names ${one ? 'it' : 'each'}`] : []),
    ];
    return ` ${lost.length} ${one ? 'account' : 'accounts'} the base branch's policy guards ${one ? 'is' : 'are'} not guarded by the PR's${notes.length === 0 ? '' : ` (${notes.join('; ')})`}.${uncounted}`;
}
/**
 * Every account the base guards and the PR's policy does not, one line each with why, in a group of
 * its own: the comment and the job summary name a bounded number (noLongerGuardedBlock) and send
 * readers here, and when the JSON report could not be written this is the one place that names
 * every one. A full plan's only: a summary plan's log names no account.
 */
function logNoLongerGuarded(plan) {
    const lost = plan.noLongerGuarded ?? [];
    if (lost.length === 0)
        return;
    commands/* startGroup */.Oh(`${NO_LONGER_GUARDED_GROUP} (${lost.length} ${(0,words/* plural */.LS)(lost.length, 'account', 'accounts')})`);
    for (const account of lost)
        commands/* info */.pq(`no longer guarded: ${(0,report_escape/* inertLogText */.I1)(account, 200)}: ${noLongerGuardedWhy(lostState(plan, account), "'")}`);
    commands/* endGroup */.N4();
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

/***/ 5709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ lapsingAllowEntries),
/* harmony export */   r5: () => (/* binding */ diffAllowEntries)
/* harmony export */ });
/* unused harmony export allowEntries */
/* harmony import */ var _decide_in_force_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(703);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/**
 * The policy change itself, without AWS: which allow entries the PR adds and removes, and which of
 * its entries lapse soon. This is all a plan can say when it has no credentials. Pure.
 */



/** Every allow entry of the policy, kind by kind. */
function allowEntries(policy) {
    return _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW.flatMap((kind) => kind.entryRefs(policy));
}
/** What an entry does: its list, what it allows and until when. Position and note do not count. */
function contentKey(entry) {
    return JSON.stringify([entry.list, entry.allows, entry.until ?? null]);
}
/**
 * Entries compared by content (a moved or re-noted entry is kept; a changed account, email or
 * `until` is one removed and one added). `base` undefined: no policy in force, every entry is added.
 */
function diffAllowEntries(base, head) {
    const before = base === undefined ? [] : allowEntries(base);
    const after = allowEntries(head);
    const remaining = new Map();
    for (const e of before)
        remaining.set(contentKey(e), (remaining.get(contentKey(e)) ?? 0) + 1);
    const added = [];
    let kept = 0;
    for (const e of after) {
        const key = contentKey(e);
        const count = remaining.get(key) ?? 0;
        if (count > 0) {
            remaining.set(key, count - 1);
            kept += 1;
        }
        else {
            added.push(e);
        }
    }
    const removed = [];
    for (const e of before) {
        const key = contentKey(e);
        const count = remaining.get(key) ?? 0;
        if (count > 0) {
            remaining.set(key, count - 1);
            removed.push(e);
        }
    }
    return { added, removed, kept };
}
/** Entries of `policy` still in force now that lapse within the window, soonest first. */
function lapsingAllowEntries(policy, now, windowDays = _decide_in_force_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LAPSE_WINDOW_DAYS */ .Lx) {
    const out = [];
    for (const entry of allowEntries(policy)) {
        const soon = entry.until === undefined ? undefined : (0,_decide_in_force_js__WEBPACK_IMPORTED_MODULE_1__/* .lapsingWithin */ .cE)(entry.until, now, windowDays);
        if (soon !== undefined)
            out.push({ entry, ...soon });
    }
    return out.sort((a, b) => a.lapsesAt.localeCompare(b.lapsesAt));
}


/***/ }),

/***/ 5264:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ newPermissions)
/* harmony export */ });
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9579);


const regional = (scope) => (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .kindNamed */ .UL)(scope.kind).scope === 'regional';
/** The services a policy's scopes read: a regional kind with no region reads none. */
function servicesRead(scopes) {
    return new Set(scopes.flatMap((s) => (regional(s) && s.regions !== 'all' && s.regions.length === 0 ? [] : s.services)));
}
/** Whether a run lists the account's enabled regions: some regional kind is read in every one (run/account-inventory.ts). */
function listsRegions(scopes) {
    return scopes.some((s) => regional(s) && s.regions === 'all');
}
/**
 * What `head` (the PR's policy) newly needs over `base`, each read with the `regions` input as a
 * scheduled run with it would; undefined when nothing.
 */
function newPermissions(base, head, regionsInput) {
    const before = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepScopes */ .K5)(base, regionsInput);
    const after = (0,_kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .sweepScopes */ .K5)(head, regionsInput);
    const had = servicesRead(before);
    const reads = servicesRead(after);
    const services = _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .SERVICE_NAMES */ .Z1.filter((s) => reads.has(s) && !had.has(s));
    const read = [...services.flatMap((s) => _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .READ_PERMISSIONS */ .Cb[s]), ...(listsRegions(after) && !listsRegions(before) ? [_kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .LIST_REGIONS_PERMISSION */ .F5] : [])];
    if (read.length === 0)
        return undefined;
    return { services, read, write: services.map((s) => _kinds_services_js__WEBPACK_IMPORTED_MODULE_1__/* .WRITE_PERMISSION */ .EU[s]) };
}


/***/ }),

/***/ 8369:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ weakening),
/* harmony export */   wR: () => (/* binding */ diffPolicies)
/* harmony export */ });
/* unused harmony export FIELD_ROWS */
/* harmony import */ var _act_budget_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5419);
/* harmony import */ var _kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8017);
/* harmony import */ var _policy_row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8420);
/* harmony import */ var _model_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9344);
/**
 * The whole-policy diff: every change a PR makes to the policy, and whether it weakens the
 * protection the policy gives — what the *next* sender could do, whether or not anything is
 * pending today. Pure: two policies in, a list of changes out.
 *
 * One row per policy field, in FIELD_ROWS: how to read the field, what leaving it out means, how
 * to compare two values (which also says whether a change weakens protection) and the words.
 * A kind's section brings its own rows (src/kinds/<kind>/plan.ts); the rows here are the fields
 * of no kind. Allow entries are rows too (entry-diff.ts compares them entry by entry).
 */




function reachOf(policy) {
    const t = policy.targets;
    if (t === undefined)
        return { targets: false, organization: false, named: [], exclude: [] };
    return { targets: true, organization: t.organization, named: [...t.accounts.map((a) => a.id), ...t.roles.map((r) => r.account)], exclude: t.exclude };
}
/**
 * Of what the base's targets reach, what a pin of the PR's (`head`) leaves out: the accounts the
 * base names (the PR's targets, named within their own pin, must have dropped them) and, the base
 * guarding the organization, its accounts outside the pin — known by id when the pin no longer
 * lists them (`dropped`, a narrowed pin); a pin where there was none (`dropped` undefined), both
 * guarding the organization, leaves out whichever the organization lists that it does not, which
 * only a run can tell.
 * Undefined when it leaves out nothing the base guards.
 */
function leftOut(base, head, dropped) {
    const named = base.named.filter((id) => !head.ids.includes(id) && (dropped === undefined || dropped.includes(id)));
    // A dropped id the base guarded through the organization is lost whatever the PR's targets: outside
    // its pin, the PR's policy cannot guard it. Which accounts a new pin leaves out is known only when
    // both guard the organization (then: every one it does not list).
    const organization = dropped !== undefined
        ? base.organization
            ? dropped.filter((id) => !named.includes(id) && !base.exclude.includes(id))
            : []
        : base.organization && head.reach.organization
            ? 'outside'
            : [];
    if (named.length === 0 && organization.length === 0)
        return undefined;
    const failing = organization === 'outside' || !head.reach.organization ? [] : organization.filter((id) => !head.reach.exclude.includes(id));
    return { named, organization, failing };
}
/** The ids a LeftOut names (none for `outside`). */
function leftOutIds(lost) {
    return [...lost.named, ...(lost.organization === 'outside' ? [] : lost.organization)];
}
/** What a pin leaves out, in words: what is no longer guarded, and what runs do instead. */
function leftOutWords(lost) {
    const out = [];
    if (lost.named.length > 0) {
        out.push(' ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(lost.named), ', which the base branch’s ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('targets'), ` name, ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(lost.named.length, 'is', 'are')} no longer guarded.`);
    }
    if (lost.organization === 'outside') {
        out.push(' With ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), ', the accounts the organization lists outside it, today and as they join, are no longer guarded: runs read nothing of them and fail on each.');
    }
    else {
        // Those the PR's policy still lists through the organization fail its runs; the others (organization off, or excluded) are only lost.
        const failing = lost.failing;
        const quiet = lost.organization.filter((id) => !failing.includes(id));
        if (failing.length > 0) {
            const them = (0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(failing.length, 'it', 'them');
            out.push(' With ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), ', ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(failing), ` ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(failing.length, 'is', 'are')} no longer guarded if the organization lists ${them}: runs read nothing of ${them} and fail on ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(failing.length, 'it', 'each')}.`);
        }
        if (quiet.length > 0) {
            out.push(' ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(quiet), ', guarded through the base branch’s ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), `, ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(quiet.length, 'is', 'are')} no longer guarded if the organization lists ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(quiet.length, 'it', 'them')}.`);
        }
    }
    return out;
}
const accounts = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRow */ .h0)({
    key: 'accounts',
    read: (p) => (p.accounts === undefined ? undefined : { ids: p.accounts.ids, reach: reachOf(p) }),
    line: (p) => p.accounts?.position.line,
    absent: {
        means: 'the policy may govern any account',
        toAbsent: () => 'weakens',
        // A pin where there was none narrows what the policy may govern, unless it leaves out accounts the base's targets reach.
        fromAbsent: (head, _caller, base) => {
            const lost = leftOut(reachOf(base), head);
            return lost === undefined ? { effect: 'strengthens' } : { effect: 'weakens', more: leftOutWords(lost) };
        },
    },
    show: (pin) => (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(pin.ids),
    compare: (base, head) => {
        const { added, removed } = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .addedRemoved */ .rq)(base.value.ids, head.value.ids);
        const out = [];
        if (added.length > 0) {
            out.push({ key: 'accounts', effect: 'weakens', words: ['The ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin is widened: the policy may now also govern ', (0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(added.length, 'account ', 'accounts '), ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(added), '.'] });
        }
        const lost = removed.length === 0 ? undefined : leftOut(base.value.reach, head.value, removed);
        const lostIds = lost === undefined ? [] : leftOutIds(lost);
        if (lost !== undefined)
            out.push({ key: 'accounts', effect: 'weakens', words: ['The ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin no longer lists ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(removed.filter((id) => lostIds.includes(id))), '.', ...leftOutWords(lost)] });
        const rest = removed.filter((id) => !lostIds.includes(id));
        if (rest.length > 0) {
            // Without targets a run whose credentials' account is outside the pin stops at it; with them, an account outside it is not guarded.
            const then = head.value.reach.targets ? `: the policy may no longer govern ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(rest.length, 'it', 'them')}.` : ': a run there now stops before reading anything.';
            out.push({ key: 'accounts', effect: 'strengthens', words: ['The ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin no longer lists ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(rest), then] });
        }
        return out;
    },
});
const targets = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRow */ .h0)({
    key: 'targets',
    read: (p) => p.targets === undefined
        ? undefined
        : { organization: p.targets.organization, accounts: p.targets.accounts.map((a) => a.id), roles: p.targets.roles.map((r) => r.arn), exclude: p.targets.exclude, roleName: p.targets.roleName ?? '', pin: p.accounts?.ids },
    line: (p) => p.targets?.position.line,
    absent: {
        means: "only the account of the workflow's credentials is guarded",
        // Dropping targets leaves only the credentials' own account guarded.
        toAbsent: () => 'weakens',
        // Setting targets guards the accounts it names, and the credentials' own account only if it is one of them.
        fromAbsent: (t, caller) => {
            const guarded = guardsCaller(t, caller);
            // The accounts it names, but the credentials' own (guarded before: without targets, it is the one).
            const guards = [...new Set([...t.accounts, ...t.roles.map(roleAccount)])].filter((id) => id !== caller && !t.exclude.includes(id) && (t.pin === undefined || t.pin.includes(id)));
            if (guarded === true)
                return { effect: 'strengthens', guards };
            const whose = ' The account of the workflow\'s credentials';
            if (caller === undefined) {
                const pin = t.pin === undefined ? [] : [' and the ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin lists it'];
                return { effect: 'weakens', more: [`${whose} stays guarded only if they name it (in `, (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' or ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('roles'), ', or in the organization and not in ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('exclude'), ')', ...pin, '.'], guards };
            }
            const outsidePin = t.pin !== undefined && !t.pin.includes(caller);
            return { effect: 'weakens', more: [`${whose}, `, (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(caller), ...(outsidePin ? [', is outside the ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin'] : [', is not among them']), ': it is no longer guarded.'], guards };
        },
    },
    show: (t) => [
        ...(t.organization ? ['every ACTIVE account of the organization', ...(t.pin === undefined ? [] : [' in the ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin'])] : []),
        ...(t.accounts.length ? [t.organization ? ', accounts ' : 'accounts ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(t.accounts)] : []),
        ...(t.roles.length ? [t.organization || t.accounts.length ? ', roles ' : 'roles ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(t.roles)] : []),
        ...(t.exclude.length ? [' except ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(t.exclude)] : []),
    ],
    // Each change weakens or strengthens by what the two policies guard, statically (reachedBy), not key by key:
    // an account named in one and reached through the other's organization: true is neither lost nor gained.
    compare: (base, head) => {
        const key = 'targets';
        const b = base.value;
        const h = head.value;
        const out = [];
        if (b.organization !== h.organization)
            out.push(organizationChange(b, h));
        for (const [field, what] of [['accounts', 'accounts'], ['roles', 'roles']]) {
            const { added, removed } = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .addedRemoved */ .rq)(b[field], h[field]);
            const accountOf = field === 'roles' ? roleAccount : (id) => id;
            // A role's ARN is listed, its account is what is guarded: "its account" where an account id reads "it".
            const them = (n) => (field === 'roles' ? (0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'its account', 'their accounts') : (0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'it', 'them'));
            const list = `targets.${what}`;
            const removedBy = (reach) => removed.filter((x) => reachedBy(h, accountOf(x)) === reach);
            const lost = removedBy(undefined);
            const stillNamed = removedBy('named');
            const nowThroughOrganization = removedBy('organization');
            if (lost.length > 0)
                out.push({ key, effect: 'weakens', words: [`No longer guarded through ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(lost), '.'] });
            if (stillNamed.length > 0)
                out.push({ key, effect: 'neutral', words: [`No longer in ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(stillNamed), `; this policy’s targets still name ${them(stillNamed.length)}.`] });
            if (nowThroughOrganization.length > 0) {
                const n = nowThroughOrganization.length;
                const subject = field === 'roles' ? `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'its account is', 'their accounts are')} now guarded` : 'now guarded';
                out.push({ key, effect: 'neutral', words: [`No longer in ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(nowThroughOrganization), `; ${subject} through the organization (`, (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), `), if it lists ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'it', 'them')}.`] });
            }
            const addedBy = (reach) => added.filter((x) => reachedBy(b, accountOf(x)) === reach);
            const gained = addedBy(undefined);
            const alreadyNamed = addedBy('named');
            const alreadyThroughOrganization = addedBy('organization');
            if (gained.length > 0)
                out.push({ key, effect: 'strengthens', words: [`Now guarded through ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(gained), '.'], guards: gained.map(accountOf) });
            if (alreadyNamed.length > 0)
                out.push({ key, effect: 'neutral', words: [`Now in ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(alreadyNamed), `; the base branch’s targets already name ${them(alreadyNamed.length)}.`] });
            if (alreadyThroughOrganization.length > 0) {
                const n = alreadyThroughOrganization.length;
                const subject = field === 'roles' ? `${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'its account was', 'their accounts were')} already guarded` : 'already guarded';
                out.push({ key, effect: 'neutral', words: [`Now in ${list}: `, ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(alreadyThroughOrganization), `; ${subject} through the base branch’s `, (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), `, if the organization lists ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(n, 'it', 'them')}.`] });
            }
        }
        // An exclude takes away only what the base guarded; lifting one gives only what this policy then guards.
        const exclude = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .addedRemoved */ .rq)(b.exclude, h.exclude);
        const newlyLost = exclude.added.filter((id) => reachedBy(b, id) !== undefined);
        const neverGuarded = exclude.added.filter((id) => reachedBy(b, id) === undefined);
        const nowGuarded = exclude.removed.filter((id) => reachedBy(h, id) !== undefined);
        const stillUnguarded = exclude.removed.filter((id) => reachedBy(h, id) === undefined);
        // Worded by what is true of the base: it guarded those now lost, not the others.
        if (newlyLost.length > 0)
            out.push({ key, effect: 'weakens', words: ['Newly excluded (no longer guarded): ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(newlyLost), '.'] });
        if (neverGuarded.length > 0)
            out.push({ key, effect: 'neutral', words: ['Newly excluded (never guarded): ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(neverGuarded), `; the base branch’s policy did not guard ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(neverGuarded.length, 'it', 'them')} either.`] });
        if (nowGuarded.length > 0)
            out.push({ key, effect: 'strengthens', words: ['No longer excluded: ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(nowGuarded), '.'], guards: nowGuarded });
        if (stillUnguarded.length > 0)
            out.push({ key, effect: 'neutral', words: ['No longer excluded: ', ...(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .valueList */ .Q0)(stillUnguarded), `; this policy does not guard ${(0,_model_words_js__WEBPACK_IMPORTED_MODULE_2__/* .plural */ .LS)(stillUnguarded.length, 'it', 'them')} either.`] });
        if (b.roleName !== h.roleName)
            out.push({ key, effect: 'neutral', words: ['The role assumed in each account changes from ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(b.roleName || '(none)'), ' to ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(h.roleName || '(none)'), '.'] });
        return out;
    },
});
/** The account of a role's ARN. */
function roleAccount(arn) {
    return arn.split(':')[4] ?? '';
}
/**
 * How targets `t` reach account `id`: never when excluded or outside the policy's `accounts` pin;
 * `named` when `accounts` or `roles` name it; `organization` when `organization: true` takes it in
 * (the organization lists it: only a run can tell); else not at all.
 */
function reachedBy(t, id) {
    if (t.exclude.includes(id) || (t.pin !== undefined && !t.pin.includes(id)))
        return undefined;
    if (t.accounts.includes(id) || t.roles.some((arn) => roleAccount(arn) === id))
        return 'named';
    return t.organization ? 'organization' : undefined;
}
/**
 * `organization: true` turned off or on. Without a pin the organization's accounts are open-ended:
 * turning it off loses, turning it on gains, whichever it lists. Within a pin they are known: off
 * loses nothing when the PR's targets name every account of the base's pin that the base reached
 * only through the organization; on gains nothing when the base already named every account of the
 * PR's pin that the organization now reaches.
 */
function organizationChange(b, h) {
    const key = 'targets';
    if (b.organization) {
        const lost = b.pin === undefined ? undefined : b.pin.filter((id) => reachedBy(b, id) === 'organization' && reachedBy(h, id) === undefined);
        if (lost === undefined || lost.length > 0)
            return { key, effect: 'weakens', words: ['The organization is no longer guarded as a whole (', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: false'), '): only the accounts listed are.'] };
        return { key, effect: 'neutral', words: ['The organization is no longer guarded as a whole (', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: false'), '), but the accounts listed include every account of the base branch’s ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin it guarded: none is lost.'] };
    }
    const gained = h.pin === undefined ? undefined : h.pin.filter((id) => reachedBy(h, id) === 'organization' && reachedBy(b, id) === undefined);
    const words = ['Every ACTIVE account of the organization', ...(h.pin === undefined ? [] : [' in the ', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('accounts'), ' pin']), ' is now guarded (', (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)('organization: true'), ')'];
    // Within a pin the accounts it takes in are known by id; without one, only a run can tell which the organization lists.
    if (gained === undefined || gained.length > 0)
        return { key, effect: 'strengthens', words: [...words, '.'], ...(gained === undefined ? {} : { guards: gained }) };
    return { key, effect: 'neutral', words: [...words, ', but the base branch’s targets already name each account of the pin it takes in: none is gained.'] };
}
/**
 * Whether targets `t` guard the credentials' account `caller`: true when it names it (an account, a
 * role in it, or the organization without excluding it — the credentials are the organization's)
 * and the policy's `accounts` pin, if any, lists it; false when the caller is known and not named,
 * or outside the pin; undefined when it cannot be told without the caller.
 */
function guardsCaller(t, caller) {
    if (caller === undefined)
        return t.organization && t.exclude.length === 0 && t.pin === undefined ? true : undefined;
    // Named targets are within the pin (the validator's rule); the organization's accounts outside it are not guarded.
    if (t.pin !== undefined && !t.pin.includes(caller))
        return false;
    if (t.accounts.includes(caller) || t.roles.some((arn) => roleAccount(arn) === caller))
        return true;
    return t.organization && !t.exclude.includes(caller);
}
const maxActions = (0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldRow */ .h0)({
    key: 'limits.max-actions',
    read: (p) => p.limits.maxActions,
    absent: { value: _act_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_ACTIONS */ .D8 },
    show: (n) => [(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(String(n))],
    compare: (base, head) => {
        if (base.value === head.value) {
            // 10 written out where it was the default (or the reverse) changes nothing.
            return [];
        }
        const from = [(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(String(base.value)), base.absent ? ' (the default)' : ''];
        const to = [(0,_policy_row_js__WEBPACK_IMPORTED_MODULE_1__.v)(String(head.value)), head.absent ? ' (the default)' : ''];
        return head.value > base.value
            ? [{ key: 'limits.max-actions', effect: 'weakens', words: ['The budget is raised from ', ...from, ' to ', ...to, ' actions per run: one run may now reject or decline that many items before the budget stops it.'] }]
            : [{ key: 'limits.max-actions', effect: 'strengthens', words: ['The budget is lowered from ', ...from, ' to ', ...to, ' actions per run.'] }];
    },
});
/**
 * Every field of the policy, in the order a reviewer reads them: who is guarded, then each kind's
 * section (its rows are the kind's, src/kinds/), then the budget. The test table in
 * test/plan-policy-diff.test.ts has a case per row.
 */
const FIELD_ROWS = [accounts, targets, ..._kinds_registry_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .GW.flatMap((kind) => kind.policyRows), maxActions];
/**
 * Every change from `base` to `head` as of `now`, field by field in FIELD_ROWS order. `caller`: the
 * account of the workflow's credentials, when the run read it (without, a change whose effect
 * depends on it is judged as if it might weaken).
 */
function diffPolicies(base, head, now, options = {}) {
    return (options.rows ?? FIELD_ROWS).flatMap((row) => row.diff(base, head, now, options.caller));
}
/** The changes that weaken protection: the comment's loud section and the `::warning::`. */
function weakening(changes) {
    return changes.filter((c) => c.effect === 'weakens');
}


/***/ })

};

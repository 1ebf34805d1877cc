export const id = 259;
export const ids = [259];
export const modules = {

/***/ 2259:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readShardReports: () => (/* binding */ readShardReports)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/schemas.js
var schemas = __webpack_require__(4343);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/parse.js + 1 modules
var parse = __webpack_require__(3945);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/api.js
var api = __webpack_require__(3759);
// EXTERNAL MODULE: ./node_modules/zod/v4/mini/iso.js
var iso = __webpack_require__(3102);
// EXTERNAL MODULE: ./lib/kinds/registry.js + 20 modules
var registry = __webpack_require__(8017);
// EXTERNAL MODULE: ./lib/model/items.js
var items = __webpack_require__(7469);
// EXTERNAL MODULE: ./lib/model/aws-id.js
var aws_id = __webpack_require__(6784);
// EXTERNAL MODULE: ./lib/model/sender.js
var sender = __webpack_require__(1000);
// EXTERNAL MODULE: ./lib/policy/region-fields.js
var region_fields = __webpack_require__(1656);
// EXTERNAL MODULE: ./lib/policy/locate.js
var locate = __webpack_require__(3738);
// EXTERNAL MODULE: ./lib/report/escape.js
var report_escape = __webpack_require__(2527);
// EXTERNAL MODULE: ./lib/run/report-types.js
var report_types = __webpack_require__(3095);
// EXTERNAL MODULE: ./lib/sweep/shard.js
var shard = __webpack_require__(72);
// EXTERNAL MODULE: ./lib/act/budget.js
var act_budget = __webpack_require__(5419);
// EXTERNAL MODULE: ./lib/act/outcomes.js
var outcomes = __webpack_require__(5635);
// EXTERNAL MODULE: ./lib/run/report-counts.js
var report_counts = __webpack_require__(7712);
;// CONCATENATED MODULE: ./lib/merge/report-agreement.js
/**
 * What the fields of a shard report must agree on, as buildRunReport writes them: shard-report.ts
 * checks each field's value alone; this checks that the values fit together. Whoever can change an
 * artifact could otherwise give a dry-run shard's item the outcome `rejected` (which no dry-run
 * writes) and have the merged summary, outputs and alert report a write that never happened, or
 * lift a budget's limit or planned count the merge adds up.
 *
 * Pure, and run only on a report whose fields each passed the schema.
 */




/**
 * The fields of `report` that disagree with the others, items first, then the budget, then the
 * counts: the first `keep` of them, and their number (a hostile file may have millions).
 */
function disagreements(report, keep) {
    const first = [];
    let total = 0;
    const found = (d) => {
        total += 1;
        if (first.length < keep)
            first.push(d);
    };
    itemDisagreements(report, found);
    budgetDisagreements(report, found);
    countDisagreements(report, found);
    return { first, total };
}
const MODE_WORDS = { 'dry-run': 'a dry-run', enforce: 'an enforce run', plan: 'a plan' };
/**
 * Each item's outcome must be one its report's mode and its own decision can give
 * (possibleOutcomes, the table execute.ts writes by); its sender the one its item names; its account
 * one of the report's; its kind one the report governs; and no item twice (a run lists each once:
 * a copy would count twice in every merged total).
 */
function itemDisagreements(report, found) {
    const accounts = new Set(report.accounts.map((a) => a.account));
    const seen = new Map();
    report.items.forEach((i, at) => {
        const key = `${i.item.account}\n${(0,registry/* itemKey */.Dh)(i.item)}`;
        const earlier = seen.get(key);
        if (earlier === undefined)
            seen.set(key, at);
        else
            found({ path: ['items', at, 'item'], message: `the same item as items[${earlier}] (a run lists each item once; a copy would count twice)` });
        const kind = (0,registry/* kindNamed */.UL)(i.item.kind);
        const possible = (0,outcomes/* possibleOutcomes */.DC)({ mode: report.mode, action: i.action, verb: kind.verb, tripped: report.budget.tripped });
        if (!possible.includes(i.outcome)) {
            const run = `${MODE_WORDS[report.mode]}${report.mode === 'enforce' && report.budget.tripped ? ' whose budget tripped' : ''}`;
            const notItsWrite = (i.action === 'reject' || i.action === 'decline') && i.action !== kind.verb ? `, which is not its kind's write (${kind.verb})` : '';
            found({ path: ['items', at, 'outcome'], message: `not an outcome ${run} gives an item whose action is ${i.action}${notItsWrite} (${possible.join(', ')})` });
        }
        const sender = (0,registry/* itemSender */.tL)(i.item);
        if (i.sender !== sender)
            found({ path: ['items', at, 'sender'], message: `not the sender its item names (${sender})` });
        if (!accounts.has(i.item.account))
            found({ path: ['items', at, 'item', 'account'], message: 'not one of the accounts the report guarded (accounts)' });
        if (!report.kinds[i.item.kind].governed)
            found({ path: ['items', at, 'item', 'kind'], message: `a kind the report does not govern (kinds.${i.item.kind}.governed is false), so it read none` });
    });
}
/**
 * The budget as resolveBudget and sweepAndAct make it: planned is the items to reject or decline,
 * tripped says whether that is over the limit, and a shard's limit is its share of the run's.
 */
function budgetDisagreements(report, found) {
    const { budget, shard } = report;
    const planned = (0,report_counts/* countReportItems */.CF)(report.items).planned;
    if (budget.planned !== planned)
        found({ path: ['budget', 'planned'], message: `not the number of its items to reject or decline (${planned})` });
    if (budget.tripped !== budget.planned > budget.limit) {
        found({ path: ['budget', 'tripped'], message: `but its planned ${budget.planned} is ${budget.tripped ? 'within' : 'over'} its limit ${budget.limit}` });
    }
    if (shard !== undefined) {
        if (budget.share === undefined)
            found({ path: ['budget', 'share'], message: "a shard's budget is its share of the run's" });
        else {
            if (budget.share.shards !== shard.count)
                found({ path: ['budget', 'share', 'shards'], message: `not its shard's count (${shard.count})` });
            const share = (0,act_budget/* shardShare */.K7)(budget.share.runLimit, budget.share.shards);
            if (budget.limit !== share)
                found({ path: ['budget', 'limit'], message: `not its share of the run's max-actions (⌊${budget.share.runLimit} / ${budget.share.shards}⌋ = ${share})` });
        }
    }
}
const COUNTED = [...report_counts/* OUTCOMES */.im, 'planned'];
/** Each count against the one countReportItems makes of the items it counts. */
function compareCounts(path, stated, items, found) {
    const counted = (0,report_counts/* countReportItems */.CF)(items);
    for (const key of COUNTED)
        if (stated[key] !== counted[key])
            found({ path: [...path, key], message: `not what its items count (${counted[key]})` });
}
/**
 * The totals, each account's, each kind's and the breakdown's counts: what buildRunReport counts
 * of the items. The merge counts the items again rather than read these, but a report that states
 * other counts than its items is not one inbound-guard wrote.
 */
function countDisagreements(report, found) {
    compareCounts(['counts'], report.counts, report.items, found);
    const byAccount = new Map();
    for (const i of report.items) {
        const of = byAccount.get(i.item.account);
        if (of === undefined)
            byAccount.set(i.item.account, [i]);
        else
            of.push(i);
    }
    report.accounts.forEach((a, at) => compareCounts(['accounts', at, 'counts'], a.counts, byAccount.get(a.account) ?? [], found));
    for (const kind of registry/* KIND_NAMES */.kd)
        compareCounts(['kinds', kind, 'counts'], report.kinds[kind].counts, report.items.filter((i) => i.item.kind === kind), found);
    const rows = (0,report_counts/* countBreakdown */.B7)(report.items);
    const place = (r) => JSON.stringify([r.account, r.kind, r.region ?? '']);
    if (rows.length !== report.breakdown.length || rows.some((row, at) => place(row) !== place(report.breakdown[at] ?? row))) {
        found({ path: ['breakdown'], message: `not the rows its items make (${rows.length}, one per account, kind and region with items)` });
    }
    else {
        rows.forEach((row, at) => {
            const stated = report.breakdown[at];
            if (stated === undefined)
                return;
            for (const key of COUNTED)
                if (stated.counts[key] !== row.counts[key])
                    found({ path: ['breakdown', at, 'counts', key], message: `not what its items count (${row.counts[key]})` });
        });
    }
}

;// CONCATENATED MODULE: ./lib/merge/shard-report.js
/**
 * What a shard report must be for mode merge to read it: the shape buildRunReport writes, checked
 * field by field. A shard report is a file from a downloaded artifact, so whoever can change the
 * artifact writes it. A value of the wrong type would throw deep in a renderer (a TypeError that
 * names nothing); one of the right type but not what we write (a count that is text, a mode that
 * is Markdown, a policy path with a line break) would reach the log, the job summary or the alert
 * issue as written. A merge must not guess: a file with any field that is not as inbound-guard
 * writes it is refused, the file and the field named. That is each value alone (the schema below),
 * and the values together (report-agreement.ts): an outcome its mode cannot give, a budget or a
 * count its items do not make.
 *
 * Fields this release does not know are let through unread: adding a field keeps the report's
 * version (docs/report.md), so shards run by a later release may carry one. No writer reads them;
 * where the merge passes an object on as the shard wrote it (an item, an error, a skipped
 * account), they stay in the merged JSON report, which is data like the shard's.
 *
 * zod/mini, as the policy's schema: it is in dist/'s entry chunk already (main.ts loads the policy
 * module in every mode, which also sets zod's `jitless`), so the merge chunk only adds this schema.
 */











/** Problems listed one by one in the refusal; the rest are counted. */
const MAX_PROBLEMS_NAMED = 10;
/**
 * `value` as a shard report, or an error naming `file` and each field that is not as inbound-guard
 * writes it. The value itself is returned, not zod's copy of it: the copy leaves out the fields this
 * release does not know, which the merge passes on with the items.
 */
function asShardReport(value, file) {
    const version = typeof value === 'object' && value !== null ? value.reportVersion : undefined;
    // Said apart: a report of another version is another release's, not a damaged file.
    if (version !== report_types/* REPORT_VERSION */.A) {
        throw new Error(`${file} is not an inbound-guard report of version ${report_types/* REPORT_VERSION */.A} (reportVersion ${JSON.stringify(version ?? null)}); all jobs must use the same release.`);
    }
    const deep = tooDeep(value, MAX_DEPTH);
    if (deep !== undefined)
        throw new Error(`${file}: ${deep} is nested deeper than ${MAX_DEPTH} levels, which no report of inbound-guard is; re-run the shard or re-download its artifact.`);
    const result = ShardReport.safeParse(value);
    if (!result.success)
        throw new Error(refusal(file, result.error.issues.map((issue) => problem(value, issue.path, issue.message))));
    const report = checked(value, result.data);
    // Each field as written, and together as written: an outcome its mode cannot give, a count its items do not make.
    const disagreeing = disagreements(report, MAX_PROBLEMS_NAMED);
    if (disagreeing.total > 0)
        throw new Error(refusal(file, disagreeing.first.map((d) => problem(value, d.path, d.message, true)), disagreeing.total));
    return report;
}
/**
 * The deepest a shard report's JSON goes is about 8 levels; fields this release does not know are
 * passed on unchecked, and one nested thousands deep would stop the merged report from being written
 * (JSON.stringify recurses; JSON.parse does not).
 */
const MAX_DEPTH = 64;
/** The top-level field holding a value nested deeper than `limit` in all, or undefined. */
function tooDeep(value, limit) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    for (const [field, child] of Object.entries(value))
        if (deeperThan(child, limit - 1))
            return field;
    return undefined;
}
/** Whether `value` holds containers nested more than `limit` deep. Iterative, its memory in the depth only: the value may be nested millions deep, or hold millions of rows. */
function deeperThan(value, limit) {
    const frames = [];
    const open = (v) => {
        if (typeof v !== 'object' || v === null)
            return false;
        if (frames.length >= limit)
            return true;
        frames.push((Array.isArray(v) ? v : Object.values(v)).values());
        return false;
    };
    if (open(value))
        return true;
    for (let top = frames.at(-1); top !== undefined; top = frames.at(-1)) {
        const step = top.next();
        if (step.done === true)
            frames.pop();
        else if (open(step.value))
            return true;
    }
    return false;
}
/**
 * The file's own value, typed by what zod accepted. Taking zod's copy as a RunReport is tsc's check
 * that the schema accepts nothing a RunReport could not be: a field whose type changes there must
 * change here too.
 */
function checked(value, _accepted) {
    return value;
}
/**
 * One line per problem: `accounts[3].counts.planned is "0<img>" — not a count (…)`; the file first
 * and what to do last. `total`: how many there are, when `problems` holds only the first.
 */
function refusal(file, problems, total = problems.length) {
    const fix = 're-run the shard or re-download its artifact';
    if (total === 1)
        return `${file}: ${problems[0] ?? ''}; ${fix}.`;
    const more = total - MAX_PROBLEMS_NAMED;
    return [`${file} is not a shard report as inbound-guard writes one; ${fix}:`, ...problems.slice(0, MAX_PROBLEMS_NAMED).map((p) => `- ${p}`), ...(more > 0 ? [`- …and ${more} more`] : [])].join('\n');
}
/**
 * `field is value — why`, the value as the file has it at `at`. A field that is not there is said
 * missing: zod's message then only repeats what it expected, a disagreement's (`whyMissing`) says why it must be there.
 */
function problem(root, at, message, whyMissing = false) {
    const path = at.filter((key) => typeof key !== 'symbol');
    const found = lookUp(root, path);
    const field = (0,locate/* formatKey */.TD)(path) || 'the report';
    if (found === MISSING)
        return whyMissing ? `${field} is missing — ${message}` : `${field} is missing`;
    return `${field} is ${shown(found)} — ${message}`;
}
const MISSING = Symbol('missing');
/** The value at `path`, or MISSING where a key is not there (own keys only: a file's `__proto__` is data). */
function lookUp(root, path) {
    let at = root;
    for (const key of path) {
        if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key))
            return MISSING;
        at = at[key];
    }
    return at;
}
/**
 * What was found, short: a string quoted (cut), a number as JavaScript writes it, a literal as JSON,
 * a container by its kind. The writers escape it. A number past what a double holds (1e309 in the
 * file) JSON.parse made Infinity, which JSON would show as `null`, not what the file had.
 */
function shown(value) {
    if (typeof value === 'string')
        return JSON.stringify((0,report_escape/* truncate */.xv)(value, 60));
    if (typeof value === 'number')
        return String(value);
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object' && value !== null)
        return 'an object';
    return JSON.stringify(value) ?? String(value);
}
// ---- the schema ---------------------------------------------------------------------------
/**
 * Every member of the union `T`, as the tuple z.enum takes: a list that leaves one out does not
 * compile, so a value added to a type in the model is accepted here (or this says where to add it).
 */
function everyOf() {
    return (values) => values;
}
const oneOf = (values, why = '') => schemas/* enum */.k5n(values, { error: `not one of ${values.join(', ')}${why}` });
const object = (shape) => schemas/* object */.Ikc(shape, { error: 'not an object' });
/**
 * A list whose elements are checked one at a time, stopping after MAX_PROBLEMS_NAMED + 1 problems:
 * zod's own array gathers every problem of every element before it returns (a hostile file of a
 * million bad rows overflowed its stack, or the heap), and the refusal names ten anyway. Typed as
 * the array of `item` it checks, so the RunReport check below still covers the elements' shape.
 */
const list = (item) => schemas/* array */.YOg(schemas/* unknown */.L5J(), { error: 'not a list' }).check(schemas/* superRefine */.zni((values, ctx) => {
    let found = 0;
    for (let i = 0; i < values.length && found <= MAX_PROBLEMS_NAMED; i++) {
        const result = parse/* safeParse */.xL(item, values[i]);
        if (result.success)
            continue;
        for (const issue of result.error.issues)
            ctx.issues.push({ code: 'custom', message: issue.message, input: values[i], path: [i, ...issue.path] });
        found += result.error.issues.length;
    }
}));
const shard_report_text = schemas/* string */.YjP({ error: 'not a string' });
const bool = schemas/* boolean */.zMY({ error: 'not true or false' });
const COUNT = 'not a count (a whole number, 0 or more)';
/** A count of items, writes or regions: what the summary and the alert issue print as a number. */
const count = schemas/* int */.Whr({ error: COUNT }).check(api/* _gte */.qm(0, { error: COUNT }));
const ACCOUNT = 'not an AWS account id (12 digits)';
/** A guarded account: its id is 12 digits wherever it came from (the policy, STS, Organizations). */
const account = schemas/* string */.YjP({ error: ACCOUNT }).check(schemas/* refine */.YPB((id) => (0,sender/* isAccountId */.JG)(id), { error: ACCOUNT }));
const PATH = 'not a file path (a string without control or invisible characters)';
/**
 * Without a character escape.ts replaces because a reader cannot see it or it changes what is seen
 * (hasHiddenCharacter): a policy path with one is not one a runner checked out.
 */
const policyPath = schemas/* string */.YjP({ error: PATH }).check(api/* _minLength */.m9(1, { error: PATH }), schemas/* refine */.YPB((path) => !(0,report_escape/* hasHiddenCharacter */.w)(path), { error: PATH }));
const DIGEST = 'not a sha256 digest (64 hex digits)';
const digest = schemas/* string */.YjP({ error: DIGEST }).check(api/* _regex */.Fk(/^[0-9a-f]{64}$/, { error: DIGEST }));
const SENDER = 'not a sender as inbound-guard names one (account:<12 digits>, organization:<o-id>, management-account:…, administrator:… or unknown)';
/** Built from identifiers of AWS's shape only (model/sender.ts), so that summary-json may pass it on: a file's must be too. */
const shard_report_sender = schemas/* string */.YjP({ error: SENDER }).check(schemas/* refine */.YPB(sender/* isSenderForm */.wy, { error: SENDER }));
const AWS_ID = "not an id of AWS's shape (letters, digits, - and _, or an ARN of them)";
/** An item's id, which summary-json passes on as safe to show: of AWS's shape (model/aws-id.ts), as a run's are. */
const awsId = schemas/* string */.YjP({ error: 'not a string' }).check(schemas/* refine */.YPB(aws_id/* isAwsIdForm */.f, { error: AWS_ID }));
const REGION = 'not an AWS region name (us-east-1)';
/**
 * The region of an item (and of a breakdown row): one that was swept, so a region this release or
 * the policy knows, of AWS's shape; summary-json passes it on. The region lists keep any string:
 * an account's region list may name one this release does not know, and it is reported skipped.
 */
const itemRegion = schemas/* string */.YjP({ error: REGION }).check(api/* _regex */.Fk(region_fields/* REGION_PATTERN */.aY, { error: REGION }));
const time = iso/* datetime */.w$({ error: 'not a time as inbound-guard writes one (ISO 8601, UTC: 2026-11-21T14:18:06.628Z)' });
const day = iso/* date */.p6({ error: 'not a day (YYYY-MM-DD)' });
const SHARD = `not a shard number (a whole number from 1 to ${shard/* MAX_SHARDS */.hH})`;
const shardNumber = schemas/* int */.Whr({ error: SHARD }).check(api/* _gte */.qm(1, { error: SHARD }), api/* _lte */.Zm(shard/* MAX_SHARDS */.hH, { error: SHARD }));
const OUTCOMES = everyOf()(['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'accepted-meanwhile', 'failed', 'held-by-budget', 'allowed', 'ignored']);
const COVERAGE_STATES = everyOf()(['swept', 'failed', 'not-governed', 'not-read', 'other-shard']);
const KIND_LIST = everyOf()(['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation']);
const VIA = everyOf()(['credentials', 'accounts', 'roles', 'organization']);
// Not `shard`: only the merge writes that (a shard whose report it did not find); a shard never does.
const ERROR_SERVICES = everyOf()(['iot', 'organizations', 'ram', 'guardduty', 'macie', 'securityhub', 'detective', 'sts', 'account']);
/** The allow lists there are, one per kind's policy section (`iot.allow`): a citation shows the name as written. */
const ALLOW_LISTS = registry/* KINDS */.GW.map((kind) => `${kind.section}.allow`);
/** Counts as countReportItems makes them: every outcome, and planned. */
const counts = object({ ...Object.fromEntries(OUTCOMES.map((o) => [o, count])), planned: count });
const regions = object({
    selection: oneOf(['all', 'list']),
    swept: list(shard_report_text),
    skipped: list(object({ region: shard_report_text, reason: shard_report_text })),
    failed: list(shard_report_text),
    otherShards: schemas/* exactOptional */.yqP(list(shard_report_text)),
    readByNoShard: schemas/* exactOptional */.yqP(list(shard_report_text)),
});
const coverage = object({ state: oneOf(COVERAGE_STATES), regions: schemas/* optional */.lqM(regions) });
/** An object with one value per kind. */
const perKind = (of) => object(Object.fromEntries(KIND_LIST.map((kind) => [kind, of])));
const optionalText = schemas/* optional */.lqM(shard_report_text);
const certificateTransfer = object({
    kind: schemas/* literal */.euz('certificate-transfer'),
    account,
    certificateId: awsId,
    certificateArn: shard_report_text,
    region: itemRegion,
    direction: oneOf(['incoming', 'outgoing']),
    sourceAccount: optionalText,
    targetAccount: optionalText,
    transferDate: optionalText,
    transferMessage: optionalText,
    caCertificateId: optionalText,
    certificateMode: optionalText,
    creationDate: optionalText,
    acceptedStatus: optionalText,
});
const handshake = object({
    kind: schemas/* literal */.euz('handshake'),
    account,
    id: awsId,
    arn: shard_report_text,
    type: shard_report_text,
    state: shard_report_text,
    direction: oneOf(['incoming', 'outgoing']),
    organizationId: optionalText,
    managementAccountId: optionalText,
    managementEmail: optionalText,
    managementName: optionalText,
    notes: optionalText,
    claimedSender: schemas/* optional */.lqM(object({ organizationId: shard_report_text, managementAccountId: optionalText, managementEmail: optionalText, managementName: optionalText })),
    recipient: optionalText,
    requestedAt: optionalText,
    expiresAt: optionalText,
});
const resourceShareInvitation = object({
    kind: schemas/* literal */.euz('resource-share-invitation'),
    account,
    region: itemRegion,
    invitationArn: awsId,
    shareArn: optionalText,
    shareName: optionalText,
    senderAccountId: optionalText,
    receiverArn: optionalText,
    status: shard_report_text,
    invitedAt: optionalText,
    resources: list(object({ arn: shard_report_text, type: optionalText })),
});
const securityInvitation = object({
    kind: schemas/* literal */.euz('security-invitation'),
    account,
    region: itemRegion,
    service: oneOf(items/* SECURITY_SERVICES */.Ql),
    administratorAccountId: awsId,
    invitationId: schemas/* optional */.lqM(awsId),
    status: shard_report_text,
    invitedAt: optionalText,
    memberEmail: optionalText,
});
const item = schemas/* discriminatedUnion */.gMt('kind', [certificateTransfer, handshake, resourceShareInvitation, securityInvitation], {
    error: (issue) => (issue.code === 'invalid_union' ? `not a kind of item this release knows (${KIND_LIST.join(', ')}): use one inbound-guard release for the shards and the merge` : 'not an object'),
});
const matched = object({
    list: oneOf(ALLOW_LISTS),
    index: count,
    position: object({ line: count, column: count }),
    note: optionalText,
    until: schemas/* optional */.lqM(day),
});
const reportItem = object({
    item,
    sender: shard_report_sender,
    action: oneOf(['allow', 'reject', 'decline', 'ignore']),
    reason: shard_report_text,
    matched: schemas/* optional */.lqM(matched),
    allowedThrough: schemas/* optional */.lqM(day),
    outcome: oneOf(OUTCOMES),
    detail: optionalText,
    hint: optionalText,
    rejectReason: optionalText,
});
const accountReport = object({
    account,
    via: oneOf(VIA),
    roleArn: optionalText,
    read: oneOf(['complete', 'partial', 'none']),
    regions,
    handshakes: oneOf(COVERAGE_STATES),
    kinds: perKind(coverage),
    counts,
});
const budget = object({
    limit: count,
    source: oneOf(['input', 'policy', 'default']),
    planned: count,
    tripped: bool,
    share: schemas/* optional */.lqM(object({ runLimit: count, shards: shardNumber })),
});
const sweepError = object({
    service: oneOf(ERROR_SERVICES),
    account: schemas/* optional */.lqM(account),
    region: optionalText,
    message: shard_report_text,
    code: optionalText,
    action: optionalText,
    hint: optionalText,
});
const runContext = object({
    id: count,
    attempt: count,
    repository: shard_report_text,
    workflow: optionalText,
    workflowRef: optionalText,
    job: optionalText,
    event: optionalText,
    sha: optionalText,
    url: shard_report_text,
});
/** A shard's report. `timings` (dropped by the merge) and `plan` (a plan is never a shard) are not read. */
const ShardReport = object({
    reportVersion: schemas/* literal */.euz(report_types/* REPORT_VERSION */.A),
    toolVersion: shard_report_text,
    generatedAt: time,
    run: schemas/* optional */.lqM(runContext),
    mode: oneOf(['dry-run', 'enforce'], ' (the modes a shard runs in)'),
    callerAccount: account,
    policy: object({ path: policyPath, digest }),
    shard: schemas/* optional */.lqM(object({ index: shardNumber, count: shardNumber }).check(schemas/* refine */.YPB((s) => s.index <= s.count, { error: 'not a shard of its count (index above count)', path: ['index'] }))),
    accounts: list(accountReport),
    skippedAccounts: list(object({ account, reason: shard_report_text, fails: bool })),
    budget,
    counts,
    breakdown: list(object({ account, region: schemas/* optional */.lqM(itemRegion), kind: oneOf(KIND_LIST), counts })),
    kinds: perKind(object({ governed: bool, counts })),
    errors: list(sweepError),
    items: list(reportItem),
    failures: list(shard_report_text),
});

;// CONCATENATED MODULE: ./lib/merge/read-shard-reports.js



/** A shard report is a few MiB at most; a larger file in the folder is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/**
 * Every `*.json` under `folder` (relative to the workspace), read as a shard report. Anything that
 * is not a report of this version, complete and with every field as inbound-guard writes it
 * (shard-report.ts), is an error naming the file and the field: a merge must not guess.
 */
async function readShardReports(workspace, folder) {
    const root = (0,external_node_path_.resolve)(workspace, folder);
    let files;
    try {
        files = (await (0,promises_.readdir)(root, { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
            .map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name))
            .sort();
    }
    catch (error) {
        throw new Error(`Cannot read the reports folder ${folder} (${error instanceof Error ? error.message : String(error)}); download the shard artifacts into it first.`);
    }
    const reports = [];
    for (const path of files) {
        const file = (0,external_node_path_.relative)(workspace, path) || path;
        const bytes = await (0,promises_.readFile)(path);
        if (bytes.length > MAX_REPORT_BYTES)
            throw new Error(`${file} is larger than any shard report (${bytes.length} bytes).`);
        let value;
        try {
            value = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error(`${file} is not JSON, so it is not a shard report; keep only the shard reports in ${folder}.`);
        }
        reports.push({ file, report: asShardReport(value, file) });
    }
    return reports;
}


/***/ })

};

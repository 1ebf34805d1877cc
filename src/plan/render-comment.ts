/**
 * The plan as Markdown: the sticky PR comment and the job summary of a plan-mode run. Pure.
 * Every cell that carries text from AWS goes through the report helpers (inertMarkdown, code,
 * itemSource, entryCitation), so a sender cannot add markup, links or @mentions to the comment.
 * The body never exceeds `maxLength`: tables are cut to fit, with a count of what was left out.
 */
import { sha256Hex } from '../builtins.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import type { SweepError } from '../sweep/events.js';
import { itemId, itemKind, itemPlace, itemSource, lapseCell, lineUrl, type SourceLinks } from '../report/describe-item.js';
import { code, inertMarkdown, inertMarkdownWithCode } from '../report/escape.js';
import { joinWords, reportFileOutput } from '../report/markdown.js';
import { budgetSource } from '../act/budget.js';
import { namedCut, unknownRegionsBanner } from '../report/run-summary.js';
import { failingSkips, NOT_GUARDED_GROUP } from '../run/run-report.js';
import { errorsText } from '../policy/format-issue.js';
import type { PolicyProblems } from '../policy/types.js';
import { DEFAULT_LAPSE_WINDOW_DAYS, type FoundCounts, foundCounts } from './diff-decisions.js';
import { Budgeter, byteSize, COMMENT_MAX_LENGTH, cutToBytes, DEFAULT_MAX_ROWS } from './comment-budget.js';
import { ACTION_ORDER, baseCell, decisionCell, decisionLabel, entrySections, errorWhere, lapsingCell, optionalKindsSwept, sameEntry, whyCell } from './render-cells.js';
import { policyChangesSection, weakeningBanner } from './render-policy-changes.js';
import type { BasePolicy, ChangeKind, EntryDiff, ItemChange, LapsingAllowance, LapsingEntry, Plan, PlanView, PolicyChange, SweepScope } from './types.js';

export { byteSize, COMMENT_MAX_LENGTH, GITHUB_COMMENT_LIMIT } from './comment-budget.js';

export interface RenderOptions {
  /** Links to policy lines at the PR's head commit (the PR's decisions and added entries). */
  readonly headLinks?: SourceLinks | undefined;
  /** Links to policy lines at the PR's base commit (the base's decisions and removed entries). */
  readonly baseLinks?: SourceLinks | undefined;
  /** The workflow run that produced this plan. */
  readonly runUrl?: string | undefined;
  /**
   * Where the JSON report was written on the runner (the `report-file` output); set when the run
   * wrote one. The footer names the output, not this path: the runner, and the file, are gone by
   * the time anyone reads the comment.
   */
  readonly reportFile?: string | undefined;
  /** In UTF-8 bytes. Default COMMENT_MAX_LENGTH. */
  readonly maxLength?: number | undefined;
  /** Rows per table at most. Default 100. */
  readonly maxRows?: number | undefined;
  /** Where the rows left out can be read, e.g. "in the job summary of the run and the JSON report". */
  readonly omittedWhere?: string | undefined;
  /** Where the rows a cut table of items leaves out can be read; default omittedWhere (summaryOmittedWhere sets both). */
  readonly itemsOmittedWhere?: string | undefined;
  readonly lapseWindowDays?: number | undefined;
  /**
   * `full`: every pending item with its sender. `summary`: counts and the policy changes only, no
   * item, account or sender named (the `comment-detail` input; the default on public repositories).
   */
  readonly detail?: CommentDetail | undefined;
  /**
   * The account the workflow's credentials belong to (Plan.account; with `targets`, the one that
   * assumed the roles, not every account read): the comment's key (planMarker), named in its title
   * (by its tag only, under `summary`). Undefined when the run read no account.
   */
  readonly account?: string | undefined;
}

/** How much of the account a plan shows: see RenderOptions.detail. */
export type CommentDetail = 'full' | 'summary';

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
export function planMarker(policyPath: string, account?: string): string {
  return `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}${account === undefined ? '' : `${TAG_PART}${accountTag(account)}`}${MARKER_END}`;
}

/**
 * The plan marker a comment starts with for this policy file, with or without an account tag;
 * undefined when it starts with none. Only the start counts: a marker quoted further down (another
 * workflow's comment, by the same bot, quoting a stranger) does not make the comment ours. (A run
 * that read no account rewrites every one of them: see plan-mode.ts.)
 */
export function planMarkerIn(body: string, policyPath: string): string | undefined {
  // Read as text, not as a pattern built from the path (the path is the user's input).
  const start = `<!-- ${MARKER_PREFIX}${encodedPath(policyPath)}`;
  if (!body.startsWith(start)) return undefined;
  const rest = body.slice(start.length, start.length + TAG_PART.length + TAG_LENGTH + MARKER_END.length);
  if (rest.startsWith(MARKER_END)) return `${start}${MARKER_END}`;
  if (rest.startsWith(TAG_PART) && isTag(rest.slice(TAG_PART.length, TAG_PART.length + TAG_LENGTH)) && rest.endsWith(MARKER_END)) return `${start}${rest}`;
  return undefined;
}

const isTag = (text: string): boolean => text.length === TAG_LENGTH && [...text].every((c) => '0123456789abcdef'.includes(c));

function encodedPath(policyPath: string): string {
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
export function accountTag(account: string): string {
  return sha256Hex(`inbound-guard plan comment account:${account}`).slice(0, TAG_LENGTH);
}

export function renderPlanComment(view: PlanView, options: RenderOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const policyPath = view.kind === 'invalid' ? view.policyPath : view.kind === 'validation-only' ? view.head.path : view.plan.head.path;
  const ctx = new RenderContext(maxLength, options);
  // What the PR weakens comes first: it matters even when nothing pending changes today.
  const head = [planMarker(policyPath, options.account), `## ${icon(view)} inbound-guard plan · ${code(policyPath)}${accountTitle(view, options)}`, '', ...weakeningBanner(policyChangesOf(view), options)];
  const footer = footerLine(view, options);
  ctx.reserve(byteSize(head.join('\n')) + byteSize(footer) + 4);

  const body: string[] = [];
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
  if (byteSize(text) <= maxLength) return text;
  const note = cutNote(view, options);
  return `${cutToBytes(text, Math.max(0, maxLength - byteSize(note) - 2))}\n\n${note}`;
}

/**
 * The line under a body cut as a last resort: where the rest truly is, by what the run kept. Never
 * "the job summary": this may be the job summary, and a comment's rest may not be in it either (it
 * is written before the comment, but may have failed, or been cut here itself).
 */
function cutNote(view: PlanView, options: RenderOptions): string {
  const rest = cutRest(view, options);
  return `_…cut to fit: the rest is not shown here${rest === undefined ? '' : `; ${rest}`}._`;
}

/** What the run kept of a cut body: undefined when nothing else has it (a validation-only plan, a summary plan without its report). */
function cutRest(view: PlanView, options: RenderOptions): string | undefined {
  const run = `the run${runAt(options)}`;
  // Each problem is annotated, and so in the log (annotatePolicyIssues).
  if (view.kind === 'invalid') return `the log of ${run} has each problem, as an annotation`;
  if (view.kind !== 'planned') return undefined;
  if (options.reportFile) return `the JSON report (\`report-file\`) of ${run} has every item and every change`;
  // As acceptedBanner's rest: a full plan's log lists every item in its Plan group (logPlan); a summary plan's names none.
  return options.detail === 'summary' ? undefined : `the log of ${run} lists every item in its Plan group`;
}

/**
 * Which account the comment is about, when the run read one: each has its own comment (planMarker),
 * and the title tells them apart. `summary` names no account, so it shows the tag the marker holds
 * (the same in every run of that account); the footer says what the tag is. With `targets` the
 * plan covers the accounts the credentials' account assumed roles in: "via" that account.
 */
function accountTitle(view: PlanView, options: RenderOptions): string {
  if (options.account === undefined) return '';
  const via = view.kind === 'planned' && view.plan.accounts.some((a) => a !== options.account) ? 'via ' : '';
  return options.detail === 'summary' ? ` · ${via}account tag ${code(accountTag(options.account))}` : ` · ${via}account ${code(options.account)}`;
}

function icon(view: PlanView): string {
  if (view.kind === 'invalid') return '❌';
  if ((policyChangesOf(view) ?? []).some((c) => c.effect === 'weakens')) return '⚠️';
  if (view.kind === 'validation-only') return '📝';
  const p = view.plan;
  return p.budget.tripped || p.errors.length > 0 || failingSkips(p.skippedAccounts ?? []).length > 0 || (p.unknownRegions ?? []).length > 0 || (p.acceptedAgainstPolicy ?? []).length > 0 ? '⚠️' : '🔍';
}

function policyChangesOf(view: PlanView): readonly PolicyChange[] | undefined {
  return view.kind === 'planned' ? view.plan.policyChanges : view.kind === 'validation-only' ? view.policyChanges : undefined;
}

// ---- the three views ----------------------------------------------------------------------

function renderInvalid({ issues, errorCount }: PolicyProblems, path: string, base: BasePolicy, ctx: RenderContext): string[] {
  const lines = [
    `**❌ Invalid: ${errorsText(errorCount)}.** The policy in this PR does not validate, so it cannot be merged as is. Nothing was read from AWS.`,
    '',
    baseLine(base, path, ctx.options),
    '',
  ];
  ctx.spend(lines);
  lines.push(ctx.table(['Line:col', 'Key', 'Problem'], issues, (i) => [`${i.line}:${i.column}`, i.key ? code(i.key) : '', inertMarkdownWithCode(i.message, 600)], 1));
  return lines;
}

function renderValidationOnly(view: Extract<PlanView, { kind: 'validation-only' }>, ctx: RenderContext): string[] {
  const lines = [
    `**✅ Valid — validation only.** This run has no AWS credentials (pull requests from forks get no OIDC token), so the account was not read and no plan was computed. This is not a failure; a run with credentials, e.g. from a branch of this repository, shows what the policy would do.`,
    '',
    `<sub>${inertMarkdown(view.why, 200)}</sub>`,
    '',
    baseLine(view.base, view.head.path, ctx.options),
    '',
  ];
  ctx.spend(lines);
  lines.push(...policySections(view.policyChanges, view.entries, view.lapsingEntries, ctx));
  return lines;
}

/**
 * With a base policy to compare: every change to the policy (allow entries included), then the
 * entries lapsing soon. Without one (the PR adds the policy, or the base is invalid): the entries
 * the PR's policy has, since nothing is in force to compare with.
 */
function policySections(changes: readonly PolicyChange[] | undefined, entries: EntryDiff, lapsing: readonly LapsingEntry[], ctx: RenderContext): string[] {
  if (changes === undefined) return entrySections(entries, lapsing, ctx);
  return [...policyChangesSection(changes, ctx.options, ctx), ...entrySections({ added: [], removed: [], kept: entries.kept }, lapsing, ctx)];
}

function renderPlanned(plan: Plan, ctx: RenderContext): string[] {
  const { diff } = plan;
  const summary = ctx.options.detail === 'summary';
  // Several accounts read: every item says which, and items come account by account (the sweep's order).
  const many = plan.accounts.length > 1;
  const place = many ? 'Account, region' : 'Region';
  const lines = [
    verdict(plan, summary),
    ...budgetBanner(plan),
    ...errorBanner(plan.errors, ctx, summary),
    ...notGuardedBanner(plan, summary, ctx.options),
    // Region names only, no account: the same block in a summary comment.
    ...unknownRegionsBanner(plan.unknownRegions ?? []),
    ...acceptedBanner(plan, summary, many, ctx.options),
    '',
    baseLine(plan.base, plan.head.path, ctx.options, plan.baseStopsAtPin),
    '',
    ...(summary ? [summaryNote(ctx.options), ''] : []),
  ];
  ctx.spend(lines);

  // An entry some lapsing item needs is in that item's row, not among the entries no item needs.
  const lapsingEntries = plan.lapsingEntries.filter((e) => !diff.lapsingSoon.some((l) => l.entries.some((m) => sameEntry(m, e.entry))));
  lines.push(...policySections(plan.policyChanges, plan.entries, lapsingEntries, ctx));

  const changed = diff.changes.filter((c) => c.change !== 'unchanged');
  lines.push(`### Pending items whose fate changes (${changed.length})`, '');
  ctx.spend(lines.slice(-2));
  if (changed.length === 0) {
    lines.push('_None: every item found fares the same under this policy as under the base branch’s._');
  } else if (summary) {
    lines.push(`Merged, this policy would ${changeCounts(plan)}; which items is left out of a summary comment.`);
  } else {
    const row = (c: ItemChange) => [CHANGE_LABEL[c.change], itemKind(c.item), itemId(c.item), itemPlace(c.item, many), itemSource(c.item), baseCell(c, plan, ctx.options), decisionCell(c.head, ctx.options.headLinks, 'not swept under this policy')];
    lines.push(ctx.table(['Change', 'Kind', 'Id', place, 'Source', 'Today (base branch)', 'With this PR'], changed, row, 0.5, ctx.itemsWhere));
  }
  lines.push('');

  if (diff.lapsingSoon.length > 0) {
    const days = ctx.options.lapseWindowDays ?? DEFAULT_LAPSE_WINDOW_DAYS;
    const these = summary ? `${diff.lapsingSoon.length} pending ${plural(diff.lapsingSoon.length, 'item is', 'items are')}` : plural(diff.lapsingSoon.length, 'This pending item is', 'These pending items are');
    lines.push(`### ⏳ Allowances lapsing within ${days} days (${diff.lapsingSoon.length})`, '', `${these} allowed now only by entries with \`until\`: once the last of those lapses no entry allows ${diff.lapsingSoon.length === 1 ? 'it' : 'them'}, and scheduled runs act on ${diff.lapsingSoon.length === 1 ? 'it' : 'them'}.`, '');
    ctx.spend(lines.slice(-4));
    const row = (l: LapsingAllowance) => [itemKind(l.change.item), itemId(l.change.item), itemPlace(l.change.item, many), itemSource(l.change.item), lapsingCell(l, ctx.options.headLinks), lapseCell(l.until, l)];
    if (!summary) lines.push(ctx.table(['Kind', 'Id', place, 'Source', 'Allowed by', 'Lapses'], diff.lapsingSoon, row, 0.3, ctx.itemsWhere), '');
  }

  // What the PR's policy acts on first, then what it allows, then what is not ours: a cut table keeps the first.
  const pending = diff.changes.filter((c) => c.head !== undefined).sort((a, b) => ACTION_ORDER[a.head?.action ?? 'ignore'] - ACTION_ORDER[b.head?.action ?? 'ignore']);
  if (summary) return lines;
  const found = foundCounts(diff);
  if (found.baseOnly === 0) {
    lines.push(`### Items found now (${pending.length}) and what this PR’s policy does to each`, '');
    ctx.spend(lines.slice(-2));
  } else {
    lines.push(`### Items found now where this PR’s policy sweeps (${pending.length}) and what it does to each`, '', baseOnlyNote(found), '');
    ctx.spend(lines.slice(-4));
  }
  if (pending.length === 0) {
    lines.push('_None: nothing was found in the parts of the account this policy governs._');
  } else {
    const row = (c: ItemChange) => [decisionLabel(c.head), itemKind(c.item), itemId(c.item), itemPlace(c.item, many), itemSource(c.item), whyCell(c.head, ctx.options.headLinks)];
    lines.push(ctx.table(['With this PR', 'Kind', 'Id', place, 'Source', 'Why'], pending, row, 1, ctx.itemsWhere));
  }
  return lines;
}

/** Why a summary comment names no item, and where they are: the JSON report, when the run wrote it. */
function summaryNote(options: RenderOptions): string {
  const report = options.reportFile ? 'The JSON report of the run (`report-file`) has every item.' : 'The JSON report of the run, which would have every item, could not be written.';
  return `<sub>Item details (ids, senders, their messages) are left out: \`comment-detail: summary\`, the default on public repositories, where anyone can read this. ${report}</sub>`;
}

// ---- pieces -------------------------------------------------------------------------------

const CHANGE_LABEL: Record<ChangeKind, string> = {
  'newly-allowed': '✅ newly allowed',
  'newly-acted': '🛑 newly acted on',
  'newly-left-alone': '↷ no longer acted on',
  unchanged: 'unchanged',
};

function verdict(plan: Plan, summary: boolean): string {
  const n = foundCounts(plan.diff);
  const where = plan.accounts.length > 1 ? `${plan.accounts.length} accounts` : summary ? 'the account' : `account ${code(plan.accounts[0] ?? plan.account)}`;
  // The changes counted include items in parts only the base sweeps (a region dropped): the total must hold them too.
  const found = n.baseOnly === 0
    ? `${n.all} ${plural(n.all, 'item', 'items')} found in ${where}`
    : `${n.all} ${plural(n.all, 'item', 'items')} found in ${where} under either policy (${n.all === 1 ? 'only' : `${n.baseOnly} of them only`} where the base branch’s policy sweeps and this one does not)`;
  const counts = changeCounts(plan);
  const policyChanged = (plan.policyChanges ?? []).length > 0;
  const weakens = (plan.policyChanges ?? []).filter((c) => c.effect === 'weakens').length;
  const effect = counts === ''
    ? policyChanged
      ? `**✅ Valid.** None of the ${found} fares differently today, but the policy itself changes: **${plan.policyChanges?.length ?? 0} policy ${plural(plan.policyChanges?.length ?? 0, 'change', 'changes')}**${weakens > 0 ? `, **${weakens} weakening protection** (above)` : ''}.`
      : `**✅ Valid. No change** to the ${found}: each fares the same as under the base branch’s policy.`
    : `**✅ Valid.** Merged, this policy would ${counts} of the ${found}.`;
  const acts = `With it, a scheduled enforce run would reject or decline **${plan.budget.planned}** (budget ${plan.budget.limit}).`;
  return `${effect} ${acts}`;
}

/** Below "Items found now" when the base sweeps parts the PR's policy does not: the items found there, which that table leaves out. */
function baseOnlyNote(n: FoundCounts): string {
  const these = `${n.baseOnly} ${plural(n.baseOnly, 'item', 'items')} found only where the base branch’s policy sweeps and this one does not`;
  const fate = n.baseOnlyChanged === 0
    ? `the base branch’s policy does not act on ${n.baseOnly === 1 ? 'it' : 'them'} either`
    : n.baseOnlyChanged === n.baseOnly
      ? `${n.baseOnly === 1 ? 'it is' : 'they are'} in the table above, as no longer acted on`
      : `the ${n.baseOnlyChanged} the base branch’s policy acts on ${n.baseOnlyChanged === 1 ? 'is' : 'are'} in the table above, as no longer acted on`;
  return `_Not listed here: ${these}; ${fate}._`;
}

/** "**newly allow 2**, **newly reject or decline 1** and **stop acting on 1**", or '' when nothing changes. */
function changeCounts(plan: Plan): string {
  const { diff } = plan;
  return joinWords([
    diff.newlyAllowed.length > 0 ? `**newly allow ${diff.newlyAllowed.length}**` : '',
    diff.newlyActed.length > 0 ? `**newly reject or decline ${diff.newlyActed.length}**` : '',
    diff.newlyLeftAlone.length > 0 ? `**stop acting on ${diff.newlyLeftAlone.length}**` : '',
  ].filter(Boolean));
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

function budgetBanner(plan: Plan): string[] {
  const b = plan.budget;
  if (!b.tripped) return [];
  return [
    '',
    '> [!CAUTION]',
    `> **This policy would trip the budget.** It acts on **${b.planned}** pending items; the budget is **${b.limit}** (${budgetSource(b)}). The next scheduled enforce run after merging would act on none of them and fail. If the list below is what you mean, raise \`max-actions\` for one run; otherwise fix the policy.`,
  ];
}

function errorBanner(errors: readonly SweepError[], ctx: RenderContext, summary: boolean): string[] {
  if (errors.length === 0) return [];
  // AWS error messages may name accounts and roles: a summary comment leaves them out.
  const shown = errors.slice(0, 10).map((e) => `> - ${errorWhere(e)}${summary ? '' : `: ${inertMarkdown(e.message, 200)}`}`);
  // Not "in the job summary": its banner stops at 10 too. Each part not read is one of the step's failures.
  const more = errors.length > 10 ? [`> - …and ${errors.length - 10} more: the failures of the run${runAt(ctx.options)} name each${ctx.options.reportFile ? ', as its JSON report does' : ''}`] : [];
  return ['', '> [!WARNING]', `> **Parts of the account could not be read**; items there are not in this plan:`, ...shown, ...more];
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
function notGuardedBanner(plan: Plan, summary: boolean, options: RenderOptions): string[] {
  const outside = failingSkips(plan.skippedAccounts ?? []);
  if (outside.length === 0) return [];
  const n = outside.length;
  const them = plural(n, 'it', 'them');
  const lines = [
    '',
    '> [!WARNING]',
    `> **${n} ${plural(n, 'account', 'accounts')} not guarded**, named by the policy’s targets or listed by the organization: nothing of ${them} was read, so ${plural(n, 'its', 'their')} items are not in this plan, and the plan job fails on ${them}, as a scheduled run would${summary ? '.' : ':'}`,
  ];
  if (summary) return lines;
  const rows = outside.slice(0, NOT_GUARDED_ROWS).map((s) => `> - ${code(s.account)}: ${inertMarkdown(s.reason, 300)}`);
  // The log's group names every account not guarded (logNotGuarded, written by a full plan); the JSON report lists them (skippedAccounts).
  const where = `the “${NOT_GUARDED_GROUP}” group of the log of the run${runAt(options)} names each${options.reportFile ? ', as its JSON report does' : ''}`;
  const rest = namedCut(outside.slice(NOT_GUARDED_ROWS).map((s) => code(s.account)), `${plural(n - rows.length, 'account', 'accounts')} not guarded`, where, NOT_GUARDED_NAMED);
  return [...lines, ...rows, ...(rest === '' ? [] : [`> - ${rest}`])];
}

/**
 * Items someone in the account accepted from senders the PR's policy does not allow: the plan job
 * fails on them, and the reviewer reads why here. A summary comment gives the count only.
 */
function acceptedBanner(plan: Plan, summary: boolean, many: boolean, options: RenderOptions): string[] {
  const accepted = plan.acceptedAgainstPolicy ?? [];
  if (accepted.length === 0) return [];
  const n = accepted.length;
  const lines = [
    '',
    '> [!CAUTION]',
    `> **${n} ${plural(n, 'item was', 'items were')} accepted in the account against this policy** (before this run, or after it listed ${plural(n, 'it', 'them')}; a handshake stays listed for 30 days after it is accepted): nothing is left to reject or decline, and a person should look now. The plan job fails until the policy allows ${plural(n, 'that sender', 'those senders')} or the listing drops ${plural(n, 'it', 'them')}.`,
  ];
  if (summary) return lines;
  // At most 10 rows and ACCEPTED_BANNER_BYTES: senders write the names and notes a row quotes, and
  // the banner comes before every table of the comment, whose budget it would otherwise eat.
  const shown: string[] = [];
  let bytes = 0;
  for (const { item, reason } of accepted.slice(0, 10)) {
    const row = `> - ${itemKind(item)} ${itemId(item)}${many ? ` in ${code(item.account)}` : ''} from ${itemSource(item)}: ${inertMarkdown(reason, MAX_REASON_LENGTH)}`;
    if (shown.length > 0 && bytes + byteSize(row) > ACCEPTED_BANNER_BYTES) break;
    shown.push(row);
    bytes += byteSize(row);
  }
  // The job summary's banner stops where the comment's does; the log's Plan group marks each (logPlan), the JSON report lists them.
  const rest = `in the log of the run${runAt(options)}, whose Plan group marks each “accepted against this policy”${options.reportFile ? ', and in its JSON report' : ''}`;
  return [...lines, ...shown, ...(n > shown.length ? [`> - …and ${n - shown.length} more ${rest}`] : [])];
}

/** The most the accepted-items banner's rows take of a plan comment (GitHub's limit is 65,536 characters). */
export const ACCEPTED_BANNER_BYTES = 8_000;

function baseLine(base: BasePolicy, path: string, options: RenderOptions, stopsAtPin?: Plan['baseStopsAtPin']): string {
  const at = options.baseLinks ? ` at ${code(options.baseLinks.sha.slice(0, 12))}` : '';
  if (base.state === 'valid' && stopsAtPin !== undefined) {
    const line = `line ${stopsAtPin.line}`;
    const pin = `${code('accounts')} pin (${options.baseLinks ? `[${line}](${lineUrl(options.baseLinks, stopsAtPin.line)})` : line})`;
    return `Compared with the base branch’s ${code(path)}${at}, which has no ${code('targets')} and whose ${pin} leaves out the account of these credentials: scheduled runs on it stop there before reading anything, so “today” below is “nothing done”.`;
  }
  switch (base.state) {
    case 'missing':
      return `The base branch has no ${code(path)}${at}: this PR adds the policy. Nothing is enforced today, so “today” below is “nothing done”.`;
    case 'invalid':
      return `⚠️ The base branch’s ${code(path)}${at} is itself invalid (${errorsText(base.errorCount)}): scheduled runs fail on it and act on nothing, so “today” below is “nothing done”. Only this PR’s policy has to be valid.`;
    case 'valid':
      return `Compared with the base branch’s ${code(path)}${at}.`;
  }
}

/**
 * Where a plan's job summary says the rows it cut can be read: the JSON report when the run has one,
 * named as the footers name it (its path is the runner's, gone when the summary is read). Without
 * it, a cut table of items sends readers to the log of the run, whose Plan group lists every item
 * with its decision under each policy (logPlan in github/plan-mode.ts, written before the summary
 * by every plan that read the account with comment-detail full: the only plans whose summary has
 * tables of items). The policy's changes and entries are in no other output.
 */
export function summaryOmittedWhere(hasReport: boolean): Pick<RenderOptions, 'omittedWhere' | 'itemsOmittedWhere'> {
  if (hasReport) {
    const report = `in the JSON report, ${reportFileOutput()}`;
    return { omittedWhere: report, itemsOmittedWhere: report };
  }
  return { omittedWhere: 'nowhere else: the list was cut', itemsOmittedWhere: 'in the log of this run, whose Plan group lists every item' };
}

/** The comment's cut tables: the plan's job summary has more rows (and says where the rest are when it cuts too); the JSON report, when written. */
function where(options: RenderOptions): string {
  return options.omittedWhere ?? `in the job summary of the run${runAt(options)}${options.reportFile ? ' and in its JSON report' : ''}`;
}

/** ` (url)` of the run, when known. */
function runAt(options: RenderOptions): string {
  return options.runUrl ? ` (${options.runUrl})` : '';
}

function footerLine(view: PlanView, options: RenderOptions): string {
  const parts: string[] = [];
  if (view.kind === 'planned') {
    const p = view.plan;
    parts.push(...sweptParts(p), `read-only: nothing was written`);
  }
  if (options.headLinks) parts.push(`policy at ${code(options.headLinks.sha.slice(0, 12))}`);
  if (options.account !== undefined && options.detail === 'summary') parts.push(`account tag ${code(accountTag(options.account))}: one comment per AWS account planned, its id not shown`);
  if (options.runUrl) parts.push(`[workflow run](${options.runUrl})`);
  // As the job summary's footer says it (report/run-summary.ts): the output a workflow keeps the report by.
  if (options.reportFile && view.kind === 'planned') parts.push(`JSON report: ${reportFileOutput()}`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/**
 * What was swept under which policy: one scope when both policies read the same, else each its own
 * (a PR that stops sweeping a region must not show the base's regions as if they were its own).
 */
function sweptParts(plan: Plan): string[] {
  const handshakesRead = !plan.errors.some((e) => e.service === 'organizations');
  const describe = (scope: SweepScope): string => {
    const regions = scope.regions === 'all'
      ? [`every enabled region (${plan.regions.swept.length} read: ${plan.regions.swept.map(code).join(', ') || 'none'})`]
      : scope.regions.map((r) => `${code(r)}${plan.regions.swept.includes(r) ? '' : ' (not read)'}`);
    const types = scope.handshakeTypes.map(code);
    return `IoT ${regions.length ? regions.join(', ') : 'none'}; handshakes ${types.length ? `${types.join(', ')}${handshakesRead ? '' : ' (not read)'}` : 'none'}${optionalKindsSwept(scope).map((o) => `; ${o}`).join('')}`;
  };
  const { base, head } = plan.scopes;
  if (base === undefined) return [`swept for this PR’s policy: ${describe(head)}`];
  if (describe(base) === describe(head)) return [`swept for both policies: ${describe(head)}`];
  return [`swept for the base policy: ${describe(base)}`, `for this PR’s policy: ${describe(head)}`];
}

/** The size budget of one rendering, with the options it was asked for. */
class RenderContext extends Budgeter {
  readonly options: RenderOptions;
  /** Where the rows a cut table of items leaves out can be read. */
  readonly itemsWhere: string;

  constructor(maxLength: number, options: RenderOptions) {
    super(maxLength, options.maxRows ?? DEFAULT_MAX_ROWS, where(options));
    this.options = options;
    this.itemsWhere = options.itemsOmittedWhere ?? where(options);
  }
}

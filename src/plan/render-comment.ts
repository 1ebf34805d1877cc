/**
 * The plan as Markdown: the sticky PR comment and the job summary of a plan-mode run. Pure.
 * Every cell that carries text from AWS goes through the report helpers (inertMarkdown, code,
 * itemSource, entryCitation), so a sender cannot add markup, links or @mentions to the comment.
 * The body never exceeds `maxLength`: tables are cut to fit, with a count of what was left out.
 * Its pieces: the marker (plan-marker.ts), the options and size budget (render-context.ts), the
 * verdict (render-verdict.ts), the blocks under it (render-banners.ts), the policy's changes
 * (render-policy-changes.ts) and the cells (render-cells.ts).
 */
import { itemId, itemKind, itemPlace, itemSource, lapseCell, lineUrl } from '../report/describe-item.js';
import { code, inertMarkdown, inertMarkdownWithCode } from '../report/escape.js';
import { reportFileOutput } from '../report/markdown.js';
import { unknownRegionsBanner } from '../report/run-summary-banners.js';
import { failingSkips } from '../run/report-errors.js';
import { errorsText } from '../policy/format-issue.js';
import type { PolicyProblems } from '../policy/types.js';
import type { SweepError } from '../sweep/events.js';
import { DEFAULT_LAPSE_WINDOW_DAYS } from '../decide/in-force.js';
import { foundCounts } from './diff-decisions.js';
import { byteSize, COMMENT_MAX_LENGTH, cutToBytes } from './comment-budget.js';
import { accountTag, planMarker } from './plan-marker.js';
import { acceptedBanner, baseOnlyBanner, budgetBanner, byChoiceBlock, errorBanner, noLongerGuardedBlock, notGuardedBanner } from './render-banners.js';
import { ACTION_ORDER, baseCell, decisionCell, decisionLabel, entrySections, lapsingCell, optionalKindsSwept, regionsNotRead, sameEntry, whyCell } from './render-cells.js';
import { RenderContext, type RenderOptions, runAt } from './render-context.js';
import { newPermissionsLines, policyChangesSection, weakeningBanner, withGuardRoleNotes } from './render-policy-changes.js';
import { baseOnlyNote, changeCounts, verdict } from './render-verdict.js';
import { plural } from '../model/words.js';
import type { NewPermissions } from './new-permissions.js';
import type { BasePolicy, ChangeKind, EntryDiff, ItemChange, LapsingAllowance, LapsingEntry, Plan, PlanView, PolicyChange, SweepScope } from './types.js';

export { byteSize, COMMENT_MAX_LENGTH, GITHUB_COMMENT_LIMIT } from './comment-budget.js';

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
  return p.budget.tripped || p.errors.length > 0 || (p.baseOnlyErrors ?? []).length > 0 || failingSkips(p.skippedAccounts ?? []).length > 0 || (p.noLongerGuarded ?? []).length > 0 || (p.unknownRegions ?? []).length > 0 || (p.acceptedAgainstPolicy ?? []).length > 0 ? '⚠️' : '🔍';
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
  lines.push(...policySections(view.policyChanges, view.newPermissions, view.entries, view.lapsingEntries, ctx));
  return lines;
}

/**
 * With a base policy to compare: every change to the policy (allow entries included), then the
 * entries lapsing soon. Without one (the PR adds the policy, or the base is invalid): the entries
 * the PR's policy has, since nothing is in force to compare with.
 */
function policySections(changes: readonly PolicyChange[] | undefined, perms: NewPermissions | undefined, entries: EntryDiff, lapsing: readonly LapsingEntry[], ctx: RenderContext): string[] {
  if (changes === undefined) return entrySections(entries, lapsing, ctx);
  return [...policyChangesSection(changes, ctx.options, ctx), ...newPermissionsLines(perms, ctx), ...entrySections({ added: [], removed: [], kept: entries.kept }, lapsing, ctx)];
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
    ...errorBanner(plan.errors, ctx, summary, plan.accounts.length <= 1),
    // The accounts the verdict counts as no longer guarded; those not read are in the warning after it too.
    ...noLongerGuardedBlock(plan, summary, ctx.options),
    ...baseOnlyBanner(plan, ctx, summary),
    ...notGuardedBanner(plan, summary, ctx.options),
    ...byChoiceBlock(plan, summary, ctx.options),
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
  // An account a change newly guards whose guard role this plan could not use: the row says it is not guarded yet.
  const changes = plan.policyChanges === undefined ? undefined : withGuardRoleNotes(plan.policyChanges, plan.errors, summary, plan.roles);
  lines.push(...policySections(changes, plan.newPermissions, plan.entries, lapsingEntries, ctx));

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
    if (!summary) lines.push(ctx.table(['Kind', 'Id', place, 'Source', 'Allowed by', 'Lapses'], diff.lapsingSoon, row, 0.3, ctx.lapsingWhere), '');
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
 * Each scope is marked with the failures of the parts its own policy reads: the PR's with
 * Plan.errors, the base's with Plan.baseErrors (a part only the base reads is no gap in the PR's).
 */
function sweptParts(plan: Plan): string[] {
  const describe = (scope: SweepScope, errors: readonly SweepError[]): string => {
    // An account's handshakes, not the organization's account list (an error without account).
    const handshakesRead = !errors.some((e) => e.service === 'organizations' && e.account !== undefined);
    // A region where a read failed is marked, in every kind: of the sweep, as plan.regions.swept is (both policies' parts).
    const notRead = regionsNotRead(errors, plan.accounts.length > 1);
    const iot = (r: string): string => `${code(r)}${notRead.mark(['iot'], r) || (plan.regions.swept.includes(r) ? '' : ' (not read)')}`;
    // Under `all`: the regions read (in some account), then those no account's read of succeeded.
    const unread = notRead.regions(['iot']).filter((r) => !plan.regions.swept.includes(r));
    const regions = scope.regions === 'all'
      ? [`every enabled region (${plan.regions.swept.length} read: ${plan.regions.swept.map(iot).join(', ') || 'none'}${unread.length > 0 ? `; ${unread.map(iot).join(', ')}` : ''})`]
      : scope.regions.map(iot);
    const types = scope.handshakeTypes.map(code);
    return `IoT ${regions.length ? regions.join(', ') : 'none'}; handshakes ${types.length ? `${types.join(', ')}${handshakesRead ? '' : ' (not read)'}` : 'none'}${optionalKindsSwept(scope, notRead).map((o) => `; ${o}`).join('')}`;
  };
  const { base, head } = plan.scopes;
  const headSwept = describe(head, plan.errors);
  if (base === undefined) return [`swept for this PR’s policy: ${headSwept}`];
  // A plan built without baseErrors: every failure the sweep had that either policy reads.
  const baseSwept = describe(base, plan.baseErrors ?? [...plan.errors, ...(plan.baseOnlyErrors ?? [])]);
  if (baseSwept === headSwept) return [`swept for both policies: ${headSwept}`];
  return [`swept for the base policy: ${baseSwept}`, `for this PR’s policy: ${headSwept}`];
}


/**
 * The blocks a plan shows under its verdict, before its tables: the budget that would trip, the
 * parts of the account not read (those the PR's policy reads, then those only the base's does), the
 * accounts the base branch's policy guards and the PR's does not, the accounts not guarded (those
 * that fail, then those left out by choice), the items accepted against the policy.
 * Pure. Text from AWS goes through inertMarkdown, code and the item helpers; a summary comment's
 * blocks name no account, item or sender.
 */
import { budgetSource } from '../act/budget.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import { itemId, itemKind, itemSource } from '../report/describe-item.js';
import { code, inertMarkdown } from '../report/escape.js';
import { notGuardedByChoice } from '../report/run-summary-accounts.js';
import { namedCut } from '../report/run-summary-cut.js';
import { answeredAsAnother, failingSkips, isOrganizationListing } from '../run/report-errors.js';
import { errorCell } from '../report/run-summary-not-read.js';
import { NOT_GUARDED_GROUP } from '../report/failure-reasons.js';
import type { SweepError } from '../sweep/events.js';
import { byteSize } from './comment-budget.js';
import { errorWhere } from './render-cells.js';
import { type RenderContext, type RenderOptions, runAt } from './render-context.js';
import { baseUnlisted } from './render-verdict.js';
import { plural } from '../model/words.js';
import type { Plan } from './types.js';

export function budgetBanner(plan: Plan): string[] {
  const b = plan.budget;
  if (!b.tripped) return [];
  return [
    '',
    '> [!CAUTION]',
    `> **This policy would trip the budget.** It acts on **${b.planned}** pending items; the budget is **${b.limit}** (${budgetSource(b)}). The next scheduled enforce run after merging would act on none of them and fail. If the list below is what you mean, raise \`max-actions\` for one run; otherwise fix the policy.`,
  ];
}

export function errorBanner(errors: readonly SweepError[], ctx: RenderContext, summary: boolean, oneAccount = false): string[] {
  if (errors.length === 0) return [];
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
function errorText(e: SweepError): string {
  return errorCell(e, 200);
}

/**
 * Where a part not read is: its account first, then the service and region. A summary comment names
 * no account; a plan of one account (`oneAccount`) names it above already, so only a whole account
 * not read (its role not assumed) is named there.
 */
function errorPlace(e: SweepError, how: { readonly summary: boolean; readonly oneAccount: boolean }): string {
  if (isOrganizationListing(e)) return 'the organization’s accounts (Organizations)';
  if (e.service === 'sts') {
    const why = answeredAsAnother(e) ? 'its role answered as another account' : 'its role not assumed';
    return e.account === undefined || how.summary ? `an account (${why})` : `account ${code(e.account)} (${why})`;
  }
  return `${how.summary || how.oneAccount || e.account === undefined ? '' : `${code(e.account)}, `}${errorWhere(e)}`;
}

/**
 * A summary comment's rows: each place (errorPlace, no account named) once, with how many accounts
 * it stands for: "IoT <code>ap-east-1</code> (in 4 accounts)", "2 accounts (their roles not assumed)".
 * In first-seen order.
 */
function countedPlaces(errors: readonly SweepError[]): string[] {
  const counts = new Map<string, { readonly first: SweepError; n: number }>();
  for (const e of errors) {
    const place = errorPlace(e, { summary: true, oneAccount: false });
    const seen = counts.get(place);
    if (seen === undefined) counts.set(place, { first: e, n: 1 });
    else seen.n += 1;
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
export function baseOnlyBanner(plan: Plan, ctx: RenderContext, summary: boolean): string[] {
  const errors = plan.baseOnlyErrors ?? [];
  if (errors.length === 0) return [];
  const place = (e: SweepError): string => (e.account === undefined ? 'the organization’s accounts (Organizations)' : `${summary ? '' : `${code(e.account)}, `}${errorWhere(e)}`);
  const shown = errors.slice(0, 10).map((e) => `> - ${place(e)}${summary ? '' : `: ${errorText(e)}`}`);
  const report = Boolean(ctx.options.reportFile);
  // A summary plan's log names no account: only its JSON report lists them.
  const where = summary
    ? report ? `the JSON report of the run${runAt(ctx.options)} lists each (plan.baseOnlyErrors)` : ''
    : `the log of the run${runAt(ctx.options)} names each${report ? ', as its JSON report does (plan.baseOnlyErrors)' : ''}`;
  const more = errors.length > 10 ? [`> - …and ${errors.length - 10} more${where === '' ? '' : `: ${where}`}`] : [];
  // An account outside this PR's pin that its targets reach still fails the job, for that, not for what could not be read.
  const failing = new Set(failingSkips(plan.skippedAccounts ?? []).map((s) => s.account));
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
export function notGuardedBanner(plan: Plan, summary: boolean, options: RenderOptions): string[] {
  const outside = failingSkips(plan.skippedAccounts ?? []);
  if (outside.length === 0) return [];
  const n = outside.length;
  const them = plural(n, 'it', 'them');
  // Those the base branch's policy guards were read for it alone (readForBoth): their items are counted, as no longer acted on.
  const lost = new Set(plan.noLongerGuarded ?? []);
  const forBase = outside.filter((s) => lost.has(s.account) && lostState(plan, s.account) === 'outside-pin').length;
  const fails = `the plan job fails on ${them}, as a scheduled run would`;
  // Nothing read: one clause. Some or all read for the base: the failure first, then what was read, each in a sentence of its own.
  const other = n - forBase;
  const said = forBase === 0
    ? `nothing of ${them} was read, so ${plural(n, 'its', 'their')} items are not in this plan, and ${fails}`
    : forBase === n
      ? `${fails}. This policy reads nothing of ${them}, but ${plural(n, 'it was', 'they were')} read for the base branch’s policy alone, which guards ${them} (no longer guarded, above)`
      : `${fails}. This policy reads nothing of them, but ${forBase} ${plural(forBase, 'was', 'were')} read for the base branch’s policy alone, which guards ${plural(forBase, 'it', 'them')} (no longer guarded, above); nothing was read of the other ${other === 1 ? 'one' : other}, so ${plural(other, 'its', 'their')} items are not in this plan`;
  const lines = [
    '',
    '> [!WARNING]',
    `> **${n} ${plural(n, 'account', 'accounts')} not guarded**, named by the policy’s targets or listed by the organization: ${said}${summary ? '.' : ':'}`,
  ];
  if (summary) return lines;
  const rows = outside.slice(0, NOT_GUARDED_ROWS).map((s) => `> - ${code(s.account)}: ${inertMarkdown(s.reason, 300)}`);
  const rest = namedCut(outside.slice(NOT_GUARDED_ROWS).map((s) => code(s.account)), `${plural(n - rows.length, 'account', 'accounts')} not guarded`, notGuardedWhere(options), NOT_GUARDED_NAMED);
  return [...lines, ...rows, ...(rest === '' ? [] : [`> - ${rest}`])];
}

/** Where a full plan's accounts not guarded are all named: the log's group (logNotGuarded, written by a full plan) and the JSON report (skippedAccounts), when written. */
function notGuardedWhere(options: RenderOptions): string {
  return `the “${NOT_GUARDED_GROUP}” group of the log of the run${runAt(options)} names each${options.reportFile ? ', as its JSON report does' : ''}`;
}

/** The title of the log group that names every account the base branch's policy guards and the PR's does not (logPlan): the plan's block sends readers to it by this name. */
export const NO_LONGER_GUARDED_GROUP = 'No longer guarded';

/**
 * How an account of Plan.noLongerGuarded was read: `read` for the base branch's policy alone (only
 * its targets reach it); `unreadable`, the same but its role could not be assumed
 * (Plan.baseOnlyErrors); `outside-pin`, the PR's targets reach it and its `accounts` pin leaves it
 * out (it fails the plan: failingSkips), read for the base alone all the same; `outside-pin-unreadable`,
 * the same but its role could not be assumed.
 */
export type LostState = 'read' | 'unreadable' | 'outside-pin' | 'outside-pin-unreadable';

export function lostState(plan: Pick<Plan, 'accounts' | 'baseOnlyErrors' | 'skippedAccounts'>, account: string): LostState {
  const unread = !plan.accounts.includes(account) || (plan.baseOnlyErrors ?? []).some((e) => e.service === 'sts' && e.account === account);
  if (failingSkips(plan.skippedAccounts ?? []).some((s) => s.account === account)) return unread ? 'outside-pin-unreadable' : 'outside-pin';
  return unread ? 'unreadable' : 'read';
}

/**
 * Why an account of Plan.noLongerGuarded is not counted as the others are (lostState). Our words
 * only: the log's group says the same (with `'`, as the log's lines write it).
 */
export function noLongerGuardedWhy(state: LostState, apostrophe = '’'): string {
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
export function noLongerGuardedBlock(plan: Plan, summary: boolean, options: RenderOptions): string[] {
  const lost = plan.noLongerGuarded ?? [];
  const n = lost.length;
  if (n === 0) return [];
  const report = options.reportFile ? 'the JSON report’s `plan.noLongerGuarded`' : undefined;
  if (summary) return ['', `_No longer guarded: ${n} ${plural(n, 'account', 'accounts')}; a summary comment names none${report === undefined ? '' : `, ${report} lists ${plural(n, 'it', 'them')}`}._`];
  const rows = lost.slice(0, NOT_GUARDED_ROWS).map((account) => `> - ${code(account)}: ${noLongerGuardedWhy(lostState(plan, account))}`);
  const where = `the “${NO_LONGER_GUARDED_GROUP}” group of the log of the run${runAt(options)} names each${report === undefined ? '' : `, as ${report} does`}`;
  const rest = namedCut(lost.slice(NOT_GUARDED_ROWS).map((account) => code(account)), `${plural(n - rows.length, 'account', 'accounts')} no longer guarded`, where, NOT_GUARDED_NAMED);
  return [
    '',
    '> [!WARNING]',
    `> **${n} ${plural(n, 'account', 'accounts')} no longer guarded**: the base branch’s policy guards ${plural(n, 'it', 'them')}, this one does not:`,
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
export function byChoiceBlock(plan: Plan, summary: boolean, options: RenderOptions): string[] {
  const skipped = plan.skippedAccounts ?? [];
  const n = skipped.filter((s) => !s.fails).length;
  if (n === 0) return [];
  if (!summary) return notGuardedByChoice(skipped, notGuardedWhere(options));
  return ['', `_Not guarded by choice: ${n} ${plural(n, 'account', 'accounts')} (in \`targets.exclude\`, or not ACTIVE in the organization); a summary comment names none._`];
}

/**
 * Items someone in the account accepted from senders the PR's policy does not allow: the plan job
 * fails on them, and the reviewer reads why here. A summary comment gives the count only.
 */
export function acceptedBanner(plan: Plan, summary: boolean, many: boolean, options: RenderOptions): string[] {
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

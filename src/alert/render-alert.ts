/**
 * The alert issue as Markdown: its title, its body (kept up to date run after run), and the short
 * comments that notify when something new needs attention or when it is closed. Pure.
 *
 * Every cell with text from AWS goes through the report helpers (inertMarkdown, code, itemSource),
 * exactly as in the job summary and the PR comment: a sender cannot add markup, links, @mentions
 * or issue references. The title is built from counts and account ids only.
 */
import { trippedAdvice } from '../act/budget.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import { errorsText } from '../policy/format-issue.js';
import type { PolicyProblems } from '../policy/types.js';
import { Budgeter, byteSize, COMMENT_MAX_LENGTH, cutToBytes } from '../plan/comment-budget.js';
import { entryCitation, itemId, itemKind, itemRegion, itemSource, LAPSING_MARK, lapseCell, type SourceLinks } from '../report/describe-item.js';
import { code, inertMarkdown } from '../report/escape.js';
import { reportFileOutput, runLink, utcTime } from '../report/markdown.js';
import { inertMarkdownLines, stoppedHeading, stoppedProgress } from '../report/run-error.js';
import type { StoppedAt } from '../run/stopped-at.js';
import { modeLabel } from '../report/run-summary.js';
import { errorCell, notGuardedCell } from '../report/run-summary-not-read.js';
import { budgetTripped } from '../report/run-summary-banners.js';
import { ACCEPTED_HEADERS, acceptedCells, acceptedIntro, outcomeLabel, refusalNotes } from '../report/run-summary-items.js';
import { acceptedAgainstPolicy, countReportItems } from '../run/report-counts.js';
import { alikeByRegion, alikePlace, noAccountRead, organizationUnlisted, widestFirst } from '../run/report-errors.js';
import { NOT_GUARDED_GROUP } from '../report/failure-reasons.js';
import type { ReportItem, RunContext, RunReport } from '../run/report-types.js';
import { ELEMENT_HASH_LENGTH, type AlertFacts, type LapsingItem, type RecordedAlertState } from './alert-facts.js';

/** The label every alert issue carries. The issue is found by its label, its marker and its author. */
export const ALERT_LABEL = 'inbound-guard';

export interface AlertRenderOptions {
  /** The workflow run being reported. */
  readonly run?: RunContext | undefined;
  /** Links to policy lines at the commit the run used. */
  readonly links?: SourceLinks | undefined;
  /** In UTF-8 bytes; default COMMENT_MAX_LENGTH (GitHub refuses issue bodies over 65,536 characters). */
  readonly maxLength?: number | undefined;
  readonly maxRows?: number | undefined;
  /**
   * Whether the run's JSON report was written (its `report-file` output is not empty). False: the
   * issue sends no one to it. Default true.
   */
  readonly reportWritten?: boolean | undefined;
}

/**
 * The hidden first line of the issue: this action's alert for this policy file. The path is
 * percent-encoded outside a safe set (as the plan comment's marker), so it cannot close the comment.
 */
export function alertMarker(policyPath: string): string {
  const safe = policyPath.replace(/[^A-Za-z0-9._/-]/g, (ch) => encodeURIComponent(ch).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
  return `<!-- inbound-guard:alert:${safe} -->`;
}

/**
 * The most element hashes the hidden state line keeps: 500 × 9 bytes, under 5 KB of the body's
 * 64 KiB. A run with more (thousands of items or parts not read) records its fingerprint alone, and
 * the next run then comments on any change.
 */
export const MAX_STATE_ELEMENTS = 500;

/**
 * The hidden second line: the fingerprint of what needed attention when the body was written, and
 * the hash of each thing that did (see AlertFacts.elements), comma-separated, when there are at
 * most MAX_STATE_ELEMENTS.
 */
export function stateMarker(facts: Pick<AlertFacts, 'fingerprint' | 'elements'>): string {
  const elements = facts.elements.length > 0 && facts.elements.length <= MAX_STATE_ELEMENTS ? ` ${facts.elements.join(',')}` : '';
  return `<!-- inbound-guard:alert-state:${facts.fingerprint}${elements} -->`;
}

/**
 * What an earlier body recorded, if anything: a body written before the elements were recorded has
 * the fingerprint alone (`<!-- inbound-guard:alert-state:42f574d98821e8d9 -->`).
 */
export function readAlertState(body: string): RecordedAlertState | undefined {
  const found = /<!-- inbound-guard:alert-state:([0-9a-f]{1,64})(?: ([0-9a-f,]+))? -->/.exec(body);
  if (found?.[1] === undefined) return undefined;
  const elements = found[2]?.split(',').filter((e) => e.length === ELEMENT_HASH_LENGTH);
  return { fingerprint: found[1], elements: elements === undefined || elements.length === 0 ? undefined : new Set(elements) };
}

// ---- title --------------------------------------------------------------------------------

export function renderAlertTitle(facts: AlertFacts): string {
  const { subject } = facts;
  if (subject.kind === 'invalid-policy') return `inbound-guard: the policy file is invalid, so nothing was checked (${subject.mode})`;
  // Without the count of writes (stoppedHeading has it): the title stays as long as the cause does.
  if (subject.kind === 'stopped') return `inbound-guard: the ${subject.mode} run stopped ${subject.at?.reporting === true ? 'while reporting' : 'before it could report'}`;
  return `inbound-guard: ${headlineParts(facts).join(', ')} · ${scope(subject.report)}`;
}

/**
 * "4 rejected", "would decline 2", "1 failed", "budget tripped", "2 allowances lapsing", "1 part not
 * read" — zeros left out. The organization's account list not read is said in words, before the
 * other parts not read: it is every account the organization has, not one part among others.
 */
function headlineParts(facts: AlertFacts): string[] {
  const count = (outcome: ReportItem['outcome']) => facts.acted.filter((i) => i.outcome === outcome).length;
  const unlisted = organizationUnlisted(facts.unread);
  const unread = facts.unread.length + facts.notGuarded.length - (unlisted ? 1 : 0);
  const moreUnread = (n: number) => `${n}${unlisted ? ' more' : ''} ${n === 1 ? 'part' : 'parts'} not read`;
  const parts = [
    [count('rejected'), (n: number) => `${n} rejected`],
    [count('declined'), (n: number) => `${n} declined`],
    [count('would-reject'), (n: number) => `would reject ${n}`],
    [count('would-decline'), (n: number) => `would decline ${n}`],
    [facts.acted.filter(acceptedAgainstPolicy).length, (n: number) => `${n} accepted against the policy`],
    [count('failed'), (n: number) => `${n} failed`],
    [count('held-by-budget'), (n: number) => `${n} held by the budget`],
    // Only enforce trips; a dry-run's budget would (as the caution below and the job summary say).
    [facts.budgetTripped ? 1 : 0, () => (facts.subject.kind === 'report' && facts.subject.report.mode !== 'enforce' ? 'budget would trip' : 'budget tripped')],
    [facts.lapsing.length, (n: number) => `${n} ${n === 1 ? 'allowance' : 'allowances'} lapsing soon`],
    [unlisted ? 1 : 0, () => "the organization's accounts could not be listed"],
    [unread, moreUnread],
  ] as const;
  return parts.filter(([n]) => n > 0).map(([n, say]) => say(n));
}

function scope(report: RunReport): string {
  const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
  if (report.accounts.length === 0) return 'no account checked';
  if (only !== undefined) return `account ${only.account}`;
  return noAccountRead(report) ? `no account checked (none of ${report.accounts.length} read)` : `${report.accounts.length} accounts`;
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
function restWhere(subject: AlertFacts['subject'], options: AlertRenderOptions): { items: string; unread: string; lapsing: string; all: string } {
  const run = options.run ? `the [run](${options.run.url})` : 'the run';
  if (subject.kind !== 'report') {
    const log = `in the log of ${run}`;
    return { items: `${log}, which annotates each at its line`, unread: log, lapsing: log, all: log };
  }
  const report = (options.reportWritten ?? true) ? ` and its JSON report, ${reportFileOutput()}` : '; its JSON report could not be written';
  return {
    items: `in the log of ${run} (its Decisions group lists every item)${report}`,
    lapsing: `in the log of ${run} (its Decisions group marks each "${LAPSING_MARK} …")${report}`,
    unread: `in the failures of ${run} (each part not read), the "${NOT_GUARDED_GROUP}" group of its log (each account not guarded)${report}`,
    all: `in the log of ${run}${report}`,
  };
}

export function renderAlertBody(facts: AlertFacts, policyPath: string, options: AlertRenderOptions = {}): string {
  const maxLength = options.maxLength ?? COMMENT_MAX_LENGTH;
  const where = restWhere(facts.subject, options);
  const ctx = new Budgeter(maxLength, options.maxRows ?? 100, where.items);
  const head = [alertMarker(policyPath), stateMarker(facts)];
  const footer = footerLine(facts, policyPath, options);
  ctx.reserve(byteSize(head.join('\n')) + byteSize(footer) + 8);
  const { subject } = facts;
  const body = subject.kind === 'report' ? reportBody(facts, subject.report, options, ctx) : subject.kind === 'invalid-policy' ? invalidBody(subject.policyPath, subject, options, ctx) : stoppedBody(subject.message, subject.at, options);
  const text = [...head, ...body, '', '---', footer].join('\n');
  if (byteSize(text) <= maxLength) return text;
  // The last resort, when what no table holds (a stopped run's error, say) does not fit: cut with
  // room for the note, which is longer than a fixed margin once it links the run and the report.
  const note = `\n\n_…cut to fit; see the rest ${where.all}._`;
  return `${cutToBytes(text, Math.max(0, maxLength - byteSize(note)))}${note}`;
}

function reportBody(facts: AlertFacts, report: RunReport, options: AlertRenderOptions, ctx: Budgeter): string[] {
  const many = report.accounts.length > 1;
  const lines = [
    // No account read: not "account <the credentials'>", which reads as if that one were checked.
    `## 🚨 inbound-guard needs attention · ${modeLabel(report.mode)} · ${many ? `${report.accounts.length} accounts` : report.accounts[0] === undefined ? 'no account checked' : `account ${code(report.accounts[0].account)}`}`,
    '',
    `${runLink(options.run, 'The last run')}, at ${utcTime(report.generatedAt)}, found: **${headlineParts(facts).join(' · ')}**.${report.mode === 'dry-run' ? ' It was a dry run: nothing was written.' : ''}`,
  ];
  if (facts.budgetTripped) {
    lines.push('', '> [!CAUTION]', `> ${budgetTripped(report)} ${trippedAdvice(report.budget)}`);
  }
  ctx.spend(lines);

  // Parts alike in several regions of an account (one permission missing) one row naming the
  // regions, as in the job summary (alikeByRegion) and with its cells: the heading counts the parts.
  // Display only: the state line hashes each part (alertFacts), so grouping changes no finding.
  const unread = [...alikeByRegion(widestFirst(facts.unread)).map((g) => ({ place: alikePlace(g), why: errorCell(g.error) })), ...facts.notGuarded.map((s) => ({ place: `account ${s.account}`, why: notGuardedCell(s) }))];
  if (unread.length > 0) {
    const heading = ['', `### ⚠️ Not read (${facts.unread.length + facts.notGuarded.length}) — items there were not checked`, ''];
    ctx.spend(heading);
    lines.push(...heading, ctx.table(['Where', 'Error'], unread, (u) => [inertMarkdown(u.place, 1000), u.why], 0.3, restWhere(facts.subject, options).unread));
  }

  // Accepted against the policy, found so when read or while the run acted: nothing was or will be
  // written for them, so they are here, as in the job summary, and not under "rejected or declined".
  const accepted = facts.acted.filter(acceptedAgainstPolicy);
  if (accepted.length > 0) {
    const heading = acceptedIntro(accepted.length);
    ctx.spend(heading);
    const row = (i: ReportItem) => [...(many ? [code(i.item.account)] : []), itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), ...acceptedCells(i)];
    lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Kind', 'Id', 'Region', 'From', ...ACCEPTED_HEADERS], accepted, row, 0.5));
  }

  const acted = facts.acted.filter((i) => !acceptedAgainstPolicy(i));
  if (acted.length > 0) {
    const title = report.mode === 'enforce' ? enforceTitle(acted) : 'To reject or decline (dry run: nothing was written)';
    const heading = ['', `### 🛑 ${title} (${acted.length})`, ''];
    // Under the table, as in the job summary: what the writes refused as not allowed need, once per
    // cause (a failed row shows AWS's answer only). Not in the state line: a hint is how a finding
    // is worded, not a finding (alertFacts), so the same hint again, or another, comments on nothing.
    const notes = refusalNotes(acted, `see them ${restWhere(facts.subject, options).items}`);
    ctx.spend([...heading, ...notes]);
    const row = (i: ReportItem) => [...(many ? [code(i.item.account)] : []), outcomeCell(i), itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), inertMarkdown(i.reason, MAX_REASON_LENGTH)];
    lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Outcome', 'Kind', 'Id', 'Region', 'From', 'Rule'], acted, row, 0.7), ...notes);
  }

  if (facts.lapsing.length > 0) {
    const heading = ['', `### ⏳ Allowances lapsing within ${facts.windowDays} days (${facts.lapsing.length})`, '', 'These pending items are allowed now by an entry with `until` (and, where the row says so, by a later one after it), and by no entry after that; from the day after, runs reject or decline them. Extend `until` in the policy if they are still wanted.', ''];
    ctx.spend(heading);
    const row = (l: LapsingItem) => [...(many ? [code(l.item.item.account)] : []), itemKind(l.item.item), itemId(l.item.item), itemRegion(l.item.item), itemSource(l.item.item), allowedByCell(l, options.links), lapseCell(l.until, l)];
    lines.push(...heading, ctx.table([...(many ? ['Account'] : []), 'Kind', 'Id', 'Region', 'From', 'Allowed by', 'Lapses'], facts.lapsing, row, 1, restWhere(facts.subject, options).lapsing));
  }
  return lines;
}

/** The entry cited, and when a later entry allows the item after it lapses, until when (the chain's last `until`). */
function allowedByCell(l: LapsingItem, links: SourceLinks | undefined): string {
  const cited = l.item.matched ? entryCitation(l.item.matched, links) : '';
  // l.until is a real YYYY-MM-DD (lapsingWithin read it), so it is shown like the entry's own until.
  return l.item.matched?.until === l.until ? cited : `${cited}, then a later entry until ${l.until}`;
}

function invalidBody(policyPath: string, { issues, errorCount }: PolicyProblems, options: AlertRenderOptions, ctx: Budgeter): string[] {
  const lines = [
    `## ❌ inbound-guard: the policy file is invalid`,
    '',
    `${runLink(options.run, 'The last run')} stopped before reading any account: ${code(policyPath)} has ${errorsText(errorCount)}. Until it is fixed, nothing is checked and nothing is rejected or declined.`,
    '',
  ];
  ctx.spend(lines);
  lines.push(ctx.table(['Line:col', 'Key', 'Problem'], issues, (i) => [`${i.line}:${i.column}`, i.key ? code(i.key) : '', inertMarkdown(i.message, 600)], 1));
  return lines;
}

/** `at`: how far a dry-run, enforce or merge run had got (run/stopped-at.ts), said as its job summary says it (renderRunError). */
function stoppedBody(message: string, at: StoppedAt | undefined, options: AlertRenderOptions): string[] {
  return [
    `## ❌ ${stoppedHeading(at)}`,
    '',
    `${runLink(options.run, 'The last run')} stopped on an error, so this issue cannot vouch for any account:`,
    '',
    inertMarkdownLines(message),
    '',
    ...stoppedProgress(at).flatMap((p) => [p, '']),
    'The log of the run shows how far it got.',
  ];
}

function outcomeCell(i: ReportItem): string {
  return i.detail ? `${outcomeLabel(i.outcome)}<br><sub>${inertMarkdown(i.detail, 160)}</sub>` : outcomeLabel(i.outcome);
}

function footerLine(facts: AlertFacts, policyPath: string, options: AlertRenderOptions): string {
  const subject = facts.subject;
  const digest = subject.kind === 'report' ? ` (sha256 ${code(subject.report.policy.digest.slice(0, 12))})` : '';
  const run = options.run ? ` · ${runLink(options.run, 'run')}` : '';
  return `<sub>Policy ${code(policyPath)}${digest}${run} · Kept up to date by inbound-guard: each run edits this issue while something needs a person, and the first run with nothing to report comments and closes it. Keep the ${code(ALERT_LABEL)} label: it is how the next run finds the issue.</sub>`;
}

// ---- comments -----------------------------------------------------------------------------

/** Posted when something new needs attention since the body was last written: the edit alone notifies no one. */
export function renderChangeComment(facts: AlertFacts, options: AlertRenderOptions = {}): string {
  const { subject } = facts;
  if (subject.kind === 'invalid-policy') return `❌ ${runLink(options.run, 'This run')}: the policy file is invalid, so nothing was checked. The description above shows the errors.`;
  if (subject.kind === 'stopped') return `❌ ${runLink(options.run, 'This run')} ${stoppedHeading(subject.at).replace(/^inbound-guard /, '')}: ${inertMarkdown(subject.message, 300)}`;
  return `🔁 ${runLink(options.run, 'This run')}: **${headlineParts(facts).join(' · ')}**. The description above is up to date.`;
}

/** Posted before the issue is closed. */
export function renderCloseComment(report: RunReport, options: AlertRenderOptions = {}): string {
  const c = report.counts;
  const accounts = report.accounts.length === 1 ? 'the account' : `all ${report.accounts.length} accounts`;
  return `✅ ${runLink(options.run, 'This run')} found nothing that needs a person: ${accounts} read completely, nothing ${report.mode === 'enforce' ? 'rejected or declined' : 'to reject or decline'}, no allowance lapsing soon (${c.allowed} allowed, ${c.ignored} ignored). Closing; the next run that finds something opens a new issue.`;
}

/**
 * The heading of an enforce run's acted items, from what became of them: "Rejected or declined"
 * over rows held by a tripped budget (nothing written) or failed would say the opposite of the rows.
 * Items accepted against the policy are not among them (their own section lists them).
 */
function enforceTitle(acted: readonly ReportItem[]): string {
  const c = countReportItems(acted);
  const written = c.rejected + c.declined + c['already-handled'];
  const { failed, 'held-by-budget': held } = c;
  if (written === acted.length) return 'Rejected or declined in the last run';
  if (held === acted.length) return 'Held by the budget in the last run: nothing was written';
  const parts = [written ? `${written} rejected or declined` : '', failed ? `${failed} failed` : '', held ? `${held} held by the budget` : ''].filter(Boolean);
  return `To reject or decline in the last run: ${parts.join(', ')}`;
}

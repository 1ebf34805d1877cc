/**
 * The job summary's item sections: accepted against the policy, to act on (or acted on), allowed
 * and ignored, each item in one of them; and the cells the alert issue shares with them.
 */
import { isWritten } from '../act/outcomes.js';
import { refusalsSaid, refusedWords } from '../act/refused-writes.js';
import type { Outcome } from '../act/types.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import { acceptedSinceListed } from '../kinds/registry.js';
import { compareCodeUnits } from '../model/code-unit-order.js';
import { acceptedWhen } from '../run/report-counts.js';
import { answeredAsAnother, MAX_HINT_SHOWN, noAccountRead, notReadCount, organizationUnlisted } from '../run/report-errors.js';
import type { ReportItem, RunReport } from '../run/report-types.js';
import { entryCitation, itemId, itemKind, itemRegion, itemSource, lapsingSoon, type SourceLinks } from './describe-item.js';
import { code, inertMarkdown } from './escape.js';
import { capped, details, joinWords, omittedLine, table } from './markdown.js';
import { MAX_ROWS } from './run-summary-cut.js';

const OUTCOME_LABEL: Record<Outcome, string> = {
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

export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABEL[outcome];
}

/**
 * The items to reject or decline, under a heading that says what the run did with them
 * (actedHeading). `racedAway`: how many more were to be, accepted while the run acted: listed under
 * Accepted against the policy, and said here so that none goes missing from this count.
 */
export function actedSection(report: RunReport, acted: readonly ReportItem[], racedAway: number, where: string, many: boolean): string[] {
  return [
    '',
    `### ${actedHeading(report, acted)}`,
    '',
    ...(racedAway === 0 ? [] : [`_Not in this table: ${racedAway} more ${racedAway === 1 ? 'item' : 'items'} to reject or decline, accepted while the run acted (see Accepted against the policy, above)._`, '']),
    acted.length > 0 ? actedTable(acted, where, many) : racedAway > 0 ? '_Nothing else._' : noAccountRead(report) ? `_Nothing: ${nothingRead(report)}._` : '_Nothing: every pending item read is allowed or not ours to judge._',
    ...refusalNotes(acted, where),
  ];
}

/**
 * Under the table, what the writes refused as not allowed need, once per cause (refusalsSaid): the
 * rows show AWS's answer each, the hint would be the same long sentence on every one of them. The
 * hint is inert as AWS's text is (it quotes the caller's ARN). `where`: where the causes past the
 * first MAX_REFUSAL_CAUSES_NAMED are said ("see …"). The alert issue's acted table has them too.
 */
export function refusalNotes(acted: readonly ReportItem[], where: string): string[] {
  const { named, more } = refusalsSaid(acted);
  return [
    ...named.flatMap((c) => ['', `**${refusedWords(c.count)}** ${inertMarkdown(c.hint, MAX_HINT_SHOWN)}`]),
    ...(more === undefined ? [] : ['', `_…${more}: ${where}._`]),
  ];
}

/** Why a run that read no account (noAccountRead) found nothing: not because what it read was clean. */
function nothingRead(report: RunReport): string {
  const aside = [
    organizationUnlisted(report.errors) ? "the organization's accounts could not be listed" : '',
    // Every account guarded read 'none': its role was refused, or answered as another account.
    report.accounts.length > 0 ? rolesNotUsed(report) : '',
    notReadCount(report) > 0 ? 'see Not read' : '',
  ].filter(Boolean);
  return `no account was read${aside.length > 0 ? ` (${aside.join('; ')})` : ''}`;
}

/**
 * Why no account guarded was read, by what its guard role did: could not be assumed (AWS refused),
 * or answered as another account (answeredAsAnother), or some one and some the other.
 */
function rolesNotUsed(report: RunReport): string {
  const roles = report.errors.filter((e) => e.service === 'sts' && e.account !== undefined);
  const other = roles.filter(answeredAsAnother).length;
  if (other === 0) return "no account's guard role could be assumed";
  if (other === roles.length) return "no account's guard role answered as its own account";
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
function actedHeading(report: RunReport, acted: readonly ReportItem[]): string {
  const n = ` (${acted.length})`;
  const { share, trippedShards: tripped = [] } = report.budget;
  if (report.mode !== 'enforce') return `To act on${n}`;
  if (!report.budget.tripped) return `Acted on${writtenOf(acted)}`;
  // Not a merged report, or one that does not say which shards tripped: what one job's tripped budget means.
  if (report.shard !== undefined || share === undefined || tripped.length === 0) return `To act on${n}`;
  // The items the shards that did not trip had to act on: each such shard acted on its own.
  const elsewhere = report.budget.planned - tripped.reduce((sum, t) => sum + t.planned, 0);
  if (elsewhere <= 0) return `To act on${n}`;
  const names = joinWords(tripped.map((t) => `${t.index}/${share.shards}`));
  const which = tripped.length === 1 ? `shard ${names} wrote nothing (its budget tripped)` : `shards ${names} wrote nothing (their budgets tripped)`;
  return `Acted on in part${writtenOf(acted)} — ${which}`;
}

/**
 * What became of a row not written, after "Acted on: 10 of 11 (…)", in the order they are told: every
 * outcome an enforce run gives an item to reject or decline besides its write and accepted-meanwhile
 * (listed under Accepted against the policy); a merged shard report with any other is refused.
 */
const NOT_WRITTEN_WORDS: readonly (readonly [Outcome, string])[] = [
  ['held-by-budget', 'held by the budget'],
  ['failed', 'failed'],
  ['already-handled', 'no longer pending'],
];

/**
 * " (11)" when every row was written (rejected or declined); else ": 10 of 11 (1 failed)", the
 * first number the `acted` output's, then what became of the others.
 */
function writtenOf(acted: readonly ReportItem[]): string {
  const written = acted.filter((i) => isWritten(i.outcome)).length;
  if (written === acted.length) return ` (${acted.length})`;
  const others = NOT_WRITTEN_WORDS.map(([outcome, words]) => [acted.filter((i) => i.outcome === outcome).length, words] as const)
    .filter(([count]) => count > 0)
    .map(([count, words]) => `${count} ${words}`);
  return `: ${written} of ${acted.length} (${others.join(', ')})`;
}

/** The items the policy allows, each with the entry that allows it, and a mark on those whose allowance lapses soon at `now` (lapsingMark). */
export function allowedSection(allowed: readonly ReportItem[], where: string, links: SourceLinks | undefined, many: boolean, now: Date): string[] {
  return ['', `### Allowed by the policy (${allowed.length})`, '', allowed.length === 0 ? '_None._' : allowedTable(allowed, where, links, many, now)];
}

/** The items not ours to judge, folded (none: nothing). */
export function ignoredSection(ignored: readonly ReportItem[], where: string, many: boolean): string[] {
  return ignored.length === 0 ? [] : ['', details(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where, many))];
}

/** With several accounts, tables lead with the account each item was found in. */
function withAccount(many: boolean, headers: readonly string[], rows: readonly (readonly string[])[], items: readonly ReportItem[]): string {
  if (!many) return table(headers, rows);
  return table(['Account', ...headers], rows.map((row, i) => [code(items[i]?.item.account ?? ''), ...row]));
}

/** Rows a person must see first when the table is cut: what failed, then what was held. (Accepted against the policy has a section of its own.) */
const OUTCOME_FIRST: Readonly<Partial<Record<ReportItem['outcome'], number>>> = { failed: 0, 'held-by-budget': 1 };
const rank = (i: ReportItem): number => OUTCOME_FIRST[i.outcome] ?? 2;

function actedTable(items: readonly ReportItem[], where: string, many: boolean): string {
  // Stable: within a rank, the report's order (account, kind, region, id).
  const { shown, omitted } = capped([...items].sort((a, b) => rank(a) - rank(b)), MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), inertMarkdown(i.reason, MAX_REASON_LENGTH), outcomeCell(i)]);
  return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Why', 'Outcome'], rows, shown) + omittedLine(omitted, where);
}

/**
 * Every item accepted in the account that the policy does not allow (acceptedAgainstPolicy), whether
 * found accepted when read or accepted while the run acted: nothing is left to write, so they are not
 * in the acted table, and far too important for the folded ignored list.
 */
export function acceptedSection(items: readonly ReportItem[], where: string, many: boolean): string[] {
  if (items.length === 0) return [];
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), ...acceptedCells(i)]);
  return [...acceptedIntro(items.length), withAccount(many, ['Kind', 'Id', 'Region', 'Source', ...ACCEPTED_HEADERS], rows, shown) + omittedLine(omitted, where)];
}

/** The heading and the sentence above the items accepted against the policy (the summary's and the alert issue's). */
export function acceptedIntro(count: number): string[] {
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
export const ACCEPTED_HEADERS = ['When', 'Why', 'What to do'] as const;

/** What to do about an item accepted while the run acted: its detail is what AWS or a re-read said, not advice. */
const ACCEPTED_WHILE_ACTING_ADVICE = 'Check now with whoever accepted it, and undo it if it was not meant to be; if it was, allow the sender in the policy through a reviewed pull request.';

/**
 * An item accepted against the policy: when (acceptedWhen, in words; found accepted when read, whether
 * the listing showed it so or a later call of the read did, acceptedSinceListed, as its Why says), why
 * the policy does not allow it, and what to do. Found accepted when read, its detail is that advice, in our words, shown whole
 * (MAX_REASON_LENGTH); accepted while the run acted, its detail is what was seen (AWS's answer), so
 * our advice comes first and AWS's text is the part cut.
 */
export function acceptedCells(i: ReportItem): string[] {
  if (acceptedWhen(i) === 'when-read') {
    const when = acceptedSinceListed(i.item) ? 'accepted after this run listed it as pending, before it acted' : 'already accepted when this run read it';
    return [when, inertMarkdown(i.reason, MAX_REASON_LENGTH), inertMarkdown(i.detail ?? '', MAX_REASON_LENGTH)];
  }
  const write = i.action === 'decline' ? 'decline' : 'rejection';
  const seen = i.detail ? `<br><sub>${inertMarkdown(i.detail, 300)}</sub>` : '';
  return [`accepted while this run acted, before its ${write}`, inertMarkdown(i.reason, MAX_REASON_LENGTH), `${ACCEPTED_WHILE_ACTING_ADVICE}${seen}`];
}

function outcomeCell(i: ReportItem): string {
  const detail = i.detail ? `<br><sub>${inertMarkdown(i.detail, 160)}</sub>` : '';
  return `${outcomeLabel(i.outcome)}${detail}`;
}

/**
 * The Allowed by cell names the entry and its until; an allowance lapsing soon is marked under it
 * (`⏳ lapses in 10 h`), as the log's Decisions group marks it, and leads the table, soonest first,
 * so that a cut table keeps those rows (stable: the report's order otherwise).
 */
function allowedTable(items: readonly ReportItem[], where: string, links: SourceLinks | undefined, many: boolean, now: Date): string {
  // Soonest lapse first, as the alert issue lists them; an ISO instant sorts as a string, and '~' after any.
  const marked = items.map((i) => {
    const soon = lapsingSoon(i, now, code);
    return { i, mark: soon?.mark, lapsesAt: soon?.lapsesAt ?? '~' };
  });
  const { shown, omitted } = capped([...marked].sort((a, b) => compareCodeUnits(a.lapsesAt, b.lapsesAt)), MAX_ROWS);
  const rows = shown.map(({ i, mark }) => [
    itemKind(i.item),
    itemId(i.item),
    itemRegion(i.item),
    itemSource(i.item),
    `${i.matched ? entryCitation(i.matched, links) : inertMarkdown(i.reason, MAX_REASON_LENGTH)}${mark === undefined ? '' : `<br>${mark}`}`,
  ]);
  return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows, shown.map(({ i }) => i)) + omittedLine(omitted, where);
}

function ignoredTable(items: readonly ReportItem[], where: string, many: boolean): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), inertMarkdown(i.reason, MAX_REASON_LENGTH)]);
  return withAccount(many, ['Kind', 'Id', 'Region', 'Why'], rows, shown) + omittedLine(omitted, where);
}

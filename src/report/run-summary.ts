import type { Outcome } from '../act/types.js';
import { acceptedAgainstPolicy, acceptedWhen, failingSkips, NOT_GUARDED_GROUP, notReadCount, unknownRegions, unknownRegionsWarning, type AccountReport, type OutcomeCounts, type ReportItem, type RunReport, widestFirst } from '../run/run-report.js';
import { budgetSource, overShareClause, shardShare, shareWords } from '../act/budget.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import type { Kind } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { AccountRegions } from '../run/inventory.js';
import type { RegionSkip } from '../sweep/events.js';
import { code, inertMarkdown, inertMarkdownWithCode } from './escape.js';
import { entryCitation, itemId, itemKind, itemRegion, itemSource, type SourceLinks } from './describe-item.js';
import { capped, details, joinWords, omittedLine, reportFileOutput, runLink, table, utcTime } from './markdown.js';

/** Rows per table; the JSON report has every item. */
export const MAX_ROWS = 50;

/**
 * Past this many accounts, the table of those read completely is folded behind its count: an
 * organization's hundreds of clean rows must not stand between a reader and the few that are not.
 */
export const FOLD_ACCOUNTS_OVER = 10;

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

const MODE_LABEL: Readonly<Record<RunReport['mode'], string>> = { 'dry-run': 'dry-run', enforce: 'enforce', plan: 'plan' };

/**
 * A report's mode as a heading shows it: from this table, never the report's own text. A merged
 * report's mode comes from shard files; merge/shard-report.ts refuses any other, and this keeps a
 * heading free of whatever a report says should a check ever miss.
 */
export function modeLabel(mode: RunReport['mode']): string {
  return Object.hasOwn(MODE_LABEL, mode) ? MODE_LABEL[mode] : 'unknown mode';
}

/**
 * The job summary of a dry-run or enforce run: a headline, the kinds, what was not read, then what
 * people act on (accepted against the policy, acted, allowed, ignored), then the accounts (what was
 * read where), and the footer. Each item is in one section: one accepted against the policy while the
 * run acted is listed with the others accepted against the policy, not under Acted on.
 */
export interface RunSummaryOptions {
  /** Links to policy lines at the commit the run used. */
  readonly links?: SourceLinks | undefined;
  /**
   * Whether the JSON report was written (the `report-file` output has its path). False: the summary
   * sends no one to it, and says so. Default true.
   */
  readonly reportWritten?: boolean | undefined;
}

export function renderRunSummary(report: RunReport, options: RunSummaryOptions = {}): string {
  const accepted = report.items.filter(acceptedAgainstPolicy);
  const acted = report.items.filter((i) => (i.action === 'reject' || i.action === 'decline') && !acceptedAgainstPolicy(i));
  // Called for action, but accepted while the run acted: counted in To act (kinds table, budget), listed under Accepted.
  const racedAway = accepted.filter((i) => acceptedWhen(i) === 'while-acting').length;
  const allowed = report.items.filter((i) => i.action === 'allow');
  const ignored = report.items.filter((i) => i.action === 'ignore' && !acceptedAgainstPolicy(i));
  const reportWritten = options.reportWritten ?? true;
  const where = restWhere(reportWritten);
  const many = report.accounts.length > 1;
  const sections = [
    `## ${headlineIcon(report)} inbound-guard · ${modeLabel(report.mode)}${report.shard ? ` · shard ${report.shard.index}/${report.shard.count}` : ''} · ${scopeTitle(report)}`,
    '',
    headline(report, accepted.length),
    ...budgetBanner(report),
    ...unknownRegionsBanner(unknownRegions(report)),
    ...kindsSection(report, accepted),
    ...errorSection(report, where),
    ...acceptedSection(accepted, where.items, many),
    '',
    `### ${report.mode === 'enforce' && !report.budget.tripped ? 'Acted on' : 'To act on'} (${acted.length})`,
    '',
    ...(racedAway === 0 ? [] : [`_Not in this table: ${racedAway} more ${racedAway === 1 ? 'item' : 'items'} to reject or decline, accepted while the run acted (see Accepted against the policy, above)._`, '']),
    acted.length > 0 ? actedTable(acted, where.items, many) : racedAway > 0 ? '_Nothing else._' : '_Nothing: every pending item read is allowed or not ours to judge._',
    '',
    `### Allowed by the policy (${allowed.length})`,
    '',
    allowed.length === 0 ? '_None._' : allowedTable(allowed, where.items, options.links, many),
    ...(ignored.length === 0 ? [] : ['', details(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where.items, many))]),
    // After the items: with hundreds of accounts this is the longest part, and the least acted on.
    ...accountsSection(report, where),
    '',
    ...timingsLine(report),
    footer(report, reportWritten),
  ];
  return sections.join('\n');
}

/** Where the rows a cut table leaves out are, by what the table lists (restWhere). */
interface RestWhere {
  readonly items: string;
  /** Errors: each is one of the step's failures. */
  readonly unread: string;
  /** Accounts not guarded (outside the pin, or by choice). */
  readonly notGuarded: string;
  /** Accounts guarded. */
  readonly other: string;
}

/**
 * Where the rows a cut table leaves out are: the JSON report, named as the footer names it (the
 * runner, and the file's path on it, are gone when the summary is read). When it could not be
 * written, not there: the log lists every item (Decisions) and every account not guarded (Not
 * guarded: logNotGuarded), the step's failures every part not read; of the accounts guarded
 * nothing else is kept.
 */
function restWhere(reportWritten: boolean): RestWhere {
  if (reportWritten) {
    const report = `see the JSON report, ${reportFileOutput()}`;
    return { items: report, unread: report, notGuarded: report, other: report };
  }
  const none = 'the JSON report could not be written (see the step\'s failures)';
  return { items: `${none}; the log's Decisions group lists every item`, unread: `${none}, which name each`, notGuarded: `${none}; the log's "${NOT_GUARDED_GROUP}" group names each`, other: none };
}

function scopeTitle(report: RunReport): string {
  const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
  if (only !== undefined) return `account ${code(only.account)}`;
  return `${report.accounts.length} accounts`;
}

function headlineIcon(report: RunReport): string {
  if (report.failures.length > 0) return '❌';
  return report.mode === 'enforce' ? '🛡️' : '🔍';
}

/** `acceptedCount`: the items acceptedAgainstPolicy selects, as the section below lists them. */
function headline(report: RunReport, acceptedCount: number): string {
  const c = report.counts;
  const accepted = acceptedCount ? ` · ${acceptedCount} accepted against the policy` : '';
  // What else fails the step is said in the headline too: items held by a tripped budget, parts not read.
  const held = c['held-by-budget'] ? ` · ${c['held-by-budget']} held by the budget` : '';
  // Counted as the Not read section, summary-json and the alert's title count them: an account outside the pin is one.
  const notRead = notReadCount(report);
  const unread = notRead ? ` · ${notRead} ${notRead === 1 ? 'part' : 'parts'} not read` : '';
  if (report.mode === 'enforce') {
    return `**${c.rejected} rejected · ${c.declined} declined · ${c['already-handled']} no longer pending${accepted} · ${c.failed} failed${held}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored.`;
  }
  return `**Dry run: would reject ${c['would-reject']} · would decline ${c['would-decline']}${accepted}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored. Nothing was written.`;
}

/**
 * One row per kind: the policy section that governs it (or why it is not governed: nothing of it
 * was read), and its counts over every account.
 */
function kindsSection(report: RunReport, accepted: readonly ReportItem[]): string[] {
  if (report.kinds === undefined) return [];
  const rows = KINDS.map((kind) => {
    const k = report.kinds[kind.name];
    if (k === undefined || !k.governed) return [kind.title, `not governed (${inertMarkdownWithCode(kind.notGoverned, 120)}): not read, left alone`, '—', '—', '—', '—'];
    // A kind some part of which could not be read must not look like a clean zero.
    const unread = report.accounts.filter((a) => a.kinds?.[kind.name]?.state === 'failed' || a.kinds?.[kind.name]?.state === 'not-read').length;
    const warning = unread === 0 ? '' : ` · ⚠️ not read in ${unread} ${unread === 1 ? 'account' : 'accounts'} (see Not read)`;
    const acceptedHere = accepted.filter((i) => i.item.kind === kind.name).length;
    return [kind.title, code(kind.section), String(k.counts.planned), `${doneCell(report, kind.verb, k.counts, acceptedHere)}${warning}`, String(k.counts.allowed), String(k.counts.ignored)];
  });
  return ['', table(['Kind', 'Policy', 'To act', report.mode === 'enforce' ? 'Done' : 'Would do', 'Allowed', 'Ignored'], rows)];
}

function doneCell(report: RunReport, verb: 'reject' | 'decline', c: OutcomeCounts, acceptedCount: number): string {
  const done = verb === 'reject' ? 'rejected' : 'declined';
  // Beside the count, not inside it: an item accepted against the policy is not one of those rejected or declined.
  const accepted = acceptedCount ? ` · ⚠️ ${acceptedCount} accepted against the policy` : '';
  if (report.mode !== 'enforce') return `${verb} ${c[verb === 'reject' ? 'would-reject' : 'would-decline']}${accepted}`;
  const extra = [
    c['already-handled'] ? `${c['already-handled']} no longer pending` : '',
    c.failed ? `${c.failed} failed` : '',
    c['held-by-budget'] ? `${c['held-by-budget']} held` : '',
  ].filter(Boolean);
  return `${c[done]} ${done}${extra.length ? ` (${extra.join(', ')})` : ''}${accepted}`;
}

function budgetBanner(report: RunReport): string[] {
  const b = report.budget;
  const share = b.share === undefined ? '' : ` — each of ${b.share.shards} shards may act on ⌊${b.share.runLimit} / ${b.share.shards}⌋ = ${shardShare(b.share.runLimit, b.share.shards)}`;
  if (!b.tripped) return ['', `Budget: ${b.planned} of ${b.limit} actions (${budgetSource(b)}${share}).`];
  return [
    '',
    `> [!CAUTION]`,
    `> ${budgetTripped(report)} A policy mistake must not reject a whole fleet: check the list below; if it is right, raise \`max-actions\` for one run.`,
  ];
}

/**
 * A tripped budget, said the same in the job summary and the alert issue: a matrix run's names the
 * shard that tripped with its own count (overShareClause), then the run's budget in shareWords'
 * phrase. Never the shards' sum alone: "9 items; the budget of 12" reads as within it.
 */
export function budgetTripped(report: RunReport): string {
  const b = report.budget;
  if (b.share === undefined) {
    return `**Budget tripped: ${b.planned} items call for action, the budget is ${b.limit} (${budgetSource(b)}).** ${report.mode === 'enforce' ? 'Nothing was written.' : 'An enforce run would write nothing and fail.'}`;
  }
  const share = shareWords({ source: b.source, share: b.share });
  const clause = overShareClause(b, report.shard);
  // A merged report that does not say which shard tripped (trippedShards): the run's sum, said as such.
  if (clause === undefined) return `**Budget tripped in at least one shard: ${b.planned} items call for action in all shards together; ${share}.** ${report.mode === 'enforce' ? 'A shard that trips writes nothing.' : 'In enforce, a shard that trips writes nothing and fails.'}`;
  const wrote = report.mode !== 'enforce' ? 'In enforce, a shard that trips writes nothing and fails.' : report.shard !== undefined ? 'This shard wrote nothing.' : (b.trippedShards?.length ?? 0) > 1 ? 'Those shards wrote nothing.' : 'That shard wrote nothing.';
  return `**Budget tripped: ${clause}; ${share}.** ${wrote}`;
}

/** Regions listed as enabled that this release does not know: skipped, and said so above the tables (and in the plan comment). */
export function unknownRegionsBanner(regions: readonly string[]): string[] {
  const warning = unknownRegionsWarning(regions, code);
  return warning === undefined ? [] : ['', '> [!WARNING]', `> ${warning}`];
}

/**
 * Every part not read: the errors (widest first), then the accounts outside the pin. The rows cut
 * are counted (each error is one of the step's failures) and the accounts among them named by id,
 * as the cut table of accounts not read completely names its own: the step's failures name only
 * the first MAX_NOT_GUARDED_NAMED, and the JSON report may not have been written.
 */
function errorSection(report: RunReport, where: RestWhere): string[] {
  const failing = failingSkips(report.skippedAccounts);
  if (report.errors.length === 0 && failing.length === 0) return [];
  // One cap over both lists: an organization with thousands of accounts outside the pin must not push the summary past GitHub's limit.
  const all = [...widestFirst(report.errors).map((e) => ({ error: e })), ...failing.map((s) => ({ skipped: s }))];
  const { shown } = capped(all, MAX_ROWS);
  const cut = all.slice(shown.length);
  const cutErrors = cut.filter((row) => 'error' in row).length;
  const cutAccounts = cut.flatMap((row) => ('skipped' in row ? [row.skipped.account] : []));
  const rows = shown.map((row) =>
    'error' in row
      ? [row.error.account ? code(row.error.account) : '—', code(row.error.service), row.error.region ? code(row.error.region) : 'global', `${inertMarkdown(row.error.message, 300)}${row.error.hint === undefined ? '' : ` — ${inertMarkdown(row.error.hint, 300)}`}`]
      : [code(row.skipped.account), '—', '—', `not guarded: ${inertMarkdown(row.skipped.reason, 300)}`],
  );
  const count = notReadCount(report);
  // Errors are cut only past MAX_ROWS of them, so every account outside the pin is cut with them: "parts not read" tells the two lines apart.
  const errorsLine = cutErrors === 0 ? '' : cutAccounts.length === 0 ? omittedLine(cutErrors, where.unread) : `\n\n_…and ${cutErrors} more ${cutErrors === 1 ? 'part' : 'parts'} not read, not shown here: ${where.unread}._`;
  const accountsLine = namedCutLine(cutAccounts.map(code), `${cutAccounts.length === 1 ? 'account' : 'accounts'} not guarded`, where.notGuarded);
  return ['', `### ⚠️ Not read (${count}) — items there were not checked`, '', table(['Account', 'Service', 'Region', 'Error'], rows) + errorsLine + accountsLine];
}

/**
 * Every guarded account: how it was reached, what was read, its counts. The accounts not read
 * completely lead; past FOLD_ACCOUNTS_OVER accounts the others are folded behind their count. A
 * region cell is a count: the regions in every account's scope are listed once, above the table
 * (with where they could not be read), and a row names only the regions its account has besides,
 * and those that failed or were skipped.
 */
function accountsSection(report: RunReport, where: RestWhere): string[] {
  const notGuarded = report.skippedAccounts.filter((s) => !s.fails);
  if (report.accounts.length <= 1 && notGuarded.length === 0) return regionLines(report);
  const kinds = regionalKinds(report);
  const common = new Map(kinds.map((kind) => [kind.name, commonRegions(report.accounts, kind)]));
  const commonSets = new Map(kinds.map((kind) => [kind.name, new Set(common.get(kind.name))]));
  const headers = ['Account', 'Via', 'Read', 'Handshakes', ...kinds.map((kind) => `${kind.label} regions swept`), 'Regions skipped', 'To act', 'Allowed'];
  // `named`: the rows cut are named (their ids, up to MAX_NAMED_OMITTED) rather than only counted: for the accounts not read.
  const accountsTable = (accounts: readonly AccountReport[], named = false): string => {
    const { shown, omitted } = capped(accounts, MAX_ROWS);
    const rows = shown.map((a) => [
      code(a.account),
      a.via === 'credentials' ? 'own credentials' : inertMarkdown(a.via, 40),
      READ_LABEL[a.read],
      HANDSHAKES_LABEL[a.handshakes],
      ...kinds.map((kind) => regionsCell(a, kind, commonSets.get(kind.name) ?? new Set())),
      skippedRegions(a, shared),
      String(a.counts.planned),
      String(a.counts.allowed),
    ]);
    return table(headers, rows) + (named ? omittedAccountsLine(accounts.slice(shown.length), where.other) : omittedLine(omitted, where.other));
  };
  const total = report.accounts.length;
  // Not reached at all first, then read in part: a cut table must not hide an account nothing was read of.
  const incomplete = [...report.accounts.filter((a) => a.read === 'none'), ...report.accounts.filter((a) => a.read === 'partial')];
  const complete = report.accounts.filter((a) => a.read === 'complete');
  const shared = commonSkips(report.accounts);
  const lines = ['', `### Accounts (${total})`, ...commonRegionsLines(kinds, common, report.accounts)];
  if (shared.length > 0) lines.push('', `Skipped in every account reached: ${skippedList(shared)}.`);
  if (total <= FOLD_ACCOUNTS_OVER) {
    lines.push('', accountsTable([...incomplete, ...complete]));
  } else {
    if (incomplete.length > 0) lines.push('', `**${incomplete.length} of ${total} accounts not read completely** (what failed is under Not read, above):`, '', accountsTable(incomplete, true));
    if (complete.length > 0) lines.push('', details(`${complete.length} of ${total} accounts read completely`, accountsTable(complete)));
  }
  if (notGuarded.length > 0) {
    const few = capped(notGuarded, MAX_ROWS);
    lines.push('', details(`Not guarded by choice (${notGuarded.length})`, few.shown.map((s) => `- ${code(s.account)}: ${inertMarkdown(s.reason, 200)}`).join('\n') + omittedLine(few.omitted, where.notGuarded)));
  }
  return lines;
}

/** At most this many ids of accounts are named past a cut table (about 30 bytes each). */
export const MAX_NAMED_OMITTED = 1000;

/** The accounts past a cut table of accounts not read completely, by id: none of them may go unnamed for want of a row. */
function omittedAccountsLine(omitted: readonly AccountReport[], where: string): string {
  return namedCutLine(omitted.map((a) => `${code(a.account)}${a.read === 'none' ? ' (nothing read)' : ''}`), 'not read completely', where);
}

/** `names` (already Markdown) past a cut table, as a paragraph of their own (namedCut). */
function namedCutLine(names: readonly string[], label: string, where: string): string {
  const cut = namedCut(names, label, where);
  return cut === '' ? '' : `\n\n${cut}`;
}

/**
 * `names` (already Markdown) past a cut list: up to `max` of them, then how many more and `where`
 * they are; '' when there are none. The run summary's Not read section and the plan's banner of
 * accounts not guarded say it alike.
 */
export function namedCut(names: readonly string[], label: string, where: string, max = MAX_NAMED_OMITTED): string {
  if (names.length === 0) return '';
  const named = names.slice(0, max);
  const rest = names.length - named.length;
  return `_…and ${names.length} more ${label}:_ ${named.join(' ')}${rest > 0 ? ` _…and ${rest} more: ${where}._` : ''}`;
}

/**
 * One account: the regions each regional kind swept and skipped, so "all clear" is only said of
 * what was read. Kinds that read the same regions share a line: under `all`, three lists of the
 * same sixteen regions would say one thing three times.
 */
function regionLines(report: RunReport): string[] {
  const a = report.accounts[0];
  if (a === undefined) return [];
  const groups = sharedByKinds(regionalKinds(report), (kind) => regionsOf(a, kind), (r) => JSON.stringify([r.selection, r.swept, r.skipped, r.otherShards ?? []]));
  const lines = [''];
  for (const { labels, value: regions } of groups) {
    // A shard reads its share: "every enabled region" would claim the others' too.
    const others = regions.otherShards?.length ? `; ${regionCount(regions.otherShards.length)} more read by other shards` : '';
    const which = others !== '' ? 'this shard\'s share' : regions.selection === 'all' ? 'every enabled region' : 'as listed';
    lines.push(`${joinWords(labels)} regions swept (${which}): ${regions.swept.length ? regions.swept.map(code).join(', ') : 'none'}${others}.`);
    if (regions.skipped.length > 0) lines.push(`Skipped: ${skippedList(regions.skipped)}.`);
  }
  return lines;
}

/**
 * Kinds whose value is the same (by `keyOf`) share one entry, their labels in kind order, so that a
 * list is said once for several kinds; a kind without a value is left out.
 */
function sharedByKinds<T>(kinds: readonly Kind[], valueOf: (kind: Kind) => T | undefined, keyOf: (value: T) => string): { labels: string[]; value: T }[] {
  const groups = new Map<string, { labels: string[]; value: T }>();
  for (const kind of kinds) {
    const value = valueOf(kind);
    if (value === undefined) continue;
    const key = keyOf(value);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { labels: [kind.label], value });
    else group.labels.push(kind.label);
  }
  return [...groups.values()];
}

const nonEmpty = <T>(list: readonly T[] | undefined): readonly T[] | undefined => (list?.length ? list : undefined);

/** The regional kinds the report governs, IoT first (always: a report without `kinds` has IoT alone). */
function regionalKinds(report: RunReport): Kind[] {
  return KINDS.filter((kind) => kind.scope === 'regional' && (kind.name === 'certificate-transfer' || report.kinds?.[kind.name]?.governed === true));
}

/** `1 region`, `16 regions`; `81 account-regions` with that unit. */
function regionCount(n: number, unit = 'region'): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** An account's regions of a regional kind (IoT's are also `a.regions`, which a report without `kinds` has alone). */
function regionsOf(a: AccountReport, kind: Kind): AccountRegions | undefined {
  return kind.name === 'certificate-transfer' ? a.regions : a.kinds?.[kind.name]?.regions;
}

/**
 * The regions in every account's scope for a kind: each account had to read them (and read, failed
 * to, or left them to another shard), sorted; an account that had none (not reached) does not empty
 * it. Empty when no account had any. Not "read everywhere": commonRegionsLines says where one failed.
 */
function commonRegions(accounts: readonly AccountReport[], kind: Kind): string[] {
  const sets = accounts
    .map((a) => regionsOf(a, kind))
    .map((r) => new Set([...(r?.swept ?? []), ...(r?.failed ?? []), ...(r?.otherShards ?? [])]))
    .filter((set) => set.size > 0);
  const [first, ...rest] = sets;
  if (first === undefined) return [];
  return [...first].filter((region) => rest.every((set) => set.has(region))).sort(compareCodeUnits);
}

/**
 * The regions in every account's scope, once for the table: kinds with the same ones (and the same
 * failures) share a fold. A region some accounts could not read says in how many, there and in the
 * fold's summary line, which is all a reader sees of it folded: in scope is not read everywhere.
 */
function commonRegionsLines(kinds: readonly Kind[], common: ReadonlyMap<string, readonly string[]>, accounts: readonly AccountReport[]): string[] {
  const withFailures = (kind: Kind): { region: string; notRead: number }[] | undefined =>
    nonEmpty(common.get(kind.name))?.map((region) => ({ region, notRead: accounts.filter((a) => regionsOf(a, kind)?.failed.includes(region) === true).length }));
  const groups = sharedByKinds(kinds, withFailures, (regions) => JSON.stringify(regions));
  return groups.flatMap(({ labels, value: regions }) => {
    const unread = regions.filter((r) => r.notRead > 0).length;
    const listed = regions.map((r) => (r.notRead === 0 ? code(r.region) : `${code(r.region)} (❌ not read in ${r.notRead} ${r.notRead === 1 ? 'account' : 'accounts'})`));
    return [
      '',
      details(
        `${joinWords(labels)} regions in every account's scope (${regions.length}${unread === 0 ? '' : `; ${unread} not read in some accounts`})`,
        `${listed.join(' ')}\n\n_Every account was to read these; a row counts the regions its account swept, and names those it swept besides these and those that could not be read._`,
      ),
    ];
  });
}

/** Every region an account skipped, for any kind, with why. */
function skipsOf(a: AccountReport): RegionSkip[] {
  return KINDS.flatMap((kind) => regionsOf(a, kind)?.skipped ?? []);
}

const skipKey = (s: RegionSkip): string => `${s.region}\u0000${s.reason}`;

/**
 * The skips (region and reason) every account reached shares, said once above the table instead of
 * in each row: under `all`, every account skips the regions a service is not offered in. An account
 * not reached (read: none) skipped nothing and does not count; one reached that skipped nothing
 * empties it. Empty for fewer than two accounts reached.
 */
function commonSkips(accounts: readonly AccountReport[]): RegionSkip[] {
  const lists = accounts.filter((a) => a.read !== 'none').map(skipsOf);
  const [first, ...rest] = lists;
  if (first === undefined || rest.length === 0) return [];
  const keys = rest.map((list) => new Set(list.map(skipKey)));
  const seen = new Set<string>();
  return first.filter((s) => keys.every((set) => set.has(skipKey(s))) && !seen.has(skipKey(s)) && seen.add(skipKey(s)));
}

/** A row's skips, less those every account shares (said above the table). */
function skippedRegions(a: AccountReport, shared: readonly RegionSkip[]): string {
  const sharedKeys = new Set(shared.map(skipKey));
  const own = skipsOf(a).filter((s) => !sharedKeys.has(skipKey(s)));
  return own.length === 0 ? '—' : skippedList(own);
}

function skippedList(skipped: readonly RegionSkip[]): string {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...new Set([...(byReason.get(s.reason) ?? []), s.region])]);
  return [...byReason].map(([reason, regions]) => `${regions.map(code).join(' ')} (${inertMarkdown(reason, 80)})`).join('; ');
}

/**
 * An account's cell for a regional kind: how many regions were read, naming only those beyond the
 * ones in every account's scope (`common`), those that failed, and how many another shard reads.
 */
function regionsCell(a: AccountReport, kind: Kind, common: ReadonlySet<string>): string {
  const state = a.kinds?.[kind.name]?.state;
  if (state === 'not-governed') return '—';
  if (state === 'not-read') return '❌ not read';
  const regions = regionsOf(a, kind);
  if (regions === undefined) return '—';
  // Under `all`, a part that failed with nothing swept, failed or left to others: the account's region list was not read.
  if (state === 'failed' && regions.selection === 'all' && regions.swept.length === 0 && regions.failed.length === 0 && !regions.otherShards?.length) return '❌ region list not read';
  // Against a common set, a row names only what it has besides; with none (accounts with no region in common), it names its own.
  const besides = common.size === 0 ? [] : regions.swept.filter((region) => !common.has(region));
  const own = common.size === 0 ? ` (${regions.swept.map(code).join(' ')})` : besides.length ? ` (+ ${besides.map(code).join(' ')})` : '';
  const swept = regions.swept.length === 0 ? 'none' : `${regionCount(regions.swept.length)}${own}`;
  const failed = regions.failed.length ? ` · ❌ ${regions.failed.map(code).join(' ')} not read` : '';
  const others = regions.otherShards?.length ? ` · ${regions.otherShards.length} read by other shards` : '';
  return `${swept}${failed}${others}`;
}

const READ_LABEL: Record<AccountReport['read'], string> = { complete: '✅ complete', partial: '⚠️ partial', none: '❌ not read' };
const HANDSHAKES_LABEL: Record<AccountReport['handshakes'], string> = {
  swept: 'swept',
  failed: '❌ not read',
  'not-governed': 'not governed',
  'not-read': '❌ not read',
  'other-shard': 'another shard',
};

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
function acceptedSection(items: readonly ReportItem[], where: string, many: boolean): string[] {
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
      'The When column says which case each is: already accepted when this run read it, or accepted while this run acted (after it listed the item, before its rejection or decline).',
    '',
  ];
}

/** The columns acceptedCells fills, after the item's own (the summary's and the alert issue's). */
export const ACCEPTED_HEADERS = ['When', 'Why', 'What to do'] as const;

/** What to do about an item accepted while the run acted: its detail is what AWS or a re-read said, not advice. */
const ACCEPTED_WHILE_ACTING_ADVICE = 'Check now with whoever accepted it, and undo it if it was not meant to be; if it was, allow the sender in the policy through a reviewed pull request.';

/**
 * An item accepted against the policy: when (acceptedWhen, in words), why the policy does not allow
 * it, and what to do. Found accepted when read, its detail is that advice, in our words, shown whole
 * (MAX_REASON_LENGTH); accepted while the run acted, its detail is what was seen (AWS's answer), so
 * our advice comes first and AWS's text is the part cut.
 */
export function acceptedCells(i: ReportItem): string[] {
  if (acceptedWhen(i) === 'when-read') return ['already accepted when this run read it', inertMarkdown(i.reason, MAX_REASON_LENGTH), inertMarkdown(i.detail ?? '', MAX_REASON_LENGTH)];
  const write = i.action === 'decline' ? 'decline' : 'rejection';
  const seen = i.detail ? `<br><sub>${inertMarkdown(i.detail, 300)}</sub>` : '';
  return [`accepted while this run acted, before its ${write}`, inertMarkdown(i.reason, MAX_REASON_LENGTH), `${ACCEPTED_WHILE_ACTING_ADVICE}${seen}`];
}

function outcomeCell(i: ReportItem): string {
  const detail = i.detail ? `<br><sub>${inertMarkdown(i.detail, 160)}</sub>` : '';
  return `${outcomeLabel(i.outcome)}${detail}`;
}

function allowedTable(items: readonly ReportItem[], where: string, links: SourceLinks | undefined, many: boolean): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), i.matched ? entryCitation(i.matched, links) : inertMarkdown(i.reason, MAX_REASON_LENGTH)]);
  return withAccount(many, ['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows, shown) + omittedLine(omitted, where);
}

function ignoredTable(items: readonly ReportItem[], where: string, many: boolean): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), inertMarkdown(i.reason, MAX_REASON_LENGTH)]);
  return withAccount(many, ['Kind', 'Id', 'Region', 'Why'], rows, shown) + omittedLine(omitted, where);
}

/**
 * What was read, and only that (a part that failed is never counted as swept); where the JSON report
 * is; the run; when the report was made. The report's path is the runner's, gone with it: the
 * footer names the output a workflow keeps it by instead, or, when it could not be written
 * (`reportWritten` false: the output is empty), says so.
 */
export function footer(report: RunReport, reportWritten = true): string {
  const pairs = report.accounts.reduce((n, a) => n + a.regions.swept.length, 0);
  const one = report.accounts.length === 1 ? report.accounts[0] : undefined;
  // Counts only: one account's regions are listed above the footer (regionLines), many accounts' in their table.
  const unit = one !== undefined ? 'region' : 'account-region';
  const regions = `IoT swept in ${regionCount(pairs, unit)}`;
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
  const others = KINDS.filter((kind) => kind.scope === 'regional' && kind.name !== 'certificate-transfer' && report.kinds?.[kind.name] !== undefined).map((kind) => {
    if (report.kinds?.[kind.name]?.governed !== true) return `${kind.label} not governed`;
    const n = report.accounts.reduce((sum, a) => sum + (a.kinds?.[kind.name]?.regions?.swept.length ?? 0), 0);
    return `${kind.label} swept in ${regionCount(n, unit)}`;
  });
  const run = report.run === undefined ? '' : ` · ${runLink(report.run, 'run')}`;
  return `<sub>Policy ${code(report.policy.path)}${accounts} · ${regions} · ${handshakes}${others.map((o) => ` · ${o}`).join('')} · JSON report: ${reportWritten ? reportFileOutput() : 'not written (see the step\'s failures)'}${run} · finished ${utcTime(report.generatedAt)}</sub>`;
}

/** How long each phase took: where the time of a slow run went. */
function timingsLine(report: RunReport): string[] {
  const t = report.timings;
  if (t === undefined) return [];
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [`<sub>Took ${s(t.inventoryMs + t.decideMs + t.actMs)}: inventory ${s(t.inventoryMs)} · decide ${s(t.decideMs)} · ${report.mode === 'enforce' ? 'act' : 'act (preview)'} ${s(t.actMs)}</sub>`, ''];
}

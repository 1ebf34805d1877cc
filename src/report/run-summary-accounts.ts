/**
 * The job summary's Accounts section: what was read where. One account's regions as lines; many
 * accounts' as a table that counts each account's regions, with the regions in every account's
 * scope and the skips every account shares said once above it.
 */
import type { Kind } from '../kinds/kind.js';
import { KINDS } from '../kinds/registry.js';
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { AccountRegions } from '../run/kind-coverage.js';
import type { AccountReport, RunReport } from '../run/report-types.js';
import type { RegionSkip } from '../sweep/events.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import { code, inertMarkdown } from './escape.js';
import { capped, details, joinWords, omittedLine, table } from './markdown.js';
import { MAX_ROWS, namedCutLine, type RestWhere } from './run-summary-cut.js';

/**
 * Past this many accounts, the table of those read completely is folded behind its count: an
 * organization's hundreds of clean rows must not stand between a reader and the few that are not.
 */
export const FOLD_ACCOUNTS_OVER = 10;

/**
 * Every guarded account: how it was reached, what was read, its counts. The accounts not read
 * completely lead; past FOLD_ACCOUNTS_OVER accounts the others are folded behind their count. A
 * region cell is a count: the regions in every account's scope are listed once, above the table
 * (with where they could not be read), and a row names only the regions its account has besides,
 * and those that failed or were skipped.
 */
export function accountsSection(report: RunReport, where: RestWhere): string[] {
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
  const shared = commonSkips(report.accounts, kinds);
  const lines = ['', `### Accounts (${total})`, ...commonRegionsLines(kinds, common, report.accounts)];
  if (shared.length > 0) lines.push('', `Skipped in every account whose regions were read: ${skippedList(shared)}.`);
  if (total <= FOLD_ACCOUNTS_OVER) {
    lines.push('', accountsTable([...incomplete, ...complete]));
  } else {
    if (incomplete.length > 0) lines.push('', `**${incomplete.length} of ${total} accounts not read completely** (what failed is under Not read, above):`, '', accountsTable(incomplete, true));
    if (complete.length > 0) lines.push('', details(`${complete.length} of ${total} accounts read completely`, accountsTable(complete)));
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
export function notGuardedByChoice(skipped: readonly SkippedTarget[], where: string): string[] {
  const byChoice = skipped.filter((s) => !s.fails);
  if (byChoice.length === 0) return [];
  const few = capped(byChoice, MAX_ROWS);
  return ['', details(`Not guarded by choice (${byChoice.length})`, few.shown.map((s) => `- ${code(s.account)}: ${inertMarkdown(s.reason, 200)}`).join('\n') + omittedLine(few.omitted, where))];
}

/** The accounts past a cut table of accounts not read completely, by id: none of them may go unnamed for want of a row. */
function omittedAccountsLine(omitted: readonly AccountReport[], where: string): string {
  return namedCutLine(omitted.map((a) => `${code(a.account)}${a.read === 'none' ? ' (nothing read)' : ''}`), 'not read completely', where);
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
export function regionCount(n: number, unit = 'region'): string {
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
 * Accounts that read none of a kind's regions (readNoRegion: its role refused, its region list not
 * read) are said once, on a line of their own and in the summary line, not as a mark on every
 * region: sixteen "not read in 1 account" say one thing sixteen times and hide a region that failed.
 */
function commonRegionsLines(kinds: readonly Kind[], common: ReadonlyMap<string, readonly string[]>, accounts: readonly AccountReport[]): string[] {
  const withFailures = (kind: Kind): RegionsInScope | undefined => {
    const regions = nonEmpty(common.get(kind.name));
    if (regions === undefined) return undefined;
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
    const listed = regions.map((r) => (r.notRead === 0 ? code(r.region) : `${code(r.region)} (❌ not read in ${accountCount(r.notRead)})`));
    const title = [String(regions.length), ...(blind === 0 ? [] : [`none read in ${accountCount(blind)}`]), ...(unread === 0 ? [] : [`${unread} not read in some accounts`])].join('; ');
    const why = [...(notReached === 0 ? [] : [`${notReached} whose role could not be used`]), ...(regionList === 0 ? [] : [`${regionList} whose region list was not read`])];
    const noneLine = blind === 0 ? [] : [`❌ None of these was read in ${accountCount(blind)}, which read no region at all (${joinWords(why)}): see Not read, above.`, ''];
    return [
      '',
      details(
        `${joinWords(labels)} regions in every account's scope (${title})`,
        [...noneLine, listed.join(' '), '', '_Every account was to read these; a row counts the regions its account swept, and names those it swept besides these and those that could not be read._'].join('\n'),
      ),
    ];
  });
}

/** A kind's regions in every account's scope, each with how many accounts failed it, and the accounts that read none (readNoRegion), by why. */
interface RegionsInScope {
  readonly regions: readonly { readonly region: string; readonly notRead: number }[];
  readonly notReached: number;
  readonly regionList: number;
}

const accountCount = (n: number): string => `${n} ${n === 1 ? 'account' : 'accounts'}`;

/** Every region an account skipped, for any kind, with why. */
function skipsOf(a: AccountReport): RegionSkip[] {
  return KINDS.flatMap((kind) => regionsOf(a, kind)?.skipped ?? []);
}

const skipKey = (s: RegionSkip): string => `${s.region}\u0000${s.reason}`;

/**
 * The skips (region and reason) every account whose regions were read shares, said once above the
 * table instead of in each row: under `all`, every account skips the regions a service is not
 * offered in. An account that read no region of any regional kind (`kinds`; readNoRegion: not
 * reached, or its region list not read) skipped nothing because it read nothing, and does not count
 * (so the line says "whose regions were read", not "reached"); one whose regions were read that
 * skipped nothing empties it. Empty for fewer than two such accounts.
 */
function commonSkips(accounts: readonly AccountReport[], kinds: readonly Kind[]): RegionSkip[] {
  const readRegions = (a: AccountReport): boolean => a.read !== 'none' && kinds.some((kind) => readNoRegion(a, kind) === undefined);
  const lists = accounts.filter(readRegions).map(skipsOf);
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
  const none = readNoRegion(a, kind);
  if (none === 'not-reached') return '❌ not read';
  const regions = regionsOf(a, kind);
  if (regions === undefined) return '—';
  if (none === 'region-list') return '❌ region list not read';
  // Against a common set, a row names only what it has besides; with none (accounts with no region in common), it names its own.
  const besides = common.size === 0 ? [] : regions.swept.filter((region) => !common.has(region));
  const own = common.size === 0 ? ` (${regions.swept.map(code).join(' ')})` : besides.length ? ` (+ ${besides.map(code).join(' ')})` : '';
  const swept = regions.swept.length === 0 ? 'none' : `${regionCount(regions.swept.length)}${own}`;
  const failed = regions.failed.length ? ` · ❌ ${regions.failed.map(code).join(' ')} not read` : '';
  const others = regions.otherShards?.length ? ` · ${regions.otherShards.length} read by other shards` : '';
  return `${swept}${failed}${others}`;
}

/**
 * Why an account read none of a regional kind's regions, if it read none: `not-reached`, its role
 * not assumed (the kind is not-read); `region-list`, under `all`, a part that failed with nothing
 * swept, failed or left to others (its region list was not read). Undefined otherwise.
 */
function readNoRegion(a: AccountReport, kind: Kind): 'not-reached' | 'region-list' | undefined {
  const state = a.kinds?.[kind.name]?.state;
  if (state === 'not-read') return 'not-reached';
  const regions = regionsOf(a, kind);
  if (state === 'failed' && regions?.selection === 'all' && regions.swept.length === 0 && regions.failed.length === 0 && !regions.otherShards?.length) return 'region-list';
  return undefined;
}

const READ_LABEL: Record<AccountReport['read'], string> = { complete: '✅ complete', partial: '⚠️ partial', none: '❌ not read' };
const HANDSHAKES_LABEL: Record<AccountReport['handshakes'], string> = {
  swept: 'swept',
  failed: '❌ not read',
  'not-governed': 'not governed',
  'not-read': '❌ not read',
  'other-shard': 'another shard',
};

/**
 * Cells and small sections of the plan's Markdown: decisions, allow entries, lapses. Pure.
 * Text from AWS goes through the report helpers (entryCitation, inertMarkdown, code).
 */
import type { Decision, MatchedEntry } from '../decide/types.js';
import { entryCitation, lapseCell, linkedEntry, type SourceLinks } from '../report/describe-item.js';
import { code, inertMarkdown } from '../report/escape.js';
import type { Budgeter } from './comment-budget.js';
import { DEFAULT_LAPSE_WINDOW_DAYS } from '../decide/in-force.js';
import type { BasePolicy, EntryDiff, EntryRef, ItemChange, LapsingAllowance, LapsingEntry, SweepScope } from './types.js';
import { kindNamed } from '../kinds/registry.js';
import { SERVICE_LABEL, servicesOfKind, type ServiceName } from '../kinds/services.js';
import { plural } from '../model/words.js';
import type { SweepError } from '../sweep/events.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';

/** The rendering options the cells read. */
export interface CellOptions {
  readonly headLinks?: SourceLinks | undefined;
  readonly baseLinks?: SourceLinks | undefined;
  readonly lapseWindowDays?: number | undefined;
}

export function entrySections(entries: EntryDiff, lapsing: readonly LapsingEntry[], ctx: Budgeter & { readonly options: CellOptions }): string[] {
  const lines: string[] = [];
  if (entries.added.length + entries.removed.length > 0) {
    lines.push(`### Allow entries changed (${entries.added.length} added, ${entries.removed.length} removed, ${entries.kept} kept)`, '');
    ctx.spend(lines);
    const changes = [...entries.added.map((e) => ['added', e] as const), ...entries.removed.map((e) => ['removed', e] as const)];
    const row = ([what, e]: (typeof changes)[number]) => [what, entryLink(e, what === 'added' ? ctx.options.headLinks : ctx.options.baseLinks), code(e.allows), untilCell(e), e.note ? inertMarkdown(e.note, 120) : ''];
    lines.push(ctx.table(['', 'Entry', 'Allows', 'In force', 'Note'], changes, row, 0.4), '');
  }
  if (lapsing.length > 0) {
    const days = ctx.options.lapseWindowDays ?? DEFAULT_LAPSE_WINDOW_DAYS;
    const start = lines.length;
    lines.push(`### ⏳ Allow entries lapsing within ${days} days (${lapsing.length})`, '');
    ctx.spend(lines.slice(start));
    const row = (l: LapsingEntry) => [entryLink(l.entry, ctx.options.headLinks), code(l.entry.allows), lapseCell(l.entry.until ?? '', l)];
    lines.push(ctx.table(['Entry', 'Allows', 'Lapses'], lapsing, row, 0.4), '');
  }
  return lines;
}

export function entryLink(e: EntryRef, links: SourceLinks | undefined): string {
  return linkedEntry({ list: e.list, index: e.index, position: { line: e.line, column: 1 } }, links);
}

export function untilCell(e: EntryRef): string {
  return e.until ? `until ${code(e.until)}` : 'no end date';
}

export function sameEntry(matched: Pick<MatchedEntry, 'list' | 'index'> | undefined, entry: EntryRef): boolean {
  return matched?.list === entry.list && matched.index === entry.index;
}

export const ACTION_ORDER: Record<Decision['action'], number> = { reject: 0, decline: 0, allow: 1, ignore: 2 };
export const ACTION_LABEL: Record<Decision['action'], string> = { allow: '✅ allow', reject: '🛑 reject', decline: '🛑 decline', ignore: 'ignore' };

export function decisionLabel(d: Decision | undefined): string {
  return d === undefined ? '—' : ACTION_LABEL[d.action];
}

export function whyCell(d: Decision | undefined, links: SourceLinks | undefined): string {
  if (d === undefined) return '';
  return d.matched ? `allowed by ${entryCitation(d.matched, links)}` : inertMarkdown(d.reason, MAX_REASON_LENGTH);
}

export function decisionCell(d: Decision | undefined, links: SourceLinks | undefined, absent: string): string {
  if (d === undefined) return `— ${absent}`;
  return `${ACTION_LABEL[d.action]}<br><sub>${whyCell(d, links)}</sub>`;
}

/** The entry that allows a lapsing item now and, when others take over before it lapses, those after it. */
export function lapsingCell(l: LapsingAllowance, links: SourceLinks | undefined): string {
  const then = l.entries.slice(1).map((m) => `then by ${entryCitation(m, links)}`);
  return `${decisionCell(l.change.head, links, '')}${then.length === 0 ? '' : `<br><sub>${then.join(', ')}</sub>`}`;
}

export function baseCell(c: ItemChange, plan: { readonly base: BasePolicy; readonly baseStopsAtPin?: { readonly line: number } | undefined }, options: CellOptions): string {
  if (c.base !== undefined) return decisionCell(c.base, options.baseLinks, '');
  if (plan.base.state !== 'valid') return '— nothing (no valid policy)';
  return plan.baseStopsAtPin === undefined ? '— not swept under the base policy' : `— nothing (its ${code('accounts')} pin leaves this account out)`;
}

/** `IoT <code>eu-west-1</code>`, `RAM <code>us-east-1</code>`, `STS`, `Organizations`: the service (and region) that could not be read. */
export function errorWhere(e: SweepError): string {
  if (e.service === 'sts') return 'STS';
  if (e.service === 'account') return 'Account (regions)';
  // A plan reads no shard reports: only a merged report has this one.
  if (e.service === 'shard') return e.shard === undefined ? 'Shard' : `Shard ${e.shard.index}/${e.shard.count}`;
  const label = SERVICE_LABEL[e.service].short;
  return e.region === undefined ? label : `${label} ${code(e.region)}`;
}

/**
 * The regions of a plan's footer where a read failed (Plan.errors, Plan.baseOnlyErrors: a service in
 * a region of an account read), and the mark each region gets there.
 */
export interface RegionsNotRead {
  /** The regions where a read of one of these services failed in some account, sorted. */
  regions(services: readonly ServiceName[]): string[];
  /** ` (not read)`, ` (not read in 2 accounts)`, ` (GuardDuty not read)`; '' when no read of them failed there. */
  mark(services: readonly ServiceName[], region: string): string;
}

/**
 * RegionsNotRead of a plan's errors. `many`: the plan read several accounts, so a mark says in how
 * many the region was not read (it may have been read in the others). A kind of several services
 * names those that failed when not all did. Not a role not assumed (a whole account: the verdict
 * counts it), nor a region list (which regions is unknown: the warning says so).
 */
export function regionsNotRead(errors: readonly SweepError[], many: boolean): RegionsNotRead {
  const failed = errors.filter((e) => e.account !== undefined && e.region !== undefined);
  const at = (service: ServiceName, region: string) => failed.filter((e) => e.service === service && e.region === region);
  return {
    regions: (services) => [...new Set(failed.filter((e) => services.some((s) => s === e.service)).map((e) => e.region ?? ''))].sort(),
    mark: (services, region) => {
      const failing = services.filter((s) => at(s, region).length > 0);
      if (failing.length === 0) return '';
      const which = services.length > 1 && failing.length < services.length ? `${failing.map((s) => SERVICE_LABEL[s].short).join(', ')} ` : '';
      const accounts = new Set(failing.flatMap((s) => at(s, region).map((e) => e.account))).size;
      return ` (${which}not read${many ? ` in ${accounts} ${plural(accounts, 'account', 'accounts')}` : ''})`;
    },
  };
}

/**
 * What a policy has the kinds with optional sections read, for the footer: `RAM in every enabled
 * region`, `Security-service (GuardDuty, Detective) <code>us-east-1</code>`, each region where a
 * read failed marked (RegionsNotRead; under `all`, named after). IoT and handshakes have their own
 * words there.
 */
export function optionalKindsSwept(scope: SweepScope, notRead: RegionsNotRead): string[] {
  return scope.kinds
    .filter((k) => k.kind !== 'certificate-transfer' && k.kind !== 'handshake')
    .map((k) => {
      // A kind read from several services names those the policy reads, even one alone (`Security-service
      // (GuardDuty)`): its label does not say which. RAM is its one service.
      const several = servicesOfKind(k.kind).length > 1;
      const services = several ? `(${k.services.map((s) => SERVICE_LABEL[s].short).join(', ')}) ` : '';
      const marked = (regions: readonly string[]) => regions.map((r) => `${code(r)}${notRead.mark(k.services, r)}`).join(', ');
      const failed = k.regions === 'all' ? notRead.regions(k.services) : [];
      const regions = k.regions === 'all' ? `in every enabled region${failed.length > 0 ? `, ${marked(failed)}` : ''}` : k.regions.length ? marked(k.regions) : 'in no region';
      return `${kindNamed(k.kind).label} ${services}${regions}`;
    });
}

import { allowanceLapsing, DEFAULT_LAPSE_WINDOW_DAYS, type Lapse } from '../decide/in-force.js';
import { citeEntry } from '../decide/reasons.js';
import type { MatchedEntry } from '../decide/types.js';
import { itemAwsId, itemRegion as itemRegionOf, kindOf } from '../kinds/registry.js';
import type { InboundItem } from '../model/items.js';
import type { ReportItem } from '../run/report-types.js';
import { breakableCode, code, inertMarkdown } from './escape.js';

/** Where a policy line lives on GitHub, when the run has a repository context. */
export interface SourceLinks {
  /** e.g. https://github.com */
  readonly serverUrl: string;
  /** owner/name */
  readonly repository: string;
  /** The commit the policy was read at. */
  readonly sha: string;
  /** The policy path relative to the repository root. */
  readonly policyPath: string;
}

export function lineUrl(links: SourceLinks, line: number): string {
  const path = links.policyPath.split('/').map(encodeURIComponent).join('/');
  return `${links.serverUrl}/${links.repository}/blob/${links.sha}/${path}#L${line}`;
}

/** "iot.allow[0] (line 5)", linked to that line at that commit when links are known. */
export function linkedEntry(entry: Pick<MatchedEntry, 'list' | 'index' | 'position'>, links?: SourceLinks): string {
  const label = citeEntry(entry.list, entry);
  return links ? `[${label}](${lineUrl(links, entry.position.line)})` : label;
}

/** The entry behind an allow decision: linked label, until, and its note (made inert). */
export function entryCitation(entry: MatchedEntry, links?: SourceLinks): string {
  const cited = linkedEntry(entry, links);
  const note = entry.note ? ` — ${inertMarkdown(entry.note, 120)}` : '';
  const until = entry.until ? ` until ${entry.until}` : '';
  return `${cited}${until}${note}`;
}

/**
 * When an allowance (or an entry) that lapses soon stops allowing, for the plan comment and the
 * alert issue alike: `allowed through <code>2026-12-01</code> (UTC): lapses in 5 days 16 h`. The
 * date is the `until` as the policy writes it, the last day allowed, not the day after, on which
 * runs act; UTC because that day ends at midnight UTC whatever the reader's zone. The time left is
 * to that midnight, from the run that wrote it, rounded down: "5 days" alone read as the wrong
 * calendar day whenever hours were left over.
 */
export function lapseCell(until: string, lapse: Pick<Lapse, 'daysLeft' | 'hoursLeft'>): string {
  return `allowed through ${code(until)} (UTC): lapses in ${timeLeft(lapse)}`;
}

/**
 * What marks an allowance lapsing soon in the log's Decisions group (logDecisions), the job
 * summary's Allowed table (lapsingMark) and a plan log's Plan group (lapsingMarkWithDay): words to
 * search the log for, which the alert issue's and the plan job summary's cut tables of such
 * allowances name.
 */
export const LAPSING_MARK = '⏳ lapses in';

/**
 * The mark of an item whose allowance lapses within the alert issue's window at `now`
 * (allowanceLapsing, DEFAULT_LAPSE_WINDOW_DAYS): `⏳ lapses in 10 h`. It stands beside the entry
 * cited, whose until the line already says ("until the end of 2026-11-27 (UTC)", "until
 * 2026-11-27"), so that day is not said again; when a later entry allows the item after that one
 * lapses, the allowance's own last day is another, and said: `⏳ lapses in 5 days: a later entry
 * allows it through 2026-12-02 (UTC)`. `day` shows that day (`code` in Markdown; it is a real
 * YYYY-MM-DD, lapsingWithin read it). Undefined for an item not lapsing soon.
 */
export function lapsingMark(i: Pick<ReportItem, 'action' | 'allowedThrough' | 'matched'>, now: Date, day: (until: string) => string = (until) => until): string | undefined {
  return lapsingSoon(i, now, day)?.mark;
}

/** lapsingMark with the instant the allowance lapses (ISO-8601), for a table that puts the soonest first. */
export function lapsingSoon(i: Pick<ReportItem, 'action' | 'allowedThrough' | 'matched'>, now: Date, day: (until: string) => string = (until) => until): { readonly mark: string; readonly lapsesAt: string } | undefined {
  const soon = allowanceLapsing(i, now, DEFAULT_LAPSE_WINDOW_DAYS);
  if (soon === undefined) return undefined;
  const later = i.matched?.until === soon.until ? '' : `: a later entry allows it through ${day(soon.until)} (UTC)`;
  return { mark: `${LAPSING_MARK} ${timeLeft(soon)}${later}`, lapsesAt: soon.lapsesAt };
}

/**
 * The same mark on a line that cites no entry, so that says the allowance's last day itself (the
 * plan log's Plan group, logPlan): `⏳ lapses in 3 days 12 h: allowed through 2026-11-25 (UTC)`, the
 * day the last of the entries that take over (LapsingAllowance.until). `until` is a real YYYY-MM-DD
 * (lapsingWithin read it), so no text a sender chose reaches the line through it.
 */
export function lapsingMarkWithDay(lapse: Pick<Lapse, 'daysLeft' | 'hoursLeft'> & { readonly until: string }): string {
  return `${LAPSING_MARK} ${timeLeft(lapse)}: allowed through ${lapse.until} (UTC)`;
}

/** `5 days 16 h`, `1 day`, `3 h`, `under an hour`: whole days and hours, rounded down. */
export function timeLeft({ daysLeft, hoursLeft }: Pick<Lapse, 'daysLeft' | 'hoursLeft'>): string {
  const days = daysLeft === 0 ? '' : daysLeft === 1 ? '1 day' : `${daysLeft} days`;
  const hours = hoursLeft === 0 ? '' : `${hoursLeft} h`;
  return [days, hours].filter(Boolean).join(' ') || 'under an hour';
}

// Each kind describes its own items (src/kinds/<kind>/describe.ts); these are the cells every table shares.

export function itemKind(item: InboundItem): string {
  return kindOf(item)?.describe.kindCell(item) ?? 'Unknown';
}

/**
 * The Id cell: the id the kind gives the item (the report's, the outputs'), whole, so that a reader
 * can look it up (`aws iot describe-certificate --certificate-id …`, `aws ram
 * get-resource-share-invitations --resource-share-invitation-arns …`); long ids wrap, never cut.
 */
export function itemId(item: InboundItem): string {
  return kindOf(item) === undefined ? '' : breakableCode(itemAwsId(item));
}

export function itemRegion(item: InboundItem): string {
  const region = itemRegionOf(item);
  return region === undefined ? 'global' : code(region);
}

/** Where an item is: its region, led by its account when a run guards several. */
export function itemPlace(item: InboundItem, manyAccounts: boolean): string {
  return manyAccounts ? `${code(item.account)} ${itemRegion(item)}` : itemRegion(item);
}

/** Who sent it, with sender-written text made inert. */
export function itemSource(item: InboundItem): string {
  return kindOf(item)?.describe.sourceCell(item) ?? 'unknown';
}

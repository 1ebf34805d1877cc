/**
 * What the fields of a shard report must agree on, as buildRunReport writes them: shard-report.ts
 * checks each field's value alone; this checks that the values fit together. Whoever can change an
 * artifact could otherwise give a dry-run shard's item the outcome `rejected` (which no dry-run
 * writes) and have the merged summary, outputs and alert report a write that never happened, or
 * lift a budget's limit or planned count the merge adds up.
 *
 * Pure, and run only on a report whose fields each passed the schema.
 */
import { shardShare } from '../act/budget.js';
import { possibleOutcomes } from '../act/outcomes.js';
import type { Outcome } from '../act/types.js';
import { itemKey, itemSender, KIND_NAMES, kindNamed } from '../kinds/registry.js';
import { countBreakdown, countReportItems, OUTCOMES } from '../run/report-counts.js';
import type { OutcomeCounts, ReportItem, RunReport } from '../run/report-types.js';

/** A field that disagrees with the rest of the report: where it is and why it cannot be so. */
export interface Disagreement {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** The first `keep` fields of a report that disagree with the others, and how many there are in all. */
export interface Disagreements {
  readonly first: readonly Disagreement[];
  readonly total: number;
}

/**
 * The fields of `report` that disagree with the others, items first, then the budget, then the
 * counts: the first `keep` of them, and their number (a hostile file may have millions).
 */
export function disagreements(report: RunReport, keep: number): Disagreements {
  const first: Disagreement[] = [];
  let total = 0;
  const found: Found = (d) => {
    total += 1;
    if (first.length < keep) first.push(d);
  };
  itemDisagreements(report, found);
  budgetDisagreements(report, found);
  countDisagreements(report, found);
  return { first, total };
}

type Found = (d: Disagreement) => void;

const MODE_WORDS: Readonly<Record<RunReport['mode'], string>> = { 'dry-run': 'a dry-run', enforce: 'an enforce run', plan: 'a plan' };

/**
 * Each item's outcome must be one its report's mode and its own decision can give
 * (possibleOutcomes, the table execute.ts writes by); its sender the one its item names; its account
 * one of the report's; its kind one the report governs; and no item twice (a run lists each once:
 * a copy would count twice in every merged total).
 */
function itemDisagreements(report: RunReport, found: Found): void {
  const accounts = new Set(report.accounts.map((a) => a.account));
  const seen = new Map<string, number>();
  report.items.forEach((i, at) => {
    const key = `${i.item.account}\n${itemKey(i.item)}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, at);
    else found({ path: ['items', at, 'item'], message: `the same item as items[${earlier}] (a run lists each item once; a copy would count twice)` });
    const kind = kindNamed(i.item.kind);
    const possible = possibleOutcomes({ mode: report.mode, action: i.action, verb: kind.verb, tripped: report.budget.tripped });
    if (!possible.includes(i.outcome)) {
      const run = `${MODE_WORDS[report.mode]}${report.mode === 'enforce' && report.budget.tripped ? ' whose budget tripped' : ''}`;
      const notItsWrite = (i.action === 'reject' || i.action === 'decline') && i.action !== kind.verb ? `, which is not its kind's write (${kind.verb})` : '';
      found({ path: ['items', at, 'outcome'], message: `not an outcome ${run} gives an item whose action is ${i.action}${notItsWrite} (${possible.join(', ')})` });
    }
    const sender = itemSender(i.item);
    if (i.sender !== sender) found({ path: ['items', at, 'sender'], message: `not the sender its item names (${sender})` });
    if (!accounts.has(i.item.account)) found({ path: ['items', at, 'item', 'account'], message: 'not one of the accounts the report guarded (accounts)' });
    if (!report.kinds[i.item.kind].governed) found({ path: ['items', at, 'item', 'kind'], message: `a kind the report does not govern (kinds.${i.item.kind}.governed is false), so it read none` });
  });
}

/**
 * The budget as resolveBudget and sweepAndAct make it: planned is the items to reject or decline,
 * tripped says whether that is over the limit, and a shard's limit is its share of the run's.
 */
function budgetDisagreements(report: RunReport, found: Found): void {
  const { budget, shard } = report;
  const planned = countReportItems(report.items).planned;
  if (budget.planned !== planned) found({ path: ['budget', 'planned'], message: `not the number of its items to reject or decline (${planned})` });
  if (budget.tripped !== budget.planned > budget.limit) {
    found({ path: ['budget', 'tripped'], message: `but its planned ${budget.planned} is ${budget.tripped ? 'within' : 'over'} its limit ${budget.limit}` });
  }
  if (shard !== undefined) {
    if (budget.share === undefined) found({ path: ['budget', 'share'], message: "a shard's budget is its share of the run's" });
    else {
      if (budget.share.shards !== shard.count) found({ path: ['budget', 'share', 'shards'], message: `not its shard's count (${shard.count})` });
      const share = shardShare(budget.share.runLimit, budget.share.shards);
      if (budget.limit !== share) found({ path: ['budget', 'limit'], message: `not its share of the run's max-actions (⌊${budget.share.runLimit} / ${budget.share.shards}⌋ = ${share})` });
    }
  }
}

const COUNTED: readonly (Outcome | 'planned')[] = [...OUTCOMES, 'planned'];

/** Each count against the one countReportItems makes of the items it counts. */
function compareCounts(path: readonly (string | number)[], stated: OutcomeCounts, items: readonly ReportItem[], found: Found): void {
  const counted = countReportItems(items);
  for (const key of COUNTED) if (stated[key] !== counted[key]) found({ path: [...path, key], message: `not what its items count (${counted[key]})` });
}

/**
 * The totals, each account's, each kind's and the breakdown's counts: what buildRunReport counts
 * of the items. The merge counts the items again rather than read these, but a report that states
 * other counts than its items is not one inbound-guard wrote.
 */
function countDisagreements(report: RunReport, found: Found): void {
  compareCounts(['counts'], report.counts, report.items, found);
  const byAccount = new Map<string, ReportItem[]>();
  for (const i of report.items) {
    const of = byAccount.get(i.item.account);
    if (of === undefined) byAccount.set(i.item.account, [i]);
    else of.push(i);
  }
  report.accounts.forEach((a, at) => compareCounts(['accounts', at, 'counts'], a.counts, byAccount.get(a.account) ?? [], found));
  for (const kind of KIND_NAMES) compareCounts(['kinds', kind, 'counts'], report.kinds[kind].counts, report.items.filter((i) => i.item.kind === kind), found);
  const rows = countBreakdown(report.items);
  const place = (r: { account: string; region?: string | undefined; kind: string }): string => JSON.stringify([r.account, r.kind, r.region ?? '']);
  if (rows.length !== report.breakdown.length || rows.some((row, at) => place(row) !== place(report.breakdown[at] ?? row))) {
    found({ path: ['breakdown'], message: `not the rows its items make (${rows.length}, one per account, kind and region with items)` });
  } else {
    rows.forEach((row, at) => {
      const stated = report.breakdown[at];
      if (stated === undefined) return;
      for (const key of COUNTED) if (stated.counts[key] !== row.counts[key]) found({ path: ['breakdown', at, 'counts', key], message: `not what its items count (${row.counts[key]})` });
    });
  }
}

/**
 * A report's counts: outcomes counted over results or report items, per (account, region, kind)
 * and per kind, and which outcomes are accepted against the policy. Pure.
 */
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { ItemResult, Outcome } from '../act/types.js';
import { itemRegion, KIND_NAMES, kindNamed } from '../kinds/registry.js';
import type { KindName } from '../model/items.js';
import type { BreakdownRow, KindReport, OutcomeCounts, ReportItem, RunReport } from './report-types.js';

/**
 * An item accepted in its account though the policy does not allow it: outcome `accepted-meanwhile`.
 * The one test of "accepted against the policy": the job summary's headline, its kinds table and its
 * section, and the alert issue's, all count and list what it selects. `acceptedWhen` tells the two
 * cases apart.
 */
export function acceptedAgainstPolicy(i: Pick<ReportItem, 'outcome'>): boolean {
  return i.outcome === 'accepted-meanwhile';
}

/**
 * When an item accepted against the policy was accepted, as its action tells: `when-read`, found
 * accepted before any write was due (an `ignore`: a handshake listed ACCEPTED, a certificate
 * DescribeCertificate found accepted), or `while-acting`, accepted between the sweep and the run's
 * rejection or decline (action `reject` or `decline`; only enforce writes).
 */
export function acceptedWhen(i: Pick<ReportItem, 'action'>): 'when-read' | 'while-acting' {
  return i.action === 'ignore' ? 'when-read' : 'while-acting';
}

export const OUTCOMES: readonly Outcome[] = ['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'accepted-meanwhile', 'failed', 'held-by-budget', 'allowed', 'ignored'];

export function countOutcomes(results: readonly Pick<ItemResult, 'outcome' | 'decision'>[]): OutcomeCounts {
  return countReportItems(results.map((r) => ({ outcome: r.outcome, action: r.decision.action })));
}

/** The same counts from report items (a merged run has no decisions, only its shards' items). */
export function countReportItems(items: readonly Pick<ReportItem, 'outcome' | 'action'>[]): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let planned = 0;
  for (const i of items) {
    counts[i.outcome] += 1;
    if (i.action === 'reject' || i.action === 'decline') planned += 1;
  }
  return { ...counts, planned };
}

/** The counts per (account, region, kind), sorted by account, kind, then region: what a trail compares run by run. */
export function countBreakdown(items: readonly ReportItem[]): BreakdownRow[] {
  const groups = new Map<string, { row: Omit<BreakdownRow, 'counts'>; items: ReportItem[] }>();
  for (const i of items) {
    const region = itemRegion(i.item);
    const key = JSON.stringify([i.item.account, i.item.kind, region ?? '']);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { row: { account: i.item.account, ...(region === undefined ? {} : { region }), kind: i.item.kind }, items: [] }));
    group.items.push(i);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([, g]) => ({ ...g.row, counts: countReportItems(g.items) }));
}

/** Every kind, governed or not, with its counts. */
export function kindReports(governed: readonly KindName[], results: readonly Pick<ItemResult, 'outcome' | 'decision'>[]): Record<KindName, KindReport> {
  return Object.fromEntries(
    KIND_NAMES.map((kind) => [kind, { governed: governed.includes(kind), counts: countOutcomes(results.filter((r) => r.decision.item.kind === kind)) }]),
  ) as Record<KindName, KindReport>;
}

/** How many writes of its kind succeeded: the kind's own output (`rejected-certificate-transfers`, `declined-handshakes`, …). */
export function kindWrites(report: Pick<RunReport, 'kinds'>, kind: KindName): number {
  const counts = report.kinds[kind].counts;
  return kindNamed(kind).verb === 'reject' ? counts.rejected : counts.declined;
}

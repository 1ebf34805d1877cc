/** The banners above the job summary's tables: the budget (loudly when tripped) and the regions this release does not know. */
import { budgetSource, emptyShareAdvice, overShareClause, shardShare, shareWords } from '../act/budget.js';
import { unknownRegionsWarning } from '../run/run-report.js';
import type { RunReport } from '../run/report-types.js';
import { code } from './escape.js';
import { plural } from '../model/words.js';

/**
 * Under the headline: how much of the budget the run used, or, tripped, a caution that says what that
 * stopped and what to do: a policy mistake to look for, or, when each shard's share is 0, the matrix
 * to fix (emptyShareAdvice, as the log and the alert issue say it): raising max-actions "for one
 * run" would not help a matrix whose every shard trips on its first item.
 */
export function budgetBanner(report: RunReport): string[] {
  const b = report.budget;
  const share = b.share === undefined ? '' : ` — each of ${b.share.shards} shards may act on ⌊${b.share.runLimit} / ${b.share.shards}⌋ = ${shardShare(b.share.runLimit, b.share.shards)}${missingShardsClause(report)}`;
  if (!b.tripped) return ['', `Budget: ${b.planned} of ${b.limit} actions (${budgetSource(b)}${share}).`];
  return [
    '',
    `> [!CAUTION]`,
    `> ${budgetTripped(report)} ${emptyShareAdvice(b, '`max-actions`') ?? 'A policy mistake must not reject a whole fleet: check the list below; if it is right, raise `max-actions` for one run.'}`,
  ];
}

/**
 * A merged run with shards missing: its budget's planned and limit are the sums over the shards that
 * reported, said so ("; counted over the 2 shards that reported: 3/3's report is missing").
 */
function missingShardsClause(report: RunReport): string {
  const missing = report.errors.flatMap((e) => (e.service === 'shard' && e.shard !== undefined ? [`${e.shard.index}/${e.shard.count}`] : []));
  if (missing.length === 0 || report.budget.share === undefined) return '';
  const reported = report.budget.share.shards - missing.length;
  return `; counted over the ${reported} ${reported === 1 ? 'shard' : 'shards'} that reported: ${missing.join(', ')} ${missing.length === 1 ? "has no report" : 'have none'}`;
}

/**
 * A tripped budget, said the same in the job summary and the alert issue: a matrix run's names the
 * shard that tripped with its own count (overShareClause), then the run's budget in shareWords'
 * phrase. Never the shards' sum alone: "9 items; the budget of 12" reads as within it. Only an
 * enforce run trips: a dry-run (a merge of dry-run shards too) says the budget would trip, as its
 * log's warning does, since nothing tripped and nothing was held.
 */
export function budgetTripped(report: RunReport): string {
  const b = report.budget;
  const enforce = report.mode === 'enforce';
  const tripped = enforce ? 'Budget tripped' : 'The budget would trip';
  if (b.share === undefined) {
    const items = `${b.planned} ${plural(b.planned, 'item calls', 'items call')} for action`;
    return enforce
      ? `**${tripped}: ${items}, the budget is ${b.limit} (${budgetSource(b)}).** Nothing was written.`
      : `**${tripped}: ${items}, more than the budget of ${b.limit} (${budgetSource(b)}).** An enforce run would write nothing and fail.`;
  }
  const share = shareWords({ source: b.source, share: b.share });
  const clause = overShareClause(b, report.shard);
  // A merged report that does not say which shard tripped (trippedShards): the run's sum, said as such.
  if (clause === undefined) return `**${tripped} in at least one shard: ${b.planned} ${plural(b.planned, 'item calls', 'items call')} for action in all shards together; ${share}.** ${enforce ? 'A shard that trips writes nothing.' : 'In enforce, a shard that trips writes nothing and fails.'}`;
  const wrote = !enforce ? 'In enforce, a shard that trips writes nothing and fails.' : report.shard !== undefined ? 'This shard wrote nothing.' : (b.trippedShards?.length ?? 0) > 1 ? 'Those shards wrote nothing.' : 'That shard wrote nothing.';
  return `**${tripped}: ${clause}; ${share}.** ${wrote}`;
}

/** Regions listed as enabled that this release does not know: skipped, and said so above the tables (and in the plan comment). */
export function unknownRegionsBanner(regions: readonly string[]): string[] {
  const warning = unknownRegionsWarning(regions, code);
  return warning === undefined ? [] : ['', '> [!WARNING]', `> ${warning}`];
}

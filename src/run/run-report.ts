/**
 * The report of a run from its parts (buildRunReport): its items, counts, account summaries and
 * failure reasons derived from what was read and done; the workflow run it comes from; and the
 * regions it could not sweep because this release does not know them. The report's shape is
 * report-types.ts; its counts report-counts.ts; its errors report-errors.ts; its failure reasons
 * report/failure-reasons.ts.
 */
import { compareCodeUnits } from '../model/code-unit-order.js';
import type { Budget, ItemResult } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import { itemSender, KIND_NAMES } from '../kinds/registry.js';
import { UNKNOWN_REGION_REASON } from '../kinds/services.js';
import type { KindName } from '../model/items.js';
import { stepFailures } from '../report/failure-reasons.js';
import type { Shard } from '../sweep/shard.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import type { AccountInventory } from './account-inventory.js';
import type { AccountRegions, KindCoverages } from './kind-coverage.js';
import { countBreakdown, countOutcomes, kindReports } from './report-counts.js';
import { REPORT_VERSION, type AccountReport, type PhaseTimings, type ReportItem, type RunContext, type RunReport } from './report-types.js';

/** The report with the run it comes from, placed after generatedAt; reports from outside a runner stay as they are. */
export function withRunContext(report: RunReport, run: RunContext | undefined): RunReport {
  if (run === undefined) return report;
  // Rebuilt key by key so that run lands after generatedAt in the JSON, where a reader looks first.
  const entries = Object.entries(report).filter(([key]) => key !== 'run');
  const at = entries.findIndex(([key]) => key === 'generatedAt') + 1;
  return Object.fromEntries([...entries.slice(0, at), ['run', run], ...entries.slice(at)]) as unknown as RunReport;
}

/**
 * The regions an account's region list named that this release does not know, sorted: skipped for
 * every kind (UNKNOWN_REGION_REASON), so the run and the summary warn about them by name.
 */
export function unknownRegions(report: { readonly accounts: readonly { readonly regions?: AccountRegions | undefined; readonly kinds?: KindCoverages | undefined }[] }): string[] {
  const found = new Set<string>();
  for (const a of report.accounts) {
    for (const regions of [a.regions, ...KIND_NAMES.map((kind) => a.kinds?.[kind]?.regions)]) {
      for (const skip of regions?.skipped ?? []) if (skip.reason === UNKNOWN_REGION_REASON) found.add(skip.region);
    }
  }
  return [...found].sort(compareCodeUnits);
}

/** One sentence on unknownRegions for the log and the summary; undefined when there are none. */
export function unknownRegionsWarning(regions: readonly string[], name: (region: string) => string): string | undefined {
  if (regions.length === 0) return undefined;
  const one = regions.length === 1;
  return (
    `Not swept: ${regions.map(name).join(', ')}, which AWS lists as enabled but this release of inbound-guard does not know ` +
    `(AWS launched ${one ? 'it' : 'them'} after this release), so nothing there was checked. Update inbound-guard to sweep ${one ? 'it' : 'them'}.`
  );
}

export interface RunReportParts {
  mode: RunReport['mode'];
  toolVersion: string;
  generatedAt: string;
  callerAccount: string;
  policy: { path: string; digest: string };
  shard?: Shard | undefined;
  accounts: readonly AccountInventory[];
  /** The kinds the policy governs (the others are reported as not governed). */
  governed: readonly KindName[];
  skippedAccounts: readonly SkippedTarget[];
  /** Failures outside any one account. */
  globalErrors: readonly SweepError[];
  /**
   * Plan mode: whether an error is of a part the PR's policy reads. Only those are the report's
   * `errors`, and fail the step; the others, read for the base branch's policy alone, are the plan's
   * (Plan.baseOnlyErrors). Default: every error.
   */
  policyReads?: ((error: SweepError) => boolean) | undefined;
  /**
   * Plan mode: whether the PR's policy guards an account. Those it does not were read for the base
   * branch's policy alone: their entries in `accounts` say so (readFor). Default: every account.
   */
  policyGuards?: ((account: string) => boolean) | undefined;
  budget: Budget;
  results: readonly ItemResult[];
  timings?: PhaseTimings | undefined;
}

/** The report of a run from its parts: counts, account summaries and failure reasons are derived, never passed in. */
export function buildRunReport(parts: RunReportParts): RunReport {
  const items = parts.results.map(toReportItem);
  const errors = [...parts.globalErrors, ...parts.accounts.flatMap((a) => a.errors)].filter(parts.policyReads ?? (() => true));
  const counts = countOutcomes(parts.results);
  return {
    reportVersion: REPORT_VERSION,
    toolVersion: parts.toolVersion,
    generatedAt: parts.generatedAt,
    mode: parts.mode,
    callerAccount: parts.callerAccount,
    policy: parts.policy,
    ...(parts.shard === undefined ? {} : { shard: parts.shard }),
    accounts: parts.accounts.map((a) => accountReport(a, parts.results, parts)),
    skippedAccounts: parts.skippedAccounts,
    budget: parts.budget,
    counts,
    breakdown: countBreakdown(items),
    kinds: kindReports(parts.governed, parts.results),
    errors,
    items,
    failures: stepFailures({ budget: parts.budget, errors, counts, mode: parts.mode, skippedAccounts: parts.skippedAccounts, shard: parts.shard, items }),
    ...(parts.timings === undefined ? {} : { timings: parts.timings }),
  };
}

function accountReport(inventory: AccountInventory, results: readonly ItemResult[], plan: Pick<RunReportParts, 'policyReads' | 'policyGuards'>): AccountReport {
  const { target } = inventory;
  const reached = !inventory.errors.some((e) => e.service === 'sts');
  // Plan mode: the errors of parts read for the base branch's policy alone are the plan's, not the report's `errors`.
  const baseOnlyErrorCount = plan.policyReads === undefined ? 0 : inventory.errors.filter((e) => !plan.policyReads?.(e)).length;
  return {
    account: target.account,
    via: target.via,
    ...(target.roleArn === undefined ? {} : { roleArn: target.roleArn }),
    read: !reached ? 'none' : inventory.errors.length > 0 ? 'partial' : 'complete',
    ...(plan.policyGuards === undefined || plan.policyGuards(target.account) ? {} : { readFor: 'base' as const }),
    ...(baseOnlyErrorCount === 0 ? {} : { baseOnlyErrorCount }),
    regions: inventory.kinds['certificate-transfer'].regions ?? { selection: 'list', swept: [], skipped: [], failed: [] },
    handshakes: inventory.kinds.handshake.state,
    kinds: inventory.kinds,
    counts: countOutcomes(results.filter((r) => r.decision.item.account === target.account)),
  };
}

export function toReportItem(result: ItemResult): ReportItem {
  return {
    item: result.decision.item,
    sender: itemSender(result.decision.item),
    action: result.decision.action,
    reason: result.decision.reason,
    matched: result.decision.matched,
    ...(result.decision.allowedThrough === undefined ? {} : { allowedThrough: result.decision.allowedThrough }),
    outcome: result.outcome,
    detail: result.detail,
    ...(result.hint === undefined ? {} : { hint: result.hint }),
    rejectReason: result.rejectReason,
  };
}

import { budgetSource } from '../act/budget.js';
import type { Budget, ItemResult, Outcome } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import type { DecisionAction, MatchedEntry } from '../decide/types.js';
import type { InboundItem } from '../model/items.js';
import type { PlanReportSection } from '../plan/report-section.js';

/** Bump when a field is renamed or removed; adding a field keeps the version. */
export const REPORT_VERSION = 1;

/** The JSON report (`report-file`): every item, its decision and its outcome. See docs/report.md. */
export interface RunReport {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly generatedAt: string;
  readonly mode: 'dry-run' | 'enforce' | 'plan';
  /** The AWS account the run acted for. */
  readonly account: string;
  readonly policy: { readonly path: string };
  readonly regions: { readonly requested: readonly string[]; readonly swept: readonly string[] };
  readonly handshakesSwept: boolean;
  readonly budget: Budget;
  readonly counts: OutcomeCounts;
  readonly errors: readonly SweepError[];
  readonly items: readonly ReportItem[];
  /** Why the step failed; empty when it succeeded. */
  readonly failures: readonly string[];
  /** plan mode only: how the PR's policy differs from the base branch's on these items. */
  readonly plan?: PlanReportSection | undefined;
}

export type OutcomeCounts = Readonly<Record<Outcome, number>> & { readonly planned: number };

export interface ReportItem {
  readonly item: InboundItem;
  readonly action: DecisionAction;
  readonly reason: string;
  readonly matched?: MatchedEntry | undefined;
  readonly outcome: Outcome;
  readonly detail?: string | undefined;
  readonly rejectReason?: string | undefined;
}

const OUTCOMES: readonly Outcome[] = ['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'failed', 'held-by-budget', 'allowed', 'ignored'];

export function countOutcomes(results: readonly ItemResult[]): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let planned = 0;
  for (const r of results) {
    counts[r.outcome] += 1;
    if (r.decision.action === 'reject' || r.decision.action === 'decline') planned += 1;
  }
  return { ...counts, planned };
}

/** The reasons the step fails: a tripped budget, a part of the account not read, a write that failed. */
export function stepFailures(input: { budget: Budget; errors: readonly SweepError[]; counts: OutcomeCounts; mode: RunReport['mode'] }): string[] {
  const failures: string[] = [];
  if (input.budget.tripped && input.mode === 'enforce') {
    failures.push(`${input.budget.planned} items call for rejection or decline, more than the budget of ${input.budget.limit} (${budgetSource(input.budget)}); nothing was written. Check the policy for a mistake; if the list is right, raise max-actions for one run.`);
  }
  for (const e of input.errors) {
    failures.push(`Could not read ${e.service === 'iot' ? `IoT in ${e.region ?? 'an unknown region'}` : e.service === 'sts' ? 'the caller identity (STS)' : 'Organizations handshakes'}: ${e.message}. Items there were not checked.`);
  }
  if (input.counts.failed > 0) {
    failures.push(`${input.counts.failed} ${input.counts.failed === 1 ? 'rejection or decline' : 'rejections or declines'} failed; see the job summary and the report.`);
  }
  return failures;
}

/** The report of a run from its parts: counts and failure reasons are derived, never passed in. */
export function buildRunReport(parts: {
  mode: RunReport['mode'];
  generatedAt: string;
  account: string;
  policyPath: string;
  regions: RunReport['regions'];
  handshakesSwept: boolean;
  budget: Budget;
  results: readonly ItemResult[];
  errors: readonly SweepError[];
}): RunReport {
  const counts = countOutcomes(parts.results);
  return {
    reportVersion: REPORT_VERSION,
    generatedAt: parts.generatedAt,
    mode: parts.mode,
    account: parts.account,
    policy: { path: parts.policyPath },
    regions: parts.regions,
    handshakesSwept: parts.handshakesSwept,
    budget: parts.budget,
    counts,
    errors: parts.errors,
    items: parts.results.map(toReportItem),
    failures: stepFailures({ budget: parts.budget, errors: parts.errors, counts, mode: parts.mode }),
  };
}

export function toReportItem(result: ItemResult): ReportItem {
  return {
    item: result.decision.item,
    action: result.decision.action,
    reason: result.decision.reason,
    matched: result.decision.matched,
    outcome: result.outcome,
    detail: result.detail,
    rejectReason: result.rejectReason,
  };
}

import { budgetSource } from '../act/budget.js';
import type { Budget, ItemResult, Outcome } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import type { DecisionAction, MatchedEntry } from '../decide/types.js';
import type { InboundItem } from '../model/items.js';
import type { PlanReportSection } from '../plan/report-section.js';
import type { Shard } from '../sweep/shard.js';
import type { SkippedTarget, Target } from '../targets/resolve-targets.js';
import type { AccountInventory, AccountRegions, HandshakeCoverage } from './inventory.js';

/** Bump when a field is renamed or removed; adding a field keeps the version. 2: many accounts. */
export const REPORT_VERSION = 2;

/** The JSON report (`report-file`): every account, every item, its decision and its outcome. See docs/report.md. */
export interface RunReport {
  readonly reportVersion: typeof REPORT_VERSION;
  /** The inbound-guard release that wrote it. */
  readonly toolVersion: string;
  readonly generatedAt: string;
  readonly mode: 'dry-run' | 'enforce' | 'plan';
  /** The account the workflow's credentials belong to (STS). */
  readonly callerAccount: string;
  /** The policy file and the sha256 of its bytes: shard reports of one run carry the same digest. */
  readonly policy: { readonly path: string; readonly digest: string };
  /** Set when this report is one shard of a matrix run (mode merge combines them). */
  readonly shard?: Shard | undefined;
  /** Every guarded account, sorted by id: what was read there and its counts. */
  readonly accounts: readonly AccountReport[];
  /** Accounts the targets named or the organization listed that were not guarded, and why. */
  readonly skippedAccounts: readonly SkippedTarget[];
  readonly budget: Budget;
  /** Totals over every account. */
  readonly counts: OutcomeCounts;
  /** Everything that could not be read, each with its account (none for the organization's account list). */
  readonly errors: readonly SweepError[];
  /** Every item of every account, each with its account (item.account). */
  readonly items: readonly ReportItem[];
  /** Why the step failed; empty when it succeeded. */
  readonly failures: readonly string[];
  /** plan mode only: how the PR's policy differs from the base branch's on these items. */
  readonly plan?: PlanReportSection | undefined;
  /** How long each phase took (dry-run and enforce); absent in a merged report. */
  readonly timings?: PhaseTimings | undefined;
}

/** Wall time of each phase of a run, in milliseconds. */
export interface PhaseTimings {
  /** Reading every account: identities, targets, regions, listings and descriptions. */
  readonly inventoryMs: number;
  /** Deciding every item and checking the budget. */
  readonly decideMs: number;
  /** Writing (enforce), or previewing the writes (dry-run). */
  readonly actMs: number;
}

export interface AccountReport {
  readonly account: string;
  /** How the account was reached: the workflow's own credentials, or a role. */
  readonly via: Target['via'];
  readonly roleArn?: string | undefined;
  /** complete: every region and the handshakes read; partial: some part failed; none: nothing could be read. */
  readonly read: 'complete' | 'partial' | 'none';
  readonly regions: AccountRegions;
  readonly handshakes: HandshakeCoverage;
  readonly counts: OutcomeCounts;
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

export const OUTCOMES: readonly Outcome[] = ['rejected', 'declined', 'would-reject', 'would-decline', 'already-handled', 'failed', 'held-by-budget', 'allowed', 'ignored'];

export function countOutcomes(results: readonly Pick<ItemResult, 'outcome' | 'decision'>[]): OutcomeCounts {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  let planned = 0;
  for (const r of results) {
    counts[r.outcome] += 1;
    if (r.decision.action === 'reject' || r.decision.action === 'decline') planned += 1;
  }
  return { ...counts, planned };
}

/** Where an error was, in words: "IoT in eu-west-1 of 111122223333". */
export function errorPlace(e: SweepError): string {
  const of = e.account === undefined ? '' : ` of ${e.account}`;
  switch (e.service) {
    case 'iot':
      return `IoT in ${e.region ?? 'an unknown region'}${of}`;
    case 'sts':
      return e.account === undefined ? 'the caller identity (STS)' : `account ${e.account} (STS)`;
    case 'account':
      return `the enabled regions${of} (Account ListRegions)`;
    case 'organizations':
      return e.account === undefined ? "the organization's accounts (Organizations)" : `Organizations handshakes${of}`;
  }
}

/** The reasons the step fails: a tripped budget, a part not read, an account not guarded, a write that failed. */
export function stepFailures(input: {
  budget: Budget;
  errors: readonly SweepError[];
  counts: OutcomeCounts;
  mode: RunReport['mode'];
  skippedAccounts?: readonly SkippedTarget[];
}): string[] {
  const failures: string[] = [];
  if (input.budget.tripped && input.mode === 'enforce') {
    failures.push(`${input.budget.planned} items call for rejection or decline, more than the budget of ${input.budget.limit} (${budgetSource(input.budget)}); nothing was written. Check the policy for a mistake; if the list is right, raise max-actions for one run.`);
  }
  for (const e of input.errors) {
    failures.push(`Could not read ${errorPlace(e)}: ${e.message}. Items there were not checked.`);
  }
  for (const s of input.skippedAccounts ?? []) {
    if (s.fails) failures.push(`Account ${s.account} was not guarded: ${s.reason}.`);
  }
  if (input.counts.failed > 0) {
    failures.push(`${input.counts.failed} ${input.counts.failed === 1 ? 'rejection or decline' : 'rejections or declines'} failed; see the job summary and the report.`);
  }
  return failures;
}

export interface RunReportParts {
  mode: RunReport['mode'];
  toolVersion: string;
  generatedAt: string;
  callerAccount: string;
  policy: { path: string; digest: string };
  shard?: Shard | undefined;
  accounts: readonly AccountInventory[];
  skippedAccounts: readonly SkippedTarget[];
  /** Failures outside any one account. */
  globalErrors: readonly SweepError[];
  budget: Budget;
  results: readonly ItemResult[];
  timings?: PhaseTimings | undefined;
}

/** The report of a run from its parts: counts, account summaries and failure reasons are derived, never passed in. */
export function buildRunReport(parts: RunReportParts): RunReport {
  const items = parts.results.map(toReportItem);
  const errors = [...parts.globalErrors, ...parts.accounts.flatMap((a) => a.errors)];
  const counts = countOutcomes(parts.results);
  return {
    reportVersion: REPORT_VERSION,
    toolVersion: parts.toolVersion,
    generatedAt: parts.generatedAt,
    mode: parts.mode,
    callerAccount: parts.callerAccount,
    policy: parts.policy,
    ...(parts.shard === undefined ? {} : { shard: parts.shard }),
    accounts: parts.accounts.map((a) => accountReport(a, parts.results)),
    skippedAccounts: parts.skippedAccounts,
    budget: parts.budget,
    counts,
    errors,
    items,
    failures: stepFailures({ budget: parts.budget, errors, counts, mode: parts.mode, skippedAccounts: parts.skippedAccounts }),
    ...(parts.timings === undefined ? {} : { timings: parts.timings }),
  };
}

function accountReport(inventory: AccountInventory, results: readonly ItemResult[]): AccountReport {
  const { target } = inventory;
  const reached = !inventory.errors.some((e) => e.service === 'sts');
  return {
    account: target.account,
    via: target.via,
    ...(target.roleArn === undefined ? {} : { roleArn: target.roleArn }),
    read: !reached ? 'none' : inventory.errors.length > 0 ? 'partial' : 'complete',
    regions: inventory.regions,
    handshakes: inventory.handshakes,
    counts: countOutcomes(results.filter((r) => r.decision.item.account === target.account)),
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

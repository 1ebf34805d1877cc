/**
 * The JSON report's shape (`report-file`, docs/report.md) and its version: what every writer of it
 * (buildRunReport, the merge) fills in and every reader of it (log, job summary, alert, plan) reads.
 */
import type { Budget, Outcome } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import type { DecisionAction, MatchedEntry } from '../decide/types.js';
import type { InboundItem, KindName } from '../model/items.js';
import type { PlanReportSection } from '../plan/report-section.js';
import type { Shard } from '../sweep/shard.js';
import type { SkippedTarget, Target } from '../targets/resolve-targets.js';
import type { AccountRegions, HandshakeCoverage, KindCoverages } from './kind-coverage.js';

/** Bump when a field is renamed or removed; adding a field keeps the version. 2: many accounts. */
export const REPORT_VERSION = 2;

/** The JSON report (`report-file`): every account, every item, its decision and its outcome. See docs/report.md. */
export interface RunReport {
  readonly reportVersion: typeof REPORT_VERSION;
  /** The inbound-guard release that wrote it. */
  readonly toolVersion: string;
  readonly generatedAt: string;
  /** The workflow run that wrote it (absent outside a runner): a trail of reports is keyed on it. */
  readonly run?: RunContext | undefined;
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
  /** Totals over every account and kind. */
  readonly counts: OutcomeCounts;
  /** The counts per account, region (absent for global kinds) and kind, for the (account, region, kind) that had items. */
  readonly breakdown: readonly BreakdownRow[];
  /** Every kind: whether the policy governs it (not governed: nothing of it was read) and its counts over every account. */
  readonly kinds: Readonly<Record<KindName, KindReport>>;
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

export interface KindReport {
  readonly governed: boolean;
  readonly counts: OutcomeCounts;
}

export interface AccountReport {
  readonly account: string;
  /** How the account was reached: the workflow's own credentials, or a role. */
  readonly via: Target['via'];
  readonly roleArn?: string | undefined;
  /** complete: every region and the handshakes read; partial: some part failed; none: nothing could be read. */
  readonly read: 'complete' | 'partial' | 'none';
  /**
   * plan mode only: `base` when the account was read for the base branch's policy alone (the PR's
   * does not guard it: plan.noLongerGuarded). The PR's policy decides nothing there (its counts are
   * 0), and what could not be read of it is in plan.baseOnlyErrors, not in errors (baseOnlyErrorCount).
   */
  readonly readFor?: 'base' | undefined;
  /**
   * plan mode only, when some part of the account read for the base branch's policy alone could not
   * be read: how many of plan.baseOnlyErrors are this account's (not in errors, no failure), so that
   * a `read` of partial or none points to where its errors are.
   */
  readonly baseOnlyErrorCount?: number | undefined;
  /** IoT's regions (as `kinds['certificate-transfer'].regions`). */
  readonly regions: AccountRegions;
  /** As `kinds.handshake.state`. */
  readonly handshakes: HandshakeCoverage;
  /** What was read of each kind: its state and, for a regional kind the policy governs, its regions. */
  readonly kinds: KindCoverages;
  readonly counts: OutcomeCounts;
}

export type OutcomeCounts = Readonly<Record<Outcome, number>> & { readonly planned: number };

/** The GitHub Actions run a report comes from. */
export interface RunContext {
  /** GITHUB_RUN_ID. */
  readonly id: number;
  /** GITHUB_RUN_ATTEMPT: 1, more for a re-run. */
  readonly attempt: number;
  /** owner/name. */
  readonly repository: string;
  /** The workflow's name (GITHUB_WORKFLOW). */
  readonly workflow?: string | undefined;
  /** owner/name/.github/workflows/file.yml@ref (GITHUB_WORKFLOW_REF): stays when the name changes. */
  readonly workflowRef?: string | undefined;
  /** The job id (GITHUB_JOB). */
  readonly job?: string | undefined;
  /** What started it: schedule, workflow_dispatch, pull_request… */
  readonly event?: string | undefined;
  /** The commit it ran at (GITHUB_SHA). */
  readonly sha?: string | undefined;
  /** The run's page (its attempt's, after a re-run). */
  readonly url: string;
}

/** One line of `breakdown`: the items of one kind found in one account and region. */
export interface BreakdownRow {
  readonly account: string;
  /** Absent for a global kind (Organizations handshakes). */
  readonly region?: string | undefined;
  readonly kind: InboundItem['kind'];
  readonly counts: OutcomeCounts;
}

export interface ReportItem {
  readonly item: InboundItem;
  /** Who sent it, from identifiers only: `account:…`, `organization:…`, `management-account:…`, `administrator:…` or `unknown` (model/sender.ts). */
  readonly sender: string;
  readonly action: DecisionAction;
  readonly reason: string;
  readonly matched?: MatchedEntry | undefined;
  /** Decision.allowedThrough: the last day any entry allows it, absent when the allowance does not end. See docs/report.md. */
  readonly allowedThrough?: string | undefined;
  readonly outcome: Outcome;
  readonly detail?: string | undefined;
  /** A write refused as not allowed: who lacks which permission (ItemResult.hint). */
  readonly hint?: string | undefined;
  readonly rejectReason?: string | undefined;
}

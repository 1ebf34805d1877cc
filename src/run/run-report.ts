import { compareCodeUnits } from '../model/code-unit-order.js';
import { budgetSource, overShareClause, shareWords, trippedAdvice } from '../act/budget.js';
import { refusalFailures } from '../act/refused-writes.js';
import type { Budget, ItemResult, Outcome } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import type { DecisionAction, MatchedEntry } from '../decide/types.js';
import { itemRegion, itemSender, KIND_NAMES, kindNamed } from '../kinds/registry.js';
import { SERVICE_LABEL, SERVICE_NAMES, UNKNOWN_REGION_REASON, type ServiceName } from '../kinds/services.js';
import type { InboundItem, KindName } from '../model/items.js';
import { capitalise, plural } from '../model/words.js';
import type { PlanReportSection } from '../plan/report-section.js';
import type { Shard } from '../sweep/shard.js';
import type { SkippedTarget, Target } from '../targets/resolve-targets.js';
import type { AccountInventory, AccountRegions, HandshakeCoverage, KindCoverages } from './inventory.js';

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

/**
 * Whether an error is a guard role that answered as another account than the one it was assumed
 * for (inventory.ts): our own finding, so without AWS's error name (SweepError.code), where a role
 * that could not be assumed has one. Nothing of the account was read either way.
 */
export function answeredAsAnother(e: Pick<SweepError, 'service' | 'account' | 'code'>): boolean {
  return e.service === 'sts' && e.account !== undefined && e.code === undefined;
}

/**
 * An error that leaves its account blind: its role not assumed (nothing of it was read), or its
 * region list not read (which regions it had to read is unknown). The merge tells from it that the
 * shard could not know which of the account's parts it owned; widestFirst puts it first.
 */
export function blindsAccount(e: Pick<SweepError, 'service'>): boolean {
  return e.service === 'sts' || e.service === 'account';
}

/**
 * Errors, widest first: a merged run's shard whose report is missing, then a role not assumed (nothing of the account was read), then the
 * organization's account list and an account's region list (what was to be read is unknown), then an
 * account's handshakes, then one region of one service. A table cut to its first rows keeps the
 * widest failures: an organization whose role lacks one permission everywhere must not push the
 * accounts nothing was read of out of it. Stable within each rank.
 */
export function widestFirst(errors: readonly SweepError[]): SweepError[] {
  // A shard's missing report first (a share of every account), then a blind account's role not
  // assumed (nothing of it was read), then its region list with the organization's account list.
  const rank = (e: SweepError): number => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : blindsAccount(e) || isOrganizationListing(e) ? 1 : e.region === undefined ? 2 : 3);
  // Array.prototype.sort is stable: within a rank, the report's order.
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

/** The kind each service is read for: an account's parts are read, and their errors reported, kind by kind (KIND_NAMES order). */
const KIND_OF_SERVICE: Readonly<Record<ServiceName, KindName>> = {
  iot: 'certificate-transfer',
  organizations: 'handshake',
  ram: 'resource-share-invitation',
  guardduty: 'security-invitation',
  macie: 'security-invitation',
  securityhub: 'security-invitation',
  detective: 'security-invitation',
};

/**
 * The order buildRunReport gives `errors` (whatever order they happened in): those outside any
 * account (the organization's account list) first, then by account; within one, its role not
 * assumed, its region list, then its parts as the sweep lists them: by kind (KIND_NAMES order),
 * region (a global kind's part has none), then service. For errors gathered in the order they were
 * logged (run/stopped.ts), which varies with the accounts swept at once.
 */
export function compareErrors(a: SweepError, b: SweepError): number {
  if ((a.account === undefined) !== (b.account === undefined)) return a.account === undefined ? -1 : 1;
  const rank = (e: SweepError): number => (e.service === 'shard' ? -1 : e.service === 'sts' ? 0 : e.service === 'account' ? 1 : 2 + KIND_NAMES.indexOf(KIND_OF_SERVICE[e.service]));
  const service = (e: SweepError): number => (e.service === 'shard' || e.service === 'sts' || e.service === 'account' ? -1 : SERVICE_NAMES.indexOf(e.service));
  return (
    compareCodeUnits(a.account ?? '', b.account ?? '') ||
    rank(a) - rank(b) ||
    compareCodeUnits(a.region ?? '', b.region ?? '') ||
    service(a) - service(b) ||
    compareCodeUnits(a.message, b.message)
  );
}

/**
 * The longest hint (SweepError.hint) the job summary and the alert issue show, after AWS's message
 * and cut apart from it: ours, a sentence or two with the caller's ARN (run/targets-hint.ts).
 */
export const MAX_HINT_SHOWN = 600;

/** Where an error was, in words: "IoT in eu-west-1 of 111122223333". */
export function errorPlace(e: SweepError): string {
  const of = e.account === undefined ? '' : ` of ${e.account}`;
  switch (e.service) {
    case 'sts':
      return e.account === undefined ? 'the caller identity (STS)' : `account ${e.account} (STS)`;
    case 'account':
      return `the enabled regions${of} (Account ListRegions)`;
    case 'shard':
      return `the accounts and regions shard ${shardName(e)} owns`;
    case 'organizations':
      return e.account === undefined ? "the organization's accounts (Organizations)" : `Organizations handshakes${of}`;
    default:
      return `${SERVICE_LABEL[e.service].short} in ${e.region ?? 'an unknown region'}${of}`;
  }
}

/** `2/3`: the shard a `shard` error names. */
function shardName(e: SweepError): string {
  return e.shard === undefined ? '?' : `${e.shard.index}/${e.shard.count}`;
}

/**
 * Whether the organization's account list (`targets.organization: true`) could not be read: every
 * account it would have named went unguarded. With no account read besides, the run checked
 * nothing, and the job summary's heading and the alert issue's title say so rather than count one
 * part not read among 0 accounts.
 */
export function organizationUnlisted(errors: readonly Pick<SweepError, 'service' | 'account'>[]): boolean {
  return errors.some(isOrganizationListing);
}

/** Whether an error is the organization's account list not read (Organizations, of no account). */
export function isOrganizationListing(e: Pick<SweepError, 'service' | 'account'>): boolean {
  return e.service === 'organizations' && e.account === undefined;
}

/**
 * Whether the run read no account at all: it guarded none (the organization's accounts could not be
 * listed: organizationUnlisted; or every one was left out by choice), or the role of every one it
 * guarded was refused (in a plan: every one the PR's policy guards). Its counts are
 * then zeros of nothing read: summary-json's `checked` is false, and the job summary says nothing
 * was read where it would otherwise say what was (the Acted on section, the kinds table, the footer).
 */
export function noAccountRead(report: Pick<RunReport, 'accounts'>): boolean {
  // A plan's accounts read for the base branch's policy alone (readFor) hold none of its counts.
  return report.accounts.filter((a) => a.readFor !== 'base').every((a) => a.read === 'none');
}

/**
 * The accounts that should have been guarded and were not (outside the policy's `accounts` pin):
 * each fails the step and is a part not read. Those left out by choice (targets.exclude, an
 * account the organization lists as suspended) are not.
 */
export function failingSkips<T extends Pick<SkippedTarget, 'fails'>>(skipped: readonly T[]): T[] {
  return skipped.filter((s) => s.fails);
}

/**
 * The parts of a run not read: every error, and every account not guarded that fails the step
 * (failingSkips). The one count of them: the job summary's headline and its Not read heading,
 * summary-json's `notRead` and the alert issue's title say this number (the title names the
 * organization's account list in words and counts the others as more: organizationUnlisted).
 */
export function notReadCount(report: Pick<RunReport, 'errors' | 'skippedAccounts'>): number {
  return report.errors.length + failingSkips(report.skippedAccounts).length;
}

/**
 * The title of the log group that names every account not guarded, with why (report/log.ts,
 * logNotGuarded): the step's failures and the job summary send readers to it by this name.
 */
export const NOT_GUARDED_GROUP = 'Not guarded';

/** Accounts not guarded that the step failures name one by one. */
export const MAX_NOT_GUARDED_NAMED = 20;

/** `text` ending in one full stop: AWS's messages often end in one already (`… is invalid.`). */
export function sentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Where the step's failures send a reader for what they do not name (the accounts not guarded past
 * MAX_NOT_GUARDED_NAMED, the items behind a count): `report`, the JSON report (as the report itself
 * says them); when it could not be written, `log`, the run's log (logDecisions' Decisions group and
 * logNotGuarded's), or `nowhere` (a plan with comment-detail summary, whose log names no account).
 */
export type FailuresListedIn = 'report' | 'log' | 'nowhere';

/** The reasons the step fails: a tripped budget, a part not read, an account not guarded, an item accepted against the policy, a write that failed. */
export function stepFailures(input: {
  budget: Budget;
  errors: readonly SweepError[];
  counts: OutcomeCounts;
  mode: RunReport['mode'];
  skippedAccounts?: readonly SkippedTarget[];
  /** A shard's own report: which shard it is (a merged report names its tripped shards in budget.trippedShards). */
  shard?: Shard | undefined;
  /** Default `report`: the failures a report is written with. */
  listedIn?: FailuresListedIn;
  /** The items: the hints of the writes refused as not allowed are said once per cause (refusalFailures). */
  items?: readonly Pick<ReportItem, 'outcome' | 'hint'>[];
}): string[] {
  const listedIn = input.listedIn ?? 'report';
  const failures: string[] = [];
  if (input.budget.tripped && input.mode === 'enforce') failures.push(budgetFailure(input.budget, input.shard));
  for (const e of input.errors) failures.push(notReadFailure(e));
  // Named one by one up to a point: thousands of accounts outside a pin are one failure, not thousands.
  const notGuarded = failingSkips(input.skippedAccounts ?? []);
  for (const s of notGuarded.slice(0, MAX_NOT_GUARDED_NAMED)) failures.push(`Account ${s.account} was not guarded: ${s.reason}.`);
  const more = notGuarded.length - MAX_NOT_GUARDED_NAMED;
  if (more > 0) failures.push(`${more} more ${plural(more, 'account was', 'accounts were')} not guarded; ${MORE_NOT_GUARDED_WHERE[listedIn]}.`);
  const accepted = input.counts['accepted-meanwhile'];
  if (accepted > 0) {
    const one = accepted === 1;
    // A plan's job summary is the plan comment: its caution block names them (the JSON report too, outcome accepted-meanwhile).
    const where = input.mode !== 'plan' ? 'the job summary' : listedIn === 'report' ? 'the plan comment and the JSON report (outcome accepted-meanwhile)' : 'the plan comment';
    failures.push(`${accepted} ${one ? 'item' : 'items'} the policy does not allow ${one ? 'was' : 'were'} accepted in the account (before this run, or after it listed ${one ? 'it' : 'them'} and before it could act); see ${where}. Check with whoever accepted ${one ? 'it' : 'them'} now: if intended, allow the sender in the policy through a reviewed pull request.`);
  }
  if (input.counts.failed > 0) {
    failures.push(`${input.counts.failed} ${plural(input.counts.failed, 'rejection or decline', 'rejections or declines')} failed; see the job summary and ${listedIn === 'report' ? 'the report' : "the log's Decisions group"}.`);
    failures.push(...refusalFailures(input.items ?? [], listedIn));
  }
  return failures;
}

/** The step's failure for a part not read: where, AWS's text (not escaped: the writers escape it), our hint. */
export function notReadFailure(e: SweepError): string {
  // A shard's missing report is said in its own words (it names the shard and what to do): not a read that failed.
  if (e.service === 'shard') return sentence(e.message);
  return `Could not read ${errorPlace(e)}: ${sentence(e.message)}${e.hint === undefined ? '' : ` ${sentence(e.hint)}`} Items there were not checked.`;
}

/** Where the accounts not guarded past the first MAX_NOT_GUARDED_NAMED are named, after "N more accounts were not guarded; ". */
const MORE_NOT_GUARDED_WHERE: Readonly<Record<FailuresListedIn, string>> = {
  report: 'the JSON report lists them all (skippedAccounts)',
  log: `the log's "${NOT_GUARDED_GROUP}" group names each (the JSON report, which would list them, could not be written)`,
  nowhere: 'the JSON report, which would list them, could not be written',
};

/**
 * The step's failures of a report, from the report alone, as buildRunReport and the merge write
 * them (listedIn `report`); when the JSON report could not be written, the same reasons sending
 * no one to it (listedIn `log` or `nowhere`).
 */
export function reportFailures(report: Pick<RunReport, 'budget' | 'errors' | 'counts' | 'mode' | 'skippedAccounts' | 'shard' | 'items'>, listedIn: FailuresListedIn): string[] {
  return stepFailures({ budget: report.budget, errors: report.errors, counts: report.counts, mode: report.mode, skippedAccounts: report.skippedAccounts, shard: report.shard, listedIn, items: report.items });
}

/**
 * The step's failures of a published report: those it was written with when the JSON report was
 * written; else the same reasons sending no one to it, naming `otherwise` (the log, or nowhere) for
 * what they leave out.
 */
export function publishedFailures(report: RunReport, reportWritten: boolean, otherwise: Exclude<FailuresListedIn, 'report'>): readonly string[] {
  return reportWritten ? report.failures : reportFailures(report, otherwise);
}

/** The step's failure for a tripped budget; a matrix run's names the shard that tripped and its own count. */
function budgetFailure(b: Budget, shard: Shard | undefined): string {
  if (b.share === undefined) return `${b.planned} ${plural(b.planned, 'item calls', 'items call')} for rejection or decline, more than the budget of ${b.limit} (${budgetSource(b)}); nothing was written. ${trippedAdvice(b)}`;
  const share = shareWords({ source: b.source, share: b.share });
  const clause = overShareClause(b, shard);
  if (clause === undefined) return `A shard's items called for more rejections or declines than its share: ${share}; that shard wrote nothing. ${trippedAdvice(b)}`;
  const they = shard === undefined && (b.trippedShards?.length ?? 0) > 1 ? 'they' : 'it';
  return `${capitalise(clause)}: ${share}; ${they} wrote nothing. ${trippedAdvice(b)}`;
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

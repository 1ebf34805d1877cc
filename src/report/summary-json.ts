/**
 * The `summary-json` output: what a team's own next step (Slack, PagerDuty, a ticket) needs to say
 * what happened, as one JSON value. Counts, identifiers and outcomes only: no text a sender wrote,
 * so a step may show any of it. Pure.
 */
import type { Mode } from '../act/types.js';
import type { InboundItem } from '../model/items.js';
import { acceptedAgainstPolicy, countReportItems } from '../run/report-counts.js';
import { noAccountRead, notReadCount } from '../run/report-errors.js';
import type { OutcomeCounts, ReportItem, RunReport } from '../run/report-types.js';
import { itemAwsId, itemRegion } from '../kinds/registry.js';
import { isAwsIdForm } from '../model/aws-id.js';

/** Bump when a field is renamed or removed; adding one keeps it. */
export const SUMMARY_JSON_VERSION = 1;

/** Items listed in `actedOn` at most; the rest are counted in `actedOnOmitted` (outputs share a 1 MB limit per job). */
export const MAX_ACTED_ON = 200;

export interface SummaryJson {
  readonly version: typeof SUMMARY_JSON_VERSION;
  /**
   * The report's mode (dry-run, enforce or plan; a merge gives its shards'). A run without a report
   * gives the mode asked for (validate too), or `none` when the mode input itself could not be read.
   */
  readonly mode: Mode | 'none';
  /**
   * Whether the counts come from a run report that read some account (dry-run, enforce, merge, a
   * plan that read the account). False in validate and in a run that read nothing — an invalid
   * policy or input, a run that stopped on an error first, and a run that read no account at all
   * (the organization's accounts could not be listed, or every account's role was refused:
   * noAccountRead): its counts are 0 because nothing was counted. `notRead` and `failures` still
   * say what was not read and why the step failed.
   */
  readonly checked: boolean;
  /** The workflow run's page, when in one. */
  readonly runUrl?: string | undefined;
  /** Totals, one per outcome plus `planned`. */
  readonly counts: OutcomeCounts;
  /** The same counts per kind of item (`certificate-transfer`, `handshake`, `resource-share-invitation`, `security-invitation`); a kind with no item is absent. */
  readonly kinds: Readonly<Record<string, OutcomeCounts>>;
  /**
   * Every item the run decided to reject or decline, with what became of it, and every item accepted
   * in the account before the run that the policy does not allow (`accepted-meanwhile`, nothing written).
   */
  readonly actedOn: readonly ActedOn[];
  readonly actedOnOmitted: number;
  /** Parts not read: accounts, regions or listings that could not be read, a merge's shards whose report is missing, and accounts outside the policy's `accounts` pin (notReadCount). */
  readonly notRead: number;
  /** More items called for action than max-actions allows: nothing was written. */
  readonly budgetTripped: boolean;
  /** How many reasons the step fails for (0: it succeeded): every one, the alert issue's and a run that stopped included. */
  readonly failures: number;
}

export interface ActedOn {
  readonly kind: InboundItem['kind'];
  readonly account: string;
  /** Absent for handshakes (a global service). */
  readonly region?: string | undefined;
  /** The id AWS gives it: the certificate id, the handshake id, the RAM invitation ARN, the security-service invitation id (Detective: the graph ARN). */
  readonly id: string;
  /** `account:…`, `organization:…`, `management-account:…`, `administrator:…` or `unknown`. */
  readonly sender: string;
  /** rejected, declined, would-reject, would-decline, failed, held-by-budget, already-handled or accepted-meanwhile. */
  readonly outcome: ReportItem['outcome'];
}

export function summaryJson(report: RunReport): SummaryJson {
  const acted = report.items.filter((i) => i.action === 'reject' || i.action === 'decline' || acceptedAgainstPolicy(i));
  const byKind = new Map<string, ReportItem[]>();
  for (const i of report.items) {
    const items = byKind.get(i.item.kind);
    if (items === undefined) byKind.set(i.item.kind, [i]);
    else items.push(i);
  }
  return {
    version: SUMMARY_JSON_VERSION,
    mode: report.mode,
    checked: !noAccountRead(report),
    runUrl: report.run?.url,
    counts: report.counts,
    kinds: Object.fromEntries([...byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, items]) => [kind, countReportItems(items)])),
    actedOn: acted.slice(0, MAX_ACTED_ON).map(actedOn),
    actedOnOmitted: Math.max(0, acted.length - MAX_ACTED_ON),
    notRead: notReadCount(report),
    budgetTripped: report.budget.tripped,
    failures: report.failures.length,
  };
}

/**
 * A run without a report — validate, a policy or input that did not read, a run that stopped
 * before it could report: nothing counted. `failures` is the step's own count.
 */
export function emptySummaryJson(mode: Mode | 'none', failures: number, runUrl?: string): SummaryJson {
  return {
    version: SUMMARY_JSON_VERSION,
    mode,
    checked: false,
    ...(runUrl === undefined ? {} : { runUrl }),
    counts: countReportItems([]),
    kinds: {},
    actedOn: [],
    actedOnOmitted: 0,
    notRead: 0,
    budgetTripped: false,
    failures,
  };
}

function actedOn(i: ReportItem): ActedOn {
  const { item } = i;
  const region = itemRegion(item);
  return { kind: item.kind, account: item.account, ...(region === undefined ? {} : { region }), id: shapedId(itemAwsId(item)), sender: i.sender, outcome: i.outcome };
}

export const UNKNOWN_ID = 'unknown';

/**
 * The id when it has the shape of AWS's ids (isAwsIdForm: no space, newline, markup, mention or
 * link), so a step may echo or post it as it is; of any other shape (only a hostile or broken
 * endpoint, or an edited report, sends one) `unknown`.
 */
function shapedId(id: string): string {
  return isAwsIdForm(id) ? id : UNKNOWN_ID;
}

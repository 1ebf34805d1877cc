import * as runner from '../runner/commands.js';
import type { ActEvent } from '../act/execute.js';
import { isWritten } from '../act/outcomes.js';
import type { ActTally } from '../run/stopped-at.js';
import { withOptInHint } from '../run/opt-in-hint.js';
import { KINDS, kindNamed, kindOf } from '../kinds/registry.js';
import type { WriteAction } from '../kinds/kind.js';
import { SERVICE_LABEL, type ServiceName } from '../kinds/services.js';
import type { PlanReading, RegionSkip, SweepError, SweepEvent } from '../sweep/events.js';
import { kindWrites } from '../run/report-counts.js';
import { MAX_HINT_SHOWN } from '../run/report-errors.js';
import { NOT_GUARDED_GROUP } from './failure-reasons.js';
import { unknownRegions, unknownRegionsWarning } from '../run/run-report.js';
import type { ReportItem, RunReport } from '../run/report-types.js';
import { budgetSource, emptyShareWarning, overShareClause, shareWords, trippedAdvice, type BudgetShare } from '../act/budget.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import { lapsingMark } from './describe-item.js';
import { inertLogText } from './escape.js';
import { redactTexts } from './redact.js';
import { outcomeLabel } from './run-summary-items.js';
import type { InboundItem } from '../model/items.js';
import { capitalise, plural } from '../model/words.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';

/**
 * Log lines for a run. Every line starts with our own words; anything AWS gave (ids, messages,
 * errors) passes through inertLogText, so a sender cannot emit a workflow command.
 */
export function sweepLogLine(event: SweepEvent): string {
  if (!('error' in event) || failsTheStep(event)) return eventLine(event);
  return `${eventLine(event)}${event.neither === true ? NEITHER_FAILURE : BASE_ONLY_FAILURE}`;
}

/** After a plan's failure to read a part the base branch's policy alone reads (PlanMark): why it is no failure. */
const BASE_ONLY_FAILURE = " (read for the base branch's policy alone: a gap in the plan's comparison, not a failure)";

/** After a plan's failure to read a part neither policy reads (PlanMark): why it is in no count. */
const NEITHER_FAILURE = " (a part neither policy reads, swept only because the plan reads both policies' parts in one sweep: not a failure, nor a gap in its comparison)";

/**
 * Whether an event is a part not read that fails the step: every failure event, unless a plan read
 * the part for the base branch's policy alone or for neither (PlanMark). Each becomes a SweepError of
 * the report, and the step's failures (one ::error:: annotation at the end, a line each, with any
 * hint, past its first 20 the log's group of them: report/step-failures.ts) name it.
 */
export function failsTheStep(event: SweepEvent): boolean {
  return 'error' in event && event.baseOnly !== true && event.neither !== true;
}

function eventLine(event: SweepEvent): string {
  switch (event.type) {
    case 'region-started':
      return `${safe(event.account)} IoT ${safe(event.region)}: listing certificates`;
    case 'region-progress':
      return progressLine(event);
    case 'region-finished':
      return `${safe(event.account)} IoT ${safe(event.region)}: ${event.pending} pending ${plural(event.pending, 'transfer', 'transfers')} (${event.incoming} incoming, ${event.outgoing} outgoing${event.vanished ? `, ${event.vanished} no longer pending when described` : ''})${duplicates(event.duplicates, 'certificate')}`;
    case 'region-failed':
      return `${safe(event.account)} IoT ${safe(event.region)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
    case 'handshakes-started':
      return `${safe(event.account)} Organizations: listing handshakes`;
    case 'handshakes-finished':
      return `${safe(event.account)} Organizations: ${event.listed} ${plural(event.listed, 'handshake', 'handshakes')} listed (${event.incoming} received, ${event.outgoing} sent by this account's organization${event.withoutId ? `, ${event.withoutId} without an id` : ''})${duplicates(event.duplicates, 'handshake')}`;
    case 'handshakes-failed':
      return `${safe(event.account)} Organizations: handshakes could not be read (${event.errorKind}): ${safe(event.error.message)}`;
    case 'organization-listing':
      return `Guarding the organization of account ${safe(event.caller)} (these credentials): each page of its account list is swept as it arrives, the total comes when the list is complete`;
    case 'targets-resolved': {
      if (event.plan !== undefined) return planReadingLine(event, event.plan);
      const guarding = `${event.targets} ${plural(event.targets, 'account', 'accounts')} (${event.viaRoles} through a role)${event.skipped ? `; ${event.skipped} not guarded (see the summary)` : ''}`;
      if (event.listed === undefined) return `Guarding ${guarding}`;
      const { organization } = event.listed;
      return `The organization's account list is complete${organization === undefined ? '' : ` (${safe(organization.id)}, management account ${safe(organization.managementAccount)})`}: guarding ${guarding}`;
    }
    case 'regions-resolved':
      return `${safe(event.account)}: ${kindNamed(event.kind).label} regions to sweep: ${event.swept.map(safe).join(', ') || 'none'}${event.skipped.length ? `; skipped ${skippedWords(event.skipped)}` : ''}`;
    case 'part-started':
      return `${safe(event.account)} ${place(event)}: listing`;
    case 'part-finished':
      if (event.notInUse !== undefined) return `${safe(event.account)} ${place(event)}: nothing to read (${safe(event.notInUse)})`;
      return `${safe(event.account)} ${place(event)}: ${event.pending} pending (${event.listed} listed${event.vanished ? `, ${event.vanished} no longer pending when looked at` : ''})${duplicates(event.duplicates, 'item')}`;
    case 'part-failed':
      return `${safe(event.account)} ${place(event)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
    case 'account-failed':
      return `${safe(event.account)}: could not be read (${event.errorKind}): ${safe(event.error.message)}`;
    case 'listing-failed':
      return `Could not list ${safe(event.what)} (${event.errorKind}): ${safe(event.error.message)}`;
    case 'organization-dropped': {
      const n = event.dropped;
      return `The ${n} ${plural(n, 'member', 'members')} of the organization's first pages whose sweep had begun before its list failed ${plural(n, 'has', 'have')} finished, and ${plural(n, 'is', 'are')} dropped from the run: ${plural(n, 'its lines', 'their lines')} above ${plural(n, 'is', 'are')} no part of it.`;
    }
  }
}

/**
 * A plan's opening line: what it reads for which policy, not one count of both policies' accounts
 * as if the PR's guarded them all ("Reading 5 accounts for the two policies (4 through a role): 1
 * the PR's policy guards, 4 only the base branch's"). Those not guarded are the PR's policy's.
 */
function planReadingLine(event: Extract<SweepEvent, { type: 'targets-resolved' }>, plan: PlanReading): string {
  const accounts = `${event.targets} ${plural(event.targets, 'account', 'accounts')}`;
  const roles = `(${event.viaRoles} through a role)`;
  const which = plan.base
    ? `for the two policies ${roles}: ${plan.guarded} the PR's policy guards${plan.baseOnly > 0 ? `, ${plan.baseOnly} only the base branch's` : ''}`
    : `for the PR's policy ${roles}`;
  return `Reading ${accounts} ${which}${event.skipped ? `; ${event.skipped} not guarded by the PR's policy (see the summary)` : ''}`;
}

/**
 * A long region sweep, once per interval: counts, pace and an estimate of the time left. Every
 * number is ours; the account and region pass through inertLogText like any AWS-given text.
 */
function progressLine(event: Extract<SweepEvent, { type: 'region-progress' }>): string {
  const where = `${safe(event.account)} IoT ${safe(event.region)}`;
  const read = `${count(event.certificates)} ${plural(event.certificates, 'certificate', 'certificates')} on ${count(event.pages)} ${plural(event.pages, 'page', 'pages')} (${event.pagesPerSecond.toFixed(1)} pages/s)`;
  const found = `${count(event.pending)} pending${event.listed ? '' : ' so far'}, ${count(event.described)} described`;
  const left = event.remaining === undefined
    ? event.listed ? '' : '; time left unknown (ListCertificates gives no total, and the creation dates give no estimate yet)'
    : `; about ${duration(event.remaining.ms)} left (${event.remaining.basis === 'creation-dates' ? 'estimated from the creation dates reached' : "at the describes' pace"})`;
  return event.listed
    ? `${where}: listed ${read} in ${duration(event.elapsedMs)}; describing: ${found}${left}`
    : `${where}: still listing after ${duration(event.elapsedMs)}: ${read}, ${found}${left}`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** 95 s → "1m 35s"; 3,725 s → "1h 2m". */
export function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${s % 60}s`;
  return `${Math.floor(s / 3600)}h ${Math.floor((s % 3600) / 60)}m`;
}

/** `RAM us-east-1`, `GuardDuty eu-west-1`: the service and region of a part. */
function place(event: { readonly service: ServiceName; readonly region?: string | undefined }): string {
  return `${SERVICE_LABEL[event.service].short}${event.region === undefined ? '' : ` ${safe(event.region)}`}`;
}

/** Regions a skipped-regions clause names for one reason; past it, how many more (every one is in the JSON report's regions.skipped). */
export const MAX_SKIPPED_REGIONS_NAMED = 10;

/**
 * `2: ap-east-2, mx-central-1 (AWS IoT Core is not offered in this region)`: how many, then the
 * regions of each reason followed by it, the first MAX_SKIPPED_REGIONS_NAMED of a reason named and
 * the rest counted. Regions and reasons pass through inertLogText.
 */
function skippedWords(skipped: readonly RegionSkip[]): string {
  const byReason = new Map<string, string[]>();
  for (const s of skipped) byReason.set(s.reason, [...(byReason.get(s.reason) ?? []), s.region]);
  const groups = [...byReason].map(([reason, regions]) => {
    const more = regions.length - MAX_SKIPPED_REGIONS_NAMED;
    const named = regions.slice(0, MAX_SKIPPED_REGIONS_NAMED).map(safe).join(', ');
    return `${named}${more > 0 ? ` and ${more} more` : ''} (${safe(reason)})`;
  });
  return `${skipped.length}: ${groups.join('; ')}`;
}

/** "; AWS listed 2 certificates twice (each judged once)" — AWS repeating an item across pages is worth a line. */
function duplicates(count: number, what: string): string {
  return count > 0 ? `; AWS listed ${count} ${plural(count, what, `${what}s`)} more than once (each judged once)` : '';
}

/**
 * One line of the act stage. `hinted`: the line of the first write refused for its cause (runLogger
 * says each hint once, not on every write refused alike) ends with its hint (ItemResult.hint).
 */
export function actLogLine(event: ActEvent, hinted = false): string {
  if (event.type === 'budget-tripped') {
    return `Budget tripped: ${event.budget.planned} planned, limit ${event.budget.limit}. Nothing will be written.`;
  }
  const { result } = event;
  // Set off as the detail is: AWS's message ends without a full stop ("… perform: macie2:DeclineInvitations").
  const hint = hinted && result.hint !== undefined ? ` — ${inertLogText(result.hint, MAX_HINT_SHOWN)}` : '';
  return `${outcomeLabel(result.outcome)}: ${itemLabel(result.decision.item)}${result.detail ? ` — ${safe(result.detail)}` : ''}${hint}`;
}

export function itemLabel(item: InboundItem): string {
  return kindOf(item)?.describe.logLabel(item) ?? `an item of unknown kind in ${safe(item.account)}`;
}

/** runLogger's logger: the sweep's and the act stage's lines, and the parts not read it logged. */
export interface RunLogger {
  sweep(event: SweepEvent): void;
  act(event: ActEvent): void;
  /**
   * The parts not read that fail the step (failsTheStep), as the sweep logged them so far: what a
   * run that stops after its sweep, before its report, still names in its failure (run/stopped.ts).
   * A regional "security token invalid" in an account where another call was accepted carries
   * OPT_IN_HINT, as the report's does (run/account-inventory.ts); a refusal in the credentials' own account
   * carries ownCredentialsHint, which account-inventory.ts gives it as it is logged.
   */
  notRead(): readonly SweepError[];
  /** The act stage's events so far: what a run that stops after them says it wrote (run/stopped.ts). */
  acted(): ActTally;
}

/**
 * A logger for the sweep and act stages that writes inside the group currently open. With
 * `actGroup`, the first act event closes that group (the caller's, around the whole run) and opens
 * one of this title, so rejections and declines are not filed under the sweep; the caller's
 * endGroup then closes it. With `redact` (a public plan's withoutAccountIds), every line is shown
 * through it.
 */
export function runLogger(options: { readonly actGroup?: string; readonly redact?: (text: string) => string } = {}): RunLogger {
  let acting = false;
  const { redact } = options;
  // `redact` has the event's texts before the line is built, where each is cut to a length: an
  // account id the cut left short (`21098765432…`) would no longer be one it finds. Then the line,
  // for anything a builder added.
  const shown = <E>(build: (event: E) => string, event: E): string => (redact === undefined ? build(event) : redact(build(redactTexts(event, redact))));
  const notRead: SweepError[] = [];
  // Accounts where these credentials were accepted: a part read, or the region list listed (account-inventory.ts's acceptedElsewhere).
  const accepted = new Set<string>();
  let tally: ActTally = { tripped: false, attempted: 0, made: 0 };
  // The hints of the writes refused so far: each is logged once, at the first write refused for it.
  const hints = new Set<string>();
  return {
    // A part not read is a plain line, never an annotation: one that fails the step is named again,
    // with its hint, by the step's failures at the end (its ::error::), and a ::warning:: each as
    // well said each twice and spent GitHub's 10 warning annotations a step on them, hiding the
    // warnings that come after the sweep (a budget that would trip, regions not swept). A plan's
    // part read for the base alone says why it is no failure (BASE_ONLY_FAILURE; logBaseOnlyErrors).
    // Kept, too (notRead): a run that stops before its report has no step's failures to name them.
    sweep: (event) => {
      if ('error' in event && failsTheStep(event)) notRead.push(event.error);
      if (acceptedBy(event)) accepted.add(event.account);
      runner.info(shown(sweepLogLine, event));
    },
    // Hinted when asked, not when logged: a part read after the failure still tells.
    notRead: () => notRead.map((error) => withOptInHint(error, error.account !== undefined && accepted.has(error.account))),
    acted: () => tally,
    act: (event) => {
      tally =
        event.type === 'budget-tripped'
          ? { ...tally, tripped: true }
          : { ...tally, attempted: tally.attempted + 1, made: tally.made + (isWritten(event.result.outcome) ? 1 : 0) };
      if (!acting && options.actGroup !== undefined) {
        runner.endGroup();
        runner.startGroup(options.actGroup);
      }
      acting = true;
      const hint = event.type === 'write-finished' ? event.result.hint : undefined;
      const hinted = hint !== undefined && !hints.has(hint);
      if (hint !== undefined) hints.add(hint);
      runner.info(shown((e: ActEvent) => actLogLine(e, hinted), event));
    },
  };
}

/** Whether an event shows the account's credentials accepted: a part read, or its region list listed. */
function acceptedBy(event: SweepEvent): event is SweepEvent & { readonly account: string } {
  switch (event.type) {
    case 'region-finished':
    case 'handshakes-finished':
    case 'part-finished':
      return true;
    case 'regions-resolved':
      return event.listed === true;
    default:
      return false;
  }
}

/**
 * One line per item and its outcome, grouped; then the headline counts. An allowance lapsing within
 * the alert issue's window at `now` ends with its mark (lapsingMark: LAPSING_MARK and the time left):
 * the issue, judging at the same `now`, lists the same items, and its cut table sends readers here
 * for the rest.
 */
export function logDecisions(report: RunReport, now: Date): void {
  runner.startGroup(`Decisions (${report.items.length} ${plural(report.items.length, 'item', 'items')})`);
  for (const i of report.items) {
    // The reason whole: it is our words, its sender values bounded where it is built (decide/reasons.ts).
    runner.info(`${outcomeLabel(i.outcome)}: ${itemLabel(i.item)}: ${inertLogText(i.reason, MAX_REASON_LENGTH)}${lapsingNote(i, now)}`);
  }
  runner.endGroup();
  logNotGuarded(report.skippedAccounts);
  const c = report.counts;
  // enforce fails the step on a tripped budget; a dry-run must say the same, as an annotation.
  if (report.mode === 'dry-run' && report.budget.tripped) {
    const b = report.budget;
    const clause = overShareClause(b, report.shard);
    const over = b.share === undefined
      ? `${b.planned} ${plural(b.planned, 'item calls', 'items call')} for rejection or decline, more than the budget of ${b.limit} (${budgetSource(b)}): an enforce run would write nothing and fail.`
      : clause === undefined
        ? `At least one shard found more items to reject or decline than its share: ${shareWords({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`
        : `${capitalise(clause)}: ${shareWords({ source: b.source, share: b.share })}. In enforce, a shard that trips writes nothing and fails.`;
    runner.warning(`${over} ${trippedAdvice(b)}`, { title: 'inbound-guard: the budget would trip' });
  }
  warnUnknownRegions(unknownRegions(report));
  const accepted = c['accepted-meanwhile'] ? ` accepted against the policy ${c['accepted-meanwhile']},` : '';
  runner.info(report.mode === 'enforce'
    ? `${writtenWords(report)}, no longer pending ${c['already-handled']},${accepted} failed ${c.failed}, held by budget ${c['held-by-budget']}, allowed ${c.allowed}, ignored ${c.ignored}.`
    : `Dry run: would reject ${c['would-reject']}, would decline ${c['would-decline']},${accepted} allowed ${c.allowed}, ignored ${c.ignored}. Nothing was written.`);
}

/**
 * The writes of an enforce run as the outputs count them: every kind's rejections together (the
 * `rejected` output, the job summary headline's and summary-json's counts.rejected), then every
 * kind's declines (`declined`), each followed by the kinds that wrote it, by their own outputs'
 * counts: "Rejected 6 (IoT certificate transfers 4, RAM resource-share invitations 2), declined 7
 * (Organizations handshakes 3, Security-service administrator invitations 4)".
 */
function writtenWords(report: Pick<RunReport, 'kinds' | 'counts'>): string {
  const verbWords = (verb: WriteAction, total: number): string => {
    const each = KINDS.filter((kind) => kind.verb === verb)
      .map((kind) => ({ kind, n: kindWrites(report, kind.name) }))
      .filter(({ n }) => n > 0)
      .map(({ kind, n }) => `${kind.title} ${n}`);
    return `${total}${each.length === 0 ? '' : ` (${each.join(', ')})`}`;
  };
  return `Rejected ${verbWords('reject', report.counts.rejected)}, declined ${verbWords('decline', report.counts.declined)}`;
}

/**
 * " — ⏳ lapses in 8 days 12 h" after a reason that says "until the end of 2026-11-30 (UTC)"; '' for
 * any item not allowed by an allowance that lapses within the window. A day it names (a later entry's)
 * is a real YYYY-MM-DD (lapsingWithin read it), so no text a sender or a report file chose reaches
 * the line through it.
 */
function lapsingNote(i: ReportItem, now: Date): string {
  const mark = lapsingMark(i, now);
  return mark === undefined ? '' : ` — ${mark}`;
}

/**
 * Every account the targets named or the organization listed that was not guarded, one line each
 * with why, in a group of its own: the step's failures name the first MAX_NOT_GUARDED_NAMED
 * outside the pin and the job summary a bounded number, and when the JSON report could not be
 * written this is the one place that names every one. Nothing when there are none.
 */
export function logNotGuarded(skipped: readonly SkippedTarget[]): void {
  if (skipped.length === 0) return;
  runner.startGroup(`${NOT_GUARDED_GROUP} (${skipped.length} ${plural(skipped.length, 'account', 'accounts')})`);
  for (const s of skipped) runner.info(`${s.fails ? 'not guarded (fails the step)' : 'not guarded'}: ${safe(s.account)}: ${safe(s.reason)}`);
  runner.endGroup();
}

/**
 * The `::warning::` for a matrix run whose max-actions leaves each shard 0: said before the sweep
 * (dry-run and enforce) and by the merge, since every shard that finds anything will trip.
 */
export function warnEmptyShare(budget: BudgetShare): void {
  const warning = emptyShareWarning(budget);
  if (warning !== undefined) runner.warning(warning, { title: "inbound-guard: each shard's budget is 0" });
}

/** The `::warning::` for regions listed as enabled that this release does not know (dry-run, enforce and plan). */
export function warnUnknownRegions(regions: readonly string[]): void {
  const unknown = unknownRegionsWarning(regions, safe);
  if (unknown !== undefined) runner.warning(unknown, { title: 'inbound-guard: regions not swept' });
}

function safe(text: string): string {
  return inertLogText(text, 200);
}

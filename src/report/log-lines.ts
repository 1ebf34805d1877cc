import type { ActEvent } from '../act/execute.js';
import { kindNamed, kindOf } from '../kinds/registry.js';
import { SERVICE_LABEL, type ServiceName } from '../kinds/services.js';
import type { PlanReading, RegionSkip, SweepEvent } from '../sweep/events.js';
import { MAX_HINT_SHOWN } from '../run/report-errors.js';
import { inertLogText } from './escape.js';
import { outcomeLabel } from './run-summary-items.js';
import type { InboundItem } from '../model/items.js';
import { plural } from '../model/words.js';

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

/** AWS-given text (an id, a region, a message) as a log line shows it: inert, at most 200 characters. */
export function safe(text: string): string {
  return inertLogText(text, 200);
}

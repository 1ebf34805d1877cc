/**
 * What a person should be told about a run, decided from its report alone (so a merged matrix run
 * alerts like a single job), before anything is rendered or sent. Pure: the clock is passed in.
 */
import { createHash } from 'node:crypto';
import type { Mode } from '../act/types.js';
import { allowanceLapsing, type Lapse } from '../decide/in-force.js';
import { DEFAULT_LAPSE_WINDOW_DAYS } from '../decide/in-force.js';
import { itemKey } from '../plan/diff-decisions.js';
import type { PolicyProblems } from '../policy/types.js';
import { failingSkips } from '../run/report-errors.js';
import type { ReportItem, RunReport } from '../run/report-types.js';
import type { StoppedAt } from '../run/stopped-at.js';
import type { SweepError } from '../sweep/events.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import { stableText } from './stable-text.js';

/** What the alert is about: a run's report, a policy that stopped the run, or a run that stopped on an error. */
export type AlertSubject =
  | { readonly kind: 'report'; readonly report: RunReport }
  /** dry-run or enforce on a policy that does not validate: nothing was read. */
  | ({ readonly kind: 'invalid-policy'; readonly mode: Mode; readonly policyPath: string } & PolicyProblems)
  /**
   * The run threw before it could report (credentials refused, shard reports that do not merge, …),
   * or while reporting. `at`: how far a dry-run, enforce or merge run had got; shown, but not part of
   * the cause (causeElements): the same error after another count of writes is the same cause.
   */
  | { readonly kind: 'stopped'; readonly mode: Mode; readonly message: string; readonly at?: StoppedAt | undefined };

/** An item allowed now whose allowance ends soon: from then on runs act on it. */
export interface LapsingItem extends Lapse {
  readonly item: ReportItem;
  /** The last day it is allowed: its `allowedThrough` (the cited entry's `until`, or a later entry's that takes over). */
  readonly until: string;
}

export interface AlertFacts {
  readonly subject: AlertSubject;
  /**
   * Items the run rejected or declined, or would have (dry-run), or tried to and failed, or held for
   * the budget, and items accepted in the account against the policy (before the run, or meanwhile).
   */
  readonly acted: readonly ReportItem[];
  readonly lapsing: readonly LapsingItem[];
  /** Parts of the accounts that could not be read. */
  readonly unread: readonly SweepError[];
  /** Accounts that should have been guarded and were not. */
  readonly notGuarded: readonly SkippedTarget[];
  readonly budgetTripped: boolean;
  readonly windowDays: number;
  /** Anything at all a person should know; false: the issue is closed. */
  readonly needsAttention: boolean;
  /**
   * A digest of what needs attention (which items and outcomes, which parts unread, why the run
   * stopped, which problems the policy has, …), not of how it is worded: a run that finds the same as
   * the last one edits the issue without notifying anyone.
   */
  readonly fingerprint: string;
  /**
   * Each thing that needs attention (an item and its outcome, a part not read, a cause …) as a
   * short hash, sorted: the issue records them, so that the next run comments only when one of its
   * own is not among them (something new), and edits silently when findings only went away.
   */
  readonly elements: readonly string[];
}

/** What an earlier body of the issue recorded (render-alert.ts reads it). */
export interface RecordedAlertState {
  readonly fingerprint: string;
  /** Absent in a body written before the issue recorded them, or with more than it keeps. */
  readonly elements?: ReadonlySet<string> | undefined;
}

/** Hex characters of an element's hash: 32 bits, so with 500 recorded a new element passes for an old one about once in 10 million. */
export const ELEMENT_HASH_LENGTH = 8;

/**
 * Outcomes a person is told about. `already-handled` is not one: it was dealt with (cancelled,
 * declined already …). `accepted-meanwhile` is: someone here accepted what the policy does not allow,
 * whether before this run or while it acted.
 */
export const ALERT_OUTCOMES: ReadonlySet<ReportItem['outcome']> = new Set(['rejected', 'declined', 'would-reject', 'would-decline', 'accepted-meanwhile', 'failed', 'held-by-budget']);

export function alertFacts(subject: AlertSubject, now: Date, windowDays = DEFAULT_LAPSE_WINDOW_DAYS): AlertFacts {
  if (subject.kind !== 'report') {
    const cause = causeElements(subject);
    return { subject, acted: [], lapsing: [], unread: [], notGuarded: [], budgetTripped: false, windowDays, needsAttention: true, fingerprint: digest(cause), elements: hashes(cause) };
  }
  const { report } = subject;
  const acted = report.items.filter((i) => ALERT_OUTCOMES.has(i.outcome));
  // allowedThrough, not matched.until: the entry cited is the first that matches, and when it
  // lapses a later one may still allow the item (for good, or until a later day). Only the run
  // that decided knew the policy. No fallback to matched.until for items without the field: it
  // cannot tell a report written before the field from an allowance that does not end (so it would
  // bring the false alarm back), and an alert reads only this release's reports: its own run's, or
  // a merge of shards, which refuses reports of another toolVersion.
  const lapsing = report.items.flatMap((i): LapsingItem[] => {
    const soon = allowanceLapsing(i, now, windowDays);
    return soon === undefined ? [] : [{ item: i, ...soon }];
  }).sort((a, b) => a.lapsesAt.localeCompare(b.lapsesAt));
  const unread = report.errors;
  const notGuarded = failingSkips(report.skippedAccounts);
  const budgetTripped = report.budget.tripped;
  const elements = [
    ...acted.map((i) => `acted:${key(i)}:${i.outcome}`),
    ...lapsing.map((l) => `lapsing:${key(l.item)}:${l.until}`),
    // A missing shard has no account or region: its shard tells one from another. A part of no
    // account (the organization's account list) leaves the whole run unchecked: its cause (AWS's
    // error code: other credentials, another fix) is news too.
    ...unread.map((e) =>
      e.service === 'shard'
        ? `unread:shard:${e.shard?.index ?? ''}/${e.shard?.count ?? ''}`
        : `unread:${e.service}:${e.account ?? ''}:${e.region ?? ''}${e.account === undefined ? `:${e.code ?? ''}` : ''}`,
    ),
    ...notGuarded.map((s) => `not-guarded:${s.account}`),
    ...(budgetTripped ? ['budget-tripped'] : []),
  ];
  return { subject, acted, lapsing, unread, notGuarded, budgetTripped, windowDays, needsAttention: elements.length > 0, fingerprint: digest(elements), elements: hashes(elements) };
}

/**
 * Whether this run finds something that needs attention and was not there when the issue's body was
 * last written: then the edit comments (an edit alone notifies no one). Findings that only went
 * away, or stayed, edit silently. A body that recorded no elements (an earlier release's, or one
 * with more than it keeps) is compared by its fingerprint: any change comments.
 */
export function somethingNew(recorded: RecordedAlertState | undefined, facts: AlertFacts): boolean {
  if (recorded === undefined) return true;
  if (recorded.fingerprint === facts.fingerprint) return false;
  const before = recorded.elements;
  return before === undefined || facts.elements.some((e) => !before.has(e));
}

/**
 * What a run that could not check anything needs attention for: why it stopped (each line of its
 * message: a merge lists one refusal a line), or each problem of the invalid policy at its line —
 * without what changes from run to run for the same cause (stableText), so the same cause again
 * is the same fingerprint and another cause is another.
 */
function causeElements(subject: Exclude<AlertSubject, { kind: 'report' }>): string[] {
  if (subject.kind === 'stopped') {
    const lines = subject.message.split('\n').map(stableText).filter((line) => line !== '');
    return lines.length > 0 ? lines.map((line) => `stopped:${line}`) : ['stopped'];
  }
  return subject.issues.length > 0 ? subject.issues.map((i) => `invalid-policy:${i.line}:${i.key}:${stableText(i.message)}`) : ['invalid-policy'];
}

function key(i: ReportItem): string {
  return `${i.item.account}/${itemKey(i.item)}`;
}

function hashes(elements: readonly string[]): string[] {
  return [...new Set(elements.map((e) => createHash('sha256').update(e).digest('hex').slice(0, ELEMENT_HASH_LENGTH)))].sort();
}

function digest(elements: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([...new Set(elements)].sort())).digest('hex').slice(0, 16);
}

/**
 * The run's log: the logger of the sweep and act stages (runLogger), the decisions' group and
 * counts (logDecisions), the accounts not guarded and the run's warnings. Each line's words are
 * log-lines.ts's.
 */
import * as runner from '../runner/commands.js';
import type { ActEvent } from '../act/execute.js';
import { isWritten } from '../act/outcomes.js';
import type { ActTally } from '../run/stopped-at.js';
import { withOptInHint } from '../run/opt-in-hint.js';
import { KINDS } from '../kinds/registry.js';
import type { WriteAction } from '../kinds/kind.js';
import type { SweepError, SweepEvent } from '../sweep/events.js';
import { kindWrites } from '../run/report-counts.js';
import { NOT_GUARDED_GROUP } from './failure-reasons.js';
import { unknownRegions, unknownRegionsWarning } from '../run/run-report.js';
import type { ReportItem, RunReport } from '../run/report-types.js';
import { budgetSource, emptyShareWarning, overShareClause, shareWords, trippedAdvice, type BudgetShare } from '../act/budget.js';
import { MAX_REASON_LENGTH } from '../decide/reasons.js';
import { lapsingMark } from './describe-item.js';
import { inertLogText } from './escape.js';
import { actLogLine, failsTheStep, itemLabel, safe, sweepLogLine } from './log-lines.js';
import { redactTexts } from './redact.js';
import { outcomeLabel } from './run-summary-items.js';
import { capitalise, plural } from '../model/words.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';

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

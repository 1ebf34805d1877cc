/**
 * Why the step fails, in words, from a run's budget, errors, counts and accounts not guarded: the
 * report's `failures` (buildRunReport, the merge) and, when the JSON report could not be written,
 * the same reasons sending no one to it. Pure: step-failures.ts is what logs them and fails the step.
 */
import { budgetSource, overShareClause, shareWords, trippedAdvice } from '../act/budget.js';
import type { Budget } from '../act/types.js';
import { capitalise, plural } from '../model/words.js';
import type { SweepError } from '../sweep/events.js';
import type { Shard } from '../sweep/shard.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import { alikeByRegion, alikePlace, errorPlace, failingSkips } from '../run/report-errors.js';
import type { OutcomeCounts, ReportItem, RunReport } from '../run/report-types.js';
import { refusalFailures } from '../act/refused-writes.js';

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

/** The reasons the step fails: a tripped budget, a write that failed, a part not read, an account not guarded, an item accepted against the policy. */
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
  // The writes refused come before the parts not read: the failing annotation keeps its first and last reasons (failureAnnotation), and the hint of a write refused is the first thing to fix.
  if (input.counts.failed > 0) {
    failures.push(`${input.counts.failed} ${plural(input.counts.failed, 'rejection or decline', 'rejections or declines')} failed; see the job summary and ${listedIn === 'report' ? 'the report' : "the log's Decisions group"}.`);
    failures.push(...refusalFailures(input.items ?? [], listedIn));
  }
  // Parts not read alike (one permission missing in every region of an account) are one reason naming their regions.
  for (const g of alikeByRegion(input.errors)) failures.push(notReadFailure(g.error, alikePlace(g)));
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
  return failures;
}

/** The step's failure for a part not read (or alike parts, `place` naming their regions: alikePlace): where, AWS's text (not escaped: the writers escape it), our hint. */
export function notReadFailure(e: SweepError, place = errorPlace(e)): string {
  // A shard's missing report is said in its own words (it names the shard and what to do): not a read that failed.
  if (e.service === 'shard') return sentence(e.message);
  return `Could not read ${place}: ${sentence(e.message)}${e.hint === undefined ? '' : ` ${sentence(e.hint)}`} Items there were not checked.`;
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

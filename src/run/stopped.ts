/**
 * A run that stops on an error after its sweep (while deciding, acting or reporting) has no report,
 * so none of the step's failures that would have named the parts it could not read: the sweep logs
 * each as a plain line (report/log.ts runLogger), never as an annotation. Its failure, its job
 * summary and its alert issue say the error; this adds those parts to it.
 */
import { plural } from '../model/words.js';
import type { SweepError } from '../sweep/events.js';
import { alikeByRegion, alikePlace, compareErrors } from './report-errors.js';
import { notReadFailure } from '../report/failure-reasons.js';
import { RunStoppedError, type StoppedAt } from './stopped-at.js';

/** Parts not read a stopped run's failure names one by one; the rest are counted. */
export const MAX_NOT_READ_NAMED = 20;

/**
 * `error`, or, when the sweep could not read some parts, an Error whose message is its message
 * followed by those parts, a `- ` line each (its line breaks shown as `\n`, as the log shows them)
 * in the words of the step's failures (notReadFailure), in the report's order (compareErrors, not
 * the order they were logged in, which varies with the accounts swept at once: the alert issue's
 * fingerprint hashes each line, and the same parts named in another order would notify again),
 * parts alike in several regions of an account one line naming the regions (alikeByRegion, as the
 * step's failures say them), the first MAX_NOT_READ_NAMED lines, then how many more parts (the
 * log's Sweep group names each). AWS's text is kept as the report keeps it: the writers of the
 * log, the summary and the issue make each line inert (main.ts). The original is the new error's cause.
 */
export function withPartsNotRead(error: unknown, notRead: readonly SweepError[]): unknown {
  if (notRead.length === 0) return error;
  const message = error instanceof Error ? error.message : String(error);
  const groups = alikeByRegion([...notRead].sort(compareErrors));
  // One line each, whatever AWS's text holds: a line break in it must not start a line (a `- ` item) of its own.
  const named = groups.slice(0, MAX_NOT_READ_NAMED).map((g) => `- ${notReadFailure(g.error, alikePlace(g)).replace(/\r\n|\r|\n/g, '\\n')}`);
  // A line left out may stand for several parts: the rest is counted in parts, as the heading counts them.
  const rest = groups.slice(MAX_NOT_READ_NAMED).reduce((sum, g) => sum + g.parts, 0);
  const more = rest === 0 ? [] : [`- …and ${rest} more ${plural(rest, 'part', 'parts')} not read: the log's Sweep group names each.`];
  const heading = `Before it stopped, the run could not read ${notRead.length} ${plural(notRead.length, 'part, which fails', 'parts, which fail')} the step too:`;
  return new Error([message, heading, ...named, ...more].join('\n'), { cause: error });
}

/**
 * `error` (withPartsNotRead applied) as a RunStoppedError that says how far the run had got.
 * `redact`: applied to the whole message (a public plan's withoutAccountIds).
 */
export function stoppedRun(error: unknown, notRead: readonly SweepError[], at: StoppedAt, redact: (text: string) => string = (text) => text): RunStoppedError {
  const named = withPartsNotRead(error, notRead);
  return new RunStoppedError(redact(named instanceof Error ? named.message : String(named)), at, { cause: error });
}

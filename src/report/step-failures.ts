/**
 * The step's failures as the log ends with them: one `::error::` annotation, a reason a line, cut
 * past MAX_FAILURES_ANNOTATED. An organization whose role lacks one permission everywhere fails
 * for thousands of parts not read: one annotation naming them all is unreadable, and GitHub cuts an
 * annotation's message short anyway (without saying how many it left out). Past the cut, the
 * annotation counts the rest and the log names every one, in a group of its own.
 */
import * as runner from '../runner/commands.js';
import { inertLogText } from './escape.js';
import { plural } from '../model/words.js';

/** The longest failure reason the log shows: ours are a few hundred characters, with an AWS error (at most 1,100) and a hint. */
const MAX_FAILURE_LENGTH = 4000;

/** Reasons the failing annotation names one by one, at most: its first half and its last half. */
export const MAX_FAILURES_ANNOTATED = 20;

/** The title of the log group that lists every reason when the annotation cannot (failStep). */
export const FAILURES_GROUP = "The step's failures";

/**
 * The failing annotation's message from the reasons (already inert, a line each): every one up to
 * `max`; past it the first half of `max`, how many more there are and where they all are, then the
 * last half. The middle is cut, not the end: the reasons in bulk are the parts not read, which come
 * early (after a tripped budget and the writes that failed, with their causes: stepFailures), and
 * the few that come last — accepted against the policy, a report or summary not written, an alert
 * not raised — must not be hidden behind them. The first half holds the writes that failed and
 * their causes (at most 1 + MAX_REFUSAL_CAUSES_NAMED + 1 lines after the budget). The count is exact: those named and the rest make every reason. Pure.
 */
export function failureAnnotation(lines: readonly string[], max = MAX_FAILURES_ANNOTATED): string {
  if (lines.length <= max) return lines.join('\n');
  const head = Math.ceil(max / 2);
  const tail = max - head;
  const rest = lines.length - max;
  const cut = `…and ${rest} more ${plural(rest, 'reason', 'reasons')} between these (${lines.length} in all): the log's "${FAILURES_GROUP}" group, just above, lists every one.`;
  return [...lines.slice(0, head), cut, ...lines.slice(lines.length - tail)].join('\n');
}

/**
 * Fails the step for `failures`, one line each. They quote AWS's error text as the report keeps it
 * (not escaped: see aws/errors.ts), so each is made inert here, where it reaches the log: a line
 * break, a control character or a `::` in it must not become a workflow command or hide what
 * follows. More than the annotation names: every one is logged first, in FAILURES_GROUP.
 */
export function failStep(failures: readonly string[]): void {
  const lines = failures.map((failure) => inertLogText(failure, MAX_FAILURE_LENGTH));
  if (lines.length > MAX_FAILURES_ANNOTATED) {
    runner.startGroup(`${FAILURES_GROUP} (${lines.length})`);
    for (const line of lines) runner.info(line);
    runner.endGroup();
  }
  runner.setFailed(failureAnnotation(lines));
}

/** Small Markdown builders shared by the job summary, the PR comment and the alert issue. Cells must already be inert. */
import type { RunContext } from '../run/report-types.js';
import { code, inertMarkdown } from './escape.js';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** The first `limit` rows, and a line saying how many were left out (with where to find them). */
export function capped<T>(rows: readonly T[], limit: number): { shown: readonly T[]; omitted: number } {
  return rows.length <= limit ? { shown: rows, omitted: 0 } : { shown: rows.slice(0, limit), omitted: rows.length - limit };
}

/**
 * Where a person finds the JSON report after the run: the step's output a workflow keeps it by. Not
 * its path: that is the runner's, gone with it by the time anyone reads the summary or the comment.
 */
export function reportFileOutput(): string {
  return `the step's ${code('report-file')} output (keep it with actions/upload-artifact)`;
}

export function omittedLine(omitted: number, where: string): string {
  return omitted > 0 ? `\n\n_…and ${omitted} more, not shown here: ${where}._` : '';
}

/** GitHub shows at most 1 MiB (1,048,576 bytes) of a step's summary; ours stays under it with room for the note. */
export const SUMMARY_MAX_BYTES = 1_000_000;

/** What the note of a cut summary says of the rest when the writer says nothing: true of every run summary. A function: the note is rare, and start-up need not build it. */
function runSummaryRest(): string {
  return `The log lists every item (its Decisions group), and so does the JSON report when it was written (${reportFileOutput()}).`;
}

const openedDetails = (text: string): number => (text.match(/<details>/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;

/**
 * `markdown` whole when it fits in SUMMARY_MAX_BYTES (UTF-8); else cut at the last line break that
 * fits, every `<details>` left open closed, and a note that says so and where the rest is (`rest`).
 * Past GitHub's limit the whole summary is refused, not cut: a merged run of many shards, each table
 * at its row cap with long reasons, could get there, and so could a validate summary of a 256 KiB
 * policy whose notes are all markup characters (each an entity five times as long).
 */
export function capSummary(markdown: string, rest?: string, maxBytes = SUMMARY_MAX_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const note = `\n\n**This summary is cut here: GitHub shows at most 1 MiB of a step's summary. ${rest ?? runSummaryRest()}**\n`;
  // Room for the note; the closing of every <details> left open is counted as lines are dropped.
  const budget = maxBytes - Buffer.byteLength(note, 'utf8');
  let kept = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  // A character cut in two decodes to U+FFFD at the end: drop it with the rest of the line.
  kept = kept.slice(0, Math.max(0, kept.lastIndexOf('\n')));
  let open = openedDetails(kept);
  let bytes = Buffer.byteLength(kept, 'utf8');
  for (;;) {
    const closing = '\n\n</details>'.repeat(Math.max(0, open));
    // Nothing left to drop (a limit smaller than the note): the note alone says what happened.
    if (kept === '' || bytes + closing.length <= budget) return `${kept}${closing}${note}`;
    const cut = Math.max(0, kept.lastIndexOf('\n'));
    const dropped = kept.slice(cut);
    open -= openedDetails(dropped);
    bytes -= Buffer.byteLength(dropped, 'utf8');
    kept = kept.slice(0, cut);
  }
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Plain words, not Markdown: it lives in src/model so act/ may use it too; the writers import it from here. */
export { joinWords } from '../model/words.js';

/** `text` linked to the workflow run, with its id (and attempt, after a re-run) for a reader who copied the text elsewhere; plain `text` outside a runner. */
export function runLink(run: RunContext | undefined, text: string): string {
  if (run === undefined) return text;
  const attempt = run.attempt > 1 ? `, attempt ${run.attempt}` : '';
  return `[${text}](${run.url}) (run ${run.id}${attempt})`;
}

/**
 * An ISO timestamp as a reader reads it: `2026-11-27 07:52:21 UTC`, to the second. A merged run's
 * time comes from shard report files: anything that is not a time is shown inert, as written.
 */
export function utcTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? inertMarkdown(iso, 40) : `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

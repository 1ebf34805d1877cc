import { plural } from '../model/words.js';
import type { MergeStoppedAt, PlanStoppedAt, StoppedAt } from '../run/stopped-at.js';
import { inertMarkdown } from './escape.js';

/** Characters of a stopped run's message shown (as many whole lines as fit, the first always); the rest are counted: the log has them all. */
const MAX_SHOWN = 10_000;

/**
 * The job summary of a run that stopped on an error. `at`, for a dry-run, enforce or plan run, or a
 * merge that stopped while reporting: how far it had got (stoppedHeading, stoppedProgress); without it
 * (inputs, policy, a merge before its report) the wording claims nothing about writes, and the log
 * lists each made.
 */
export function renderRunError(message: string, at?: StoppedAt): string {
  return [`## ❌ ${stoppedHeading(at)}`, '', inertMarkdownLines(message), '', ...stoppedProgress(at).flatMap((p) => [p, '']), 'The log shows how far it got.'].join('\n');
}

/**
 * "inbound-guard stopped while reporting, after 9 writes": whether the run had its report, and the
 * writes AWS accepted before it stopped (RunStoppedError); "… stopped before it could report" when
 * it had no report (or `at` is not known). A merge or a plan writes nothing: no count.
 */
export function stoppedHeading(at: StoppedAt | undefined): string {
  const after = at !== undefined && (at.mode === 'dry-run' || at.mode === 'enforce') && at.act.made > 0 ? `, after ${at.act.made} ${plural(at.act.made, 'write', 'writes')}` : '';
  return `inbound-guard stopped ${at?.reporting === true ? 'while reporting' : 'before it could report'}${after}`;
}

/**
 * What a stopped dry-run or enforce run had written to AWS and whether its JSON report was written,
 * as far as the run logger and the outputs know (StoppedAt), one paragraph each; a merge's, what its
 * shards may have written and where that is listed; a plan's, that it wrote nothing and whether its
 * report set the count outputs; nothing without `at`. Our own words only: no
 * text from AWS or a file.
 */
export function stoppedProgress(at: StoppedAt | undefined): string[] {
  if (at === undefined) return [];
  const file = at.reportWritten ? 'The JSON report was written (the `report-file` output names it).' : 'No JSON report was written.';
  if (at.mode === 'merge') return [mergeWrites(at), file];
  if (at.mode === 'plan') return [planWrites(at), file];
  const { act } = at;
  // The count outputs are the report's only once publishReport ran; else main.ts sets them to 0.
  const where = [...(at.countsFromReport ? ['the `acted` output'] : []), ...(at.reportWritten ? ['the JSON report (the `report-file` output)'] : []), "the log's Act group"];
  const listed = where.length === 1 ? `${where[0] ?? ''} lists each` : `${where.slice(0, -1).join(', ')} and ${where.at(-1) ?? ''} list them`;
  let writes: string;
  if (at.mode === 'dry-run') writes = 'A dry run: nothing was written to AWS.';
  else if (act.tripped) writes = 'The budget tripped: nothing was written to AWS.';
  else if (act.attempted > 0) {
    const sent = act.made === act.attempted ? `made ${act.made} ${plural(act.made, 'write', 'writes')} to AWS` : `sent AWS ${act.attempted} ${plural(act.attempted, 'write', 'writes')}, ${act.made} of them made`;
    writes = `Before it stopped, it had ${sent} (rejected or declined): ${listed}.`;
    if (!at.countsFromReport) writes += ' The `acted` output says 0: the run stopped before its report set the count outputs.';
  } else if (at.reporting) writes = 'Its act stage had nothing to write: nothing was written to AWS.';
  else writes = "It had logged no write when it stopped: the log's Act group lists any it made.";
  return [writes, file];
}

/** A merge that stopped while reporting: it wrote nothing to AWS; its enforce shards' jobs may have, and list it (and its `acted` output counts them, once set). */
function mergeWrites(at: MergeStoppedAt): string {
  if (at.merged === 'dry-run') return 'A merge of dry-run shards: nothing was written to AWS.';
  const counted = at.countsFromReport
    ? ' The `acted` output counts the writes of the shard reports it merged.'
    : ' The `acted` output says 0: the merge stopped before its report set the count outputs.';
  return `A merge writes nothing to AWS: each enforce shard's job lists the writes it made in its log's Act group and its JSON report.${counted}`;
}

/** A plan that stopped: it wrote nothing to AWS; its count outputs (`planned`, …) are its report's once set, else 0. */
function planWrites(at: PlanStoppedAt): string {
  const counted = at.countsFromReport ? 'Its report set the count outputs (`planned`, …) before it stopped.' : 'The count outputs (`planned`, …) say 0: no report of it set them.';
  return `A plan writes nothing to AWS. ${counted}`;
}

/**
 * A message of several lines (a merge's "cannot be merged:" then one `- ` line per problem) as
 * Markdown that keeps its lines: each `- ` line an item of a list, each other line a paragraph, each
 * made inert on its own (inertMarkdown would join them into one paragraph, the dashes escaped). Our
 * own `- ` is the only markup: whatever a line holds, from a file name to AWS's text, is text, and
 * no line opens any other block (a code block, an ordered or nested list: see inertBlockText).
 */
export function inertMarkdownLines(message: string, maxLineLength = 2000): string {
  // Trimmed: an indented line would be a code block, where the entities would show as written.
  const lines = message.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '');
  const shown: string[] = [];
  let used = 0;
  for (const line of lines) {
    used += Math.min(line.length, maxLineLength);
    if (shown.length > 0 && used > MAX_SHOWN) break;
    shown.push(line);
  }
  const blocks: string[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  for (const line of shown) {
    // `s`: a U+2028 or U+2029 in the line (made inert below) must not end the match early.
    const item = /^- (.*)$/s.exec(line);
    if (item === null) {
      endList();
      blocks.push(inertBlockText(line, maxLineLength));
    } else {
      // Trimmed too: `-      x` would make the item hold a code block.
      list.push(`- ${inertBlockText((item[1] ?? '').trim(), maxLineLength)}`);
    }
  }
  endList();
  if (lines.length > shown.length) blocks.push(`_…and ${lines.length - shown.length} more lines: see the log._`);
  return blocks.join('\n\n');
}

/**
 * A line's text, inert, for the start of a block (a paragraph, or a list item after our `- `):
 * inertMarkdown makes every markup character an entity, but digits and a full stop are not markup
 * inside a line, and at its start they open an ordered list (`1986. a year`, `- 2. x`). That full
 * stop becomes an entity too (`1986&#46;`); a `)` already is one.
 */
function inertBlockText(text: string, maxLength: number): string {
  return inertMarkdown(text, maxLength).replace(/^(\d+)\./, '$1&#46;');
}

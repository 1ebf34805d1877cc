import { inertMarkdown } from './escape.js';

/** Characters of a stopped run's message shown (as many whole lines as fit, the first always); the rest are counted: the log has them all. */
const MAX_SHOWN = 10_000;

/**
 * The job summary of a run that stopped on an error before it could report. Everything after the
 * writes reports its own failures, so this is reached before any write; the wording still only
 * claims what is certain.
 */
export function renderRunError(message: string): string {
  return ['## ❌ inbound-guard stopped before it could report', '', inertMarkdownLines(message), '', 'The log shows how far it got.'].join('\n');
}

/**
 * A message of several lines (a merge's "cannot be merged:" then one `- ` line per problem) as
 * Markdown that keeps its lines: each `- ` line an item of a list, each other line a paragraph, each
 * made inert on its own (inertMarkdown would join them into one paragraph, the dashes escaped). Our
 * own `- ` is the only markup: whatever a line holds, from a file name to AWS's text, is text.
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
    const item = /^- (.*)$/.exec(line);
    if (item === null) {
      endList();
      blocks.push(inertMarkdown(line, maxLineLength));
    } else {
      list.push(`- ${inertMarkdown(item[1] ?? '', maxLineLength)}`);
    }
  }
  endList();
  if (lines.length > shown.length) blocks.push(`_…and ${lines.length - shown.length} more lines: see the log._`);
  return blocks.join('\n\n');
}

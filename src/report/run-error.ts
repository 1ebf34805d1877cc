import { inertMarkdown } from './escape.js';

/** Characters of a stopped run's message shown (as many whole lines as fit, the first always); the rest are counted: the log has them all. */
const MAX_SHOWN = 10_000;

/**
 * The job summary of a run that stopped on an error before it could report. A write's failure is
 * reported as that item's outcome, so this is reached before any write unless the act stage itself
 * broke (a bug); either way the wording claims nothing about writes, and the log lists each made.
 */
export function renderRunError(message: string): string {
  return ['## ❌ inbound-guard stopped before it could report', '', inertMarkdownLines(message), '', 'The log shows how far it got.'].join('\n');
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

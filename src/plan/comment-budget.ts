/**
 * Keeping a Markdown body under a size limit, table by table: the PR comment (GitHub refuses
 * comments over 65,536 characters) and the plan's job summary. Pure.
 */

/** GitHub refuses issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/**
 * Our ceiling for a comment, in UTF-8 bytes: a byte count is never below the character count,
 * however GitHub counts (code points, UTF-16 units or bytes), so this stays under the limit either way.
 */
export const COMMENT_MAX_LENGTH = 60_000;

/** Rows per table when the caller sets no other number. */
export const DEFAULT_MAX_ROWS = 100;

/** The size every limit here is measured in: UTF-8 bytes. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Hands out the bytes left under the limit, table by table. */
export class Budgeter {
  private left: number;
  private readonly maxRows: number;
  /** Where the rows left out can be read, for the "…and N more" line of a table not told otherwise. */
  private readonly omittedWhere: string;

  constructor(maxLength: number, maxRows: number, omittedWhere: string) {
    this.left = maxLength;
    this.maxRows = maxRows;
    this.omittedWhere = omittedWhere;
  }

  reserve(chars: number): void {
    this.left -= chars;
  }

  spend(lines: readonly string[]): void {
    this.left -= lines.reduce((n, l) => n + byteSize(l) + 1, 0);
  }

  /**
   * A table of as many rows as fit in `share` of what is left (and at most maxRows), then a line
   * with the count of rows left out and where to find them (`where`, else the body's omittedWhere).
   */
  table<T>(headers: readonly string[], rows: readonly T[], cells: (row: T) => readonly string[], share: number, where = this.omittedWhere): string {
    const maxRows = this.maxRows;
    // Room for the "…and N more" line at its longest (every row left out): a long `where` (a run's
    // URL, a report's name) must not push the body past its limit.
    const omittedReserve = rows.length === 0 ? 0 : byteSize(omittedLine(rows.length, where)) + 2;
    const allowance = Math.max(0, Math.floor(this.left * share) - omittedReserve);
    const out = [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`];
    let used = byteSize(out[0]!) + byteSize(out[1]!) + 2;
    let shown = 0;
    for (const row of rows) {
      if (shown >= maxRows) break;
      // Rows are built only as they are needed: 10,000 items cost 10,000 rows only if they fit.
      const line = `| ${cells(row).join(' | ')} |`;
      const size = byteSize(line);
      if (used + size + 1 > allowance) break;
      out.push(line);
      used += size + 1;
      shown += 1;
    }
    const omitted = rows.length - shown;
    let text = shown === 0 && rows.length > 0 ? '' : out.join('\n');
    if (omitted > 0) text += `${text ? '\n\n' : ''}${omittedLine(omitted, where)}`;
    this.left -= byteSize(text) + 1;
    return text;
  }
}

/** The line under a cut table: how many rows it left out and where they are. */
function omittedLine(omitted: number, where: string): string {
  return `_…and ${omitted} more ${omitted === 1 ? 'row' : 'rows'}, not shown here: see them ${where}._`;
}

/** The longest prefix of `text` of at most `max` UTF-8 bytes, cut between code points. */
export function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const size = byteSize(ch);
    if (bytes + size > max) break;
    bytes += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

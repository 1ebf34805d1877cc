/**
 * A policy indented with tabs, read again with the tabs as spaces: YAML refuses tabs in
 * indentation, and the parser's errors after the first tab are only its consequences; read this
 * way, the file's other problems can be reported beside the tabs (read-yaml.ts, parse-policy.ts).
 */
import { type LineCounter, parseDocument } from 'yaml';
import { YAML_OPTIONS } from './defaults.js';

/**
 * The file with each tab of a flagged indentation expanded to spaces, when that is valid YAML at
 * one tab width at least and means the same at every width that is: the rest of the policy can
 * then be checked, so a tab does not hide every other problem. Only the indentation of the lines
 * the parser flagged changes (never a block scalar's text), so lines keep their numbers; columns
 * after an expanded indentation move, and columnInOriginal moves them back.
 */
export interface TablessReading {
  readonly text: string;
  /** When the reading depends on the tab width (some width tried is not valid YAML): which was used, for the first tab error. */
  readonly note?: string | undefined;
  /** Per expanded line: the length of its indentation before (with tabs) and after (spaces). */
  readonly indents: ReadonlyMap<number, { readonly before: number; readonly after: number }>;
}

/** Where a column of the tabless reading is in the file as written. */
export function columnInOriginal(reading: TablessReading, line: number, column: number): number {
  const indent = reading.indents.get(line);
  if (indent === undefined) return column;
  return column > indent.after ? column - (indent.after - indent.before) : Math.min(column, indent.before + 1);
}

/** Tab widths an editor is likely to have shown the file with. */
const TAB_WIDTHS = [2, 4, 8] as const;

/** "4", "4 or 8". */
const orList = (widths: readonly number[]): string => (widths.length <= 1 ? String(widths[0] ?? '') : `${widths.slice(0, -1).join(', ')} or ${widths[widths.length - 1] ?? ''}`);

/** Which tab stops the other problems were found with, when not every width reads as YAML. */
function widthNote(read: readonly number[]): string {
  const failed = TAB_WIDTHS.filter((w) => !read.includes(w));
  const which = read.length === 1
    ? `, the only width of ${orList(TAB_WIDTHS)} at which this file reads as YAML`
    : `, which read the same (with ${orList(failed)} the file is not valid YAML)`;
  return ` The other problems listed were found with tab stops every ${orList(read)} columns${which}; check them again once the tabs are spaces.`;
}

/** Where `line` starts, and its leading spaces and tabs (read from its first 1,024 characters); undefined past the last line. */
function indentationOf(text: string, lineCounter: LineCounter, line: number): { readonly start: number; readonly indent: string } | undefined {
  const start = lineCounter.lineStarts[line - 1];
  if (start === undefined) return undefined;
  return { start, indent: /^[ \t]*/.exec(text.slice(start, start + 1024))?.[0] ?? '' };
}

/** The column of the first tab in the leading whitespace of a line, if there is one. */
export function tabInIndentation(text: string, lineCounter: LineCounter, line: number): number | undefined {
  const tab = indentationOf(text, lineCounter, line)?.indent.indexOf('\t') ?? -1;
  return tab === -1 ? undefined : tab + 1;
}

/** The indentation of `line` with each tab advancing to the next multiple of `width` columns. */
function expandIndent(indent: string, width: number): string {
  let column = 0;
  for (const ch of indent) column = ch === '\t' ? (Math.floor(column / width) + 1) * width : column + 1;
  return ' '.repeat(column);
}

/**
 * The file read again with the tabs of `lines` as spaces, at each width of TAB_WIDTHS (see
 * TablessReading); undefined when no width gives valid YAML, or two give different values (the
 * reading would be a guess: the other errors are then left out, as the tab's own consequences).
 */
export function tablessReading(text: string, lineCounter: LineCounter, lines: ReadonlySet<number>): TablessReading | undefined {
  const readings: Array<{ width: number; text: string; value: string; indents: Map<number, { before: number; after: number }> }> = [];
  // Where each flagged line starts and its indentation, in line order: the same at every width.
  const flagged = [...lines].sort((a, b) => a - b).flatMap((line) => {
    const at = indentationOf(text, lineCounter, line);
    return at === undefined ? [] : [{ line, ...at }];
  });
  for (const width of TAB_WIDTHS) {
    const indents = new Map<number, { before: number; after: number }>();
    let out = '';
    let last = 0;
    for (const { line, start, indent } of flagged) {
      const spaces = expandIndent(indent, width);
      out += text.slice(last, start) + spaces;
      last = start + indent.length;
      indents.set(line, { before: indent.length, after: spaces.length });
    }
    out += text.slice(last);
    try {
      const doc = parseDocument(out, YAML_OPTIONS);
      if (doc.errors.length > 0) continue;
      readings.push({ width, text: out, value: JSON.stringify(doc.toJS({ maxAliasCount: 0 })), indents });
    } catch {
      // Too deep, or an alias: not a reading to check the rest by.
    }
  }
  const first = readings[0];
  if (first === undefined || readings.some((r) => r.value !== first.value)) return undefined;
  return { text: first.text, note: readings.length === TAB_WIDTHS.length ? undefined : widthNote(readings.map((r) => r.width)), indents: first.indents };
}

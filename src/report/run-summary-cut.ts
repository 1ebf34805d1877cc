/**
 * The job summary's tables are cut at MAX_ROWS rows; what a cut leaves out is said where it is, by
 * what the table lists (restWhere), and accounts a cut would hide are named (namedCutLine).
 */
import { NOT_GUARDED_GROUP } from './failure-reasons.js';
import { reportFileOutput } from './markdown.js';

/** Rows per table; the JSON report has every item. */
export const MAX_ROWS = 50;

/** Where the rows a cut table leaves out are, by what the table lists (restWhere). */
export interface RestWhere {
  readonly items: string;
  /** Errors: each is one of the step's failures. */
  readonly unread: string;
  /** Accounts not guarded (outside the pin, or by choice). */
  readonly notGuarded: string;
  /** Accounts guarded. */
  readonly other: string;
}

/**
 * Where the rows a cut table leaves out are: the JSON report, named as the footer names it (the
 * runner, and the file's path on it, are gone when the summary is read). When it could not be
 * written, not there: the log lists every item (Decisions) and every account not guarded (Not
 * guarded: logNotGuarded), the step's failures every part not read; of the accounts guarded
 * nothing else is kept.
 */
export function restWhere(reportWritten: boolean): RestWhere {
  if (reportWritten) {
    const report = `see the JSON report, ${reportFileOutput()}`;
    return { items: report, unread: report, notGuarded: report, other: report };
  }
  const none = 'the JSON report could not be written (see the step\'s failures)';
  return { items: `${none}; the log's Decisions group lists every item`, unread: `${none}, which name each`, notGuarded: `${none}; the log's "${NOT_GUARDED_GROUP}" group names each`, other: none };
}

/** At most this many ids of accounts are named past a cut table (about 30 bytes each). */
export const MAX_NAMED_OMITTED = 1000;

/** `names` (already Markdown) past a cut table, as a paragraph of their own (namedCut). */
export function namedCutLine(names: readonly string[], label: string, where: string): string {
  const cut = namedCut(names, label, where);
  return cut === '' ? '' : `\n\n${cut}`;
}

/**
 * `names` (already Markdown) past a cut list: up to `max` of them, then how many more and `where`
 * they are; '' when there are none. The run summary's Not read section and the plan's banner of
 * accounts not guarded say it alike.
 */
export function namedCut(names: readonly string[], label: string, where: string, max = MAX_NAMED_OMITTED): string {
  if (names.length === 0) return '';
  const named = names.slice(0, max);
  const rest = names.length - named.length;
  return `_…and ${names.length} more ${label}:_ ${named.join(' ')}${rest > 0 ? ` _…and ${rest} more: ${where}._` : ''}`;
}

/** The job summary's Not read section: every part of the run that could not be read, and every account that should have been guarded and was not. */
import { alikeByRegion, failingSkips, MAX_HINT_SHOWN, notReadCount, widestFirst, type AlikeErrors } from '../run/report-errors.js';
import type { RunReport } from '../run/report-types.js';
import type { SweepError } from '../sweep/events.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import { code, inertMarkdown } from './escape.js';
import { capped, omittedLine, table } from './markdown.js';
import { MAX_ROWS, namedCutLine, type RestWhere } from './run-summary-cut.js';

/**
 * Every part not read: the errors (widest first; those alike in several regions of an account one
 * row naming the regions: alikeByRegion), then the accounts outside the pin. The rows cut
 * are counted (each error is one of the step's failures) and the accounts among them named by id,
 * as the cut table of accounts not read completely names its own: the step's failures name only
 * the first MAX_NOT_GUARDED_NAMED, and the JSON report may not have been written.
 */
export function errorSection(report: RunReport, where: RestWhere): string[] {
  const failing = failingSkips(report.skippedAccounts);
  if (report.errors.length === 0 && failing.length === 0) return [];
  // One cap over both lists: an organization with thousands of accounts outside the pin must not push the summary past GitHub's limit.
  const all = [...alikeByRegion(widestFirst(report.errors)).map((g) => ({ error: g.error, group: g })), ...failing.map((s) => ({ skipped: s }))];
  const { shown } = capped(all, MAX_ROWS);
  const cut = all.slice(shown.length);
  const cutErrors = cut.reduce((sum, row) => sum + ('group' in row ? row.group.parts : 0), 0);
  const cutAccounts = cut.flatMap((row) => ('skipped' in row ? [row.skipped.account] : []));
  const rows = shown.map((row) =>
    'error' in row
      ? [row.error.account ? code(row.error.account) : '—', code(row.error.service), regionCell(row.group), errorCell(row.error)]
      : [code(row.skipped.account), '—', '—', notGuardedCell(row.skipped)],
  );
  const count = notReadCount(report);
  // Errors are cut only past MAX_ROWS rows of them, so every account outside the pin is cut with them: "parts not read" tells the two lines apart.
  // A cut row of alike parts is several parts: counted as parts not read, not as rows.
  const cutRows = cut.filter((row) => 'group' in row).length;
  const errorsLine = cutErrors === 0 ? '' : cutAccounts.length === 0 && cutRows === cutErrors ? omittedLine(cutErrors, where.unread) : `\n\n_…and ${cutErrors} more ${cutErrors === 1 ? 'part' : 'parts'} not read, not shown here: ${where.unread}._`;
  const accountsLine = namedCutLine(cutAccounts.map(code), `${cutAccounts.length === 1 ? 'account' : 'accounts'} not guarded`, where.notGuarded);
  return ['', `### ⚠️ Not read (${count}) — items there were not checked`, '', table(['Account', 'Service', 'Region', 'Error'], rows) + errorsLine + accountsLine];
}

/**
 * The Error cell of a part not read (or of alike parts: the first stands for all), here, in the
 * alert issue's Not read table and in the plan comment's banners: AWS's message (cut to
 * `messageLength`), then our hint cut apart from it, so that a long message cannot cut our words off.
 */
export function errorCell(e: Pick<SweepError, 'message' | 'hint'>, messageLength = 300): string {
  return `${inertMarkdown(e.message, messageLength)}${e.hint === undefined ? '' : ` — ${inertMarkdown(e.hint, MAX_HINT_SHOWN)}`}`;
}

/** The Error cell of an account not guarded, here and in the alert issue's Not read table. */
export function notGuardedCell(s: Pick<SkippedTarget, 'reason'>): string {
  return `not guarded: ${inertMarkdown(s.reason, 300)}`;
}

/** The Region cell: the region, the regions of alike parts (counted), `—` for a shard, or `global`. */
function regionCell(g: AlikeErrors): string {
  if (g.regions.length > 1) return `${g.regions.length} regions: ${g.regions.map(code).join(' ')}`;
  return g.error.region ? code(g.error.region) : g.error.service === 'shard' ? '—' : 'global';
}

/** The job summary's kinds table: a row per kind, its policy section and its counts over every account. */
import { KINDS } from '../kinds/registry.js';
import { acceptedWhen } from '../run/report-counts.js';
import { notReadCount } from '../run/report-errors.js';
import type { OutcomeCounts, ReportItem, RunReport } from '../run/report-types.js';
import { code, inertMarkdownWithCode } from './escape.js';
import { table } from './markdown.js';

/**
 * One row per kind: the policy section that governs it (or why it is not governed: nothing of it
 * was read), and its counts over every account. A row adds up to the kind's items: To act (what the
 * budget counts; Done says what became of each, one accepted while the run acted included), then,
 * when the run found any, those already accepted against the policy when read (an `ignore`, never to
 * act on, nor allowed or ignored), then Allowed and Ignored. The ⚠️ counts of a row's Done cell and
 * its Accepted when read cell add up to the headline's "accepted against the policy".
 */
export function kindsSection(report: RunReport, accepted: readonly ReportItem[]): string[] {
  if (report.kinds === undefined) return [];
  const whenRead = accepted.filter((i) => acceptedWhen(i) === 'when-read');
  const whileActing = accepted.filter((i) => acceptedWhen(i) === 'while-acting');
  // Its own column only when there is something in it: most runs have none.
  const withWhenRead = whenRead.length > 0;
  const rows = KINDS.map((kind) => {
    const k = report.kinds[kind.name];
    if (k === undefined || !k.governed) return [kind.title, `not governed (${inertMarkdownWithCode(kind.notGoverned, 120)}): not read, left alone`, '—', '—', ...(withWhenRead ? ['—'] : []), '—', '—'];
    // A kind some part of which could not be read must not look like a clean zero.
    const unread = report.accounts.filter((a) => a.kinds?.[kind.name]?.state === 'failed' || a.kinds?.[kind.name]?.state === 'not-read').length;
    // No account guarded (the organization's accounts could not be listed): read in none, so not in any.
    const see = notReadCount(report) > 0 ? ' (see Not read)' : '';
    // Every account left out by choice (nothing failed): none was to be read, no warning.
    const warning = report.accounts.length === 0 ? (see === '' ? ' · no account guarded' : ` · ⚠️ not read: no account was read${see}`) : unread === 0 ? '' : ` · ⚠️ not read in ${unread} ${unread === 1 ? 'account' : 'accounts'} (see Not read)`;
    const ofKind = (items: readonly ReportItem[]): number => items.filter((i) => i.item.kind === kind.name).length;
    const foundAccepted = ofKind(whenRead);
    return [
      kind.title,
      code(kind.section),
      String(k.counts.planned),
      `${doneCell(report, kind.verb, k.counts, ofKind(whileActing))}${warning}`,
      ...(withWhenRead ? [foundAccepted === 0 ? '0' : `⚠️ ${foundAccepted}`] : []),
      String(k.counts.allowed),
      String(k.counts.ignored),
    ];
  });
  const headers = ['Kind', 'Policy', 'To act', report.mode === 'enforce' ? 'Done' : 'Would do', ...(withWhenRead ? ['Accepted when read'] : []), 'Allowed', 'Ignored'];
  return ['', table(headers, rows)];
}

/** What became of a kind's items to act on; `acceptedCount`: those among them accepted while the run acted. */
function doneCell(report: RunReport, verb: 'reject' | 'decline', c: OutcomeCounts, acceptedCount: number): string {
  const done = verb === 'reject' ? 'rejected' : 'declined';
  // Beside the count, not inside it: an item accepted against the policy is not one of those rejected or declined.
  const accepted = acceptedCount ? ` · ⚠️ ${acceptedCount} accepted against the policy` : '';
  if (report.mode !== 'enforce') return `${verb} ${c[verb === 'reject' ? 'would-reject' : 'would-decline']}${accepted}`;
  const extra = [
    c['already-handled'] ? `${c['already-handled']} no longer pending` : '',
    c.failed ? `${c.failed} failed` : '',
    c['held-by-budget'] ? `${c['held-by-budget']} held` : '',
  ].filter(Boolean);
  return `${c[done]} ${done}${extra.length ? ` (${extra.join(', ')})` : ''}${accepted}`;
}

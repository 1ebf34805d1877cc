import type { Outcome } from '../act/types.js';
import type { ReportItem, RunReport } from '../run/run-report.js';
import { budgetSource } from '../act/budget.js';
import { code, inertMarkdown } from './escape.js';
import { entryCitation, itemId, itemKind, itemRegion, itemSource, type SourceLinks } from './describe-item.js';
import { capped, details, omittedLine, table } from './markdown.js';

/** Rows per table; the JSON report has every item. */
export const MAX_ROWS = 50;

const OUTCOME_LABEL: Record<Outcome, string> = {
  rejected: '🛑 rejected',
  declined: '🛑 declined',
  'would-reject': 'would reject',
  'would-decline': 'would decline',
  'already-handled': '↷ no longer pending',
  failed: '❌ failed',
  'held-by-budget': '⏸ held (budget)',
  allowed: '✅ allowed',
  ignored: 'ignored',
};

export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABEL[outcome];
}

/** The job summary of a dry-run or enforce run: a headline, then acted, allowed, ignored, errors. */
export function renderRunSummary(report: RunReport, options: { reportFile: string; links?: SourceLinks | undefined }): string {
  const acted = report.items.filter((i) => i.action === 'reject' || i.action === 'decline');
  const allowed = report.items.filter((i) => i.action === 'allow');
  const ignored = report.items.filter((i) => i.action === 'ignore');
  const where = `see the JSON report (${code(options.reportFile)})`;
  const sections = [
    `## ${headlineIcon(report)} inbound-guard · ${report.mode} · account ${code(report.account)}`,
    '',
    headline(report),
    ...budgetBanner(report),
    ...errorSection(report),
    '',
    `### ${report.mode === 'enforce' && !report.budget.tripped ? 'Acted on' : 'To act on'} (${acted.length})`,
    '',
    acted.length === 0 ? '_Nothing: every pending item is allowed or not ours to judge._' : actedTable(acted, where),
    '',
    `### Allowed by the policy (${allowed.length})`,
    '',
    allowed.length === 0 ? '_None._' : allowedTable(allowed, where, options.links),
    '',
    ignored.length === 0 ? '' : details(`Ignored: not ours to judge (${ignored.length})`, ignoredTable(ignored, where)),
    '',
    footer(report, options.reportFile),
  ];
  return sections.join('\n');
}

/**
 * The job summary of a run that stopped on an error before it could report. Everything after the
 * writes reports its own failures, so this is reached before any write; the wording still only
 * claims what is certain.
 */
export function renderRunError(message: string): string {
  return [
    '## ❌ inbound-guard stopped before it could report',
    '',
    inertMarkdown(message, 2000),
    '',
    'The log shows how far it got.',
  ].join('\n');
}

function headlineIcon(report: RunReport): string {
  if (report.failures.length > 0) return '❌';
  return report.mode === 'enforce' ? '🛡️' : '🔍';
}

function headline(report: RunReport): string {
  const c = report.counts;
  if (report.mode === 'enforce') {
    return `**${c.rejected} rejected · ${c.declined} declined · ${c['already-handled']} no longer pending · ${c.failed} failed** — ${c.allowed} allowed, ${c.ignored} ignored.`;
  }
  return `**Dry run: would reject ${c['would-reject']} · would decline ${c['would-decline']}** — ${c.allowed} allowed, ${c.ignored} ignored. Nothing was written.`;
}

function budgetBanner(report: RunReport): string[] {
  const b = report.budget;
  if (!b.tripped) return ['', `Budget: ${b.planned} of ${b.limit} actions (${budgetSource(b)}).`];
  return [
    '',
    `> [!CAUTION]`,
    `> **Budget tripped: ${b.planned} items call for action, the budget is ${b.limit} (${budgetSource(b)}).** ${report.mode === 'enforce' ? 'Nothing was written.' : 'An enforce run would write nothing and fail.'} A policy mistake must not reject a whole fleet: check the list below; if it is right, raise \`max-actions\` for one run.`,
  ];
}

function errorSection(report: RunReport): string[] {
  if (report.errors.length === 0) return [];
  const rows = report.errors.map((e) => [code(e.service), e.region ? code(e.region) : 'global', inertMarkdown(e.message, 300)]);
  return ['', `### ⚠️ Not read (${report.errors.length}) — items there were not checked`, '', table(['Service', 'Region', 'Error'], rows)];
}

function actedTable(items: readonly ReportItem[], where: string): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), inertMarkdown(i.reason, 200), outcomeCell(i)]);
  return table(['Kind', 'Id', 'Region', 'Source', 'Why', 'Outcome'], rows) + omittedLine(omitted, where);
}

function outcomeCell(i: ReportItem): string {
  const detail = i.detail ? `<br><sub>${inertMarkdown(i.detail, 160)}</sub>` : '';
  return `${outcomeLabel(i.outcome)}${detail}`;
}

function allowedTable(items: readonly ReportItem[], where: string, links: SourceLinks | undefined): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), itemSource(i.item), i.matched ? entryCitation(i.matched, links) : inertMarkdown(i.reason)]);
  return table(['Kind', 'Id', 'Region', 'Source', 'Allowed by'], rows) + omittedLine(omitted, where);
}

function ignoredTable(items: readonly ReportItem[], where: string): string {
  const { shown, omitted } = capped(items, MAX_ROWS);
  const rows = shown.map((i) => [itemKind(i.item), itemId(i.item), itemRegion(i.item), inertMarkdown(i.reason, 200)]);
  return table(['Kind', 'Id', 'Region', 'Why'], rows) + omittedLine(omitted, where);
}

function footer(report: RunReport, reportFile: string): string {
  const regions = report.regions.swept.length ? report.regions.swept.map(code).join(', ') : 'none';
  return `<sub>Policy ${code(report.policy.path)} · IoT regions swept: ${regions} · handshakes ${report.handshakesSwept ? 'swept' : 'not governed'} · report ${code(reportFile)} · ${report.generatedAt}</sub>`;
}

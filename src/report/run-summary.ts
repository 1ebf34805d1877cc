/**
 * The job summary of a dry-run or enforce run (renderRunSummary): its title, headline and footer are
 * here; the banners, the kinds table, Not read, the item sections, the accounts and the cut tables'
 * limits are each in a run-summary-*.ts of their own.
 */
import { acceptedAgainstPolicy, acceptedWhen } from '../run/report-counts.js';
import { noAccountRead, notReadCount, organizationUnlisted } from '../run/report-errors.js';
import { unknownRegions } from '../run/run-report.js';
import type { RunReport } from '../run/report-types.js';
import { KINDS } from '../kinds/registry.js';
import { code } from './escape.js';
import type { SourceLinks } from './describe-item.js';
import { reportFileOutput, runLink, utcTime } from './markdown.js';
import { accountsSection, regionCount } from './run-summary-accounts.js';
import { budgetBanner, unknownRegionsBanner } from './run-summary-banners.js';
import { restWhere } from './run-summary-cut.js';
import { acceptedSection, actedSection, allowedSection, ignoredSection } from './run-summary-items.js';
import { kindsSection } from './run-summary-kinds.js';
import { errorSection } from './run-summary-not-read.js';

const MODE_LABEL: Readonly<Record<RunReport['mode'], string>> = { 'dry-run': 'dry-run', enforce: 'enforce', plan: 'plan' };

/**
 * A report's mode as a heading shows it: from this table, never the report's own text. A merged
 * report's mode comes from shard files; merge/shard-report.ts refuses any other, and this keeps a
 * heading free of whatever a report says should a check ever miss.
 */
export function modeLabel(mode: RunReport['mode']): string {
  return Object.hasOwn(MODE_LABEL, mode) ? MODE_LABEL[mode] : 'unknown mode';
}

/**
 * The job summary of a dry-run or enforce run: a headline, the kinds, what was not read, then what
 * people act on (accepted against the policy, acted, allowed, ignored), then the accounts (what was
 * read where), and the footer. Each item is in one section: one accepted against the policy while the
 * run acted is listed with the others accepted against the policy, not under Acted on.
 */
export interface RunSummaryOptions {
  /** Links to policy lines at the commit the run used. */
  readonly links?: SourceLinks | undefined;
  /**
   * Whether the JSON report was written (the `report-file` output has its path). False: the summary
   * sends no one to it, and says so. Default true.
   */
  readonly reportWritten?: boolean | undefined;
  /**
   * The instant the Allowed table marks allowances lapsing soon at (lapsingMark): the one the log's
   * Decisions group and the alert issue judge at (Published.now), so all three mark the same items.
   * Default: when the report was made (generatedAt).
   */
  readonly now?: Date | undefined;
}

export function renderRunSummary(report: RunReport, options: RunSummaryOptions = {}): string {
  const accepted = report.items.filter(acceptedAgainstPolicy);
  const acted = report.items.filter((i) => (i.action === 'reject' || i.action === 'decline') && !acceptedAgainstPolicy(i));
  // Called for action, but accepted while the run acted: counted in To act (kinds table, budget), listed under Accepted.
  const racedAway = accepted.filter((i) => acceptedWhen(i) === 'while-acting').length;
  const allowed = report.items.filter((i) => i.action === 'allow');
  const ignored = report.items.filter((i) => i.action === 'ignore' && !acceptedAgainstPolicy(i));
  const reportWritten = options.reportWritten ?? true;
  const where = restWhere(reportWritten);
  const many = report.accounts.length > 1;
  const sections = [
    `## ${headlineIcon(report)} inbound-guard · ${modeLabel(report.mode)}${report.shard ? ` · shard ${report.shard.index}/${report.shard.count}` : ''} · ${scopeTitle(report)}`,
    '',
    headline(report, accepted.length),
    ...budgetBanner(report),
    ...unknownRegionsBanner(unknownRegions(report)),
    ...kindsSection(report, accepted),
    ...errorSection(report, where),
    ...acceptedSection(accepted, where.items, many),
    ...actedSection(report, acted, racedAway, where.items, many),
    ...allowedSection(allowed, where.items, options.links, many, options.now ?? new Date(report.generatedAt)),
    ...ignoredSection(ignored, where.items, many),
    // After the items: with hundreds of accounts this is the longest part, and the least acted on.
    ...accountsSection(report, where),
    '',
    ...timingsLine(report),
    footer(report, reportWritten),
  ];
  return sections.join('\n');
}

function scopeTitle(report: RunReport): string {
  const only = report.accounts.length === 1 ? report.accounts[0] : undefined;
  if (only !== undefined) return `account ${code(only.account)}`;
  if (report.accounts.length === 0 && organizationUnlisted(report.errors)) return "no account checked: the organization's accounts could not be listed";
  // Every one guarded and none read (their roles refused): not "N accounts" as if they were checked.
  if (report.accounts.length > 1 && noAccountRead(report)) return `no account checked: none of the ${report.accounts.length} accounts could be read`;
  return `${report.accounts.length} accounts`;
}

function headlineIcon(report: RunReport): string {
  if (report.failures.length > 0) return '❌';
  return report.mode === 'enforce' ? '🛡️' : '🔍';
}

/** `acceptedCount`: the items acceptedAgainstPolicy selects, as the section below lists them. */
function headline(report: RunReport, acceptedCount: number): string {
  const c = report.counts;
  const accepted = acceptedCount ? ` · ${acceptedCount} accepted against the policy` : '';
  // What else fails the step is said in the headline too: items held by a tripped budget, parts not read.
  const held = c['held-by-budget'] ? ` · ${c['held-by-budget']} held by the budget` : '';
  // Counted as the Not read section, summary-json and the alert's title count them: an account outside the pin is one.
  const notRead = notReadCount(report);
  const unread = notRead ? ` · ${notRead} ${notRead === 1 ? 'part' : 'parts'} not read` : '';
  if (report.mode === 'enforce') {
    return `**${c.rejected} rejected · ${c.declined} declined · ${c['already-handled']} no longer pending${accepted} · ${c.failed} failed${held}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored.`;
  }
  return `**Dry run: would reject ${c['would-reject']} · would decline ${c['would-decline']}${accepted}${unread}** — ${c.allowed} allowed, ${c.ignored} ignored. Nothing was written.`;
}

/**
 * What was read, and only that (a part that failed is never counted as swept); where the JSON report
 * is; the run; when the report was made. The report's path is the runner's, gone with it: the
 * footer names the output a workflow keeps it by instead, or, when it could not be written
 * (`reportWritten` false: the output is empty), says so.
 */
export function footer(report: RunReport, reportWritten = true): string {
  const pairs = report.accounts.reduce((n, a) => n + a.regions.swept.length, 0);
  const one = report.accounts.length === 1 ? report.accounts[0] : undefined;
  // No account guarded: the organization's accounts could not be listed (no kind was read, governed
  // or not: NOT read), or every one was left out by choice (nothing was to be read: none guarded).
  const none = report.accounts.length === 0;
  const unguarded = none && notReadCount(report) === 0;
  const notRead = unguarded ? 'not read' : 'NOT read';
  // Counts only: one account's regions are listed above the footer (regionLines), many accounts' in their table.
  const unit = one !== undefined ? 'region' : 'account-region';
  const regions = none ? `IoT ${notRead}` : `IoT swept in ${regionCount(pairs, unit)}`;
  const swept = report.accounts.filter((a) => a.handshakes === 'swept').length;
  const failed = report.accounts.filter((a) => a.handshakes === 'failed' || a.handshakes === 'not-read').length;
  // From the policy (the report's kinds), not the accounts: with none guarded, none says the policy governs them.
  const governed = report.kinds?.handshake?.governed ?? report.accounts.some((a) => a.handshakes !== 'not-governed');
  const handshakes = !governed
    ? 'handshakes not governed'
    : none
      ? `handshakes ${notRead}`
      : one !== undefined
        ? one.handshakes === 'swept' ? 'handshakes swept' : one.handshakes === 'other-shard' ? 'handshakes read by another shard' : 'handshakes NOT read'
        : `handshakes swept in ${swept} of ${report.accounts.length} accounts${failed ? ` (${failed} not read)` : ''}`;
  const read = report.accounts.filter((a) => a.read === 'complete').length;
  const accounts = none ? (unguarded ? ' · no account guarded (every one left out by choice)' : ' · no account read') : one !== undefined ? '' : ` · ${read} of ${report.accounts.length} accounts read completely`;
  const others = KINDS.filter((kind) => kind.scope === 'regional' && kind.name !== 'certificate-transfer' && report.kinds?.[kind.name] !== undefined).map((kind) => {
    const name = kind.footerName ?? kind.label;
    if (report.kinds?.[kind.name]?.governed !== true) return `${name} not governed`;
    if (none) return `${name} ${notRead}`;
    const n = report.accounts.reduce((sum, a) => sum + (a.kinds?.[kind.name]?.regions?.swept.length ?? 0), 0);
    return `${name} swept in ${regionCount(n, unit)}`;
  });
  const run = report.run === undefined ? '' : ` · ${runLink(report.run, 'run')}`;
  return `<sub>Policy ${code(report.policy.path)}${accounts} · ${regions} · ${handshakes}${others.map((o) => ` · ${o}`).join('')} · JSON report: ${reportWritten ? reportFileOutput() : 'not written (see the step\'s failures)'}${run} · finished ${utcTime(report.generatedAt)}</sub>`;
}

/** How long each phase took: where the time of a slow run went. */
function timingsLine(report: RunReport): string[] {
  const t = report.timings;
  if (t === undefined) return [];
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [`<sub>Took ${s(t.inventoryMs + t.decideMs + t.actMs)}: inventory ${s(t.inventoryMs)} · decide ${s(t.decideMs)} · ${report.mode === 'enforce' ? 'act' : 'act (preview)'} ${s(t.actMs)}</sub>`, ''];
}

import { describe, expect, it } from 'vitest';
import { countPlanned, resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import type { Budget, ItemResult, Outcome } from '../src/act/types.js';
import { decide } from '../src/decide/decide.js';
import type { Decision } from '../src/decide/types.js';
import { acceptedAfterListing, acceptedAfterListingDetail, acceptedBeforeRunDetail, acceptedNotAllowed, iotEntryLapsed, MAX_REASON_LENGTH, organizationsEntryLapsed, organizationsEntryTypeExcluded, SHOWN_MAX_LENGTH } from '../src/decide/reasons.js';
import { HANDSHAKE_TYPES } from '../src/model/items.js';
import { kindNamed } from '../src/kinds/registry.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { allowEntryCounts, renderPolicyCheck, renderPolicyIssues, renderPolicyRules } from '../src/report/policy-summary.js';
import { footer, renderRunSummary } from '../src/report/run-summary.js';
import { FOLD_ACCOUNTS_OVER } from '../src/report/run-summary-accounts.js';
import { MAX_NAMED_OMITTED, MAX_ROWS } from '../src/report/run-summary-cut.js';
import { renderRunError } from '../src/report/run-error.js';
import { summaryJson, UNKNOWN_ID } from '../src/report/summary-json.js';
import { isAwsIdForm } from '../src/model/aws-id.js';
import { countOutputs } from '../src/report/outputs.js';
import { Outputs } from '../src/constants.js';
import type { AccountInventory } from '../src/run/account-inventory.js';
import { coverages } from '../src/run/kind-coverage.js';
import { buildRunReport, withRunContext } from '../src/run/run-report.js';
import { countOutcomes } from '../src/run/report-counts.js';
import { notReadCount } from '../src/run/report-errors.js';
import { publishedFailures, reportFailures, stepFailures, type FailuresListedIn } from '../src/report/failure-reasons.js';
import type { RunReport } from '../src/run/report-types.js';
import { alertFacts } from '../src/alert/alert-facts.js';
import { renderAlertTitle } from '../src/alert/render-alert.js';
import type { SweepError } from '../src/sweep/events.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation, THIS_ACCOUNT as ME } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakeCoverage, oneAccountReport } from './helpers/report.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const hex = (n: number) => n.toString(16).padStart(64, '0');
const policy = buildPolicy({ iotAllow: [{ sourceAccount: '111122223333', note: 'factory' }], organizationsAllow: [{ organization: 'o-exampleorgid11' }] });

function reportOf(decisions: readonly Decision[], mode: RunReport['mode'], outcome: (d: Decision) => Outcome, options: { budget?: Partial<Budget>; errors?: readonly SweepError[] } = {}): RunReport {
  const results: ItemResult[] = decisions.map((decision) => ({ decision, outcome: outcome(decision) }));
  const planned = decisions.filter((d) => d.action === 'reject' || d.action === 'decline').length;
  return oneAccountReport({
    mode,
    generatedAt: NOW.toISOString(),
    policyPath: policy.path,
    budget: { limit: 10, source: 'default', planned, tripped: false, ...options.budget },
    results,
    errors: options.errors ?? [],
  });
}

const enforced = (d: Decision): Outcome => (d.action === 'reject' ? 'rejected' : d.action === 'decline' ? 'declined' : d.action === 'allow' ? 'allowed' : 'ignored');
const previewed = (d: Decision): Outcome => (d.action === 'reject' ? 'would-reject' : d.action === 'decline' ? 'would-decline' : d.action === 'allow' ? 'allowed' : 'ignored');

describe('renderRunSummary', () => {
  const items = [
    certificateTransfer({ certificateId: hex(1), sourceAccount: '111122223333', region: 'us-east-1' }),
    certificateTransfer({ certificateId: hex(2), sourceAccount: '999988887777', region: 'us-east-1', transferMessage: '<img src=x> @octocat [x](https://evil.example)' }),
    certificateTransfer({ certificateId: hex(3), direction: 'outgoing', targetAccount: '888899990000', region: 'us-east-1' }),
    handshake({ id: 'h-aaaaaaaa01', organizationId: 'o-exampleorgid11' }),
    handshake({ id: 'h-aaaaaaaa02', organizationId: 'o-strangerorg01', notes: '::add-mask:: | pwned |' }),
  ];
  const decisions = decide(items, policy, NOW);

  it('leads with the counts of an enforce run and lists each section', () => {
    const md = renderRunSummary(reportOf(decisions, 'enforce', enforced));
    expect(md.split('\n')[0]).toBe('## 🛡️ inbound-guard · enforce · account <code>210987654321</code>');
    expect(md).toContain('**1 rejected · 1 declined · 0 no longer pending · 0 failed** — 2 allowed, 1 ignored.');
    expect(md).toContain('### Acted on (2)');
    expect(md).toContain('### Allowed by the policy (2)');
    expect(md).toContain('Ignored: not ours to judge (1)');
    expect(md).toContain('Budget: 2 of 10 actions (the default).');
  });

  // The acted output counts the writes AWS accepted: the heading's count must not say more was done.
  it.each<[string, (d: Decision) => Outcome, string]>([
    ['every one written', enforced, '### Acted on (2)'],
    ['a write failed', (d) => (d.item.kind === 'handshake' && d.action === 'decline' ? 'failed' : enforced(d)), '### Acted on: 1 of 2 (1 failed)'],
    ['a write failed, another no longer pending', (d) => (d.action === 'decline' ? 'failed' : d.action === 'reject' ? 'already-handled' : enforced(d)), '### Acted on: 0 of 2 (1 failed, 1 no longer pending)'],
  ])('Acted on counts what the acted output counts: %s', (_case, outcome, heading) => {
    const report = reportOf(decisions, 'enforce', outcome);
    const md = renderRunSummary(report);
    expect(md.split('\n').find((l) => l.startsWith('### Acted on'))).toBe(heading);
    const acted = countOutputs(report)[Outputs.Acted];
    expect(heading).toMatch(new RegExp(`^### Acted on(: ${acted} of \\d+ | \\(${acted}\\))`));
  });

  it('a dry-run over its budget says the budget would trip: nothing tripped, and nothing was held', () => {
    const report = reportOf(decisions, 'dry-run', previewed, { budget: { limit: 1, source: 'input', tripped: true } });
    const md = renderRunSummary(report);
    expect(md).not.toContain('Budget tripped');
    expect(md).toContain('> **The budget would trip: 2 items call for action, more than the budget of 1 (the max-actions input).** An enforce run would write nothing and fail.');
    expect(renderRunSummary({ ...report, budget: { ...report.budget, planned: 1, limit: 0 } })).toContain('> **The budget would trip: 1 item calls for action, more than the budget of 0 (the max-actions input).**');
    // A merged dry-run whose shards' report does not say which tripped: the same conditional.
    const merged = renderRunSummary({ ...report, budget: { ...report.budget, limit: 0, share: { runLimit: 10, shards: 20 } } });
    expect(merged).toContain('> **The budget would trip in at least one shard: 2 items call for action in all shards together; the budget of 10 (the max-actions input) is split over 20 shards, 0 each.** In enforce, a shard that trips writes nothing and fails.');
    expect(renderAlertTitle(alertFacts({ kind: 'report', report }, NOW))).toContain('budget would trip');
  });

  // A row a person must see is never the one cut: failures come first in the acted table.
  it('a failed write is shown even when the acted table is cut, and the headline says what else fails the step', () => {
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, n) => certificateTransfer({ certificateId: hex(100 + n), sourceAccount: '999988887777', region: 'us-east-1' }));
    const decisions = decide(many, policy, NOW);
    const last = decisions.at(-1)!;
    const errors: SweepError[] = [{ service: 'iot', account: ME, region: 'eu-west-1', message: 'InternalFailure' }];
    const md = renderRunSummary(reportOf(decisions, 'enforce', (d) => (d === last ? 'failed' : d === decisions[0] ? 'held-by-budget' : 'rejected'), { errors, budget: { limit: 1000 } }));
    const acted = md.slice(md.indexOf('### Acted on'));
    expect(acted).toContain(hex(100 + MAX_ROWS + 4).slice(0, 12));
    // The rows cut are in the report: the line names it as the footer does, by the output a workflow
    // keeps it by, not by its path on the runner (gone with it by the time anyone reads this).
    const kept = "the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)";
    expect(acted).toContain(`more, not shown here: see the JSON report, ${kept}._`);
    expect(md.split('\n').at(-1)).toContain(`JSON report: ${kept}`);
    expect(acted.indexOf('failed')).toBeLessThan(acted.indexOf('rejected'));
    expect(md).toContain(' · 1 failed · 1 held by the budget · 1 part not read**');
    // The kind some part of which was not read does not look like a clean count.
    expect(md).toMatch(/\| IoT certificate transfers \| .* · ⚠️ not read in 1 account \(see Not read\) \|/);
    expect(md).not.toMatch(/\| Organizations handshakes \| [^\n]*not read in/);
  });

  it('shows every item by its whole id, able to wrap: the acted, allowed and ignored rows alike', () => {
    const md = renderRunSummary(reportOf(decisions, 'enforce', enforced));
    const whole = (id: string) => `<code>${(id.match(/.{16}/g) ?? []).join('<wbr>')}</code>`;
    for (const n of [1, 2, 3]) expect(md).toMatch(new RegExp(`^\\| IoT certificate transfer \\| ${whole(hex(n))} \\|`, 'm'));
    expect(md).toContain('| <code>h&#45;aaaaaaaa02</code> |');
    expect(md).not.toContain('…</code>');
  });

  it('says a dry run wrote nothing', () => {
    const md = renderRunSummary(reportOf(decisions, 'dry-run', previewed));
    expect(md.split('\n')[0]).toBe('## 🔍 inbound-guard · dry-run · account <code>210987654321</code>');
    expect(md).toContain('Dry run: would reject 1 · would decline 1');
    expect(md).toContain('Nothing was written.');
    expect(md).toContain('### To act on (2)');
  });

  it('cites the allow entry by line, linked at the commit when the repository is known', () => {
    const md = renderRunSummary(reportOf(decisions, 'enforce', enforced), {
      links: { serverUrl: 'https://github.com', repository: 'acme/guard', sha: 'abc123', policyPath: '.github/inbound-guard.yml' },
    });
    const line = policy.iot.allow[0]!.position.line;
    expect(md).toContain(`[iot.allow[0] (line ${line})](https://github.com/acme/guard/blob/abc123/.github/inbound-guard.yml#L${line})`);
    expect(md).toContain('factory');
  });

  it('keeps sender-written text inert', () => {
    const md = renderRunSummary(reportOf(decisions, 'enforce', enforced));
    for (const raw of ['<img', '@octocat', '](https://evil', '| pwned |', '::add-mask::']) expect(md).not.toContain(raw);
  });

  it(`caps each table at ${MAX_ROWS} rows and says how many were left out`, () => {
    const many = Array.from({ length: 130 }, (_, i) => certificateTransfer({ certificateId: hex(1000 + i), sourceAccount: '999988887777' }));
    const md = renderRunSummary(reportOf(decide(many, policy, NOW), 'enforce', enforced));
    const rows = md.split('\n').filter((l) => l.startsWith('| IoT certificate transfer |'));
    expect(rows).toHaveLength(MAX_ROWS);
    expect(md).toContain(`…and ${130 - MAX_ROWS} more, not shown here: see the JSON report`);
  });

  it('shows a tripped budget loudly, and the step fails for it', () => {
    const report = reportOf(decisions, 'enforce', (d) => (d.action === 'reject' || d.action === 'decline' ? 'held-by-budget' : enforced(d)), { budget: { limit: 1, source: 'input', tripped: true } });
    const md = renderRunSummary(report);
    expect(md.split('\n')[0]).toBe('## ❌ inbound-guard · enforce · account <code>210987654321</code>');
    expect(md).toContain('Budget tripped: 2 items call for action, the budget is 1 (the max-actions input).');
    expect(md).toContain('Nothing was written.');
    // Held, not acted on: the heading says what the run did.
    expect(md).toContain('### To act on (2)');
    expect(report.failures[0]).toMatch(/more than the budget of 1 \(the max-actions input\); nothing was written/);
  });

  it('names the parts of the account that could not be read', () => {
    const report = reportOf(decisions, 'enforce', enforced, { errors: [{ service: 'iot', region: 'eu-west-1', message: 'AccessDeniedException: <b>no</b>' }] });
    const md = renderRunSummary(report);
    expect(md).toContain('Not read (1)');
    expect(md).not.toContain('<b>');
    expect(md.split('\n')[0]).toBe('## ❌ inbound-guard · enforce · account <code>210987654321</code>');
  });

  it("shows a hint whole when it is one with the caller's ARN in it (run/targets-hint.ts: over 400 characters)", () => {
    const hint = `These credentials are account 400000000011 (arn${'x'.repeat(100)}); ${'only the management account may list it, '.repeat(8)}the end.`;
    const report = reportOf(decisions, 'enforce', enforced, { errors: [{ service: 'iot', region: 'eu-west-1', message: 'AccessDeniedException: no', hint }] });
    expect(hint.length).toBeGreaterThan(400);
    expect(renderRunSummary(report)).toContain('may list it, the end.');
  });
});

/** Under `regions: all`, what an account of the organization demo sweeps: 16 regions, ap-northeast-3 skipped. */
const ENABLED = ['ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-north-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'sa-east-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'];
const NOT_OFFERED = { region: 'ap-northeast-3', reason: 'AWS IoT Core is not offered in this region' };
const memberId = (n: number) => String(400000000000 + n);

/**
 * An enforce run over `count` member accounts, each with a transfer to reject in us-east-1. `partial`:
 * accounts whose IoT could not be read in eu-west-1; `unreached`: accounts whose role could not be assumed.
 */
function organizationReport(count: number, options: { partial?: readonly string[]; unreached?: readonly string[]; extra?: Readonly<Record<string, readonly string[]>>; extraSkips?: Readonly<Record<string, readonly { region: string; reason: string }[]>> } = {}): RunReport {
  const accounts: AccountInventory[] = Array.from({ length: count }, (_, n) => {
    const account = memberId(n);
    const target = { account, via: 'organization' as const, roleArn: `arn:aws:iam::${account}:role/inbound-guard` };
    if (options.unreached?.includes(account)) {
      const coverage = iotAndHandshakeCoverage({ selection: 'all', swept: [], skipped: [], failed: [] }, 'not-read');
      const kinds = { ...coverage, 'certificate-transfer': { ...coverage['certificate-transfer'], state: 'not-read' as const } };
      return { target, kinds, items: [], errors: [{ service: 'sts', account, message: 'AccessDenied: not authorized to perform sts:AssumeRole' }] };
    }
    const failed = options.partial?.includes(account) ? ['eu-west-1'] : [];
    const swept = [...ENABLED, ...(options.extra?.[account] ?? [])].filter((r) => !failed.includes(r)).sort();
    const items = [certificateTransfer({ account, certificateId: hex(5000 + n), sourceAccount: '999988887777', region: 'us-east-1' })];
    const errors: SweepError[] = failed.map((region) => ({ service: 'iot', account, region, message: 'InternalFailure' }));
    const coverage = iotAndHandshakeCoverage({ selection: 'all', swept, skipped: [NOT_OFFERED, ...(options.extraSkips?.[account] ?? [])], failed }, 'swept');
    return { target, kinds: { ...coverage, 'certificate-transfer': { ...coverage['certificate-transfer'], state: failed.length ? 'failed' : 'swept' } }, items, errors };
  });
  const decisions = decide(accounts.flatMap((a) => a.items), policy, NOW);
  return buildRunReport({
    mode: 'enforce',
    toolVersion: '0.0.0-test',
    generatedAt: NOW.toISOString(),
    callerAccount: memberId(0),
    policy: { path: policy.path, digest: '0'.repeat(64) },
    accounts,
    governed: ['certificate-transfer', 'handshake'],
    skippedAccounts: [],
    globalErrors: [],
    budget: { limit: 1000, source: 'input', planned: decisions.length, tripped: false },
    results: decisions.map((decision) => ({ decision, outcome: enforced(decision) })),
  });
}

/**
 * The kinds table's rows as the reader adds them up: per kind title, the sum of every count column
 * (To act and what stands beside it: all but the Kind, the Policy and the Done or Would do cell, which
 * says what became of those to act on) and the kind's items in the report.
 */
function kindRowSums(md: string, report: RunReport): { kind: string; columns: number; items: number }[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Kind | Policy |'));
  const headers = (lines[start] ?? '').slice(2, -2).split(' | ');
  const rows = lines.slice(start + 2).filter((_, n, all) => all.slice(0, n + 1).every((l) => l.startsWith('| ')));
  const summed = headers.flatMap((h, n) => (['Kind', 'Policy', 'Done', 'Would do'].includes(h) ? [] : [n]));
  return rows.map((row) => {
    const cells = row.slice(2, -2).split(' | ');
    const kind = cells[0] ?? '';
    const columns = summed.reduce((sum, n) => sum + Number(/\d+/.exec(cells[n] ?? '')?.[0] ?? 0), 0);
    const items = report.items.filter((i) => kindNamed(i.item.kind).title === kind).length;
    return { kind, columns, items };
  });
}

/** The Markdown table rows (not the header or its rule) of the first table after `from`, up to `to`. */
function rowsBetween(md: string, from: string, to?: string): string[] {
  const start = md.indexOf(from);
  const part = md.slice(start, to === undefined ? undefined : md.indexOf(to, start));
  return part.split('\n').filter((l) => l.startsWith('| <code>'));
}

describe('parts not read: one count in the headline, the Not read heading, summary-json and the alert title', () => {
  it.each([
    ['accounts outside the pin alone', 0, 3],
    ['errors alone', 2, 0],
    ['both', 1, 1],
  ])('%s', (_case, errorCount, outsideCount) => {
    const errors: SweepError[] = Array.from({ length: errorCount }, (_, i) => ({ service: 'iot', account: ME, region: `xx-test-${i}`, message: 'InternalFailure' }));
    const outside = Array.from({ length: outsideCount }, (_, i) => ({ account: String(700000000010 + i), reason: "not in the policy's accounts pin", fails: true }));
    // Left out by choice: not a part not read.
    const excluded = { account: '700000000099', reason: 'excluded by targets.exclude', fails: false };
    const report = { ...reportOf([], 'dry-run', previewed, { errors }), skippedAccounts: [...outside, excluded] };
    const n = errorCount + outsideCount;
    const md = renderRunSummary(report);
    expect(md.split('\n').find((l) => l.startsWith('**'))).toBe(`**Dry run: would reject 0 · would decline 0 · ${n} ${n === 1 ? 'part' : 'parts'} not read** — 0 allowed, 0 ignored. Nothing was written.`);
    expect(md).toContain(`### ⚠️ Not read (${n})`);
    expect(summaryJson(report).notRead).toBe(n);
    expect(notReadCount(report)).toBe(n);
    expect(renderAlertTitle(alertFacts({ kind: 'report', report }, NOW))).toContain(`${n} ${n === 1 ? 'part' : 'parts'} not read`);
  });
});

describe("an organization run's summary", () => {
  it('shows what was acted on before the accounts, and what was not read before both', () => {
    const md = renderRunSummary(organizationReport(5, { partial: [memberId(3)] }));
    const at = (heading: string) => md.indexOf(heading);
    expect(at('### ⚠️ Not read (1)')).toBeGreaterThan(0);
    expect(at('### ⚠️ Not read (1)')).toBeLessThan(at('### Acted on (5)'));
    expect(at('### Acted on (5)')).toBeLessThan(at('### Allowed by the policy (0)'));
    expect(at('### Allowed by the policy (0)')).toBeLessThan(at('### Accounts (5)'));
  });

  it('counts the regions in each row, and lists the ones every account swept once', () => {
    const md = renderRunSummary(organizationReport(5, { partial: [memberId(3)], extra: { [memberId(4)]: ['ap-east-1'] } }));
    const accounts = md.slice(md.indexOf('### Accounts (5)'));
    // eu-west-1, in every account's scope, could not be read in one: the fold says so, folded or not.
    expect(accounts).toContain("<details><summary>IoT regions in every account's scope (16; 1 not read in some accounts)</summary>");
    expect(accounts).toContain('<code>eu&#45;west&#45;1</code> (❌ not read in 1 account)');
    // Each region is named once in the whole section, not in every row.
    expect(accounts.split('<code>ap&#45;northeast&#45;1</code>')).toHaveLength(2);
    const rows = rowsBetween(md, '### Accounts (5)');
    expect(rows).toHaveLength(5);
    expect(rows.find((r) => r.startsWith(`| <code>${memberId(0)}</code>`))).toContain('| 16 regions |');
    // Named in a row: what the account swept besides the common ones, what failed, what was skipped and why.
    expect(rows.find((r) => r.startsWith(`| <code>${memberId(4)}</code>`))).toContain('| 17 regions (+ <code>ap&#45;east&#45;1</code>) |');
    expect(rows.find((r) => r.startsWith(`| <code>${memberId(3)}</code>`))).toContain('| 15 regions · ❌ <code>eu&#45;west&#45;1</code> not read |');
    // A skip every account shares is said once, above the table, not in each row.
    expect(accounts).toContain('Skipped in every account whose regions were read: <code>ap&#45;northeast&#45;3</code> (AWS IoT Core is not offered in this region).');
    expect(accounts.split('ap&#45;northeast&#45;3')).toHaveLength(2);
    for (const row of rows) expect(row).toContain('| — | 1 | 0 |');
    expect(md.length).toBeLessThan(20_000);
  });

  it("a region in every account's scope that most could not read (an opt-in region not enabled) is not listed as read everywhere", () => {
    const six = [0, 1, 2, 3, 4, 5].map(memberId);
    const report = organizationReport(6, { extra: Object.fromEntries(six.map((id) => [id, ['ap-east-1']])) });
    // ap-east-1 could not be read in four of the six accounts.
    const accounts = report.accounts.map((a, n) => {
      if (n >= 4) return a;
      const regions = { ...a.regions, swept: a.regions.swept.filter((r) => r !== 'ap-east-1'), failed: ['ap-east-1'] };
      return { ...a, read: 'partial' as const, regions, kinds: { ...a.kinds, 'certificate-transfer': { state: 'failed' as const, regions } } };
    });
    const md = renderRunSummary({ ...report, accounts });
    expect(md).toContain("<details><summary>IoT regions in every account's scope (17; 1 not read in some accounts)</summary>");
    expect(md).toContain('<code>ap&#45;east&#45;1</code> (❌ not read in 4 accounts)');
    expect(md).not.toContain('common to every account');
    const rows = rowsBetween(md, '### Accounts (6)');
    expect(rows.filter((r) => r.includes('| 16 regions · ❌ <code>ap&#45;east&#45;1</code> not read |'))).toHaveLength(4);
    expect(rows.filter((r) => r.includes('| 17 regions |'))).toHaveLength(2);
  });

  it("an account whose role was refused read none of the regions in every account's scope: the fold says so once, and marks only the regions that failed", () => {
    const md = renderRunSummary(organizationReport(5, { partial: [memberId(3)], unreached: [memberId(1)] }));
    const accounts = md.slice(md.indexOf('### Accounts (5)'));
    expect(accounts).toContain("<details><summary>IoT regions in every account's scope (16; none read in 1 account; 1 not read in some accounts)</summary>");
    expect(accounts).toContain('❌ None of these was read in 1 account, which read no region at all (1 whose role could not be used): see Not read, above.');
    // Not sixteen marks that say the one account again: only eu-west-1, which failed in the account read in part.
    expect(accounts).toContain('<code>eu&#45;west&#45;1</code> (❌ not read in 1 account)');
    expect(accounts.match(/\(❌ not read in \d accounts?\)/g)).toHaveLength(1);
    expect(rowsBetween(md, '### Accounts (5)')[0]).toContain(`| <code>${memberId(1)}</code> | organization | ❌ not read |`);
  });

  it("an account whose region list was not read (regions: all) is said once in the fold too: it read none of them", () => {
    const report = organizationReport(3);
    const blind = memberId(2);
    const none = { selection: 'all' as const, swept: [], skipped: [], failed: [] };
    const accounts = report.accounts.map((a) => (a.account !== blind ? a : { ...a, read: 'partial' as const, regions: none, kinds: { ...a.kinds, 'certificate-transfer': { state: 'failed' as const, regions: none } } }));
    const md = renderRunSummary({ ...report, accounts, errors: [{ service: 'account', account: blind, message: 'ListRegions: AccessDeniedException' }] });
    expect(md).toContain("<details><summary>IoT regions in every account's scope (16; none read in 1 account)</summary>");
    expect(md).toContain('❌ None of these was read in 1 account, which read no region at all (1 whose region list was not read): see Not read, above.');
    expect(md).not.toContain('(❌ not read in');
    expect(rowsBetween(md, '### Accounts (3)').find((r) => r.startsWith(`| <code>${blind}</code>`))).toContain('| ❌ region list not read |');
    // It read nothing, so it skipped nothing: the skip every account whose regions were read shares is still said once, not in each row.
    const section = md.slice(md.indexOf('### Accounts (3)'));
    expect(section).toContain('Skipped in every account whose regions were read: <code>ap&#45;northeast&#45;3</code> (AWS IoT Core is not offered in this region).');
    expect(section.split('ap&#45;northeast&#45;3')).toHaveLength(2);
  });

  it('both kinds of account that read no region, with a region that failed elsewhere: one line counts each', () => {
    const report = organizationReport(5, { partial: [memberId(3)], unreached: [memberId(1)] });
    const blind = memberId(2);
    const none = { selection: 'all' as const, swept: [], skipped: [], failed: [] };
    const accounts = report.accounts.map((a) => (a.account !== blind ? a : { ...a, read: 'partial' as const, regions: none, kinds: { ...a.kinds, 'certificate-transfer': { state: 'failed' as const, regions: none } } }));
    const md = renderRunSummary({ ...report, accounts });
    expect(md).toContain("<details><summary>IoT regions in every account's scope (16; none read in 2 accounts; 1 not read in some accounts)</summary>");
    expect(md).toContain('❌ None of these was read in 2 accounts, which read no region at all (1 whose role could not be used and 1 whose region list was not read): see Not read, above.');
  });

  it('a skip only some accounts have stays in their rows; one every account whose regions were read has is said once', () => {
    const optIn = { region: 'af-south-1', reason: 'opt-in region not enabled for this account' };
    const md = renderRunSummary(organizationReport(4, { unreached: [memberId(1)], extraSkips: { [memberId(2)]: [optIn] } }));
    const accounts = md.slice(md.indexOf('### Accounts (4)'));
    // The account not reached skipped nothing, and does not stop the others' shared skip from being said once.
    expect(accounts).toContain('Skipped in every account whose regions were read: <code>ap&#45;northeast&#45;3</code>');
    const rows = rowsBetween(md, '### Accounts (4)');
    expect(rows.find((r) => r.startsWith(`| <code>${memberId(2)}</code>`))).toContain('| <code>af&#45;south&#45;1</code> (opt&#45;in region not enabled for this account) |');
    expect(rows.find((r) => r.startsWith(`| <code>${memberId(3)}</code>`))).toContain('| — |');
    expect(accounts).not.toMatch(/Skipped in every account whose regions were read: [^\n]*af&#45;south&#45;1/);
  });

  it('no shared skip is claimed when an account reached skipped nothing', () => {
    const report = organizationReport(3);
    const first = report.accounts[0];
    if (first === undefined) throw new Error('no account');
    const bare = { ...first, regions: { ...first.regions, skipped: [] } };
    const md = renderRunSummary({ ...report, accounts: [bare, ...report.accounts.slice(1)] });
    expect(md).not.toContain('Skipped in every account');
    const rows = rowsBetween(md, '### Accounts (3)');
    expect(rows.filter((r) => r.includes('ap&#45;northeast&#45;3'))).toHaveLength(2);
  });

  it('leads the accounts table with the accounts not read completely', () => {
    const md = renderRunSummary(organizationReport(5, { partial: [memberId(4)], unreached: [memberId(2)] }));
    const rows = rowsBetween(md, '### Accounts (5)');
    expect(rows.map((r) => r.slice(8, 20))).toEqual([memberId(2), memberId(4), memberId(0), memberId(1), memberId(3)]);
    expect(rows[0]).toContain('| ❌ not read | ❌ not read | ❌ not read |');
    expect(md).not.toContain('accounts read completely</summary>');
  });

  it(`past ${FOLD_ACCOUNTS_OVER} accounts, folds those read completely behind their count and keeps the others in sight`, () => {
    const total = FOLD_ACCOUNTS_OVER + 2;
    const md = renderRunSummary(organizationReport(total, { partial: [memberId(7)] }));
    const fold = `<details><summary>${total - 1} of ${total} accounts read completely</summary>`;
    expect(md).toContain(`**1 of ${total} accounts not read completely**`);
    expect(md).toContain(fold);
    const outside = rowsBetween(md, '### Accounts', fold);
    expect(outside).toHaveLength(1);
    expect(outside[0]).toContain(`<code>${memberId(7)}</code> | organization | ⚠️ partial |`);
    expect(rowsBetween(md, fold, '</details>')).toHaveLength(total - 1);
  });

  it('folds a table even when every account was read completely; keeps each table to its row cap', () => {
    const total = MAX_ROWS + 12;
    const partial = Array.from({ length: MAX_ROWS + 2 }, (_, n) => memberId(n + 10));
    const md = renderRunSummary(organizationReport(total, { partial }));
    const fold = `<details><summary>10 of ${total} accounts read completely</summary>`;
    expect(rowsBetween(md, '### Accounts', fold)).toHaveLength(MAX_ROWS);
    // The accounts not read that the table cut are named, not only counted.
    expect(md.slice(md.indexOf('### Accounts'), md.indexOf(fold))).toContain(`_…and 2 more not read completely:_ <code>${memberId(MAX_ROWS + 10)}</code> <code>${memberId(MAX_ROWS + 11)}</code>`);
    expect(rowsBetween(md, fold, '</details>')).toHaveLength(10);
    const clean = renderRunSummary(organizationReport(FOLD_ACCOUNTS_OVER + 1));
    expect(clean).toContain(`<details><summary>${FOLD_ACCOUNTS_OVER + 1} of ${FOLD_ACCOUNTS_OVER + 1} accounts read completely</summary>`);
    expect(clean).not.toContain('not read completely');
  });

  it('a cut table of accounts not read leads with those nothing was read of, and names every one it cut', () => {
    // 55 read in part (ids 0-54), then 5 not reached (55-59), then 10 read completely: 60 not read completely, one more than fits twice over.
    const partial = Array.from({ length: 55 }, (_, n) => memberId(n));
    const unreached = Array.from({ length: 5 }, (_, n) => memberId(55 + n));
    const md = renderRunSummary(organizationReport(70, { partial, unreached }));
    const section = md.slice(md.indexOf('### Accounts (70)'));
    const rows = rowsBetween(section, '**60 of 70 accounts not read completely**', '<details><summary>10 of 70');
    expect(rows).toHaveLength(MAX_ROWS);
    // Nothing was read of the five not reached: they lead the table.
    expect(rows.slice(0, 5).map((r) => r.slice(0, r.indexOf('</code>') + 7))).toEqual(unreached.map((id) => `| <code>${id}</code>`));
    // The ten read in part that the table cut are named after it.
    for (const id of partial.slice(45)) expect(section).toContain(`<code>${id}</code>`);
    expect(section).toContain('_…and 10 more not read completely:_');
    // The Not read table leads with what stopped a whole account (its role not assumed), before regional failures.
    const notRead = rowsBetween(md, '### ⚠️ Not read', '### Acted on');
    expect(notRead).toHaveLength(MAX_ROWS);
    expect(notRead.slice(0, 5).map((r) => r.includes('<code>sts</code>'))).toEqual([true, true, true, true, true]);
    // Cut, it names where the rest is as every other cut table does: the output a workflow keeps the report by.
    expect(md.slice(md.indexOf('### ⚠️ Not read'), md.indexOf('### Acted on'))).toContain("_…and 10 more, not shown here: see the JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._");
  });

  it('a shard: a row counts the regions this shard read and how many it left to the others, which count as common', () => {
    const report = organizationReport(3);
    const shard = {
      ...report,
      shard: { index: 1, count: 4 },
      accounts: report.accounts.map((a, n) => {
        const mine = ENABLED.filter((_, i) => i % 4 === n % 4);
        const regions = { ...a.regions, swept: mine, otherShards: ENABLED.filter((r) => !mine.includes(r)) };
        return { ...a, regions, kinds: { ...a.kinds, 'certificate-transfer': { state: 'swept' as const, regions } } };
      }),
    };
    const md = renderRunSummary(shard);
    expect(md).toContain("<details><summary>IoT regions in every account's scope (16)</summary>");
    expect(rowsBetween(md, '### Accounts (3)').map((r) => r.split(' | ')[4])).toEqual(['4 regions · 12 read by other shards', '4 regions · 12 read by other shards', '4 regions · 12 read by other shards']);
  });

  it('a shard of one account: its share of the regions, and how many the other shards read', () => {
    const report = organizationReport(1);
    const mine = ENABLED.slice(0, 4);
    const shard = {
      ...report,
      shard: { index: 1, count: 4 },
      accounts: report.accounts.map((a) => {
        const regions = { ...a.regions, swept: mine, otherShards: ENABLED.slice(4) };
        return { ...a, regions, kinds: { ...a.kinds, 'certificate-transfer': { state: 'swept' as const, regions } } };
      }),
    };
    const md = renderRunSummary(shard);
    expect(md).toContain(`IoT regions swept (this shard's share): ${mine.map((r) => `<code>${r.replaceAll('-', '&#45;')}</code>`).join(', ')}; 12 regions more read by other shards.`);
    expect(md).not.toContain('every enabled region');
  });

  it('accounts with no region in common: each row names its own regions', () => {
    const report = organizationReport(2);
    const apart = report.accounts.map((a, n) => {
      const regions = { ...a.regions, swept: n === 0 ? ['eu-west-1'] : ['us-east-1'] };
      return { ...a, regions, kinds: { ...a.kinds, 'certificate-transfer': { state: 'swept' as const, regions } } };
    });
    const md = renderRunSummary({ ...report, accounts: apart });
    expect(md).not.toContain("regions in every account's scope");
    expect(rowsBetween(md, '### Accounts (2)').map((r) => r.split(' | ')[4])).toEqual(['1 region (<code>eu&#45;west&#45;1</code>)', '1 region (<code>us&#45;east&#45;1</code>)']);
  });

  it("an account whose region list could not be read says so, not 'none'", () => {
    const report = organizationReport(2);
    const [first, second] = report.accounts;
    if (first === undefined || second === undefined) throw new Error('two accounts');
    const regions = { ...second.regions, swept: [], skipped: [], failed: [] };
    const listless = { ...second, read: 'partial' as const, regions, kinds: { ...second.kinds, 'certificate-transfer': { state: 'failed' as const, regions } } };
    const md = renderRunSummary({ ...report, accounts: [first, listless] });
    expect(rowsBetween(md, '### Accounts (2)').find((r) => r.startsWith(`| <code>${second.account}</code>`))).toContain('| ❌ region list not read |');
  });

  it('stays far smaller than the list of every region in every row: 200 accounts', () => {
    const md = renderRunSummary(organizationReport(200, { partial: [memberId(150), memberId(199)] }));
    expect(md).toContain('**2 of 200 accounts not read completely**');
    expect(md).toContain('<details><summary>198 of 200 accounts read completely</summary>');
    expect(md.length).toBeLessThan(60_000);
  });
});

describe("the summary's footer", () => {
  const report = organizationReport(2);

  it('says when the report was made, in words, and where the JSON report is kept (the summary is not given its path on the runner)', () => {
    const md = renderRunSummary(report);
    const last = md.split('\n').at(-1)!;
    expect(last).toMatch(/^<sub>Policy .* · finished 2026-11-21 12:00:00 UTC<\/sub>$/);
    expect(last).toContain("JSON report: the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)");
    expect(last).not.toContain(NOW.toISOString());
  });

  it('a report that could not be written: the footer and the cut tables send no one to it', () => {
    const many = Array.from({ length: MAX_ROWS + 3 }, (_, i) => certificateTransfer({ certificateId: hex(2000 + i), sourceAccount: '999988887777' }));
    const errors: SweepError[] = Array.from({ length: MAX_ROWS + 2 }, (_, i) => ({ service: 'iot', account: ME, region: `xx-test-${i}`, message: `InternalFailure (request ${i})` }));
    const md = renderRunSummary(reportOf(decide(many, policy, NOW), 'enforce', enforced, { errors }), { reportWritten: false });
    expect(md.split('\n').at(-1)).toContain(" · JSON report: not written (see the step's failures) · ");
    expect(md).toContain("_…and 3 more, not shown here: the JSON report could not be written (see the step's failures); the log's Decisions group lists every item._");
    expect(md).toContain("_…and 2 more, not shown here: the JSON report could not be written (see the step's failures), which name each._");
    expect(md).not.toContain('report&#45;file');
    expect(footer(report, false)).not.toContain('report&#45;file');
  });

  it('links the run when the report knows it', () => {
    const run = { id: 42, attempt: 2, repository: 'acme/guard', url: 'https://github.com/acme/guard/actions/runs/42/attempts/2' };
    expect(footer(withRunContext(report, run))).toContain(' · [run](https://github.com/acme/guard/actions/runs/42/attempts/2) (run 42, attempt 2) · finished ');
    expect(footer(report)).not.toContain('](');
  });

  it('a time that is not one (a merged shard report says what it likes) is shown inert', () => {
    expect(footer({ ...report, generatedAt: '<img src=x> @octocat' })).toContain('finished &#60;img src&#61;x&#62; @\u200Boctocat</sub>');
  });

  it('one account: its regions are listed once above the footer, which counts them', () => {
    const md = renderRunSummary(oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), regions: ['eu-west-1', 'us-east-1'], budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results: [] }));
    expect(md.split('<code>eu&#45;west&#45;1</code>')).toHaveLength(2);
    expect(md).toContain('IoT regions swept (as listed): <code>eu&#45;west&#45;1</code>, <code>us&#45;east&#45;1</code>.');
    expect(md.split('\n').at(-1)).toContain(' · IoT swept in 2 regions · handshakes swept · ');
    expect(md).not.toContain('### Accounts');
  });

  it('names every kind it counts as a noun: RAM by its service, the security services\' kind by what is swept, not the adjective of its label', () => {
    const swept = (regions: readonly string[]) => ({ state: 'swept' as const, regions: { selection: 'list' as const, swept: [...regions], skipped: [], failed: [] } });
    const inventory = (security: 'swept' | 'not-governed'): AccountInventory => ({
      target: { account: ME, via: 'credentials' },
      kinds: coverages((kind) => (kind === 'handshake' ? { state: 'swept' } : kind === 'security-invitation' && security === 'not-governed' ? { state: 'not-governed' } : swept(kind === 'certificate-transfer' ? ['us-east-1'] : ['eu-west-1', 'us-east-1']))),
      items: [],
      errors: [],
    });
    const line = (security: 'swept' | 'not-governed') =>
      footer(buildRunReport({ mode: 'dry-run', toolVersion: 't', generatedAt: NOW.toISOString(), callerAccount: ME, policy: { path: 'p.yml', digest: '0'.repeat(64) }, accounts: [inventory(security)], governed: ['certificate-transfer', 'handshake', 'resource-share-invitation', ...(security === 'swept' ? ['security-invitation' as const] : [])], skippedAccounts: [], globalErrors: [], budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results: [] }));
    expect(line('swept')).toContain(' · IoT swept in 1 region · handshakes swept · RAM swept in 2 regions · security-service invitations swept in 2 regions · ');
    expect(line('not-governed')).toContain(' · RAM swept in 2 regions · security-service invitations not governed · ');
    expect(line('swept')).not.toContain('Security-service');
  });
});

describe('a handshake accepted before this run, from a sender the policy does not allow', () => {
  const accepted = handshake({ id: 'h-acceptedjoin01', state: 'ACCEPTED', organizationId: 'o-strangerorg01', managementAccountId: '246813579024', notes: '::add-mask:: | pwned |' });
  const items = [
    accepted,
    handshake({ id: 'h-aaaaaaaa02', organizationId: 'o-strangerorg01' }),
    handshake({ id: 'h-aaaaaaaa03', state: 'ACCEPTED', organizationId: 'o-exampleorgid11' }),
    handshake({ id: 'h-aaaaaaaa04', state: 'DECLINED', organizationId: 'o-strangerorg01' }),
  ];

  /** decide → act → report, as a run does; enforce with effects that succeed. */
  async function run(mode: 'dry-run' | 'enforce', maxActions = 10): Promise<RunReport> {
    const decisions = decide(items, policy, NOW);
    const budget = resolveBudget(maxActions, undefined, countPlanned(decisions));
    const results = mode === 'enforce'
      ? await executeDecisions(decisions, { mode, budget, policy, effects: { write: async () => undefined } })
      : await executeDecisions(decisions, { mode, budget, policy });
    return oneAccountReport({ mode, generatedAt: NOW.toISOString(), policyPath: policy.path, budget, results });
  }

  it.each(['dry-run', 'enforce'] as const)('%s: counted accepted-meanwhile, not planned, and the step fails for it', async (mode) => {
    const report = await run(mode);
    const item = report.items.find((i) => i.item.kind === 'handshake' && i.item.id === accepted.id);
    expect(item).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', sender: 'organization:o-strangerorg01' });
    expect(item?.detail).toMatch(/^Accepted in this account before this run: the handshake listing shows it ACCEPTED/);
    expect(report.counts).toMatchObject({ 'accepted-meanwhile': 1, planned: 1, ignored: 2 });
    expect(report.budget).toMatchObject({ planned: 1, tripped: false });
    expect(report.failures).toEqual([
      '1 item the policy does not allow was accepted in the account (before this run, or after it listed it and before it could act); see the job summary. Check with whoever accepted it now: if intended, allow the sender in the policy through a reviewed pull request.',
    ]);
  });

  it('max-actions 0: the accepted handshake does not trip the budget (the open one does)', async () => {
    const report = await run('enforce', 0);
    expect(report.budget).toMatchObject({ planned: 1, limit: 0, tripped: true });
    expect(report.items.map((i) => i.outcome)).toEqual(['accepted-meanwhile', 'held-by-budget', 'ignored', 'ignored']);
  });

  it.each(['dry-run', 'enforce'] as const)('%s: the summary shows it loudly in its own section, with what to do, not among the ignored', async (mode) => {
    const md = renderRunSummary(await run(mode));
    expect(md.split('\n')[0]).toBe(`## ❌ inbound-guard · ${mode} · account <code>210987654321</code>`);
    expect(md).toContain(mode === 'enforce' ? '· 1 accepted against the policy · 0 failed**' : '**Dry run: would reject 0 · would decline 1 · 1 accepted against the policy**');
    // Read as the page shows it: entities decoded, the zero-width space that keeps an email from mentioning anyone dropped.
    const shown = (text: string) => text.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))).replaceAll('\u200b', '');
    const section = shown(md.slice(md.indexOf('### ⚠️ Accepted against the policy (1)'), md.indexOf(mode === 'enforce' ? '### Acted on (1)' : '### To act on (1)')));
    expect(section).toContain('<code>h-acceptedjoin01</code>');
    expect(section).toContain('accepted before this run, though the policy does not allow it: no organizations.allow entry matches the INVITE handshake from organization o-strangerorg01');
    expect(section).toContain('Organizations keeps finished handshakes listed for 30 days');
    expect(section).toContain('review its organization membership now');
    expect(section).toContain('allowing the sender in organizations.allow through a reviewed pull request; the report then stops flagging it.');
    expect(md).toContain('Ignored: not ours to judge (2)');
    // In the kinds table beside the declined count, not inside it nor under To act: it is not one of those declined, nor was it to act on.
    expect(md).toContain(`| To act | ${mode === 'enforce' ? 'Done' : 'Would do'} | Accepted when read | Allowed | Ignored |`);
    expect(md).toMatch(/\| Organizations handshakes \| [^\n]*\| 1 \| (decline 1|1 declined) \| ⚠️ 1 \| 0 \| 2 \|/);
    expect(md.slice(md.indexOf('Ignored: not ours to judge'))).not.toContain('h-acceptedjoin01');
    expect(md).not.toContain('would decline 2');
    for (const raw of ['::add-mask::', '| pwned |']) expect(md).not.toContain(raw);
  });

  it.each(['dry-run', 'enforce'] as const)('%s: each row of the kinds table adds up to its items, the one accepted when read included', async (mode) => {
    const report = await run(mode);
    const sums = kindRowSums(renderRunSummary(report), report);
    expect(sums.find((s) => s.kind === 'Organizations handshakes')).toEqual({ kind: 'Organizations handshakes', columns: 4, items: 4 });
    for (const s of sums) expect(s.columns).toBe(s.items);
  });

  it('summary-json lists it among actedOn, with its outcome', async () => {
    const json = summaryJson(await run('enforce'));
    expect(json.actedOn).toEqual([
      { kind: 'handshake', account: ME, id: 'h-acceptedjoin01', sender: 'organization:o-strangerorg01', outcome: 'accepted-meanwhile' },
      { kind: 'handshake', account: ME, id: 'h-aaaaaaaa02', sender: 'organization:o-strangerorg01', outcome: 'declined' },
    ]);
    expect(json.counts['accepted-meanwhile']).toBe(1);
    expect(json.failures).toBe(1);
  });
});

describe('summary-json: an id passes on only in the shape of AWS ids, which a chat cannot link, mention or render', () => {
  it.each([
    ['an IoT certificate id', 'e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d'],
    ['a handshake id', 'h-h4tuiz9mk6flzbqwu9fzs3uy'],
    ['a RAM invitation ARN', 'arn:aws:ram:us-west-2:111122223333:resource-share-invitation/a93aa60a-1bd9-4cd7-a644-0123456789ab'],
    ['a RAM invitation ARN in another partition', 'arn:aws-us-gov:ram:us-gov-west-1:111122223333:resource-share-invitation/a93aa60a-1bd9-4cd7-a644-0123456789ab'],
    ['a Detective behavior graph ARN', `arn:aws:detective:us-east-1:999988887777:graph:${'8e6f'.repeat(8)}`],
    ['a GuardDuty, Macie or Security Hub invitation id', '84b097800250d17d1872b34c4daadcf5'],
    ['an administrator account id', '999988887777'],
  ])('keeps %s', (_case, id) => {
    expect(isAwsIdForm(id)).toBe(true);
  });

  it.each([
    'https://evil.example/login',
    'evil.example',
    'arn:aws:ram:us-east-1:123456789012:resource-share-invitation/https://evil.example/@octocat#1',
    'arn:aws:ram:us-east-1:123456789012:resource-share-invitation//x',
    'h-abcdefgh <!channel>',
    'h-abcdefgh\n',
    '`h-abcdefgh`',
    '@octocat',
    '-h-abcdefgh',
    '',
    'a'.repeat(2049),
  ])('gives %j as unknown', (id) => {
    expect(isAwsIdForm(id)).toBe(false);
    const decisions = decide([handshake({ id, organizationId: 'o-strangerorg01' }), handshake({ id: 'h-aaaaaaaa02', organizationId: 'o-strangerorg01' })], policy, NOW);
    expect(summaryJson(reportOf(decisions, 'enforce', enforced)).actedOn.map((a) => a.id)).toEqual([UNKNOWN_ID, 'h-aaaaaaaa02']);
  });
});

describe('the Allowed table marks allowances lapsing soon, as the log and the alert issue do', () => {
  const lapsing = buildPolicy({
    iotAllow: [
      { sourceAccount: '444455556666', until: '2026-11-21' }, // lapses tonight, in 12 h
      { sourceAccount: '555566667777', until: '2026-11-25' }, // chained: a later entry takes over…
      { sourceAccount: '555566667777', until: '2026-12-02' }, // …until the 2nd
      { sourceAccount: '777788889999', until: '2027-06-30' }, // far off
      { sourceAccount: '111122223333' }, // for good
    ],
  });
  const items = [
    certificateTransfer({ certificateId: hex(21), sourceAccount: '111122223333' }),
    certificateTransfer({ certificateId: hex(22), sourceAccount: '777788889999' }),
    certificateTransfer({ certificateId: hex(23), sourceAccount: '444455556666' }),
    certificateTransfer({ certificateId: hex(24), sourceAccount: '555566667777' }),
  ];
  const report = () => oneAccountReport({ mode: 'dry-run', generatedAt: NOW.toISOString(), policyPath: lapsing.path, budget: resolveBudget(10, undefined, 0), results: decide(items, lapsing, NOW).map((decision) => ({ decision, outcome: 'allowed' as const })) });
  const rows = (md: string) => md.slice(md.indexOf('### Allowed by the policy')).split('\n').filter((l) => l.startsWith('| IoT'));

  it('an allowance ending tonight: "until 2026-11-21" and the time left under it; the lapsing rows lead', () => {
    const md = renderRunSummary(report(), { now: NOW });
    const shown = rows(md);
    expect(shown).toHaveLength(4);
    expect(shown[0]).toContain(`${hex(23).slice(48)}</code>`);
    expect(shown[0]).toMatch(/\| iot\.allow\[0\] \(line \d+\) until 2026-11-21<br>⏳ lapses in 12 h \|$/);
    // Chained: the entry cited lapses on the 25th, the allowance on the 2nd, which the mark names.
    expect(shown[1]).toContain(`${hex(24).slice(48)}</code>`);
    expect(shown[1]).toMatch(/ until 2026-11-25<br>⏳ lapses in 11 days 12 h: a later entry allows it through <code>2026&#45;12&#45;02<\/code> \(UTC\) \|$/);
    // Far off, or for good: no mark.
    for (const row of shown.slice(2)) expect(row).not.toContain('⏳');
    expect(shown.slice(2).map((r) => r.includes(hex(21).slice(48)))).toEqual([true, false]);
  });

  it('the lapsing rows lead soonest first, whatever the report\'s order (as the alert issue lists them)', () => {
    const reversed = [...items].reverse();
    const md = renderRunSummary(oneAccountReport({ mode: 'dry-run', generatedAt: NOW.toISOString(), policyPath: lapsing.path, budget: resolveBudget(10, undefined, 0), results: decide(reversed, lapsing, NOW).map((decision) => ({ decision, outcome: 'allowed' as const })) }), { now: NOW });
    const shown = rows(md);
    expect(shown.map((r) => [hex(23), hex(24), hex(22), hex(21)].findIndex((h) => r.includes(`${h.slice(48)}</code>`)))).toEqual([0, 1, 2, 3]);
  });

  it('judged at the run\'s now (the log\'s and the alert\'s), else when the report was made', () => {
    expect(rows(renderRunSummary(report()))[0]).toContain('<br>⏳ lapses in 12 h |');
    expect(rows(renderRunSummary(report(), { now: new Date('2026-11-21T21:30:00Z') }))[0]).toContain('<br>⏳ lapses in 2 h |');
    // Months before: nothing lapses within the window.
    expect(renderRunSummary(report(), { now: new Date('2026-06-01T00:00:00Z') })).not.toContain('⏳');
  });
});

describe('accepted against the policy: one section for every item the headline counts', () => {
  // The review's run: in enforce, a transfer the policy denies was accepted between the listing and the
  // reject (a race), and a handshake from a stranger was listed ACCEPTED (accepted before the run).
  const raced = certificateTransfer({ certificateId: hex(7), sourceAccount: '999988887777', region: 'us-east-1' });
  const rejected = certificateTransfer({ certificateId: hex(8), sourceAccount: '999988887777', region: 'us-east-1' });
  const joined = handshake({ id: 'h-acceptedjoin02', state: 'ACCEPTED', organizationId: 'o-strangerorg01' });
  const detail = 'Accepted in this account after it was listed (TransferAlreadyCompletedException: someone got there first)';

  function enforceRun(): RunReport {
    const decisions = decide([raced, rejected, joined], policy, NOW);
    const results: ItemResult[] = decisions.map((decision) =>
      decision.item === raced ? { decision, outcome: 'accepted-meanwhile', detail } : decision.acceptedAgainstPolicy !== undefined ? { decision, outcome: 'accepted-meanwhile', detail: decision.acceptedAgainstPolicy } : { decision, outcome: enforced(decision) },
    );
    return oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), policyPath: policy.path, budget: resolveBudget(10, undefined, countPlanned(decisions)), results });
  }

  it('the headline, the kinds table and the section count the same items; the section says which case each is', () => {
    const md = renderRunSummary(enforceRun());
    expect(md).toContain('**1 rejected · 0 declined · 0 no longer pending · 2 accepted against the policy · 0 failed**');
    // Accepted while the run acted: one of those to act on, said in Done; accepted when read: beside To act, in its own column.
    expect(md).toMatch(/\| IoT certificate transfers \| [^\n]*\| 2 \| 1 rejected · ⚠️ 1 accepted against the policy \| 0 \| 0 \| 0 \|/);
    expect(md).toMatch(/\| Organizations handshakes \| [^\n]*\| 0 \| 0 declined \| ⚠️ 1 \| 0 \| 0 \|/);
    const section = md.slice(md.indexOf('### ⚠️ Accepted against the policy (2)'), md.indexOf('### Acted on'));
    const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Kind') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(`<wbr>${hex(7).slice(48)}</code>`);
    expect(rows[0]).toContain('| accepted while this run acted, before its rejection |');
    expect(rows[0]).toContain('| Check now with whoever accepted it, and undo it if it was not meant to be; if it was, allow the sender in the policy through a reviewed pull request.<br><sub>Accepted in this account after it was listed');
    expect(rows[1]).toContain('<code>h&#45;acceptedjoin02</code>');
    expect(rows[1]).toContain('| already accepted when this run read it |');
  });

  it('each row of the kinds table adds up to its items: the one accepted while acting is in To act, the one accepted when read beside it', () => {
    const report = enforceRun();
    const sums = kindRowSums(renderRunSummary(report), report);
    expect(sums.filter((s) => s.items > 0)).toEqual([
      { kind: 'IoT certificate transfers', columns: 2, items: 2 },
      { kind: 'Organizations handshakes', columns: 1, items: 1 },
    ]);
    for (const s of sums) expect(s.columns).toBe(s.items);
  });

  it('a transfer listed as pending that DescribeCertificate found accepted: its When says what its Why says (accepted after the listing), not "already accepted"', () => {
    const described = certificateTransfer({ certificateId: hex(9), sourceAccount: '999988887777', region: 'us-east-1', acceptedStatus: 'ACTIVE' });
    const decisions = decide([described, joined], policy, NOW);
    const results: ItemResult[] = decisions.map((decision) => ({ decision, outcome: 'accepted-meanwhile', detail: decision.acceptedAgainstPolicy }));
    const md = renderRunSummary(oneAccountReport({ mode: 'dry-run', generatedAt: NOW.toISOString(), policyPath: policy.path, budget: resolveBudget(10, undefined, countPlanned(decisions)), results }));
    const section = md.slice(md.indexOf('### ⚠️ Accepted against the policy (2)'), md.indexOf('### To act on'));
    const row = (id: string) => section.split('\n').find((l) => l.includes(id)) ?? '';
    expect(row(hex(9).slice(48))).toContain('| accepted after this run listed it as pending, before it acted | accepted after this run listed it, though the policy does not allow it&#58; ');
    expect(row('acceptedjoin02')).toContain('| already accepted when this run read it | accepted before this run, though the policy does not allow it&#58; ');
    // Both read as found accepted when read in the kinds table: neither was to act on.
    expect(md).toMatch(/\| IoT certificate transfers \| [^\n]*\| 0 \| reject 0 \| ⚠️ 1 \| 0 \| 0 \|/);
  });

  it('an item accepted while the run acted is listed once: not in Acted on, which says where it went', () => {
    const md = renderRunSummary(enforceRun());
    const acted = md.slice(md.indexOf('### Acted on (1)'), md.indexOf('### Allowed by the policy'));
    expect(acted).toContain('_Not in this table: 1 more item to reject or decline, accepted while the run acted (see Accepted against the policy, above)._');
    expect(acted).toContain(hex(8).slice(48));
    expect(acted).not.toContain(hex(7).slice(48));
    expect(md.split(hex(7).slice(48))).toHaveLength(2);
  });

  it('when it was the only item to act on, Acted on does not say there was nothing to act on', () => {
    const decisions = decide([raced], policy, NOW);
    const report = oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), policyPath: policy.path, budget: resolveBudget(10, undefined, 1), results: decisions.map((decision) => ({ decision, outcome: 'accepted-meanwhile' as const, detail })) });
    const md = renderRunSummary(report);
    expect(md).toContain('### Acted on (0)');
    expect(md).not.toContain('_Nothing: every pending item read is allowed or not ours to judge._');
    expect(md).toContain('_Nothing else._');
  });
});

describe("our reasons are shown whole: a sender's value is bounded where the reason is built, not the sentence where it is shown", () => {
  // The review's handshake: a management email with a line break and `::` (described, not echoed).
  const email = 'ops\n::warning::x@stranger.example';
  const open = handshake({ id: 'h-longreason01', organizationId: 'o-strangerorg01', managementAccountId: '246813579024', managementEmail: email });
  const joined = handshake({ ...open, id: 'h-longreason02', state: 'ACCEPTED' });

  it('the Why cell ends as the sentence does, and so does the accepted item\'s What to do', async () => {
    const decisions = decide([open, joined], policy, NOW);
    const budget = resolveBudget(10, undefined, countPlanned(decisions));
    const results = await executeDecisions(decisions, { mode: 'enforce', budget, policy, effects: { write: async () => undefined } });
    const md = renderRunSummary(oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), policyPath: policy.path, budget, results }));
    const described = `management email &#40;a value of ${email.length} characters with unusual characters, not shown&#41;`;
    const acted = md.slice(md.indexOf('### Acted on'), md.indexOf('### Allowed by the policy'));
    expect(acted).toContain(`${described} | 🛑 declined |`);
    const accepted = md.slice(md.indexOf('### ⚠️ Accepted against the policy'), md.indexOf('### Acted on'));
    expect(accepted).toContain(`${described} | Accepted in this account before this run`);
    expect(accepted).toContain('the report then stops flagging it. |');
    expect(md).not.toContain('not sh…');
  });

  it.each([
    ['plain, at their longest', (n: number) => `${'a'.repeat(n)}`],
    ['plain, too long to quote', (n: number) => `${'a'.repeat(n * 4)}`],
    ['unusual', (n: number) => `${'<'.repeat(n * 1000)}`],
  ])('every sender value %s: the longest reason and detail fit MAX_REASON_LENGTH', (_case, value) => {
    const v = value(SHOWN_MAX_LENGTH);
    const sender = { type: 'INVITE', organizationId: v, managementAccountId: v, managementEmail: v };
    // Every other type, from an entry that names the sender: the longest of the handshake reasons.
    const entry = { index: 9999, position: { line: 99999, column: 1 }, until: v, handshakeTypes: HANDSHAKE_TYPES.filter((t) => t !== 'INVITE') };
    const longest = [acceptedNotAllowed(organizationsEntryTypeExcluded(entry, sender)), acceptedBeforeRunDetail(sender), organizationsEntryLapsed(entry, sender), acceptedAfterListingDetail(v), acceptedAfterListing(iotEntryLapsed(entry, v))];
    for (const text of longest) expect(text.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    // And through the deciding, for a handshake listed ACCEPTED whose every value is this long.
    const decisions = decide([handshake({ id: 'h-longreason03', state: 'ACCEPTED', organizationId: v, managementAccountId: v, managementEmail: v })], policy, NOW);
    for (const d of decisions) {
      expect(d.reason.length).toBeLessThanOrEqual(MAX_REASON_LENGTH);
      expect(d.acceptedAgainstPolicy?.length ?? 0).toBeLessThanOrEqual(MAX_REASON_LENGTH);
    }
  });
});

describe('renderRunError: a run that stopped', () => {
  const merge = [
    'The shard reports cannot be merged:',
    // As mergeShardReports refuses a set (a shard whose report is missing is no refusal: it is merged as a gap).
    '- Shard 2/3 is there 2 times (reports/a/shard-2.json, reports/b/shard-2.json): keep one report per shard.',
    '- reports/<img src=x>.json was run with another policy (sha256 eeeeeeeeeeee…, reports/shard-1.json has dddddddddddd…): the shards are not one run.',
    '  - ::error::x @octocat [a](https://evil.example)',
  ].join('\n');

  it('keeps a message of several lines as lines: a list of the problems, each inert', () => {
    const md = renderRunError(merge);
    expect(md).toContain(
      [
        'The shard reports cannot be merged&#58;',
        '',
        '- Shard 2/3 is there 2 times &#40;reports/a/shard&#45;2.json, reports/b/shard&#45;2.json&#41;&#58; keep one report per shard.',
        '- reports/&#60;img src&#61;x&#62;.json was run with another policy &#40;sha256 eeeeeeeeeeee…, reports/shard&#45;1.json has dddddddddddd…&#41;&#58; the shards are not one run.',
        '- &#58;&#58;error&#58;&#58;x @\u200Boctocat &#91;a&#93;&#40;https&#58;/\u200B/evil.example&#41;',
        '',
        'The log shows how far it got.',
      ].join('\n'),
    );
    expect(md).not.toContain('&#45; Shard');
  });

  it('a message of one line is one paragraph; a very long one is cut to whole lines, counting the rest', () => {
    expect(renderRunError('Could not tell which AWS account: <b>x</b>')).toContain('\n\nCould not tell which AWS account&#58; &#60;b&#62;x&#60;/b&#62;\n\n');
    const long = renderRunError(['cannot be merged:', ...Array.from({ length: 200 }, (_, i) => `- problem ${i} ${'x'.repeat(100)}`)].join('\n'));
    expect(long).toMatch(/\n_…and \d+ more lines: see the log._\n/);
    expect(long.length).toBeLessThan(20_000);
  });
});

describe('countOutputs: the number outputs', () => {
  // One item of every kind, none allowed: each kind writes once in enforce.
  const everyKind = decide([certificateTransfer(), handshake(), resourceShareInvitation(), securityInvitation({ service: 'detective' })], buildPolicy({ ram: {}, securityServices: {} }), NOW);
  const numberOutputs = Object.values(Outputs).filter((name) => name !== Outputs.ReportFile && name !== Outputs.SummaryJson).sort();

  it('enforce: rejected and declined count every kind, as summary-json and the headline do; each per-kind output its own kind only', () => {
    const report = reportOf(everyKind, 'enforce', enforced);
    const outputs = countOutputs(report);
    expect(outputs).toEqual({
      [Outputs.Acted]: 4,
      [Outputs.Rejected]: 2,
      [Outputs.Declined]: 2,
      [Outputs.RejectedCertificateTransfers]: 1,
      [Outputs.DeclinedHandshakes]: 1,
      [Outputs.RejectedShareInvitations]: 1,
      [Outputs.DeclinedSecurityInvitations]: 1,
      [Outputs.Planned]: 4,
      [Outputs.Failed]: 0,
    });
    const { counts } = summaryJson(report);
    expect([outputs[Outputs.Rejected], outputs[Outputs.Declined]]).toEqual([counts.rejected, counts.declined]);
    expect(renderRunSummary(report)).toContain(`**${counts.rejected} rejected · ${counts.declined} declined · `);
  });

  it('acted leaves out what was not written: a failed write counts in failed and planned only', () => {
    const outputs = countOutputs(reportOf(everyKind, 'enforce', (d) => (d.item.kind === 'handshake' ? 'failed' : enforced(d))));
    expect(outputs).toMatchObject({ [Outputs.Acted]: 3, [Outputs.Declined]: 1, [Outputs.DeclinedHandshakes]: 0, [Outputs.Planned]: 4, [Outputs.Failed]: 1 });
  });

  it('dry-run: acted, rejected and declined are 0 and planned is what the run would reject or decline', () => {
    expect(countOutputs(reportOf(everyKind, 'dry-run', previewed))).toMatchObject({ [Outputs.Acted]: 0, [Outputs.Rejected]: 0, [Outputs.Declined]: 0, [Outputs.Planned]: 4 });
  });

  it('a run without a report: every number output, each 0', () => {
    const outputs = countOutputs(undefined);
    expect(Object.keys(outputs).sort()).toEqual(numberOutputs);
    expect(Object.values(outputs).every((n) => n === 0)).toBe(true);
  });
});

describe('stepFailures', () => {
  const calm: Budget = { limit: 1, source: 'default', planned: 0, tripped: false };
  const none = countOutcomes([]);

  it.each([
    ['nothing wrong', 0, { tripped: false, errors: 0, failed: 0, mode: 'enforce' as const }],
    ['budget tripped in enforce', 1, { tripped: true, errors: 0, failed: 0, mode: 'enforce' as const }],
    ['budget tripped in dry-run (reported, not a failure)', 0, { tripped: true, errors: 0, failed: 0, mode: 'dry-run' as const }],
    ['an unread region', 1, { tripped: false, errors: 1, failed: 0, mode: 'dry-run' as const }],
    ['a failed write', 1, { tripped: false, errors: 0, failed: 2, mode: 'enforce' as const }],
    ['all three', 4, { tripped: true, errors: 2, failed: 1, mode: 'enforce' as const }],
  ])('%s → %d reasons', (_name, expected, c) => {
    const counts = { ...countOutcomes([]), failed: c.failed };
    const errors = Array.from({ length: c.errors }, (_, i) => ({ service: 'iot' as const, region: `us-east-${i + 1}`, message: 'boom' }));
    expect(stepFailures({ budget: { limit: 1, source: 'default', planned: 5, tripped: c.tripped }, errors, counts, mode: c.mode })).toHaveLength(expected);
  });

  it.each<[string, SweepError, string]>([
    ['IoT in a region', { service: 'iot', region: 'eu-west-1', message: 'InternalFailure: boom' }, 'Could not read IoT in eu-west-1: InternalFailure: boom. Items there were not checked.'],
    ['IoT without a region', { service: 'iot', message: 'InternalFailure: boom' }, 'Could not read IoT in an unknown region: InternalFailure: boom. Items there were not checked.'],
    ['IoT of an account', { service: 'iot', account: '111122223333', region: 'eu-west-1', message: 'InternalFailure: boom' }, 'Could not read IoT in eu-west-1 of 111122223333: InternalFailure: boom. Items there were not checked.'],
    ['Organizations handshakes', { service: 'organizations', account: '111122223333', message: 'AccessDeniedException: no' }, 'Could not read Organizations handshakes of 111122223333: AccessDeniedException: no. Items there were not checked.'],
    ['the organization\'s accounts', { service: 'organizations', message: 'ListAccounts: AccessDeniedException: no' }, "Could not read the organization's accounts (Organizations): ListAccounts: AccessDeniedException: no. Items there were not checked."],
    ['STS', { service: 'sts', message: 'ExpiredToken: expired' }, 'Could not read the caller identity (STS): ExpiredToken: expired. Items there were not checked.'],
    ['a role not assumed', { service: 'sts', account: '111122223333', message: 'could not assume arn:aws:iam::111122223333:role/g: AccessDenied' }, 'Could not read account 111122223333 (STS): could not assume arn:aws:iam::111122223333:role/g: AccessDenied. Items there were not checked.'],
    ['the regions of an account', { service: 'account', account: '111122223333', message: 'ListRegions: AccessDeniedException: no' }, 'Could not read the enabled regions of 111122223333 (Account ListRegions): ListRegions: AccessDeniedException: no. Items there were not checked.'],
    ['a message that ends in a full stop (no second one)', { service: 'iot', account: '111122223333', region: 'ap-east-1', message: 'UnrecognizedClientException: The security token included in the request is invalid.' }, 'Could not read IoT in ap-east-1 of 111122223333: UnrecognizedClientException: The security token included in the request is invalid. Items there were not checked.'],
    ['with a hint, after the message', { service: 'ram', account: '111122223333', region: 'ap-east-1', message: 'UnrecognizedClientException: The security token included in the request is invalid.', hint: 'Check the Regions settings' }, 'Could not read RAM in ap-east-1 of 111122223333: UnrecognizedClientException: The security token included in the request is invalid. Check the Regions settings. Items there were not checked.'],
  ])('names what could not be read: %s', (_case, error, sentence) => {
    expect(stepFailures({ budget: calm, errors: [error], counts: none, mode: 'dry-run' })).toEqual([sentence]);
  });

  it('one reason per unread part, in the order they were found', () => {
    const errors: SweepError[] = [
      { service: 'iot', region: 'eu-west-1', message: 'a' },
      { service: 'organizations', account: '111122223333', message: 'b' },
      { service: 'iot', region: 'us-east-1', message: 'c' },
    ];
    expect(stepFailures({ budget: calm, errors, counts: none, mode: 'enforce' }).map((f) => f.slice(0, f.indexOf(':')))).toEqual(['Could not read IoT in eu-west-1', 'Could not read Organizations handshakes of 111122223333', 'Could not read IoT in us-east-1']);
  });

  it("parts alike in many regions of an account (one permission missing): one failure and one Not read row naming the regions; the report keeps a part each; the refused writes' causes come first", () => {
    const member = '400000000011';
    const hint = "The guard role inbound-guard in 400000000011 does not allow iot:ListCertificates: add it to the role's policy.";
    // AWS's message names the region in the resource ARN: alike apart from it.
    const denied = (region: string): SweepError => ({ service: 'iot', account: member, region, code: 'AccessDeniedException', message: `AccessDeniedException: not authorized to perform iot:ListCertificates on arn:aws:iot:${region}:${member}:cert/*`, hint });
    const regions = ENABLED;
    const other: SweepError = { service: 'ram', account: member, region: 'eu-west-1', code: 'InternalFailure', message: 'InternalFailure: boom' };
    // Another account, another hint: rows of their own.
    const elsewhere: SweepError = { ...denied('us-east-1'), account: '400000000012', message: denied('us-east-1').message.replace(member, '400000000012') };
    const errors = [...regions.map(denied), other, elsewhere];
    const refusal = 'The guard role cannot reject: add iot:RejectCertificateTransfer to it.';
    const items = Array.from({ length: 6 }, () => ({ outcome: 'failed' as const, hint: refusal }));
    const failures = stepFailures({ budget: calm, errors, counts: { ...none, failed: 6 }, mode: 'enforce', items });
    expect(failures).toEqual([
      '6 rejections or declines failed; see the job summary and the report.',
      `6 writes were refused as not allowed. ${refusal}`,
      `Could not read IoT in 16 regions of ${member} (${regions.join(', ')}): ${denied('ap-northeast-1').message}. ${hint} Items there were not checked.`,
      `Could not read RAM in eu-west-1 of ${member}: InternalFailure: boom. Items there were not checked.`,
      `Could not read IoT in us-east-1 of 400000000012: ${elsewhere.message}. ${hint} Items there were not checked.`,
    ]);
    const report = { ...reportOf([], 'enforce', enforced, { errors }), skippedAccounts: [] };
    expect(report.errors).toHaveLength(18);
    const md = renderRunSummary(report);
    expect(md).toContain('### ⚠️ Not read (18)');
    const rows = rowsBetween(md, '### ⚠️ Not read', '### Acted on');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain(`| <code>iot</code> | 16 regions: ${regions.map((r) => `<code>${r.replaceAll('-', '&#45;')}</code>`).join(' ')} |`);
    expect(rows[0]!.split('does not allow')).toHaveLength(2);
  });

  it('an account the pin leaves out is a failure; one excluded or suspended is not', () => {
    const skippedAccounts = [
      { account: '111122223333', reason: 'excluded by targets.exclude', fails: false },
      { account: '444455556666', reason: "not in the policy's accounts pin", fails: true },
    ];
    expect(stepFailures({ budget: calm, errors: [], counts: none, mode: 'dry-run', skippedAccounts })).toEqual([`Account 444455556666 was not guarded: not in the policy's accounts pin.`]);
  });

  it('thousands of accounts outside the pin: the failures name the first 20 and count the rest; the summary shows 50 rows and names 1,000 more', () => {
    const skippedAccounts = Array.from({ length: 4000 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true }));
    const failures = stepFailures({ budget: calm, errors: [], counts: none, mode: 'dry-run', skippedAccounts });
    expect(failures).toHaveLength(21);
    expect(failures.at(-1)).toBe('3980 more accounts were not guarded; the JSON report lists them all (skippedAccounts).');
    const closed = Array.from({ length: 4000 }, (_, i) => ({ account: String(200000000000 + i), reason: 'the organization lists it as CLOSED, not ACTIVE', fails: false }));
    const report = { ...oneAccountReport({ mode: 'dry-run', generatedAt: '2026-11-21T12:00:00.000Z', budget: calm, results: [] }), skippedAccounts: [...skippedAccounts, ...closed] };
    const md = renderRunSummary(report);
    expect(md.length).toBeLessThan(100_000);
    const notRead = md.slice(md.indexOf('### ⚠️ Not read (4000)'), md.indexOf('### To act on'));
    expect(rowsBetween(notRead, '| Account |', '_…and')).toHaveLength(MAX_ROWS);
    // Past the rows, the next MAX_NAMED_OMITTED by id, then the count of the rest and where they are.
    for (const s of skippedAccounts.slice(MAX_ROWS, MAX_ROWS + MAX_NAMED_OMITTED)) expect(notRead).toContain(`<code>${s.account}</code>`);
    expect(notRead).not.toContain(`<code>${skippedAccounts[MAX_ROWS + MAX_NAMED_OMITTED]!.account}</code>`);
    expect(notRead).toContain(`_…and 3950 more accounts not guarded:_ <code>${skippedAccounts[MAX_ROWS]!.account}</code> `);
    expect(notRead).toContain(`_…and ${4000 - MAX_ROWS - MAX_NAMED_OMITTED} more: see the JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._`);
    expect(md).toMatch(/Not guarded by choice \(4000\)[\s\S]*…and 3950 more, not shown here: see the JSON report/);

    // Not written: the failures and the summary send readers to the log, whose Not guarded group names every one (logNotGuarded).
    expect(stepFailures({ budget: calm, errors: [], counts: none, mode: 'dry-run', skippedAccounts, listedIn: 'log' }).at(-1)).toBe('3980 more accounts were not guarded; the log\'s "Not guarded" group names each (the JSON report, which would list them, could not be written).');
    const unwritten = renderRunSummary(report, { reportWritten: false });
    expect(unwritten).toContain(`_…and ${4000 - MAX_ROWS - MAX_NAMED_OMITTED} more: the JSON report could not be written (see the step's failures); the log's "Not guarded" group names each._`);
    expect(unwritten).toMatch(/Not guarded by choice \(4000\)[\s\S]*…and 3950 more, not shown here: the JSON report could not be written \(see the step's failures\); the log's "Not guarded" group names each\._/);
    expect(unwritten).not.toContain('report&#45;file');
  });

  it('parts not read past the table and accounts outside the pin: the parts counted, the accounts named', () => {
    const errors: SweepError[] = Array.from({ length: MAX_ROWS + 2 }, (_, i) => ({ service: 'iot', account: ME, region: `xx-test-${i}`, message: `InternalFailure (request ${i})` }));
    const skippedAccounts = Array.from({ length: 3 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true }));
    const report = { ...reportOf([], 'dry-run', previewed, { errors }), skippedAccounts };
    const notRead = (md: string) => md.slice(md.indexOf('### ⚠️ Not read'), md.indexOf('### To act on'));
    expect(notRead(renderRunSummary(report, { reportWritten: false }))).toContain(
      "_…and 2 more parts not read, not shown here: the JSON report could not be written (see the step's failures), which name each._\n\n_…and 3 more accounts not guarded:_ <code>100000000000</code> <code>100000000001</code> <code>100000000002</code>",
    );
    // Errors alone past the table: the line of any cut table.
    expect(notRead(renderRunSummary({ ...report, skippedAccounts: [] }))).toContain("_…and 2 more, not shown here: see the JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._");
  });

  it.each<[FailuresListedIn, string, string]>([
    ['report', 'see the plan comment and the JSON report (outcome accepted-meanwhile).', 'see the job summary and the report.'],
    ['log', 'see the plan comment.', "see the job summary and the log's Decisions group."],
    ['nowhere', 'see the plan comment.', "see the job summary and the log's Decisions group."],
  ])('failures with the JSON report %s: none sends a reader to a report not written', (listedIn, accepted, failed) => {
    const skippedAccounts = Array.from({ length: 25 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true }));
    const more = stepFailures({ budget: calm, errors: [], counts: { ...none, 'accepted-meanwhile': 1 }, mode: 'plan', skippedAccounts, listedIn });
    expect(more.find((f) => f.startsWith('5 more accounts'))).toBe(`5 more accounts were not guarded; ${{ report: 'the JSON report lists them all (skippedAccounts)', log: 'the log\'s "Not guarded" group names each (the JSON report, which would list them, could not be written)', nowhere: 'the JSON report, which would list them, could not be written' }[listedIn]}.`);
    expect(more.at(-1)).toContain(accepted);
    expect(stepFailures({ budget: calm, errors: [], counts: { ...none, failed: 1 }, mode: 'enforce', listedIn })).toEqual([`1 rejection or decline failed; ${failed}`]);
  });

  it('reportFailures: from the report alone, the failures buildRunReport wrote it with', () => {
    const skippedAccounts = Array.from({ length: 25 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true }));
    const errors: SweepError[] = [{ service: 'iot', account: ME, region: 'eu-west-1', message: 'InternalFailure' }];
    const report = buildRunReport({ mode: 'enforce', toolVersion: 't', generatedAt: NOW.toISOString(), callerAccount: ME, policy: { path: 'p', digest: 'd' }, accounts: [], governed: ['certificate-transfer'], skippedAccounts, globalErrors: errors, budget: { ...calm, tripped: true, planned: 20 }, results: [] });
    expect(report.failures.length).toBeGreaterThan(20);
    expect(reportFailures(report, 'report')).toEqual(report.failures);
    expect(reportFailures(report, 'log').filter((f) => /JSON report lists/.test(f))).toEqual([]);
    // What dry-run, enforce, merge and plan fail the step with once the report was (or was not) written.
    expect(publishedFailures(report, true, 'log')).toBe(report.failures);
    expect(publishedFailures(report, false, 'log')).toEqual(reportFailures(report, 'log'));
    expect(publishedFailures(report, false, 'nowhere')).toEqual(reportFailures(report, 'nowhere'));
  });

  it.each([
    [1, '1 rejection or decline failed; see the job summary and the report.'],
    [3, '3 rejections or declines failed; see the job summary and the report.'],
  ])('%d failed writes: one sentence with the count', (failed, sentence) => {
    expect(stepFailures({ budget: calm, errors: [], counts: { ...none, failed }, mode: 'enforce' })).toEqual([sentence]);
  });

  it('writes refused as not allowed: each hint once, with its count, the first 3; the rest counted, in the failures and under the summary table', () => {
    // 200 writes refused alike in the first cause, one each in four more (a guard role per account), one failed without a hint.
    const hintOf = (n: number) => `The guard role arn:aws:iam::${memberId(n)}:role/inbound-guard was assumed in account ${memberId(n)}, but this call was refused to it: <b>needs</b> iot:RejectCertificateTransfer.`;
    const results: ItemResult[] = Array.from({ length: 205 }, (_, i) => ({
      decision: { item: certificateTransfer({ certificateId: hex(i) }), action: 'reject', reason: 'not allowed' },
      outcome: 'failed',
      detail: 'AccessDeniedException: not authorized',
      ...(i === 204 ? {} : { hint: hintOf(i < 200 ? 0 : i - 199) }),
    }));
    const report = oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), budget: { ...calm, limit: 300, planned: 205 }, results });
    expect(report.items[0]?.hint).toBe(hintOf(0));
    expect(report.items[204]).not.toHaveProperty('hint');
    const refusals = [`200 writes were refused as not allowed. ${hintOf(0)}`, `1 write was refused as not allowed. ${hintOf(1)}`, `1 write was refused as not allowed. ${hintOf(2)}`];
    expect(report.failures).toEqual([
      '205 rejections or declines failed; see the job summary and the report.',
      ...refusals,
      "2 more writes were refused as not allowed, for 2 more causes: each failed item's hint in the JSON report (items[].hint) says its cause, as the log does at the first write of each.",
    ]);
    expect(reportFailures(report, 'log').at(-1)).toBe('2 more writes were refused as not allowed, for 2 more causes: the log says each cause at the first write refused for it.');
    const md = renderRunSummary(report);
    expect(md).toContain('\n\n**200 writes were refused as not allowed.** The guard role arn&#58;aws&#58;iam&#58;&#58;400000000000&#58;role/inbound&#45;guard was assumed');
    expect(md).toContain('&#60;b&#62;needs&#60;/b&#62;');
    expect(md).not.toContain('<b>needs');
    expect(md).not.toContain('400000000003&#58;role');
    expect(md).toContain('\n\n_…2 more writes were refused as not allowed, for 2 more causes: see the JSON report,');
    // Without a hint: no note.
    const plain = oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), budget: { ...calm, limit: 300, planned: 1 }, results: [results[204]!] });
    expect(plain.failures).toEqual(['1 rejection or decline failed; see the job summary and the report.']);
    expect(renderRunSummary(plain)).not.toContain('refused as not allowed');
  });

  it('a tripped budget in enforce: the counts, the limit and where it came from', () => {
    expect(stepFailures({ budget: { limit: 3, source: 'policy', planned: 7, tripped: true }, errors: [], counts: none, mode: 'enforce' })).toEqual([
      '7 items call for rejection or decline, more than the budget of 3 (limits.max-actions in the policy); nothing was written. Check the policy for a mistake; if the list is right, raise max-actions for one run.',
    ]);
    expect(stepFailures({ budget: { limit: 0, source: 'input', planned: 1, tripped: true }, errors: [], counts: none, mode: 'enforce' })[0]).toMatch(/^1 item calls for rejection or decline, more than the budget of 0 /);
  });

  it('one account not guarded past those named: in the singular', () => {
    const skippedAccounts = Array.from({ length: 21 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true }));
    expect(stepFailures({ budget: calm, errors: [], counts: none, mode: 'enforce', skippedAccounts }).at(-1)).toBe('1 more account was not guarded; the JSON report lists them all (skippedAccounts).');
  });

  // The job summary says a matrix run's budget as "the budget of 10 (the default) is split over 20 shards, 0 each"; the step's failure must say the same, never "the budget of 0".
  // The summary's caution gives the failure's advice: with a share of 0, the matrix to fix, never "raise max-actions for one run".
  it.each([
    ['a share of 0: the summary\'s phrase, and what to do about the matrix', { runLimit: 10, shards: 20 }, 0, "A shard's items called for more rejections or declines than its share: the budget of 10 (the default) is split over 20 shards, 0 each; that shard wrote nothing. Each shard's share is 0. Raise max-actions to at least 20, or use fewer shards.", "Each shard's share is 0. Raise `max-actions` to at least 20, or use fewer shards."],
    ['a share of 1', { runLimit: 3, shards: 3 }, 1, "A shard's items called for more rejections or declines than its share: the budget of 3 (the default) is split over 3 shards, 1 each; that shard wrote nothing. Check the policy for a mistake; if the list is right, raise max-actions for one run.", 'A policy mistake must not reject a whole fleet: check the list below; if it is right, raise `max-actions` for one run.'],
  ])('a shard\'s tripped budget in enforce, %s', (_name, share, limit, sentence, advice) => {
    const budget: Budget = { limit, source: 'default', planned: 2, tripped: true, share };
    const failures = stepFailures({ budget, errors: [], counts: none, mode: 'enforce' });
    expect(failures).toEqual([sentence]);
    const summary = renderRunSummary({ ...oneAccountReport({ mode: 'enforce', generatedAt: '2026-11-21T12:00:00.000Z', budget, results: [] }), shard: { index: 1, count: share.shards } });
    const phrase = /the budget of \d+ \(the default\) is split over \d+ shards, \d+ each/.exec(summary)?.[0];
    expect(phrase).toBeDefined();
    expect(sentence).toContain(phrase);
    const caution = summary.split('\n').find((l) => l.startsWith('> **Budget tripped'));
    expect(caution?.endsWith(` ${advice}`)).toBe(true);
    expect(caution?.split('max-actions').length).toBe(2);
  });
});

describe('policy summaries', () => {
  it('lists the rules of a valid policy with their lines', () => {
    const md = renderPolicyRules(policy);
    expect(md).toContain('is valid');
    expect(md).toMatch(new RegExp(`\\| iot\\.allow\\[0\\] \\| ${policy.iot.allow[0]!.position.line} \\| source account <code>111122223333</code>`));
    expect(md).toContain('organizations.allow[0]');
  });

  it('lists every error of an invalid policy at its line and column', () => {
    const issues = [
      { file: '.github/g.yml', line: 4, column: 23, key: 'iot.allow[0].source-account', message: 'quote it' },
      { file: '.github/g.yml', line: 9, column: 3, key: 'limits.max-action', message: 'did you mean max-actions?' },
    ];
    const md = renderPolicyIssues('.github/g.yml', { issues, errorCount: 2 });
    expect(md).toContain('invalid: 2 errors');
    expect(md).toContain('| 4:23 |');
    expect(md).toContain('| 9:3 |');
  });

  it('shows the names a message marks in backticks as code, not as literal backticks (&#96;)', () => {
    const issue = { file: '.github/g.yml', line: 2, column: 1, key: 'organisations', message: 'unknown key `organisations`. Did you mean `organizations`? Allowed here: `version`, `iot`.' };
    const md = renderPolicyIssues('.github/g.yml', { issues: [issue], errorCount: 1 });
    expect(md).toContain('| 2:1 | <code>organisations</code> | unknown key <code>organisations</code>. Did you mean <code>organizations</code>? Allowed here&#58; <code>version</code>, <code>iot</code>. |');
    expect(md).not.toContain('&#96;');
  });

  it('a capped list: the heading gives the real total, not the length of the list', () => {
    const result = parsePolicy(`version: 1\niot:\n  allow:\n${Array.from({ length: 7313 }, (_, i) => `    - source-account: ${100000000000 + i}`).join('\n')}\n`, '.github/g.yml');
    if (result.ok) throw new Error('expected an invalid policy');
    expect(result.errorCount).toBe(7313);
    expect(result.issues.at(-1)?.message).toMatch(/^7,264 more problems from here on/);
    expect(renderPolicyIssues('.github/g.yml', result)).toContain('is invalid: 7,313 errors');
  });
});

describe('renderPolicyCheck: the job summary of a run that read only the policy', () => {
  const issues = [{ file: '.github/g.yml', line: 4, column: 23, key: 'iot.allow[0].source-account', message: 'quote it' }];

  it.each([
    ['validate, a valid policy', 'validate' as const, { ok: true as const, policy }, '## ✅ inbound-guard · validate · policy <code>.github/g.yml</code>', renderPolicyRules(policy)],
    ['validate, an invalid policy', 'validate' as const, { ok: false as const, issues, errorCount: 1 }, '## ❌ inbound-guard · validate · policy <code>.github/g.yml</code>', renderPolicyIssues('.github/g.yml', { issues, errorCount: 1 })],
    ['enforce stopped by an invalid policy', 'enforce' as const, { ok: false as const, issues, errorCount: 1 }, '## ❌ inbound-guard · enforce · policy <code>.github/g.yml</code>', renderPolicyIssues('.github/g.yml', { issues, errorCount: 1 })],
  ])('%s: titled as the other modes are (## icon inbound-guard · mode · scope), then the rules or the errors', (_name, mode, result, title, body) => {
    expect(renderPolicyCheck(mode, '.github/g.yml', result)).toBe(`${title}\n\n${body}`);
  });
});

describe('allowEntryCounts: the validate log line', () => {
  it('names the entries of every governed kind, and leaves out the kinds not governed', () => {
    const ramOnly = parsePolicy(
      'version: 1\norganizations:\n  handshake-types: []\nram:\n  allow:\n    - source-account: "111122223333"\nsecurity-services:\n  allow:\n    - source-account: "444455556666"\n    - source-account: "777788889999"\n',
      'p.yml',
    );
    if (!ramOnly.ok) throw new Error(ramOnly.issues.map((i) => i.message).join('\n'));
    expect(allowEntryCounts(ramOnly.policy)).toBe('0 IoT, 1 RAM and 2 Security-service allow entries');
    expect(allowEntryCounts(policy)).toBe('1 IoT and 1 Organizations allow entries');
  });
});

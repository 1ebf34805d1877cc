/**
 * noAccountRead (src/run/report-errors.ts) and the summary's words for it, in two edge cases:
 * - a plan whose PR policy read none of its accounts (every role refused) while an account only the
 *   base guards (readFor: base) was read: the report's counts are the PR's decisions alone, zeros of
 *   nothing read, so summary-json says checked: false;
 * - a run that guarded no account because every one was left out by choice (targets.exclude): no
 *   failure, so the summary warns of nothing "⚠️ not read" or "NOT read" (by-choice skips are not
 *   parts not read: failingSkips), and says no account was guarded.
 */
import { describe, expect, it } from 'vitest';
import { coverages } from '../src/run/kind-coverage.js';
import type { AccountInventory } from '../src/run/account-inventory.js';
import { buildRunReport } from '../src/run/run-report.js';
import { summaryJson } from '../src/report/summary-json.js';
import { footer, renderRunSummary } from '../src/report/run-summary.js';

const NOW = '2026-11-21T12:00:00.000Z';
const refused = (account: string): AccountInventory => ({
  target: { account, via: 'accounts', roleArn: `arn:aws:iam::${account}:role/inbound-guard` },
  kinds: coverages((kind) => (kind === 'certificate-transfer' ? { state: 'not-read', regions: { selection: 'all', swept: [], skipped: [], failed: [] } } : kind === 'handshake' ? { state: 'not-read' } : { state: 'not-governed' })),
  items: [],
  errors: [{ service: 'sts', account, message: `could not assume arn:aws:iam::${account}:role/inbound-guard: AccessDenied: no`, code: 'AccessDenied' }],
});
const readWhole = (account: string): AccountInventory => ({
  target: { account, via: 'accounts', roleArn: `arn:aws:iam::${account}:role/inbound-guard` },
  kinds: coverages((kind) => (kind === 'certificate-transfer' ? { state: 'swept', regions: { selection: 'all', swept: ['us-east-1'], skipped: [], failed: [] } } : kind === 'handshake' ? { state: 'swept' } : { state: 'not-governed' })),
  items: [],
  errors: [],
});
const common = {
  toolVersion: '0.0.0-test',
  generatedAt: NOW,
  callerAccount: '400000000011',
  policy: { path: '.github/inbound-guard.yml', digest: '0'.repeat(64) },
  governed: ['certificate-transfer', 'handshake'] as const,
  globalErrors: [],
  budget: { limit: 20, source: 'policy' as const, planned: 0, tripped: false },
  results: [],
};

describe('plan: the PR policy read none of its accounts', () => {
  it('summary-json says checked: false although an account only the base guards was read', () => {
    const headAccounts = new Set(['400000000015']);
    const report = buildRunReport({
      ...common,
      governed: [...common.governed],
      mode: 'plan',
      accounts: [refused('400000000015'), readWhole('400000000016')],
      skippedAccounts: [],
      policyReads: (e) => e.account === undefined || headAccounts.has(e.account),
      policyGuards: (account) => headAccounts.has(account),
    });
    expect(report.accounts.find((a) => a.account === '400000000016')?.readFor).toBe('base');
    expect(report.failures.length).toBeGreaterThan(0);
    expect(summaryJson(report).checked).toBe(false);
  });
});

describe('every account left out by choice (targets.exclude): no failure', () => {
  const report = buildRunReport({
    ...common,
    governed: [...common.governed],
    mode: 'dry-run',
    accounts: [],
    skippedAccounts: [
      { account: '400000000015', reason: 'excluded by targets.exclude', fails: false },
      { account: '400000000016', reason: 'excluded by targets.exclude', fails: false },
    ],
  });
  it('fails nothing (control)', () => {
    expect(report.failures).toEqual([]);
  });
  it('the kinds table does not warn "⚠️ not read" of a run that left every account out by choice', () => {
    const md = renderRunSummary(report);
    const row = md.split('\n').find((l) => l.startsWith('| IoT certificate transfers |')) ?? '';
    expect(row).not.toContain('⚠️');
    expect(row).toContain(' · no account guarded |');
  });
  it('the footer does not say NOT read (a failure\'s words) of kinds left unread by choice', () => {
    expect(footer(report)).not.toContain('NOT read');
    expect(footer(report)).toContain(' · no account guarded (every one left out by choice) · IoT not read · handshakes not read · ');
  });
});

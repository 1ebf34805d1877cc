/** A run report of one account (the credentials' own), built by hand from results. */
import type { Budget, ItemResult } from '../../src/act/types.js';
import type { AccountInventory, HandshakeCoverage } from '../../src/run/inventory.js';
import { buildRunReport, type RunReport } from '../../src/run/run-report.js';
import type { SweepError } from '../../src/sweep/events.js';

export const REPORT_ACCOUNT = '210987654321';

export function oneAccountReport(parts: {
  mode: RunReport['mode'];
  generatedAt: string;
  account?: string;
  policyPath?: string;
  regions?: readonly string[];
  handshakes?: HandshakeCoverage;
  budget: Budget;
  results: readonly ItemResult[];
  errors?: readonly SweepError[];
}): RunReport {
  const account = parts.account ?? REPORT_ACCOUNT;
  const errors = parts.errors ?? [];
  const inventory: AccountInventory = {
    target: { account, via: 'credentials' },
    regions: { selection: 'list', swept: parts.regions ?? ['us-east-1'], skipped: [], failed: errors.flatMap((e) => (e.service === 'iot' && e.region ? [e.region] : [])) },
    handshakes: parts.handshakes ?? 'swept',
    items: parts.results.map((r) => r.decision.item),
    errors,
  };
  return buildRunReport({
    mode: parts.mode,
    toolVersion: '0.0.0-test',
    generatedAt: parts.generatedAt,
    callerAccount: account,
    policy: { path: parts.policyPath ?? '.github/inbound-guard.yml', digest: '0'.repeat(64) },
    accounts: [inventory],
    skippedAccounts: [],
    globalErrors: [],
    budget: parts.budget,
    results: parts.results,
  });
}

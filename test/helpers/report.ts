/** A run report of one account (the credentials' own), built by hand from results. */
import type { Budget, ItemResult } from '../../src/act/types.js';
import { coverages, type AccountRegions, type HandshakeCoverage, type KindCoverages } from '../../src/run/kind-coverage.js';
import type { AccountInventory } from '../../src/run/account-inventory.js';
import { buildRunReport } from '../../src/run/run-report.js';
import type { RunReport } from '../../src/run/report-types.js';
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
    kinds: iotAndHandshakeCoverage(
      { selection: 'list', swept: parts.regions ?? ['us-east-1'], skipped: [], failed: errors.flatMap((e) => (e.service === 'iot' && e.region ? [e.region] : [])) },
      parts.handshakes ?? 'swept',
    ),
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
    governed: ['certificate-transfer', ...(inventory.kinds.handshake.state === 'not-governed' ? [] : ['handshake' as const])],
    skippedAccounts: [],
    globalErrors: [],
    budget: parts.budget,
    results: parts.results,
  });
}

/** What an account's inventory says was read when IoT (in `regions`) and handshakes are all a policy governs. */
export function iotAndHandshakeCoverage(regions: AccountRegions, handshakes: HandshakeCoverage): KindCoverages {
  return coverages((kind) =>
    kind === 'certificate-transfer'
      ? { state: regions.failed.length > 0 ? 'failed' : 'swept', regions }
      : kind === 'handshake'
        ? { state: handshakes }
        : { state: 'not-governed' },
  );
}

/** The organization's account list refused: the run guarded no account. */
export const ORGANIZATION_UNLISTED: SweepError = { service: 'organizations', message: 'ListAccounts: AccessDeniedException: not allowed', code: 'AccessDeniedException' };

/**
 * A run report that read no account at all, governing IoT, handshakes and RAM: `unlisted`, the
 * organization's accounts could not be listed (no account guarded); `roles-refused`, every account in
 * `accounts` was guarded through a role that could not be assumed (nothing of it was read);
 * `roles-elsewhere`, through a role that answered as another account; `roles-mixed`, the first
 * account's role refused, the others' answering as another account.
 */
export function noAccountReadReport(parts: { mode: 'dry-run' | 'enforce'; generatedAt: string; why: 'unlisted' | 'roles-refused' | 'roles-elsewhere' | 'roles-mixed'; accounts?: readonly string[] }): RunReport {
  const refused = (account: string): SweepError => ({ service: 'sts', account, message: `could not assume arn:aws:iam::${account}:role/inbound-guard: AccessDenied: not authorized`, code: 'AccessDenied' });
  // Our own finding (account-inventory.ts): no AWS error name.
  const elsewhere = (account: string): SweepError => ({ service: 'sts', account, message: `role arn:aws:iam::${account}:role/inbound-guard answered as account 999988887777, not ${account}; nothing was read with it` });
  const roleError = (account: string, i: number): SweepError => (parts.why === 'roles-elsewhere' || (parts.why === 'roles-mixed' && i > 0) ? elsewhere(account) : refused(account));
  const accounts: AccountInventory[] =
    parts.why === 'unlisted'
      ? []
      : (parts.accounts ?? ['400000000015', '400000000016']).map((account, i) => ({
          target: { account, via: 'organization', roleArn: `arn:aws:iam::${account}:role/inbound-guard` },
          kinds: coverages((kind) => (kind === 'security-invitation' ? { state: 'not-governed' } : { state: 'not-read', ...(kind === 'handshake' ? {} : { regions: { selection: 'all', swept: [], skipped: [], failed: [] } }) })),
          items: [],
          errors: [roleError(account, i)],
        }));
  return buildRunReport({
    mode: parts.mode,
    toolVersion: '0.0.0-test',
    generatedAt: parts.generatedAt,
    callerAccount: '400000000011',
    policy: { path: '.github/inbound-guard.yml', digest: '0'.repeat(64) },
    accounts,
    governed: ['certificate-transfer', 'handshake', 'resource-share-invitation'],
    skippedAccounts: [],
    globalErrors: parts.why === 'unlisted' ? [ORGANIZATION_UNLISTED] : [],
    budget: { limit: 20, source: 'policy', planned: 0, tripped: false },
    results: [],
  });
}

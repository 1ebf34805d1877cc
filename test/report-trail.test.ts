/**
 * What the JSON report carries to compare runs (sender per item, counts per account, region and
 * kind, the run it comes from), kept through a merge, and the summary-json output built from it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Budget, ItemResult, Outcome } from '../src/act/types.js';
import type { Decision } from '../src/decide/types.js';
import { mergeShardReports } from '../src/merge/merge-reports.js';
import type { InboundItem } from '../src/model/items.js';
import { itemSender } from '../src/kinds/registry.js';
import { emptySummaryJson, MAX_ACTED_ON, summaryJson } from '../src/report/summary-json.js';
import type { AccountInventory } from '../src/run/account-inventory.js';
import { buildRunReport, withRunContext } from '../src/run/run-report.js';
import { countOutcomes } from '../src/run/report-counts.js';
import type { RunContext, RunReport } from '../src/run/report-types.js';
import type { Shard } from '../src/sweep/shard.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation } from './helpers/items.js';
import { iotAndHandshakeCoverage, noAccountReadReport } from './helpers/report.js';

const hex = (n: number) => n.toString(16).padStart(64, '0');
const RUN: RunContext = { id: 4242, attempt: 2, repository: 'acme/guard', workflow: 'inbound-guard', url: 'https://github.com/acme/guard/actions/runs/4242/attempts/2' };

/** An item decided and acted on as the test says; the reason is fixed, the report derives the rest. */
function result(item: InboundItem, action: Decision['action'], outcome: Outcome): ItemResult {
  return { decision: { item, action, reason: `${action} by test` }, outcome };
}

function inventory(account: string, regions: string[], items: InboundItem[]): AccountInventory {
  return { target: { account, via: account === '111111111111' ? 'credentials' : 'accounts' }, kinds: iotAndHandshakeCoverage({ selection: 'list', swept: regions, skipped: [], failed: [] }, 'swept'), items, errors: [] };
}

function runReport(results: readonly ItemResult[], options: { shard?: Shard; accounts?: AccountInventory[]; budget?: Partial<Budget>; mode?: RunReport['mode'] } = {}): RunReport {
  const planned = results.filter((r) => r.decision.action === 'reject' || r.decision.action === 'decline').length;
  return buildRunReport({
    mode: options.mode ?? 'enforce',
    toolVersion: '0.0.0-test',
    generatedAt: '2026-11-21T12:00:00.000Z',
    callerAccount: '111111111111',
    policy: { path: '.github/inbound-guard.yml', digest: 'd'.repeat(64) },
    shard: options.shard,
    accounts: options.accounts ?? [inventory('111111111111', ['eu-west-1', 'us-east-1'], results.map((r) => r.decision.item))],
    governed: ['certificate-transfer', 'handshake'],
    skippedAccounts: [],
    globalErrors: [],
    budget: { limit: 10, source: 'default', planned, tripped: false, ...options.budget },
    results,
  });
}

describe('itemSender: identifiers only, and only in AWS’s shape', () => {
  it.each([
    ['a transfer from an account', certificateTransfer({ sourceAccount: '999988887777' }), 'account:999988887777'],
    ['a transfer whose source could not be told', certificateTransfer({ sourceAccount: undefined }), 'unknown'],
    ['a transfer whose source is not an account id', certificateTransfer({ sourceAccount: '9999<b>@x' }), 'unknown'],
    ['a handshake from an organization', handshake({ organizationId: 'o-exampleorgid11' }), 'organization:o-exampleorgid11'],
    ['a handshake whose organization id is malformed: its management account', handshake({ organizationId: 'o-<script>', managementAccountId: '222233334444' }), 'management-account:222233334444'],
    ['a handshake with neither', handshake({ organizationId: undefined, managementAccountId: undefined }), 'unknown'],
  ])('%s → %s', (_case, item, sender) => {
    expect(itemSender(item)).toBe(sender);
  });
});

describe('the report’s trail fields', () => {
  const results = [
    result(certificateTransfer({ certificateId: hex(1), region: 'us-east-1', sourceAccount: '999988887777' }), 'reject', 'rejected'),
    result(certificateTransfer({ certificateId: hex(2), region: 'us-east-1', sourceAccount: '111122223333' }), 'allow', 'allowed'),
    result(certificateTransfer({ certificateId: hex(3), region: 'eu-west-1', sourceAccount: '999988887777' }), 'reject', 'failed'),
    result(handshake({ id: 'h-aaaaaaaa01', organizationId: 'o-strangerorg01' }), 'decline', 'declined'),
    result(handshake({ id: 'h-aaaaaaaa02', state: 'ACCEPTED' }), 'ignore', 'ignored'),
  ];
  const report = runReport(results);

  it('each item carries its sender', () => {
    expect(report.items.map((i) => i.sender)).toEqual(['account:999988887777', 'account:111122223333', 'account:999988887777', 'organization:o-strangerorg01', 'organization:o-exampleorgid']);
  });

  it('breakdown counts per account, region and kind, and adds up to the totals', () => {
    expect(report.breakdown.map((b) => [b.account, b.kind, b.region, b.counts.rejected, b.counts.failed, b.counts.declined, b.counts.allowed, b.counts.ignored, b.counts.planned])).toEqual([
      ['111111111111', 'certificate-transfer', 'eu-west-1', 0, 1, 0, 0, 0, 1],
      ['111111111111', 'certificate-transfer', 'us-east-1', 1, 0, 0, 1, 0, 1],
      ['111111111111', 'handshake', undefined, 0, 0, 1, 0, 1, 1],
    ]);
    expect(report.breakdown[2]).not.toHaveProperty('region');
    const sum = (key: keyof RunReport['counts']) => report.breakdown.reduce((n, b) => n + b.counts[key], 0);
    for (const key of Object.keys(report.counts) as (keyof RunReport['counts'])[]) expect(sum(key)).toBe(report.counts[key]);
  });

  it('breakdown always adds up to the totals (property)', () => {
    const outcomes: Outcome[] = ['rejected', 'declined', 'would-reject', 'failed', 'allowed', 'ignored', 'held-by-budget', 'already-handled'];
    const arb = fc.array(
      fc.record({ account: fc.constantFrom('111111111111', '222222222222'), region: fc.constantFrom('us-east-1', 'eu-west-1', 'global'), outcome: fc.constantFrom(...outcomes), n: fc.nat(9999) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const rs = rows.map((r) => {
          const item = r.region === 'global' ? handshake({ id: `h-${String(r.n).padStart(8, '0')}`, account: r.account }) : certificateTransfer({ certificateId: hex(r.n), region: r.region, account: r.account });
          return result(item, r.outcome === 'allowed' ? 'allow' : r.outcome === 'ignored' ? 'ignore' : item.kind === 'handshake' ? 'decline' : 'reject', r.outcome);
        });
        const rep = runReport(rs, { accounts: [inventory('111111111111', ['us-east-1'], []), inventory('222222222222', ['us-east-1'], [])] });
        const sum = countOutcomes([]);
        const total: Record<string, number> = { ...sum };
        for (const b of rep.breakdown) for (const [k, v] of Object.entries(b.counts)) total[k] = (total[k] ?? 0) + v;
        expect(total).toEqual(rep.counts);
        expect(new Set(rep.breakdown.map((b) => `${b.account}/${b.kind}/${b.region ?? ''}`)).size).toBe(rep.breakdown.length);
      }),
    );
  });

  it('withRunContext puts the run right after generatedAt, and leaves a report outside a runner as it is', () => {
    const stamped = withRunContext(report, RUN);
    expect(Object.keys(stamped).slice(0, 4)).toEqual(['reportVersion', 'toolVersion', 'generatedAt', 'run']);
    expect(stamped.run).toEqual(RUN);
    expect({ ...stamped, run: undefined }).toEqual({ ...report, run: undefined });
    expect(withRunContext(report, undefined)).toBe(report);
    expect(withRunContext(stamped, { ...RUN, id: 7 }).run?.id).toBe(7);
  });
});

describe('merging shard reports keeps the trail', () => {
  // An account whose us-east-1 falls to shard 1 of 2, and its eu-west-1 and handshakes to shard 2 (the merge checks).
  const account = '111111111119';
  const a = certificateTransfer({ account, certificateId: hex(1), region: 'us-east-1' });
  const b = certificateTransfer({ account, certificateId: hex(2), region: 'eu-west-1' });
  const h = handshake({ account, id: 'h-aaaaaaaa01' });
  const shard1 = withRunContext(runReport([result(a, 'reject', 'rejected')], { shard: { index: 1, count: 2 }, accounts: [inventory(account, ['us-east-1'], [a])] }), RUN);
  const shard2 = withRunContext(runReport([result(b, 'reject', 'rejected'), result(h, 'decline', 'declined')], { shard: { index: 2, count: 2 }, accounts: [inventory(account, ['eu-west-1'], [b, h])] }), { ...RUN, attempt: 3 });

  it('recomputes the breakdown and senders over every shard (the merge job stamps its own run)', () => {
    const { report } = mergeShardReports([{ file: 's1.json', report: shard1 }, { file: 's2.json', report: shard2 }]);
    expect(report.breakdown.map((r) => [r.kind, r.region, r.counts.planned])).toEqual([
      ['certificate-transfer', 'eu-west-1', 1],
      ['certificate-transfer', 'us-east-1', 1],
      ['handshake', undefined, 1],
    ]);
    expect(report.items.map((i) => i.sender)).toEqual(['account:999988887777', 'account:999988887777', 'organization:o-exampleorgid']);
    expect(report.run).toBeUndefined();
  });

  it('refuses shards of another workflow run (a leftover artifact), but not another attempt of the same run', () => {
    expect(() => mergeShardReports([{ file: 's1.json', report: shard1 }, { file: 'old/s2.json', report: withRunContext(shard2, { ...RUN, id: 4100 }) }])).toThrow(
      'old/s2.json comes from workflow run 4100, s1.json from run 4242: download only this run\'s shard reports.',
    );
  });
});

describe('summary-json', () => {
  const hostile = '<img src=x> @octocat #1 ::error::x';
  const results = [
    result(certificateTransfer({ certificateId: hex(1), region: 'us-east-1', sourceAccount: '999988887777', transferMessage: hostile }), 'reject', 'rejected'),
    result(certificateTransfer({ certificateId: hex(2), region: 'us-east-1', sourceAccount: '111122223333' }), 'allow', 'allowed'),
    result(handshake({ id: 'h-aaaaaaaa01', organizationId: 'o-strangerorg01', notes: hostile, managementName: hostile, managementEmail: `${hostile}@x.example` }), 'decline', 'failed'),
    result(handshake({ id: 'h-aaaaaaaa02', organizationId: 'o-strangerorg02' }), 'decline', 'already-handled'),
  ];
  const report = withRunContext(runReport(results), RUN);

  it('counts per kind and lists what was acted on, by id, sender and outcome', () => {
    const json = summaryJson(report);
    expect(json).toMatchObject({ version: 1, mode: 'enforce', runUrl: RUN.url, actedOnOmitted: 0, notRead: 0, budgetTripped: false, failures: 1 });
    expect(json.counts).toEqual(report.counts);
    expect(Object.keys(json.kinds)).toEqual(['certificate-transfer', 'handshake']);
    expect(json.kinds['certificate-transfer']).toMatchObject({ rejected: 1, allowed: 1, planned: 1 });
    expect(json.kinds['handshake']).toMatchObject({ failed: 1, 'already-handled': 1, planned: 2 });
    expect(json.actedOn).toEqual([
      { kind: 'certificate-transfer', account: '111111111111', region: 'us-east-1', id: hex(1), sender: 'account:999988887777', outcome: 'rejected' },
      { kind: 'handshake', account: '111111111111', id: 'h-aaaaaaaa01', sender: 'organization:o-strangerorg01', outcome: 'failed' },
      { kind: 'handshake', account: '111111111111', id: 'h-aaaaaaaa02', sender: 'organization:o-strangerorg02', outcome: 'already-handled' },
    ]);
  });

  it('carries nothing a sender wrote', () => {
    const text = JSON.stringify(summaryJson(report));
    for (const part of ['<img', '@octocat', '::error', '#1', 'x.example']) expect(text).not.toContain(part);
  });

  // Only a hostile or broken endpoint sends such ids; a step that echoes or posts actedOn must still be safe.
  it('an id not of AWS\'s shape is unknown in actedOn; ids of every kind\'s real shape pass as they are', () => {
    const arn = 'arn:aws:ram:us-east-1:999988887777:resource-share-invitation/6c8a1f6e-2a4b-4b7e-9d0c-1a2b3c4d5e6f';
    const graph = 'arn:aws:detective:us-east-1:999988887777:graph:8e6fa842345b9789b6b602cb20c89e84';
    const json = summaryJson(
      runReport([
        result(handshake({ id: '::warning::x\nh-aaaaaaaa03', organizationId: 'o-strangerorg01' }), 'decline', 'declined'),
        result(handshake({ id: '<!channel> h-aaaaaaaa04', organizationId: 'o-strangerorg01' }), 'decline', 'declined'),
        result(certificateTransfer({ certificateId: hex(9), sourceAccount: '999988887777' }), 'reject', 'rejected'),
        result(resourceShareInvitation({ invitationArn: arn }), 'reject', 'rejected'),
        result(securityInvitation({ service: 'detective', invitationId: graph }), 'decline', 'declined'),
      ]),
    );
    expect(json.actedOn.map((a) => a.id).sort()).toEqual([arn, graph, hex(9), 'unknown', 'unknown'].sort());
  });

  it(`lists at most ${MAX_ACTED_ON} items and counts the rest`, () => {
    const many = Array.from({ length: MAX_ACTED_ON + 7 }, (_, i) => result(certificateTransfer({ certificateId: hex(i) }), 'reject', 'would-reject'));
    const json = summaryJson(runReport(many, { mode: 'dry-run' }));
    expect(json.actedOn).toHaveLength(MAX_ACTED_ON);
    expect(json.actedOnOmitted).toBe(7);
    expect(json.counts['would-reject']).toBe(MAX_ACTED_ON + 7);
  });

  it('says tripped budgets and parts not read', () => {
    const tripped = summaryJson(runReport(results, { budget: { limit: 1, tripped: true } }));
    expect(tripped.budgetTripped).toBe(true);
    expect(summaryJson({ ...report, errors: [{ service: 'iot', account: '1', region: 'eu-west-1', message: 'x' }], skippedAccounts: [{ account: '2', reason: 'r', fails: true }, { account: '3', reason: 'r', fails: false }] }).notRead).toBe(2);
  });

  it('is empty where nothing was read: the mode asked for, checked false, and the step\'s failures as given', () => {
    expect(emptySummaryJson('enforce', 2, RUN.url)).toEqual({
      version: 1,
      mode: 'enforce',
      checked: false,
      runUrl: RUN.url,
      counts: { rejected: 0, declined: 0, 'would-reject': 0, 'would-decline': 0, 'already-handled': 0, 'accepted-meanwhile': 0, failed: 0, 'held-by-budget': 0, allowed: 0, ignored: 0, planned: 0 },
      kinds: {},
      actedOn: [],
      actedOnOmitted: 0,
      notRead: 0,
      budgetTripped: false,
      failures: 2,
    });
    expect(emptySummaryJson('none', 1)).not.toHaveProperty('runUrl');
    expect(emptySummaryJson('validate', 0)).toMatchObject({ mode: 'validate', checked: false, failures: 0 });
  });

  it('from a report, checked is true', () => {
    expect(summaryJson(report)).toMatchObject({ checked: true });
  });

  // docs/report.md: `.checked == false and .failures > 0` is a run that failed before it could check
  // anything. A run that read no account is one, though it has a report: the job summary and the
  // alert issue say "no account checked", and a step built on summary-json must hear the same.
  it.each(['unlisted', 'roles-refused'] as const)('a report that read no account (%s): checked is false, and what was not read and the failures are counted', (why) => {
    const unread = noAccountReadReport({ mode: 'enforce', generatedAt: '2026-11-21T12:00:00.000Z', why });
    expect(summaryJson(unread)).toMatchObject({ checked: false, notRead: unread.errors.length, failures: unread.failures.length });
    expect(unread.failures.length).toBeGreaterThan(0);
  });

  it('a report of which one account of two was read: checked is true', () => {
    const refused = noAccountReadReport({ mode: 'enforce', generatedAt: '2026-11-21T12:00:00.000Z', why: 'roles-refused', accounts: ['400000000015'] });
    const oneRead = { ...refused, accounts: [...refused.accounts, ...report.accounts] };
    expect(summaryJson(oneRead)).toMatchObject({ checked: true, notRead: 1 });
  });
});

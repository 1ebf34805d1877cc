/** Splitting a run over a job matrix, and merging the shard reports back into the one-job report. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Outcome } from '../src/act/types.js';
import { decide } from '../src/decide/decide.js';
import { mergeShardReports, type ShardReportFile } from '../src/merge/merge-reports.js';
import { readShardReports } from '../src/merge/read-shard-reports.js';
import type { InboundItem } from '../src/model/items.js';
import { renderRunSummary } from '../src/report/run-summary.js';
import { summaryJson } from '../src/report/summary-json.js';
import { alertFacts } from '../src/alert/alert-facts.js';
import { renderAlertBody, renderAlertTitle } from '../src/alert/render-alert.js';
import type { AccountInventory } from '../src/run/account-inventory.js';
import type { AccountRegions } from '../src/run/kind-coverage.js';
import { buildRunReport } from '../src/run/run-report.js';
import { countReportItems } from '../src/run/report-counts.js';
import type { RunReport } from '../src/run/report-types.js';
import { ownsUnit, parseShard, unitKey, type Shard } from '../src/sweep/shard.js';
import { compareItems, itemRegion } from '../src/kinds/registry.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakeCoverage } from './helpers/report.js';
import { rejectsWith, throwsWith } from './helpers/rejections.js';
import { testTempDir } from './helpers/temp-dir.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const policy = buildPolicy({
  // Two entries with until, one after the other: the transfers carry the later as allowedThrough.
  iotAllow: [{ sourceAccount: '111122223333', until: '2026-11-30' }, { sourceAccount: '111122223333', until: '2026-12-10' }],
  organizationsAllow: [{ organization: 'o-exampleorgid11' }],
  ram: { allow: [{ sourceAccount: '111122223333' }] },
  securityServices: { services: ['guardduty', 'detective'] },
});
const accountIdArb = fc.stringMatching(/^\d{12}$/);
const regionArb = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-south-1', 'sa-east-1', 'ca-central-1', 'eu-central-1');

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['2/3', { index: 2, count: 3 }],
    [' 7 / 7 ', { index: 7, count: 7 }],
    ['256/256', { index: 256, count: 256 }],
  ])('%s', (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });
  it.each(['0/3', '4/3', '1/0', '1/257', '2', 'a/b', '1/2/3', '-1/2', ''])('%s is refused, saying what to write', (text) => {
    throwsWith(() => parseShard(text), /is not a shard: write i\/n with 1 ≤ i ≤ n ≤ 256/);
  });
});

describe('ownsUnit', () => {
  it('n shards own every unit exactly once (n = 1, 3, 7 and any n)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(accountIdArb, fc.oneof(regionArb, fc.constant('global' as const))), { maxLength: 200 }), fc.integer({ min: 1, max: 32 }), (units, n) => {
        for (const [account, region] of units) {
          const owners = Array.from({ length: n }, (_, i) => ({ index: i + 1, count: n })).filter((shard) => ownsUnit(shard, unitKey(account, region)));
          expect(owners).toHaveLength(1);
        }
      }),
      { seed: 8 },
    );
  });

  it('without a shard every unit is this job\'s', () => {
    expect(ownsUnit(undefined, unitKey('111122223333', 'us-east-1'))).toBe(true);
  });

  it('spreads units over the shards (none of 3 shards is empty for 60 units)', () => {
    const keys = Array.from({ length: 20 }, (_, i) => `1111222233${String(i).padStart(2, '0')}`).flatMap((a) => ['us-east-1', 'eu-west-1', 'global'].map((r) => unitKey(a, r)));
    for (const index of [1, 2, 3]) expect(keys.filter((k) => ownsUnit({ index, count: 3 }, k)).length).toBeGreaterThan(5);
  });

  it.each([2, 4, 8])('with %i shards an account\'s regions go their own ways (not decided by the region name alone)', (n) => {
    const accounts = Array.from({ length: 400 }, (_, i) => String(111122220000 + i));
    const shardOf = (key: string) => Array.from({ length: n }, (_, i) => i + 1).find((index) => ownsUnit({ index, count: n }, key));
    // us-east-1 and eu-west-1 share a shard for about 1/n of the accounts, not for all or none.
    const together = accounts.filter((a) => shardOf(unitKey(a, 'us-east-1')) === shardOf(unitKey(a, 'eu-west-1'))).length;
    expect(together).toBeGreaterThan((400 / n) * 0.6);
    expect(together).toBeLessThan((400 / n) * 1.4);
    // And each shard gets about its share of 400 accounts × 3 units.
    for (let index = 1; index <= n; index++) {
      const owned = accounts.flatMap((a) => ['us-east-1', 'eu-west-1', 'global'].map((r) => unitKey(a, r))).filter((k) => ownsUnit({ index, count: n }, k)).length;
      expect(owned).toBeGreaterThan((1200 / n) * 0.7);
      expect(owned).toBeLessThan((1200 / n) * 1.3);
    }
  });
});

// ---- merge --------------------------------------------------------------------------------

const ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444'];
const REGIONS = ['eu-west-1', 'us-east-1'];
const hex = (n: number) => n.toString(16).padStart(64, '0');

/**
 * The items of a small organization: per account and region two transfers (one allowed), two RAM
 * invitations (one allowed) and a GuardDuty and a Detective invitation; per account one open
 * handshake and one accepted before the run, both from a stranger.
 */
function world(): InboundItem[] {
  let n = 0;
  return ACCOUNTS.flatMap((account) => [
    ...REGIONS.flatMap((region) => [
      certificateTransfer({ account, region, certificateId: hex(++n), sourceAccount: '111122223333' }),
      certificateTransfer({ account, region, certificateId: hex(++n), sourceAccount: '999988887777', transferMessage: '<b>@x</b>' }),
      resourceShareInvitation({ account, region, senderAccountId: '111122223333', invitationArn: `arn:aws:ram:${region}:111122223333:resource-share-invitation/${hex(++n).slice(0, 36)}` }),
      resourceShareInvitation({ account, region, senderAccountId: '999988887777', shareName: '<img src=x> @x', invitationArn: `arn:aws:ram:${region}:999988887777:resource-share-invitation/${hex(++n).slice(0, 36)}` }),
      securityInvitation({ account, region, service: 'guardduty', administratorAccountId: '999988887777' }),
      securityInvitation({ account, region, service: 'detective', administratorAccountId: '999988887777' }),
    ]),
    handshake({ account, id: `h-${account}` , organizationId: 'o-strangerorg01' }),
    handshake({ account, id: `h-joined${account}`, state: 'ACCEPTED', organizationId: 'o-strangerorg01' }),
  ]);
}

/** What one job (or shard `shard`) reports in dry-run for `world()`: the engine's own report builder, fed the units it owns. */
function runReport(shard: Shard | undefined, limit = 1000): RunReport {
  const accounts: AccountInventory[] = ACCOUNTS.map((account) => {
    const regions = REGIONS.filter((r) => ownsUnit(shard, unitKey(account, r)));
    const global = ownsUnit(shard, unitKey(account, 'global'));
    // In the order the sweep gives them: by kind, region, id.
    const items = world().filter((i) => i.account === account && (itemRegion(i) === undefined ? global : regions.includes(itemRegion(i) ?? ''))).sort(compareItems);
    const legacy = iotAndHandshakeCoverage({ selection: 'all', swept: regions, skipped: [{ region: 'me-central-1', reason: 'AWS IoT Core is not offered in this region' }], failed: [] }, global ? 'swept' : 'other-shard');
    const read = { state: 'swept' as const, regions: { selection: 'all' as const, swept: regions, skipped: [{ region: 'mx-central-1', reason: 'Amazon Detective is not offered in this region' }], failed: [] } };
    return {
      target: { account, roleArn: `arn:aws:iam::${account}:role/g`, via: 'organization' },
      kinds: { ...legacy, 'resource-share-invitation': read, 'security-invitation': read },
      items,
      errors: [],
    };
  });
  const decisions = decide(accounts.flatMap((a) => a.items), policy, NOW);
  const planned = decisions.filter((d) => d.action !== 'allow' && d.action !== 'ignore').length;
  const shardLimit = shard === undefined ? limit : Math.floor(limit / shard.count);
  const preview = (a: string): Outcome => (a === 'reject' ? 'would-reject' : a === 'decline' ? 'would-decline' : a === 'allow' ? 'allowed' : 'ignored');
  return buildRunReport({
    mode: 'dry-run',
    toolVersion: '9.9.9',
    generatedAt: NOW.toISOString(),
    callerAccount: '210987654321',
    policy: { path: policy.path, digest: 'd'.repeat(64) },
    shard,
    accounts,
    governed: ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'],
    skippedAccounts: [{ account: '555555555555', reason: 'the organization lists it as SUSPENDED, not ACTIVE', fails: false }],
    globalErrors: [],
    budget: { limit: shardLimit, source: 'input', planned, tripped: planned > shardLimit, ...(shard === undefined ? {} : { share: { runLimit: limit, shards: shard.count } }) },
    // As the act stage settles them: a handshake accepted before the run is accepted-meanwhile, with its detail.
    results: decisions.map((decision) => (decision.acceptedAgainstPolicy === undefined ? { decision, outcome: preview(decision.action) } : { decision, outcome: 'accepted-meanwhile' as const, detail: decision.acceptedAgainstPolicy })),
  });
}

const shardFiles = (n: number): ShardReportFile[] => Array.from({ length: n }, (_, i) => ({ file: `reports/shard-${i + 1}.json`, report: runReport({ index: i + 1, count: n }) }));
/**
 * As a shard writes its report: each account's regions it left to the other shards named
 * (otherShards), so the merge can tell the regions no report covers.
 */
function leavingOthers(report: RunReport): RunReport {
  const leave = (r: AccountRegions): AccountRegions => {
    const others = REGIONS.filter((region) => !r.swept.includes(region));
    return others.length === 0 ? r : { ...r, otherShards: others };
  };
  return {
    ...report,
    accounts: report.accounts.map((a) => ({
      ...a,
      regions: leave(a.regions),
      kinds: Object.fromEntries(Object.entries(a.kinds).map(([k, c]) => [k, c.regions === undefined ? c : { ...c, regions: leave(c.regions) }])) as typeof a.kinds,
    })),
  };
}

/** The summary without the lines that differ by design (title's shard, budget limit). */
const comparable = (md: string) => md.replace(/ · shard \d+\/\d+/, '').replace(/^Budget: .*$/m, '');

describe('mergeShardReports', () => {
  it.each<[string, RunReport['errors'][number]['service'], string, string]>([
    ['its role not assumed', 'sts', 'AccessDenied: not authorized to perform sts:AssumeRole', 'AccessDenied'],
    ['its region list not read', 'account', 'ListRegions: AccessDeniedException: not authorized to perform account:ListRegions', 'AccessDeniedException'],
  ])('a shard that could not read an account (%s): its regions are not read for that cause, and the handshakes another shard swept stay swept', (_cause, service, message, code) => {
    const shards: Shard[] = [{ index: 1, count: 2 }, { index: 2, count: 2 }];
    // An account whose handshakes shard 2 owns: shard 1, merged first, cannot read it (its 'not-read' once won).
    const account = ACCOUNTS.find((a) => ownsUnit(shards[1], unitKey(a, 'global'))) ?? '';
    const blind = 0;
    const files = shards.map((sh, i) => {
      const report = runReport(sh);
      if (i === blind) {
        const none = { selection: 'all' as const, swept: [], skipped: [], failed: [] };
        const accounts = report.accounts.map((a) => (a.account !== account ? a : { ...a, read: 'none' as const, regions: none, handshakes: 'not-read' as const, kinds: Object.fromEntries(Object.entries(a.kinds ?? {}).map(([k, c]) => [k, { state: 'not-read' as const, ...(c.regions === undefined ? {} : { regions: none }) }])) as unknown as typeof a.kinds, counts: { ...a.counts, planned: 0, allowed: 0 } }));
        return { file: `reports/shard-${sh.index}.json`, report: { ...report, accounts, items: report.items.filter((it) => it.item.account !== account), errors: [{ service, account, message, code }] } };
      }
      // The shard that read the account leaves the regions it does not own to the others.
      const accounts = report.accounts.map((a) => {
        if (a.account !== account) return a;
        const leave = (r: typeof a.regions) => ({ ...r, otherShards: REGIONS.filter((region) => !r.swept.includes(region)) });
        return { ...a, regions: leave(a.regions), kinds: Object.fromEntries(Object.entries(a.kinds ?? {}).map(([k, c]) => [k, c.regions === undefined ? c : { ...c, regions: leave(c.regions) }])) as typeof a.kinds };
      });
      return { file: `reports/shard-${sh.index}.json`, report: { ...report, accounts } };
    });
    const merged = mergeShardReports(files).report;
    const row = merged.accounts.find((a) => a.account === account);
    expect(row?.handshakes).toBe('swept');
    const gaps = merged.errors.filter((e) => e.account === account && e.service !== service);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap.message).toMatch(/^not read: the shard that owns it could not read this account \(its error is listed too\)/);
    expect(merged.errors.some((e) => e.message.startsWith('read by no shard'))).toBe(false);
  });

  it("a write refused as not allowed in a shard: its hint stays on the item, and the merged failures say it once per cause", () => {
    const hint = 'The guard role arn:aws:iam::111111111111:role/g was assumed in account 111111111111, but this call was refused to it.';
    const files = shardFiles(2).map((f, i) => (i > 0 ? f : { ...f, report: { ...f.report, items: f.report.items.map((it) => (it.action === 'reject' ? { ...it, outcome: 'failed' as const, detail: 'AccessDeniedException: no', hint } : it)) } }));
    const merged = mergeShardReports(files).report;
    const failed = merged.items.filter((i) => i.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(1);
    expect(failed.every((i) => i.hint === hint)).toBe(true);
    expect(merged.failures.filter((f) => f.includes(hint))).toEqual([`${failed.length} writes were refused as not allowed. ${hint}`]);
  });

  it.each([1, 3, 7])('%i shards merge into the report and summary one job writes', (n) => {
    const one = runReport(undefined);
    const merged = mergeShardReports(shardFiles(n)).report;
    expect(merged.items).toEqual(one.items);
    // allowedThrough (the end of an allowance, known only where the policy was) is kept per item.
    expect(merged.items.filter((i) => i.allowedThrough === '2026-12-10')).toHaveLength(ACCOUNTS.length * REGIONS.length);
    expect(merged.accounts).toEqual(one.accounts);
    expect(merged.counts).toEqual(one.counts);
    expect(merged.kinds).toEqual(one.kinds);
    expect(one.kinds['resource-share-invitation'].counts['would-reject']).toBe(ACCOUNTS.length * REGIONS.length);
    expect(merged.skippedAccounts).toEqual(one.skippedAccounts);
    expect(merged.failures).toEqual(one.failures);
    // The handshakes accepted before the run: counted, a failure, and their own section, as in one job.
    expect(merged.counts['accepted-meanwhile']).toBe(ACCOUNTS.length);
    expect(merged.failures).toContainEqual(expect.stringMatching(/^4 items the policy does not allow were accepted in the account \(before this run/));
    expect(renderRunSummary(merged)).toContain(`### ⚠️ Accepted against the policy (${ACCOUNTS.length})`);
    expect(comparable(renderRunSummary(merged))).toBe(comparable(renderRunSummary(one)));
  });

  it('adds up the shard budgets (each ⌊limit/n⌋) and trips when any shard tripped', () => {
    const files = shardFiles(3);
    expect(mergeShardReports(files).report.budget).toMatchObject({ limit: 3 * Math.floor(1000 / 3), tripped: false });
    const tripped = files.map((f, i) => (i === 1 ? { ...f, report: { ...f.report, budget: { ...f.report.budget, tripped: true } } } : f));
    const merged = mergeShardReports(tripped).report;
    expect(merged.budget.tripped).toBe(true);
  });

  it('names each shard that tripped with its own count and share, in the summary and the failures: the sum over the shards reads as within the budget', () => {
    // The shards find 11, 13 and 12 items to act on: 36 together.
    const matrix = (runLimit: number, mode: RunReport['mode']) => {
      const share = { runLimit, shards: 3 };
      const each = Math.floor(runLimit / 3);
      return mergeShardReports(shardFiles(3).map((f) => ({ ...f, report: { ...f.report, mode, budget: { ...f.report.budget, limit: each, share, tripped: f.report.budget.planned > each } } }))).report;
    };
    expect(shardFiles(3).map((f) => f.report.budget.planned)).toEqual([11, 13, 12]);
    // max-actions 36: 12 each. 36 of 36 in all, but shard 2/3 alone found 13.
    const one = matrix(36, 'enforce');
    expect(one.budget).toMatchObject({ limit: 36, planned: 36, tripped: true, trippedShards: [{ index: 2, planned: 13 }] });
    const share = 'the budget of 36 (the max-actions input) is split over 3 shards, 12 each';
    expect(renderRunSummary(one)).toContain(`> **Budget tripped: shard 2/3 found 13 items to reject or decline, more than its share; ${share}.** That shard wrote nothing.`);
    expect(one.failures[0]).toBe(`Shard 2/3 found 13 items to reject or decline, more than its share: ${share}; it wrote nothing. Check the policy for a mistake; if the list is right, raise max-actions for one run.`);
    // max-actions 33: 11 each. Shards 2/3 and 3/3 trip.
    const two = matrix(33, 'enforce');
    expect(two.budget.trippedShards).toEqual([{ index: 2, planned: 13 }, { index: 3, planned: 12 }]);
    expect(renderRunSummary(two)).toContain("> **Budget tripped: shards 2/3 and 3/3 found 13 and 12 items to reject or decline, more than each one's share; the budget of 33 (the max-actions input) is split over 3 shards, 11 each.** Those shards wrote nothing.");
    expect(two.failures[0]).toMatch(/^Shards 2\/3 and 3\/3 found 13 and 12 items to reject or decline, more than each one's share: .*; they wrote nothing\./);
    // A dry-run matrix: what enforce would do, in words that say nothing tripped.
    const dry = renderRunSummary(matrix(36, 'dry-run'));
    expect(dry).not.toContain('Budget tripped');
    expect(dry).toContain(`> **The budget would trip: shard 2/3 found 13 items to reject or decline, more than its share; ${share}.** In enforce, a shard that trips writes nothing and fails.`);
    // None tripped: the merged report says so, with an empty list.
    expect(matrix(39, 'enforce').budget).toMatchObject({ tripped: false, trippedShards: [] });
  });

  it('an enforce matrix: the heading of the items to act on says what the run did, naming the shards that tripped and wrote nothing', () => {
    // As each shard's act stage settles them: a shard over its share holds every item to act on; the others write.
    const enforced = (runLimit: number) => {
      const share = { runLimit, shards: 3 };
      const each = Math.floor(runLimit / 3);
      return mergeShardReports(
        shardFiles(3).map((f) => {
          const tripped = f.report.budget.planned > each;
          const outcome = (o: Outcome): Outcome => (o === 'would-reject' ? (tripped ? 'held-by-budget' : 'rejected') : o === 'would-decline' ? (tripped ? 'held-by-budget' : 'declined') : o);
          return { ...f, report: { ...f.report, mode: 'enforce' as const, budget: { ...f.report.budget, limit: each, share, tripped }, items: f.report.items.map((i) => ({ ...i, outcome: outcome(i.outcome) })) } };
        }),
      ).report;
    };
    const heading = (report: RunReport) => renderRunSummary(report).split('\n').find((l) => /^### (Acted|To act)/.test(l));
    // Shard 2/3 (13 items) over its 12: it wrote nothing, shards 1/3 and 3/3 wrote their 23.
    const one = enforced(36);
    expect(one.counts).toMatchObject({ 'held-by-budget': 13, planned: 36 });
    expect(one.counts.rejected + one.counts.declined).toBe(23);
    // The count says how many were acted on (the acted output's count) and how many held, as the headline does: "(36)" alone reads as 36 acted on.
    expect(heading(one)).toBe('### Acted on in part: 23 of 36 (13 held by the budget) — shard 2/3 wrote nothing (its budget tripped)');
    expect(heading(enforced(33))).toBe('### Acted on in part: 11 of 36 (25 held by the budget) — shards 2/3 and 3/3 wrote nothing (their budgets tripped)');
    // Every shard over its 10: nothing was written anywhere, as in one job whose budget tripped.
    expect(heading(enforced(30))).toBe('### To act on (36)');
    expect(heading(enforced(39))).toBe('### Acted on (36)');
    // A shard's own report that tripped wrote nothing.
    const own = shardFiles(3)[1]!.report;
    expect(heading({ ...own, mode: 'enforce', budget: { ...own.budget, limit: 12, share: { runLimit: 36, shards: 3 }, tripped: true }, items: own.items.map((i) => (i.action === 'reject' || i.action === 'decline' ? { ...i, outcome: 'held-by-budget' as const } : i)) })).toBe('### To act on (13)');
  });

  it.each<[string, (files: ShardReportFile[]) => ShardReportFile[], RegExp]>([
    ['a duplicated shard', (f) => [...f, { ...f[0]!, file: 'reports/again.json' }], /Shard 1\/3 is there 2 times \(reports\/shard-1\.json, reports\/again\.json\)/],
    ['another policy', (f) => f.map((x, i) => (i === 2 ? { ...x, report: { ...x.report, policy: { ...x.report.policy, digest: 'e'.repeat(64) } } } : x)), /reports\/shard-3\.json was run with another policy/],
    ['another mode', (f) => f.map((x, i) => (i === 0 ? { ...x, report: { ...x.report, mode: 'enforce' as const } } : x)), /ran in enforce, .* in dry-run|ran in dry-run, .* in enforce/],
    ['another shard count', (f) => f.map((x, i) => (i === 2 ? { ...x, report: { ...x.report, shard: { index: 3, count: 4 } } } : x)), /is shard 3\/4, but .* is one of 3 shards/],
    ['another max-actions', (f) => f.map((x, i) => (i === 1 ? { ...x, report: { ...x.report, budget: { ...x.report.budget, limit: 2, share: { runLimit: 6, shards: 3 } } } } : x)), /reports\/shard-2\.json ran with max-actions 6 \(from the max-actions input\), reports\/shard-1\.json with max-actions \d+ \(from the max-actions input\): give every shard job the same max-actions/],
    ['a budget from another source', (f) => f.map((x, i) => (i === 2 ? { ...x, report: { ...x.report, budget: { ...x.report.budget, source: 'policy' as const } } } : x)), /reports\/shard-3\.json ran with max-actions \d+ \(from the policy\)/],
    ['another release', (f) => f.map((x, i) => (i === 1 ? { ...x, report: { ...x.report, toolVersion: '1.0.0' } } : x)), /written by inbound-guard 1\.0\.0/],
    ['a report without a shard', (f) => [{ file: 'one.json', report: runReport(undefined) }, ...f], /one\.json is not a shard report/],
    // Shard 3's report saved as shard 1's as well (a mis-wired matrix): shard 1 missing in effect, shard 3 twice.
    ['a report relabelled as another shard', (f) => [{ file: 'reports/shard-1.json', report: { ...f[2]!.report, shard: { index: 1, count: 3 } } }, f[1]!, f[2]!], /reports\/shard-1\.json says it is shard 1\/3, but \d+ of its items belong to another shard/],
  ])('refuses %s', (_case, edit, message) => {
    throwsWith(() => mergeShardReports(edit(shardFiles(3))), message);
  });

  it.each<[string, (files: ShardReportFile[]) => ShardReportFile[], RegExp]>([
    ['a duplicated shard', (f) => [f[0]!, { ...f[0]!, file: 'reports/again.json' }, f[2]!], /^The shard reports cannot be merged:\n- Shard 1\/3 is there 2 times \(reports\/shard-1\.json, reports\/again\.json\): keep one report per shard\.$/],
    ['another policy', (f) => [f[0]!, { ...f[2]!, report: { ...f[2]!.report, policy: { ...f[2]!.report.policy, digest: 'e'.repeat(64) } } }], /^The shard reports cannot be merged:\n- reports\/shard-3\.json was run with another policy/],
  ])('with shard 2/3 missing, still refuses %s (and says only that: the missing shard is not a reason to refuse)', (_case, edit, message) => {
    throwsWith(() => mergeShardReports(edit(shardFiles(3))), message);
  });

  it("merges the shards that reported when one's report is missing: the shard is one error that fails the step, and its units are not read, not drift", () => {
    const two: Shard = { index: 2, count: 3 };
    const present = shardFiles(3).filter((f) => f.report.shard?.index !== 2).map((f) => ({ ...f, report: leavingOthers(f.report) }));
    const { report, shards, missing } = mergeShardReports(present);
    expect([shards, missing]).toEqual([3, [2]]);
    // Every item the other shards reported, and only those: their writes are not lost with the missing shard.
    const othersOwn = (i: RunReport['items'][number]) => !ownsUnit(two, unitKey(i.item.account, itemRegion(i.item) ?? 'global'));
    expect(report.items).toEqual(runReport(undefined).items.filter(othersOwn));
    expect(report.items.length).toBeGreaterThan(0);
    expect(report.counts).toEqual(countReportItems(report.items));
    const message = "Shard 2/3's report is missing: the accounts and regions it owns were not reported (its job may have failed before uploading; re-run it, then re-run this merge)";
    // One error for all the shard owns, with a code to group by: no per-region "read by no shard" (drift) for its units.
    expect(report.errors).toEqual([{ service: 'shard', shard: two, message, code: 'ShardReportMissing' }]);
    expect(report.failures.filter((f) => f.includes('Shard 2/3'))).toEqual([`${message}.`]);
    // Each account: what shard 2/3 owns is not read (failed, and notReported says why); the rest as read.
    let owned = 0;
    for (const a of report.accounts) {
      const regions = REGIONS.filter((r) => ownsUnit(two, unitKey(a.account, r)));
      const global = ownsUnit(two, unitKey(a.account, 'global'));
      owned += regions.length + (global ? 1 : 0);
      for (const c of [a.regions, a.kinds['resource-share-invitation'].regions, a.kinds['security-invitation'].regions]) {
        expect(c?.failed).toEqual(regions);
        expect(c?.notReported ?? []).toEqual(regions);
        expect(c?.readByNoShard).toBeUndefined();
      }
      expect(a.kinds['security-invitation'].state).toBe(regions.length > 0 ? 'failed' : 'swept');
      expect(a.handshakes).toBe(global ? 'failed' : 'swept');
      expect(a.read).toBe(regions.length > 0 || global ? 'partial' : 'complete');
    }
    expect(owned).toBeGreaterThan(0);
    // The budget: the sums over the two shards that reported, said so in the summary.
    expect(report.budget).toMatchObject({ limit: 2 * Math.floor(1000 / 3), planned: present.reduce((n, f) => n + f.report.budget.planned, 0), tripped: false, share: { runLimit: 1000, shards: 3 } });
    const md = renderRunSummary(report);
    expect(md.split('\n')[0]).toMatch(/^## ❌ /);
    expect(md).toMatch(/^\*\*.* · 1 part not read\*\*/m);
    expect(md).toContain(`| — | <code>shard</code> | — | Shard 2/3&#39;s report is missing`);
    expect(md).toMatch(/^Budget: \d+ of 666 actions \(the max-actions input — each of 3 shards may act on ⌊1000 \/ 3⌋ = 333; counted over the 2 shards that reported: 2\/3 has no report\)\.$/m);
    // summary-json: counted from the report, as for any run with a part not read.
    expect(summaryJson(report)).toMatchObject({ checked: true, notRead: 1, failures: report.failures.length, counts: report.counts });
  });

  it('the organization changed while the matrix ran (an account shard 1 never saw): the regions no shard read are failed, and so is each regional kind there, never swept', () => {
    const two = (index: number): Shard => ({ index, count: 2 });
    // An account of which shard 1 owns a region: shard 1 listed the organization before it joined (or after it left).
    const account = ACCOUNTS.find((a) => REGIONS.some((r) => ownsUnit(two(1), unitKey(a, r)))) ?? '';
    const unread = REGIONS.filter((r) => ownsUnit(two(1), unitKey(account, r)));
    const files = shardFiles(2).map((f) => {
      const report = leavingOthers(f.report);
      if (f.report.shard?.index !== 1) return { ...f, report };
      return { ...f, report: { ...report, accounts: report.accounts.filter((a) => a.account !== account), items: report.items.filter((i) => i.item.account !== account) } };
    });
    const merged = mergeShardReports(files).report;
    const row = merged.accounts.find((a) => a.account === account);
    expect(unread.length).toBeGreaterThan(0);
    for (const kind of ['certificate-transfer', 'resource-share-invitation', 'security-invitation'] as const) {
      const coverage = row?.kinds[kind];
      expect(coverage?.regions?.readByNoShard, kind).toEqual(unread);
      expect(coverage?.regions?.failed, kind).toEqual(unread);
      // As one job says of a kind it could not read in every region (run/account-inventory.ts): failed, not swept.
      expect(coverage?.state, kind).toBe('failed');
    }
    expect(row?.read).toBe('partial');
    expect(merged.errors.filter((e) => e.account === account && e.region !== undefined).map((e) => e.region)).toEqual(unread);
    // The summary's kinds table warns of it for each regional kind, as it does of any part not read.
    const kindsTable = renderRunSummary(merged).split('\n').filter((line) => /^\| (IoT certificate transfers|RAM resource-share invitations|Security-service administrator invitations) \|/.test(line));
    expect(kindsTable).toHaveLength(3);
    for (const line of kindsTable) expect(line).toContain('⚠️ not read in 1 account (see Not read)');
  });

  it('the alert issue names each missing shard, and a different shard missing is different findings', () => {
    const without = (index: number) => mergeShardReports(shardFiles(3).filter((f) => f.report.shard?.index !== index).map((f) => ({ ...f, report: leavingOthers(f.report) }))).report;
    const facts = alertFacts({ kind: 'report', report: without(2) }, NOW);
    expect(facts.needsAttention).toBe(true);
    const body = renderAlertBody(facts, 'p.yml');
    expect(body).toContain('| the accounts and regions shard 2/3 owns | Shard 2/3&#39;s report is missing');
    expect(renderAlertTitle(facts)).toContain('1 part not read');
    expect(facts.fingerprint).not.toBe(alertFacts({ kind: 'report', report: without(3) }, NOW).fingerprint);
    // Two missing: two rows, two failures.
    const one = mergeShardReports(shardFiles(3).filter((f) => f.report.shard?.index === 1).map((f) => ({ ...f, report: leavingOthers(f.report) })));
    expect(one.missing).toEqual([2, 3]);
    expect(one.report.errors.filter((e) => e.service === 'shard').map((e) => e.shard)).toEqual([{ index: 2, count: 3 }, { index: 3, count: 3 }]);
  });

  it('counts what the reports list, not what they say they counted', () => {
    const files = shardFiles(3);
    const honest = mergeShardReports(files).report.counts;
    const edited = files.map((f, i) => (i === 0 ? { ...f, report: { ...f.report, counts: { ...f.report.counts, planned: 0, 'would-reject': 0, 'would-decline': 0 } } } : f));
    expect(mergeShardReports(edited).report.counts).toEqual(honest);
  });

  it("counts each account from the items listed in it, not from a shard's own per-account counts", () => {
    const files = shardFiles(3);
    const honest = mergeShardReports(files).report.accounts;
    // One shard report edited by hand (or written by a buggy release): its account counts say other than its items.
    const lying = (counts: RunReport['counts']) => ({ ...counts, 'would-reject': counts['would-reject'] + 99, allowed: 0, planned: 7 });
    const edited = files.map((f, i) => (i === 0 ? { ...f, report: { ...f.report, accounts: f.report.accounts.map((a) => ({ ...a, counts: lying(a.counts) })) } } : f));
    const merged = mergeShardReports(edited).report;
    expect(merged.accounts).toEqual(honest);
    for (const a of merged.accounts) expect(a.counts).toEqual(countReportItems(merged.items.filter((i) => i.item.account === a.account)));
  });

  it('refuses nothing at all: no report means no run was checked', () => {
    throwsWith(() => mergeShardReports([]), /No shard report was found/);
  });
});

describe('readShardReports', () => {
  const dir = () => testTempDir('inbound-guard-reports-');

  it('reads every *.json under the folder, in subfolders too (one per downloaded artifact)', async () => {
    const workspace = dir();
    for (const [i, f] of shardFiles(2).entries()) {
      mkdirSync(join(workspace, 'r', `a${i}`), { recursive: true });
      writeFileSync(join(workspace, 'r', `a${i}`, 'report.json'), JSON.stringify(f.report));
    }
    writeFileSync(join(workspace, 'r', 'notes.txt'), 'not a report');
    const files = await readShardReports(workspace, 'r');
    expect(files.map((f) => f.file)).toEqual([join('r', 'a0', 'report.json'), join('r', 'a1', 'report.json')]);
    expect(mergeShardReports(files).shards).toBe(2);
    expect(mergeShardReports(files).report.items.filter((i) => i.allowedThrough === '2026-12-10')).toHaveLength(ACCOUNTS.length * REGIONS.length);
  });

  it.each<[string, string, RegExp]>([
    ['not JSON', '{', /r\/x\.json is not JSON, so it is not a shard report/],
    ['another report version', JSON.stringify({ reportVersion: 1 }), /r\/x\.json is not an inbound-guard report of version 2 \(reportVersion 1\)/],
    ['a truncated report', JSON.stringify({ reportVersion: 2, accounts: [], items: [] }), /^r\/x\.json is not a shard report as inbound-guard writes one; re-run the shard or re-download its artifact:\n- toolVersion is missing\n/],
  ])('refuses %s, naming the file', async (_case, text, message) => {
    const workspace = dir();
    mkdirSync(join(workspace, 'r'));
    writeFileSync(join(workspace, 'r', 'x.json'), text);
    await rejectsWith(readShardReports(workspace, 'r'), message);
  });

  it('a folder that is not there says to download the artifacts first', async () => {
    await rejectsWith(readShardReports(dir(), 'nowhere'), /Cannot read the reports folder nowhere .*download the shard artifacts into it first/);
  });
});

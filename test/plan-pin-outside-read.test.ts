/**
 * Plan mode when the PR's `accounts` pin leaves out accounts its own targets reach that the base
 * guards (one plan run: see helpers/plan-main-run.ts): they are read for the base's view, so what
 * the base does there is counted as no longer acted on (as when the PR turns the organization off),
 * one that cannot be read is a gap in the comparison, and the plan still fails on each of them, as
 * a scheduled run with the PR's policy would.
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const POLICY = (pin: string) => `version: 1\naccounts: [${pin}]\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n`;
const BASE = POLICY('"400000000000", "400000000001", "400000000011", "400000000012", "400000000013", "400000000015"');
const HEAD = POLICY('"400000000001", "400000000011", "400000000012"');

// test/emulator/scenarios/organization.yml, read from 400000000001: the PR's pin leaves out 000, 013
// and 015, which the base guards. 013 holds two transfers from strangers and a TRANSFER_RESPONSIBILITY
// handshake the base acts on; 015 has no role to assume.
it('plan: accounts the PR’s targets reach outside its pin are read for the base, their items counted as no longer acted on; one that cannot be read is a gap; the job still fails on each', async () => {
  const r = await runPlan({ failComment: false, scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001', basePolicy: BASE, headPolicy: HEAD });
  const report = r.report as unknown as { failures: string[]; errors: unknown[]; skippedAccounts: { account: string; fails: boolean }[]; plan: { noLongerGuarded: string[]; baseOnlyErrors: { service: string; account?: string }[]; changes: { key: string; change: string }[] } };
  // Still a failure, as a scheduled run with the PR's policy would fail on them: the pin's warning.
  expect(r.code).toBe(1);
  expect(report.failures).toEqual(['400000000000', '400000000013', '400000000015'].map((a) => `Account ${a} was not guarded: not in the policy's accounts pin, so this policy may not govern it: add it to accounts or to targets.exclude.`));
  expect(report.skippedAccounts.filter((s) => s.fails).map((s) => s.account)).toEqual(['400000000000', '400000000013', '400000000015']);
  // 015's role refused: a gap in the comparison, not a part the PR's policy reads.
  expect(report.errors).toEqual([]);
  expect(report.plan.baseOnlyErrors.map((e) => [e.service, e.account])).toEqual([['sts', '400000000015']]);
  expect(report.plan.noLongerGuarded).toEqual(['400000000000', '400000000013', '400000000015']);
  // 013's two transfers from strangers and its handshake: acted on today, no longer with the PR.
  expect(report.plan.changes.filter((c) => c.change !== 'unchanged').map((c) => [c.key.split(':').slice(0, 2).join(':'), c.change])).toEqual([
    ['iot:ap-east-1', 'newly-left-alone'],
    ['iot:us-east-1', 'newly-left-alone'],
    ['organizations:h-y44tmnql9hq94ds6av4n9gyr', 'newly-left-alone'],
  ]);
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but 3 accounts the base branch’s policy guards are not guarded by this one.** 1 of them was not read (see the warning below), so what is pending there is not counted here. Merged, this policy would **stop acting on 3** of the 13 items found in 5 accounts under either policy (4 of them only where the base branch’s policy sweeps and this one does not; 1 more account could not be read).');
    expect(body).toContain('### Pending items whose fate changes (3)');
    expect(body.match(/\| ↷ no longer acted on \|[^\n]*<code>400000000013<\/code>/g)).toHaveLength(3);
    expect(body).toContain('> - <code>400000000013</code>: this policy’s targets reach it, but its `accounts` pin leaves it out: read for the base branch’s policy alone\n');
    expect(body).toContain('> - <code>400000000015</code>: this policy’s targets reach it, but its `accounts` pin leaves it out: read for the base branch’s policy alone, but its role could not be used, so what is pending there is in no count');
    expect(body).toContain('> - <code>400000000015</code>, STS: could not assume');
    // 015 fails the job for being outside the pin: the gap's warning does not say the job does not fail on it.
    expect(body).toContain('so the plan job does not fail on what could not be read (a scheduled run with it would not read them either; an account its targets reach outside its `accounts` pin still fails it, as the warning on accounts not guarded says):');
    expect(body).toContain('> **3 accounts not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on them, as a scheduled run would. This policy reads nothing of them, but 2 were read for the base branch’s policy alone, which guards them (no longer guarded, above); nothing was read of the other one, so its items are not in this plan:');
  }
  expect(r.log).toContain("3 accounts the base branch's policy guards are not guarded by the PR's (1 not read: what is pending there is not counted; the \"No longer guarded\" group names each).");
  // The sweep's opening line says what is read for which policy, not 6 accounts guarded.
  expect(r.log).toContain("Reading 6 accounts for the two policies (5 through a role): 3 the PR's policy guards, 3 only the base branch's; 4 not guarded by the PR's policy (see the summary)");
  expect(r.log).toContain("no longer guarded: 400000000013: this policy's targets reach it, but its `accounts` pin leaves it out: read for the base branch's policy alone");
}, 60000);

/**
 * Plan mode when the PR pins `accounts` to what its own `targets` name and drops an account the
 * base's `targets` name (one plan run: see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const POLICY = (pin: string, accounts: string) => `version: 1\n${pin}targets:\n  role-name: inbound-guard\n  accounts: [${accounts}]\niot:\n  allow:\n    - source-account: "111122223333"\n`;
const BASE = POLICY('', '"400000000011", "400000000012"');
const HEAD = POLICY('accounts: ["400000000011"]\n', '"400000000011"');

// test/emulator/scenarios/organization.yml, read from 400000000001: a scheduled run with the PR's
// policy would read 400000000011 alone, and fail on nothing. 400000000012 is a loss, not a failure:
// read for the base, its 4 items are found only where the base sweeps (3 of them acted on today).
it('plan: an account only the base’s targets name, outside the PR’s pin, is reported as no longer guarded, and the job does not fail on it', async () => {
  const r = await runPlan({ failComment: false, scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001', basePolicy: BASE, headPolicy: HEAD });
  expect(r.code).not.toBe(1);
  expect(r.report.failures).toEqual([]);
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but 1 account the base branch’s policy guards is not guarded by this one.** Merged, this policy would **stop acting on 3** of the 9 items found in 2 accounts under either policy (4 of them only where the base branch’s policy sweeps and this one does not).');
    expect(body).not.toContain('not guarded**');
    expect(body).not.toContain('accounts pin, so this policy may not govern it');
  }
  expect(r.log).toContain("(of the 9 items found under either policy, 4 of them only where the base branch's policy sweeps and the PR's does not); the PR's policy would act on 3 (budget 10). 1 account the base branch's policy guards is not guarded by the PR's (the \"No longer guarded\" group names it). Nothing was written.");
  expect(r.log).not.toContain('not in the policy');
  expect(r.report).toMatchObject({ skippedAccounts: [], plan: { noLongerGuarded: ['400000000012'] } });
}, 60000);

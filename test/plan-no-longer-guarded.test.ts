/**
 * Plan mode when the PR's policy stops guarding accounts the base branch's guards (the UAT case:
 * the base guards the organization less 400000000015, the PR names 400000000011 and 400000000012;
 * test/emulator/scenarios/organization.yml, read from 400000000001; see helpers/plan-main-run.ts).
 * The verdict counts them; the comment, the job summary and the log name them, as the JSON report's
 * plan.noLongerGuarded does.
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const ALLOW = 'iot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const SCENARIO = 'test/emulator/scenarios/organization.yml';

it('plan: the accounts no longer guarded are named in the comment, the job summary and the log, not only counted', async () => {
  const base = `version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n  exclude: ["400000000015"]\n${ALLOW}`;
  const head = `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["400000000011", "400000000012"]\n${ALLOW}`;
  const r = await runPlan({ failComment: false, scenario: SCENARIO, account: '400000000001', basePolicy: base, headPolicy: head });
  const lost = ['400000000000', '400000000001', '400000000013'];
  expect(r.report).toMatchObject({ plan: { noLongerGuarded: lost } });
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but 3 accounts the base branch’s policy guards are not guarded by this one.**');
    expect(body).toContain(['> [!WARNING]', '> **3 accounts no longer guarded**: the base branch’s policy guards them, this one does not:', ...lost.map((id) => `> - <code>${id}</code>: only the base branch’s targets reach it: read for that policy alone`), ''].join('\n'));
  }
  expect(r.log).toContain(['::group::No longer guarded (3 accounts)', ...lost.map((id) => `no longer guarded: ${id}: only the base branch's targets reach it: read for that policy alone`), '::endgroup::'].join('\n'));
  expect(r.log).toContain("3 accounts the base branch's policy guards are not guarded by the PR's (the \"No longer guarded\" group names each). Nothing was written.");
}, 60000);

/**
 * The accounts no longer guarded under `comment-detail: summary` (a public repository's default):
 * the comment, the job summary and the log count them and name none (the JSON report keeps them).
 * The UAT case of plan-no-longer-guarded.test.ts; one plan run per file (helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const ALLOW = 'iot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const SCENARIO = 'test/emulator/scenarios/organization.yml';

it('plan, comment-detail summary: the accounts no longer guarded are counted, named only in the JSON report', async () => {
  const base = `version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n  exclude: ["400000000015"]\n${ALLOW}`;
  const head = `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["400000000011", "400000000012"]\n${ALLOW}`;
  const r = await runPlan({ failComment: false, scenario: SCENARIO, account: '400000000001', basePolicy: base, headPolicy: head, inputs: { 'comment-detail': 'summary' } });
  expect(r.report).toMatchObject({ plan: { noLongerGuarded: ['400000000000', '400000000001', '400000000013'] } });
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but 3 accounts the base branch’s policy guards are not guarded by this one.**');
    expect(body).toContain('_No longer guarded: 3 accounts; a summary comment names none, the JSON report’s `plan.noLongerGuarded` lists them._');
    expect(body).not.toMatch(/4000000000(00|01|13)/);
  }
  expect(r.log).toContain("3 accounts the base branch's policy guards are not guarded by the PR's. Nothing was written.");
  expect(r.log).not.toContain('No longer guarded (');
  expect(r.log).not.toMatch(/4000000000(00|13)/);
}, 60000);

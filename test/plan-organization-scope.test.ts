/**
 * Plan mode when one policy guards the organization and the other does not: the plan lists the
 * organization's accounts for the one that does, and the other's targets must not take them in
 * (test/emulator/scenarios/organization.yml, read from 400000000001; see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const ALLOW = 'iot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const SCENARIO = 'test/emulator/scenarios/organization.yml';

it('plan: a base that names one account (no organization) loses none to a PR that guards the organization inside a pin keeping it', async () => {
  const base = `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["400000000011"]\n${ALLOW}`;
  const head = `version: 1\naccounts: ["400000000001", "400000000011"]\ntargets:\n  role-name: inbound-guard\n  organization: true\n  accounts: ["400000000011"]\n${ALLOW}`;
  const r = await runPlan({ failComment: false, scenario: SCENARIO, account: '400000000001', basePolicy: base, headPolicy: head });
  expect(r.report).toMatchObject({ plan: { noLongerGuarded: [] } });
  const body = r.comments[0] ?? '';
  expect(body).not.toContain('not guarded by this one');
  expect(r.log).not.toContain("guards are not guarded by the PR's");
  expect(r.log).not.toContain("guards is not guarded by the PR's");
}, 60000);

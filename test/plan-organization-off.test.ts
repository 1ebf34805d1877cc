/**
 * Plan mode when the base guards the organization and the PR names one account: the plan lists the
 * organization's accounts for the one that does, and the other's targets must not take them in
 * (test/emulator/scenarios/organization.yml, read from 400000000001; see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const ALLOW = 'iot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const SCENARIO = 'test/emulator/scenarios/organization.yml';

it('plan: a PR that turns organization off and names one account loses the others, and acts only in that one', async () => {
  const base = `version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n  exclude: ["400000000015"]\n${ALLOW}`;
  const head = `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["400000000011"]\n  exclude: ["400000000015"]\n${ALLOW}`;
  const r = await runPlan({ failComment: false, scenario: SCENARIO, account: '400000000001', basePolicy: base, headPolicy: head });
  const report = r.report as unknown as { plan: { noLongerGuarded: string[] }; items: { item: { account: string }; action: string }[] };
  expect(report.plan.noLongerGuarded).toEqual(['400000000000', '400000000001', '400000000012', '400000000013']);
  const actedIn = new Set(report.items.filter((i) => i.action === 'reject' || i.action === 'decline').map((i) => i.item.account));
  expect([...actedIn]).toEqual(['400000000011']);
  expect(r.comments[0] ?? '').toContain('4 accounts the base branch’s policy guards are not guarded by this one');
}, 60000);

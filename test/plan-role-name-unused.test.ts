/** A plan step given role-name when neither policy has targets: warned that it reads with the workflow's own credentials (one plan run: see helpers/plan-main-run.ts). */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

it("plan: role-name set, and neither the PR's policy nor the base branch's has targets: one warning, the run planned as before", async () => {
  const r = await runPlan({ failComment: false, inputs: { 'role-name': 'inbound-guard-readonly' } });
  expect(r.code ?? 0).toBe(0);
  expect(r.log.split('\n').filter((line) => line.includes("Input 'role-name'"))).toEqual([
    "::warning title=inbound-guard%3A input ignored::Input 'role-name' is set, but neither the PR's policy nor the base branch's has `targets`: the workflow's own credentials are used for its own account; role-name applies only to targets.accounts / targets.organization.",
  ]);
  expect(r.comments).toHaveLength(1);
}, 60000);

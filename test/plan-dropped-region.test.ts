/** Plan mode when the PR stops sweeping a region (one plan run: see helpers/plan-main-run.ts). */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const SAMPLE = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');

// The sample scenario has 15 items where the PR's policy sweeps and 3 in eu-west-1, which it drops:
// 2 the base rejects (now no longer acted on) and 1 it allows. Every total holds all 18 and says so.
it('plan: a PR that drops a region counts the items found there in every total, the same in the comment, the job summary and the log', async () => {
  const r = await runPlan({ failComment: false, headPolicy: SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1]') });
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('Merged, this policy would **stop acting on 2** of the 18 items found in account <code>210987654321</code> under either policy (3 of them only where the base branch’s policy sweeps and this one does not).');
    expect(body).toContain('### Pending items whose fate changes (2)');
    expect(body).toContain('### Items found now where this PR’s policy sweeps (15) and what it does to each');
    expect(body).toContain('_Not listed here: 3 items found only where the base branch’s policy sweeps and this one does not; the 2 the base branch’s policy acts on are in the table above, as no longer acted on._');
  }
  expect(r.log).toContain("Plan: newly allowed 0, newly acted on 0, no longer acted on 2, unchanged 16 (of the 18 items found under either policy, 3 of them only where the base branch's policy sweeps and the PR's does not);");
  expect(r.log).toContain('::group::Plan (18 items)');
  // An item of the dropped region: the PR's policy does not sweep it, and the log says so.
  expect(r.log).toMatch(/: base reject, PR not swept$/m);
  expect(r.log).not.toMatch(/, PR -$/m);
}, 60000);

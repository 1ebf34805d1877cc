/**
 * Plan mode when neither the job summary nor the PR comment can be written (one plan run: see
 * helpers/plan-main-run.ts): the step's failure says where the plan still is, not "in the job summary".
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

it('plan: the comment failure sends readers to the log\'s Plan group and the JSON report, not to the summary that was not written', async () => {
  const r = await runPlan({ failComment: true, blockSummary: true });
  expect(r.code).toBe(1);
  const errors = r.log.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors.join('\n')).toContain('Could not write the job summary');
  const comment = errors.join('\n').split('%0A').find((l) => l.includes('Could not write the plan comment')) ?? '';
  expect(comment).toContain("The plan is in the log's Plan group and the JSON report (the step's report-file output), not in the job summary, which could not be written.");
  expect(comment).not.toContain('The plan is in the job summary');
  expect(r.log).toMatch(/^::group::Plan \(\d+ items\)$/m);
}, 60000);

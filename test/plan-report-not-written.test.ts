/** Plan mode when the JSON report cannot be written (one plan run: see helpers/plan-main-run.ts). */
import { expect, it } from 'vitest';
import { runStoppedPlan } from './helpers/plan-main-run.js';

// The plan is computed, but its report file cannot be written: the step fails for it, and the plan's
// job summary (the comment's text) must not send a reader to the empty report-file output.
it('plan: a report that cannot be written is not named in the footer of the summary (nor the comment, built alike)', async () => {
  const r = await runStoppedPlan({ failComment: false, blockReport: true });
  expect(r.code).toBe(1);
  expect(r.outputs['report-file']).toBe('');
  expect(r.log).toMatch(/::error::.*Could not write the JSON report to /);
  expect(r.summary).toContain('read-only: nothing was written');
  expect(r.summary).not.toContain('report&#45;file');
  expect(r.summary).not.toContain('JSON report:');
}, 60000);

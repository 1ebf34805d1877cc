/** Plan mode when GitHub refuses the comment with an unexpected error (one plan run: see helpers/plan-main-run.ts). */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

// GitHub refusing the comment (500) after the report was published: the step fails with the
// comment's failure and the report's own reasons, each annotated, and summary-json counts them all.
it('plan: a comment GitHub answers 500 to is one more failure, beside the report\'s own, each annotated and counted', async () => {
  const r = await runPlan({
    failComment: true,
    // The account's handshakes unreadable: a failure reason of the report.
    prepare: (emulator) => emulator.injectFault({ service: 'organizations', operation: 'ListHandshakesForAccount', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } }),
  });
  const errors = r.log.split('\n').filter((l) => l.startsWith('::error'));
  expect(r.code).toBe(1);
  expect(r.report.failures).toHaveLength(1);
  expect(r.report.failures[0]).toMatch(/^Could not read Organizations handshakes/);
  expect(errors.some((l) => l.includes('Could not read Organizations handshakes'))).toBe(true);
  expect(errors.some((l) => l.includes('Could not write the plan comment on PR #7') && l.includes('The plan is in the job summary.'))).toBe(true);
  expect(JSON.parse(r.outputs['summary-json']!)).toMatchObject({ mode: 'plan', checked: true, failures: 2 });
  expect(r.summary).not.toContain('stopped before it could report');
}, 60000);


/**
 * Plan mode with an invalid PR policy when neither the job summary nor the PR comment can be
 * written (one plan run: see helpers/plan-main-run.ts): the failure sends readers only where the
 * problems are, the annotations.
 */
import { expect, it } from 'vitest';
import { runStoppedPlan } from './helpers/plan-main-run.js';

it('plan: an invalid policy whose summary and comment could not be written sends readers to the annotations alone', async () => {
  const r = await runStoppedPlan({ failComment: true, blockSummary: true, headPolicy: 'version: 1\nfoo: 1\n' });
  expect(r.code).toBe(1);
  expect(r.log).toMatch(/^::error title=inbound-guard policy%3A foo,file=\.github\/inbound-guard\.yml,line=2/m);
  const failure = r.log.split('\n').find((line) => line.startsWith('::error::')) ?? '';
  expect(failure.split('%0A')).toEqual([
    expect.stringMatching(/^::error::Could not write the job summary/),
    'Policy .github/inbound-guard.yml in this pull request has 1 error; nothing was read from AWS. See the annotations.',
    expect.stringMatching(/^Could not write the plan comment on PR #7: /),
  ]);
}, 60000);

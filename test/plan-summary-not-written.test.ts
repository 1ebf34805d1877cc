/** Plan mode when the job summary cannot be written (one plan run: see helpers/plan-main-run.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';
import { ROOT } from './helpers/run-dist.js';

// The PR adds 120 allow entries: 120 policy changes, more rows than the comment's table holds (100),
// so the comment cuts it. Its cut line used to send readers to "the job summary of the run", which
// this run could not write: it names the JSON report, which the run wrote.
it('plan: a job summary that cannot be written is not where the comment’s cut tables send readers', async () => {
  const sample = readFileSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), 'utf8');
  const entries = Array.from({ length: 120 }, (_, i) => `    - source-account: "${String(100000000000 + i)}"\n`).join('');
  const r = await runPlan({ failComment: false, blockSummary: true, headPolicy: sample.replace('      note: factory provisioning account\n', `      note: factory provisioning account\n${entries}`) });
  expect(r.code).toBe(1);
  expect(r.log).toMatch(/^::error::Could not write the job summary/m);
  expect(r.comments).toHaveLength(1);
  const body = r.comments[0] ?? '';
  expect(body).toContain('### Policy changes (120)');
  expect(body).toMatch(/\n_…and \d+ more rows, not shown here: see them in the JSON report of the run \(https:\/\/github\.com\/acme\/guard\/actions\/runs\/777\), the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._\n/);
  expect(body).not.toContain('job summary');
}, 60000);

/**
 * Plan mode when the PR stops sweeping a region that cannot be read: a gap in the comparison, not a
 * failure of the PR's policy (one plan run: see helpers/plan-main-run.ts).
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const SAMPLE = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');

// The sample scenario with IoT refused in eu-west-1, which the PR drops: a scheduled run with the
// PR's policy sweeps us-east-1 alone and fails on nothing. What the base does in eu-west-1 is unknown.
it('plan: a region only the base sweeps that cannot be read is a gap in the comparison, said in the comment, the summary, the log and the report, and the job does not fail on it', async () => {
  const r = await runPlan({
    failComment: false,
    headPolicy: SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1]'),
    prepare: (e) => e.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: 'denied' } }),
  });
  expect(r.code).not.toBe(1);
  expect(r.report.failures).toEqual([]);
  const report = r.report as unknown as { errors: unknown[]; plan: { baseOnlyErrors: { service: string; account?: string; region?: string }[] } };
  expect(report.errors).toEqual([]);
  expect(report.plan.baseOnlyErrors.map((e) => [e.service, e.account, e.region])).toEqual([['iot', '210987654321', 'eu-west-1']]);
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('> **Parts only the base branch’s policy reads could not be read**');
    expect(body).toContain('> - <code>210987654321</code>, IoT <code>eu&#45;west&#45;1</code>: AccessDeniedException&#58; denied');
    expect(body).not.toContain("Parts the PR's policy reads could not be read");
  }
  expect(r.log).toContain("1 part only the base branch's policy reads could not be read:");
  expect(r.log).toContain('- IoT in eu-west-1 of 210987654321: AccessDeniedException: denied.');
  expect(r.log).not.toContain('::error::');
}, 60000);

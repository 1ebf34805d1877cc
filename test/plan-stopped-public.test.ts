/**
 * A plan run with comment-detail: summary (a public repository's PRs) that stops on an AWS error
 * quoting the caller's ARN: the failing annotation and the job summary are as public as the
 * comment, so they name no account either (one plan run: see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runStoppedPlan } from './helpers/plan-main-run.js';

it('plan, comment-detail summary, STS refusing with an ARN that names the account: the stop names no account', async () => {
  const arn = 'arn:aws:sts::123456789012:assumed-role/ci/x';
  const r = await runStoppedPlan({
    failComment: false,
    inputs: { 'comment-detail': 'summary' },
    prepare: (emulator) => emulator.injectFault({ service: 'sts', operation: 'GetCallerIdentity', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDenied', message: `User: ${arn} is not authorized to perform: sts:GetCallerIdentity` } }),
  });
  expect(r.code).toBe(1);
  const stop = r.log.split('\n').find((l) => l.startsWith('::error::'));
  expect(stop).toMatch(/Could not tell which AWS account these credentials belong to/);
  expect(stop).toContain('<account>');
  expect(r.log).not.toContain('123456789012');
  expect(r.summary).toMatch(/Could not tell which AWS account/);
  expect(r.summary).not.toContain('123456789012');
}, 60000);

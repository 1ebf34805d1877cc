/**
 * Wire-level: plan mode when the PR's policy guards the organization's accounts alone and their
 * listing is refused, so that no account is read at all (Plan.accounts empty). The verdict says so;
 * it never names the credentials' own account, which was not read either.
 */
import { expect, it } from 'vitest';
import { renderPlanComment } from '../src/plan/render-comment.js';
import { awsDeps } from '../src/run/aws-run.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';

const ORGANIZATION = 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n';

const policy = parsedPolicy;

const environment = useEmulatorEnvironment();

it('the organization not listed: the verdict says no account could be read, and names none', async () => {
  // test/emulator/scenarios/organization.yml, read from 400000000001, with ListAccounts denied.
  const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
  handle.injectFault({ service: 'organizations', operation: 'ListAccounts', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } });
  const organization = policy(ORGANIZATION);
  const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head: organization, base: { state: 'valid', policy: organization } });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  expect(outcome.plan.accounts).toEqual([]);
  expect(outcome.plan.errors.map((e) => [e.service, e.account])).toEqual([['organizations', undefined]]);
  for (const detail of ['full', 'summary'] as const) {
    const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail });
    const verdict = body.split('\n').find((l) => l.includes(' items found ')) ?? '';
    expect(verdict).toContain('**✅ Valid, but nothing could be compared:** 0 items found (no account could be read: the organization’s accounts could not be listed).');
    expect(verdict).not.toContain('fares the same');
    expect(verdict).not.toContain('400000000001');
  }
});

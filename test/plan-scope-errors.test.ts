import { describe, expect, it } from 'vitest';
import { renderPlanComment } from '../src/plan/render-comment.js';
import { awsDeps } from '../src/run/aws-run.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy as policy } from './helpers/policy.js';

const environment = useEmulatorEnvironment();
const DENIED = { status: 403, type: 'AccessDeniedException', message: 'denied' };
const text = (account: string, kinds: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["${account}"]\n${kinds}`;

describe('a plan tells each failure to the policy that reads it', () => {
  it("a part only the base reads marks the base's footer line, not the PR's", async () => {
    const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const iot = 'iot:\n  regions: [us-east-1]\n';
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000011', rate: 1, kind: 'error', error: DENIED });
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head: policy(text('400000000012', iot)), base: { state: 'valid', policy: policy(text('400000000011', iot)) } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.errors).toEqual([]);
    expect(outcome.plan.baseOnlyErrors?.map((e) => [e.account, e.service, e.region])).toEqual([['400000000011', 'iot', 'us-east-1']]);
    expect(outcome.plan.baseErrors).toEqual(outcome.plan.baseOnlyErrors);
    const footer = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' }).split('\n').find((l) => l.includes('swept for')) ?? '';
    expect(footer).toContain('swept for the base policy: IoT <code>us&#45;east&#45;1</code> (not read in 1 account); ');
    expect(footer).toContain('for this PR’s policy: IoT <code>us&#45;east&#45;1</code>; ');
  });

  it("a region neither policy reads in an account: no error of the report, and its kind's coverage does not fail there", async () => {
    const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    // The one sweep reads the base's IoT us-east-1 in the account only the PR guards, where the PR's policy reads no IoT region.
    const base = policy(text('400000000011', 'iot:\n  regions: [us-east-1]\n'));
    const head = policy(text('400000000012', 'iot:\n  regions: []\nram:\n  regions: [eu-west-1]\n'));
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000012', rate: 1, kind: 'error', error: DENIED });
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect([...outcome.plan.errors, ...(outcome.plan.baseOnlyErrors ?? [])]).toEqual([]);
    const account = outcome.report.accounts.find((a) => a.account === '400000000012');
    expect(account?.read).toBe('complete');
    expect(outcome.report.errors).toEqual([]);
    expect(account?.kinds['certificate-transfer']).toEqual({ state: 'swept', regions: { selection: 'list', swept: [], skipped: [], failed: [] } });
    // No account's kind failed where the report has no error.
    expect(outcome.report.accounts.flatMap((a) => Object.values(a.kinds).filter((k) => k.state === 'failed'))).toEqual([]);
  });
});

describe("the JSON report's plan says what the comment says of roles and the base's parts", () => {
  it('a role refused for an account the PR newly guards, and a part the base reads that failed, shared or its own', async () => {
    const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const iot = 'iot:\n  regions: [us-east-1]\n';
    const accounts = (ids: string[]) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: [${ids.map((id) => `"${id}"`).join(', ')}]\n${iot}`;
    // 400000000015 has no role (AccessDenied); 400000000012's IoT fails for both policies, 400000000011's for the base alone.
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000012', rate: 1, kind: 'error', error: DENIED });
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000011', rate: 1, kind: 'error', error: DENIED });
    const head = policy(accounts(['400000000012', '400000000015']));
    const base = policy(accounts(['400000000011', '400000000012']));
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    // What the report is written from (plan-mode.ts publishes it as it is), through JSON.
    const report = JSON.parse(JSON.stringify(outcome.report)) as typeof outcome.report;
    const where = (errors: readonly { account?: string | undefined; service: string; code?: string | undefined }[] | undefined) => (errors ?? []).map((e) => [e.account, e.service, e.code]);
    expect(report.plan?.policyChanges?.find((c) => c.change.startsWith('Now guarded through targets.accounts'))?.newlyGuarded).toEqual(['400000000015']);
    // The role tried is the account's roleArn, AWS's answer its error (the comment's note says both).
    expect(report.accounts.find((a) => a.account === '400000000015')).toMatchObject({ roleArn: 'arn:aws:iam::400000000015:role/inbound-guard', read: 'none' });
    expect(where(report.errors)).toEqual([['400000000012', 'iot', 'AccessDeniedException'], ['400000000015', 'sts', 'AccessDenied']]);
    expect(where(report.plan?.baseOnlyErrors)).toEqual([['400000000011', 'iot', 'AccessDeniedException']]);
    // The base's own failures: its own, and the one it shares with the PR's policy; not the PR's role.
    expect(where(report.plan?.baseErrors)).toEqual([['400000000011', 'iot', 'AccessDeniedException'], ['400000000012', 'iot', 'AccessDeniedException']]);
  });
});

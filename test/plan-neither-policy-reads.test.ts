/**
 * A plan reads both policies in one sweep: the union's services in the union's regions, in every
 * account either policy guards. So it reads parts neither policy reads (the base's GuardDuty in the
 * region only the PR's Macie is read in; the base's IoT in an account only the PR's targets reach).
 * What fails there is no failure of the PR's policy, and no gap in the comparison either: the
 * comment must not show it as a part "only the base branch's policy reads", nor the log say so.
 */
import { describe, expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import { failsTheStep, sweepLogLine } from '../src/report/log-lines.js';
import { awsDeps } from '../src/run/aws-run.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy as policy } from './helpers/policy.js';

const environment = useEmulatorEnvironment();
const DENIED = { status: 403, type: 'AccessDeniedException', message: 'denied' };
const where = (e: { service: string; account?: string | undefined; region?: string | undefined }) => [e.service, e.account, e.region];
const BASE_ONLY_BANNER = '**Parts only the base branch’s policy reads could not be read**';

describe('parts neither policy reads that could not be read', () => {
  it('services × regions: the base’s GuardDuty in the region only the PR’s Macie is read in is neither a failure nor a base-only gap; the base’s own region is a gap, the PR’s a failure', async () => {
    const handle = await environment.start({ credentials: true });
    const text = (services: string, region: string) => `version: 1\niot:\n  regions: [us-east-1]\nsecurity-services:\n  services: [${services}]\n  regions: [${region}]\n`;
    const base = policy(text('guardduty', 'us-east-1'));
    const head = policy(text('macie', 'eu-west-1'));
    // GuardDuty in eu-west-1 and Macie in us-east-1: read by neither. GuardDuty in us-east-1: the base's. Macie in eu-west-1: the PR's.
    handle.injectFault({ service: 'guardduty', operation: 'ListInvitations', rate: 1, kind: 'error', error: DENIED });
    handle.injectFault({ service: 'macie2', operation: 'ListInvitations', rate: 1, kind: 'error', error: DENIED });
    const events: SweepEvent[] = [];
    const deps = { clients: createAwsClients(), now: () => new Date(), log: { sweep: (e: SweepEvent) => void events.push(e), act: () => undefined } };
    const outcome = await planAgainstAccount(deps, { head, base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const me = outcome.plan.account;
    // The sweep did read the crossed parts (the union of services, in the union of regions)…
    const failed = events.filter((e) => e.type === 'part-failed');
    expect(failed.map((e) => (e.type === 'part-failed' ? [e.service, e.region] : []))).toEqual(expect.arrayContaining([['guardduty', 'eu-west-1'], ['macie', 'us-east-1']]));
    // …but only the base's own part is a gap, and only the PR's own part a failure.
    expect(outcome.plan.errors.map(where)).toEqual([['macie', me, 'eu-west-1']]);
    expect(outcome.plan.baseOnlyErrors?.map(where)).toEqual([['guardduty', me, 'us-east-1']]);
    expect(outcome.report.errors.map(where)).toEqual([['macie', me, 'eu-west-1']]);
    expect(outcome.report.plan?.baseOnlyErrors?.map(where)).toEqual([['guardduty', me, 'us-east-1']]);
    // The account's entry counts the base's one error, not the parts neither reads.
    expect(outcome.report.accounts.map((a) => [a.read, a.baseOnlyErrorCount])).toEqual([['partial', 1]]);
    // Its regions are the PR policy's: Macie's eu-west-1 failed; us-east-1, where GuardDuty failed, was read for the base alone; neither is swept.
    expect(outcome.report.accounts[0]?.kinds['security-invitation']).toEqual({ state: 'failed', regions: { selection: 'list', swept: [], skipped: [], failed: ['eu-west-1'], readForBase: ['us-east-1'] } });
    // The log: the crossed parts say they are no one's, neither a failure nor a gap.
    const line = (service: string, region: string) => {
      const event = failed.find((e) => e.type === 'part-failed' && e.service === service && e.region === region);
      if (event === undefined) throw new Error(`${service} ${region}`);
      return [failsTheStep(event), sweepLogLine(event)] as const;
    };
    expect(line('guardduty', 'eu-west-1')).toEqual([false, expect.stringContaining("(a part neither policy reads, swept only because the plan reads both policies' parts in one sweep: not a failure, nor a gap in its comparison)")]);
    expect(line('macie', 'us-east-1')[1]).toContain('a part neither policy reads');
    expect(line('guardduty', 'us-east-1')).toEqual([false, expect.stringContaining("(read for the base branch's policy alone: a gap in the plan's comparison, not a failure)")]);
    expect(line('macie', 'eu-west-1')).toEqual([true, expect.not.stringContaining('policy alone')]);
    const lines = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' }).split('\n');
    const banner = lines.findIndex((l) => l.includes(BASE_ONLY_BANNER));
    expect(lines.slice(banner + 1, banner + 3)).toEqual([expect.stringMatching(/^> - <code>\d+<\/code>, GuardDuty <code>us&#45;east&#45;1<\/code>: /), '']);
  });

  it('accounts: the base’s IoT in the account only the PR’s targets reach, and the PR’s RAM in the account only the base’s reach, are no one’s: no base-only gap, no failure', async () => {
    // Base: IoT in us-east-1 of 400000000011. PR: RAM in eu-west-1 of 400000000012 (no IoT region).
    const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const text = (account: string, kinds: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["${account}"]\n${kinds}`;
    const base = policy(text('400000000011', 'iot:\n  regions: [us-east-1]\n'));
    const head = policy(text('400000000012', 'iot:\n  regions: []\nram:\n  regions: [eu-west-1]\n'));
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000012', rate: 1, kind: 'error', error: DENIED });
    handle.injectFault({ service: 'ram', operation: 'GetResourceShareInvitations', account: '400000000011', rate: 1, kind: 'error', error: DENIED });
    const events: SweepEvent[] = [];
    const deps = { ...awsDeps({ userAgent: 'test', sessionName: 'test' }), log: { sweep: (e: SweepEvent) => void events.push(e), act: () => undefined } };
    const outcome = await planAgainstAccount(deps, { head, base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.accounts).toEqual(['400000000011', '400000000012']);
    // Both crossed parts were read, and failed…
    const failed = events.filter((e) => 'error' in e);
    expect(failed.map((e) => ('error' in e ? where(e.error) : []))).toEqual(expect.arrayContaining([['iot', '400000000012', 'us-east-1'], ['ram', '400000000011', 'eu-west-1']]));
    // …and are no one's: not the PR's failure, not the base's gap; in the log neither.
    expect(failed.map((e) => [failsTheStep(e), sweepLogLine(e).includes('a part neither policy reads')])).toEqual(failed.map(() => [false, true]));
    expect(outcome.plan.errors).toEqual([]);
    expect(outcome.plan.baseOnlyErrors).toEqual([]);
    expect(outcome.report.failures).toEqual([]);
    expect(outcome.report.accounts.map((a) => [a.account, a.read, a.readFor, a.baseOnlyErrorCount])).toEqual([['400000000011', 'complete', 'base', undefined], ['400000000012', 'complete', undefined, undefined]]);
    // Each account's kinds as the policy it is read for has them read: no region of the crossed parts, no RAM for the base (it does not govern it).
    const coverage = (account: string) => {
      const kinds = outcome.report.accounts.find((a) => a.account === account)?.kinds;
      return [kinds?.['certificate-transfer'], kinds?.['resource-share-invitation']];
    };
    const list = (swept: string[]) => ({ selection: 'list', swept, skipped: [], failed: [] });
    expect(coverage('400000000011')).toEqual([{ state: 'swept', regions: list(['us-east-1']) }, { state: 'not-governed' }]);
    expect(coverage('400000000012')).toEqual([{ state: 'swept', regions: list([]) }, { state: 'swept', regions: list(['eu-west-1']) }]);
    const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' });
    expect(body).not.toContain(BASE_ONLY_BANNER);
    expect(body).not.toContain('could not be read');
    expect(body).not.toContain('the parts read of');
  });
});

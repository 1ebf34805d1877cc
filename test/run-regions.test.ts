import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { IoTClient, ListCertificatesCommand } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetResourceShareInvitationsCommand, RAMClient } from '@aws-sdk/client-ram';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { UNKNOWN_REGION_REASON } from '../src/kinds/services.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Policy } from '../src/policy/types.js';
import { logDecisions } from '../src/report/log.js';
import { sweepLogLine } from '../src/report/log-lines.js';
import { renderRunSummary } from '../src/report/run-summary.js';
import { resolveRegions } from '../src/run/resolve-regions.js';
import { unknownRegions } from '../src/run/run-report.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import * as runner from '../src/runner/commands.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { buildPolicy } from './helpers/policy.js';

describe('resolveRegions: the regions input, else the policy (whose default is all)', () => {
  it.each([
    { case: 'input list wins over a policy list', input: ['ap-south-1'], policy: ['us-east-1', 'eu-west-1'], expected: ['ap-south-1'] },
    { case: 'input list wins over policy all', input: ['ap-south-1', 'eu-north-1'], policy: 'all' as const, expected: ['ap-south-1', 'eu-north-1'] },
    { case: 'input all wins over a policy list', input: 'all' as const, policy: ['us-east-1'], expected: 'all' },
    { case: 'the policy list without input', input: undefined, policy: ['us-east-1', 'eu-west-1'], expected: ['us-east-1', 'eu-west-1'] },
    { case: 'an explicit empty policy list stays empty (IoT not swept)', input: undefined, policy: [], expected: [] },
    { case: 'policy all without input', input: undefined, policy: 'all' as const, expected: 'all' },
  ])('$case', ({ input, policy, expected }) => {
    expect(resolveRegions(input, policy)).toEqual(expected);
  });

  it('a policy that says nothing about regions sweeps every enabled region: no blind spot by omission', () => {
    const parsed = parsePolicy('version: 1\niot:\n  allow: []\n', 'p.yml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.policy.iot.regions).toBe('all');
    expect(resolveRegions(undefined, parsed.policy.iot.regions)).toBe('all');
    const noIot = parsePolicy('version: 1\n', 'p.yml');
    if (!noIot.ok) throw new Error(JSON.stringify(noIot.issues));
    expect(noIot.policy.iot.regions).toBe('all');
  });
});

describe('a region reached through `all` that this release does not know', () => {
  const ME = '111111111111';
  const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
  const FUTURE = 'xx-future-1';
  const NOW = new Date('2026-11-21T00:00:00Z');

  /** One account whose ListRegions names us-east-1 and FUTURE; IoT and RAM answer empty anywhere. */
  function fakeClients() {
    const iot = new IoTClient({ region: 'us-east-1', credentials });
    const ram = new RAMClient({ region: 'us-east-1', credentials });
    const sts = new STSClient({ region: 'us-east-1', credentials });
    const account = new AccountClient({ region: 'us-east-1', credentials });
    mockClient(iot).on(ListCertificatesCommand).resolves({ certificates: [] });
    mockClient(ram).on(GetResourceShareInvitationsCommand).resolves({ resourceShareInvitations: [] });
    mockClient(sts).on(GetCallerIdentityCommand).resolves({ Account: ME, Arn: `arn:aws:sts::${ME}:assumed-role/guard/run` });
    mockClient(account).on(ListRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }, { RegionName: FUTURE, RegionOptStatus: 'ENABLED' }] });
    const regionsAsked: string[] = [];
    const clients: AwsClients = {
      iot: (region) => (regionsAsked.push(`iot ${region}`), iot),
      organizations: new OrganizationsClient({ region: 'us-east-1', credentials }),
      sts,
      account,
      regional: ((service: string, _client: unknown, region: string) => (regionsAsked.push(`${service} ${region}`), ram)) as AwsClients['regional'],
    };
    return { clients, regionsAsked };
  }

  async function runWith(policy: Policy) {
    const { clients, regionsAsked } = fakeClients();
    const events: SweepEvent[] = [];
    const report = await sweepAndAct({ clients, now: () => NOW, log: { sweep: (e) => events.push(e), act: () => undefined } }, { mode: 'dry-run', policy });
    return { report, events, regionsAsked };
  }

  /** What `fn` writes to stdout; nothing reaches the real stdout. */
  function captureStdout(fn: () => void): string {
    const spy = vi.spyOn(runner.stdout, 'write').mockImplementation(() => true);
    try {
      fn();
      return spy.mock.calls.map((call) => String(call[0])).join('');
    } finally {
      spy.mockRestore();
    }
  }

  it('is skipped for every kind as unknown (never "not offered"), nothing is called there, and the run and its summary warn by name', async () => {
    const { report, events, regionsAsked } = await runWith(buildPolicy({ regions: 'all', handshakeTypes: [], ram: { regions: 'all' } }));
    const unknown = { region: FUTURE, reason: UNKNOWN_REGION_REASON };
    expect(report.accounts[0]?.regions).toEqual({ selection: 'all', swept: ['us-east-1'], skipped: [unknown], failed: [] });
    expect(report.accounts[0]?.kinds['resource-share-invitation'].regions).toEqual({ selection: 'all', swept: ['us-east-1'], skipped: [unknown], failed: [] });
    expect(regionsAsked.some((asked) => asked.endsWith(FUTURE))).toBe(false);
    expect(unknownRegions(report)).toEqual([FUTURE]);
    expect(report.failures).toEqual([]);

    const lines = events.filter((e) => e.type === 'regions-resolved').map(sweepLogLine);
    expect(lines).toContain(`${ME}: IoT regions to sweep: us-east-1; skipped 1: ${FUTURE} (a region this release does not know: update inbound-guard)`);
    expect(lines.join('\n')).not.toContain('not offered');

    const summary = renderRunSummary(report);
    expect(summary).toContain('> [!WARNING]\n> Not swept: <code>xx&#45;future&#45;1</code>, which AWS lists as enabled but this release of inbound-guard does not know (AWS launched it after this release), so nothing there was checked. Update inbound-guard to sweep it.');
    expect(summary).toContain('Skipped: <code>xx&#45;future&#45;1</code> (a region this release does not know&#58; update inbound&#45;guard).');
  });

  it('the decisions log carries the same warning as an annotation', async () => {
    const { report } = await runWith(buildPolicy({ regions: 'all', handshakeTypes: [] }));
    const out = captureStdout(() => logDecisions(report, NOW));
    expect(out).toContain(`::warning title=inbound-guard%3A regions not swept::Not swept: ${FUTURE}, which AWS lists as enabled but this release of inbound-guard does not know (AWS launched it after this release), so nothing there was checked. Update inbound-guard to sweep it.`);
  });

  it('a plan says so too, in the PR comment (summary detail included: a region name is no account)', async () => {
    const policy = buildPolicy({ regions: 'all', handshakeTypes: [] });
    const outcome = await planAgainstAccount({ clients: fakeClients().clients, now: () => NOW }, { head: policy, base: { state: 'valid', policy } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.unknownRegions).toEqual([FUTURE]);
    for (const detail of ['full', 'summary'] as const) {
      const comment = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail });
      expect(comment).toContain('> [!WARNING]\n> Not swept: <code>xx&#45;future&#45;1</code>, which AWS lists as enabled but this release of inbound-guard does not know');
      expect(comment.split('\n')[1]).toMatch(/^## ⚠️ /);
    }
    const listed = buildPolicy({ regions: ['us-east-1'], handshakeTypes: [] });
    const known = await planAgainstAccount({ clients: fakeClients().clients, now: () => NOW }, { head: listed, base: { state: 'valid', policy: listed } });
    if (known.kind !== 'planned') throw new Error(known.kind);
    expect(known.plan.unknownRegions).toEqual([]);
    expect(renderPlanComment({ kind: 'planned', plan: known.plan })).not.toContain('Not swept');
  });

  it('a run whose regions are all known says nothing of the kind', async () => {
    const { report } = await runWith(buildPolicy({ regions: ['us-east-1'], handshakeTypes: [] }));
    expect(unknownRegions(report)).toEqual([]);
    expect(renderRunSummary(report)).not.toContain('[!WARNING]');
    expect(captureStdout(() => logDecisions(report, NOW))).not.toContain('::warning');
  });
});

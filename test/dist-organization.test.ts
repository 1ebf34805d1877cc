/**
 * End to end through dist/index.js: a run that guards an organization. The workflow's credentials
 * list the organization's accounts, assume the guard role in each, list each account's enabled
 * regions and sweep them; one budget covers the run; an account whose role cannot be assumed is
 * reported and fails the step while every other account is still acted on.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario, startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { startFakeGitHub } from './helpers/fake-github.js';
import { testTempDir } from './helpers/temp-dir.js';

const PARTNER = '111122223333';
const WRITES = ['RejectCertificateTransfer', 'DeclineHandshake'];

let emulator: EmulatorHandle | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function workspaceWith(policy: string): string {
  const workspace = testTempDir('inbound-guard-org-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
  return workspace;
}
type Report = {
  accounts: { account: string; via: string; read: string; regions: { selection: string; swept: string[]; skipped: { region: string; reason: string }[] }; handshakes: string }[];
  skippedAccounts: { account: string; reason: string; fails: boolean }[];
  items: { item: { kind: string; account: string; region?: string; certificateId?: string; id?: string; sourceAccount?: string }; outcome: string }[];
  errors: { service: string; account?: string; message: string }[];
  budget: { planned: number; limit: number; tripped: boolean };
};
const report = (r: DistRun) => JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as Report;
const writes = (e: EmulatorHandle) => e.calls.filter((c) => WRITES.includes(c.operation));

const ORG_POLICY = `version: 1
targets:
  role-name: inbound-guard
  organization: true
iot:
  allow:
    - source-account: "${PARTNER}"
limits:
  max-actions: 20
`;

describe('dist/index.js guarding an organization (scenarios/organization.yml)', () => {
  const scenarioFile = join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml');
  const scenario = loadScenario(scenarioFile);
  const strangers = (scenario.certificates ?? []).filter((c) => c.owner !== PARTNER && c.transfer?.to !== '400000000014' && c.transfer?.to !== '400000000015');
  const partners = (scenario.certificates ?? []).filter((c) => c.owner === PARTNER);

  it('rejects and declines in every member it can read, skips the region without IoT, and fails naming the account it could not', async () => {
    emulator = await startEmulator({ scenario: scenarioFile });
    const r = await runDist({ workspace: workspaceWith(ORG_POLICY), inputs: { mode: 'enforce' }, env: { ...emulator.env(), GITHUB_RUN_ID: '77' } });
    const json = report(r);

    // Every stranger's transfer in a readable member is rejected, in its own account and region; nothing else is written.
    expect(strangers.length).toBe(6);
    for (const c of strangers) expect(emulator.certificate(c.region!, c.id!)).toMatchObject({ status: 'INACTIVE', ownedBy: c.owner });
    for (const c of partners) expect(emulator.certificate(c.region!, c.id!)?.status).toBe('PENDING_TRANSFER');
    for (const id of ['h-hb0hederyjen0lyzze75cvuv', 'h-39fq1dqgizqn4h2s3unn5q7y', 'h-y44tmnql9hq94ds6av4n9gyr']) expect(emulator.handshake(id)?.State).toBe('DECLINED');
    expect(emulator.handshake('h-d9ng1nmalbb9xlr144vj5hqs')?.State).toBe('OPEN'); // Legacy: never read
    expect(emulator.certificate('us-east-1', '60f8d0ddb50a37df530470856be35e8f29b05ee6170574f9921969d179261d16')?.status).toBe('PENDING_TRANSFER');
    expect(emulator.certificate('us-east-1', '210096cb1e4ff7b22a5bc7a8368edd9afbfaceb1464e3c16a8a50721f05ff66d')?.status).toBe('PENDING_TRANSFER'); // Sandbox: suspended
    expect(writes(emulator)).toHaveLength(9);
    for (const w of writes(emulator)) expect(['400000000011', '400000000012', '400000000013']).toContain(w.account);
    expect(r.outputs).toMatchObject({ rejected: '6', declined: '3', planned: '9', failed: '0' });

    // Each member was reached through its role, with a session named after the run.
    expect(new Set(emulator.sessions().map((s) => s.roleArn))).toEqual(new Set(['400000000000', '400000000011', '400000000012', '400000000013'].map((a) => `arn:aws:iam::${a}:role/inbound-guard`)));
    expect(emulator.sessions().every((s) => s.roleSessionName === 'inbound-guard-77' && s.sourceAccount === '400000000001')).toBe(true);

    // Every enabled region was swept (ap-east-1, opted into by Data), af-south-1 skipped: IoT is not offered there.
    const data = json.accounts.find((a) => a.account === '400000000013')!;
    expect(data.regions.selection).toBe('all');
    expect(data.regions.swept).toContain('ap-east-1');
    const staging = json.accounts.find((a) => a.account === '400000000012')!;
    expect(staging.regions.skipped).toContainEqual({ region: 'af-south-1', reason: 'AWS IoT Core is not offered in this region' });
    expect(emulator.calls.filter((c) => c.service === 'iot' && c.region === 'af-south-1')).toEqual([]);
    expect(r.summary).toMatch(/\| <code>400000000012<\/code> \|[^\n]*<code>af&#45;south&#45;1<\/code>[^|]*\(AWS IoT Core is not offered in this region\)/);

    // Legacy could not be read: said everywhere, the step fails, and it is never "nothing pending".
    expect(r.code).toBe(1);
    const legacy = json.accounts.find((a) => a.account === '400000000015')!;
    expect(legacy).toMatchObject({ read: 'none', handshakes: 'not-read' });
    expect(json.errors).toContainEqual(expect.objectContaining({ service: 'sts', account: '400000000015', code: 'AccessDenied', message: expect.stringMatching(/^could not assume arn:aws:iam::400000000015:role\/inbound-guard: AccessDenied/) }));
    expect(r.stdout).toMatch(/^::error::.*Could not read account 400000000015 \(STS\)/m);
    expect(r.summary).toMatch(/\| <code>400000000015<\/code> \| organization \| ❌ not read \|/);
    expect(json.skippedAccounts).toContainEqual({ account: '400000000014', reason: 'the organization lists it as SUSPENDED, not ACTIVE', fails: false });
    expect(r.summary).toContain('## ❌ inbound-guard · enforce · 6 accounts');
    // What was acted on comes before the accounts; the account not read leads their table, each region cell a count.
    const accounts = r.summary.slice(r.summary.indexOf('### Accounts (6)'));
    expect(r.summary.indexOf('### Acted on')).toBeLessThan(r.summary.indexOf('### Accounts (6)'));
    expect(accounts.split('\n').find((line) => line.startsWith('| <code>'))).toMatch(/^\| <code>400000000015<\/code> \| organization \| ❌ not read \|/);
    expect(accounts).toMatch(/\| <code>400000000013<\/code> \|[^\n]*\| \d+ regions \(\+ <code>ap&#45;east&#45;1<\/code>\) \|/);
  });

  it('one budget for the whole run: more items across the members than max-actions, and nothing is written anywhere', async () => {
    emulator = await startEmulator({ scenario: scenarioFile });
    const r = await runDist({ workspace: workspaceWith(ORG_POLICY.replace('max-actions: 20', 'max-actions: 8')), inputs: { mode: 'enforce' }, env: emulator.env() });
    expect(r.code).toBe(1);
    expect(writes(emulator)).toEqual([]);
    expect(report(r).budget).toMatchObject({ planned: 9, limit: 8, tripped: true });
    expect(r.stdout).toMatch(/::error::.*9 items call for rejection or decline, more than the budget of 8/);
  });

  it('plan mode reads the members through a read-only role named by the role-name input and groups by account in its report', async () => {
    const withReadOnly: Scenario = { ...scenario, roles: [...(scenario.roles ?? []), { name: 'inbound-guard-readonly', accounts: { organization: 'o-acmeguard01' }, except: ['400000000015'], trust: ['arn:aws:iam::400000000001:role/github-actions-inbound-guard'] }] };
    emulator = await startEmulator({ scenario: withReadOnly });
    const r = await runDist({ workspace: workspaceWith(ORG_POLICY), inputs: { mode: 'dry-run', 'role-name': 'inbound-guard-readonly' }, env: emulator.env() });
    expect(writes(emulator)).toEqual([]);
    expect(new Set(emulator.sessions().map((s) => s.roleArn.split('/').at(-1)))).toEqual(new Set(['inbound-guard-readonly']));
    expect(r.outputs['planned']).toBe('9');
  });
});

describe('dist/index.js over 50 accounts × 3 regions in one job', () => {
  it('acts exactly on the items no entry allows, in every account, and on nothing else', async () => {
    const regions = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
    const scenario: Scenario = {
      seed: 50,
      defaultAccount: '800000000001',
      accounts: [{ id: '800000000001', arn: 'arn:aws:sts::800000000001:assumed-role/github-actions-inbound-guard/GitHubActions' }],
      organizations: [
        {
          id: 'o-fiftyaccts01',
          managementAccount: '800000000000',
          members: ['800000000001'],
          delegatedAdministrators: ['800000000001'],
          generateMembers: {
            count: 50,
            firstId: '800000000100',
            fleet: { count: 50, regions },
            pendingTransfers: { count: 2, regions, from: [PARTNER, '999988887777'], message: 'batch' },
            handshakes: [{ action: 'INVITE', organization: 'o-stranger0050' }],
          },
        },
        { id: 'o-stranger0050', managementAccount: '777788889999' },
      ],
      roles: [{ name: 'inbound-guard', accounts: { organization: 'o-fiftyaccts01' }, trust: ['arn:aws:iam::800000000001:role/github-actions-inbound-guard'] }],
    } as Scenario;
    emulator = await startEmulator({ scenario });
    const policy = ORG_POLICY.replace('max-actions: 20', 'max-actions: 1000').replace('iot:\n', `iot:\n  regions: [${regions.join(', ')}]\n`);
    const r = await runDist({ workspace: workspaceWith(policy), inputs: { mode: 'enforce' }, env: emulator.env(), timeoutMs: 120_000 });
    expect(r.code).toBe(0);
    const json = report(r);
    const members = json.accounts.filter((a) => a.account.startsWith('8000000001'));
    expect(members).toHaveLength(50);
    expect(members.every((a) => a.read === 'complete' && a.regions.swept.join() === [...regions].sort().join())).toBe(true);

    const rejected = json.items.filter((i) => i.outcome === 'rejected');
    expect(rejected).toHaveLength(50 * regions.length);
    expect(rejected.every((i) => i.item.sourceAccount === '999988887777')).toBe(true);
    expect(json.items.filter((i) => i.outcome === 'allowed').every((i) => i.item.sourceAccount === PARTNER)).toBe(true);
    expect(json.items.filter((i) => i.outcome === 'declined')).toHaveLength(50);
    // The emulator's view: each write went to the account and region the item was found in, once.
    const written = writes(emulator).map((c) => `${c.account}/${c.region}/${String(c.params['certificateId'] ?? c.params['HandshakeId'])}`);
    expect(new Set(written).size).toBe(written.length);
    const expected = json.items.filter((i) => i.outcome === 'rejected' || i.outcome === 'declined').map((i) => `${i.item.account}/${i.item.kind === 'handshake' ? '' : i.item.region}/${i.item.certificateId ?? i.item.id}`);
    const normalised = writes(emulator).map((c) => `${c.account}/${c.service === 'iot' ? c.region : ''}/${String(c.params['certificateId'] ?? c.params['HandshakeId'])}`);
    expect(normalised.sort()).toEqual(expected.sort());
    for (const i of json.items.filter((x) => x.outcome === 'allowed' && x.item.kind === 'certificate-transfer')) {
      expect(emulator.certificate(i.item.region!, i.item.certificateId!)?.status).toBe('PENDING_TRANSFER');
    }
    expect(r.outputs).toMatchObject({ rejected: String(150), declined: '50', failed: '0' });
  });
});

describe('dist/index.js with a policy that names no region (sample scenario)', () => {
  it('sweeps every region enabled for the account where IoT is offered, and names the others as skipped', async () => {
    emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    const policy = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), 'utf8').replace(/^ {2}regions:.*\n/m, '');
    expect(policy).not.toContain('regions');
    const r = await runDist({ workspace: workspaceWith(policy), inputs: { mode: 'dry-run' }, env: emulator.env('210987654321') });
    expect(r.code).toBe(0);
    const [account] = report(r).accounts;
    expect(emulator.calls.filter((c) => c.operation === 'ListRegions')).toHaveLength(1);
    expect(account!.regions.selection).toBe('all');
    expect(account!.regions.swept).toEqual(expect.arrayContaining(['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1']));
    const listed = new Set(emulator.calls.filter((c) => c.operation === 'ListCertificates').map((c) => c.region));
    expect([...listed].sort()).toEqual([...account!.regions.swept].sort());
    // The sample's pending transfers in us-east-1 and eu-west-1 are found as with the explicit list.
    expect(r.outputs['planned']).toBe('7');
    expect(r.summary).toMatch(/IoT regions swept \(every enabled region\): .*<code>us&#45;east&#45;1<\/code>/);
  });
});

describe('dist/index.js plan mode over an organization (read-only role, fake GitHub)', () => {
  it('reads every member through the read-only role, writes nothing, and comments item by item with each account', async () => {
    const scenario = loadScenario(join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml'));
    const readOnly = { name: 'inbound-guard-readonly', accounts: { organization: 'o-acmeguard01' }, except: ['400000000015'], trust: ['arn:aws:iam::400000000001:role/github-actions-inbound-guard'] };
    emulator = await startEmulator({ scenario: { ...scenario, roles: [...(scenario.roles ?? []), readOnly] } as Scenario });
    const base = ORG_POLICY.replace('organization: true', 'organization: true\n  exclude: ["400000000015"]');
    const head = base.replace(`    - source-account: "${PARTNER}"\n`, `    - source-account: "${PARTNER}"\n    - source-account: "999988887777"\n`);
    const [BASE_SHA, HEAD_SHA, TOKEN] = ['b'.repeat(40), 'c'.repeat(40), 'ghs_token'];
    const policy = '.github/inbound-guard.yml';
    const github = await startFakeGitHub({
      tokens: { [TOKEN]: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } },
      files: { 'acme/guard': { [BASE_SHA]: { [policy]: base }, [HEAD_SHA]: { [policy]: head } } },
    });
    try {
      const workspace = workspaceWith(head);
      const event = join(workspace, 'event.json');
      writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 3, pull_request: { number: 3, base: { sha: BASE_SHA, ref: 'main' }, head: { sha: HEAD_SHA, ref: 'allow' } }, repository: { name: 'guard', owner: { login: 'acme' }, private: true, visibility: 'private' } }));
      const r = await runDist({
        workspace,
        inputs: { mode: 'plan', 'github-token': TOKEN, 'role-name': 'inbound-guard-readonly' },
        env: { ...emulator.env(), GITHUB_API_URL: github.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/guard', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'd'.repeat(40) },
      });
      expect(r.code).toBe(0);
      expect(writes(emulator)).toEqual([]);
      expect(new Set(emulator.sessions().map((s) => s.roleArn.split('/').at(-1)))).toEqual(new Set(['inbound-guard-readonly']));
      const [comment] = github.commentsOn('acme/guard', 3);
      expect(comment?.body).toContain('found in 5 accounts');
      expect(comment?.body).toContain('| Change | Kind | Id | Account, region | Source |');
      // 999988887777's transfers, in three members, are newly allowed: each row names its account.
      for (const account of ['400000000011', '400000000012', '400000000013']) expect(comment?.body).toMatch(new RegExp(`newly allowed \\| IoT certificate transfer \\| [^|]+ \\| <code>${account}</code>`));
    } finally {
      await github.close();
    }
  });
});

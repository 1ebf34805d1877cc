/**
 * End to end with every family governed: the built dist/index.js, as a process under Node 24, against
 * the emulator's sample account and test/emulator/scenarios/sample-policy-all.yml — IoT transfers,
 * handshakes, RAM resource-share invitations and GuardDuty/Macie/Security Hub/Detective invitations
 * under one budget, the outputs per family, the IAM actions the README grants checked against the
 * calls the action really makes, and which SDK clients a run loads (the bundle's chunks, recorded
 * by a module hook: validate and an IoT-only policy load no RAM or security-service client).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY_ALL = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml'), 'utf8');
const POLICY_IOT = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), 'utf8');
const ACCOUNT = '210987654321';
const STRANGER = '999988887777';
const OTHER = '555566667777';
const TGW = `arn:aws:ram:us-east-1:${STRANGER}:resource-share-invitation/3395b0b6-d5d2-4bf2-aa21-cb6f5a933033`;
const LICENSES = `arn:aws:ram:eu-west-1:${OTHER}:resource-share-invitation/5b046ebf-9907-4683-a564-820ac428111d`;
const SUBNETS = 'arn:aws:ram:us-east-1:111122223333:resource-share-invitation/00d2e4a2-74f6-4d6d-ab0c-f81fd945c4b4';
const GRAPH = `arn:aws:detective:us-east-1:${STRANGER}:graph:8e6fa842345b9789b6b602cb20c89e84`;
const WRITES = ['RejectCertificateTransfer', 'DeclineHandshake', 'RejectResourceShareInvitation', 'DeclineInvitations', 'RejectInvitation', 'AcceptResourceShareInvitation', 'AcceptInvitation', 'AcceptAdministratorInvitation'];

let emulator: EmulatorHandle;
let workspace: string;

beforeEach(async () => {
  emulator = await startEmulator({ scenario: SCENARIO });
  workspace = testTempDir('inbound-guard-families-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), POLICY_ALL);
});
afterEach(async () => {
  await emulator.close();
});

function run(inputs: Record<string, string>, options: { policy?: string; nodeArgs?: string[]; env?: Record<string, string> } = {}): Promise<DistRun> {
  if (options.policy !== undefined) writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), options.policy);
  return runDist({ workspace, inputs, env: { ...emulator.env(ACCOUNT), ...options.env }, ...(options.nodeArgs ? { nodeArgs: options.nodeArgs } : {}) });
}
const writes = () => emulator.calls.filter((c) => WRITES.includes(c.operation));
interface Report {
  items: { item: { kind: string; service?: string }; outcome: string }[];
  kinds: Record<string, { governed: boolean; counts: Record<string, number> }>;
  accounts: { kinds: Record<string, { state: string; regions?: { swept: string[]; skipped: { region: string; reason: string }[] } }> }[];
}
const report = (r: DistRun) => JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as Report;

describe('dist/index.js with every family governed', () => {
  it('dry-run writes nothing and counts, per family, what enforce would do under one budget', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(r.outputs).toMatchObject({ planned: '13', rejected: '0', declined: '0', 'rejected-share-invitations': '0', 'declined-security-invitations': '0', failed: '0' });
    expect(r.summary).toContain('Budget: 13 of 15 actions');
    expect(r.summary).toMatch(/\| RAM resource-share invitations \| <code>ram<\/code> \| 2 \| reject 2 \| 1 \| 0 \|/);
    expect(r.summary).toMatch(/\| Security-service administrator invitations \| <code>security&#45;services<\/code> \| 4 \| decline 4 \| 1 \| 0 \|/);
    // Security Hub is not enabled in eu-west-1 for this account: skipped with that reason, not a failure.
    expect(r.summary).toContain('Security-service regions swept (as listed): <code>eu&#45;west&#45;1</code>, <code>us&#45;east&#45;1</code>.');
    expect(r.summary).toContain('(AWS Security Hub is not enabled in this region for this account)');
    const json = report(r);
    expect(Object.fromEntries(Object.entries(json.kinds).map(([k, v]) => [k, [v.governed, v.counts['planned']]]))).toEqual({
      'certificate-transfer': [true, 4],
      handshake: [true, 3],
      'resource-share-invitation': [true, 2],
      'security-invitation': [true, 4],
    });
    // Sender-written text reaches the summary only inert.
    expect(r.summary).not.toContain('<img');
    expect(r.summary).not.toMatch(/@[A-Za-z0-9]/);
    // The only commands are ours: groups, warnings, and the run masking its own secret key (never a sender's text).
    const secret = emulator.env(ACCOUNT)['AWS_SECRET_ACCESS_KEY'];
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::') && !/^::(group|endgroup|warning|notice)::/.test(l) && l !== `::add-mask::${secret}`)).toEqual([]);
  });

  it('enforce rejects and declines exactly what the policy does not allow, in every family; the outputs count each', async () => {
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ planned: '13', acted: '13', rejected: '6', declined: '7', 'rejected-certificate-transfers': '4', 'declined-handshakes': '3', 'rejected-share-invitations': '2', 'declined-security-invitations': '4', failed: '0' });
    const byOperation = (op: string) => writes().filter((c) => c.operation === op);
    expect(byOperation('RejectCertificateTransfer')).toHaveLength(4);
    expect(byOperation('DeclineHandshake')).toHaveLength(3);
    expect(byOperation('RejectResourceShareInvitation').map((c) => c.params['resourceShareInvitationArn']).sort()).toEqual([TGW, LICENSES].sort());
    expect(byOperation('DeclineInvitations').map((c) => `${c.service} ${JSON.stringify(c.params['AccountIds'] ?? c.params['accountIds'])}`).sort()).toEqual([
      `guardduty ["${STRANGER}"]`,
      `macie2 ["${STRANGER}"]`,
      `securityhub ["${OTHER}"]`,
    ]);
    expect(byOperation('RejectInvitation').map((c) => c.params['GraphArn'])).toEqual([GRAPH]);
    expect(writes()).toHaveLength(13);
    for (const call of writes()) expect([call.account, call.status]).toEqual([ACCOUNT, 200]);
    expect(emulator.resourceShareInvitation(TGW)?.status).toBe('REJECTED');
    expect(emulator.resourceShareInvitation(SUBNETS)?.status).toBe('PENDING');
    expect(emulator.securityInvitation('guardduty', 'us-east-1', ACCOUNT, '111122223333')?.removed).toBeUndefined();
    expect(emulator.securityInvitation('detective', 'us-east-1', ACCOUNT, STRANGER)?.removed).toBe('declined');
    expect(r.summary).toMatch(/\| RAM resource-share invitations \| <code>ram<\/code> \| 2 \| 2 rejected \| 1 \| 0 \|/);

    emulator.clearCalls();
    const again = await run({ mode: 'enforce' });
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs).toMatchObject({ planned: '0', 'rejected-share-invitations': '0', 'declined-security-invitations': '0' });
  });

  it('one budget across the families: one item too many and nothing at all is written, in any family', async () => {
    const r = await run({ mode: 'enforce', 'max-actions': '12' });
    expect(r.code).toBe(1);
    expect(writes()).toEqual([]);
    expect(report(r).items.filter((i) => i.outcome === 'held-by-budget').map((i) => i.item.kind).sort()).toEqual([
      ...Array(4).fill('certificate-transfer'),
      ...Array(3).fill('handshake'),
      ...Array(2).fill('resource-share-invitation'),
      ...Array(4).fill('security-invitation'),
    ].sort());
    expect(r.summary).toContain('Budget tripped: 13 items call for action, the budget is 12 (the max-actions input).');
  });

  it('a policy that governs neither RAM nor the security services reads neither; the summary says "not governed"', async () => {
    const r = await run({}, { policy: POLICY_IOT });
    expect(r.code).toBe(0);
    expect(emulator.calls.filter((c) => ['ram', 'guardduty', 'macie2', 'securityhub', 'detective'].includes(c.service))).toEqual([]);
    expect(r.summary).toContain('| RAM resource-share invitations | not governed (the policy has no <code>ram</code> section): not read, left alone |');
    expect(r.outputs).toMatchObject({ 'rejected-share-invitations': '0', 'declined-security-invitations': '0' });
    expect(report(r).kinds['resource-share-invitation']).toMatchObject({ governed: false });
  });

  it('regions: all sweeps every enabled region where each service is offered, and lists the others as skipped', async () => {
    const r = await run({}, { policy: 'version: 1\niot: { regions: [] }\norganizations: { handshake-types: [] }\nsecurity-services: { services: [detective] }\n' });
    expect(r.code).toBe(0);
    const coverage = report(r).accounts[0]!.kinds['security-invitation']!;
    // ap-northeast-3 is enabled in every account, but Detective is not offered there (botocore's endpoints).
    expect(coverage.regions!.skipped).toContainEqual({ region: 'ap-northeast-3', reason: 'Amazon Detective is not offered in this region' });
    expect(coverage.regions!.swept).toContain('us-east-1');
    expect(emulator.calls.filter((c) => c.service === 'detective' && c.region === 'ap-northeast-3')).toEqual([]);
    expect(r.outputs['planned']).toBe('1');
  });
});

// ---- least privilege: the README's statements against the calls the action makes -------------

const IAM_PREFIX: Record<string, string> = { iot: 'iot', organizations: 'organizations', account: 'account', ram: 'ram', guardduty: 'guardduty', macie2: 'macie2', securityhub: 'securityhub', detective: 'detective' };

/** The first JSON policy document in the README section "AWS permissions": action lists by Sid. */
function readmeStatements(): Record<string, string[]> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## AWS permissions'));
  const json = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? '{}';
  const doc = JSON.parse(json) as { Statement: { Sid: string; Action: string[] | string }[] };
  return Object.fromEntries(doc.Statement.map((s) => [s.Sid, [s.Action].flat()]));
}

describe('least privilege, as the README grants it', () => {
  it('dry-run calls exactly the read actions (every family), enforce adds exactly the write actions', async () => {
    const statements = readmeStatements();
    const read = new Set(Object.entries(statements).filter(([sid]) => sid.startsWith('InboundGuardRead')).flatMap(([, a]) => a));
    const write = new Set(Object.entries(statements).filter(([sid]) => sid.startsWith('InboundGuardWrite')).flatMap(([, a]) => a));
    const actions = () => new Set(emulator.calls.filter((c) => c.service !== 'sts').map((c) => `${IAM_PREFIX[c.service] ?? c.service}:${c.operation}`));

    // A policy with regions: all, so ListRegions is called too.
    const all = POLICY_ALL.replace(/regions: \[us-east-1, eu-west-1\]/g, 'regions: all');
    expect((await run({}, { policy: all })).code).toBe(0);
    expect([...actions()].sort()).toEqual([...read].sort());

    emulator.clearCalls();
    expect((await run({ mode: 'enforce' }, { policy: all })).code).toBe(0);
    const made = [...actions()].filter((a) => !read.has(a));
    expect(made.sort()).toEqual([...write].sort());
  });
});

// ---- which SDK clients a run loads ------------------------------------------------------------

/** The bundle files holding each service's client, found by a string only that client has. */
function chunksOf(marker: string): string[] {
  return readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js') && readFileSync(join(ROOT, 'dist', f), 'utf8').includes(marker));
}
const CLIENTS = { ram: 'RejectResourceShareInvitationCommand', guardduty: 'class GuardDutyClient', macie: 'class Macie2Client', securityhub: 'class SecurityHubClient', detective: 'class DetectiveClient' } as const;

async function loadedChunks(inputs: Record<string, string>, policy: string): Promise<{ run: DistRun; loaded: Set<string> }> {
  const file = join(workspace, `modules-${Date.now()}.txt`);
  writeFileSync(file, '');
  const r = await run(inputs, { policy, nodeArgs: ['--import', join(ROOT, 'scripts', 'lib', 'record-modules.js')], env: { INBOUND_GUARD_MODULES_FILE: file } });
  const loaded = new Set(readFileSync(file, 'utf8').split('\n').filter((u) => u.includes('/dist/')).map((u) => basename(u)));
  return { run: r, loaded };
}

describe('an SDK client is loaded only when its family is governed', () => {
  it('each client lives in chunks of its own, apart from the entry', () => {
    for (const marker of Object.values(CLIENTS)) {
      const chunks = chunksOf(marker);
      expect(chunks.length, marker).toBeGreaterThan(0);
      expect(chunks, marker).not.toContain('index.js');
    }
    expect(existsSync(join(ROOT, 'scripts', 'lib', 'record-modules.js'))).toBe(true);
  });

  it('validate loads the entry only; an IoT-only dry-run loads no RAM or security-service client', async () => {
    const validate = await loadedChunks({ mode: 'validate' }, POLICY_ALL);
    expect(validate.run.code).toBe(0);
    expect([...validate.loaded]).toEqual(['index.js']);

    const iot = await loadedChunks({}, POLICY_IOT);
    expect(iot.run.code).toBe(0);
    expect(iot.loaded.size).toBeGreaterThan(1);
    for (const marker of Object.values(CLIENTS)) for (const chunk of chunksOf(marker)) expect(iot.loaded.has(chunk), `${marker} in ${chunk}`).toBe(false);
  });

  it('a GuardDuty-only policy loads the GuardDuty client and no other new one; every family loads them all', async () => {
    // No handshake types: the sample account's accepted INVITE is from an organization this policy does not allow, which fails the run.
    const guardduty = await loadedChunks({}, 'version: 1\niot: { regions: [us-east-1] }\norganizations: { handshake-types: [] }\nsecurity-services: { services: [guardduty], regions: [us-east-1] }\n');
    expect(guardduty.run.code).toBe(0);
    expect(chunksOf(CLIENTS.guardduty).some((c) => guardduty.loaded.has(c))).toBe(true);
    for (const other of [CLIENTS.ram, CLIENTS.macie, CLIENTS.securityhub, CLIENTS.detective]) {
      const own = chunksOf(other).filter((c) => !chunksOf(CLIENTS.guardduty).includes(c));
      for (const chunk of own) expect(guardduty.loaded.has(chunk), `${other} in ${chunk}`).toBe(false);
    }

    const every = await loadedChunks({}, POLICY_ALL);
    expect(every.run.code).toBe(0);
    for (const marker of Object.values(CLIENTS)) expect(chunksOf(marker).some((c) => every.loaded.has(c)), marker).toBe(true);
  });
});

describe('the demo policy', () => {
  it('is the file the demo copies for its last step', () => {
    const demo = readFileSync(join(ROOT, 'scripts', 'demo.js'), 'utf8');
    expect(demo).toContain('sample-policy-all.yml');
    cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml'), join(workspace, 'copy.yml'));
  });
});

/**
 * Least privilege, proven: each mode runs (dist/index.js, against the emulator) and calls exactly
 * the AWS actions its IAM document in iam/ allows — nothing missing (the document would break the
 * run), nothing extra (the document would grant what is never used). The README shows the same
 * documents.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIST_REGIONS_PERMISSION, READ_PERMISSIONS, SERVICE_NAMES, WRITE_PERMISSION, type ServiceName } from '../src/kinds/services.js';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { ROOT, runDist } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

type Document = { Statement: { Sid: string; Action: string | string[]; Resource: string | string[] }[] };
const documentOf = (name: string) => JSON.parse(readFileSync(join(ROOT, 'iam', `${name}.json`), 'utf8')) as Document;
const actionsOf = (doc: Document) => new Set(doc.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])));
/** Actions that need no permission. */
const FREE = new Set(['sts:GetCallerIdentity']);
/** The IAM actions of a set of emulator calls: service prefix and operation, as IAM names them. */
const called = (calls: EmulatorHandle['calls'], account?: string) =>
  new Set(calls.filter((c) => account === undefined || c.account === account).map((c) => `${c.service}:${c.operation}`).filter((a) => !FREE.has(a)));

const SAMPLE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
/**
 * The sample policy that governs every family (IoT, handshakes, RAM, the four security services),
 * without its region lists: every section's regions is all, so ListRegions is called too.
 */
const SAMPLE_POLICY = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml'), 'utf8').replace(/^ {2}regions:.*\n/gm, '');

let emulator: EmulatorHandle | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

function workspaceWith(policy: string): string {
  const workspace = testTempDir('inbound-guard-iam-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
  return workspace;
}

describe('iam/: each mode calls exactly what its document allows', () => {
  it('validate calls no AWS API at all', async () => {
    emulator = await startEmulator({ scenario: SAMPLE });
    const r = await runDist({ workspace: workspaceWith(SAMPLE_POLICY), inputs: { mode: 'validate' }, env: emulator.env('210987654321') });
    expect(r.code).toBe(0);
    expect(emulator.calls).toEqual([]);
  });

  it('dry-run: iam/read.json', async () => {
    emulator = await startEmulator({ scenario: SAMPLE });
    const r = await runDist({ workspace: workspaceWith(SAMPLE_POLICY), inputs: { mode: 'dry-run' }, env: emulator.env('210987654321') });
    expect(r.code).toBe(0);
    expect([...called(emulator.calls)].sort()).toEqual([...actionsOf(documentOf('read'))].sort());
  });

  it('enforce: iam/enforce.json (read plus reject and decline, in every family)', async () => {
    emulator = await startEmulator({ scenario: SAMPLE });
    const r = await runDist({ workspace: workspaceWith(SAMPLE_POLICY), inputs: { mode: 'enforce' }, env: emulator.env('210987654321') });
    expect(r.code).toBe(0);
    expect([...called(emulator.calls)].sort()).toEqual([...actionsOf(documentOf('enforce'))].sort());
  });

  it('merge calls no AWS API at all', async () => {
    emulator = await startEmulator({ scenario: SAMPLE });
    const workspace = workspaceWith(SAMPLE_POLICY);
    const shard = await runDist({ workspace, inputs: { mode: 'dry-run', shard: '1/1' }, env: emulator.env('210987654321') });
    mkdirSync(join(workspace, 'reports'));
    cpSync(shard.outputs['report-file']!, join(workspace, 'reports', 'shard.json'));
    emulator.clearCalls();
    const merged = await runDist({ workspace, inputs: { mode: 'merge', reports: 'reports' }, env: emulator.env('210987654321') });
    expect(merged.code).toBe(0);
    expect(emulator.calls).toEqual([]);
  });

  it('with targets: the workflow role does iam/orchestrator.json (besides guarding its own account), every guard role iam/enforce.json', async () => {
    emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml') });
    // A member with a RAM invitation and one of each security service, and a policy that governs them: every write is made.
    const member = '400000000011';
    emulator.seed({
      resourceShareInvitations: [{ region: 'us-east-1', from: '999988887777', to: member }],
      securityInvitations: (['guardduty', 'macie2', 'securityhub', 'detective'] as const).map((service) => ({ service, region: 'us-east-1', from: '999988887777', to: member })),
    });
    const policy = `${readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'organization-policy.yml'), 'utf8')}ram: {}\nsecurity-services: {}\n`;
    const r = await runDist({ workspace: workspaceWith(policy), inputs: { mode: 'enforce' }, env: emulator.env() });
    expect(r.code).toBe(0);
    const caller = '400000000001';
    const read = actionsOf(documentOf('read'));
    expect([...called(emulator.calls, caller)].filter((a) => !read.has(a)).sort()).toEqual([...actionsOf(documentOf('orchestrator'))].sort());
    const members = new Set(emulator.calls.filter((c) => c.account !== caller).map((c) => c.account));
    expect(members.size).toBeGreaterThan(1);
    const memberActions = new Set([...members].flatMap((account) => [...called(emulator!.calls, account)]));
    expect([...memberActions].sort()).toEqual([...actionsOf(documentOf('enforce'))].sort());
  });

  it('with organization: true the workflow\'s own account is a target read with its own credentials: orchestrator.json is not enough unless it is excluded', async () => {
    const policy = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'organization-policy.yml'), 'utf8');
    const caller = '400000000001';
    const orchestrator = actionsOf(documentOf('orchestrator'));
    const read = actionsOf(documentOf('read'));
    emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml') });
    expect((await runDist({ workspace: workspaceWith(policy), inputs: { mode: 'dry-run' }, env: emulator.env() })).code).toBe(0);
    const beyond = [...called(emulator.calls, caller)].filter((a) => !orchestrator.has(a));
    expect(beyond.length).toBeGreaterThan(0);
    for (const action of beyond) expect(read, action).toContain(action);
    // Guard roles are assumed in the other accounts, none in the caller's own.
    const assumed = emulator.calls.filter((c) => c.operation === 'AssumeRole').map((c) => String((c.params as Record<string, unknown>)['RoleArn']));
    expect(assumed).toContain('arn:aws:iam::400000000011:role/inbound-guard');
    expect(assumed.filter((arn) => arn.includes(`::${caller}:`))).toEqual([]);
    await emulator.close();

    const excluded = policy.replace('exclude: ["400000000015"]', `exclude: ["400000000015", "${caller}"]`);
    expect(excluded).not.toBe(policy);
    emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml') });
    expect((await runDist({ workspace: workspaceWith(excluded), inputs: { mode: 'dry-run' }, env: emulator.env() })).code).toBe(0);
    expect([...called(emulator.calls, caller)].sort()).toEqual([...orchestrator].sort());
  });
});

describe('the permission tables of src/kinds/services.ts (the plan comment names them for a service a PR newly governs)', () => {
  const sorted = (actions: Iterable<string>) => [...actions].sort();
  const reads = Object.values(READ_PERMISSIONS).flat();
  const writes = Object.values(WRITE_PERMISSION);

  it('the read table, with the region list, is iam/read.json; with the writes, iam/enforce.json', () => {
    expect(sorted([...reads, LIST_REGIONS_PERMISSION])).toEqual(sorted(actionsOf(documentOf('read'))));
    expect(sorted([...reads, LIST_REGIONS_PERMISSION, ...writes])).toEqual(sorted(actionsOf(documentOf('enforce'))));
    expect(new Set(reads).size).toBe(reads.length);
  });

  /**
   * The commands each service's own folder of src/aws sends (`new XCommand(`), as IAM actions: its
   * reads and its write, nothing else. Organizations' ListAccounts is the orchestrator's (iam/orchestrator.json).
   */
  it('each service sends exactly the actions of its row: its reads and its one write', () => {
    const folder: Readonly<Record<ServiceName, { dir: string; prefix: string }>> = {
      iot: { dir: 'iot', prefix: 'iot' },
      organizations: { dir: 'organizations', prefix: 'organizations' },
      ram: { dir: 'ram', prefix: 'ram' },
      guardduty: { dir: 'guardduty', prefix: 'guardduty' },
      macie: { dir: 'macie', prefix: 'macie2' },
      securityhub: { dir: 'securityhub', prefix: 'securityhub' },
      detective: { dir: 'detective', prefix: 'detective' },
    };
    const sent = (dir: string, prefix: string): string[] => {
      const path = join(ROOT, 'src', 'aws', dir);
      const text = readdirSync(path).map((f) => readFileSync(join(path, f), 'utf8')).join('\n');
      return [...new Set([...text.matchAll(/new (\w+)Command\(/g)].map((m) => `${prefix}:${m[1]}`))];
    };
    const orchestrator = actionsOf(documentOf('orchestrator'));
    for (const service of SERVICE_NAMES) {
      const { dir, prefix } = folder[service];
      const own = sent(dir, prefix).filter((a) => !orchestrator.has(a));
      expect(sorted(own), service).toEqual(sorted([...READ_PERMISSIONS[service], WRITE_PERMISSION[service]]));
    }
    expect(sent('account', 'account')).toEqual([LIST_REGIONS_PERMISSION]);
    // No other folder of src/aws sends a command but STS's (free, or the orchestrator's AssumeRole).
    const others = readdirSync(join(ROOT, 'src', 'aws'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'kinds' && d.name !== 'account' && !Object.values(folder).some((f) => f.dir === d.name))
      .flatMap((d) => sent(d.name, d.name).filter((a) => !FREE.has(a) && !orchestrator.has(a)));
    expect(others).toEqual([]);
  });
});

describe('the docs say the orchestrator also needs read.json or enforce.json, or its account excluded', () => {
  const prose = (text: string) => text.replace(/\s+/g, ' ');
  it.each<[string, () => string, string[]]>([
    ['README.md, Trust setup', () => /\*\*Trust setup\.\*\*([\s\S]*?)```json/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '', ['organization: true', 'iam/read.json', 'iam/enforce.json', 'targets.exclude']],
    ['iam/README.md', () => readFileSync(join(ROOT, 'iam', 'README.md'), 'utf8'), ['organization: true', '`read.json`', '`enforce.json`', 'targets.exclude']],
    ['docs/policy.md, targets', () => /### `targets`\n([\s\S]*?)\n\| Key/.exec(readFileSync(join(ROOT, 'docs', 'policy.md'), 'utf8'))?.[1] ?? '', ['organization: true', 'guard permissions', 'iam/README.md', '`exclude`']],
  ])('%s', (_where, text, words) => {
    const said = prose(text());
    for (const word of words) expect(said).toContain(word);
  });
  it('examples/organization-matrix.yml, on the orchestrator role', () => {
    const comment = prose(readFileSync(join(ROOT, 'examples', 'organization-matrix.yml'), 'utf8').split('role-to-assume:')[0]!.split('configure-aws-credentials')[1]!);
    expect(comment).toContain('iam/orchestrator.json');
    expect(comment).toContain('iam/enforce.json');
    expect(comment).toContain('targets.exclude');
  });
});

describe('README shows the documents of iam/', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as Document);

  it('the AWS permissions section is iam/enforce.json', () => {
    expect(jsonBlocks).toContainEqual(documentOf('enforce'));
  });
  it('the organization section is iam/orchestrator.json', () => {
    expect(jsonBlocks).toContainEqual(documentOf('orchestrator'));
  });
  it('the StackSet guard role allows exactly the actions of iam/enforce.json', () => {
    const template = /AWSTemplateFormatVersion[\s\S]*?```/.exec(readme)?.[0] ?? '';
    const actions = [...template.matchAll(/^ {18}- ([a-z0-9]+:[A-Za-z]+)$/gm)].map((m) => m[1]);
    expect(actions.sort()).toEqual([...actionsOf(documentOf('enforce'))].sort());
  });
});

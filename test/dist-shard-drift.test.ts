/**
 * Shards of one matrix run each list the organization (and each account's regions) themselves. If
 * the organization changes between two shard jobs, a unit can belong to a shard that never saw it:
 * the merge must say so and fail, not report the organization read.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadScenario, startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { ROOT, runDist } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const POLICY = `version: 1
targets:
  role-name: inbound-guard
  organization: true
  exclude: ["400000000015"]
iot:
  regions: [us-east-1, eu-west-1, us-west-2]
  allow:
    - source-account: "111122223333"
limits:
  max-actions: 20
`;
const NEW_MEMBER = '400000000016';
let emulators: EmulatorHandle[] = [];
afterEach(async () => {
  for (const e of emulators) await e.close();
  emulators = [];
});

it('an account that joins between shard jobs: the parts of it no shard read are errors in the merge, which fails', async () => {
  const base = loadScenario(join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml'));
  const later = {
    ...base,
    accounts: [...(base.accounts ?? []), { id: NEW_MEMBER, email: 'new@acme.example', name: 'New' }],
    organizations: (base.organizations ?? []).map((o) => (o.id === 'o-acmeguard01' ? { ...o, members: [...(o.members ?? []), NEW_MEMBER] } : o)),
    certificates: [...(base.certificates ?? []), { id: 'b'.repeat(64), region: 'us-west-2', owner: '999988887777', transfer: { to: NEW_MEMBER, message: 'x', at: '-1h' } }],
    handshakes: [...(base.handshakes ?? []), { id: 'h-newmember0000000000000001', action: 'INVITE', organization: 'o-p76zu5911y', to: NEW_MEMBER, requestedAt: '-1h' }],
  } as Scenario;
  const workspace = testTempDir('inbound-guard-drift-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), POLICY);
  const before = await startEmulator({ scenario: base });
  const after = await startEmulator({ scenario: later });
  emulators = [before, after];
  const env = (e: EmulatorHandle, step: string) => ({ ...e.env(), GITHUB_RUN_ID: '5', GITHUB_ACTION: step });
  // Shard 1 lists the organization before the account joins, shard 2 after.
  const shards = [
    await runDist({ workspace, inputs: { mode: 'dry-run', shard: '1/2' }, env: env(before, 's1') }),
    await runDist({ workspace, inputs: { mode: 'dry-run', shard: '2/2' }, env: env(after, 's2') }),
  ];
  shards.forEach((r, i) => {
    mkdirSync(join(workspace, 'reports', `s${i + 1}`), { recursive: true });
    cpSync(r.outputs['report-file']!, join(workspace, 'reports', `s${i + 1}`, 'report.json'));
  });
  const shard2 = JSON.parse(readFileSync(shards[1]!.outputs['report-file']!, 'utf8')) as { accounts: { account: string; kinds: Record<string, { regions?: { otherShards?: string[] } }> }[] };
  const leftToShard1 = shard2.accounts.find((a) => a.account === NEW_MEMBER)?.kinds['certificate-transfer']?.regions?.otherShards ?? [];

  const merged = await runDist({ workspace, inputs: { mode: 'merge', reports: 'reports' }, env: env(after, 'merge') });
  const json = JSON.parse(readFileSync(merged.outputs['report-file']!, 'utf8')) as {
    accounts: { account: string; read: string; handshakes: string; regions: { failed: string[]; readByNoShard?: string[] } }[];
    errors: { account?: string; region?: string; service: string; message: string }[];
    failures: string[];
  };
  expect(merged.code).toBe(1);
  const gaps = json.errors.filter((e) => e.account === NEW_MEMBER && e.message.startsWith('read by no shard'));
  // Whatever shard 1 owned of the new account is named: its regions, and its handshakes if shard 1 owned them.
  const account = json.accounts.find((a) => a.account === NEW_MEMBER)!;
  expect(gaps.filter((g) => g.region !== undefined).map((g) => g.region)).toEqual(leftToShard1);
  expect(account.regions.failed).toEqual(expect.arrayContaining(leftToShard1));
  expect(gaps.length).toBeGreaterThan(0);
  expect(account.read).toBe('partial');
  expect(account.handshakes).not.toBe('other-shard');
  expect(json.failures.some((f) => f.includes('read by no shard'))).toBe(true);
  expect(merged.summary).not.toContain('another shard');
}, 120_000);

/**
 * End to end through dist/index.js: a run split over n shard jobs covers exactly what one job
 * covers, writes each item once, and `mode: merge` turns the shard reports into the one-job summary
 * and outputs — and, when a shard's report is missing, the others' with that shard a failure.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const SCENARIO_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const ACCOUNT = '210987654321';

let emulator: EmulatorHandle;
let workspace: string;

beforeEach(async () => {
  emulator = await startEmulator({ scenario: SCENARIO_FILE });
  workspace = testTempDir('inbound-guard-shards-');
  mkdirSync(join(workspace, '.github'));
  cpSync(POLICY_FILE, join(workspace, '.github', 'inbound-guard.yml'));
});
afterEach(async () => {
  await emulator.close();
});

const run = (inputs: Record<string, string>, step = 'guard') => runDist({ workspace, inputs, env: { ...emulator.env(ACCOUNT), GITHUB_ACTION: step } });
type Report = { items: { item: { kind: string; certificateId?: string; id?: string }; outcome: string }[]; shard?: { index: number; count: number } };
const report = (r: DistRun) => JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as Report;
const key = (i: Report['items'][number]) => `${i.item.kind}:${i.item.certificateId ?? i.item.id}`;
const writes = () => emulator.calls.filter((c) => c.operation === 'RejectCertificateTransfer' || c.operation === 'DeclineHandshake');
/** The summary without what differs by design: the time it finished, the shard in the title, the budget line, the timings. */
const comparable = (md: string) =>
  md
    .replace(/ · shard \d+\/\d+/, '')
    .replace(/^Budget: .*$/m, '')
    .replace(/^<sub>Took [^<]*<\/sub>\n\n?/m, "")
    .replace(/ · finished [0-9: -]+ UTC<\/sub>/, '</sub>');

/** Copies each shard's report into workspace/reports/shard-i/ as actions/download-artifact would. */
function collect(runs: readonly DistRun[]): void {
  runs.forEach((r, i) => {
    mkdirSync(join(workspace, 'reports', `shard-${i + 1}`), { recursive: true });
    cpSync(r.outputs['report-file']!, join(workspace, 'reports', `shard-${i + 1}`, 'inbound-guard.json'));
  });
}

describe('dist/index.js over a job matrix', () => {
  it('3 dry-run shards cover exactly the items one job covers; merge writes the one-job summary', async () => {
    const one = await run({ mode: 'dry-run', 'max-actions': '30' }, 'whole');
    expect(one.code).toBe(0);
    const shards: DistRun[] = [];
    for (const i of [1, 2, 3]) shards.push(await run({ mode: 'dry-run', shard: `${i}/3`, 'max-actions': '30' }, `shard${i}`));
    expect(shards.map((s) => s.code)).toEqual([0, 0, 0]);
    const shardKeys = shards.flatMap((s) => report(s).items.map(key));
    expect(new Set(shardKeys).size).toBe(shardKeys.length); // none twice
    expect([...shardKeys].sort()).toEqual(report(one).items.map(key).sort()); // none missing

    collect(shards);
    const merged = await run({ mode: 'merge', reports: 'reports' }, 'merge');
    expect(merged.code).toBe(0);
    expect(report(merged).items.map(key)).toEqual(report(one).items.map(key));
    expect(merged.outputs).toMatchObject({ planned: one.outputs['planned'], rejected: '0', declined: '0' });
    expect(comparable(merged.summary)).toBe(comparable(one.summary));
    expect(merged.summary.split('\n')[0]).not.toContain('shard');
    expect(merged.summary).toContain('Budget: 7 of 30 actions (the max-actions input — each of 3 shards may act on ⌊30 / 3⌋ = 10).');
  });

  it('enforce shards write each item once, each within its ⌊max-actions / n⌋ share', async () => {
    const shards: DistRun[] = [];
    for (const i of [1, 2]) shards.push(await run({ mode: 'enforce', shard: `${i}/2`, 'max-actions': '20' }, `shard${i}`));
    expect(shards.map((s) => s.code)).toEqual([0, 0]);
    const targets = writes().map((c) => String(c.params['certificateId'] ?? c.params['HandshakeId']));
    expect(new Set(targets).size).toBe(targets.length);
    expect(targets).toHaveLength(7); // the sample's 4 rejects and 3 declines, split between the shards
    for (const s of shards) expect(Number(s.outputs['rejected']) + Number(s.outputs['declined'])).toBeLessThanOrEqual(10);
  });

  it('a shard that finds more than its share of the budget writes nothing and fails; the merge says which budget tripped', async () => {
    const shards: DistRun[] = [];
    for (const i of [1, 2, 3]) shards.push(await run({ mode: 'enforce', shard: `${i}/3`, 'max-actions': '3' }, `shard${i}`));
    const planned = shards.map((s) => Number(s.outputs['planned']));
    expect(planned.reduce((a, b) => a + b, 0)).toBe(7);
    // 7 items over 3 shards of 1 each (⌊3/3⌋): every shard with 2 or more trips and writes nothing; one with 0 or 1 acts.
    shards.forEach((s, i) => {
      const written = Number(s.outputs['rejected']) + Number(s.outputs['declined']);
      if (planned[i]! > 1) {
        expect(s.code).toBe(1);
        expect(written).toBe(0);
        expect(s.summary).toContain('split over 3 shards, 1 each');
      } else expect(written).toBe(planned[i]);
    });
    expect(writes().length).toBeLessThanOrEqual(3);
    collect(shards);
    const merged = await run({ mode: 'merge', reports: 'reports' }, 'merge');
    expect(merged.code).toBe(1);
    // Each shard that tripped, by name, with its own count: the sum (7 of 3) would not say which.
    const tripped = planned.flatMap((n, i) => (n > 1 ? [`${i + 1}/3`] : []));
    expect(merged.summary).toContain(`**Budget tripped: ${tripped.length === 1 ? 'shard' : 'shards'} ${tripped.length === 1 ? tripped[0] : `${tripped.slice(0, -1).join(', ')} and ${tripped.at(-1)}`} found `);
  });

  it("merge reports the shards that reported and fails, naming it, when a shard report is missing", async () => {
    const shards: DistRun[] = [];
    for (const i of [1, 3]) shards.push(await run({ mode: 'dry-run', shard: `${i}/3` }, `shard${i}`));
    collect(shards);
    const merged = await run({ mode: 'merge', reports: 'reports' }, 'merge');
    expect(merged.code).toBe(1);
    expect(merged.stdout).toMatch(/::error::.*Shard 2\/3's report is missing: the accounts and regions it owns were not reported/);
    expect(report(merged).items.map(key).sort()).toEqual(shards.flatMap((s) => report(s).items.map(key)).sort());
    expect(emulator.calls.filter((c) => c.seq > 0 && c.operation === 'GetCallerIdentity').length).toBe(2); // the shards' own, none from merge
  });
});

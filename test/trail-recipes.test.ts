/**
 * The shell the README and the examples hand to users, run for real on what the action wrote:
 * the `jq` programs of "A trail across runs" on the reports of runs against the emulator, and the
 * Slack step of examples/scheduled-alert.yml on its summary-json output (curl replaced by a script
 * that keeps what it was sent). Needs jq and bash, as GitHub's runners have; skipped without jq.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const hasJq = spawnSync('jq', ['--version']).status === 0;
const ACCOUNT = '210987654321';
const NEW_SENDER = '123412341234';
const NEW_CERTIFICATE = 'bead'.repeat(16);

/** The README's trail block: each `jq` command, as one string to hand to bash. */
function readmeJqCommands(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('gh run download'));
  if (block === undefined) throw new Error('README.md has no sh block with the trail recipe');
  const commands: string[] = [];
  let current: string[] = [];
  for (const line of block.split('\n')) {
    if (current.length === 0 && !line.startsWith('jq ')) continue;
    current.push(line);
    if (line.trimEnd().endsWith('reports/*/*.json')) {
      commands.push(current.join('\n'));
      current = [];
    }
  }
  return commands;
}

describe.skipIf(!hasJq)('the trail recipe and the Slack step, on reports the action wrote (needs jq)', () => {
  let emulator: EmulatorHandle;
  let workspace: string;
  let folder: string;
  let scratch: string | undefined;
  const runs: { id: number; run: DistRun; report: { generatedAt: string } }[] = [];

  beforeAll(async () => {
    emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    // The workspace, the runs' folders (their reports are read by the tests) and the reports' folder: removed by afterAll.
    const root = mkdtempSync(join(tmpdir(), 'inbound-guard-trail-'));
    scratch = root;
    workspace = join(root, 'workspace');
    mkdirSync(join(workspace, '.github'), { recursive: true });
    cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
    folder = join(root, 'downloaded');
    mkdirSync(folder);
    const enforce = async (id: number) => {
      const run = await runDist({ workspace, dir: join(root, `run-${id}`), inputs: { mode: 'enforce' }, env: { ...emulator.env(ACCOUNT), GITHUB_RUN_ID: String(id), GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'acme/guard', GITHUB_WORKFLOW: 'inbound-guard' } });
      expect(run.code).toBe(0);
      // As `gh run download <id> --name inbound-guard-report --dir reports/<id>` lays them out.
      mkdirSync(join(folder, 'reports', String(id)), { recursive: true });
      cpSync(run.outputs['report-file']!, join(folder, 'reports', String(id), 'inbound-guard-guard.json'));
      runs.push({ id, run, report: JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { generatedAt: string } });
    };
    await enforce(2001);
    // Between the runs a stranger not seen before offers a certificate.
    emulator.seed({ certificates: [{ id: NEW_CERTIFICATE, region: 'eu-west-1', owner: NEW_SENDER, createdAt: '-1d', transfer: { to: ACCOUNT, at: '-1h', message: 'hello' } }] });
    await enforce(2002);
    await enforce(2003);
  }, 60_000);
  afterAll(async () => {
    await emulator?.close();
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });

  const bash = (command: string, env: Record<string, string> = {}) => execFileSync('bash', ['-e', '-o', 'pipefail', '-c', command], { cwd: folder, encoding: 'utf8', env: { ...process.env, ...env } });
  const commands = readmeJqCommands();
  const tsv = (out: string) => out.trim().split('\n').map((l) => l.split('\t'));

  it('the README has the three jq programs', () => {
    expect(commands).toHaveLength(3);
  });

  it('"when did we first see each sender": one line per sender, at its first run, oldest first', () => {
    const [first, second] = runs;
    const rows = tsv(bash(commands[0]!));
    const bySender = new Map(rows.map(([at, sender, kind, outcome, run]) => [sender, { at, kind, outcome, run }]));
    expect(bySender.get('account:999988887777')).toEqual({ at: first!.report.generatedAt, kind: 'certificate-transfer', outcome: 'rejected', run: 'https://github.com/acme/guard/actions/runs/2001' });
    expect(bySender.get('organization:o-ysztebow2w')).toEqual({ at: first!.report.generatedAt, kind: 'handshake', outcome: 'declined', run: 'https://github.com/acme/guard/actions/runs/2001' });
    expect(bySender.get('account:111122223333')).toMatchObject({ at: first!.report.generatedAt, outcome: 'allowed' });
    expect(bySender.get(`account:${NEW_SENDER}`)).toEqual({ at: second!.report.generatedAt, kind: 'certificate-transfer', outcome: 'rejected', run: 'https://github.com/acme/guard/actions/runs/2002' });
    // Outgoing items are ours, not a sender's.
    expect(bySender.has(`account:${ACCOUNT}`)).toBe(false);
    expect(rows.at(-1)?.[1]).toBe(`account:${NEW_SENDER}`);
    expect(rows.map((r) => r[0])).toEqual([...rows.map((r) => r[0])].sort());
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
  });

  it('"when did we first see each sender": what we did is every outcome of its items in that run, ignored items left out', () => {
    type Item = { sender: string; outcome: string; item: { kind: string } };
    const first = JSON.parse(readFileSync(runs[0]!.run.outputs['report-file']!, 'utf8')) as { items: Item[] };
    const judged = first.items.filter((i) => i.outcome !== 'ignored');
    // The sample has both: a sender with an item ignored (already DECLINED) beside one declined in the
    // same run, and a sender whose only item is ignored (already EXPIRED).
    expect(first.items.filter((i) => i.sender === 'organization:o-p76zu5911y').map((i) => i.outcome).sort()).toEqual(['declined', 'ignored']);
    expect(first.items.filter((i) => i.sender === 'organization:o-6ae3afn7re').map((i) => i.outcome)).toEqual(['ignored']);
    const rows = tsv(bash(commands[0]!)).filter(([at]) => at === runs[0]!.report.generatedAt);
    const expected = [...new Set(judged.map((i) => i.sender))].sort().map((sender) => {
      const own = judged.filter((i) => i.sender === sender);
      return [sender, [...new Set(own.map((i) => i.item.kind))].sort().join(','), [...new Set(own.map((i) => i.outcome))].sort().join(',')];
    });
    expect(rows.map(([, sender, kind, outcome]) => [sender, kind, outcome])).toEqual(expected);
    expect(rows.find((r) => r[1] === 'organization:o-p76zu5911y')?.[3]).toBe('declined');
    expect(rows.some((r) => r[1] === 'organization:o-6ae3afn7re')).toBe(false);
    // Nor does the single-sender question count an ignored item as seen.
    expect(bash(commands[1]!.replace('account:999988887777', 'organization:o-6ae3afn7re')).trim()).toBe('null');
  });

  it('"when did we first see this one": the first run that had it', () => {
    expect(bash(commands[1]!).trim()).toBe(runs[0]!.report.generatedAt);
    expect(bash(commands[1]!.replace('account:999988887777', `account:${NEW_SENDER}`)).trim()).toBe(runs[1]!.report.generatedAt);
  });

  it('"run by run": counts and the policy digest per run, in order', () => {
    const rows = tsv(bash(commands[2]!));
    const digest = JSON.parse(readFileSync(runs[0]!.run.outputs['report-file']!, 'utf8')).policy.digest.slice(0, 12) as string;
    expect(rows).toEqual([
      [runs[0]!.report.generatedAt, '2001', '4', '3', '0', digest],
      [runs[1]!.report.generatedAt, '2002', '1', '0', '0', digest],
      [runs[2]!.report.generatedAt, '2003', '0', '0', '0', digest],
    ]);
  });

  it('"when did we first see each sender" lists the senders of every family, not only transfers and handshakes', async () => {
    const everyFamily = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    const space = testTempDir('inbound-guard-trail-all-');
    try {
      mkdirSync(join(space, '.github'));
      cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml'), join(space, '.github', 'inbound-guard.yml'));
      const run = await runDist({ workspace: space, inputs: { mode: 'dry-run' }, env: everyFamily.env(ACCOUNT) });
      expect(run.code).toBe(0);
      mkdirSync(join(space, 'reports', '1'), { recursive: true });
      cpSync(run.outputs['report-file']!, join(space, 'reports', '1', 'inbound-guard-guard.json'));
      type Item = { sender: string; outcome: string; item: { kind: string; direction?: string } };
      const items = (JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { items: Item[] }).items.filter((i) => i.outcome !== 'ignored');
      // The scenario has something of every family judged: RAM and administrator invitations carry no direction.
      expect(new Set(items.map((i) => i.item.kind)).size).toBeGreaterThanOrEqual(4);
      const out = execFileSync('bash', ['-e', '-o', 'pipefail', '-c', commands[0]!], { cwd: space, encoding: 'utf8' });
      expect(new Set(tsv(out).map((row) => row[1]))).toEqual(new Set(items.map((i) => i.sender)));
    } finally {
      await everyFamily.close();
    }
  }, 60_000);

  describe('the Slack step of examples/scheduled-alert.yml', () => {
    type Step = { name?: string; run?: string };
    const wf = parse(readFileSync(join(ROOT, 'examples', 'scheduled-alert.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    const script = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.name === 'Tell Slack')?.run ?? '';

    /** Runs the step as a runner would (bash -e -o pipefail), with a curl that keeps what it was sent. */
    function tellSlack(summary: string): { posted?: { text: string }; url?: string } {
      const bin = testTempDir('inbound-guard-curl-');
      writeFileSync(join(bin, 'curl'), `#!/bin/sh\ncat > "${bin}/body.json"\nfor last; do :; done\necho "$last" > "${bin}/url"\n`);
      chmodSync(join(bin, 'curl'), 0o755);
      bash(script, { SUMMARY: summary, SLACK_WEBHOOK_URL: 'https://hooks.slack.example/T0/B0/x', PATH: `${bin}:${process.env['PATH'] ?? ''}` });
      if (!existsSync(join(bin, 'body.json'))) return {};
      return { posted: JSON.parse(readFileSync(join(bin, 'body.json'), 'utf8')) as { text: string }, url: readFileSync(join(bin, 'url'), 'utf8').trim() };
    }

    it('posts the counts and each item acted on, from the summary-json output', () => {
      const sent = tellSlack(runs[0]!.run.outputs['summary-json']!);
      expect(sent.url).toBe('https://hooks.slack.example/T0/B0/x');
      const lines = sent.posted!.text.split('\n');
      expect(lines[0]).toBe('inbound-guard enforce: 4 rejected, 3 declined, 0 failed, 0 not read. https://github.com/acme/guard/actions/runs/2001');
      expect(lines.slice(1)).toHaveLength(7);
      // Ids in backticks: Slack shows them as code, never as a link.
      expect(lines).toContain('- rejected certificate-transfer `90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3` from account:999988887777');
      expect(lines).toContain('- declined handshake `h-usts6j4f4arj8jz9ukk3ergt` from organization:o-ysztebow2w');
    });

    it('posts nothing for a run with nothing to say', () => {
      expect(JSON.parse(runs[2]!.run.outputs['summary-json']!)).toMatchObject({ actedOn: [], notRead: 0, failures: 0 });
      expect(tellSlack(runs[2]!.run.outputs['summary-json']!)).toEqual({});
    });
  });
});

/**
 * The job summary as a platform team reads it, from src/main.ts's run() in this process against the
 * emulator (the dist-* tests run the built bundle, which a test cannot rebuild): the findings of a
 * user-acceptance review, each reproduced end to end.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadScenario } from './emulator/index.ts';
import { SAMPLE_ACCOUNT, SAMPLE_SCENARIO, useEmulatorEnvironment } from './helpers/emulator-env.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess, workspaceWithPolicy } from './helpers/run-in-process.js';

const SAMPLE_POLICY = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const scenario = loadScenario(join(ROOT, SAMPLE_SCENARIO));
const ALLOWED_SOURCES = new Set(['111122223333', '444455556666']);
const ALLOWED_ORGANIZATION = 'o-exampleorgid11';
const toReject = (scenario.certificates ?? []).filter((c) => c.transfer?.to === SAMPLE_ACCOUNT && !c.transfer.rejectedAt && !c.transfer.acceptedAt && !ALLOWED_SOURCES.has(c.owner));

const emulatorEnvironment = useEmulatorEnvironment();
let workspace: string;

beforeEach(() => {
  workspace = workspaceWithPolicy('summary', SAMPLE_POLICY);
});
restoreRunnerEnvAfterEach();

async function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<{ code: number | undefined; summary: string; outputs: Record<string, string> }> {
  const { code, summary, outputFile } = await runInProcess({ workspace, action: 'guard', inputs, env });
  return { code, summary, outputs: parseOutputFile(outputFile) };
}

/** The Markdown between two headings (or to the end). */
function section(md: string, from: string, to?: string): string {
  const start = md.indexOf(from);
  expect(start).toBeGreaterThanOrEqual(0);
  return md.slice(start, to === undefined ? undefined : md.indexOf(to, start));
}

describe('accepted against the policy: the section lists every item the headline counts', () => {
  it('enforce: a transfer accepted between listing and reject, and a handshake accepted before the run', async () => {
    const emulator = await emulatorEnvironment.start();
    // The sample's ACCEPTED invitation comes from o-exampleorgid11: a policy that no longer allows it flags it.
    const accepted = (scenario.handshakes ?? []).find((h) => h.state === 'ACCEPTED' && h.organization === ALLOWED_ORGANIZATION)!;
    const policy = readFileSync(SAMPLE_POLICY, 'utf8').replace(`    - organization: ${ALLOWED_ORGANIZATION}\n`, '    - organization: o-p76zu5911y\n');
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
    const raced = toReject[0]!;
    emulator.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: raced.id!, outcome: 'accepted' });

    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain(' · 2 accepted against the policy · ');
    const list = section(r.summary, '### ⚠️ Accepted against the policy (2)', '### Acted on');
    expect(list).toContain(raced.id!.slice(48));
    expect(list).toContain('| accepted while this run acted, before its rejection |');
    expect(list).toContain(`<code>${accepted.id!.replaceAll('-', '&#45;')}</code>`);
    expect(list).toContain('| already accepted when this run read it |');
    // Listed once: Acted on points to it rather than showing it again.
    const acted = section(r.summary, '### Acted on', '### Allowed by the policy');
    expect(acted).not.toContain(raced.id!.slice(48));
    expect(acted).toContain('_Not in this table: 1 more item to reject or decline, accepted while the run acted (see Accepted against the policy, above)._');
  });
});

describe('accepted against the policy when read: the When cell and the Why say the same', () => {
  it('dry-run: a transfer listed as pending that DescribeCertificate finds accepted was accepted after the listing, not "already" when read', async () => {
    const emulator = await emulatorEnvironment.start();
    const raced = toReject[0]!;
    emulator.raceBeforeNext({ operation: 'DescribeCertificate', id: raced.id!, outcome: 'accepted' });

    const r = await run({ mode: 'dry-run' });
    const list = section(r.summary, '### ⚠️ Accepted against the policy (1)', '### To act on');
    const row = list.split('\n').find((l) => l.includes(raced.id!.slice(48))) ?? '';
    expect(row).toContain('| accepted after this run listed it as pending, before it acted | accepted after this run listed it, though the policy does not allow it&#58; ');
    expect(row).not.toContain('already accepted');
  });
});

describe('the footer says where the JSON report is only when it was written', () => {
  it('a report file that cannot be written: the footer says so, and names no output that is empty', async () => {
    await emulatorEnvironment.start();
    const blocked = join(workspace, 'not-a-directory');
    writeFileSync(blocked, '');
    const r = await run({ mode: 'dry-run' }, { RUNNER_TEMP: blocked });
    expect(r.code).toBe(1);
    expect(r.outputs['report-file']).toBe('');
    const last = r.summary.trimEnd().split('\n').at(-1)!;
    expect(last).toContain(" · JSON report: not written (see the step's failures) · ");
    expect(r.summary).not.toContain('report&#45;file');
  });

  it('accounts outside the pin past every cut: each is named in the summary or the log, and nothing sends a reader to the report', async () => {
    // 202 accounts (one suspended), of which the pin allows the security account: the Not read table shows 50 of 200, the step's failures name 20.
    await emulatorEnvironment.start({ scenario: join(ROOT, 'test/emulator/scenarios/organization-large.yml'), account: '700000000001' });
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\naccounts: ["700000000001"]\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  regions: [us-east-1]\n  allow: []\n');
    const blocked = join(workspace, 'not-a-directory');
    writeFileSync(blocked, '');
    const { code, summary, log, outputFile } = await runInProcess({ workspace, action: 'guard', inputs: { mode: 'dry-run' }, env: { RUNNER_TEMP: blocked } });
    expect(code).toBe(1);
    expect(parseOutputFile(outputFile)['report-file']).toBe('');
    const notRead = section(summary, '### ⚠️ Not read (200)', '### To act on');
    const failures = log.split('\n').filter((l) => l.startsWith('::error::')).join('\n');
    const group = log.slice(log.indexOf('::group::Not guarded (201 accounts)'), log.indexOf('::endgroup::', log.indexOf('::group::Not guarded')));
    const outside = Array.from({ length: 202 }, (_, n) => String(700000000000 + n)).filter((id) => id !== '700000000001' && id !== '700000000077');
    expect(outside).toHaveLength(200);
    // Every account outside the pin in the summary (a row, or named past the table), and in the log's group.
    for (const id of outside) {
      expect(notRead).toContain(`<code>${id}</code>`);
      expect(group).toContain(`not guarded (fails the step): ${id}: not in the policy's accounts pin`);
    }
    expect(notRead).toContain('_…and 150 more accounts not guarded:_ ');
    expect(failures).toContain('180 more accounts were not guarded; the log\'s "Not guarded" group names each (the JSON report, which would list them, could not be written).');
    expect(failures).not.toContain('the JSON report lists them');
    expect(notRead).not.toContain('JSON report, ');
  });

  it('written: the footer names the output', async () => {
    await emulatorEnvironment.start();
    const r = await run({ mode: 'dry-run' });
    expect(r.outputs['report-file']).not.toBe('');
    expect(r.summary.trimEnd().split('\n').at(-1)).toContain("JSON report: the step's <code>report&#45;file</code> output");
  });
});

describe('a merge that stops: its problems are listed line by line', () => {
  it('a shard report twice: the job summary lists each problem as an item, not one paragraph of escaped dashes', async () => {
    await emulatorEnvironment.start();
    for (const i of [1, 3]) {
      const shard = await runInProcess({ workspace, action: `shard${i}`, inputs: { mode: 'dry-run', shard: `${i}/3` } });
      const file = parseOutputFile(shard.outputFile)['report-file']!;
      mkdirSync(join(workspace, 'reports', `shard-${i}`), { recursive: true });
      cpSync(file, join(workspace, 'reports', `shard-${i}`, 'inbound-guard.json'));
      // Shard 1/3's artifact downloaded twice (a mis-wired matrix); shard 2/3's is missing, which alone would not stop the merge.
      if (i === 1) {
        mkdirSync(join(workspace, 'reports', 'again'), { recursive: true });
        cpSync(file, join(workspace, 'reports', 'again', 'inbound-guard.json'));
      }
    }
    const merged = await run({ mode: 'merge', reports: 'reports' });
    expect(merged.code).toBe(1);
    expect(merged.summary).toContain('The shard reports cannot be merged&#58;\n\n- Shard 1/3 is there 2 times');
    expect(merged.summary).not.toContain('&#45; Shard');
  });
});

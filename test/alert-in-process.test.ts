/**
 * The alert issue of a merged matrix run, from src/main.ts's run() in this process (the dist-alert
 * tests run the built bundle, which a test cannot rebuild): its cut tables say where the rest of
 * the rows are, the JSON report only when it was written. One fake GitHub for the file:
 * @actions/github reads the API URL once, when the alert first loads it.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { InboundItem } from '../src/model/items.js';
import { countBreakdown, countReportItems } from '../src/run/report-counts.js';
import type { ReportItem, RunReport } from '../src/run/report-types.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { useFakeGitHubBot } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';

const emulatorEnvironment = useEmulatorEnvironment();
const fakeGitHub = useFakeGitHubBot();
restoreRunnerEnvAfterEach();

/**
 * A shard report with each item cloned 60 times (new ids): more rows than the issue shows. Its
 * counts and budget are counted again from the items, as a shard would have (the merge refuses a
 * report whose counts disagree with its items).
 */
function many(report: RunReport): RunReport {
  const items = report.items.flatMap((i) =>
    Array.from({ length: 60 }, (_, k): ReportItem => {
      const item = { ...i.item } as Record<string, string>;
      if (item['kind'] === 'certificate-transfer') item['certificateId'] = `${k.toString(16).padStart(2, '0')}${item['certificateId']!.slice(2)}`;
      if (item['kind'] === 'handshake') item['id'] = `${item['id']}${k}`;
      return { ...i, item: item as unknown as InboundItem };
    }),
  );
  const counts = countReportItems(items);
  return {
    ...report,
    items,
    counts,
    breakdown: countBreakdown(items),
    accounts: report.accounts.map((a) => ({ ...a, counts: countReportItems(items.filter((i) => i.item.account === a.account)) })),
    kinds: Object.fromEntries(Object.entries(report.kinds).map(([kind, k]) => [kind, { ...k, counts: countReportItems(items.filter((i) => i.item.kind === kind)) }])) as RunReport['kinds'],
    budget: { ...report.budget, planned: counts.planned, tripped: counts.planned > report.budget.limit },
  };
}

it('the JSON report not written, then written: the issue names it only when it was, and never the job summary for the rows it cut', async () => {
  await emulatorEnvironment.start();
  const workspace = testTempDir('inbound-guard-alert-');
  mkdirSync(join(workspace, '.github'));
  cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
  for (const i of [1, 2]) {
    const shard = await runInProcess({ workspace, action: `shard${i}`, inputs: { mode: 'dry-run', shard: `${i}/2`, 'max-actions': '1000' } });
    const file = parseOutputFile(shard.outputFile)['report-file']!;
    mkdirSync(join(workspace, 'reports', `shard-${i}`), { recursive: true });
    writeFileSync(join(workspace, 'reports', `shard-${i}`, 'inbound-guard.json'), JSON.stringify(many(JSON.parse(readFileSync(file, 'utf8')) as RunReport)));
  }
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const inputs = { mode: 'merge', reports: 'reports', alert: 'issue', 'github-token': 'tok' };
  const cut = (body: string) => body.split('\n').filter((l) => l.startsWith('_…and'));

  const blocked = join(workspace, 'not-a-directory');
  writeFileSync(blocked, '');
  const unwritten = await runInProcess({ workspace, action: 'merge', inputs, env: { ...env, RUNNER_TEMP: blocked } });
  expect(parseOutputFile(unwritten.outputFile)['report-file']).toBe('');
  const first = fakeGitHub.current.issuesOf('acme/guard')[0]!.body;
  expect(cut(first).length).toBeGreaterThan(0);
  for (const line of cut(first)) expect(line).toMatch(/see them in the log of the \[run\]\(\S+\) \(its Decisions group lists every item\); its JSON report could not be written\._$/);
  expect(first).not.toContain('job summary');
  expect(first).not.toContain('report&#45;file');

  const written = await runInProcess({ workspace, action: 'merge', inputs, env });
  expect(parseOutputFile(written.outputFile)['report-file']).not.toBe('');
  const second = fakeGitHub.current.issuesOf('acme/guard')[0]!.body;
  expect(cut(second).length).toBeGreaterThan(0);
  for (const line of cut(second)) expect(line).toMatch(/see them in the log of the \[run\]\(\S+\) \(its Decisions group lists every item\) and its JSON report, the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._$/);
}, 120_000);

it('an input the run cannot read fails the step and, with alert: issue, opens the issue (a typo in a scheduled workflow leaves the accounts unguarded on every run); not from a shard', async () => {
  await emulatorEnvironment.start();
  const workspace = testTempDir('inbound-guard-alert-inputs-');
  mkdirSync(join(workspace, '.github'));
  cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_SHA: 'b'.repeat(40), GITHUB_RUN_ID: '8', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const inputs = { mode: 'enforce', regions: 'eu-wst-1', alert: 'issue', 'github-token': 'tok' };

  const shard = await runInProcess({ workspace, action: 'shard', inputs: { ...inputs, shard: '1/2' }, env: { ...env, GITHUB_REPOSITORY: 'acme/shard' } });
  expect(shard.code).toBe(1);
  expect(fakeGitHub.current.issuesOf('acme/shard')).toEqual([]);

  const typo = await runInProcess({ workspace, action: 'guard', inputs, env: { ...env, GITHUB_REPOSITORY: 'acme/typo' } });
  expect(typo.code).toBe(1);
  expect(typo.log).toContain("Input 'regions'");
  const [issue, ...more] = fakeGitHub.current.issuesOf('acme/typo');
  expect(more).toEqual([]);
  expect(issue?.body).toContain('eu&#45;wst&#45;1');
  expect(parseOutputFile(typo.outputFile)['summary-json']).toContain('"failures":1');
}, 120_000);

it("an enforce matrix whose shard 2/3 never uploaded its report: the merge's outputs and alert issue keep the writes shards 1/3 and 3/3 made, and the issue names the missing shard", async () => {
  await emulatorEnvironment.start();
  const workspace = testTempDir('inbound-guard-alert-missing-');
  mkdirSync(join(workspace, '.github'));
  cpSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/missing', GITHUB_SHA: 'c'.repeat(40), GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const written: ReportItem[] = [];
  for (const i of [1, 3]) {
    const shard = await runInProcess({ workspace, action: `shard${i}`, inputs: { mode: 'enforce', shard: `${i}/3`, 'max-actions': '1000' }, env });
    const file = parseOutputFile(shard.outputFile)['report-file']!;
    written.push(...(JSON.parse(readFileSync(file, 'utf8')) as RunReport).items.filter((item) => item.outcome === 'rejected' || item.outcome === 'declined'));
    mkdirSync(join(workspace, 'reports', `shard-${i}`), { recursive: true });
    cpSync(file, join(workspace, 'reports', `shard-${i}`, 'inbound-guard.json'));
  }
  expect(written.length).toBeGreaterThan(0);

  const merged = await runInProcess({ workspace, action: 'merge', inputs: { mode: 'merge', reports: 'reports', alert: 'issue', 'github-token': 'tok' }, env });
  expect(merged.code).toBe(1);
  const outputs = parseOutputFile(merged.outputFile);
  // What the two shards wrote, not 0: their writes happened, whatever became of shard 2/3.
  expect(outputs['acted']).toBe(String(written.length));
  expect(Number(outputs['rejected']) + Number(outputs['declined'])).toBe(written.length);
  expect(Number(outputs['rejected-certificate-transfers']) + Number(outputs['declined-handshakes']) + Number(outputs['rejected-share-invitations']) + Number(outputs['declined-security-invitations'])).toBe(written.length);
  expect(outputs['report-file']).not.toBe('');
  expect(JSON.parse(outputs['summary-json']!)).toMatchObject({ checked: true, mode: 'enforce' });
  const said = "Shard 2/3's report is missing: the accounts and regions it owns were not reported (its job may have failed before uploading; re-run it, then re-run this merge).";
  expect(merged.log).toContain(said);

  const [issue, ...more] = fakeGitHub.current.issuesOf('acme/missing');
  expect(more).toEqual([]);
  expect(issue?.body).toContain('## 🚨 inbound-guard needs attention · enforce');
  expect(issue?.body).not.toContain('stopped before it could report');
  expect(issue?.body).toContain('| the accounts and regions shard 2/3 owns | Shard 2/3&#39;s report is missing');
  // The writes the present shards made are the issue's, each a row.
  expect(issue?.body).toMatch(new RegExp(`^### 🛑 .* \\(${written.length}\\)$`, 'm'));
  for (const item of written.filter((i) => i.item.kind === 'certificate-transfer')) expect(issue?.body).toContain(item.item.kind === 'certificate-transfer' ? item.item.certificateId.slice(0, 16) : '');
  expect(issue?.title).toMatch(/part not read/);
}, 120_000);

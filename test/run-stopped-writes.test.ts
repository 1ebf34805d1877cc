/**
 * An enforce run that stops while reporting, after its writes (main.ts run() in this process, the
 * organization scenario): its job summary and its alert issue must say it had written, how many,
 * and where they are listed, not that it "stopped before it could report" as if nothing were done
 * (run/stopped-at.ts, report/run-error.ts stoppedProgress). A merge that stops while reporting says
 * so too. One run each, one fake GitHub.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { decide } from '../src/decide/decide.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { useFakeGitHubBot } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';
import { certificateTransfer } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { oneAccountReport, REPORT_ACCOUNT } from './helpers/report.js';

// The one way this file makes the run stop: the job summary's renderer throws (as a bug in it would), after the JSON report.
vi.mock('../src/report/run-summary.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/report/run-summary.js')>()),
  renderRunSummary: () => {
    throw new Error('the summary renderer broke');
  },
}));

const emulatorEnvironment = useEmulatorEnvironment();
const fakeGitHub = useFakeGitHubBot();
restoreRunnerEnvAfterEach();

it('the summary and the alert issue say it stopped while reporting, after its writes, and where they are listed', async () => {
  const handle = await emulatorEnvironment.start({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml'), account: '400000000001' });
  const workspace = testTempDir('inbound-guard-stopped-writes-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n');
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/stopped', GITHUB_SHA: 'd'.repeat(40), GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const r = await runInProcess({ workspace, action: 'guard', inputs: { mode: 'enforce', 'max-actions': '1000', alert: 'issue', 'github-token': 'tok' }, env });
  expect(r.code).toBe(1);

  const writes = handle.calls.filter((c) => /^(RejectCertificateTransfer|DeclineHandshake)$/.test(c.operation) && c.status === 200).length;
  expect(writes).toBeGreaterThan(1);
  const outputs = parseOutputFile(r.outputFile);
  expect(outputs['acted']).toBe(String(writes));
  expect(existsSync(outputs['report-file'] ?? '')).toBe(true);

  const said = `Before it stopped, it had made ${writes} writes to AWS (rejected or declined): the \`acted\` output, the JSON report (the \`report-file\` output) and the log's Act group list them.`;
  expect(r.summary.split('\n')[0]).toBe(`## ❌ inbound-guard stopped while reporting, after ${writes} writes`);
  expect(r.summary).toContain('\n\nthe summary renderer broke\n\n');
  expect(r.summary).toContain(`\n\n${said}\n\nThe JSON report was written (the \`report-file\` output names it).\n\n`);
  expect(r.summary).not.toContain('before it could report');

  const [issue, ...more] = fakeGitHub.current.issuesOf('acme/stopped');
  expect(more).toEqual([]);
  expect(issue?.title).toBe('inbound-guard: the enforce run stopped while reporting');
  expect(issue?.body).toContain(`## ❌ inbound-guard stopped while reporting, after ${writes} writes\n`);
  expect(issue?.body).toContain(`\n\n${said}\n\n`);
}, 120_000);

it('a merge that stops while reporting says so in its summary, its failure and its alert issue, not "before it could report"', async () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const [decision] = decide([certificateTransfer({ account: REPORT_ACCOUNT, sourceAccount: '999988887777', region: 'us-east-1' })], buildPolicy({}), now);
  const shard = { ...oneAccountReport({ mode: 'enforce', generatedAt: now.toISOString(), budget: { limit: 10, source: 'default', planned: 1, tripped: false, share: { runLimit: 10, shards: 1 } }, results: [{ decision: decision!, outcome: 'rejected' }] }), shard: { index: 1, count: 1 } };
  const workspace = testTempDir('inbound-guard-stopped-merge-');
  mkdirSync(join(workspace, 'reports', 'shard-1'), { recursive: true });
  writeFileSync(join(workspace, 'reports', 'shard-1', 'inbound-guard.json'), JSON.stringify(shard));
  const env = { GITHUB_API_URL: fakeGitHub.current.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/stopped-merge', GITHUB_SHA: 'e'.repeat(40), GITHUB_RUN_ID: '11', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
  const r = await runInProcess({ workspace, action: 'merge', inputs: { mode: 'merge', reports: 'reports', alert: 'issue', 'github-token': 'tok' }, env });
  expect(r.code).toBe(1);
  expect(r.log).toContain('::error::inbound-guard: the summary renderer broke');
  // The JSON report and the count outputs were written before the summary renderer broke.
  expect(parseOutputFile(r.outputFile)['acted']).toBe('1');
  expect(r.summary.split('\n')[0]).toBe('## ❌ inbound-guard stopped while reporting');
  expect(r.summary).toContain("\n\nA merge writes nothing to AWS: each enforce shard's job lists the writes it made in its log's Act group and its JSON report. The `acted` output counts the writes of the shard reports it merged.\n\nThe JSON report was written (the `report-file` output names it).\n\n");
  const [issue, ...more] = fakeGitHub.current.issuesOf('acme/stopped-merge');
  expect(more).toEqual([]);
  expect(issue?.title).toBe('inbound-guard: the merge run stopped while reporting');
  expect(issue?.body).toContain('## ❌ inbound-guard stopped while reporting\n');
  expect(issue?.body).not.toContain('before it could report');
}, 60_000);

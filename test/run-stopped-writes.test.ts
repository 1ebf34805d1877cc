/**
 * An enforce run that stops while reporting, after its writes (main.ts run() in this process, the
 * organization scenario): its job summary and its alert issue must say it had written, how many,
 * and where they are listed, not that it "stopped before it could report" as if nothing were done
 * (run/stopped-at.ts, report/run-error.ts stoppedProgress). One run, one fake GitHub.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { useFakeGitHubBot } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';

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

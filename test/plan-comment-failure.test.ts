import { createServer, request } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { run } from '../src/main.js';
import * as runner from '../src/runner/commands.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { startFakeGitHub } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';

const env = useEmulatorEnvironment();

/**
 * Plan mode when GitHub refuses the comment with an unexpected error (500) after the report was
 * published: the step fails with the comment's failure and the report's own reasons, each
 * annotated, and summary-json counts them all.
 */
it('plan: a comment GitHub answers 500 to is one more failure, beside the report\'s own, each annotated and counted', async () => {
  const emulator = await env.start();
  // One region unreadable: a failure reason of the report.
  emulator.injectFault({ service: 'organizations', operation: 'ListHandshakesForAccount', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } });
  const sample = readFileSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), 'utf8');
  const [base, head, policyPath, token] = ['b'.repeat(40), 'c'.repeat(40), '.github/inbound-guard.yml', 'ghs_workflowtoken'];
  const github = await startFakeGitHub({ tokens: { [token]: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } }, files: { 'acme/guard': { [base]: { [policyPath]: sample }, [head]: { [policyPath]: sample } } } });
  const target = new URL(github.url);
  const proxy = createServer((req, res) => {
    if (/\/issues\/7\/comments/.test(req.url ?? '')) { res.writeHead(500, { 'content-type': 'application/json' }); res.end('{"message":"boom"}'); return; }
    const p = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => { res.writeHead(r.statusCode ?? 500, r.headers); r.pipe(res); });
    req.pipe(p);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  const port = (proxy.address() as { port: number }).port;
  const workspace = mkdtempSync(join(tmpdir(), 'zz-'));
  mkdirSync(join(workspace, '.github'));
  cpSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
  const dir = mkdtempSync(join(tmpdir(), 'zz-run-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'change' } }, repository: { name: 'guard', owner: { login: 'acme' }, private: true, visibility: 'private' } }));
  writeFileSync(join(dir, 'out'), ''); writeFileSync(join(dir, 'sum.md'), '');
  Object.assign(process.env, { GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'sum.md'), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: dir, GITHUB_ACTION: 'guard',
    GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: 'acme/guard', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: head, GITHUB_RUN_ID: '777',
    'INPUT_MODE': 'plan', 'INPUT_GITHUB-TOKEN': token });
  let log = '';
  vi.spyOn(runner.stdout, 'write').mockImplementation((t: string) => void (log += t));
  process.exitCode = undefined;
  try { await run(); } finally { vi.restoreAllMocks(); }
  const code = process.exitCode; process.exitCode = undefined;
  const outputs = parseOutputFile(join(dir, 'out'));
  const report = JSON.parse(readFileSync(outputs['report-file']!, 'utf8')) as { failures: string[] };
  const errors = log.split('\n').filter((l) => l.startsWith('::error'));
  proxy.close();
  await github.close();
  expect(code).toBe(1);
  expect(report.failures).toHaveLength(1);
  expect(report.failures[0]).toMatch(/^Could not read Organizations handshakes/);
  expect(errors.some((l) => l.includes('Could not read Organizations handshakes'))).toBe(true);
  expect(errors.some((l) => l.includes('Could not write the plan comment on PR #7') && l.includes('The plan is in the job summary.'))).toBe(true);
  expect(JSON.parse(outputs['summary-json']!)).toMatchObject({ mode: 'plan', checked: true, failures: 2 });
  expect(readFileSync(join(dir, 'sum.md'), 'utf8')).not.toContain('stopped before it could report');
}, 60000);

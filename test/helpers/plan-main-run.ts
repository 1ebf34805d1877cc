/**
 * One plan-mode run through run() (src/main.ts) in-process: the emulator with the sample scenario (or another),
 * and the fake GitHub behind a proxy that can refuse the PR comment (500). One run per test file:
 * @actions/github reads the event and the API URL when plan mode first loads it.
 */
import { createServer, request, type Server } from 'node:http';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/main.js';
import * as runner from '../../src/runner/commands.js';
import type { EmulatorHandle } from '../emulator/index.js';
import { useEmulatorEnvironment } from './emulator-env.js';
import { startFakeGitHub } from './fake-github.js';
import { ROOT, parseOutputFile } from './run-dist.js';
import { testTempDir } from './temp-dir.js';

const env = useEmulatorEnvironment();

interface PlanRunOptions {
  readonly failComment: boolean;
  readonly inputs?: Record<string, string>;
  readonly prepare?: (emulator: EmulatorHandle) => void;
  /** Make the JSON report impossible to write (a folder where the file goes). */
  readonly blockReport?: boolean;
  /** Make the job summary impossible to write (a folder where the file goes); the run's `summary` is then ''. */
  readonly blockSummary?: boolean;
  /** The PR's policy (at the head commit); default: the base's. */
  readonly headPolicy?: string;
  /** The base branch's policy; default: the sample scenario's sample policy. */
  readonly basePolicy?: string;
  /** The emulator's scenario and the account of the workflow's credentials; default: the sample scenario and its account. */
  readonly scenario?: string;
  readonly account?: string;
}

/** A plan run that writes its JSON report. */
export async function runPlan(options: PlanRunOptions) {
  const r = await planRun(options);
  if (!r.outputs['report-file']) throw new Error(`no report: ${r.log.slice(-1500)}`);
  return { ...r, report: JSON.parse(readFileSync(r.outputs['report-file'], 'utf8')) as { failures: string[] } };
}

/** A plan run expected to stop before it writes a report. */
export async function runStoppedPlan(options: PlanRunOptions) {
  return planRun(options);
}

async function planRun(options: PlanRunOptions) {
  const emulator = await env.start({ ...(options.scenario === undefined ? {} : { scenario: options.scenario }), ...(options.account === undefined ? {} : { account: options.account }) });
  options.prepare?.(emulator);
  const sample = options.basePolicy ?? readFileSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), 'utf8');
  const [base, head, policyPath, token] = ['b'.repeat(40), 'c'.repeat(40), '.github/inbound-guard.yml', 'ghs_workflowtoken'];
  const github = await startFakeGitHub({ tokens: { [token]: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } }, files: { 'acme/guard': { [base]: { [policyPath]: sample }, [head]: { [policyPath]: options.headPolicy ?? sample } } } });
  const target = new URL(github.url);
  const proxy: Server = createServer((req, res) => {
    if (options.failComment && /\/issues\/7\/comments/.test(req.url ?? '')) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"message":"boom"}');
      return;
    }
    const forward = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 500, r.headers);
      r.pipe(res);
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
  const port = (proxy.address() as { port: number }).port;
  const workspace = testTempDir('inbound-guard-plan-run-');
  mkdirSync(join(workspace, '.github'));
  cpSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), join(workspace, '.github', 'inbound-guard.yml'));
  const dir = testTempDir('inbound-guard-plan-run-out-');
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'change' } }, repository: { name: 'guard', owner: { login: 'acme' }, private: true, visibility: 'private' } }));
  if (options.blockReport === true) mkdirSync(join(dir, 'inbound-guard-guard.json'));
  writeFileSync(join(dir, 'out'), '');
  if (options.blockSummary === true) mkdirSync(join(dir, 'sum.md'));
  else writeFileSync(join(dir, 'sum.md'), '');
  const inputs = Object.fromEntries(Object.entries({ mode: 'plan', 'github-token': token, ...options.inputs }).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  Object.assign(process.env, {
    GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'sum.md'), GITHUB_WORKSPACE: workspace, RUNNER_TEMP: dir, GITHUB_ACTION: 'guard',
    GITHUB_API_URL: `http://127.0.0.1:${port}`, GITHUB_REPOSITORY: 'acme/guard', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: head, GITHUB_RUN_ID: '777',
    ...inputs,
  });
  let log = '';
  let comments: string[] = [];
  vi.spyOn(runner.stdout, 'write').mockImplementation((t: string) => void (log += t));
  process.exitCode = undefined;
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
    for (const name of Object.keys(inputs)) delete process.env[name];
    comments = github.commentsOn('acme/guard', 7).map((c) => c.body);
    proxy.close();
    await github.close();
  }
  const code = process.exitCode;
  process.exitCode = undefined;
  const outputs = parseOutputFile(join(dir, 'out'));
  return { emulator, code, log, outputs, comments, summary: options.blockSummary === true ? '' : readFileSync(join(dir, 'sum.md'), 'utf8') };
}


/**
 * main.ts's run() in this process, as the bundle runs it: fresh INPUT_* and GITHUB_* variables (the
 * others the test set are removed first), the step's output and summary files in a folder of their
 * own (removed when the test has finished), the log captured. Returns the exit code run() set
 * (restoring the one before), the log and the two files' paths. For tests that need the code behind
 * the bundle (coverage, mocks); the dist-* tests run dist/index.js as a process instead.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, vi } from 'vitest';
import { run } from '../../src/main.js';
import * as runner from '../../src/runner/commands.js';
import { testTempDir } from './temp-dir.js';

export interface InProcessRun {
  readonly code: number | undefined;
  readonly log: string;
  readonly outputFile: string;
  /** The job summary as written ('' when the file is gone). */
  readonly summary: string;
}

export async function runInProcess(options: { workspace: string; action: string; inputs: Record<string, string>; env?: Record<string, string> }): Promise<InProcessRun> {
  const dir = testTempDir(`inbound-guard-${options.action}-run-`);
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_WORKSPACE: options.workspace, RUNNER_TEMP: dir, GITHUB_ACTION: options.action, ...options.env });
  for (const [name, value] of Object.entries(options.inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  let log = '';
  vi.spyOn(runner.stdout, 'write').mockImplementation((text: string) => void (log += text));
  const savedCode = process.exitCode;
  process.exitCode = undefined;
  let code: number | undefined;
  try {
    await run();
  } finally {
    code = process.exitCode === undefined ? undefined : Number(process.exitCode);
    process.exitCode = savedCode;
    vi.restoreAllMocks();
  }
  return { code, log, outputFile, summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '' };
}

/** A new workspace whose .github/inbound-guard.yml is a copy of `policyFile` (the sample policy, usually), removed when the test has finished. */
export function workspaceWithPolicy(prefix: string, policyFile: string): string {
  const workspace = testTempDir(`inbound-guard-${prefix}-`);
  mkdirSync(join(workspace, '.github'));
  cpSync(policyFile, join(workspace, '.github', 'inbound-guard.yml'));
  return workspace;
}

/** After each test of the file: INPUT_* and GITHUB_* as they were when it loaded, and no spies left. */
export function restoreRunnerEnvAfterEach(): void {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
    for (const [key, value] of Object.entries(saved)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) process.env[key] = value;
    vi.restoreAllMocks();
  });
}

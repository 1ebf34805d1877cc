import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testTempDir } from './temp-dir.js';

/** The repository root. */
export const ROOT = new URL('../..', import.meta.url).pathname;

/** Node 24 from the `node` devDependency: the runtime action.yml declares (node24). */
export const NODE24 = join(ROOT, 'node_modules', 'node', 'bin', 'node');

export interface DistRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** name → value, parsed from the GITHUB_OUTPUT file. */
  readonly outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file's content. */
  readonly summary: string;
  readonly dir: string;
}

/**
 * Runs dist/index.js as a runner would: a child process under Node 24 with INPUT_* variables,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and RUNNER_TEMP set. Nothing of the
 * developer's machine reaches it: HOME is the run's own temp directory and the AWS shared config
 * and credentials files point at a path that does not exist, so a ~/.aws profile cannot supply
 * credentials or a region. `env` overrides any of these.
 */
export async function runDist(options: {
  inputs: Record<string, string>;
  workspace: string;
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Arguments for node before the script, e.g. `--import` of a module hook. */
  nodeArgs?: readonly string[];
  /**
   * The folder for RUNNER_TEMP (the JSON report), HOME and the step's files, made if missing.
   * Default: a new one removed when the test has finished; a run in a beforeAll gives one its
   * afterAll removes.
   */
  dir?: string;
}): Promise<DistRun> {
  const dir = options.dir ?? testTempDir('inbound-guard-run-');
  mkdirSync(dir, { recursive: true });
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: dir,
    AWS_CONFIG_FILE: join(dir, 'no-aws-config'),
    AWS_SHARED_CREDENTIALS_FILE: join(dir, 'no-aws-credentials'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: dir,
    GITHUB_ACTION: 'guard',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(NODE24, [...(options.nodeArgs ?? []), join(ROOT, 'dist', 'index.js')], { env, cwd: options.workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  return { code, stdout, stderr, outputs: parseOutputFile(outputFile), summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '', dir };
}

/** Parses the heredoc format @actions/core writes: `name<<DELIM\nvalue\nDELIM`. */
export function parseOutputFile(file: string): Record<string, string> {
  const text = readFileSync(file, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

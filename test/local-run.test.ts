/**
 * A new user's first hour, run as they would run it: `npm run validate -- FILE` on their own policy,
 * and `npm run emulator` followed by the exact command it prints. Through npm itself, so the
 * package.json scripts are what is tested.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NODE24, ROOT } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment without this machine's AWS settings, so only what a test gives reaches AWS code. */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = testTempDir('inbound-guard-home-');
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !e[0].startsWith('AWS_')));
  return { ...env, HOME: home, AWS_CONFIG_FILE: join(home, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(home, 'none'), INIT_CWD: ROOT, ...extra };
}

function sh(command: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run validate -- FILE (no AWS)', () => {
  it('an invalid policy: every error as file:line:col, no workflow commands, exit 1', async () => {
    const r = await sh('npm run --silent validate -- test/fixtures/policies/invalid/unknown-keys.yml', cleanEnv());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error: test/fixtures/policies/invalid/unknown-keys.yml:2:1: organisations: unknown key `organisations`. Did you mean `organizations`?');
    expect(r.stdout).not.toMatch(/^::/m);
    expect(r.stdout).toContain('is invalid: 8 errors');
    // The failure names the policy as the annotations do: relative to the workspace, not by its absolute path.
    expect(r.stdout).toContain('error: Policy test/fixtures/policies/invalid/unknown-keys.yml has 8 errors; nothing was read from or written to AWS.');
  });

  it('a valid policy: the rules, exit 0', async () => {
    const r = await sh('npm run --silent validate -- test/emulator/scenarios/sample-policy.yml', cleanEnv());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Policy test/emulator/scenarios/sample-policy.yml is valid: ');
    expect(r.stdout).toContain('exit code: 0');
  });

  it('a policy outside the directory npm runs from (a relative ../ path, or --policy): its own directory is the workspace, so it is read', async () => {
    const dir = testTempDir('inbound-guard-elsewhere-');
    copyFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), join(dir, 'ok.yml'));
    const path = relative(ROOT, join(dir, 'ok.yml'));
    expect(path.startsWith('..')).toBe(true);
    for (const args of [path, `--policy ${path}`]) {
      const r = await sh(`npm run --silent validate -- ${args}`, cleanEnv());
      expect(r.stdout).toContain(`the workspace is ${realpathSync(dir)}`);
      expect(r.stdout).toContain('### ✅ Policy ok.yml is valid');
      expect(r.code).toBe(0);
    }
  });

  it('an absolute path into another git repository: that repository is the workspace, and errors name the file from its root', async () => {
    const repo = realpathSync(testTempDir('inbound-guard-repo-'));
    execFileSync('git', ['init', '-q', repo]);
    mkdirSync(join(repo, '.github'));
    writeFileSync(join(repo, '.github', 'guard.yml'), 'version: 1\norganisations: {}\n');
    const r = await sh(`npm run --silent validate -- ${join(repo, '.github', 'guard.yml')}`, cleanEnv());
    expect(r.stdout).toContain(`the workspace is ${repo}`);
    expect(r.stdout).toContain('error: .github/guard.yml:2:1: organisations: unknown key `organisations`.');
    expect(r.stdout).not.toContain('outside the workspace');
    expect(r.code).toBe(1);
  });

  it('an unknown option: the usage text and exit 2, not a stack trace', async () => {
    const r = await sh('npm run --silent validate -- --polcy x.yml', cleanEnv());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Unknown option '--polcy'");
    expect(r.stderr).toContain('usage: npm run local --');
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|\n\s+at /);
  });

  it('npm run validate -- --mode enforce: refused (the second --mode would win), nothing run', async () => {
    const r = await sh('npm run --silent validate -- --mode enforce x.yml', cleanEnv());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--mode given twice (validate, enforce)');
    expect(r.stdout).not.toContain('enforce');
  });
});

describe('npm run emulator, then the command it prints', () => {
  it('listens on a free port (not LocalStack’s 4566) and prints the exact next command, which runs the action against it', async () => {
    const emulator = spawn(NODE24, ['--no-warnings', join(ROOT, 'test', 'emulator', 'cli.ts'), '--quiet'], { cwd: ROOT, env: cleanEnv() });
    try {
      let out = '';
      emulator.stdout.on('data', (d: Buffer) => (out += d.toString()));
      await new Promise<void>((resolve, reject) => {
        emulator.stdout.on('data', () => out.includes('Ctrl-C to stop.') && resolve());
        emulator.on('exit', (code) => reject(new Error(`the emulator exited (${code}): ${out}`)));
      });
      const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
      expect(port).toBeGreaterThan(0);
      expect(port).not.toBe(4566);

      const exports = Object.fromEntries([...out.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
      expect(exports['AWS_ENDPOINT_URL_IOT']).toBe(`http://127.0.0.1:${port}`);
      const next = out.split('\n').find((l) => l.startsWith('npm run local -- '));
      expect(next).toBe(`npm run local -- --mode dry-run ${join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml')}`);

      const r = await sh(next ?? 'false', cleanEnv(exports));
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Dry run: would reject 4 · would decline 3');
      expect(r.stdout).toContain('▸ Sweep');
    } finally {
      emulator.kill('SIGTERM');
    }
  });
});

describe('.env.example for @github/local-action', () => {
  const env = readFileSync(join(ROOT, '.env.example'), 'utf8');
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
  const set = env.split('\n').filter((l) => /^[A-Z_][A-Z0-9_-]*=/.test(l)).map((l) => l.slice(0, l.indexOf('=')));

  it('sets every input of action.yml, as the runner names it (INPUT_ and the name in upper case), and no other', () => {
    const inputs = Object.keys(action.inputs).map((name) => `INPUT_${name.toUpperCase()}`);
    expect(set.filter((k) => k.startsWith('INPUT_')).sort()).toEqual(inputs.sort());
  });

  it('runs the source entry (src/main.ts exports run) and says how', () => {
    expect(env).toContain('npx @github/local-action . src/main.ts .env');
    expect(readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8')).toMatch(/^export async function run\(\)/m);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('.env');
  });
});

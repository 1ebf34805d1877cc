import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './emulator/index.ts';
import { NODE24, ROOT, runDist } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

// The bundle, run as a process under the action's runtime: the test that catches a dist/ that
// builds but crashes (an ESM/CJS mix-up, a missing chunk, a top-level throw).
const VALID = join('test', 'fixtures', 'policies', 'valid');
const INVALID = join('test', 'fixtures', 'policies', 'invalid');
const yml = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.yml')).sort();

describe('dist/index.js in validate mode, under Node 24', () => {
  it('runs on Node 24, the runtime action.yml declares', () => {
    expect(execFileSync(NODE24, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
  });

  it.each(yml(VALID))('valid %s: exits 0, summary lists the rules, outputs are zero', async (file) => {
    const run = await runDist({ workspace: ROOT, inputs: { mode: 'validate', 'policy-file': join(VALID, file) } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('is valid');
    expect(run.summary).toContain('default deny');
    expect(run.outputs).toMatchObject({ rejected: '0', declined: '0', planned: '0', failed: '0', 'report-file': '' });
    expect(run.stdout).not.toContain('::error');
  });

  it.each(yml(INVALID))('invalid %s: exits 1 with file:line:col errors, annotations and a summary', async (file) => {
    const path = join(INVALID, file);
    const run = await runDist({ workspace: ROOT, inputs: { mode: 'validate', 'policy-file': path } });
    expect(run.code).toBe(1);
    // One annotation per issue, at the file and line, and the file:line:col text in the log.
    expect(run.stdout).toMatch(new RegExp(`::error title=[^\\n]*file=${escape(path)},line=\\d+,col=\\d+::${escape(path)}:\\d+:\\d+: `));
    expect(run.summary).toContain('is invalid');
    // Names our messages mark in backticks render as code, not as literal backticks.
    expect(run.summary).not.toContain('&#96;');
    // No stack trace reaches the user.
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('needs no credentials and calls nothing, even with AWS endpoints configured', async () => {
    const emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    try {
      const run = await runDist({
        workspace: ROOT,
        inputs: { mode: 'validate', 'policy-file': join('test', 'emulator', 'scenarios', 'sample-policy.yml') },
        env: emulator.env('210987654321'),
      });
      expect(run.code).toBe(0);
      expect(emulator.calls).toEqual([]);
    } finally {
      await emulator.close();
    }
  });

  it('a valid policy: the log line counts the allow entries of every governed kind', async () => {
    const workspace = testTempDir('inbound-guard-ws-');
    writeFileSync(join(workspace, 'p.yml'), 'version: 1\nram:\n  allow:\n    - source-account: "111122223333"\nsecurity-services:\n  allow:\n    - source-account: "444455556666"\n');
    const run = await runDist({ workspace, inputs: { mode: 'validate', 'policy-file': 'p.yml' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Policy p.yml is valid: 0 IoT, 0 Organizations, 1 RAM and 1 Security-service allow entries.');
  });

  it('a policy with thousands of errors: the failure, the summary and the last annotation agree on the total', async () => {
    const workspace = testTempDir('inbound-guard-ws-');
    const entries = Array.from({ length: 7313 }, (_, i) => `    - source-account: ${100000000000 + i}`).join('\n');
    writeFileSync(join(workspace, 'p.yml'), `version: 1\niot:\n  allow:\n${entries}\n`);
    const run = await runDist({ workspace, inputs: { mode: 'validate', 'policy-file': 'p.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Policy p.yml has 7,313 errors; nothing was read from or written to AWS.');
    expect(run.summary).toContain('is invalid: 7,313 errors');
    expect(run.stdout).toContain('7,264 more problems from here on are not shown');
  });

  it('a missing policy file fails with one clear error naming the input', async () => {
    const run = await runDist({ workspace: ROOT, inputs: { mode: 'validate', 'policy-file': 'no/such/policy.yml' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('no/such/policy.yml');
    expect(run.stdout).toContain('policy-file');
  });

  it('a bad input fails naming the input, before anything else', async () => {
    const run = await runDist({ workspace: ROOT, inputs: { mode: 'apply' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::inbound-guard: Input 'mode' is 'apply'");
    // The outputs are still set, and summary-json says the step failed (no mode could be read).
    expect(run.outputs).toMatchObject({ rejected: '0', planned: '0', 'report-file': '' });
    expect(JSON.parse(run.outputs['summary-json']!)).toMatchObject({ mode: 'none', checked: false, failures: 1 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

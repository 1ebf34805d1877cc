/**
 * Tests leave no temp folder behind: testTempDir removes its folder when the test ends, and every
 * other test, helper or script that makes one removes it too.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

describe('testTempDir', () => {
  let made: string | undefined;

  it('makes a folder under the prefix that lasts as long as the test', () => {
    made = testTempDir('inbound-guard-temp-dir-test-');
    writeFileSync(join(made, 'file'), 'x');
    expect(made).toMatch(/inbound-guard-temp-dir-test-[A-Za-z0-9]{6}$/);
    expect(existsSync(join(made, 'file'))).toBe(true);
  });

  it('is gone, with what it held, once that test has finished', () => {
    expect(made).toBeDefined();
    expect(existsSync(made ?? '')).toBe(false);
  });
});

/** Every file under `dir` whose name ends in one of `extensions`. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.some((ext) => entry.name.endsWith(ext)))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('no test, helper or script makes a temp folder it does not remove', () => {
  // A check by counting, not a proof: each file makes no more folders with mkdtemp than it has
  // rm/rmSync calls. A folder that is never removed is one more in the machine's temp folder on
  // every run (tests once left tens of thousands). In a test, testTempDir is the way.
  const files = [...filesUnder(join(ROOT, 'test'), ['.ts', '.mjs']), ...filesUnder(join(ROOT, 'scripts'), ['.js', '.mjs'])];

  it.each(files.map((file) => [relative(ROOT, file), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const count = (re: RegExp) => (text.match(re) ?? []).length;
    const made = count(/\bmkdtemp(?:Sync)?\(/g);
    const removed = count(/\brm(?:Sync)?\(/g);
    expect(removed, 'use testTempDir (test/helpers/temp-dir.ts) in a test, or remove the folder in afterAll or a finally').toBeGreaterThanOrEqual(made);
  });

  it('finds the files it checks', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['test/helpers/temp-dir.ts', 'test/helpers/run-dist.ts', 'scripts/bench.js']));
  });
});

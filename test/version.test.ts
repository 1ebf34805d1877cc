/**
 * One version everywhere: src/version.ts (logged by every run and sent in the AWS user agent, so
 * CloudTrail shows which release called), package.json and its lockfile, the latest released
 * section of CHANGELOG.md, and the bundle users run. The release workflow then checks that the tag
 * being released names this same version.
 *
 * The JSON report's `toolVersion` (beside `reportVersion`, the report's shape) is read from a real
 * dry-run of the bundle against the emulator.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../src/version.js';
import { startEmulator } from './emulator/index.ts';
import { ROOT, runDist } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
const pkg = json('package.json') as { version: string };
const lock = json('package-lock.json') as { version: string; packages: Record<string, { version?: string }> };
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/** The `## [x.y.z] - yyyy-mm-dd` headings, newest first as written. */
const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({ version: m[1]!, date: m[2]! }));
const parts = (v: string) => v.split('.').map(Number) as [number, number, number];
const newer = (a: string, b: string) => {
  const [x, y] = [parts(a), parts(b)];
  return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
};

describe('the version', () => {
  it('is a plain semantic version, the same in src/version.ts, package.json and package-lock.json', () => {
    expect(pkg.version).toMatch(SEMVER);
    expect(VERSION).toBe(pkg.version);
    expect(lock.version).toBe(pkg.version);
    expect(lock.packages['']?.version).toBe(pkg.version);
  });

  it("is CHANGELOG.md's latest released version, below an Unreleased section", () => {
    const headings = [...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]!);
    expect(headings[0]).toBe('[Unreleased]');
    expect(headings.slice(1)).toEqual(released.map((r) => `[${r.version}] - ${r.date}`));
    expect(released[0]?.version).toBe(pkg.version);
  });

  it('CHANGELOG.md lists releases newest first, each once, with real dates that do not go forward', () => {
    for (const [i, release] of released.entries()) {
      expect(Number.isNaN(Date.parse(`${release.date}T00:00:00Z`)), release.date).toBe(false);
      const older = released[i + 1];
      if (older) {
        expect(newer(release.version, older.version), `${release.version} after ${older.version}`).toBe(true);
        expect(release.date >= older.date, `${release.date} then ${older.date}`).toBe(true);
      }
    }
  });

  it('is what the bundle users run logs (the same constant goes into the AWS user agent)', async () => {
    // dry-run with no credentials anywhere: the first line names the version, then the run stops at STS.
    const workspace = testTempDir('inbound-guard-version-');
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\niot:\n  regions: [eu-west-1]\n');
    const run = await runDist({ workspace, inputs: { mode: 'dry-run' } });
    expect(run.stdout).toContain(`inbound-guard ${pkg.version}: dry-run`);
    expect(run.code).toBe(1);
  });

  it("is the JSON report's toolVersion, in a dry-run of the bundle against the emulator", async () => {
    const emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    try {
      const workspace = testTempDir('inbound-guard-version-');
      mkdirSync(join(workspace, '.github'));
      writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml')));
      const run = await runDist({ workspace, inputs: { mode: 'dry-run' }, env: emulator.env('210987654321') });
      expect(run.code, run.stdout).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs['report-file']!, 'utf8')) as { toolVersion: string };
      expect(report.toolVersion).toBe(pkg.version);
    } finally {
      await emulator.close();
    }
  });
});

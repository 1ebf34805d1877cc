/**
 * What a user or a security team reads before trusting the action, checked against what the
 * repository actually does: the Node it runs and is tested on, the license, the Marketplace
 * metadata, what SECURITY.md says the action can do in an account, and the README sections that
 * point at these files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from './helpers/run-dist.js';

const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const pkg = JSON.parse(text('package.json')) as {
  license: string;
  author: string;
  description: string;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const action = parse(text('action.yml')) as { name: string; description: string; author: string; runs: { using: string }; inputs: Record<string, { description: string }> };

describe('Node: one major for the runner, CI, a newcomer and the npm scripts', () => {
  const major = text('.node-version').trim();

  it('.node-version, action.yml’s runtime and the `node` devDependency name the same major', () => {
    expect(major).toMatch(/^\d+$/);
    expect(action.runs.using).toBe(`node${major}`);
    expect(pkg.devDependencies['node']).toMatch(new RegExp(`^\\^${major}\\.`));
  });

  it('npm scripts run that Node, whatever Node runs npm (the `node` devDependency comes first on their PATH)', () => {
    const r = spawnSync('npm', ['exec', '--offline', '--', 'node', '-p', 'process.versions.node'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('.')[0]).toBe(major);
  });

  it('lets the `node` package run its install script, which brings that Node (npm is moving to blocking unreviewed ones)', () => {
    expect(pkg.allowScripts?.['node']).toBe(true);
  });
});

/** loadPolicy: the file on disk, found relative to the workspace, and the ways it can be missing. */
import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPolicy } from '../src/policy/load-policy.js';

let workspace: string;
beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'inbound-guard-policy-'));
  await mkdir(join(workspace, '.github'));
  await writeFile(join(workspace, '.github/inbound-guard.yml'), 'version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n');
  await writeFile(join(workspace, '.github/broken.yml'), 'version: 1\nlimits: {max-actions: lots}\n');
  await writeFile(join(workspace, 'huge.yml'), '');
  await truncate(join(workspace, 'huge.yml'), 10 * 1024 * 1024);
});
afterAll(async () => {
  await rm(workspace, { recursive: true, force: true });
});

describe('loadPolicy', () => {
  it('reads a path relative to the workspace and keeps it relative in the policy', async () => {
    const result = await loadPolicy(workspace, '.github/inbound-guard.yml');
    expect(result.ok && result.policy.path).toBe('.github/inbound-guard.yml');
    expect(result.ok && result.policy.iot.allow[0]?.sourceAccount).toBe('111122223333');
  });

  it('shows an absolute path inside the workspace relative to it', async () => {
    const result = await loadPolicy(workspace, join(workspace, '.github/inbound-guard.yml'));
    expect(result.ok && result.policy.path).toBe('.github/inbound-guard.yml');
  });

  it('names the file in every issue', async () => {
    const result = await loadPolicy(workspace, '.github/broken.yml');
    expect(result.ok ? [] : result.issues.map((i) => [i.file, i.line, i.column, i.key])).toEqual([['.github/broken.yml', 2, 23, 'limits.max-actions']]);
  });

  it.each([
    ['a missing file', '.github/missing.yml', ['was not found', '`policy-file` input']],
    ['a directory', '.github', ['is a directory', '`policy-file`']],
    ['a 10 MB file, refused without reading it', 'huge.yml', ['the file is 10.0 MiB', 'at most 256 KiB']],
  ])('%s: one issue at line 1, column 1', async (_, path, texts) => {
    const result = await loadPolicy(workspace, path);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => [i.file, i.line, i.column, i.key])).toEqual([[path, 1, 1, '']]);
    for (const text of texts) expect(issues[0]?.message).toContain(text);
  });
});

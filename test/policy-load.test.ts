/** loadPolicy: the file on disk, found relative to the workspace, and the ways it can be missing. */
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_POLICY_BYTES } from '../src/policy/defaults.js';
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

describe('loadPolicy reads only files inside the workspace (real symlinks in a temp dir)', () => {
  const SECRET = 'AKIAIOSFODNN7EXAMPLE';
  let root: string;
  let ws: string;
  let outside: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'inbound-guard-links-'));
    ws = join(root, 'workspace');
    outside = join(root, 'outside');
    await mkdir(join(ws, '.github'), { recursive: true });
    await mkdir(join(outside, 'config'), { recursive: true });
    // Outside: a file that parses as YAML and would be echoed in an annotation if it were read.
    await writeFile(join(outside, 'credentials'), `version: 1\naws_access_key_id: ${SECRET}\n`);
    await writeFile(join(outside, 'config', 'inbound-guard.yml'), `version: 1\nsecret: ${SECRET}\n`);
    await writeFile(join(ws, 'real.yml'), 'version: 1\n');
    await writeFile(join(ws, '..policy.yml'), 'version: 1\n');
    await symlink(join(outside, 'credentials'), join(ws, '.github', 'to-outside.yml'));
    await symlink('../outside/credentials', join(ws, 'relative-link.yml'));
    await symlink(join(ws, '.github', 'to-outside.yml'), join(ws, 'chain.yml'));
    await symlink(join(outside, 'config'), join(ws, 'linked-dir'));
    await symlink(join(ws, 'real.yml'), join(ws, '.github', 'inside-link.yml'));
    await symlink(ws, join(root, 'workspace-link'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it.each([
    ['a symlink to an absolute path outside', '.github/to-outside.yml'],
    ['a relative symlink that climbs out', 'relative-link.yml'],
    ['a symlink to a symlink that leads out', 'chain.yml'],
    ['a file in a symlinked directory outside', 'linked-dir/inbound-guard.yml'],
  ])('%s is refused unread, with one issue that does not echo where it leads', async (_, path) => {
    const result = await loadPolicy(ws, path);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: path, line: 1, column: 1, key: '' });
    expect(issues[0]?.message).toMatch(/^the policy file is a symbolic link, or lies in a linked directory, that leads outside the workspace; it was not read\. .*`policy-file`/);
    const everything = JSON.stringify(issues);
    expect(everything).not.toContain(SECRET);
    expect(everything).not.toContain(outside);
  });

  it.each([
    ['an absolute path outside', () => join(outside, 'credentials')],
    ['a relative path that climbs out', () => '../outside/credentials'],
  ])('%s is refused unread', async (_, path) => {
    const result = await loadPolicy(ws, path());
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^the policy file is outside the workspace; it was not read\./);
    expect(JSON.stringify(issues)).not.toContain(SECRET);
  });

  it.each([
    ['a symlink to a file inside the workspace', '.github/inside-link.yml'],
    ['a file whose name starts with two dots', '..policy.yml'],
  ])('%s is read', async (_, path) => {
    const result = await loadPolicy(ws, path);
    expect(result.ok).toBe(true);
  });

  it('a workspace reached through a symlink is still the workspace', async () => {
    expect((await loadPolicy(join(root, 'workspace-link'), 'real.yml')).ok).toBe(true);
    expect((await loadPolicy(join(root, 'workspace-link'), '.github/inside-link.yml')).ok).toBe(true);
    expect((await loadPolicy(join(root, 'workspace-link'), '.github/to-outside.yml')).ok).toBe(false);
  });
});

describe('loadPolicy refuses an oversized file before reading it', () => {
  let ws: string;
  beforeAll(async () => {
    ws = await mkdtemp(join(tmpdir(), 'inbound-guard-size-'));
    const header = 'version: 1\n';
    // Exactly the limit: a valid policy padded with a comment line.
    await writeFile(join(ws, 'at-limit.yml'), `${header}#${'x'.repeat(MAX_POLICY_BYTES - header.length - 2)}\n`);
    // A sparse 3 GiB file: reading it would fail (Node buffers stop at 2 GiB), so only a refusal
    // made from its size, before reading, can name its size.
    await writeFile(join(ws, 'sparse.yml'), '');
    await truncate(join(ws, 'sparse.yml'), 3 * 1024 * 1024 * 1024);
  });
  afterAll(async () => {
    await rm(ws, { recursive: true, force: true });
  });

  it('a file of exactly the limit is read', async () => {
    expect((await loadPolicy(ws, 'at-limit.yml')).ok).toBe(true);
  });

  it('a 3 GiB file is refused by its size, unread', async () => {
    const result = await loadPolicy(ws, 'sparse.yml');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'the file is 3072.0 MiB; a policy file may be at most 256 KiB. Check that policy-file names the policy and not another file.',
    ]);
  });
});

/** loadPolicy: the path shown in issues, and the read errors each told apart (real files in a temp dir). */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath, loadPolicy } from '../src/policy/load-policy.js';
import type { PolicyIssue, PolicyResult } from '../src/policy/types.js';

const issuesOf = (result: PolicyResult): readonly PolicyIssue[] => (result.ok ? [] : result.issues);

let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'inbound-guard-paths-'));
  await writeFile(join(ws, 'real.yml'), 'version: 1\n');
  await writeFile(join(ws, 'broken.yml'), 'version: 2\n');
  await writeFile(join(ws, '..broken.yml'), 'version: 2\n');
  await mkdir(join(ws, 'sub'));
  await symlink(join(ws, 'loop-b.yml'), join(ws, 'loop-a.yml'));
  await symlink(join(ws, 'loop-a.yml'), join(ws, 'loop-b.yml'));
});
afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

describe('loadPolicy: the workspace itself and its parent', () => {
  it('the workspace itself is a directory, shown by its absolute path', async () => {
    const issues = issuesOf(await loadPolicy(ws, '.'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(ws);
    expect(issues[0]?.message).toMatch(/^this is a directory, not a policy file\. .*`policy-file`/);
  });

  it("the workspace's parent is outside the workspace, not read", async () => {
    const issues = issuesOf(await loadPolicy(ws, '..'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.file).toBe(dirname(ws));
    expect(issues[0]?.message).toMatch(/^the policy file is outside the workspace; it was not read\./);
  });

  it('a path outside the workspace is shown absolute, not as ../', async () => {
    const issues = issuesOf(await loadPolicy(ws, '../no-such-policy.yml'));
    expect(issues.map((i) => i.file)).toEqual([join(dirname(ws), 'no-such-policy.yml')]);
  });

  it('a path inside the workspace is shown relative to it', async () => {
    expect(issuesOf(await loadPolicy(ws, join(ws, 'broken.yml'))).map((i) => i.file)).toEqual(['broken.yml']);
  });

  it('a file whose name starts with two dots is inside: shown relative', async () => {
    expect(issuesOf(await loadPolicy(ws, join(ws, '..broken.yml'))).map((i) => i.file)).toEqual(['..broken.yml']);
    expect(displayPath(ws, '..broken.yml')).toBe('..broken.yml');
    expect(displayPath(ws, '..')).toBe(dirname(ws));
  });
});

describe('loadPolicy: read errors', () => {
  it('a path through a file (ENOTDIR) is "not found", with the input to set', async () => {
    const issues = issuesOf(await loadPolicy(ws, 'real.yml/policy.yml'));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^the policy file was not found\. Set the `policy-file` input/);
  });

  it('a symbolic link loop is named by its error code', async () => {
    const issues = issuesOf(await loadPolicy(ws, 'loop-a.yml'));
    expect(issues.map((i) => [i.file, i.line, i.column, i.message])).toEqual([['loop-a.yml', 1, 1, 'the policy file cannot be read (ELOOP).']]);
  });
});

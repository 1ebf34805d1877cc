/**
 * loadPolicy with the file system's openSync() replaced: errors a test cannot provoke on disk as
 * root (permission denied, errors without a code), and the descriptor closed on every path.
 */
import { closeSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_POLICY_BYTES } from '../src/policy/defaults.js';
import { loadPolicy } from '../src/policy/load-policy.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return { ...real, openSync: vi.fn(real.openSync), closeSync: vi.fn(real.closeSync) };
});
const real = await vi.importActual<typeof import('node:fs')>('node:fs');

let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'inbound-guard-errors-'));
  await writeFile(join(ws, 'policy.yml'), 'version: 1\n');
  await writeFile(join(ws, 'big.yml'), `#${'x'.repeat(MAX_POLICY_BYTES)}\n`);
});
afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});
afterEach(() => {
  vi.mocked(openSync).mockReset();
  vi.mocked(openSync).mockImplementation(real.openSync);
  vi.mocked(closeSync).mockReset();
  vi.mocked(closeSync).mockImplementation(real.closeSync);
});

const failWith = (error: unknown) =>
  vi.mocked(openSync).mockImplementationOnce(() => {
    throw error;
  });
const messages = async () => {
  const result = await loadPolicy(ws, 'policy.yml');
  return result.ok ? [] : result.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.message}`);
};

describe('loadPolicy: errors opening the file', () => {
  it.each(['EACCES', 'EPERM'])('%s: permission denied', async (code) => {
    failWith(Object.assign(new Error(code), { code }));
    expect(await messages()).toEqual(['policy.yml:1:1 the policy file cannot be read: permission denied.']);
  });

  it('another error is named by its code', async () => {
    failWith(Object.assign(new Error('EIO'), { code: 'EIO' }));
    expect(await messages()).toEqual(['policy.yml:1:1 the policy file cannot be read (EIO).']);
  });

  it.each([
    ['no code', new Error('boom')],
    ['a numeric code', Object.assign(new Error('boom'), { code: 5 })],
  ])('an error with %s is an unknown error', async (_, error) => {
    failWith(error);
    expect(await messages()).toEqual(['policy.yml:1:1 the policy file cannot be read (unknown error).']);
  });
});

describe('loadPolicy closes the file it opened', () => {
  /** Per descriptor loadPolicy opened: whether it was closed (and closed once). */
  const trackClose = () => {
    const opened: number[] = [];
    vi.mocked(openSync).mockImplementationOnce((...args: Parameters<typeof openSync>) => {
      const fd = real.openSync(...args);
      opened.push(fd);
      return fd;
    });
    return { get closed() { return opened.map((fd) => vi.mocked(closeSync).mock.calls.filter(([closing]) => closing === fd).length === 1); } };
  };

  it('after reading it', async () => {
    const tracked = trackClose();
    expect((await loadPolicy(ws, 'policy.yml')).ok).toBe(true);
    expect(tracked.closed).toEqual([true]);
  });

  it('after refusing it for its size', async () => {
    const tracked = trackClose();
    expect((await loadPolicy(ws, 'big.yml')).ok).toBe(false);
    expect(tracked.closed).toEqual([true]);
  });
});

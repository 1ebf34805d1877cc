/**
 * loadPolicy with the file system's open() replaced: errors a test cannot provoke on disk as root
 * (permission denied, errors without a code), and the file handle closed on every path.
 */
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_POLICY_BYTES } from '../src/policy/defaults.js';
import { loadPolicy } from '../src/policy/load-policy.js';

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return { ...real, open: vi.fn(real.open) };
});
const realOpen = (await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises')).open;

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
  vi.mocked(open).mockReset();
  vi.mocked(open).mockImplementation(realOpen);
});

const failWith = (error: unknown) => vi.mocked(open).mockRejectedValueOnce(error);
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
  const trackClose = () => {
    const closed: boolean[] = [];
    vi.mocked(open).mockImplementationOnce(async (...args: Parameters<typeof open>) => {
      const handle: FileHandle = await realOpen(...args);
      const close = handle.close.bind(handle);
      closed.push(false);
      handle.close = async () => {
        closed[0] = true;
        await close();
      };
      return handle;
    });
    return closed;
  };

  it('after reading it', async () => {
    const closed = trackClose();
    expect((await loadPolicy(ws, 'policy.yml')).ok).toBe(true);
    expect(closed).toEqual([true]);
  });

  it('after refusing it for its size', async () => {
    const closed = trackClose();
    expect((await loadPolicy(ws, 'big.yml')).ok).toBe(false);
    expect(closed).toEqual([true]);
  });
});

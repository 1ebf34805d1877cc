/**
 * src/aws/sts/role-credentials.ts: the credentials every client of one account shares. Survivors of
 * the 2026-11-26 mutation run of src/aws (core): when held credentials are reused, when they are
 * renewed, and that a failure is not kept. The clock is injected; nothing waits on wall time.
 */
import { describe, expect, it } from 'vitest';
import { shareCredentials, type CredentialProvider } from '../src/aws/sts/role-credentials.js';
import { rejectsWith } from './helpers/rejections.js';

const MINUTE = 60_000;
/** RENEW_BEFORE_MS in role-credentials.ts: five minutes. */
const RENEW_BEFORE = 5 * MINUTE;

/** A provider that hands out numbered credentials, each expiring `lifetime` ms after the clock's now (none: no expiry). */
function numberedProvider(clock: { t: number }, lifetime: number | undefined) {
  const calls: number[] = [];
  const provider: CredentialProvider = async () => {
    calls.push(clock.t);
    const n = calls.length;
    return {
      accessKeyId: `AKID${n}`,
      secretAccessKey: 'secret',
      ...(lifetime === undefined ? {} : { expiration: new Date(clock.t + lifetime) }),
    };
  };
  return { provider, calls };
}

describe('shareCredentials', () => {
  it('asks once and reuses the credentials while they are more than five minutes from expiring', async () => {
    const clock = { t: 1_000_000 };
    const { provider, calls } = numberedProvider(clock, 60 * MINUTE);
    const shared = shareCredentials(provider, () => clock.t);
    expect((await shared()).accessKeyId).toBe('AKID1');
    clock.t += 55 * MINUTE - 1; // 5 min + 1 ms left
    expect((await shared()).accessKeyId).toBe('AKID1');
    expect(calls).toHaveLength(1);
  });

  it('renews them when exactly five minutes are left, and from then on uses the new ones', async () => {
    const clock = { t: 1_000_000 };
    const { provider, calls } = numberedProvider(clock, 60 * MINUTE);
    const shared = shareCredentials(provider, () => clock.t);
    await shared();
    clock.t += 60 * MINUTE - RENEW_BEFORE; // exactly 5 min left
    expect((await shared()).accessKeyId).toBe('AKID2');
    expect(calls).toEqual([1_000_000, 1_000_000 + 55 * MINUTE]);
    clock.t += MINUTE;
    expect((await shared()).accessKeyId).toBe('AKID2');
    expect(calls).toHaveLength(2);
  });

  it('renews credentials that have already expired', async () => {
    const clock = { t: 0 };
    const { provider, calls } = numberedProvider(clock, 10 * MINUTE);
    const shared = shareCredentials(provider, () => clock.t);
    await shared();
    clock.t += 11 * MINUTE;
    expect((await shared()).accessKeyId).toBe('AKID2');
    expect(calls).toHaveLength(2);
  });

  it('keeps credentials without an expiry for good', async () => {
    const clock = { t: 0 };
    const { provider, calls } = numberedProvider(clock, undefined);
    const shared = shareCredentials(provider, () => clock.t);
    await shared();
    clock.t += 24 * 60 * MINUTE;
    expect((await shared()).accessKeyId).toBe('AKID1');
    expect(calls).toHaveLength(1);
  });

  it('one request at a time: calls that ask while the first is under way get its answer', async () => {
    let resolve: ((value: { accessKeyId: string; secretAccessKey: string }) => void) | undefined;
    let calls = 0;
    const provider: CredentialProvider = () => {
      calls += 1;
      return new Promise((r) => {
        resolve = r;
      });
    };
    const shared = shareCredentials(provider, () => 0);
    const first = shared();
    const second = shared();
    const third = shared();
    resolve?.({ accessKeyId: 'AKIDONE', secretAccessKey: 'secret' });
    expect((await Promise.all([first, second, third])).map((c) => c.accessKeyId)).toEqual(['AKIDONE', 'AKIDONE', 'AKIDONE']);
    expect(calls).toBe(1);
  });

  it('does not keep a failure: the next call asks again, and gets the new answer', async () => {
    let calls = 0;
    const provider: CredentialProvider = async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('AssumeRole failed'), { name: 'AccessDenied' });
      return { accessKeyId: `AKID${calls}`, secretAccessKey: 'secret' };
    };
    const shared = shareCredentials(provider, () => 0);
    await rejectsWith(shared(), /AssumeRole failed/);
    expect((await shared()).accessKeyId).toBe('AKID2');
    expect((await shared()).accessKeyId).toBe('AKID2');
    expect(calls).toBe(2);
  });
});

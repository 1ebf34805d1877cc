/**
 * Realism knobs through the real SDK clients: token-bucket throttling (and the SDK's retry of
 * it), injected faults, races between list and act, latency, determinism of seeded randomness.
 * No assertion depends on timing: buckets are set so a test passes or fails by count alone.
 */
import {
  DescribeCertificateCommand,
  InternalFailureException,
  ListCertificatesCommand,
  RejectCertificateTransferCommand,
  ServiceUnavailableException,
  ThrottlingException,
  TransferAlreadyCompletedException,
} from '@aws-sdk/client-iot';
import {
  DeclineHandshakeCommand,
  HandshakeAlreadyInStateException,
  InvalidHandshakeTransitionException,
  ListHandshakesForAccountCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-organizations';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ME = '210987654321';
const SOURCE = '111122223333';
const CERT = 'e'.repeat(64);
const CERT_2 = 'f'.repeat(64);
const HS = 'h-racehandshake01';

const SCENARIO: Scenario = {
  defaultAccount: ME,
  fleets: [{ account: ME, count: 30 }],
  certificates: [
    { id: CERT, owner: SOURCE, transfer: { to: ME, message: 'pending' } },
    { id: CERT_2, owner: SOURCE, transfer: { to: ME } },
  ],
  organizations: [{ id: 'o-strangerorg1', managementAccount: '777788889999' }],
  handshakes: [{ id: HS, action: 'INVITE', organization: 'o-strangerorg1', to: ME }],
};

const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);
/**
 * Makes the clock the token buckets read logical: it stands still, and moves `stepMs` on for every
 * call throttled so far (in the log since the last clearCalls), so whether a call is throttled
 * depends on the order of calls alone, never on how fast this machine sends them.
 */
function logicalThrottleClock(handle: EmulatorHandle, stepMs: number): void {
  const start = Date.now();
  handle.setClock(() => start + handle.calls.filter((c) => THROTTLED.has(c.errorType ?? '')).length * stepMs);
}

let emu: EmulatorHandle;
beforeEach(async () => {
  emu = await startEmulator({ scenario: SCENARIO });
});
afterEach(() => emu.close());

describe('rate limits', () => {
  it('throttles past the burst with the real ThrottlingException (400); other APIs, regions and accounts have their own buckets', async () => {
    emu.setRateLimit({ service: 'iot', operation: 'ListCertificates', tps: 0.001, burst: 2 });
    const { iot } = sdkClients(emu, ME);
    await iot.send(new ListCertificatesCommand({}));
    await iot.send(new ListCertificatesCommand({}));
    const error = await iot.send(new ListCertificatesCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ThrottlingException);
    expect((error as ThrottlingException).$metadata.httpStatusCode).toBe(400);
    await iot.send(new DescribeCertificateCommand({ certificateId: CERT }));
    await sdkClients(emu, ME, { region: 'eu-west-1' }).iot.send(new ListCertificatesCommand({}));
    await sdkClients(emu, SOURCE).iot.send(new ListCertificatesCommand({}));
    expect(emu.calls.filter((c) => c.errorType === 'ThrottlingException')).toHaveLength(1);
  });

  it('a rule without operation gives every IoT API its own bucket', async () => {
    emu.setRateLimit({ service: 'iot', tps: 0.001, burst: 1 });
    const { iot } = sdkClients(emu, ME);
    await iot.send(new ListCertificatesCommand({}));
    await iot.send(new DescribeCertificateCommand({ certificateId: CERT }));
    await expect(iot.send(new ListCertificatesCommand({}))).rejects.toBeInstanceOf(ThrottlingException);
    emu.setRateLimit(null);
    await iot.send(new ListCertificatesCommand({}));
  });

  it('the SDK retries a throttled call and succeeds once the bucket refills', async () => {
    emu.setRateLimit({ service: 'iot', operation: 'RejectCertificateTransfer', tps: 2, burst: 1 });
    // The second call finds the bucket empty (the clock has not moved); the throttle moves the clock
    // 1 s (2 tokens, capped at 1), so the retry gets through however soon it comes.
    logicalThrottleClock(emu, 1000);
    const { iot } = sdkClients(emu, ME, { maxAttempts: 5 });
    await iot.send(new RejectCertificateTransferCommand({ certificateId: CERT }));
    const second = await iot.send(new RejectCertificateTransferCommand({ certificateId: CERT_2 }));
    expect(second.$metadata.attempts).toBe(2);
    const rejects = emu.calls.filter((c) => c.operation === 'RejectCertificateTransfer');
    expect(rejects.map((c) => [c.status, c.params['certificateId']])).toEqual([
      [200, CERT],
      [400, CERT_2],
      [200, CERT_2],
    ]);
    expect(emu.certificate('us-east-1', CERT_2)?.status).toBe('INACTIVE');
  });

  it('the buckets read the emulator’s clock (setClock): at 2 TPS, 499 ms after a call is too soon, 999 ms is not', async () => {
    let now = Date.now();
    emu.setClock(() => now);
    emu.setRateLimit({ service: 'iot', operation: 'ListCertificates', tps: 2, burst: 1 });
    const { iot } = sdkClients(emu, ME);
    await iot.send(new ListCertificatesCommand({}));
    now += 499;
    await expect(iot.send(new ListCertificatesCommand({}))).rejects.toBeInstanceOf(ThrottlingException);
    now += 500;
    await iot.send(new ListCertificatesCommand({}));
    expect(emu.calls.map((c) => c.status)).toEqual([200, 400, 200]);
  });

  it('the SDK’s own default retry strategy retries an injected 500 and succeeds', async () => {
    emu.injectFault({ operation: 'ListCertificates', nth: 1, kind: 'http500' });
    const { iot } = sdkClients(emu, ME, { maxAttempts: 3, defaultRetry: true });
    const out = await iot.send(new ListCertificatesCommand({}));
    expect(out.$metadata.attempts).toBe(2);
    expect(emu.calls.map((c) => c.status)).toEqual([500, 200]);
  });

  it('Organizations throttles with TooManyRequestsException (429), retried by the SDK', async () => {
    emu.setRateLimit({ service: 'organizations', tps: 0.001, burst: 1 });
    const { organizations } = sdkClients(emu, ME);
    await organizations.send(new ListHandshakesForAccountCommand({}));
    const error = await organizations.send(new ListHandshakesForAccountCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect((error as TooManyRequestsException).$metadata.httpStatusCode).toBe(429);
    emu.setRateLimit({ service: 'organizations', tps: 1, burst: 1 });
    emu.clearCalls();
    logicalThrottleClock(emu, 1000);
    const retrying = sdkClients(emu, ME, { maxAttempts: 4 }).organizations;
    await retrying.send(new ListHandshakesForAccountCommand({}));
    expect((await retrying.send(new ListHandshakesForAccountCommand({}))).$metadata.attempts).toBe(2);
    expect(emu.calls.map((c) => c.status)).toEqual([200, 429, 200]);
  });
});

describe('faults', () => {
  it('fails exactly the nth call with a 500 (InternalFailureException); the SDK retries it', async () => {
    emu.injectFault({ operation: 'RejectCertificateTransfer', nth: 2, kind: 'http500' });
    const once = sdkClients(emu, ME).iot;
    await once.send(new RejectCertificateTransferCommand({ certificateId: CERT }));
    const error = await once.send(new RejectCertificateTransferCommand({ certificateId: CERT_2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalFailureException);
    expect(emu.certificate('us-east-1', CERT_2)?.status).toBe('PENDING_TRANSFER');
    await once.send(new RejectCertificateTransferCommand({ certificateId: CERT_2 }));
    expect(emu.calls.map((c) => [c.status, c.fault])).toEqual([
      [200, undefined],
      [500, 'http500'],
      [200, undefined],
    ]);
  });

  it('answers 503 with ServiceUnavailableException, and the SDK retries transient faults', async () => {
    emu.injectFault({ operation: 'ListCertificates', nth: 1, kind: 'http503', times: 2 });
    const { iot } = sdkClients(emu, ME);
    await expect(iot.send(new ListCertificatesCommand({}))).rejects.toBeInstanceOf(ServiceUnavailableException);
    const retrying = sdkClients(emu, ME, { maxAttempts: 3, retryDelayMs: 1 }).iot;
    expect((await retrying.send(new ListCertificatesCommand({}))).certificates?.length).toBeGreaterThan(0);
    expect(emu.calls.map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('resets the connection; the SDK sees a network error and a retry succeeds', async () => {
    emu.injectFault({ service: 'iot', operation: 'DescribeCertificate', nth: 1, kind: 'reset' });
    const { iot } = sdkClients(emu, ME);
    const error = (await iot.send(new DescribeCertificateCommand({ certificateId: CERT })).catch((e: unknown) => e)) as { code?: string; name?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.code ?? error.name).toMatch(/ECONNRESET|socket hang up/i);
    emu.injectFault({ service: 'iot', operation: 'DescribeCertificate', nth: 1, kind: 'reset' });
    const retrying = sdkClients(emu, ME, { maxAttempts: 2, retryDelayMs: 1 }).iot;
    expect((await retrying.send(new DescribeCertificateCommand({ certificateId: CERT }))).certificateDescription?.certificateId).toBe(CERT);
    expect(emu.calls.map((c) => c.errorType)).toEqual(['ConnectionReset', 'ConnectionReset', undefined]);
  });

  it('hangs until the client times out, and still closes cleanly', async () => {
    emu.injectFault({ operation: 'ListCertificates', nth: 1, kind: 'hang' });
    const { iot } = sdkClients(emu, ME, { requestTimeoutMs: 150 });
    const error = await iot.send(new ListCertificatesCommand({})).catch((e: unknown) => e);
    expect((error as Error).name).toBe('TimeoutError');
    expect(emu.calls[0]).toMatchObject({ status: 0, errorType: 'Hang', fault: 'hang' });
  });

  it('with phase "after", the change goes through but the caller sees a 500; its retry meets TransferAlreadyCompleted', async () => {
    emu.injectFault({ operation: 'RejectCertificateTransfer', nth: 1, kind: 'http500', phase: 'after' });
    const { iot } = sdkClients(emu, ME, { maxAttempts: 2, retryDelayMs: 1 });
    const error = await iot.send(new RejectCertificateTransferCommand({ certificateId: CERT, rejectReason: 'lost reply' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransferAlreadyCompletedException);
    expect(emu.certificate('us-east-1', CERT)).toMatchObject({ status: 'INACTIVE', ownedBy: SOURCE });
    expect(emu.certificate('us-east-1', CERT)?.transfer?.rejectReason).toBe('lost reply');
  });

  it('fires rate-based faults from the seeded generator: the same seed gives the same pattern', async () => {
    const pattern = async (): Promise<number[]> => {
      const e = await startEmulator({ scenario: SCENARIO, seed: 7 });
      e.injectFault({ operation: 'DescribeCertificate', rate: 0.5, kind: 'http500' });
      const { iot } = sdkClients(e, ME);
      for (let i = 0; i < 16; i++) await iot.send(new DescribeCertificateCommand({ certificateId: CERT })).catch(() => undefined);
      const statuses = e.calls.map((c) => c.status);
      await e.close();
      return statuses;
    };
    const first = await pattern();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await pattern()).toEqual(first);
  });
});

describe('races', () => {
  it.each([
    ['accepted', 'ACTIVE', ME],
    ['cancelled', 'INACTIVE', SOURCE],
  ] as const)('a transfer %s between list and reject: the reject meets TransferAlreadyCompletedException', async (outcome, status, owner) => {
    const { iot } = sdkClients(emu, ME);
    const listed = await iot.send(new ListCertificatesCommand({ pageSize: 250 }));
    expect(listed.certificates?.find((c) => c.certificateId === CERT)?.status).toBe('PENDING_TRANSFER');
    emu.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: CERT, outcome });
    await iot.send(new RejectCertificateTransferCommand({ certificateId: CERT_2 })); // other ids do not trigger it
    await expect(iot.send(new RejectCertificateTransferCommand({ certificateId: CERT }))).rejects.toBeInstanceOf(TransferAlreadyCompletedException);
    expect(emu.certificate('us-east-1', CERT)).toMatchObject({ status, ownedBy: owner });
    expect(emu.calls.at(-1)?.race).toBe(outcome);
  });

  it.each([
    ['cancelled', 'InvalidHandshakeTransitionException', 'CANCELED', InvalidHandshakeTransitionException],
    ['accepted', 'InvalidHandshakeTransitionException', 'ACCEPTED', InvalidHandshakeTransitionException],
    ['declined', 'HandshakeAlreadyInStateException', 'DECLINED', HandshakeAlreadyInStateException],
  ] as const)('a handshake %s meanwhile: DeclineHandshake meets %s', async (outcome, _name, state, ErrorClass) => {
    emu.raceBeforeNext({ operation: 'DeclineHandshake', outcome });
    const { organizations } = sdkClients(emu, ME);
    await expect(organizations.send(new DeclineHandshakeCommand({ HandshakeId: HS }))).rejects.toBeInstanceOf(ErrorClass);
    expect(emu.handshake(HS)?.State).toBe(state);
  });
});

describe('latency', () => {
  it('delays answers without changing them, and refuses nonsense', async () => {
    emu.setLatency(30);
    const { iot } = sdkClients(emu, ME);
    expect((await iot.send(new ListCertificatesCommand({ pageSize: 3 }))).certificates).toHaveLength(3);
    throwsWith(() => emu.setLatency(-1), /setLatency/);
    throwsWith(() => emu.injectFault({ operation: 'ListCertificates', kind: 'http500' }), /nth|rate/);
  });
});

/**
 * Scenarios, accounts and scale: the sample scenario as the demo uses it, scenario validation,
 * the credentials table, STS, the env() route (no endpoint in code), seeded determinism, and
 * paging correctness on a 1,000,000-certificate fleet (a few pages, never a full listing).
 */
import { AcceptCertificateTransferCommand, DescribeCertificateCommand, ListCertificatesCommand, ListOutgoingCertificatesCommand, TransferCertificateCommand, UpdateCertificateCommand, type Certificate } from '@aws-sdk/client-iot';
import { GetCallerIdentityCommand, STSClient, type STSServiceException } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { loadScenario, startEmulator, validateScenario, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';
import { rejectsWith } from './helpers/rejections.ts';
import { testTempDir } from './helpers/temp-dir.js';

const SAMPLE = fileURLToPath(new URL('./emulator/scenarios/sample.yml', import.meta.url));
const ME = '210987654321';
const running: EmulatorHandle[] = [];

async function start(scenario: Scenario | string, seed?: number): Promise<EmulatorHandle> {
  const emu = await startEmulator({ scenario, ...(seed === undefined ? {} : { seed }) });
  running.push(emu);
  return emu;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function pending(emu: EmulatorHandle, region: string): Promise<string[]> {
  const { iot } = sdkClients(emu, ME, { region });
  const ids: string[] = [];
  let marker: string | undefined;
  do {
    const page = await iot.send(new ListCertificatesCommand({ pageSize: 250, marker }));
    ids.push(...(page.certificates ?? []).filter((c) => c.status === 'PENDING_TRANSFER').map((c) => c.certificateId ?? ''));
    marker = page.nextMarker;
  } while (marker);
  return ids.sort();
}

describe('the sample scenario', () => {
  it('holds the items the demo and the docs name, with hostile sender text', () => {
    const s = loadScenario(SAMPLE);
    expect(s.defaultAccount).toBe(ME);
    expect(s.certificates).toHaveLength(8);
    expect(s.handshakes).toHaveLength(10);
    const text = JSON.stringify(s);
    for (const hostile of ['::add-mask::', '<img src=x', '@someone', '| a | b |', '::stop-commands::', '<script>']) expect(text).toContain(hostile);
  });

  it('shows 210987654321 its incoming transfers per region and its one outgoing transfer', async () => {
    const emu = await start(SAMPLE);
    expect(await pending(emu, 'us-east-1')).toEqual(
      [
        'e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d',
        '460f149849f4a19db0611d34a4f4296a3091be48d8d26e0da836652898875616',
        '90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3',
        'ea91e3626f0c6ae15cd6119f37861d86518ec7c7b7ca37d051c76249d259ce55',
        '848b2b8f86d849fef6a7117d4cb55bff420d812b5f9425a7df6e8e70a7b52015',
      ].sort(),
    );
    expect(await pending(emu, 'eu-west-1')).toEqual(
      [
        '672fbf1c76e25018111863c48e065f62e7c7e8334e4ec9ea808353d4aa7ddcd8',
        '2dbf4e9e702e17ead3e4adc0cf835ebedf5740d57972b81a1dd180e2b7821eca',
        '0d59404c5a13dda9a0da30bea460b75f7f460c52a8f503a6d76be62765d94562',
      ].sort(),
    );
    const { iot } = sdkClients(emu, ME);
    const out = await iot.send(new ListOutgoingCertificatesCommand({}));
    expect(out.outgoingCertificates?.map((c) => [c.certificateId, c.transferredTo])).toEqual([['848b2b8f86d849fef6a7117d4cb55bff420d812b5f9425a7df6e8e70a7b52015', '888899990000']]);
    expect(emu.snapshot().fleets).toEqual([
      { account: ME, region: 'us-east-1', count: 320 },
      { account: ME, region: 'eu-west-1', count: 180 },
    ]);
  });
});

describe('scenario validation', () => {
  it.each([
    ['an unquoted account id', { defaultAccount: 210987654321 }, /must be a quoted string/],
    ['an unknown key', { fleets: [{ account: ME, count: 1, colour: 'red' }] }, /unknown key "colour"/],
    ['a bad certificate id', { certificates: [{ id: 'xyz', owner: ME }] }, /certificates\[0\]\.id: expected 64 lowercase hex/],
    ['a transfer message over 128', { certificates: [{ owner: ME, transfer: { to: '111122223333', message: 'm'.repeat(129) } }] }, /at most 128 characters/],
    ['a transfer to the owner', { certificates: [{ owner: ME, transfer: { to: ME } }] }, /cannot be transferred to its owner/],
    ['a bad handshake state', { organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111' }], handshakes: [{ action: 'INVITE', state: 'PENDING', organization: 'o-abcdefghij', to: ME }] }, /state: expected one of/],
    ['a fault with neither nth nor rate', { knobs: { faults: [{ operation: 'ListCertificates', kind: 'http500' }] } }, /exactly one of nth/],
  ])('refuses %s, naming the key', (_label, raw, message) => {
    throwsWith(() => validateScenario(raw, 'test.yml'), message);
  });

  it('refuses things only seeding can check: unknown organizations, PENDING_TRANSFER without a transfer, duplicate ids', async () => {
    await rejectsWith(start({ handshakes: [{ action: 'INVITE', organization: 'o-nosuchorg01', to: ME }] }), /not listed under organizations/);
    await rejectsWith(start({ certificates: [{ owner: ME, status: 'PENDING_TRANSFER' }] }), /needs a pending transfer/);
    const emu = await start({ certificates: [{ id: 'a'.repeat(64), owner: ME }] });
    throwsWith(() => emu.seed({ certificates: [{ id: 'a'.repeat(64), owner: ME }] }), /already exists/);
  });

  it('loads JSON and YAML files, and reports a YAML account id that lost its quotes', () => {
    const dir = testTempDir('emulator-scenario-');
    writeFileSync(join(dir, 's.json'), JSON.stringify({ defaultAccount: ME, fleets: [{ account: ME, count: 3 }] }));
    expect(loadScenario(join(dir, 's.json')).fleets?.[0]?.count).toBe(3);
    writeFileSync(join(dir, 's.yml'), 'defaultAccount: 012345678901\n');
    throwsWith(() => loadScenario(join(dir, 's.yml')), /"012345678901"\?/);
  });
});

describe('accounts and STS', () => {
  it('GetCallerIdentity answers the account of the access key, from AKIA+12 digits or the credentials table', async () => {
    const emu = await start({
      defaultAccount: ME,
      credentials: { AKIDEXAMPLECUSTOMKEY: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/alice' } },
    });
    const id = await sdkClients(emu, ME).sts.send(new GetCallerIdentityCommand({}));
    expect(id.Account).toBe(ME);
    expect(id.Arn).toBe(`arn:aws:sts::${ME}:assumed-role/inbound-guard-emulator/emulator-session`);
    expect(id.UserId).toMatch(/^AROA[0-9A-Z]+:emulator-session$/);
    const alice = new STSClient({ endpoint: emu.url, region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLECUSTOMKEY', secretAccessKey: 's' } });
    expect(await alice.send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice', UserId: expect.stringMatching(/^AIDA/) });
    const nobody = new STSClient({ endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 's' } });
    const error = (await nobody.send(new GetCallerIdentityCommand({})).catch((e: unknown) => e)) as STSServiceException;
    expect(error.name).toBe('InvalidClientTokenId');
    expect(error.$metadata.httpStatusCode).toBe(403);
    expect(emu.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status])).toEqual([
      ['sts', 'GetCallerIdentity', ME, 'us-east-1', 200],
      ['sts', 'GetCallerIdentity', '123456789012', 'eu-west-1', 200],
      ['sts', 'GetCallerIdentity', '', 'us-east-1', 403],
    ]);
  });

  it('STS throttles with its Throttling code, which the SDK retries', async () => {
    const emu = await start({ defaultAccount: ME });
    emu.setRateLimit({ service: 'sts', tps: 2, burst: 1 });
    // The token bucket reads the emulator's clock: frozen, so the second call is throttled for
    // certain; moved 1 s (2 tokens, capped at 1) by the throttle, so the retry gets through.
    const frozen = Date.now();
    emu.setClock(() => frozen + emu.calls.filter((c) => c.errorType === 'Throttling').length * 1000);
    const { sts } = sdkClients(emu, ME, { maxAttempts: 4 });
    await sts.send(new GetCallerIdentityCommand({}));
    expect((await sts.send(new GetCallerIdentityCommand({}))).$metadata.attempts).toBe(2);
    expect(emu.calls.map((c) => [c.status, c.errorType])).toEqual([
      [200, undefined],
      [400, 'Throttling'],
      [200, undefined],
    ]);
  });

  it('env() is all a separate process needs: AWS_ENDPOINT_URL_* route the stock clients to the emulator', async () => {
    const emu = await start(SAMPLE);
    const script = `
      import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
      import { IoTClient, ListOutgoingCertificatesCommand } from '@aws-sdk/client-iot';
      import { OrganizationsClient, ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
      const id = await new STSClient({}).send(new GetCallerIdentityCommand({}));
      const out = await new IoTClient({}).send(new ListOutgoingCertificatesCommand({}));
      const hs = await new OrganizationsClient({}).send(new ListHandshakesForAccountCommand({}));
      console.log(JSON.stringify({ account: id.Account, outgoing: out.outgoingCertificates.length, handshakes: hs.Handshakes.length }));
    `;
    const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...emu.env() };
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env, cwd: process.cwd() });
    expect(JSON.parse(stdout)).toEqual({ account: ME, outgoing: 1, handshakes: 10 });
    expect(new Set(emu.calls.map((c) => `${c.service}:${c.account}`))).toEqual(new Set([`sts:${ME}`, `iot:${ME}`, `organizations:${ME}`]));
  });
});

describe('determinism and scale', () => {
  it('the seed decides generated ids: same seed, same ids; another seed, others', async () => {
    const s: Scenario = {
      certificates: [{ count: 3, owner: ME }],
      organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111' }],
      handshakes: [{ count: 2, action: 'INVITE', organization: 'o-abcdefghij', to: ME }],
    };
    const ids = async (seed: number): Promise<string[]> => {
      const snap = (await start(s, seed)).snapshot();
      return [...snap.certificates.map((c) => c.certificateId), ...snap.handshakes.map((h) => h.Id)].sort();
    };
    const a = await ids(5);
    expect(a).toHaveLength(5);
    expect(await ids(5)).toEqual(a);
    expect(await ids(6)).not.toEqual(a);
  });

  it('pages a 1,000,000-certificate fleet correctly from either end, and finds any of its certificates', async () => {
    const emu = await start({ defaultAccount: ME, fleets: [{ account: ME, count: 1_000_000 }] });
    const { iot } = sdkClients(emu, ME);
    const pages: Certificate[][] = [];
    let marker: string | undefined;
    for (let i = 0; i < 3; i++) {
      const page = await iot.send(new ListCertificatesCommand({ pageSize: 250, marker }));
      pages.push(page.certificates ?? []);
      marker = page.nextMarker;
    }
    const desc = pages.flat();
    expect(desc).toHaveLength(750);
    expect(new Set(desc.map((c) => c.certificateId)).size).toBe(750);
    const times = desc.map((c) => c.creationDate?.getTime() ?? 0);
    expect(times.every((t, i) => i === 0 || t < (times[i - 1] ?? 0))).toBe(true);
    const asc = (await iot.send(new ListCertificatesCommand({ pageSize: 250, ascendingOrder: true }))).certificates ?? [];
    expect((asc[0]?.creationDate?.getTime() ?? 0) < (asc[1]?.creationDate?.getTime() ?? 0)).toBe(true);
    expect(asc.some((c) => desc.some((d) => d.certificateId === c.certificateId))).toBe(false);
    const middle = pages[1]?.[17]?.certificateId ?? '';
    const { certificateDescription: d } = await iot.send(new DescribeCertificateCommand({ certificateId: middle }));
    expect(d).toMatchObject({ certificateId: middle, ownedBy: ME });
    expect(emu.certificate('us-east-1', middle)?.virtual).toBe(true);
    expect(emu.certificate('us-east-1', `${middle.slice(0, 63)}${middle.endsWith('0') ? '1' : '0'}`)).toBeUndefined();
  });

  it('a fleet certificate transferred and accepted leaves its owner’s listing at exactly its position', async () => {
    const emu = await start({ defaultAccount: ME, fleets: [{ account: ME, count: 1_000_000 }] });
    const { iot } = sdkClients(emu, ME);
    const other = sdkClients(emu, '111122223333').iot;
    const first = (await iot.send(new ListCertificatesCommand({ pageSize: 5, ascendingOrder: true }))).certificates ?? [];
    const id = first[2]?.certificateId ?? '';
    await iot.send(new UpdateCertificateCommand({ certificateId: id, newStatus: 'INACTIVE' }));
    await iot.send(new TransferCertificateCommand({ certificateId: id, targetAwsAccount: '111122223333' }));
    expect(emu.certificate('us-east-1', id)).toMatchObject({ status: 'PENDING_TRANSFER', virtual: false });
    expect((await iot.send(new ListCertificatesCommand({ pageSize: 5, ascendingOrder: true }))).certificates?.[2]).toMatchObject({ certificateId: id, status: 'PENDING_TRANSFER' });
    expect((await other.send(new ListCertificatesCommand({}))).certificates?.map((c) => c.certificateId)).toEqual([id]);
    await other.send(new AcceptCertificateTransferCommand({ certificateId: id }));
    const after = (await iot.send(new ListCertificatesCommand({ pageSize: 5, ascendingOrder: true }))).certificates ?? [];
    expect(after.map((c) => c.certificateId)).toEqual([...first.filter((c) => c.certificateId !== id).map((c) => c.certificateId), after[4]?.certificateId]);
    expect((await other.send(new DescribeCertificateCommand({ certificateId: id }))).certificateDescription).toMatchObject({ ownedBy: '111122223333', previousOwnedBy: ME });
  });
});

describe('the sample policy does not age', () => {
  it('every until in sample-policy.yml is 2099 or later, so the demo and the end-to-end tests keep their expectations', () => {
    // A fixed date, not the clock: this test gives the same answer on every day it runs. The runs
    // it protects use the real clock, and an until this far out outlives them.
    const FAR_FUTURE = Date.UTC(2099, 0, 1);
    const text = readFileSync(new URL('./emulator/scenarios/sample-policy.yml', import.meta.url), 'utf8');
    const dates = [...text.matchAll(/until:\s*(\d{4}-\d{2}-\d{2})/g)].map((m) => m[1]!);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(Date.parse(`${date}T00:00:00Z`)).toBeGreaterThanOrEqual(FAR_FUTURE);
  });
});

/**
 * Wire-level: sweepAccount with the real SDK clients from createAwsClients, pointed at the emulator
 * through the environment only (AWS_ENDPOINT_URL_IOT / _ORGANIZATIONS / _STS), as in a workflow.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { getCallerAccount } from '../src/aws/sts/get-caller-account.js';
import type { CertificateTransferItem, HandshakeItem, InboundItem } from '../src/model/items.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import { iotAndHandshakes } from './helpers/parts.js';
import { loadScenario, type EmulatorHandle, type Scenario } from './emulator/index.js';
import { SAMPLE_SCENARIO as SAMPLE, useEmulatorEnvironment } from './helpers/emulator-env.js';

const ME = '210987654321';
const OUTGOING = '848b2b8f86d849fef6a7117d4cb55bff420d812b5f9425a7df6e8e70a7b52015';
const INCOMING_US = [
  '460f149849f4a19db0611d34a4f4296a3091be48d8d26e0da836652898875616',
  '90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3',
  'e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d',
  'ea91e3626f0c6ae15cd6119f37861d86518ec7c7b7ca37d051c76249d259ce55',
];
const INCOMING_EU = [
  '0d59404c5a13dda9a0da30bea460b75f7f460c52a8f503a6d76be62765d94562',
  '2dbf4e9e702e17ead3e4adc0cf835ebedf5740d57972b81a1dd180e2b7821eca',
  '672fbf1c76e25018111863c48e065f62e7c7e8334e4ec9ea808353d4aa7ddcd8',
];

const environment = useEmulatorEnvironment();
/** Starts the emulator and points the process environment at it, as configure-aws-credentials would. */
const start = (scenario: Scenario | string = SAMPLE) => environment.start({ scenario });

const certificates = (items: readonly InboundItem[]): CertificateTransferItem[] => items.filter((i): i is CertificateTransferItem => i.kind === 'certificate-transfer');
const handshakes = (items: readonly InboundItem[]): HandshakeItem[] => items.filter((i): i is HandshakeItem => i.kind === 'handshake');
const ids = (items: readonly CertificateTransferItem[]): string[] => items.map((i) => i.certificateId);

const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);
/**
 * Makes the emulator's clock (which its token buckets read) logical: it stands still, and moves
 * `stepMs` on for every call throttled so far. Whether a call is throttled then depends on the
 * order of calls alone, never on how fast this machine sends them or how long the SDK backs off.
 */
function logicalThrottleClock(handle: EmulatorHandle, stepMs: number): void {
  const start = Date.now();
  handle.setClock(() => start + handle.calls.filter((c) => THROTTLED.has(c.errorType ?? '')).length * stepMs);
}

describe('sweepAccount against the emulator (sample scenario)', () => {
  beforeAll(() => {
    // Sanity: nothing else in this process points the SDK elsewhere.
    expect(process.env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS']).toBeUndefined();
  });

  it('finds the caller account through STS', async () => {
    await start();
    expect(await getCallerAccount(createAwsClients().sts)).toBe(ME);
  });

  it('sweeps two regions and the handshakes: incoming with their source, the outgoing one reported, never described', async () => {
    const handle = await start();
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true), log: (e) => events.push(e) });

    expect(result.errors).toEqual([]);
    expect(result.regionsSwept).toEqual(['us-east-1', 'eu-west-1']);
    const certs = certificates(result.items);
    expect(certs.map((c) => `${c.region} ${c.certificateId.slice(0, 8)} ${c.direction}`)).toEqual([
      'us-east-1 460f1498 incoming',
      'us-east-1 848b2b8f outgoing',
      'us-east-1 90355b15 incoming',
      'us-east-1 e7ef8e5a incoming',
      'us-east-1 ea91e362 incoming',
      'eu-west-1 0d59404c incoming',
      'eu-west-1 2dbf4e9e incoming',
      'eu-west-1 672fbf1c incoming',
    ]);
    const byId = new Map(certs.map((c) => [c.certificateId, c]));
    expect(byId.get('e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d')).toMatchObject({
      sourceAccount: '111122223333',
      transferMessage: 'Gateway batch 2026-11 (PO 4471), 1 of 2',
      caCertificateId: '0aad9ce96baffe7f31e8fd427a156734f078539c37edce462a8d8ab75e9b66f4',
      certificateArn: expect.stringMatching(/^arn:aws:iot:us-east-1:\d{12}:cert\/e7ef8e5a/),
    });
    expect(byId.get('2dbf4e9e702e17ead3e4adc0cf835ebedf5740d57972b81a1dd180e2b7821eca')?.transferMessage).toContain('::stop-commands::pwned');
    expect(byId.get(OUTGOING)).toMatchObject({ direction: 'outgoing', targetAccount: '888899990000', sourceAccount: ME });

    // The outgoing transfer was listed, not described; every incoming one was described once.
    const described = handle.calls.filter((c) => c.operation === 'DescribeCertificate').map((c) => JSON.stringify(c.params));
    expect(described.some((p) => p.includes(OUTGOING))).toBe(false);
    expect(described).toHaveLength(INCOMING_US.length + INCOMING_EU.length);
    // Pages of 250: 320+ certificates in us-east-1 take two calls, 180+ in eu-west-1 one.
    const lists = handle.calls.filter((c) => c.operation === 'ListCertificates');
    expect(lists.map((c) => c.region).sort()).toEqual(['eu-west-1', 'us-east-1', 'us-east-1']);
    expect(handle.calls.filter((c) => c.status >= 300)).toEqual([]);

    const hs = handshakes(result.items);
    expect(hs.map((h) => h.id)).toEqual([...hs.map((h) => h.id)].sort());
    expect(hs.find((h) => h.id === 'h-h4tuiz9mk6flzbqwu9fzs3uy')).toMatchObject({
      type: 'INVITE',
      state: 'OPEN',
      direction: 'incoming',
      organizationId: 'o-exampleorgid11',
      managementAccountId: '111111111111',
      managementEmail: 'cloud-admin@example.com',
      managementName: 'Example Corp management account',
    });
    expect(hs.find((h) => h.id === 'h-usts6j4f4arj8jz9ukk3ergt')).toMatchObject({ type: 'TRANSFER_RESPONSIBILITY', direction: 'incoming', organizationId: 'o-ysztebow2w', managementAccountId: '666677778888' });
    expect(hs.find((h) => h.id === 'h-u9t3v3r5ut9rfyof8tmfm1tk')).toMatchObject({ direction: 'outgoing', organizationId: 'o-oxiw4s6dzh', recipient: '222233334444' });
    expect(hs.find((h) => h.id === 'h-n9dpk0xem4dklbsvzty3m6fn')?.state).toBe('REQUESTED');
    expect(events).toContainEqual({ type: 'region-finished', account: ME, region: 'us-east-1', pending: 5, incoming: 4, outgoing: 1, vanished: 0, duplicates: 0 });
  });

  it.each([
    ['ownedBy', '999988887777'],
    ['previousOwnedBy', '999988887777'],
    ['none', undefined],
  ] as const)('reads the source whichever field names it (pendingOwnerField %s)', async (pendingOwnerField, source) => {
    await start({ ...loadScenario(SAMPLE), pendingOwnerField });
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['us-east-1'], false) });
    const item = certificates(result.items).find((c) => c.certificateId.startsWith('90355b15'));
    expect(item?.sourceAccount).toBe(source);
    expect(item?.direction).toBe('incoming');
  });

  it('reports a region that fails mid-pagination, with none of its items, and still returns the other region', async () => {
    const handle = await start();
    // Every attempt at us-east-1's second page fails: the SDK retries, then gives up.
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'us-east-1', nth: 2, times: 1000, kind: 'http500' });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients({ maxAttempts: 2 }), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true), log: (e) => events.push(e) });

    expect(result.regionsSwept).toEqual(['eu-west-1']);
    expect(result.errors).toEqual([{ service: 'iot', account: ME, region: 'us-east-1', message: expect.stringMatching(/^InternalFailureException/), code: 'InternalFailureException', action: 'iot:ListCertificates' }]);
    expect(ids(certificates(result.items))).toEqual(INCOMING_EU);
    expect(handshakes(result.items).length).toBeGreaterThan(0);
    expect(events).toContainEqual(expect.objectContaining({ type: 'region-failed', account: ME, region: 'us-east-1', errorKind: 'other' }));
  });

  it('reports a failing handshake listing as an organizations error and keeps the certificates', async () => {
    const handle = await start();
    handle.injectFault({ service: 'organizations', operation: 'ListHandshakesForAccount', rate: 1, kind: 'http503' });
    const result = await sweepAccount(createAwsClients({ maxAttempts: 2 }), { account: ME, parts: iotAndHandshakes(['eu-west-1'], true) });
    expect(result.errors).toEqual([{ service: 'organizations', account: ME, message: expect.stringMatching(/^ServiceUnavailableException/), code: 'ServiceUnavailableException', action: 'organizations:ListHandshakesForAccount' }]);
    expect(ids(certificates(result.items))).toEqual(INCOMING_EU);
    expect(handshakes(result.items)).toEqual([]);
  });

  it('follows empty pages with a token (Organizations) and a marker after a full last page (IoT) to the end', async () => {
    await start();
    const plain = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true) });
    const handle = await start({
      ...loadScenario(SAMPLE),
      // 250 + 250 certificates in eu-west-1: the second page is full and still carries a marker.
      fleets: [...(loadScenario(SAMPLE).fleets ?? []).filter((f) => f.region !== 'eu-west-1'), { account: ME, region: 'eu-west-1', count: 497 }],
      knobs: { emptyPageRate: 0.5, trailingEmptyPage: true, fullPageMarker: true },
    });
    const tricky = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true) });

    expect(tricky.errors).toEqual([]);
    // Relative times in the scenario are seeded at start: compare everything but the dates.
    const undated = (items: readonly InboundItem[]): unknown[] =>
      items.map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => !/Date$|At$/.test(key))));
    expect(undated(tricky.items)).toEqual(undated(plain.items));
    expect(tricky.items).toHaveLength(plain.items.length);
    const listHandshakeCalls = handle.calls.filter((c) => c.operation === 'ListHandshakesForAccount');
    expect(listHandshakeCalls.length).toBeGreaterThan(1);
    expect(handle.calls.filter((c) => c.operation === 'ListCertificates' && c.region === 'eu-west-1')).toHaveLength(3);
  });

  it('completes under IoT token buckets: throttled calls are retried by the SDK', async () => {
    const handle = await start();
    handle.setRateLimit({ service: 'iot', tps: 8, burst: 2 });
    // Each throttle refills every bucket (1 s × 8 TPS ≥ burst 2), so a throttled call gets through
    // unless two others took the refill first: at most 3 other describers per region, so at most
    // 3 attempts of the SDK's 5. And the throttle is certain: until one happens the clock stands
    // still, so the 3rd of us-east-1's 4 describes finds its bucket of 2 empty.
    logicalThrottleClock(handle, 1000);
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true) });

    expect(result.errors).toEqual([]);
    expect(ids(certificates(result.items).filter((c) => c.direction === 'incoming'))).toEqual([...INCOMING_US, ...INCOMING_EU]);
    const throttled = handle.calls.filter((c) => c.errorType === 'ThrottlingException');
    expect(throttled.length).toBeGreaterThan(0);
    // Every throttled call was sent again and answered: one 200 per certificate described.
    const described = handle.calls.filter((c) => c.operation === 'DescribeCertificate' && c.status === 200).map((c) => String(c.params['certificateId'])).sort();
    expect(described).toEqual([...INCOMING_US, ...INCOMING_EU].sort());
    expect(handle.calls.filter((c) => c.status >= 300 && c.errorType !== 'ThrottlingException')).toEqual([]);
  });

  it('completes under an Organizations token bucket: each throttled page is retried by the SDK', async () => {
    const handle = await start();
    handle.setRateLimit({ service: 'organizations', tps: 3, burst: 1 });
    // 60 more invitations: four pages of ListHandshakesForAccount, one after the other.
    handle.seed({ handshakes: [{ action: 'INVITE', organization: 'o-p76zu5911y', to: ME, count: 60 }] });
    // The clock stands still until a call is throttled, so the second page finds the bucket of 1
    // empty; each throttle then moves it 1 s (3 tokens, capped at 1), so every retry gets through.
    logicalThrottleClock(handle, 1000);
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes([], true) });

    expect(result.errors).toEqual([]);
    expect(handshakes(result.items)).toHaveLength(70);
    const lists = handle.calls.filter((c) => c.operation === 'ListHandshakesForAccount');
    // Four pages of 20; after the first, each is throttled once and its retry answered.
    expect(lists.map((c) => c.status)).toEqual([200, 429, 200, 429, 200, 429, 200]);
  });

  it('abandons an attempt that never answers, retries it, and completes', async () => {
    const handle = await start();
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', nth: 1, kind: 'hang' });
    const result = await sweepAccount(createAwsClients({ requestTimeoutMs: 1500 }), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], false) });

    expect(result.errors).toEqual([]);
    expect(certificates(result.items).filter((c) => c.region === 'eu-west-1')).toHaveLength(INCOMING_EU.length);
    const euPages = handle.calls.filter((c) => c.operation === 'ListCertificates' && c.region === 'eu-west-1');
    expect(euPages[0]?.fault).toBe('hang');
    expect(euPages.length).toBeGreaterThan(1);
  });

  it('a region whose every attempt hangs becomes a SweepError instead of stalling the run', async () => {
    const handle = await start();
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', rate: 1, kind: 'hang' });
    const result = await sweepAccount(createAwsClients({ requestTimeoutMs: 1500, maxAttempts: 2 }), { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], false) });

    expect(result.regionsSwept).toEqual(['us-east-1']);
    expect(result.errors).toEqual([expect.objectContaining({ service: 'iot', account: ME, region: 'eu-west-1' })]);
  });
});

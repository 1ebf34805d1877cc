import { DescribeCertificateCommand, IoTClient, ListCertificatesCommand, ListOutgoingCertificatesCommand, type CertificateStatus } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { AccountClient } from '@aws-sdk/client-account';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import { iotAndHandshakes } from './helpers/parts.js';

const ME = '111111111111';
const SENDER = '999988887777';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const id = (c: string): string => c.repeat(64);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stub = AwsStub<any, any, any>;

/** Clients whose every region gets its own mocked IoT client, set up by `setup(region, mock)`. */
function fakeClients(setup: (region: string, mock: Stub) => void): { clients: AwsClients; iotMocks: Map<string, Stub>; organizationsMock: Stub } {
  const iotClients = new Map<string, IoTClient>();
  const iotMocks = new Map<string, Stub>();
  const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
  const organizationsMock = mockClient(organizations);
  organizationsMock.on(ListHandshakesForAccountCommand).resolves({});
  const clients: AwsClients = {
    iot(region) {
      let client = iotClients.get(region);
      if (client === undefined) {
        client = new IoTClient({ region, credentials });
        const mock = mockClient(client);
        setup(region, mock);
        iotClients.set(region, client);
        iotMocks.set(region, mock);
      }
      return client;
    },
    organizations,
    sts: new STSClient({ region: 'us-east-1', credentials }),
    account: new AccountClient({ region: 'us-east-1', credentials }),
    regional: () => {
      throw new Error('no other service in this test');
    },
  };
  return { clients, iotMocks, organizationsMock };
}

const listed = (certificateId: string, status: CertificateStatus = 'PENDING_TRANSFER') => ({ certificateId, certificateArn: `arn:${certificateId.slice(0, 1)}`, status });

function aRegionWith(mock: Stub, pending: string[], outgoing: string[] = []): void {
  mock.on(ListCertificatesCommand).resolves({ certificates: [...pending.map((c) => listed(c)), listed(id('0'), 'ACTIVE')] });
  mock.on(ListOutgoingCertificatesCommand).resolves({ outgoingCertificates: outgoing.map((certificateId) => ({ certificateId, transferredTo: SENDER })) });
  mock.on(DescribeCertificateCommand).callsFake((input: { certificateId: string }) => ({
    certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER, transferData: { transferMessage: 'hi' } },
  }));
}

describe('sweepAccount', () => {
  it('returns incoming and outgoing transfers per region in region order, sorted by id; outgoing ones are not described', async () => {
    const { clients, iotMocks } = fakeClients((region, mock) => {
      if (region === 'eu-west-1') aRegionWith(mock, [id('c'), id('a'), id('b')], [id('b')]);
      else aRegionWith(mock, [id('d')]);
    });

    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], false) });

    expect(result.errors).toEqual([]);
    expect(result.regionsSwept).toEqual(['us-east-1', 'eu-west-1']);
    expect(result.items.map((item) => [item.kind === 'certificate-transfer' && item.region, item.kind === 'certificate-transfer' && item.certificateId.slice(0, 1), 'direction' in item && item.direction])).toEqual([
      ['us-east-1', 'd', 'incoming'],
      ['eu-west-1', 'a', 'incoming'],
      ['eu-west-1', 'b', 'outgoing'],
      ['eu-west-1', 'c', 'incoming'],
    ]);
    expect(result.items[1]).toMatchObject({ sourceAccount: SENDER, transferMessage: 'hi' });
    expect(result.items[2]).toMatchObject({ targetAccount: SENDER });
    const described = iotMocks.get('eu-west-1')!.commandCalls(DescribeCertificateCommand).map((call) => call.args[0].input.certificateId);
    expect(described.sort()).toEqual([id('a'), id('c')]);
  });

  it('skips ListOutgoingCertificates and DescribeCertificate when nothing is pending', async () => {
    const { clients, iotMocks } = fakeClients((_region, mock) => aRegionWith(mock, []));
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(result).toEqual({ items: [], errors: [], swept: iotAndHandshakes(['eu-west-1'], false), notInUse: [], regionsSwept: ['eu-west-1'] });
    const mock = iotMocks.get('eu-west-1')!;
    expect(mock.commandCalls(ListOutgoingCertificatesCommand)).toHaveLength(0);
    expect(mock.commandCalls(DescribeCertificateCommand)).toHaveLength(0);
  });

  it('reports a failing region as a SweepError, with none of its items, while the other regions are returned', async () => {
    const { clients } = fakeClients((region, mock) => {
      aRegionWith(mock, [id('a'), id('b')]);
      if (region === 'ap-south-1') {
        mock.on(ListCertificatesCommand).resolvesOnce({ certificates: [listed(id('e'))], nextMarker: 'm-1' })
          .rejects(Object.assign(new Error('User is not authorized to perform: iot:ListCertificates'), { name: 'AccessDeniedException' }));
      }
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['ap-south-1', 'eu-west-1'], false), log: (e) => events.push(e) });

    expect(result.regionsSwept).toEqual(['eu-west-1']);
    expect(result.errors).toEqual([{ service: 'iot', account: ME, region: 'ap-south-1', message: 'AccessDeniedException: User is not authorized to perform: iot:ListCertificates', code: 'AccessDeniedException' }]);
    expect(result.items.every((item) => item.kind === 'certificate-transfer' && item.region === 'eu-west-1')).toBe(true);
    expect(result.items).toHaveLength(2);
    expect(events).toContainEqual({ type: 'region-failed', account: ME, region: 'ap-south-1', errorKind: 'denied', error: result.errors[0] });
    expect(events).toContainEqual({ type: 'region-finished', account: ME, region: 'eu-west-1', pending: 2, incoming: 2, outgoing: 0, vanished: 0, duplicates: 0 });
  });

  it('fails the whole region when one DescribeCertificate fails (no partial inventory)', async () => {
    const { clients } = fakeClients((_region, mock) => {
      aRegionWith(mock, [id('a'), id('b'), id('c')]);
      mock.on(DescribeCertificateCommand, { certificateId: id('b') }).rejects(Object.assign(new Error('try later'), { name: 'ServiceUnavailableException' }));
    });
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(result).toEqual({ items: [], regionsSwept: [], swept: [], notInUse: [], errors: [{ service: 'iot', account: ME, region: 'eu-west-1', message: 'ServiceUnavailableException: try later', code: 'ServiceUnavailableException' }] });
  });

  it('leaves out a certificate that left between listing and describing, and keeps one accepted into this account meanwhile', async () => {
    const { clients } = fakeClients((_region, mock) => {
      aRegionWith(mock, [id('a'), id('b'), id('c'), id('d')]);
      mock.on(DescribeCertificateCommand, { certificateId: id('a') }).rejects(Object.assign(new Error('gone'), { name: 'ResourceNotFoundException' }));
      mock.on(DescribeCertificateCommand, { certificateId: id('b') }).resolves({ certificateDescription: { certificateId: id('b'), status: 'ACTIVE', ownedBy: ME, previousOwnedBy: SENDER } });
      mock.on(DescribeCertificateCommand, { certificateId: id('d') }).resolves({ certificateDescription: { certificateId: id('d'), status: 'INACTIVE', ownedBy: SENDER } });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e) });
    expect(result.items.map((item) => item.kind === 'certificate-transfer' && item.certificateId)).toEqual([id('b'), id('c')]);
    expect(result.items[0]).toMatchObject({ acceptedStatus: 'ACTIVE', sourceAccount: SENDER });
    expect(result.items[1]).not.toHaveProperty('acceptedStatus');
    expect(events).toContainEqual({ type: 'region-finished', account: ME, region: 'eu-west-1', pending: 4, incoming: 2, outgoing: 0, vanished: 2, duplicates: 0 });
  });

  it('keeps a certificate whose description has no status: it was listed as pending, so it still counts as pending', async () => {
    const { clients } = fakeClients((_region, mock) => {
      aRegionWith(mock, [id('a'), id('b')]);
      mock.on(DescribeCertificateCommand, { certificateId: id('a') }).resolves({ certificateDescription: { certificateId: id('a'), ownedBy: SENDER, transferData: { transferMessage: 'no status' } } });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e) });
    expect(result.errors).toEqual([]);
    expect(result.items.map((item) => item.kind === 'certificate-transfer' && item.certificateId)).toEqual([id('a'), id('b')]);
    expect(result.items[0]).toMatchObject({ direction: 'incoming', sourceAccount: SENDER, transferMessage: 'no status' });
    expect(events).toContainEqual({ type: 'region-finished', account: ME, region: 'eu-west-1', pending: 2, incoming: 2, outgoing: 0, vanished: 0, duplicates: 0 });
  });

  it('describes with bounded concurrency per region', async () => {
    let running = 0;
    let peak = 0;
    const { clients } = fakeClients((_region, mock) => {
      aRegionWith(mock, 'abcdefghij'.split('').map(id));
      mock.on(DescribeCertificateCommand).callsFake(async (input: { certificateId: string }) => {
        running++;
        peak = Math.max(peak, running);
        for (let i = 0; i < 5; i++) await Promise.resolve();
        running--;
        return { certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER } };
      });
    });
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), describeConcurrency: 3 });
    expect(result.items).toHaveLength(10);
    expect(peak).toBe(3);
  });

  it('lists handshakes when asked, sorted by id, after the regions; a failure there is an organizations SweepError', async () => {
    const ok = fakeClients((_region, mock) => aRegionWith(mock, [id('a')]));
    ok.organizationsMock.on(ListHandshakesForAccountCommand).resolves({
      Handshakes: [
        { Id: 'h-bbbbbbbb', Action: 'INVITE', State: 'OPEN', Arn: 'arn:aws:organizations::222222222222:handshake/o-exampleorgid/invite/h-bbbbbbbb' },
        { Id: 'h-aaaaaaaa', Action: 'ENABLE_ALL_FEATURES', State: 'OPEN', Arn: `arn:aws:organizations::${ME}:handshake/o-exampleorgid/enable_all_features/h-aaaaaaaa` },
        { Action: 'INVITE' },
      ],
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(ok.clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], true), log: (e) => events.push(e) });
    expect(result.items.map((item) => (item.kind === 'handshake' ? `${item.id} ${item.direction}` : item.kind))).toEqual([
      'certificate-transfer',
      'h-aaaaaaaa outgoing',
      'h-bbbbbbbb incoming',
    ]);
    expect(events).toContainEqual({ type: 'handshakes-finished', account: ME, listed: 3, incoming: 1, outgoing: 1, withoutId: 1, duplicates: 0 });

    const failing = fakeClients((_region, mock) => aRegionWith(mock, [id('a')]));
    failing.organizationsMock.on(ListHandshakesForAccountCommand).rejects(Object.assign(new Error('not allowed'), { name: 'AccessDeniedException' }));
    const partial = await sweepAccount(failing.clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], true) });
    expect(partial.errors).toEqual([{ service: 'organizations', account: ME, message: 'AccessDeniedException: not allowed', code: 'AccessDeniedException' }]);
    expect(partial.items).toHaveLength(1);
    expect(partial.regionsSwept).toEqual(['eu-west-1']);
  });

  it('does not call Organizations when handshakes are off, and sweeps a repeated region once', async () => {
    const { clients, organizationsMock, iotMocks } = fakeClients((_region, mock) => aRegionWith(mock, []));
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1', 'eu-west-1'], false) });
    expect(organizationsMock.calls()).toHaveLength(0);
    expect(iotMocks.get('eu-west-1')!.commandCalls(ListCertificatesCommand)).toHaveLength(1);
    expect(result.regionsSwept).toEqual(['eu-west-1']);
  });

  it('a certificate or handshake AWS lists on two pages is one item, described once, and the repeat is counted', async () => {
    const { clients, iotMocks, organizationsMock } = fakeClients((_region, mock) => {
      aRegionWith(mock, []);
      mock
        .on(ListCertificatesCommand)
        .resolvesOnce({ certificates: [listed(id('a')), listed(id('b'))], nextMarker: 'm1' })
        .resolvesOnce({ certificates: [listed(id('b')), listed(id('c'))] });
    });
    const invite = { Id: 'h-aaaaaaaa', Action: 'INVITE' as const, State: 'OPEN' as const, Arn: 'arn:aws:organizations::222222222222:handshake/o-exampleorgid/invite/h-aaaaaaaa' };
    organizationsMock.on(ListHandshakesForAccountCommand).resolvesOnce({ Handshakes: [invite], NextToken: 't1' }).resolvesOnce({ Handshakes: [invite] });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], true), log: (e) => events.push(e) });
    expect(result.items.map((item) => (item.kind === 'handshake' ? item.id : item.kind === 'certificate-transfer' ? item.certificateId.slice(0, 1) : item.kind))).toEqual(['a', 'b', 'c', 'h-aaaaaaaa']);
    const described = iotMocks.get('eu-west-1')!.commandCalls(DescribeCertificateCommand).map((call) => call.args[0].input.certificateId);
    expect(described.sort()).toEqual([id('a'), id('b'), id('c')]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'region-finished', pending: 3, incoming: 3, duplicates: 1 }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'handshakes-finished', listed: 2, incoming: 1, duplicates: 1 }));
  });
});

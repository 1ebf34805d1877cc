/**
 * IoT conformance: every emulated IoT operation driven through the real @aws-sdk/client-iot,
 * its paginator and its typed exceptions.
 */
import {
  AcceptCertificateTransferCommand,
  CancelCertificateTransferCommand,
  CertificateStateException,
  DescribeCertificateCommand,
  InvalidRequestException,
  IoTServiceException,
  ListCertificatesCommand,
  ListOutgoingCertificatesCommand,
  RejectCertificateTransferCommand,
  ResourceNotFoundException,
  TransferAlreadyCompletedException,
  TransferCertificateCommand,
  UnauthorizedException,
  UpdateCertificateCommand,
  paginateListCertificates,
  type Certificate,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ME = '210987654321';
const FACTORY = '111122223333';
const STRANGER = '999988887777';
const PARTNER = '888899990000';
const INCOMING = 'aaaa000000000000000000000000000000000000000000000000000000000001';
const INCOMING_2 = 'aaaa000000000000000000000000000000000000000000000000000000000002';
const OUTGOING = 'bbbb000000000000000000000000000000000000000000000000000000000001';
const FACTORY_OWN = 'cccc000000000000000000000000000000000000000000000000000000000001';

function scenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    defaultAccount: ME,
    fleets: [{ account: ME, count: 40 }],
    certificates: [
      { id: INCOMING, owner: FACTORY, createdAt: '-10d', transfer: { to: ME, message: '::add-mask:: batch 7' } },
      { id: INCOMING_2, owner: STRANGER, createdAt: '-11d', transfer: { to: ME } },
      { id: OUTGOING, owner: ME, createdAt: '-12d', transfer: { to: PARTNER, message: 'to partner' } },
      { id: FACTORY_OWN, owner: FACTORY, status: 'ACTIVE', createdAt: '-13d' },
    ],
    ...extra,
  };
}

let emu: EmulatorHandle;
let me: IoTClient;
let factory: IoTClient;

async function start(s: Scenario = scenario()): Promise<void> {
  emu = await startEmulator({ scenario: s });
  me = sdkClients(emu, ME).iot;
  factory = sdkClients(emu, FACTORY).iot;
}

async function listAll(client: IoTClient, pageSize = 250, ascendingOrder = false): Promise<Certificate[]> {
  const out: Certificate[] = [];
  for await (const page of paginateListCertificates({ client, pageSize }, { ascendingOrder })) out.push(...(page.certificates ?? []));
  return out;
}

beforeEach(() => start());
afterEach(() => emu.close());

describe('ListCertificates', () => {
  it('shows the destination its fleet plus incoming pending transfers, under its own ARN', async () => {
    const all = await listAll(me);
    expect(all).toHaveLength(40 + 3); // fleet + 2 incoming + its own outgoing one
    const incoming = all.find((c) => c.certificateId === INCOMING);
    expect(incoming).toMatchObject({ status: 'PENDING_TRANSFER', certificateMode: 'DEFAULT', certificateArn: `arn:aws:iot:us-east-1:${ME}:cert/${INCOMING}` });
    expect(incoming?.creationDate).toBeInstanceOf(Date);
    expect(all.find((c) => c.certificateId === OUTGOING)?.status).toBe('PENDING_TRANSFER');
    expect(all.some((c) => c.certificateId === FACTORY_OWN)).toBe(false);
  });

  it('pages newest first by default and oldest first with isAscendingOrder, without duplicates', async () => {
    const desc = await listAll(me, 7);
    const asc = await listAll(me, 7, true);
    const times = desc.map((c) => c.creationDate?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(desc.map((c) => c.certificateId)).size).toBe(desc.length);
    expect(asc.map((c) => c.certificateId)).toEqual(desc.map((c) => c.certificateId).reverse());
  });

  it('returns exactly 250 in one page without nextMarker, and 251 in two', async () => {
    await emu.close();
    await start({ defaultAccount: ME, fleets: [{ account: ME, count: 250 }, { account: FACTORY, count: 251 }] });
    const one = await me.send(new ListCertificatesCommand({ pageSize: 250 }));
    expect(one.certificates).toHaveLength(250);
    expect(one.nextMarker).toBeUndefined();
    const first = await factory.send(new ListCertificatesCommand({ pageSize: 250 }));
    expect(first.certificates).toHaveLength(250);
    expect(first.nextMarker).toEqual(expect.any(String));
    const second = await factory.send(new ListCertificatesCommand({ pageSize: 250, marker: first.nextMarker }));
    expect(second.certificates).toHaveLength(1);
    expect(second.nextMarker).toBeUndefined();
  });

  it('with fullPageMarker, a full last page still carries nextMarker and the next page is empty', async () => {
    await emu.close();
    await start({ defaultAccount: ME, fleets: [{ account: ME, count: 250 }], knobs: { fullPageMarker: true } });
    const one = await me.send(new ListCertificatesCommand({ pageSize: 250 }));
    expect(one.nextMarker).toEqual(expect.any(String));
    const two = await me.send(new ListCertificatesCommand({ pageSize: 250, marker: one.nextMarker }));
    expect(two.certificates).toEqual([]);
    expect(two.nextMarker).toBeUndefined();
    expect(await listAll(me)).toHaveLength(250);
  });

  it.each([0, 251, -1])('rejects pageSize %i with InvalidRequestException', async (pageSize) => {
    const error = await me.send(new ListCertificatesCommand({ pageSize })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as InvalidRequestException).$metadata.httpStatusCode).toBe(400);
  });

  it('defaults to 25 per page and accepts pageSize 1', async () => {
    expect((await me.send(new ListCertificatesCommand({}))).certificates).toHaveLength(25);
    expect((await me.send(new ListCertificatesCommand({ pageSize: 1 }))).certificates).toHaveLength(1);
  });

  it('rejects a marker it did not issue', async () => {
    await expect(me.send(new ListCertificatesCommand({ marker: 'not-a-marker' }))).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe('ListOutgoingCertificates', () => {
  it('lists exactly this account’s own pending transfers', async () => {
    const out = await me.send(new ListOutgoingCertificatesCommand({ pageSize: 250 }));
    expect(out.outgoingCertificates).toHaveLength(1);
    expect(out.outgoingCertificates?.[0]).toMatchObject({
      certificateId: OUTGOING,
      transferredTo: PARTNER,
      transferMessage: 'to partner',
      certificateArn: `arn:aws:iot:us-east-1:${ME}:cert/${OUTGOING}`,
    });
    expect(out.outgoingCertificates?.[0]?.transferDate).toBeInstanceOf(Date);
    expect(out.nextMarker).toBeUndefined();
    const theirs = await factory.send(new ListOutgoingCertificatesCommand({}));
    expect(theirs.outgoingCertificates?.map((c) => c.certificateId)).toEqual([INCOMING]);
  });

  it('pages with pageSize and marker, and validates pageSize', async () => {
    emu.seed({ certificates: [{ count: 4, owner: FACTORY, transfer: { to: STRANGER } }] });
    const seen: string[] = [];
    let marker: string | undefined;
    let pages = 0;
    do {
      const page = await factory.send(new ListOutgoingCertificatesCommand({ pageSize: 2, marker }));
      seen.push(...(page.outgoingCertificates ?? []).map((c) => c.certificateId ?? ''));
      marker = page.nextMarker;
      pages += 1;
    } while (marker);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen).toContain(INCOMING);
    await expect(me.send(new ListOutgoingCertificatesCommand({ pageSize: 251 }))).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe('DescribeCertificate', () => {
  it('shows the destination ownedBy = source while pending, with the transfer data', async () => {
    const { certificateDescription: d } = await me.send(new DescribeCertificateCommand({ certificateId: INCOMING }));
    expect(d).toMatchObject({ certificateId: INCOMING, status: 'PENDING_TRANSFER', ownedBy: FACTORY, certificateMode: 'DEFAULT' });
    expect(d?.previousOwnedBy).toBeUndefined();
    expect(d?.transferData?.transferMessage).toBe('::add-mask:: batch 7');
    expect(d?.transferData?.transferDate).toBeInstanceOf(Date);
    expect(d?.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(d?.validity?.notAfter).toBeInstanceOf(Date);
  });

  it.each([
    ['previousOwnedBy', ME, FACTORY],
    ['none', ME, undefined],
  ] as const)('with pendingOwnerField %s: ownedBy %s, previousOwnedBy %s', async (field, ownedBy, previousOwnedBy) => {
    await emu.close();
    await start(scenario({ pendingOwnerField: field }));
    const { certificateDescription: d } = await me.send(new DescribeCertificateCommand({ certificateId: INCOMING }));
    expect(d?.ownedBy).toBe(ownedBy);
    expect(d?.previousOwnedBy).toBe(previousOwnedBy);
    // the source's own view does not change
    const src = await factory.send(new DescribeCertificateCommand({ certificateId: INCOMING }));
    expect(src.certificateDescription?.ownedBy).toBe(FACTORY);
  });

  it.each([
    ['63 characters', 'a'.repeat(63)],
    ['65 characters', 'a'.repeat(65)],
    ['non-hex', 'z'.repeat(64)],
  ])('answers a malformed id (%s) with InvalidRequestException', async (_label, certificateId) => {
    const error = await me.send(new DescribeCertificateCommand({ certificateId })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as Error).message).toContain('certificateId');
  });

  it('answers an unknown id, or one the caller cannot see, with ResourceNotFoundException', async () => {
    await expect(me.send(new DescribeCertificateCommand({ certificateId: 'f'.repeat(64) }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(me.send(new DescribeCertificateCommand({ certificateId: FACTORY_OWN }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    const error = (await me.send(new DescribeCertificateCommand({ certificateId: FACTORY_OWN })).catch((e: unknown) => e)) as IoTServiceException;
    expect(error.$metadata.httpStatusCode).toBe(404);
  });
});

describe('RejectCertificateTransfer', () => {
  it('returns the certificate INACTIVE to the source with the reason; a second reject is TransferAlreadyCompleted', async () => {
    await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING, rejectReason: 'not allowlisted' }));
    expect((await listAll(me)).some((c) => c.certificateId === INCOMING)).toBe(false);
    const { certificateDescription: d } = await factory.send(new DescribeCertificateCommand({ certificateId: INCOMING }));
    expect(d).toMatchObject({ status: 'INACTIVE', ownedBy: FACTORY });
    expect(d?.transferData?.rejectReason).toBe('not allowlisted');
    expect(d?.transferData?.rejectDate).toBeInstanceOf(Date);
    expect(emu.certificate('us-east-1', INCOMING)?.transfer?.rejectReason).toBe('not allowlisted');
    const again = await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING })).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(TransferAlreadyCompletedException);
    expect((again as TransferAlreadyCompletedException).$metadata.httpStatusCode).toBe(410);
  });

  it('accepts a reject without a reason', async () => {
    await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING_2 }));
    expect(emu.certificate('us-east-1', INCOMING_2)).toMatchObject({ status: 'INACTIVE', ownedBy: STRANGER });
    expect(emu.certificate('us-east-1', INCOMING_2)?.transfer?.rejectReason).toBeUndefined();
  });

  it('refuses a reason over 128 characters, and leaves the transfer pending', async () => {
    await expect(me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING, rejectReason: 'x'.repeat(129) }))).rejects.toBeInstanceOf(InvalidRequestException);
    await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING, rejectReason: 'x'.repeat(128) }));
  });

  it('refuses the source rejecting its own outgoing transfer (UnauthorizedException 401)', async () => {
    const error = await me.send(new RejectCertificateTransferCommand({ certificateId: OUTGOING })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedException);
    expect((error as UnauthorizedException).$metadata.httpStatusCode).toBe(401);
    expect(emu.certificate('us-east-1', OUTGOING)?.status).toBe('PENDING_TRANSFER');
  });

  it('answers a third account with ResourceNotFoundException', async () => {
    const other = sdkClients(emu, '123456789012').iot;
    await expect(other.send(new RejectCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers an ACTIVE certificate of the caller (no transfer) with InvalidRequestException', async () => {
    const fleetCert = (await listAll(me)).find((c) => c.status === 'ACTIVE');
    expect(fleetCert).toBeDefined();
    await expect(me.send(new RejectCertificateTransferCommand({ certificateId: fleetCert?.certificateId }))).rejects.toBeInstanceOf(InvalidRequestException);
  });
});

describe('AcceptCertificateTransfer and CancelCertificateTransfer', () => {
  it('accept moves ownership; the source then sees nothing and its cancel is TransferAlreadyCompleted', async () => {
    await me.send(new AcceptCertificateTransferCommand({ certificateId: INCOMING, setAsActive: true }));
    const { certificateDescription: d } = await me.send(new DescribeCertificateCommand({ certificateId: INCOMING }));
    expect(d).toMatchObject({ status: 'ACTIVE', ownedBy: ME, previousOwnedBy: FACTORY, certificateArn: `arn:aws:iot:us-east-1:${ME}:cert/${INCOMING}` });
    expect(d?.transferData?.acceptDate).toBeInstanceOf(Date);
    expect((await listAll(factory)).some((c) => c.certificateId === INCOMING)).toBe(false);
    await expect(factory.send(new CancelCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(TransferAlreadyCompletedException);
    await expect(me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(TransferAlreadyCompletedException);
  });

  it('accept without setAsActive leaves the certificate INACTIVE (the API default)', async () => {
    await me.send(new AcceptCertificateTransferCommand({ certificateId: INCOMING_2 }));
    expect(emu.certificate('us-east-1', INCOMING_2)).toMatchObject({ status: 'INACTIVE', ownedBy: ME, previousOwnedBy: STRANGER });
  });

  it('only the destination may accept, only the source may cancel', async () => {
    await expect(factory.send(new AcceptCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(UnauthorizedException);
    await expect(me.send(new CancelCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('cancel returns the certificate INACTIVE to the source; the destination’s reject is then TransferAlreadyCompleted', async () => {
    await factory.send(new CancelCertificateTransferCommand({ certificateId: INCOMING }));
    expect(emu.certificate('us-east-1', INCOMING)).toMatchObject({ status: 'INACTIVE', ownedBy: FACTORY });
    expect((await listAll(me)).some((c) => c.certificateId === INCOMING)).toBe(false);
    await expect(me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING }))).rejects.toBeInstanceOf(TransferAlreadyCompletedException);
  });
});

describe('TransferCertificate and UpdateCertificate (seeding through the API)', () => {
  it('an ACTIVE certificate cannot be transferred; deactivated, it becomes pending on both sides', async () => {
    const error = await factory.send(new TransferCertificateCommand({ certificateId: FACTORY_OWN, targetAwsAccount: ME })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertificateStateException);
    await factory.send(new UpdateCertificateCommand({ certificateId: FACTORY_OWN, newStatus: 'INACTIVE' }));
    const out = await factory.send(new TransferCertificateCommand({ certificateId: FACTORY_OWN, targetAwsAccount: ME, transferMessage: 'hello' }));
    expect(out.transferredCertificateArn).toBe(`arn:aws:iot:us-east-1:${ME}:cert/${FACTORY_OWN}`);
    expect((await listAll(me)).find((c) => c.certificateId === FACTORY_OWN)?.status).toBe('PENDING_TRANSFER');
    expect((await listAll(factory)).find((c) => c.certificateId === FACTORY_OWN)?.status).toBe('PENDING_TRANSFER');
    const outgoing = await factory.send(new ListOutgoingCertificatesCommand({}));
    expect(outgoing.outgoingCertificates?.map((c) => c.certificateId).sort()).toEqual([FACTORY_OWN, INCOMING].sort());
  });

  it('validates the target account and refuses non-owners', async () => {
    await factory.send(new UpdateCertificateCommand({ certificateId: FACTORY_OWN, newStatus: 'INACTIVE' }));
    await expect(factory.send(new TransferCertificateCommand({ certificateId: FACTORY_OWN, targetAwsAccount: FACTORY }))).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(factory.send(new TransferCertificateCommand({ certificateId: FACTORY_OWN, targetAwsAccount: '12345' }))).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(me.send(new TransferCertificateCommand({ certificateId: FACTORY_OWN, targetAwsAccount: PARTNER }))).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(me.send(new TransferCertificateCommand({ certificateId: INCOMING, targetAwsAccount: PARTNER }))).rejects.toBeInstanceOf(UnauthorizedException);
  });
});

describe('accounts, regions and the call log', () => {
  it('keeps regions apart: a transfer in eu-west-1 is invisible from us-east-1', async () => {
    emu.seed({ certificates: [{ id: 'dddd'.repeat(16), region: 'eu-west-1', owner: FACTORY, transfer: { to: ME } }] });
    const eu = sdkClients(emu, ME, { region: 'eu-west-1' }).iot;
    expect((await listAll(eu)).map((c) => c.certificateId)).toEqual(['dddd'.repeat(16)]);
    expect((await listAll(eu)).at(0)?.certificateArn).toBe(`arn:aws:iot:eu-west-1:${ME}:cert/${'dddd'.repeat(16)}`);
    await expect(me.send(new DescribeCertificateCommand({ certificateId: 'dddd'.repeat(16) }))).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it('answers an access key no account owns with UnrecognizedClientException (403)', async () => {
    const { IoTClient } = await import('@aws-sdk/client-iot');
    const stranger = new IoTClient({ endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: 'AKIDNOTANACCOUNT', secretAccessKey: 'x' }, maxAttempts: 1 });
    const error = (await stranger.send(new ListCertificatesCommand({})).catch((e: unknown) => e)) as IoTServiceException;
    expect(error.name).toBe('UnrecognizedClientException');
    expect(error.$metadata.httpStatusCode).toBe(403);
  });

  it('logs every call with operation, account, region, params, status and error type', async () => {
    emu.clearCalls();
    await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING, rejectReason: 'no' }));
    await me.send(new RejectCertificateTransferCommand({ certificateId: INCOMING })).catch(() => undefined);
    await me.send(new ListCertificatesCommand({ pageSize: 5, ascendingOrder: true }));
    expect(emu.calls.map(({ service, operation, account, region, status, errorType }) => ({ service, operation, account, region, status, errorType }))).toEqual([
      { service: 'iot', operation: 'RejectCertificateTransfer', account: ME, region: 'us-east-1', status: 200, errorType: undefined },
      { service: 'iot', operation: 'RejectCertificateTransfer', account: ME, region: 'us-east-1', status: 410, errorType: 'TransferAlreadyCompletedException' },
      { service: 'iot', operation: 'ListCertificates', account: ME, region: 'us-east-1', status: 200, errorType: undefined },
    ]);
    expect(emu.calls[0]?.params).toEqual({ certificateId: INCOMING, rejectReason: 'no' });
    expect(emu.calls[2]?.params).toEqual({ pageSize: '5', isAscendingOrder: 'true' });
  });

  it('stamps each call with when it arrived, on the clock of its own process (the benchmark cuts its timeline there)', async () => {
    emu.clearCalls();
    const before = performance.now();
    await me.send(new ListCertificatesCommand({ pageSize: 5 }));
    const between = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    await me.send(new ListCertificatesCommand({ pageSize: 5 }));
    const after = performance.now();
    const [first, second] = emu.calls.map((call) => call.at);
    expect(first).toBeGreaterThanOrEqual(before);
    expect(first).toBeLessThanOrEqual(between);
    // The second was sent after a 30 ms pause: arrival, not a per-call sequence or a fixed clock.
    expect(second).toBeGreaterThanOrEqual(between + 29);
    expect(second).toBeLessThanOrEqual(after);
  });
});

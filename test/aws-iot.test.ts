import {
  DescribeCertificateCommand,
  IoTClient,
  ListCertificatesCommand,
  ListOutgoingCertificatesCommand,
  RejectCertificateTransferCommand,
} from '@aws-sdk/client-iot';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { describeCertificate } from '../src/aws/iot/describe-certificate.js';
import { listOutgoingCertificates } from '../src/aws/iot/list-outgoing-certificates.js';
import { listPendingCertificates } from '../src/aws/iot/list-pending-certificates.js';
import { rejectCertificateTransfer } from '../src/aws/iot/reject-certificate-transfer.js';
import { rejectsWith } from './helpers/rejections.js';

const iot = new IoTClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
const iotMock = mockClient(iot);
beforeEach(() => iotMock.reset());

const id = (c: string): string => c.repeat(64);
const created = new Date('2026-01-02T03:04:05.000Z');

describe('listPendingCertificates', () => {
  it('asks for pages of 250, oldest first, follows nextMarker until it is absent, and keeps only PENDING_TRANSFER', async () => {
    iotMock
      .on(ListCertificatesCommand)
      .resolvesOnce({
        certificates: [
          { certificateId: id('a'), certificateArn: `arn:aws:iot:eu-west-1:111111111111:cert/${id('a')}`, status: 'PENDING_TRANSFER', creationDate: created },
          { certificateId: id('b'), status: 'ACTIVE' },
        ],
        nextMarker: 'm-1',
      })
      .resolvesOnce({ certificates: [], nextMarker: 'm-2' })
      .resolvesOnce({ certificates: [{ certificateId: id('c'), status: 'PENDING_TRANSFER', certificateMode: 'DEFAULT' }, { certificateId: id('d'), status: 'INACTIVE' }] });

    const pending = await listPendingCertificates(iot);

    expect(iotMock.commandCalls(ListCertificatesCommand).map((call) => call.args[0].input)).toEqual([
      { pageSize: 250, ascendingOrder: true },
      { pageSize: 250, ascendingOrder: true, marker: 'm-1' },
      { pageSize: 250, ascendingOrder: true, marker: 'm-2' },
    ]);
    expect(pending).toEqual([
      { certificateId: id('a'), certificateArn: `arn:aws:iot:eu-west-1:111111111111:cert/${id('a')}`, certificateMode: undefined, creationDate: '2026-01-02T03:04:05.000Z' },
      { certificateId: id('c'), certificateArn: undefined, certificateMode: 'DEFAULT', creationDate: undefined },
    ]);
  });

  it('treats an empty nextMarker as the end, and survives a page without certificates or ids', async () => {
    iotMock
      .on(ListCertificatesCommand)
      .resolvesOnce({ nextMarker: 'm-1' })
      .resolvesOnce({ certificates: [{ status: 'PENDING_TRANSFER' }, { certificateId: id('e'), status: 'PENDING_TRANSFER', creationDate: new Date(Number.NaN) }], nextMarker: '' });
    expect(await listPendingCertificates(iot)).toEqual([{ certificateId: id('e'), certificateArn: undefined, certificateMode: undefined, creationDate: undefined }]);
    expect(iotMock.commandCalls(ListCertificatesCommand)).toHaveLength(2);
  });

  it('fails instead of looping when the same marker comes back', async () => {
    iotMock.on(ListCertificatesCommand).resolvesOnce({ nextMarker: 'stuck' }).resolves({ nextMarker: 'stuck' });
    await rejectsWith(listPendingCertificates(iot), /IoT ListCertificates returned a pagination token it had already returned/);
    expect(iotMock.commandCalls(ListCertificatesCommand)).toHaveLength(2);
  });

  it('fails instead of looping when markers cycle (A, B, A)', async () => {
    iotMock.on(ListCertificatesCommand).resolvesOnce({ nextMarker: 'a' }).resolvesOnce({ nextMarker: 'b' }).resolves({ nextMarker: 'a' });
    await rejectsWith(listPendingCertificates(iot), /already returned \(after 2 pages\)/);
    expect(iotMock.commandCalls(ListCertificatesCommand)).toHaveLength(3);
  });

  it('propagates an error in the middle of the listing (no partial result)', async () => {
    iotMock
      .on(ListCertificatesCommand)
      .resolvesOnce({ certificates: [{ certificateId: id('a'), status: 'PENDING_TRANSFER' }], nextMarker: 'm-1' })
      .rejectsOnce(Object.assign(new Error('boom'), { name: 'InternalFailureException' }));
    await expect(listPendingCertificates(iot)).rejects.toMatchObject({ name: 'InternalFailureException' });
  });
});

describe('listOutgoingCertificates', () => {
  it('asks for pages of 250, follows nextMarker, and maps every field', async () => {
    iotMock
      .on(ListOutgoingCertificatesCommand)
      .resolvesOnce({
        outgoingCertificates: [
          {
            certificateId: id('a'),
            certificateArn: 'arn:a',
            transferredTo: '222222222222',
            transferDate: created,
            transferMessage: 'to staging',
            creationDate: created,
          },
        ],
        nextMarker: 'o-1',
      })
      .resolvesOnce({ outgoingCertificates: [{ certificateId: id('b') }, { transferredTo: '333333333333' }] });

    const outgoing = await listOutgoingCertificates(iot);

    expect(iotMock.commandCalls(ListOutgoingCertificatesCommand).map((call) => call.args[0].input)).toEqual([
      { pageSize: 250 },
      { pageSize: 250, marker: 'o-1' },
    ]);
    expect(outgoing).toEqual([
      {
        certificateId: id('a'),
        certificateArn: 'arn:a',
        transferredTo: '222222222222',
        transferDate: '2026-01-02T03:04:05.000Z',
        transferMessage: 'to staging',
        creationDate: '2026-01-02T03:04:05.000Z',
      },
      { certificateId: id('b'), certificateArn: undefined, transferredTo: undefined, transferDate: undefined, transferMessage: undefined, creationDate: undefined },
    ]);
  });
});

describe('describeCertificate', () => {
  it('sends the certificate id and keeps the owners and transfer data (not the PEM)', async () => {
    iotMock.on(DescribeCertificateCommand).resolves({
      certificateDescription: {
        certificateId: id('a'),
        certificateArn: 'arn:a',
        status: 'PENDING_TRANSFER',
        ownedBy: '999988887777',
        previousOwnedBy: '111111111111',
        certificatePem: '-----BEGIN CERTIFICATE-----',
        caCertificateId: id('f'),
        certificateMode: 'DEFAULT',
        creationDate: created,
        transferData: { transferMessage: '::add-mask::x', transferDate: created },
      },
    });
    const details = await describeCertificate(iot, id('a'));
    expect(iotMock.commandCalls(DescribeCertificateCommand).map((call) => call.args[0].input)).toEqual([{ certificateId: id('a') }]);
    expect(details).toEqual({
      certificateId: id('a'),
      certificateArn: 'arn:a',
      status: 'PENDING_TRANSFER',
      ownedBy: '999988887777',
      previousOwnedBy: '111111111111',
      transferMessage: '::add-mask::x',
      transferDate: '2026-01-02T03:04:05.000Z',
      caCertificateId: id('f'),
      certificateMode: 'DEFAULT',
      creationDate: '2026-01-02T03:04:05.000Z',
    });
  });

  it('does not throw on an empty answer', async () => {
    iotMock.on(DescribeCertificateCommand).resolves({});
    expect(await describeCertificate(iot, id('a'))).toMatchObject({ certificateId: id('a'), ownedBy: undefined, transferMessage: undefined });
  });
});

describe('rejectCertificateTransfer', () => {
  it('sends the certificate id and the reason', async () => {
    iotMock.on(RejectCertificateTransferCommand).resolves({});
    await rejectCertificateTransfer(iot, id('a'), 'Not on the allowlist of acme/iot.');
    expect(iotMock.commandCalls(RejectCertificateTransferCommand).map((call) => call.args[0].input)).toEqual([
      { certificateId: id('a'), rejectReason: 'Not on the allowlist of acme/iot.' },
    ]);
  });

  it('cuts the reason to 128 characters and omits an empty one', async () => {
    iotMock.on(RejectCertificateTransferCommand).resolves({});
    await rejectCertificateTransfer(iot, id('a'), 'x'.repeat(200));
    await rejectCertificateTransfer(iot, id('b'), '');
    expect(iotMock.commandCalls(RejectCertificateTransferCommand).map((call) => call.args[0].input)).toEqual([
      { certificateId: id('a'), rejectReason: 'x'.repeat(128) },
      { certificateId: id('b') },
    ]);
  });

  it('lets the AWS error through for the caller to classify', async () => {
    iotMock.on(RejectCertificateTransferCommand).rejects(Object.assign(new Error('done'), { name: 'TransferAlreadyCompletedException' }));
    await expect(rejectCertificateTransfer(iot, id('a'), 'r')).rejects.toMatchObject({ name: 'TransferAlreadyCompletedException' });
  });
});

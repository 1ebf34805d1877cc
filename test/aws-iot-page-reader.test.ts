/**
 * ListCertificates pages reduced straight from the answer's JSON (readPageFromBody), against the
 * emulator through the real SDK: the same pages as the SDK's own deserialiser gives, error answers
 * and retries left to the SDK, and bodies it cannot read handed to the SDK whole.
 */
import { IoTClient, ListCertificatesCommand, type ListCertificatesCommandOutput } from '@aws-sdk/client-iot';
import { describe, expect, it } from 'vitest';
import { forEachCertificatePage, PAGE_READER_MIDDLEWARE, readPageFromBody, reduceCertificatesJson, toCertificatePage, type CertificatePage } from '../src/aws/iot/list-pending-certificates.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';

const environment = useEmulatorEnvironment();
const json = (value: unknown) => Buffer.from(JSON.stringify(value));

/** One ListCertificates call with the reader on it: the SDK's output and the page the reader saw, if any. */
async function readOne(iot: IoTClient, marker?: string): Promise<{ output: ListCertificatesCommandOutput; read: CertificatePage[] }> {
  const read: CertificatePage[] = [];
  const command = new ListCertificatesCommand({ pageSize: 250, ascendingOrder: true, ...(marker === undefined ? {} : { marker }) });
  command.middlewareStack.addRelativeTo(readPageFromBody((page) => read.push(page)), { relation: 'after', toMiddleware: 'deserializerMiddleware', name: PAGE_READER_MIDDLEWARE });
  return { output: await iot.send(command), read };
}

describe('readPageFromBody on the wire (emulator, real SDK)', () => {
  it('gives, page by page, exactly what the SDK-deserialised page gives, and leaves the SDK only the token', async () => {
    await environment.start();
    for (const region of ['us-east-1', 'eu-west-1']) {
      const iot = new IoTClient({ region });
      // What the SDK handed back for each page: with the reader on, never the certificates.
      const outputs: ListCertificatesCommandOutput[] = [];
      iot.middlewareStack.add((next) => async (args) => {
        const result = await next(args);
        outputs.push(result.output as ListCertificatesCommandOutput);
        return result;
      }, { step: 'initialize' });
      const viaReader: CertificatePage[] = [];
      await forEachCertificatePage(iot, (page) => viaReader.push(page));
      expect(outputs.length).toBe(viaReader.length);
      expect(outputs.every((o) => o.certificates === undefined)).toBe(true);
      outputs.length = 0;

      const viaSdk: CertificatePage[] = [];
      let marker: string | undefined;
      do {
        const out = await iot.send(new ListCertificatesCommand({ pageSize: 250, ascendingOrder: true, ...(marker === undefined ? {} : { marker }) }));
        viaSdk.push(toCertificatePage(out.certificates ?? []));
        marker = out.nextMarker;
      } while (marker !== undefined);

      expect(viaReader).toEqual(viaSdk);
      // Something to compare: full pages, pending certificates with every field, dates.
      expect(viaReader.reduce((n, p) => n + p.read, 0)).toBeGreaterThan(150);
      expect(viaReader.flatMap((p) => p.pending).length).toBeGreaterThan(0);
      expect(viaReader.flatMap((p) => p.pending).every((c) => c.certificateArn !== undefined && c.creationDate !== undefined)).toBe(true);
      expect(viaReader.every((p) => p.createdFrom !== undefined && p.createdTo !== undefined)).toBe(true);
    }
  });

  it('runs on every call: the SDK output has no certificates, the token is still there', async () => {
    await environment.start();
    const iot = new IoTClient({ region: 'us-east-1' });
    const first = await readOne(iot);
    expect(first.read).toHaveLength(1);
    expect(first.read[0]?.read).toBe(250);
    expect(first.output.certificates).toBeUndefined();
    expect(first.output.nextMarker).toEqual(expect.any(String));
    const second = await readOne(iot, first.output.nextMarker);
    expect(second.read[0]?.read).toBeGreaterThan(0);
    expect(second.output.nextMarker).toBeUndefined();
  });

  it('an error answer is left to the SDK, which retries it; the page is the successful answer’s, once', async () => {
    const emulator = await environment.start();
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', kind: 'http500', nth: 1 });
    const { output, read } = await readOne(new IoTClient({ region: 'us-east-1' }));
    expect(output.$metadata.attempts).toBe(2);
    expect(read).toHaveLength(1);
    expect(read[0]?.read).toBe(250);
  });

  it('an error that is not retried still reaches the caller as the SDK raises it', async () => {
    const emulator = await environment.start();
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', kind: 'error', error: { status: 400, type: 'InvalidRequestException', message: 'nope' }, nth: 1 });
    await expect(readOne(new IoTClient({ region: 'us-east-1', maxAttempts: 1 }))).rejects.toMatchObject({ name: 'InvalidRequestException' });
  });
});

describe('readPageFromBody on its own', () => {
  /** Runs the middleware once over a response whose body is `body`; what the SDK would read next, and the page. */
  async function through(response: { statusCode: number; body: unknown }) {
    const pages: CertificatePage[] = [];
    const handler = readPageFromBody<object, object>((page) => pages.push(page))(async () => ({ response, output: {} }), {} as never);
    await handler({ input: {}, request: {} } as never);
    return { pages, body: response.body };
  }
  const chunked = (...chunks: (string | Uint8Array)[]) => ({ async *[Symbol.asyncIterator]() { yield* chunks; } });

  it('reads a body that arrives in pieces, as Buffers or as strings, split anywhere', async () => {
    const { pages, body } = await through({ statusCode: 200, body: chunked(Buffer.from('{"certifi'), 'cates":[{"certificateId":"', Buffer.from('a'.repeat(64)), '","status":"PENDING_TRANSFER"}],"nextMarker":"m"}') });
    expect(pages).toEqual([{ read: 1, pending: [{ certificateId: 'a'.repeat(64), certificateArn: undefined, certificateMode: undefined, creationDate: undefined }], createdFrom: undefined, createdTo: undefined }]);
    expect(JSON.parse(Buffer.from(body as Uint8Array).toString('utf8'))).toEqual({ nextMarker: 'm' });
  });

  it('an error answer is not read at all: the SDK gets the very same body', async () => {
    const stream = chunked('{"message":"nope"}');
    const { pages, body } = await through({ statusCode: 400, body: stream });
    expect(pages).toEqual([]);
    expect(body).toBe(stream);
  });

  it('a 200 whose body is not a page goes to the SDK whole, as bytes', async () => {
    const { pages, body } = await through({ statusCode: 200, body: chunked('<html>', 'busy</html>') });
    expect(pages).toEqual([]);
    expect(Buffer.from(body as Uint8Array).toString('utf8')).toBe('<html>busy</html>');
  });
});

describe('reduceCertificatesJson: what a body reduces to', () => {
  const id = (c: string) => c.repeat(64);

  it('keeps the pending certificates, counts every one, dates the first and last, and keeps the rest of the body', () => {
    const body = json({
      certificates: [
        { certificateId: id('a'), status: 'ACTIVE', creationDate: 1_767_225_600 },
        { certificateId: id('b'), certificateArn: 'arn:aws:iot:us-east-1:210987654321:cert/b', certificateMode: 'DEFAULT', status: 'PENDING_TRANSFER', creationDate: 1_767_225_600.5 },
        { certificateId: id('c'), status: 'PENDING_TRANSFER', creationDate: '1767312000' },
      ],
      nextMarker: 'm-2',
      somethingNew: { x: 1 },
    });
    expect(reduceCertificatesJson(body)).toEqual({
      page: {
        read: 3,
        pending: [
          { certificateId: id('b'), certificateArn: 'arn:aws:iot:us-east-1:210987654321:cert/b', certificateMode: 'DEFAULT', creationDate: '2026-01-01T00:00:00.500Z' },
          { certificateId: id('c'), certificateArn: undefined, certificateMode: undefined, creationDate: '2026-01-02T00:00:00.000Z' },
        ],
        createdFrom: Date.UTC(2026, 0, 1),
        createdTo: Date.UTC(2026, 0, 2),
      },
      rest: { nextMarker: 'm-2', somethingNew: { x: 1 } },
    });
  });

  it('a body without certificates is a page of none', () => {
    expect(reduceCertificatesJson(json({ nextMarker: 'm' }))).toEqual({ page: { read: 0, pending: [], createdFrom: undefined, createdTo: undefined }, rest: { nextMarker: 'm' } });
  });

  it('fields of the wrong type count as absent: no id, no pending; no date, no position', () => {
    const reduced = reduceCertificatesJson(json({ certificates: [null, 7, { certificateId: 42, status: 'PENDING_TRANSFER' }, { certificateId: '', status: 'PENDING_TRANSFER' }, { certificateId: id('d'), status: 'PENDING_TRANSFER', certificateArn: 5, creationDate: 'soon' }] }));
    expect(reduced?.page).toEqual({ read: 5, pending: [{ certificateId: id('d'), certificateArn: undefined, certificateMode: undefined, creationDate: undefined }], createdFrom: undefined, createdTo: undefined });
  });

  it.each([
    ['not JSON', Buffer.from('<html>busy</html>')],
    ['a JSON list', json([1, 2])],
    ['certificates not a list', json({ certificates: { a: 1 } })],
    ['null', json(null)],
  ])('%s: undefined, and the SDK gets the body whole', (_, body) => {
    expect(reduceCertificatesJson(body)).toBeUndefined();
  });
});

/**
 * src/sweep/sweep.ts: what the older tests left open (found by mutation testing, `npm run mutation
 * -- sweep`): progress events of a region, from first page to last describe, on the test's clock;
 * the run-wide places for sweeps; outgoing transfers listed twice; which error a failed region
 * reports; the events of a handshake listing. Mocked SDK clients; gates instead of timers.
 */
import { DescribeCertificateCommand, IoTClient, ListCertificatesCommand, ListOutgoingCertificatesCommand } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { AccountClient } from '@aws-sdk/client-account';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { gate } from './helpers/gates.js';
import type { AwsClients } from '../src/aws/clients.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { Semaphore } from '../src/sweep/pool.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import { iotAndHandshakes } from './helpers/parts.js';

const ME = '111111111111';
const SENDER = '999988887777';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const id = (c: string): string => c.repeat(64);
const pending = (certificateId: string) => ({ certificateId, status: 'PENDING_TRANSFER' as const });
const active = (certificateId: string) => ({ certificateId, status: 'ACTIVE' as const });
const awsError = (name: string, message: string) => Object.assign(new Error(message), { name });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stub = AwsStub<any, any, any>;

/** Lets the SDK's promise chains run (macrotask turns, not time): resolves once `done()` or after `turns`. */
async function turns(done: () => boolean, count = 200): Promise<void> {
  for (let i = 0; i < count && !done(); i++) await new Promise((resolve) => setImmediate(resolve));
}

/** One mocked IoT client per region (set up by `setup`), and a mocked Organizations client. */
function fakeClients(setup: (region: string, mock: Stub) => void): { clients: AwsClients; organizationsMock: Stub } {
  const iotClients = new Map<string, IoTClient>();
  const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
  const organizationsMock = mockClient(organizations);
  const clients: AwsClients = {
    iot(region) {
      let client = iotClients.get(region);
      if (client === undefined) {
        client = new IoTClient({ region, credentials });
        const mock = mockClient(client);
        mock.on(ListOutgoingCertificatesCommand).resolves({ outgoingCertificates: [] });
        mock.on(DescribeCertificateCommand).callsFake((input: { certificateId: string }) => ({
          certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER },
        }));
        setup(region, mock);
        iotClients.set(region, client);
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
  return { clients, organizationsMock };
}

describe('progress events of a region, on the given clock', () => {
  it('a line per interval from the pages while listing, then from the describes, with the counts at that moment', async () => {
    let t = 1_000_000;
    const start = t;
    const describing = gate();
    const { clients } = fakeClients((_region, mock) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => {
          t += 600;
          return { certificates: [pending(id('a')), active(id('x'))], nextMarker: 'm1' };
        })
        .callsFakeOnce(async () => {
          t += 600;
          // AWS lists `a` again on the next page: one pending certificate more, not two.
          return { certificates: [pending(id('b')), pending(id('a'))], nextMarker: 'm2' };
        })
        .callsFakeOnce(async () => {
          t += 600;
          // The describes start once the listing's end has been taken in (a later macrotask).
          setImmediate(() => describing.open());
          return { certificates: [active(id('y'))] };
        });
      mock.on(DescribeCertificateCommand).callsFake(async (input: { certificateId: string }) => {
        await describing.promise;
        t += 1_000;
        return { certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER } };
      });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, {
      account: ME,
      parts: iotAndHandshakes(['eu-west-1'], false),
      log: (e) => events.push(e),
      now: () => t,
      progressIntervalMs: 1_000,
      describeConcurrency: 1,
    });

    expect(result.errors).toEqual([]);
    const where = { account: ME, region: 'eu-west-1' };
    expect(events).toEqual([
      { type: 'region-started', ...where },
      // Page 2 at 1.2 s: 4 certificates read on 2 pages, 2 distinct pending, none described yet.
      { type: 'region-progress', ...where, elapsedMs: 1_200, pages: 2, certificates: 4, pending: 2, described: 0, listed: false, pagesPerSecond: 2_000 / 1_200, remaining: undefined },
      // Page 3 at 1.8 s ends the listing (no line: the next is due at 2 s); `a` is described by 2.8 s.
      { type: 'region-progress', ...where, elapsedMs: 2_800, pages: 3, certificates: 5, pending: 2, described: 1, listed: true, pagesPerSecond: 3_000 / 2_800, remaining: { ms: 1_000, basis: 'describe-rate' } },
      { type: 'region-progress', ...where, elapsedMs: 3_800, pages: 3, certificates: 5, pending: 2, described: 2, listed: true, pagesPerSecond: 3_000 / 3_800, remaining: undefined },
      { type: 'region-finished', ...where, pending: 2, incoming: 2, outgoing: 0, vanished: 0, duplicates: 1 },
    ]);
    expect(t - start).toBe(3_800);
  });

  it('outgoing transfers are not described and not counted as to be described', async () => {
    let t = 0;
    const describing = gate();
    const { clients } = fakeClients((_region, mock) => {
      mock.on(ListCertificatesCommand).callsFake(async () => {
        t += 100;
        setImmediate(() => describing.open());
        return { certificates: [pending(id('a')), pending(id('b')), pending(id('c'))] };
      });
      mock.on(ListOutgoingCertificatesCommand).resolves({ outgoingCertificates: [{ certificateId: id('b'), transferredTo: SENDER }] });
      mock.on(DescribeCertificateCommand).callsFake(async (input: { certificateId: string }) => {
        await describing.promise;
        t += 1_000;
        return { certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER } };
      });
    });
    const events: SweepEvent[] = [];
    await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e), now: () => t, progressIntervalMs: 1_000, describeConcurrency: 1 });
    const lines = events.filter((e) => e.type === 'region-progress');
    // Two incoming to describe: after the first, one left at 1 s each.
    expect(lines).toEqual([
      expect.objectContaining({ elapsedMs: 1_100, described: 1, listed: true, remaining: { ms: 1_000, basis: 'describe-rate' } }),
      expect.objectContaining({ elapsedMs: 2_100, described: 2, listed: true, remaining: undefined }),
    ]);
  });
});

describe('places for sweeps in progress (`units`)', () => {
  it('a shared semaphore of 1 lets one region be read at a time, across accounts', async () => {
    const order: string[] = [];
    const held = gate();
    const { clients } = fakeClients((region, mock) => {
      mock.on(ListCertificatesCommand).callsFake(async () => {
        order.push(`list ${region}`);
        if (region === 'eu-west-1') await held.promise;
        order.push(`listed ${region}`);
        return { certificates: [] };
      });
    });
    const units = new Semaphore(1);
    const first = sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1', 'us-east-1'], false), units });
    const second = sweepAccount(clients, { account: '222222222222', parts: iotAndHandshakes(['ap-south-1'], false), units });
    await turns(() => order.length > 1);
    expect(order).toEqual(['list eu-west-1']);
    held.open();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.regionsSwept)).toEqual([['eu-west-1', 'us-east-1'], ['ap-south-1']]);
    expect(order.slice(0, 2)).toEqual(['list eu-west-1', 'listed eu-west-1']);
    expect(order).toHaveLength(6);
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(order[i]?.replace('list', 'listed'));
  });
});

describe('outgoing transfers', () => {
  it('each outgoing certificate is one item even when ListOutgoingCertificates repeats it', async () => {
    const { clients } = fakeClients((_region, mock) => {
      mock.on(ListCertificatesCommand).resolves({ certificates: [pending(id('a')), pending(id('b')), pending(id('c'))] });
      mock
        .on(ListOutgoingCertificatesCommand)
        .resolvesOnce({ outgoingCertificates: [{ certificateId: id('c'), transferredTo: SENDER }, { certificateId: id('b'), transferredTo: SENDER }], nextMarker: 'o1' })
        .resolvesOnce({ outgoingCertificates: [{ certificateId: id('c'), transferredTo: SENDER }] });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e) });
    expect(result.items.map((item) => item.kind === 'certificate-transfer' && `${item.certificateId.slice(0, 1)} ${item.direction}`)).toEqual(['a incoming', 'b outgoing', 'c outgoing']);
    expect(events.at(-1)).toEqual({ type: 'region-finished', account: ME, region: 'eu-west-1', pending: 3, incoming: 1, outgoing: 2, vanished: 0, duplicates: 0 });
  });
});

describe('a failed region', () => {
  it('whose first page fails: nothing else is called, the error is the listing\'s', async () => {
    const calls: string[] = [];
    const { clients } = fakeClients((_region, mock) => {
      mock.on(ListCertificatesCommand).rejects(awsError('AccessDeniedException', 'no iot:ListCertificates'));
      mock.on(ListOutgoingCertificatesCommand).callsFake(async () => {
        calls.push('outgoing');
        return { outgoingCertificates: [] };
      });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e) });
    const error = { service: 'iot', account: ME, region: 'eu-west-1', message: 'AccessDeniedException: no iot:ListCertificates', code: 'AccessDeniedException' };
    expect(result).toEqual({ items: [], errors: [error], swept: [], notInUse: [], regionsSwept: [] });
    expect(events).toEqual([
      { type: 'region-started', account: ME, region: 'eu-west-1' },
      { type: 'region-failed', account: ME, region: 'eu-west-1', errorKind: 'denied', error },
    ]);
    expect(calls).toEqual([]);
  });

  it('whose listing fails after a describe failed reports the listing\'s error, once every describe has settled', async () => {
    const log: string[] = [];
    const { clients } = fakeClients((_region, mock) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => ({ certificates: [pending(id('a'))], nextMarker: 'm1' }))
        .callsFakeOnce(async () => {
          await turns(() => log.includes('describe failed'));
          log.push('listing failed');
          throw awsError('AccessDeniedException', 'no iot:ListCertificates on page 2');
        });
      mock.on(DescribeCertificateCommand).callsFake(async () => {
        log.push('describe failed');
        throw awsError('ServiceUnavailableException', 'try later');
      });
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e) });
    expect(log).toEqual(['describe failed', 'listing failed']);
    const error = { service: 'iot', account: ME, region: 'eu-west-1', message: 'AccessDeniedException: no iot:ListCertificates on page 2', code: 'AccessDeniedException' };
    expect(result.errors).toEqual([error]);
    expect(events.at(-1)).toEqual({ type: 'region-failed', account: ME, region: 'eu-west-1', errorKind: 'denied', error });
  });

  it('whose outgoing listing fails: the region fails with that error and none of its items', async () => {
    const { clients } = fakeClients((_region, mock) => {
      mock.on(ListCertificatesCommand).resolves({ certificates: [pending(id('a')), pending(id('b'))] });
      mock.on(ListOutgoingCertificatesCommand).rejects(awsError('ThrottlingException', 'Rate exceeded'));
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1', 'us-east-1'], false), log: (e) => events.push(e) });
    expect(result.errors).toEqual([
      { service: 'iot', account: ME, region: 'eu-west-1', message: 'ThrottlingException: Rate exceeded', code: 'ThrottlingException' },
      { service: 'iot', account: ME, region: 'us-east-1', message: 'ThrottlingException: Rate exceeded', code: 'ThrottlingException' },
    ]);
    expect(result.items).toEqual([]);
    expect(result.swept).toEqual([]);
    expect(events.filter((e) => e.type === 'region-failed')).toHaveLength(2);
  });
});

describe('handshake events', () => {
  it('started, then finished with the counts; or started, then failed with the error and its kind', async () => {
    const ok = fakeClients(() => undefined);
    ok.organizationsMock.on(ListHandshakesForAccountCommand).resolves({
      Handshakes: [
        { Id: 'h-cccccccc', Action: 'INVITE', State: 'OPEN', Arn: 'arn:aws:organizations::222222222222:handshake/o-exampleorgid/invite/h-cccccccc' },
        { Id: 'h-aaaaaaaa', Action: 'INVITE', State: 'OPEN', Arn: 'arn:aws:organizations::333333333333:handshake/o-exampleorgid/invite/h-aaaaaaaa' },
        { Id: 'h-bbbbbbbb', Action: 'INVITE', State: 'OPEN', Arn: `arn:aws:organizations::${ME}:handshake/o-exampleorgid/invite/h-bbbbbbbb` },
      ],
    });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(ok.clients, { account: ME, parts: iotAndHandshakes([], true), log: (e) => events.push(e) });
    expect(result.items.map((item) => item.kind === 'handshake' && `${item.id} ${item.direction}`)).toEqual(['h-aaaaaaaa incoming', 'h-bbbbbbbb outgoing', 'h-cccccccc incoming']);
    expect(result.regionsSwept).toEqual([]);
    expect(result.swept).toEqual(iotAndHandshakes([], true));
    expect(events).toEqual([
      { type: 'handshakes-started', account: ME },
      { type: 'handshakes-finished', account: ME, listed: 3, incoming: 2, outgoing: 1, withoutId: 0, duplicates: 0 },
    ]);

    const failing = fakeClients(() => undefined);
    failing.organizationsMock.on(ListHandshakesForAccountCommand).rejects(awsError('AWSOrganizationsNotInUseException', 'not in an organization'));
    const failed: SweepEvent[] = [];
    const partial = await sweepAccount(failing.clients, { account: ME, parts: iotAndHandshakes([], true), log: (e) => failed.push(e) });
    const error = { service: 'organizations', account: ME, message: 'AWSOrganizationsNotInUseException: not in an organization', code: 'AWSOrganizationsNotInUseException' };
    expect(partial).toEqual({ items: [], errors: [error], swept: [], notInUse: [], regionsSwept: [] });
    expect(failed).toEqual([
      { type: 'handshakes-started', account: ME },
      { type: 'handshakes-failed', account: ME, errorKind: expect.any(String), error },
    ]);
  });
});

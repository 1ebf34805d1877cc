/**
 * Pipelining inside a region (mocked clients: the order of calls is the subject) and the run-wide
 * invariant that nothing is written before every account was read (the emulator's call log).
 * Gates hold a page back until the call it should overlap with has started; a fallback timer only
 * keeps a broken (serial) implementation from hanging the test, which then fails on the order.
 */
import { DescribeCertificateCommand, IoTClient, ListCertificatesCommand, ListOutgoingCertificatesCommand } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { AccountClient } from '@aws-sdk/client-account';
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { awsDeps } from '../src/run/aws-run.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import { awsEffects } from '../src/aws/effects.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import type { Scenario } from './emulator/index.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakes } from './helpers/parts.js';

const ME = '111111111111';
const SENDER = '999988887777';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const id = (c: string): string => c.repeat(64);
const pending = (certificateId: string) => ({ certificateId, status: 'PENDING_TRANSFER' as const });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Stub = AwsStub<any, any, any>;

function oneRegion(setup: (mock: Stub, log: string[]) => void): { clients: AwsClients; log: string[]; mock: Stub } {
  const iot = new IoTClient({ region: 'eu-west-1', credentials });
  const mock = mockClient(iot);
  const log: string[] = [];
  mock.on(ListOutgoingCertificatesCommand).callsFake(async () => {
    log.push('outgoing');
    return { outgoingCertificates: [] };
  });
  mock.on(DescribeCertificateCommand).callsFake(async (input: { certificateId: string }) => {
    log.push(`describe ${input.certificateId.slice(0, 1)}`);
    return { certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER } };
  });
  setup(mock, log);
  const clients: AwsClients = {
    iot: () => iot,
    organizations: new OrganizationsClient({ region: 'us-east-1', credentials }),
    sts: new STSClient({ region: 'us-east-1', credentials }),
    account: new AccountClient({ region: 'us-east-1', credentials }),
    regional: () => {
      throw new Error('no other service in this test');
    },
  };
  return { clients, log, mock };
}

/** Resolves once `log` has an entry starting with `prefix`, or after 3 s (so a wrong order fails instead of hanging). */
async function until(log: readonly string[], prefix: string): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!log.some((entry) => entry.startsWith(prefix)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('a region is swept as a pipeline', () => {
  it("describes a page's pending certificates while the next page is being fetched", async () => {
    const { clients, log } = oneRegion((mock, log) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => {
          log.push('page 1');
          return { certificates: [pending(id('a')), pending(id('b'))], nextMarker: 'm1' };
        })
        .callsFakeOnce(async () => {
          await until(log, 'describe b');
          log.push('page 2');
          return { certificates: [pending(id('c'))] };
        });
    });
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(result.errors).toEqual([]);
    expect(log.indexOf('describe a')).toBeLessThan(log.indexOf('page 2'));
    expect(log.indexOf('describe b')).toBeLessThan(log.indexOf('page 2'));
    expect(log.filter((entry) => entry.startsWith('describe'))).toHaveLength(3);
  });

  it('starts the outgoing listing with the first pending certificate, alongside the rest of the listing', async () => {
    const { clients, log } = oneRegion((mock, log) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => {
          log.push('page 1');
          return { certificates: [{ certificateId: id('0'), status: 'ACTIVE' }], nextMarker: 'm1' };
        })
        .callsFakeOnce(async () => {
          log.push('page 2');
          return { certificates: [pending(id('a'))], nextMarker: 'm2' };
        })
        .callsFakeOnce(async () => {
          await until(log, 'outgoing');
          log.push('page 3');
          return { certificates: [] };
        });
    });
    await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(log.indexOf('page 2')).toBeLessThan(log.indexOf('outgoing'));
    expect(log.indexOf('outgoing')).toBeLessThan(log.indexOf('page 3'));
    expect(log.filter((entry) => entry === 'outgoing')).toHaveLength(1);
  });

  it('a failed describe stops the listing and fails the region with that error; no item of it is returned', async () => {
    const { clients, mock, log } = oneRegion((mock, log) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => ({ certificates: [pending(id('a'))], nextMarker: 'm1' }))
        .callsFakeOnce(async () => {
          await until(log, 'describe a');
          await new Promise((resolve) => setTimeout(resolve, 20));
          return { certificates: [pending(id('b'))], nextMarker: 'm2' };
        })
        .callsFake(async () => {
          log.push('page 3');
          return { certificates: [] };
        });
      mock.on(DescribeCertificateCommand).callsFake(async () => {
        log.push('describe a');
        throw Object.assign(new Error('try later'), { name: 'ServiceUnavailableException' });
      });
    });
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(result).toEqual({ items: [], regionsSwept: [], swept: [], notInUse: [], errors: [{ service: 'iot', account: ME, region: 'eu-west-1', message: 'ServiceUnavailableException: try later', code: 'ServiceUnavailableException' }] });
    expect(log).not.toContain('page 3');
    expect(mock.commandCalls(ListCertificatesCommand)).toHaveLength(2);
  });

  it('a listing that fails while describes are running fails the region, and leaves no describe running', async () => {
    let running = 0;
    let started = 0;
    const { clients } = oneRegion((mock, log) => {
      mock
        .on(ListCertificatesCommand)
        .callsFakeOnce(async () => ({ certificates: 'abcdef'.split('').map((c) => pending(id(c))), nextMarker: 'm1' }))
        .callsFakeOnce(async () => {
          await until(log, 'describing');
          throw Object.assign(new Error('gone wrong'), { name: 'InternalFailureException' });
        });
      mock.on(DescribeCertificateCommand).callsFake(async (input: { certificateId: string }) => {
        running += 1;
        started += 1;
        log.push('describing');
        await new Promise((resolve) => setTimeout(resolve, 30));
        running -= 1;
        return { certificateDescription: { certificateId: input.certificateId, status: 'PENDING_TRANSFER', ownedBy: SENDER } };
      });
    });
    const result = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['eu-west-1'], false) });
    expect(result.errors).toEqual([{ service: 'iot', account: ME, region: 'eu-west-1', message: 'InternalFailureException: gone wrong', code: 'InternalFailureException' }]);
    expect(result.items).toEqual([]);
    expect(started).toBeGreaterThan(0);
    expect(running).toBe(0);
  });
});

describe('nothing is written before every account was read', () => {
  const environment = useEmulatorEnvironment();
  const SECURITY = '400000000001';
  const SMALL = '400000000011';
  const BIG = '400000000012';

  function twoAccounts(): Scenario {
    return {
      defaultAccount: SECURITY,
      defaultRegion: 'us-east-1',
      accounts: [
        { id: SECURITY, arn: `arn:aws:sts::${SECURITY}:assumed-role/github-actions-inbound-guard/GitHubActions` },
        { id: SMALL },
        { id: BIG },
        { id: SENDER },
      ],
      roles: [{ name: 'inbound-guard', accounts: [SMALL, BIG], trust: [`arn:aws:iam::${SECURITY}:role/github-actions-inbound-guard`] }],
      // SMALL is read at once; BIG's 20 pages a region take a couple of seconds at 10 TPS.
      fleets: [
        { account: BIG, region: 'us-east-1', count: 4_900 },
        { account: BIG, region: 'eu-west-1', count: 4_900 },
      ],
      certificates: [
        { owner: SENDER, region: 'us-east-1', count: 12, transfer: { to: SMALL } },
        { owner: SENDER, region: 'us-east-1', count: 12, transfer: { to: BIG } },
        { owner: SENDER, region: 'eu-west-1', count: 12, transfer: { to: BIG } },
      ],
      knobs: { rateLimits: [{ service: 'iot', tps: 10, burst: 10 }] },
    };
  }

  it('enforce: the first write comes after the last read of the slowest account, then every lane writes at once', async () => {
    const handle = await environment.start({ scenario: twoAccounts(), account: SECURITY });
    const policy = buildPolicy({ regions: ['us-east-1', 'eu-west-1'], handshakeTypes: [], maxActions: 100, targets: {
      position: { line: 2, column: 1 },
      roleName: 'inbound-guard',
      accounts: [SMALL, BIG].map((account, i) => ({ id: account, position: { line: 4 + i, column: 5 } })),
      roles: [],
      organization: false,
      exclude: [],
    } });
    const report = await sweepAndAct(awsDeps({ userAgent: 'test', sessionName: 'test' }), {
      mode: 'enforce',
      policy,
      regionsInput: ['us-east-1', 'eu-west-1'],
      effects: (inventory) => awsEffects(inventory.clientsOf),
    });

    expect(report.errors).toEqual([]);
    expect(report.counts.rejected).toBe(36);
    const calls = handle.calls.filter((c) => c.service === 'iot');
    const reads = calls.filter((c) => c.operation !== 'RejectCertificateTransfer');
    const writes = calls.filter((c) => c.operation === 'RejectCertificateTransfer');
    expect(Math.min(...writes.map((c) => c.seq))).toBeGreaterThan(Math.max(...reads.map((c) => c.seq)));
    // Three lanes (SMALL us-east-1, BIG us-east-1, BIG eu-west-1): each starts before any ends.
    const lanes = [...new Set(writes.map((c) => `${c.account} ${c.region}`))];
    expect(lanes).toHaveLength(3);
    const first = lanes.map((lane) => writes.findIndex((c) => `${c.account} ${c.region}` === lane));
    const last = lanes.map((lane) => writes.map((c) => `${c.account} ${c.region}`).lastIndexOf(lane));
    expect(Math.max(...first)).toBeLessThan(Math.min(...last));
    expect(calls.filter((c) => c.errorType === 'ThrottlingException')).toEqual([]);
    expect(report.timings).toEqual({ inventoryMs: expect.any(Number), decideMs: expect.any(Number), actMs: expect.any(Number) });
  });
});

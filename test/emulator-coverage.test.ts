/**
 * Scenarios for guarding an organization: the new scenario keys and their validation, a
 * generated organization (members with fleets, pending transfers and handshakes from one
 * block), the demo scenario organization.yml walked end to end the way a guard would (list
 * accounts, assume each role, list enabled regions, sweep IoT where it is offered), and the
 * product's IoT region table agreeing with the emulator's.
 */
import { ListRegionsCommand } from '@aws-sdk/client-account';
import { ListCertificatesCommand, ListOutgoingCertificatesCommand } from '@aws-sdk/client-iot';
import { ListAccountsCommand, ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { IOT_REGIONS as PRODUCT_IOT_REGIONS, offersIot } from '../src/aws/iot/iot-regions.ts';
import { isKnownRegion } from '../src/aws/service-regions.ts';
import { COMMERCIAL_REGIONS, DEFAULT_REGIONS, IOT_REGIONS } from './emulator/aws-regions.ts';
import { loadScenario, startEmulator, validateScenario, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ORGANIZATION = fileURLToPath(new URL('./emulator/scenarios/organization.yml', import.meta.url));
const ORGANIZATION_LARGE = fileURLToPath(new URL('./emulator/scenarios/organization-large.yml', import.meta.url));
const running: EmulatorHandle[] = [];
async function start(scenario: Scenario | string): Promise<EmulatorHandle> {
  const emu = await startEmulator({ scenario });
  running.push(emu);
  return emu;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

describe('IoT regions: product table and emulator agree', () => {
  it('src/aws/iot/iot-regions.ts lists exactly the regions where the emulator answers IoT', () => {
    expect(new Set(PRODUCT_IOT_REGIONS)).toEqual(IOT_REGIONS);
    expect(PRODUCT_IOT_REGIONS).toHaveLength(new Set(PRODUCT_IOT_REGIONS).size);
  });

  it('offersIot: yes in us-east-1, ap-east-1, cn-north-1, us-gov-west-1; no in af-south-1, ap-northeast-3, mx-central-1, made-up or mis-cased names', () => {
    for (const r of ['us-east-1', 'eu-west-1', 'ap-east-1', 'il-central-1', 'cn-north-1', 'us-gov-west-1']) expect(offersIot(r)).toBe(true);
    for (const r of ['af-south-1', 'ap-northeast-3', 'mx-central-1', 'ca-west-1', 'eu-central-2', 'US-EAST-1', 'us-east-1 ', '', 'fips-us-east-1']) expect(offersIot(r)).toBe(false);
    expect(COMMERCIAL_REGIONS.filter((r) => !offersIot(r))).toEqual([
      'af-south-1',
      'ap-east-2',
      'ap-northeast-3',
      'ap-south-2',
      'ap-southeast-3',
      'ap-southeast-4',
      'ap-southeast-6',
      'ap-southeast-7',
      'ca-west-1',
      'eu-central-2',
      'mx-central-1',
    ]);
  });
});

describe('regions this release knows', () => {
  it('every region of the commercial partition (what ListRegions can name) is known: none of them is swept as an unknown region', () => {
    expect(COMMERCIAL_REGIONS.filter((region) => !isKnownRegion(region))).toEqual([]);
  });
});

describe('scenario keys: validation', () => {
  it.each([
    [{ roles: [{ name: 'r', accounts: '*', trust: [] }] }, /roles\[0\]\.trust: name at least one principal/],
    [{ roles: [{ name: 'r', accounts: '*', trust: [111122223333] }] }, /roles\[0\]\.trust\[0\]: expected an account id in quotes/],
    [{ roles: [{ name: 'r', accounts: '*', trust: ['arn:aws:iam::1:role/x'] }] }, /roles\[0\]\.trust\[0\]/],
    [{ roles: [{ name: 'r', accounts: 'all', trust: ['*'] }] }, /roles\[0\]\.accounts: expected "\*", a list of account ids, or \{ organization: o-\.\.\. \}/],
    [{ roles: [{ name: 'r', accounts: { organization: 'acme' }, trust: ['*'] }] }, /roles\[0\]\.accounts\.organization: expected an organization id/],
    [{ roles: [{ name: 'has space', accounts: '*', trust: ['*'] }] }, /roles\[0\]\.name: expected an IAM role name/],
    [{ roles: [{ name: 'r', accounts: '*', trust: ['*'], maxSessionDuration: 1800 }] }, /maxSessionDuration: expected an integer >= 3600 <= 43200/],
    [{ roles: [{ name: 'r', accounts: '*', trust: ['*'], externalId: 'x' }] }, /externalId: expected an ExternalId/],
    [{ roles: [{ name: 'r', accounts: '*', trust: ['*'], path: '/x/' }] }, /unknown key "path"/],
    [{ accounts: [{ id: '111122223333', state: 'CLOSING' }] }, /accounts\[0\]\.state: expected one of PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED/],
    [{ accounts: [{ id: '111122223333', regions: { 'us-east-1': 'DISABLED' } }] }, /us-east-1 is enabled by default in every account and cannot be DISABLED/],
    [{ accounts: [{ id: '111122223333', regions: { 'ap-east-1': 'ENABLED_BY_DEFAULT' } }] }, /ap-east-1 is an opt-in region/],
    [{ accounts: [{ id: '111122223333', regions: { 'cn-north-1': 'ENABLED' } }] }, /"cn-north-1" is not a region of the commercial partition/],
    [{ accounts: [{ id: '111122223333', regions: { 'ap-east-1': 'ON' } }] }, /regions\.ap-east-1: expected one of ENABLED/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', accountFields: 'neither' }] }, /accountFields: expected one of both, state, status/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', delegatedAdministrators: [222222222222] }] }, /delegatedAdministrators\[0\]: account id 222222222222 must be a quoted string/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', delegatedAdministrators: ['222222222222'] }] }, /delegatedAdministrators\[0\]: 222222222222 is not a member of o-abcdefghij/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 10, firstId: '999999999995' } }] }, /run past 999999999999/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 0, firstId: '200000000000' } }] }, /generateMembers\.count: expected an integer >= 1/],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '200000000003', generateMembers: { count: 5, firstId: '200000000000' } }] }, /the generated ids include the management account 200000000003/],
    [
      { organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 5, firstId: '200000000000', pendingTransfers: { count: 1, from: ['200000000002'] } } }] },
      /pendingTransfers\.from\[0\]: 200000000002 is one of the generated members/,
    ],
    [
      { organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 5, firstId: '200000000000', handshakes: [{ action: 'INVITE', organization: 'o-abcdefghij', to: '333333333333' }] } }] },
      /handshakes\[0\]: "to" is set per generated member/,
    ],
    [
      { organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 5, firstId: '200000000000', handshakes: [{ action: 'INVITE', organization: 'o-abcdefghij', state: 'PENDING' }] } }] },
      /generateMembers\.handshakes\[0\] \(checked as a handshake\): handshakes\[0\]\.state: expected one of/,
    ],
    [{ organizations: [{ id: 'o-abcdefghij', managementAccount: '111111111111', generateMembers: { count: 5, firstId: '200000000000', fleet: { count: 3, regions: ['mars-1'] } } }] }, /fleet\.regions\[0\]: expected a region/],
  ] as [unknown, RegExp][])('%j', (raw, error) => {
    throwsWith(() => validateScenario(raw), error);
  });

  it('accepts every new key together, and rate limits for the account service', () => {
    expect(() =>
      validateScenario({
        accounts: [{ id: '111122223333', state: 'SUSPENDED', regions: { 'ap-east-1': 'ENABLED', 'us-east-1': 'ENABLED_BY_DEFAULT' }, joinedAt: '-400d', joinedMethod: 'INVITED' }],
        organizations: [
          {
            id: 'o-abcdefghij',
            managementAccount: '111111111111',
            members: ['222222222222'],
            delegatedAdministrators: ['222222222222', '200000000002'],
            accountFields: 'state',
            generateMembers: {
              count: 3,
              firstId: '200000000000',
              name: 'm-{n}',
              email: '{id}@x.example',
              regions: { 'me-south-1': 'ENABLED' },
              fleet: { count: 5, regions: ['us-east-1'], statuses: { ACTIVE: 1 } },
              pendingTransfers: { count: 2, regions: ['us-east-1'], from: ['999988887777'], message: 'hi', at: '-1d' },
              handshakes: [{ action: 'INVITE', organization: 'o-abcdefghij', count: 2 }],
            },
          },
        ],
        roles: [{ name: 'inbound-guard', accounts: { organization: 'o-abcdefghij' }, except: ['200000000001'], trust: ['222222222222', 'arn:aws:iam::222222222222:role/oidc', '*'], externalId: 'abc', maxSessionDuration: 7200 }],
        knobs: { rateLimits: [{ service: 'account', tps: 5, burst: 5 }] },
      }),
    ).not.toThrow();
  });

  it('organization.yml loads', () => {
    const s = loadScenario(ORGANIZATION);
    expect(s.defaultAccount).toBe('400000000001');
    expect(s.roles?.[0]).toMatchObject({ name: 'inbound-guard', accounts: { organization: 'o-acmeguard01' }, except: ['400000000015'] });
  });

  it('env() routes the Account client too', async () => {
    const emu = await start(ORGANIZATION);
    expect(emu.env()).toMatchObject({ AWS_ENDPOINT_URL_ACCOUNT: emu.url, AWS_ENDPOINT_URL_STS: emu.url, AWS_ENDPOINT_URL_IOT: emu.url, AWS_ENDPOINT_URL_ORGANIZATIONS: emu.url });
  });
});

describe('a generated organization: members and what each holds, from one block', () => {
  const SENDER_OK = '111122223333';
  const SENDER_BAD = '999988887777';
  const scenario: Scenario = {
    seed: 7,
    defaultAccount: '600000000001',
    accounts: [{ id: '600000000033', state: 'SUSPENDED' }],
    organizations: [
      { id: 'o-strangers01', managementAccount: '777788889999' },
      {
        id: 'o-generated01',
        managementAccount: '600000000000',
        members: ['600000000001'],
        delegatedAdministrators: ['600000000001'],
        generateMembers: {
          count: 50,
          firstId: '600000000010',
          regions: { 'ap-east-1': 'ENABLED' },
          fleet: { count: 30, regions: ['us-east-1', 'eu-west-1', 'ap-east-1'] },
          pendingTransfers: { count: 3, regions: ['us-east-1', 'eu-west-1', 'ap-east-1'], from: [SENDER_OK, SENDER_BAD], message: 'batch' },
          handshakes: [{ action: 'INVITE', organization: 'o-strangers01' }],
        },
      },
    ],
    roles: [{ name: 'inbound-guard', accounts: { organization: 'o-generated01' }, except: ['600000000042'], trust: ['600000000001'] }],
  };

  it('each member: 3 pending transfers per region (senders in turn), a 30-certificate fleet per region, one handshake', async () => {
    const emu = await start(scenario);
    const snap = emu.snapshot();
    expect(snap.fleets).toHaveLength(150);
    expect(snap.fleets.every((f) => f.count === 30)).toBe(true);
    const pending = snap.certificates.filter((c) => c.status === 'PENDING_TRANSFER');
    expect(pending).toHaveLength(50 * 3 * 3);
    const perMemberRegion = new Map<string, string[]>();
    for (const c of pending) {
      const key = `${c.transfer?.to}|${c.region}`;
      perMemberRegion.set(key, [...(perMemberRegion.get(key) ?? []), c.ownedBy].sort());
    }
    expect(perMemberRegion.size).toBe(150);
    for (const senders of perMemberRegion.values()) expect(senders).toEqual([SENDER_OK, SENDER_OK, SENDER_BAD].sort());
    expect(snap.handshakes).toHaveLength(50);
    expect(new Set(snap.handshakes.map((h) => h.recipientAccount)).size).toBe(50);
  });

  it('the same seed gives the same certificate and handshake ids', async () => {
    const a = await start(scenario);
    const b = await start(scenario);
    const ids = (e: EmulatorHandle): string[] => [...e.snapshot().certificates.map((c) => c.certificateId), ...e.snapshot().handshakes.map((h) => h.Id)].sort();
    expect(ids(a)).toEqual(ids(b));
  });

  it('a guard walks it: 49 ACTIVE members, 48 roles assumed, each member’s pending transfers read in its enabled IoT regions', async () => {
    const emu = await start(scenario);
    const security = sdkClients(emu, '600000000001');
    const accounts = [];
    let token: string | undefined;
    do {
      const page = await security.organizations.send(new ListAccountsCommand({ NextToken: token }));
      accounts.push(...(page.Accounts ?? []));
      token = page.NextToken;
    } while (token);
    const active = accounts.filter((a) => a.State === 'ACTIVE' && a.Id !== '600000000000' && a.Id !== '600000000001').map((a) => a.Id ?? '');
    expect(active).toHaveLength(49);
    let assumed = 0;
    let denied = 0;
    let read = 0;
    for (const account of active) {
      const out = await security.sts
        .send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${account}:role/inbound-guard`, RoleSessionName: 'walk' }))
        .catch((e: unknown) => ({ error: (e as Error).name }));
      if ('error' in out) {
        expect([account, out.error]).toEqual(['600000000042', 'AccessDenied']);
        denied += 1;
        continue;
      }
      assumed += 1;
      const creds = { accessKeyId: out.Credentials?.AccessKeyId ?? '', secretAccessKey: out.Credentials?.SecretAccessKey ?? '', sessionToken: out.Credentials?.SessionToken ?? '' };
      const { account: acct } = sdkClients(emu, '', {}, creds);
      const regions = (await acct.send(new ListRegionsCommand({ MaxResults: 50, RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] }))).Regions ?? [];
      for (const region of regions.map((r) => r.RegionName ?? '').filter(offersIot)) {
        const { iot } = sdkClients(emu, '', { region }, creds);
        const page = await iot.send(new ListCertificatesCommand({ pageSize: 250 }));
        read += (page.certificates ?? []).filter((c) => c.status === 'PENDING_TRANSFER').length;
      }
    }
    expect([assumed, denied]).toEqual([48, 1]);
    expect(read).toBe(48 * 3 * 3);
    // Every IoT call was made with a member's own session, in an IoT region it has enabled.
    const iotCalls = emu.calls.filter((c) => c.service === 'iot');
    expect(iotCalls.every((c) => c.status === 200 && active.includes(c.account))).toBe(true);
    expect(new Set(iotCalls.map((c) => c.region))).toEqual(new Set([...DEFAULT_REGIONS.filter(offersIot), 'ap-east-1']));
  });
});

describe('organization.yml, walked the way a guard would', () => {
  it('matches the table in its header: who is listed, who can be assumed, which regions, what is pending where', async () => {
    const emu = await start(ORGANIZATION);
    const security = sdkClients(emu, '400000000001');
    const listed = (await security.organizations.send(new ListAccountsCommand({}))).Accounts ?? [];
    expect(listed.map((a) => [a.Id, a.State])).toEqual([
      ['400000000000', 'ACTIVE'],
      ['400000000001', 'ACTIVE'],
      ['400000000011', 'ACTIVE'],
      ['400000000012', 'ACTIVE'],
      ['400000000013', 'ACTIVE'],
      ['400000000014', 'SUSPENDED'],
      ['400000000015', 'ACTIVE'],
    ]);
    const seen: Record<string, unknown> = {};
    for (const a of listed.filter((x) => x.State === 'ACTIVE' && x.Id !== '400000000001')) {
      const id = a.Id ?? '';
      const out = await security.sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${id}:role/inbound-guard`, RoleSessionName: 'demo' })).catch((e: unknown) => e as Error);
      if (out instanceof Error) {
        seen[id] = out.name;
        continue;
      }
      const creds = { accessKeyId: out.Credentials?.AccessKeyId ?? '', secretAccessKey: out.Credentials?.SecretAccessKey ?? '', sessionToken: out.Credentials?.SessionToken ?? '' };
      const clients = sdkClients(emu, '', {}, creds);
      const enabled = ((await clients.account.send(new ListRegionsCommand({ MaxResults: 50, RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] }))).Regions ?? []).map((r) => r.RegionName ?? '');
      const optedIn = ((await clients.account.send(new ListRegionsCommand({ MaxResults: 50, RegionOptStatusContains: ['ENABLED'] }))).Regions ?? []).map((r) => r.RegionName);
      const pending: Record<string, string[]> = {};
      for (const region of enabled.filter(offersIot)) {
        const { iot } = sdkClients(emu, '', { region }, creds);
        const certs = (await iot.send(new ListCertificatesCommand({ pageSize: 250 }))).certificates ?? [];
        const outgoing = new Set(((await iot.send(new ListOutgoingCertificatesCommand({}))).outgoingCertificates ?? []).map((c) => c.certificateId));
        const ids = certs.filter((c) => c.status === 'PENDING_TRANSFER' && !outgoing.has(c.certificateId)).map((c) => (c.certificateId ?? '').slice(0, 8));
        if (ids.length > 0) pending[region] = ids.sort();
      }
      const handshakes = ((await clients.organizations.send(new ListHandshakesForAccountCommand({}))).Handshakes ?? []).map((h) => `${h.Action} ${h.State}`);
      seen[id] = { optedIn, pending, handshakes };
    }
    expect(seen).toEqual({
      '400000000000': { optedIn: [], pending: {}, handshakes: [] },
      '400000000011': { optedIn: [], pending: { 'us-east-1': ['70579c5c', 'a5a020fa'], 'eu-west-1': ['45a037e1', '5e721e23'] }, handshakes: ['INVITE OPEN'] },
      '400000000012': { optedIn: ['af-south-1'], pending: { 'us-east-1': ['232051ba', 'ec7ffd33'], 'eu-west-1': ['fcea2a6b'] }, handshakes: ['INVITE OPEN'] },
      '400000000013': { optedIn: ['ap-east-1'], pending: { 'us-east-1': ['f0200c85'], 'eu-west-1': ['de3e3d9e'], 'ap-east-1': ['35970d66'] }, handshakes: ['TRANSFER_RESPONSIBILITY OPEN'] },
      '400000000015': 'AccessDenied',
    });
    // No IoT call went to af-south-1 (no endpoint) because the walk skipped it by name.
    expect(emu.calls.filter((c) => c.errorType === 'NoEndpoint')).toEqual([]);
  });
});

describe('organization-large.yml', () => {
  it('202 accounts listed (201 ACTIVE); 200 members x 4 regions x 2 pending transfers, 200 invitations; one member walked under its 10 TPS limits', async () => {
    const emu = await start(ORGANIZATION_LARGE);
    const security = sdkClients(emu, '700000000001');
    const accounts = [];
    let token: string | undefined;
    do {
      const page = await security.organizations.send(new ListAccountsCommand({ NextToken: token }));
      accounts.push(...(page.Accounts ?? []));
      token = page.NextToken;
    } while (token);
    expect(accounts).toHaveLength(202);
    expect(accounts.filter((a) => a.State !== 'ACTIVE').map((a) => [a.Id, a.State])).toEqual([['700000000077', 'SUSPENDED']]);
    const snap = emu.snapshot();
    expect(snap.certificates.filter((c) => c.status === 'PENDING_TRANSFER')).toHaveLength(1600);
    expect(snap.handshakes).toHaveLength(200);
    expect(snap.fleets.reduce((n, f) => n + f.count, 0)).toBe(800_000);
    const denied = await security.sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::700000000150:role/inbound-guard', RoleSessionName: 'x1' })).catch((e: unknown) => (e as Error).name);
    expect(denied).toBe('AccessDenied');
    const out = await security.sts.send(new AssumeRoleCommand({ RoleArn: 'arn:aws:iam::700000000123:role/inbound-guard', RoleSessionName: 'x1' }));
    const creds = { accessKeyId: out.Credentials?.AccessKeyId ?? '', secretAccessKey: out.Credentials?.SecretAccessKey ?? '', sessionToken: out.Credentials?.SessionToken ?? '' };
    const { iot } = sdkClients(emu, '', { region: 'ap-east-1' }, creds);
    let pending = 0;
    let marker: string | undefined;
    do {
      const page = await iot.send(new ListCertificatesCommand({ pageSize: 250, marker }));
      pending += (page.certificates ?? []).filter((c) => c.status === 'PENDING_TRANSFER').length;
      marker = page.nextMarker;
    } while (marker);
    expect(pending).toBe(2);
    // 1,002 certificates in 5 pages: under the burst of 10, nothing throttled.
    expect(emu.calls.filter((c) => c.service === 'iot').map((c) => c.status)).toEqual([200, 200, 200, 200, 200]);
  });
});

/**
 * Organizations ListAccounts conformance through the real @aws-sdk/client-organizations and its
 * paginator: who may call it (management account, delegated administrators), the Account shape
 * (State and the retiring Status), paging with MaxResults, NextToken and empty pages, and a
 * generated organization of 200 members.
 */
import {
  AWSOrganizationsNotInUseException,
  AcceptHandshakeCommand,
  AccessDeniedException,
  DeclineHandshakeCommand,
  InvalidHandshakeTransitionException,
  InvalidInputException,
  InviteAccountToOrganizationCommand,
  ListAccountsCommand,
  MasterCannotLeaveOrganizationException,
  paginateListAccounts,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ORGANIZATION = fileURLToPath(new URL('./emulator/scenarios/organization.yml', import.meta.url));
const MANAGEMENT = '400000000000';
const SECURITY = '400000000001';
const PROD = '400000000011';
const ORG_ACCOUNTS = [MANAGEMENT, SECURITY, PROD, '400000000012', '400000000013', '400000000014', '400000000015'];

const running: EmulatorHandle[] = [];
async function start(scenario: Scenario | string = ORGANIZATION): Promise<EmulatorHandle> {
  const emu = await startEmulator({ scenario });
  running.push(emu);
  return emu;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function listAll(client: OrganizationsClient, pageSize?: number): Promise<{ accounts: Account[]; pages: number; emptyWithToken: number }> {
  const accounts: Account[] = [];
  let pages = 0;
  let emptyWithToken = 0;
  for await (const page of paginateListAccounts({ client, ...(pageSize ? { pageSize } : {}) }, {})) {
    pages += 1;
    if ((page.Accounts ?? []).length === 0 && page.NextToken) emptyWithToken += 1;
    accounts.push(...(page.Accounts ?? []));
  }
  return { accounts, pages, emptyWithToken };
}

describe('ListAccounts: who may call it', () => {
  it('the management account and a delegated administrator list every account of the organization, the management account included', async () => {
    const emu = await start();
    for (const caller of [MANAGEMENT, SECURITY]) {
      const { accounts } = await listAll(sdkClients(emu, caller).organizations);
      expect(accounts.map((a) => a.Id)).toEqual(ORG_ACCOUNTS);
    }
  });

  it('another member gets AccessDeniedException (403); an account in no organization AWSOrganizationsNotInUseException (404)', async () => {
    const emu = await start();
    const member = await sdkClients(emu, PROD).organizations.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    expect(member).toBeInstanceOf(AccessDeniedException);
    expect((member as AccessDeniedException).$metadata.httpStatusCode).toBe(403);
    const loner = await sdkClients(emu, '123456789012').organizations.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    expect(loner).toBeInstanceOf(AWSOrganizationsNotInUseException);
    expect((loner as AWSOrganizationsNotInUseException).$metadata.httpStatusCode).toBe(404);
    expect(emu.calls.map((c) => [c.operation, c.account, c.status, c.errorType])).toEqual([
      ['ListAccounts', PROD, 403, 'AccessDeniedException'],
      ['ListAccounts', '123456789012', 404, 'AWSOrganizationsNotInUseException'],
    ]);
  });

  it('the security account, through an assumed role in a member, is that member: denied', async () => {
    const emu = await start();
    const { sts } = sdkClients(emu, SECURITY);
    const out = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${PROD}:role/inbound-guard`, RoleSessionName: 'x1' }));
    const creds = { accessKeyId: out.Credentials?.AccessKeyId ?? '', secretAccessKey: out.Credentials?.SecretAccessKey ?? '', sessionToken: out.Credentials?.SessionToken ?? '' };
    const error = await sdkClients(emu, '', {}, creds).organizations.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedException);
  });
});

describe('ListAccounts: the Account shape', () => {
  it('Id, Arn, Email, Name, Status and State, JoinedMethod, JoinedTimestamp; no Paths', async () => {
    const emu = await start();
    const { accounts } = await listAll(sdkClients(emu, SECURITY).organizations);
    const byId = new Map(accounts.map((a) => [a.Id, a]));
    expect(byId.get(PROD)).toEqual({
      Id: PROD,
      Arn: `arn:aws:organizations::${MANAGEMENT}:account/o-acmeguard01/${PROD}`,
      Email: 'aws-prod@acme.example',
      Name: 'Production',
      Status: 'ACTIVE',
      State: 'ACTIVE',
      JoinedMethod: 'CREATED',
      JoinedTimestamp: expect.any(Date),
    });
    expect(byId.get('400000000014')).toMatchObject({ Status: 'SUSPENDED', State: 'SUSPENDED' });
    expect(byId.get('400000000015')).toMatchObject({ JoinedMethod: 'INVITED', JoinedTimestamp: new Date('2019-04-01T00:00:00Z') });
    expect(byId.get(MANAGEMENT)).toMatchObject({ Email: 'aws-root@acme.example', Name: 'Acme management', JoinedMethod: 'INVITED' });
    // By default the management account joined before every member.
    const managementJoined = byId.get(MANAGEMENT)?.JoinedTimestamp?.getTime() ?? Infinity;
    for (const a of accounts.filter((x) => x.Id !== MANAGEMENT && x.Id !== '400000000015')) expect(a.JoinedTimestamp?.getTime()).toBeGreaterThan(managementJoined);
  });

  it('every AccountState, with the retired Status derived from it; accountFields sends only State or only Status', async () => {
    const states = ['PENDING_ACTIVATION', 'ACTIVE', 'SUSPENDED', 'PENDING_CLOSURE', 'CLOSED'] as const;
    const scenario = (fields?: 'state' | 'status'): Scenario => ({
      accounts: states.map((state, i) => ({ id: `30000000000${i}`, state })),
      organizations: [{ id: 'o-statesorg01', managementAccount: '300000000009', members: states.map((_, i) => `30000000000${i}`), ...(fields ? { accountFields: fields } : {}) }],
    });
    const both = (await listAll(sdkClients(await start(scenario()), '300000000009').organizations)).accounts;
    expect(both.map((a) => [a.Id, a.State, a.Status])).toEqual([
      ['300000000000', 'PENDING_ACTIVATION', 'ACTIVE'],
      ['300000000001', 'ACTIVE', 'ACTIVE'],
      ['300000000002', 'SUSPENDED', 'SUSPENDED'],
      ['300000000003', 'PENDING_CLOSURE', 'PENDING_CLOSURE'],
      ['300000000004', 'CLOSED', 'SUSPENDED'],
      ['300000000009', 'ACTIVE', 'ACTIVE'],
    ]);
    const stateOnly = (await listAll(sdkClients(await start(scenario('state')), '300000000009').organizations)).accounts;
    expect(stateOnly.every((a) => a.Status === undefined && a.State !== undefined)).toBe(true);
    const statusOnly = (await listAll(sdkClients(await start(scenario('status')), '300000000009').organizations)).accounts;
    expect(statusOnly.every((a) => a.State === undefined && a.Status !== undefined)).toBe(true);
  });

  it('an account that accepts an invitation appears in ListAccounts, ACTIVE', async () => {
    const emu = await start();
    const org = sdkClients(emu, MANAGEMENT).organizations;
    const invite = await org.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: '123456789012' } }));
    await sdkClients(emu, '123456789012').organizations.send(new AcceptHandshakeCommand({ HandshakeId: invite.Handshake?.Id }));
    const { accounts } = await listAll(org);
    const joined = accounts.find((a) => a.Id === '123456789012');
    expect(joined).toMatchObject({ State: 'ACTIVE', Status: 'ACTIVE', JoinedMethod: 'INVITED' });
    // Joined when it accepted, not on a date derived for a generated member.
    expect(Math.abs((joined?.JoinedTimestamp?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(accounts).toHaveLength(ORG_ACCOUNTS.length + 1);
  });
});

describe('AcceptHandshake (INVITE) by an account of another organization', () => {
  // Two organizations: A (500000000000 manages 500000000001, 500000000002), B (600000000000 manages 600000000001).
  const A = '500000000000';
  const B = '600000000000';
  const scenario: Scenario = {
    organizations: [
      { id: 'o-firstorg0001', managementAccount: A, members: ['500000000001', '500000000002'] },
      { id: 'o-secondorg001', managementAccount: B, members: ['600000000001'] },
    ],
  };
  const ids = async (client: OrganizationsClient) => (await listAll(client)).accounts.map((a) => a.Id);
  const invite = async (emu: EmulatorHandle, from: string, to: string) =>
    (await sdkClients(emu, from).organizations.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: to } }))).Handshake?.Id;

  it('a member accepts: it leaves its organization for the inviting one, as both lists show', async () => {
    const emu = await start(scenario);
    const a = sdkClients(emu, A).organizations;
    const b = sdkClients(emu, B).organizations;
    expect(await ids(a)).toEqual([A, '500000000001', '500000000002']);
    expect(await ids(b)).toEqual([B, '600000000001']);
    const accept = async (id: string | undefined, by: string) => (await sdkClients(emu, by).organizations.send(new AcceptHandshakeCommand({ HandshakeId: id }))).Handshake?.State;
    expect(await accept(await invite(emu, A, '600000000001'), '600000000001')).toBe('ACCEPTED');
    // And one of A's to B, before either is listed again: each has lost one member and gained another.
    expect(await accept(await invite(emu, B, '500000000002'), '500000000002')).toBe('ACCEPTED');
    expect(await ids(a)).toEqual([A, '500000000001', '600000000001']);
    expect(await ids(b)).toEqual(['500000000002', B]);
    // The moved member is A's member now: ListAccounts is for the management account, not for it.
    await expect(sdkClients(emu, '600000000001').organizations.send(new ListAccountsCommand({}))).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it('accepted by a race (someone else accepts before a decline): the member moves the same way', async () => {
    const emu = await start(scenario);
    const id = await invite(emu, A, '600000000001');
    emu.raceBeforeNext({ operation: 'DeclineHandshake', id: id ?? '', outcome: 'accepted' });
    const error = await sdkClients(emu, '600000000001').organizations.send(new DeclineHandshakeCommand({ HandshakeId: id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidHandshakeTransitionException);
    expect(await ids(sdkClients(emu, A).organizations)).toEqual([A, '500000000001', '500000000002', '600000000001']);
    expect(await ids(sdkClients(emu, B).organizations)).toEqual([B]);
    expect((await listAll(sdkClients(emu, A).organizations)).accounts.find((a) => a.Id === '600000000001')?.JoinedMethod).toBe('INVITED');
  });

  it("another organization's management account may not: MasterCannotLeaveOrganizationException, the invitation still open", async () => {
    const emu = await start(scenario);
    const id = await invite(emu, A, B);
    const error = await sdkClients(emu, B).organizations.send(new AcceptHandshakeCommand({ HandshakeId: id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MasterCannotLeaveOrganizationException);
    expect(emu.handshake(id ?? '')?.State).toBe('OPEN');
    expect(await ids(sdkClients(emu, A).organizations)).toEqual([A, '500000000001', '500000000002']);
    expect(await ids(sdkClients(emu, B).organizations)).toEqual([B, '600000000001']);
  });

  it('nor can a race accept it for that management account: nothing races, and the decline goes through', async () => {
    const emu = await start(scenario);
    const id = await invite(emu, A, B);
    emu.raceBeforeNext({ operation: 'DeclineHandshake', id: id ?? '', outcome: 'accepted' });
    const declined = await sdkClients(emu, B).organizations.send(new DeclineHandshakeCommand({ HandshakeId: id }));
    expect(declined.Handshake?.State).toBe('DECLINED');
    expect(emu.calls.find((c) => c.operation === 'DeclineHandshake')?.race).toBeUndefined();
    expect(await ids(sdkClients(emu, A).organizations)).toEqual([A, '500000000001', '500000000002']);
  });
});

describe('ListAccounts: paging', () => {
  it('MaxResults 1..20 (default 20); NextToken only while more follows', async () => {
    const emu = await start();
    const org = sdkClients(emu, SECURITY).organizations;
    const first = await org.send(new ListAccountsCommand({ MaxResults: 3 }));
    expect(first.Accounts?.map((a) => a.Id)).toEqual(ORG_ACCOUNTS.slice(0, 3));
    const second = await org.send(new ListAccountsCommand({ MaxResults: 3, NextToken: first.NextToken }));
    expect(second.Accounts?.map((a) => a.Id)).toEqual(ORG_ACCOUNTS.slice(3, 6));
    const third = await org.send(new ListAccountsCommand({ MaxResults: 3, NextToken: second.NextToken }));
    expect(third.Accounts?.map((a) => a.Id)).toEqual(ORG_ACCOUNTS.slice(6));
    expect(third.NextToken).toBeUndefined();
    expect((await org.send(new ListAccountsCommand({}))).NextToken).toBeUndefined();
    const { pages } = await listAll(org, 1);
    expect(pages).toBe(ORG_ACCOUNTS.length);
  });

  it.each([
    [{ MaxResults: 0 }, 'MIN_VALUE_EXCEEDED'],
    [{ MaxResults: 21 }, 'MAX_VALUE_EXCEEDED'],
    [{ NextToken: 'not-a-token' }, 'INVALID_NEXT_TOKEN'],
    [{ NextToken: Buffer.from(JSON.stringify({ k: null, e: 0, v: 1 })).toString('base64') }, 'INVALID_NEXT_TOKEN'],
  ])('%j -> InvalidInputException %s', async (input, reason) => {
    const emu = await start();
    const error = await sdkClients(emu, SECURITY).organizations.send(new ListAccountsCommand(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputException);
    expect((error as InvalidInputException).Reason).toBe(reason);
    expect((error as InvalidInputException).$metadata.httpStatusCode).toBe(400);
  });

  it('empty pages with a NextToken (emptyPageRate) and a trailing empty page: the paginator still gets every account exactly once', async () => {
    const emu = await start();
    emu.setKnobs({ emptyPageRate: 0.5, trailingEmptyPage: true });
    const { accounts, emptyWithToken, pages } = await listAll(sdkClients(emu, SECURITY).organizations, 2);
    expect(accounts.map((a) => a.Id)).toEqual(ORG_ACCOUNTS);
    expect(emptyWithToken).toBeGreaterThan(0);
    expect(pages).toBeGreaterThan(Math.ceil(ORG_ACCOUNTS.length / 2));
  });
});

describe('a generated organization', () => {
  it('200 members from one block: consecutive ids, names and emails from templates, states from accounts entries', async () => {
    const emu = await start({
      accounts: [{ id: '500000000007', state: 'SUSPENDED' }, { id: '500000000100', name: 'Payments (renamed)' }],
      organizations: [
        {
          id: 'o-bigorg00001',
          managementAccount: '500000000000',
          delegatedAdministrators: ['500000000001'],
          generateMembers: { count: 200, firstId: '500000000001', name: 'member-{n}', email: 'aws+{id}@big.example' },
        },
      ],
    });
    const { accounts, pages } = await listAll(sdkClients(emu, '500000000001').organizations);
    expect(pages).toBe(Math.ceil(201 / 20));
    expect(accounts).toHaveLength(201);
    expect(accounts[0]?.Id).toBe('500000000000');
    expect(accounts.slice(1).map((a) => a.Id)).toEqual(Array.from({ length: 200 }, (_, i) => String(500000000001 + i)));
    expect(accounts[1]).toMatchObject({ Name: 'member-001', Email: 'aws+500000000001@big.example', State: 'ACTIVE' });
    expect(accounts[200]).toMatchObject({ Id: '500000000200', Name: 'member-200' });
    expect(accounts.find((a) => a.Id === '500000000007')?.State).toBe('SUSPENDED');
    expect(accounts.find((a) => a.Id === '500000000100')?.Name).toBe('Payments (renamed)');
    expect(accounts.filter((a) => a.State === 'ACTIVE')).toHaveLength(200);
  });
});

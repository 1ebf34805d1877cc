/**
 * The per-service listing adapters (Account ListRegions, GuardDuty, Macie, Security Hub and
 * Detective ListInvitations, RAM GetResourceShareInvitations and ListPendingInvitationResources)
 * against answers the emulator never gives, with aws-sdk-client-mock: fields missing, null or blank
 * (a hostile or broken AWS answer), statuses in other spellings, what exactly each page request
 * carries, and a listing that hands back a token it already gave (the error names the operation).
 */
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { DetectiveClient, ListInvitationsCommand as DetectiveListInvitationsCommand } from '@aws-sdk/client-detective';
import { GuardDutyClient, ListInvitationsCommand as GuardDutyListInvitationsCommand } from '@aws-sdk/client-guardduty';
import { ListInvitationsCommand as MacieListInvitationsCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { GetResourceShareInvitationsCommand, ListPendingInvitationResourcesCommand, RAMClient } from '@aws-sdk/client-ram';
import { ListInvitationsCommand as SecurityHubListInvitationsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { listEnabledRegions } from '../src/aws/account/list-regions.js';
import { listDetectiveInvitations } from '../src/aws/detective/list-invitations.js';
import { listGuardDutyInvitations } from '../src/aws/guardduty/list-invitations.js';
import { listMacieInvitations } from '../src/aws/macie/list-invitations.js';
import { listPendingInvitationResources } from '../src/aws/ram/list-pending-invitation-resources.js';
import { listResourceShareInvitations } from '../src/aws/ram/list-resource-share-invitations.js';
import { isPendingStatus } from '../src/aws/security/security-invitation.js';
import { listSecurityHubInvitations } from '../src/aws/securityhub/list-invitations.js';
import { rejectsWith } from './helpers/rejections.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const config = { region: 'us-east-1', credentials, maxAttempts: 1 };
const STRANGER = '999988887777';
const PARTNER = '111122223333';
const OLD = '333333333333';

const mocks: { reset(): void; restore(): void }[] = [];
afterEach(() => {
  for (const m of mocks.splice(0)) m.restore();
});
function mocked<C extends Parameters<typeof mockClient>[0]>(client: C) {
  const m = mockClient(client);
  mocks.push(m);
  return m;
}

/** A mocked command's answers: each of `once` in turn, then `always` (the three services' types differ, hence loose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one helper for three services' command types
function answer(behaviour: { resolvesOnce(output: any): unknown; resolves(output: any): unknown }, once: readonly unknown[], always?: unknown): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let b: any = behaviour;
  if (always !== undefined) b.resolves(always);
  for (const output of once) b = b.resolvesOnce(output);
}

/** Every input a mocked command was sent with, in order. */
function inputs(m: ReturnType<typeof mockClient>): unknown[] {
  return m.calls().map((call) => (call.args[0] as { input: unknown }).input);
}

describe('isPendingStatus', () => {
  it('is true for Invited in any case, false for anything else, absent included', () => {
    expect(['Invited', 'INVITED', 'invited'].map(isPendingStatus)).toEqual([true, true, true]);
    expect(['Enabled', 'Removed', 'Resigned', 'UNKNOWN', '', 'Invited ', undefined].map(isPendingStatus)).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('the three DeclineInvitations services’ listings', () => {
  const cases = [
    {
      name: 'GuardDuty',
      make: () => {
        const client = new GuardDutyClient(config);
        const m = mocked(client);
        return { m, list: () => listGuardDutyInvitations(client), on: () => m.on(GuardDutyListInvitationsCommand) };
      },
      first: { MaxResults: 50 },
      next: (token: string) => ({ MaxResults: 50, NextToken: token }),
      page: (items: readonly Record<string, unknown>[], token?: string) => ({
        Invitations: items.map((i) => ({ AccountId: i['account'], InvitationId: i['id'], RelationshipStatus: i['status'], InvitedAt: i['at'] })),
        ...(token === undefined ? {} : { NextToken: token }),
      }),
      empty: {},
      at: '2026-11-20T10:00:00.000Z',
      service: 'guardduty',
      operation: 'GuardDuty ListInvitations',
    },
    {
      name: 'Macie',
      make: () => {
        const client = new Macie2Client(config);
        const m = mocked(client);
        return { m, list: () => listMacieInvitations(client), on: () => m.on(MacieListInvitationsCommand) };
      },
      first: { maxResults: 25 },
      next: (token: string) => ({ maxResults: 25, nextToken: token }),
      page: (items: readonly Record<string, unknown>[], token?: string) => ({
        invitations: items.map((i) => ({ accountId: i['account'], invitationId: i['id'], relationshipStatus: i['status'], invitedAt: i['at'] === undefined ? undefined : new Date(i['at'] as string) })),
        ...(token === undefined ? {} : { nextToken: token }),
      }),
      empty: {},
      at: '2026-11-20T10:00:00.000Z',
      service: 'macie',
      operation: 'Macie ListInvitations',
    },
    {
      name: 'Security Hub',
      make: () => {
        const client = new SecurityHubClient(config);
        const m = mocked(client);
        return { m, list: () => listSecurityHubInvitations(client), on: () => m.on(SecurityHubListInvitationsCommand) };
      },
      first: { MaxResults: 50 },
      next: (token: string) => ({ MaxResults: 50, NextToken: token }),
      page: (items: readonly Record<string, unknown>[], token?: string) => ({
        Invitations: items.map((i) => ({ AccountId: i['account'], InvitationId: i['id'], MemberStatus: i['status'], InvitedAt: i['at'] === undefined ? undefined : new Date(i['at'] as string) })),
        ...(token === undefined ? {} : { NextToken: token }),
      }),
      empty: {},
      at: '2026-11-20T10:00:00.000Z',
      service: 'securityhub',
      operation: 'Security Hub ListInvitations',
    },
  ] as const;

  it.each(cases)('$name: the inviter is credited as administrator; items without one are dropped; a missing status is UNKNOWN and not pending', async (c) => {
    const { list, on } = c.make();
    answer(
      on(),
      [],
      c.page([
        { account: STRANGER, id: 'a1', status: 'Invited', at: c.at },
        { account: undefined, id: 'a2', status: 'Invited' },
        { account: '', id: 'a3', status: 'Invited' },
        { account: null, id: 'a4', status: 'Invited' },
        { account: PARTNER, id: '', status: undefined },
        { account: OLD, id: null, status: 'INVITED' },
        { account: '444444444444', status: 'Enabled' },
      ]),
    );
    expect(await list()).toEqual([
      { service: c.service, administratorAccountId: STRANGER, invitationId: 'a1', status: 'Invited', pending: true, invitedAt: c.at },
      { service: c.service, administratorAccountId: PARTNER, invitationId: undefined, status: 'UNKNOWN', pending: false, invitedAt: undefined },
      { service: c.service, administratorAccountId: OLD, invitationId: undefined, status: 'INVITED', pending: true, invitedAt: undefined },
      { service: c.service, administratorAccountId: '444444444444', invitationId: undefined, status: 'Enabled', pending: false, invitedAt: undefined },
    ]);
  });

  it.each(cases)('$name: a page without its invitation list is an empty page', async (c) => {
    const { m, list, on } = c.make();
    answer(on(), [], c.empty);
    expect(await list()).toEqual([]);
    expect(inputs(m)).toStrictEqual([c.first]);
  });

  it.each(cases)('$name: the first page is asked without a token, every later one with the token just received', async (c) => {
    const { m, list, on } = c.make();
    answer(on(), [c.page([{ account: STRANGER, status: 'Invited' }], 'token-1'), c.page([], 'token-2'), c.page([{ account: PARTNER, status: 'Invited' }])]);
    expect((await list()).map((i) => i.administratorAccountId)).toEqual([STRANGER, PARTNER]);
    expect(inputs(m)).toStrictEqual([c.first, c.next('token-1'), c.next('token-2')]);
  });

  it.each(cases)('$name: a token handed back twice is an error naming the operation, not the end of the listing', async (c) => {
    const { list, on } = c.make();
    answer(on(), [], c.page([{ account: STRANGER, status: 'Invited' }], 'again'));
    await rejectsWith(list(), `${c.operation} returned a pagination token it had already returned`);
  });
});

describe('GuardDuty InvitedAt (a plain string in its model)', () => {
  it('is read as a date when it is one, dropped when it is not', async () => {
    const client = new GuardDutyClient(config);
    const m = mocked(client);
    m.on(GuardDutyListInvitationsCommand).resolves({
      Invitations: [
        { AccountId: STRANGER, RelationshipStatus: 'Invited', InvitedAt: '2026-11-20T10:00:00Z' },
        { AccountId: PARTNER, RelationshipStatus: 'Invited', InvitedAt: 'yesterday <b>' },
      ],
    });
    expect((await listGuardDutyInvitations(client)).map((i) => i.invitedAt)).toEqual(['2026-11-20T10:00:00.000Z', undefined]);
  });
});

describe('listDetectiveInvitations', () => {
  const GRAPH = (n: string) => `arn:aws:detective:us-east-1:${STRANGER}:graph:${n.repeat(32)}`;
  function detective() {
    const client = new DetectiveClient(config);
    return { client, m: mocked(client) };
  }

  it('credits AdministratorId, else the older MasterId, never AccountId; drops items without a graph or an inviter; only INVITED is pending', async () => {
    const { client, m } = detective();
    m.on(DetectiveListInvitationsCommand).resolves({
      Invitations: [
        { GraphArn: GRAPH('a'), AccountId: '210987654321', AdministratorId: STRANGER, MasterId: OLD, Status: 'INVITED', InvitedTime: new Date('2026-11-20T10:00:00Z'), EmailAddress: 'me@example.com' },
        { GraphArn: GRAPH('b'), AccountId: '210987654321', MasterId: OLD, Status: 'INVITED' },
        { GraphArn: GRAPH('c'), AccountId: '210987654321', AdministratorId: '', MasterId: PARTNER, Status: 'Invited' as never },
        { GraphArn: GRAPH('d'), AccountId: '210987654321', Status: 'INVITED' },
        { GraphArn: '', AdministratorId: STRANGER, Status: 'INVITED' },
        { AdministratorId: STRANGER, Status: 'INVITED' },
        { GraphArn: GRAPH('e'), AdministratorId: '444444444444', EmailAddress: '' },
      ],
    });
    expect(await listDetectiveInvitations(client)).toEqual([
      { service: 'detective', administratorAccountId: STRANGER, invitationId: GRAPH('a'), status: 'INVITED', pending: true, invitedAt: '2026-11-20T10:00:00.000Z', memberEmail: 'me@example.com' },
      { service: 'detective', administratorAccountId: OLD, invitationId: GRAPH('b'), status: 'INVITED', pending: true, invitedAt: undefined, memberEmail: undefined },
      // Detective spells the pending state INVITED: another spelling is not taken for it.
      { service: 'detective', administratorAccountId: PARTNER, invitationId: GRAPH('c'), status: 'Invited', pending: false, invitedAt: undefined, memberEmail: undefined },
      { service: 'detective', administratorAccountId: '444444444444', invitationId: GRAPH('e'), status: 'UNKNOWN', pending: false, invitedAt: undefined, memberEmail: undefined },
    ]);
  });

  it('asks for pages of 200, the first without a token; a page without invitations is empty; a repeated token names the operation', async () => {
    const { client, m } = detective();
    m.on(DetectiveListInvitationsCommand)
      .resolvesOnce({ Invitations: [{ GraphArn: GRAPH('a'), AdministratorId: STRANGER, Status: 'INVITED' }], NextToken: 't1' })
      .resolvesOnce({ NextToken: 't2' })
      .resolvesOnce({ Invitations: [{ GraphArn: GRAPH('b'), AdministratorId: PARTNER, Status: 'INVITED' }] });
    expect((await listDetectiveInvitations(client)).map((i) => i.administratorAccountId)).toEqual([STRANGER, PARTNER]);
    expect(inputs(m)).toStrictEqual([{ MaxResults: 200 }, { MaxResults: 200, NextToken: 't1' }, { MaxResults: 200, NextToken: 't2' }]);

    m.reset();
    m.on(DetectiveListInvitationsCommand).resolves({ Invitations: [], NextToken: 'same' });
    await rejectsWith(listDetectiveInvitations(client), 'Detective ListInvitations returned a pagination token it had already returned');
  });
});

describe('listEnabledRegions', () => {
  function account() {
    const client = new AccountClient(config);
    return { client, m: mocked(client) };
  }

  it('keeps the enabled regions (and those without a state), drops the others and nameless ones, once each and sorted', async () => {
    const { client, m } = account();
    m.on(ListRegionsCommand)
      .resolvesOnce({
        Regions: [
          { RegionName: 'us-west-2', RegionOptStatus: 'ENABLED_BY_DEFAULT' },
          { RegionName: 'eu-south-1', RegionOptStatus: 'ENABLED' },
          { RegionName: 'ap-east-1', RegionOptStatus: 'DISABLED' },
          { RegionName: 'me-south-1', RegionOptStatus: 'ENABLING' },
          { RegionName: 'af-south-1', RegionOptStatus: 'DISABLING' },
          { RegionName: 'ca-central-1' },
          { RegionName: '', RegionOptStatus: 'ENABLED' },
          { RegionOptStatus: 'ENABLED' },
        ],
        NextToken: 'r1',
      })
      .resolvesOnce({ NextToken: 'r2' })
      .resolvesOnce({ Regions: [{ RegionName: 'eu-south-1', RegionOptStatus: 'ENABLED' }, { RegionName: 'ap-northeast-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }] });
    expect(await listEnabledRegions(client)).toEqual(['ap-northeast-1', 'ca-central-1', 'eu-south-1', 'us-west-2']);
    const first = { MaxResults: 50, RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] };
    expect(inputs(m)).toStrictEqual([first, { ...first, NextToken: 'r1' }, { ...first, NextToken: 'r2' }]);
  });

  it('a repeated token is an error naming the operation', async () => {
    const { client, m } = account();
    m.on(ListRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', RegionOptStatus: 'ENABLED_BY_DEFAULT' }], NextToken: 'same' });
    await rejectsWith(listEnabledRegions(client), 'Account ListRegions returned a pagination token it had already returned');
  });
});

describe('the RAM listings', () => {
  const INVITATION = (n: number) => `arn:aws:ram:us-east-1:${STRANGER}:resource-share-invitation/00000000-0000-4000-a000-00000000000${n}`;
  function ram() {
    const client = new RAMClient(config);
    return { client, m: mocked(client) };
  }

  it('listResourceShareInvitations: drops items without an ARN, keeps blank fields absent, a missing status is UNKNOWN; the first page has no token', async () => {
    const { client, m } = ram();
    m.on(GetResourceShareInvitationsCommand)
      .resolvesOnce({
        resourceShareInvitations: [
          { resourceShareInvitationArn: INVITATION(1), resourceShareArn: '', resourceShareName: '', senderAccountId: STRANGER, receiverAccountId: '210987654321', status: 'PENDING', invitationTimestamp: new Date('2026-11-20T10:00:00Z') },
          { senderAccountId: STRANGER, status: 'PENDING' },
          { resourceShareInvitationArn: '', senderAccountId: STRANGER, status: 'PENDING' },
        ],
        nextToken: 'n1',
      })
      .resolvesOnce({ nextToken: 'n2' })
      .resolvesOnce({ resourceShareInvitations: [{ resourceShareInvitationArn: INVITATION(2) }] });
    expect(await listResourceShareInvitations(client)).toEqual([
      { invitationArn: INVITATION(1), shareArn: undefined, shareName: undefined, senderAccountId: STRANGER, receiverAccountId: '210987654321', receiverArn: undefined, status: 'PENDING', invitedAt: '2026-11-20T10:00:00.000Z' },
      { invitationArn: INVITATION(2), shareArn: undefined, shareName: undefined, senderAccountId: undefined, receiverAccountId: undefined, receiverArn: undefined, status: 'UNKNOWN', invitedAt: undefined },
    ]);
    expect(inputs(m)).toStrictEqual([{ maxResults: 500 }, { maxResults: 500, nextToken: 'n1' }, { maxResults: 500, nextToken: 'n2' }]);

    m.reset();
    m.on(GetResourceShareInvitationsCommand).resolves({ nextToken: 'same' });
    await rejectsWith(listResourceShareInvitations(client), 'RAM GetResourceShareInvitations returned a pagination token it had already returned');
  });

  it('listPendingInvitationResources: drops resources without an ARN; the first page has no token; a repeated token names the operation', async () => {
    const { client, m } = ram();
    const subnet = `arn:aws:ec2:us-east-1:${STRANGER}:subnet/subnet-0123456789abcdef0`;
    const vpc = `arn:aws:ec2:us-east-1:${STRANGER}:vpc/vpc-0123456789abcdef0`;
    m.on(ListPendingInvitationResourcesCommand)
      .resolvesOnce({ resources: [{ arn: subnet, type: 'ec2:Subnet' }, { type: 'ec2:Vpc' }, { arn: '', type: 'ec2:Vpc' }], nextToken: 'p1' })
      .resolvesOnce({ nextToken: 'p2' })
      .resolvesOnce({ resources: [{ arn: vpc, type: '', status: '', regionScope: undefined } as never] });
    expect(await listPendingInvitationResources(client, INVITATION(1))).toEqual([
      { arn: subnet, type: 'ec2:Subnet', shareArn: undefined, resourceGroupArn: undefined, status: undefined, statusMessage: undefined, regionScope: undefined, createdAt: undefined, updatedAt: undefined },
      { arn: vpc, type: undefined, shareArn: undefined, resourceGroupArn: undefined, status: undefined, statusMessage: undefined, regionScope: undefined, createdAt: undefined, updatedAt: undefined },
    ]);
    const first = { resourceShareInvitationArn: INVITATION(1), resourceRegionScope: 'ALL', maxResults: 500 };
    expect(inputs(m)).toStrictEqual([first, { ...first, nextToken: 'p1' }, { ...first, nextToken: 'p2' }]);

    m.reset();
    m.on(ListPendingInvitationResourcesCommand).resolves({ resources: [], nextToken: 'same' });
    await rejectsWith(listPendingInvitationResources(client, INVITATION(1)), 'RAM ListPendingInvitationResources returned a pagination token it had already returned');
  });
});

/**
 * What src/aws reads from AWS answers: survivors of the 2026-11-26 mutation run of src/aws (core)
 * in organizations/ (handshakes, ListAccounts), sts/get-caller-account.ts and iot/. Each test names
 * the line it pins down; each asserts the value a decision or the report reads.
 */
import { ListCertificatesCommand, IoTClient } from '@aws-sdk/client-iot';
import { ListAccountsCommand, OrganizationsClient, type AccountState, type AccountStatus, type Handshake, type HandshakeParty, type HandshakeResource } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { forEachCertificatePage, type CertificatePage } from '../src/aws/iot/list-pending-certificates.js';
import { sourceAccountOf, toOutgoingTransfer } from '../src/aws/iot/to-certificate-transfer.js';
import { listOrganizationAccounts } from '../src/aws/organizations/list-accounts.js';
import { toHandshakeItem } from '../src/aws/organizations/to-handshake-item.js';
import { getCallerAccount, getCallerIdentity } from '../src/aws/sts/get-caller-account.js';
import { rejectsWith } from './helpers/rejections.js';

const ME = '210987654321';
const SENDER = '999988887777';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const base: Handshake = { Id: 'h-abcdefgh', Action: 'INVITE', State: 'OPEN' };
const SENDER_ARN = `arn:aws:organizations::${SENDER}:handshake/o-sender1234/invite/h-abcdefgh`;
const org = (id: string | undefined, ...children: HandshakeResource[]): HandshakeResource => ({ Type: 'ORGANIZATION', ...(id === undefined ? {} : { Value: id }), ...(children.length > 0 ? { Resources: children } : {}) });
const email = (value: string): HandshakeResource => ({ Type: 'MANAGEMENT_EMAIL', Value: value });
/** What an untyped or hostile answer may hold where the SDK types promise an object. */
const holes = <T>(...items: unknown[]): T[] => items as T[];

describe('organizations/to-handshake-item.ts', () => {
  describe('line 56: a null party is skipped, not thrown on', () => {
    it('the ORGANIZATION party after it still names the organization', () => {
      const item = toHandshakeItem({ ...base, Parties: holes<HandshakeParty>(null, undefined, { Type: 'ORGANIZATION', Id: 'o-sender1234' }) }, ME);
      expect(item?.organizationId).toBe('o-sender1234');
      expect(item?.direction).toBe('incoming');
    });
  });

  describe("line 68: only an ORGANIZATION resource naming the sender scopes the sender's email", () => {
    it('another type of resource whose value is the organization id is not the sender\'s organization', () => {
      const item = toHandshakeItem(
        { ...base, Arn: SENDER_ARN, Resources: [{ Type: 'NOTES', Value: 'o-sender1234', Resources: [email('evil@attacker.example')] }, org('o-sender1234', email('ops@sender.example'))] },
        ME,
      );
      expect(item?.managementEmail).toBe('ops@sender.example');
    });

    it("the sender's ORGANIZATION without nested resources: no email, not another organization's", () => {
      const item = toHandshakeItem({ ...base, Arn: SENDER_ARN, Resources: [org('o-sender1234'), org('o-ours123456', email('us@ours.example'))] }, ME);
      expect(item?.managementEmail).toBeUndefined();
    });
  });

  describe("line 69: under the sender's ORGANIZATION the first email is taken (scoped), they need not agree", () => {
    it('the first of two', () => {
      const item = toHandshakeItem({ ...base, Arn: SENDER_ARN, Resources: [org('o-sender1234', email('first@sender.example'), email('second@sender.example'))] }, ME);
      expect(item?.managementEmail).toBe('first@sender.example');
    });

    it('unscoped (no ORGANIZATION resource names the sender), two that differ give none', () => {
      const item = toHandshakeItem({ ...base, Arn: SENDER_ARN, Resources: [email('first@sender.example'), email('second@sender.example')] }, ME);
      expect(item?.managementEmail).toBeUndefined();
    });
  });

  describe('line 90: null and undefined resources are skipped at every depth, not thrown on', () => {
    it.each([
      ['null at the top', holes<HandshakeResource>(null, org('o-sender1234', email('ops@sender.example')))],
      ['undefined at the top', holes<HandshakeResource>(undefined, org('o-sender1234', email('ops@sender.example')))],
      ['null nested', [{ Type: 'ORGANIZATION', Value: 'o-sender1234', Resources: holes<HandshakeResource>(null, email('ops@sender.example')) }]],
      ['undefined nested', [{ Type: 'ORGANIZATION', Value: 'o-sender1234', Resources: holes<HandshakeResource>(undefined, email('ops@sender.example')) }]],
    ] as [string, HandshakeResource[]][])('%s', (_, resources) => {
      const item = toHandshakeItem({ ...base, Arn: SENDER_ARN, Resources: resources }, ME);
      expect(item).toMatchObject({ organizationId: 'o-sender1234', managementEmail: 'ops@sender.example', managementAccountId: SENDER, direction: 'incoming' });
    });
  });
});

describe('sts/get-caller-account.ts', () => {
  const sts = new STSClient({ region: 'us-east-1', credentials });
  const stsMock = mockClient(sts);
  beforeEach(() => stsMock.reset());
  const answer = (output: { Account?: string; Arn?: string }) => stsMock.on(GetCallerIdentityCommand).resolves(output);

  it.each([
    ['arn:aws:sts::111122223333:assumed-role/ci/run', 'aws'],
    ['arn:aws-cn:sts::111122223333:assumed-role/ci/run', 'aws-cn'],
    ['arn:aws-us-gov:iam::111122223333:user/ci', 'aws-us-gov'],
    ['arn:aws-iso-b:sts::111122223333:assumed-role/ci/run', 'aws-iso-b'],
    // Not an ARN at its start, or not an AWS partition: the default.
    ['x arn:aws-cn:sts::111122223333:assumed-role/ci/run', 'aws'],
    ['arn:azure:sts::111122223333:assumed-role/ci/run', 'aws'],
    ['arn:aws-cn', 'aws'],
  ])('the partition of %s is %s', async (arn, partition) => {
    answer({ Account: '111122223333', Arn: arn });
    expect(await getCallerIdentity(sts)).toEqual({ account: '111122223333', arn, partition });
  });

  it("without an ARN: '' and the aws partition", async () => {
    answer({ Account: '111122223333' });
    expect(await getCallerIdentity(sts)).toEqual({ account: '111122223333', arn: '', partition: 'aws' });
  });

  it.each([
    [undefined, 'null'],
    ['12345678901', '"12345678901"'],
    ['1111222233334', '"1111222233334"'],
  ])('refuses the account %j, quoting what it got (%s)', async (account, shown) => {
    answer(account === undefined ? {} : { Account: account });
    await rejectsWith(getCallerAccount(sts), `STS GetCallerIdentity returned no usable account id (got ${shown}); check the credentials.`);
  });
});

describe('organizations/list-accounts.ts', () => {
  const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
  const mock = mockClient(organizations);
  beforeEach(() => mock.reset());

  it('asks for pages of 20, follows NextToken, and reads each account: State, else the older Status, else UNKNOWN', async () => {
    mock
      .on(ListAccountsCommand)
      .resolvesOnce({ Accounts: [{ Id: '111111111111', Name: 'prod', State: 'ACTIVE', Status: 'SUSPENDED' }, { Id: '', Name: 'no id' }, { Name: 'no id either' }], NextToken: 't-1' })
      .resolvesOnce({ NextToken: 't-2' })
      .resolvesOnce({ Accounts: [{ Id: '222222222222', Status: 'SUSPENDED' }, { Id: '333333333333', Name: '', State: '' as AccountState, Status: '' as AccountStatus }] });

    const accounts = await listOrganizationAccounts(organizations);

    expect(accounts).toEqual([
      { id: '111111111111', name: 'prod', state: 'ACTIVE' },
      { id: '222222222222', name: undefined, state: 'SUSPENDED' },
      { id: '333333333333', name: undefined, state: 'UNKNOWN' },
    ]);
    const inputs = mock.commandCalls(ListAccountsCommand).map((call) => call.args[0].input);
    expect(inputs).toEqual([{ MaxResults: 20 }, { MaxResults: 20, NextToken: 't-1' }, { MaxResults: 20, NextToken: 't-2' }]);
    expect(inputs[0]).not.toHaveProperty('NextToken');
  });

  it("reads the organization from each account's Arn, only when the ARN has AWS's shape and names that account", async () => {
    const arn = (id: string) => `arn:aws:organizations::400000000000:account/o-acmeguard01/${id}`;
    mock.on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: '400000000011', State: 'ACTIVE', Arn: arn('400000000011') },
        { Id: '400000000012', State: 'ACTIVE', Arn: arn('400000000099') },
        { Id: '400000000013', State: 'ACTIVE', Arn: 'arn:aws:organizations::400000000000:account/o-acmeguard01' },
        { Id: '400000000014', State: 'ACTIVE' },
      ],
    });
    const accounts = await listOrganizationAccounts(organizations);
    expect(accounts.map((a) => a.organization)).toEqual([{ id: 'o-acmeguard01', managementAccount: '400000000000' }, undefined, undefined, undefined]);
  });

  // The id becomes a role ARN, an issue title and an output: an answer of another shape fails the listing.
  it.each(['#1 @octocat <b>b</b> ::error::x', '21098765432', '2109876543210', '21098765432\n'])('refuses an account id that is not 12 digits (%j)', async (id) => {
    mock.on(ListAccountsCommand).resolves({ Accounts: [{ Id: '111111111111', State: 'ACTIVE' }, { Id: id, State: 'ACTIVE' }] });
    await rejectsWith(listOrganizationAccounts(organizations), /^Organizations ListAccounts answered an account id that is not 12 digits; no account of the organization was swept\.$/);
  });

  it('names the operation when a token comes back', async () => {
    mock.on(ListAccountsCommand).resolves({ Accounts: [], NextToken: 'same' });
    await rejectsWith(listOrganizationAccounts(organizations), /^Organizations ListAccounts returned a pagination token it had already returned/);
  });
});

describe('iot/list-pending-certificates.ts: what each page reports', () => {
  const iot = new IoTClient({ region: 'us-east-1', credentials });
  const mock = mockClient(iot);
  beforeEach(() => mock.reset());

  it('a page without certificates read none; an invalid creation date gives no position, not NaN', async () => {
    mock
      .on(ListCertificatesCommand)
      .resolvesOnce({ nextMarker: 'm-1' })
      .resolvesOnce({ certificates: [{ certificateId: 'a'.repeat(64), status: 'ACTIVE', creationDate: new Date('invalid') }, { certificateId: 'b'.repeat(64), status: 'PENDING_TRANSFER', creationDate: new Date(Date.UTC(2026, 0, 2)) }] });
    const pages: CertificatePage[] = [];
    await forEachCertificatePage(iot, (page) => pages.push(page));
    expect(pages).toEqual([
      { read: 0, pending: [], createdFrom: undefined, createdTo: undefined },
      { read: 2, pending: [{ certificateId: 'b'.repeat(64), certificateArn: undefined, certificateMode: undefined, creationDate: '2026-01-02T00:00:00.000Z' }], createdFrom: undefined, createdTo: Date.UTC(2026, 0, 2) },
    ]);
  });
});

describe('iot/to-certificate-transfer.ts', () => {
  it.each([
    ['an empty previousOwnedBy', ''],
    ['no previousOwnedBy', undefined],
    ['previousOwnedBy us too', ME],
  ])('owned by us with %s: the source is unknown', (_, previousOwnedBy) => {
    expect(sourceAccountOf({ ownedBy: ME, previousOwnedBy }, ME)).toBeUndefined();
  });

  it('an outgoing transfer without an ARN reports it as empty', () => {
    expect(toOutgoingTransfer('eu-west-1', { certificateId: 'c'.repeat(64) }, ME)).toMatchObject({ certificateArn: '', direction: 'outgoing', sourceAccount: ME, targetAccount: undefined });
  });
});

/**
 * Pagination has a page cap: a listing that never ends fails loudly (the region or the handshake
 * listing is reported as not read), it is never cut short and reported as complete.
 */
import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
import { IoTClient, DescribeCertificateCommand, ListCertificatesCommand, ListOutgoingCertificatesCommand } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { LIST_OUTGOING_CERTIFICATES_MAX_PAGES, listOutgoingCertificates } from '../src/aws/iot/list-outgoing-certificates.js';
import { LIST_CERTIFICATES_MAX_PAGES, LIST_CERTIFICATES_PAGE_SIZE, MAX_CERTIFICATES_PER_REGION } from '../src/aws/iot/list-pending-certificates.js';
import { LIST_HANDSHAKES_MAX_PAGES, LIST_HANDSHAKES_MAX_RESULTS, MAX_HANDSHAKES_LISTED, listHandshakes } from '../src/aws/organizations/list-handshakes.js';
import { LIST_REGIONS_MAX_PAGES, listEnabledRegions } from '../src/aws/account/list-regions.js';
import { DETECTIVE_LIST_INVITATIONS_MAX_PAGES } from '../src/aws/detective/list-invitations.js';
import { GUARDDUTY_LIST_INVITATIONS_MAX_PAGES } from '../src/aws/guardduty/list-invitations.js';
import { MACIE_LIST_INVITATIONS_MAX_PAGES } from '../src/aws/macie/list-invitations.js';
import { LIST_ACCOUNTS_MAX_PAGES } from '../src/aws/organizations/list-accounts.js';
import { collectPages, pageBound } from '../src/aws/pagination.js';
import { LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES } from '../src/aws/ram/list-pending-invitation-resources.js';
import { GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES } from '../src/aws/ram/list-resource-share-invitations.js';
import { SECURITYHUB_LIST_INVITATIONS_MAX_PAGES } from '../src/aws/securityhub/list-invitations.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import { iotAndHandshakes } from './helpers/parts.js';
import { rejectsWith } from './helpers/rejections.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

/** A fake listing: page n carries items[n] and a token unless it is the last. */
function pagesOf(pages: readonly (readonly number[])[]) {
  const fetched: (string | undefined)[] = [];
  const fetchPage = async (token: string | undefined) => {
    fetched.push(token);
    const index = token === undefined ? 0 : Number(token.slice(1));
    return { items: pages[index] ?? [], next: index + 1 < pages.length ? `t${index + 1}` : undefined };
  };
  return { fetched, fetchPage, readPage: (page: { items: readonly number[]; next: string | undefined }) => page };
}

/** A listing that never ends: every page is empty and carries a token never seen before. */
function endless() {
  let n = 0;
  const fetchPage = async () => {
    n += 1;
    return { items: [] as number[], next: `t${n}` };
  };
  return { fetchPage, readPage: (page: { items: number[]; next: string }) => page, calls: () => n };
}

describe('collectPages', () => {
  it('reads a listing of exactly the bound to the end: the last page carries no token', async () => {
    const { fetched, fetchPage, readPage } = pagesOf([[1], [], [2, 3]]);
    expect(await collectPages('Test List', fetchPage, readPage, 3)).toEqual([1, 2, 3]);
    expect(fetched).toEqual([undefined, 't1', 't2']);
  });

  it('fails after the bound when AWS still offers a page, naming the operation, the pages and the bound', async () => {
    const { fetchPage, readPage, calls } = endless();
    await rejectsWith(
      collectPages('Test List', fetchPage, readPage, 3),
      'Test List still offered another page after 3 pages (0 items so far), more than any real account should need (at most 3); stopping so that a listing that never ends is not taken for a complete one.',
    );
    expect(calls()).toBe(3);
  });

  it('counts items read before it stopped, in the message', async () => {
    const { fetchPage, readPage } = pagesOf([[1, 2], [3], [4], [5]]);
    await rejectsWith(collectPages('Test List', fetchPage, readPage, 2), /after 2 pages \(3 items so far\)/);
  });
});

describe('the bounds, derived from the largest account a run must read', () => {
  it('IoT: 10,000,000 certificates in one account and region at 250 a page, plus 10 % for short pages', () => {
    expect(MAX_CERTIFICATES_PER_REGION).toBe(10_000_000);
    expect(LIST_CERTIFICATES_PAGE_SIZE).toBe(250);
    expect(LIST_CERTIFICATES_MAX_PAGES).toBe(44_000);
    expect(LIST_OUTGOING_CERTIFICATES_MAX_PAGES).toBe(44_000);
  });

  it('Organizations: 100,000 handshakes at 20 a page, with one empty page allowed per full page', () => {
    expect(MAX_HANDSHAKES_LISTED).toBe(100_000);
    expect(LIST_HANDSHAKES_MAX_RESULTS).toBe(20);
    expect(LIST_HANDSHAKES_MAX_PAGES).toBe(10_000);
  });

  it('pageBound: full pages for the items, doubled for empty pages', () => {
    expect(pageBound(100, 20)).toBe(10);
    expect(pageBound(101, 20)).toBe(12);
  });

  it.each([
    ['Account ListRegions: 500 regions at 50', LIST_REGIONS_MAX_PAGES, 20],
    ['Organizations ListAccounts: 100,000 accounts at 20', LIST_ACCOUNTS_MAX_PAGES, 10_000],
    ['RAM GetResourceShareInvitations: 100,000 at 500', GET_RESOURCE_SHARE_INVITATIONS_MAX_PAGES, 400],
    ['RAM ListPendingInvitationResources: 100,000 at 500', LIST_PENDING_INVITATION_RESOURCES_MAX_PAGES, 400],
    ['GuardDuty ListInvitations: 10,000 at 50', GUARDDUTY_LIST_INVITATIONS_MAX_PAGES, 400],
    ['Macie ListInvitations: 10,000 at 25', MACIE_LIST_INVITATIONS_MAX_PAGES, 800],
    ['Security Hub ListInvitations: 10,000 at 50', SECURITYHUB_LIST_INVITATIONS_MAX_PAGES, 400],
    ['Detective ListInvitations: 10,000 at 200', DETECTIVE_LIST_INVITATIONS_MAX_PAGES, 100],
  ])('%s a page, empty pages allowed for', (_, bound, pages) => {
    expect(bound).toBe(pages);
  });
});

describe('each listing stops at its bound', () => {
  it('ListHandshakesForAccount: new tokens on empty pages for ever → fails after LIST_HANDSHAKES_MAX_PAGES calls', async () => {
    const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
    const mock = mockClient(organizations);
    let n = 0;
    mock.on(ListHandshakesForAccountCommand).callsFake(() => ({ Handshakes: [], NextToken: `t${++n}` }));
    await rejectsWith(listHandshakes(organizations), /^Organizations ListHandshakesForAccount still offered another page after 10000 pages/);
    expect(mock.commandCalls(ListHandshakesForAccountCommand)).toHaveLength(LIST_HANDSHAKES_MAX_PAGES);
  });

  it('Account ListRegions: fails after LIST_REGIONS_MAX_PAGES calls', async () => {
    const account = new AccountClient({ region: 'us-east-1', credentials });
    const mock = mockClient(account);
    let n = 0;
    mock.on(ListRegionsCommand).callsFake(() => ({ Regions: [], NextToken: `t${++n}` }));
    await rejectsWith(listEnabledRegions(account), /^Account ListRegions still offered another page after 20 pages/);
    expect(mock.commandCalls(ListRegionsCommand)).toHaveLength(LIST_REGIONS_MAX_PAGES);
  });

  it('ListOutgoingCertificates: fails after LIST_OUTGOING_CERTIFICATES_MAX_PAGES calls', async () => {
    const iot = new IoTClient({ region: 'us-east-1', credentials });
    const mock = mockClient(iot);
    let n = 0;
    mock.on(ListOutgoingCertificatesCommand).callsFake(() => ({ outgoingCertificates: [], nextMarker: `m${++n}` }));
    await rejectsWith(listOutgoingCertificates(iot), /^IoT ListOutgoingCertificates still offered another page after 44000 pages/);
    expect(mock.commandCalls(ListOutgoingCertificatesCommand)).toHaveLength(LIST_OUTGOING_CERTIFICATES_MAX_PAGES);
  });

  it('ListCertificates in a sweep: the region is reported as not read, with none of its items, and is not counted as swept', async () => {
    const iot = new IoTClient({ region: 'eu-west-1', credentials });
    const mock = mockClient(iot);
    let n = 0;
    // A pending certificate on the first page: it must not be reported from a listing that never finished.
    mock.on(ListCertificatesCommand).callsFake(() => ({
      certificates: n === 0 ? [{ certificateId: 'a'.repeat(64), status: 'PENDING_TRANSFER' }] : [],
      nextMarker: `m${++n}`,
    }));
    // The sweep describes a pending certificate while the listing goes on: it is pending, from a stranger.
    mock.on(DescribeCertificateCommand).resolves({ certificateDescription: { certificateId: 'a'.repeat(64), status: 'PENDING_TRANSFER', ownedBy: '999988887777' } });
    mock.on(ListOutgoingCertificatesCommand).resolves({ outgoingCertificates: [] });
    const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
    mockClient(organizations).on(ListHandshakesForAccountCommand).resolves({});
    const clients = { iot: () => iot, organizations, sts: new STSClient({ region: 'us-east-1', credentials }), account: new AccountClient({ region: 'us-east-1', credentials }), regional: () => { throw new Error('no other service in this test'); } };

    const result = await sweepAccount(clients, { account: '111111111111', parts: iotAndHandshakes(['eu-west-1'], true) });

    expect(mock.commandCalls(ListCertificatesCommand)).toHaveLength(LIST_CERTIFICATES_MAX_PAGES);
    expect(result.items).toEqual([]);
    expect(result.regionsSwept).toEqual([]);
    expect(result.errors).toEqual([
      expect.objectContaining({ service: 'iot', region: 'eu-west-1', message: expect.stringMatching(/IoT ListCertificates still offered another page after 44000 pages \(1 item so far\)/) }),
    ]);
  });
});

/**
 * Account ListRegions conformance through the real @aws-sdk/client-account (REST-JSON
 * POST /listRegions) and its paginator: per-account opt-in statuses, the RegionOptStatusContains
 * filter, paging, AccountId from the management account or a delegated administrator, the
 * model's validation errors. And what a regional call meets in a region: IoT where it has no
 * endpoint (the connection is dropped, as close as loopback gets to a DNS failure), IoT in an
 * opt-in region the account has not enabled (UnrecognizedClientException).
 */
import {
  AccessDeniedException,
  ListRegionsCommand,
  TooManyRequestsException,
  ValidationException,
  paginateListRegions,
  type AccountClient,
  type ListRegionsCommandInput,
  type Region,
} from '@aws-sdk/client-account';
import { ListCertificatesCommand } from '@aws-sdk/client-iot';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMERCIAL_REGIONS, DEFAULT_REGIONS, OPT_IN_REGIONS } from './emulator/aws-regions.ts';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ORGANIZATION = fileURLToPath(new URL('./emulator/scenarios/organization.yml', import.meta.url));
const MANAGEMENT = '400000000000';
const SECURITY = '400000000001';
const PROD = '400000000011';
const STAGING = '400000000012';
const DATA = '400000000013';
const SECURITY_ARN = 'arn:aws:sts::400000000001:assumed-role/github-actions-inbound-guard/GitHubActions';
const ENABLED_FILTER: Partial<ListRegionsCommandInput> = { RegionOptStatusContains: ['ENABLED', 'ENABLED_BY_DEFAULT'] };

const running: EmulatorHandle[] = [];
async function start(scenario: Scenario | string = ORGANIZATION): Promise<EmulatorHandle> {
  const emu = await startEmulator({ scenario });
  running.push(emu);
  return emu;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function regions(client: AccountClient, input: Partial<ListRegionsCommandInput> = {}, pageSize?: number): Promise<{ regions: Region[]; pages: number }> {
  const out: Region[] = [];
  let pages = 0;
  for await (const page of paginateListRegions({ client, ...(pageSize ? { pageSize } : {}) }, { ...input })) {
    pages += 1;
    out.push(...(page.Regions ?? []));
  }
  return { regions: out, pages };
}

const names = (list: Region[]): string[] => list.map((r) => r.RegionName ?? '');

describe('ListRegions', () => {
  it('every commercial region with the account’s status: default regions ENABLED_BY_DEFAULT, opt-in ones DISABLED unless enabled', async () => {
    const emu = await start();
    const { regions: all } = await regions(sdkClients(emu, DATA).account);
    expect(names(all)).toEqual(COMMERCIAL_REGIONS);
    expect(all).toHaveLength(34);
    const status = new Map(all.map((r) => [r.RegionName, r.RegionOptStatus]));
    for (const r of DEFAULT_REGIONS) expect(status.get(r)).toBe('ENABLED_BY_DEFAULT');
    for (const r of OPT_IN_REGIONS) expect(status.get(r)).toBe(r === 'ap-east-1' ? 'ENABLED' : 'DISABLED');
  });

  it('RegionOptStatusContains [ENABLED, ENABLED_BY_DEFAULT] gives the regions to sweep; other statuses filter too', async () => {
    const emu = await start();
    emu.seed({ accounts: [{ id: PROD, regions: { 'me-south-1': 'ENABLING', 'eu-south-1': 'DISABLING' } }] });
    expect(names((await regions(sdkClients(emu, PROD).account, ENABLED_FILTER)).regions)).toEqual(DEFAULT_REGIONS);
    expect(names((await regions(sdkClients(emu, STAGING).account, ENABLED_FILTER)).regions)).toEqual([...DEFAULT_REGIONS, 'af-south-1'].sort());
    expect(names((await regions(sdkClients(emu, DATA).account, { RegionOptStatusContains: ['ENABLED'] })).regions)).toEqual(['ap-east-1']);
    expect(names((await regions(sdkClients(emu, PROD).account, { RegionOptStatusContains: ['ENABLING', 'DISABLING'] })).regions)).toEqual(['eu-south-1', 'me-south-1']);
    // An empty filter is no filter.
    expect((await regions(sdkClients(emu, PROD).account, { RegionOptStatusContains: [] })).regions).toHaveLength(34);
  });

  it('pages of MaxResults (1..50, default 20), NextToken while more follows', async () => {
    const emu = await start();
    const { account } = sdkClients(emu, PROD);
    const first = await account.send(new ListRegionsCommand({}));
    expect(first.Regions).toHaveLength(20);
    expect(first.NextToken).toBeDefined();
    const rest = await account.send(new ListRegionsCommand({ NextToken: first.NextToken }));
    expect(rest.Regions).toHaveLength(14);
    expect(rest.NextToken).toBeUndefined();
    const bySeven = await regions(account, ENABLED_FILTER, 7);
    expect(bySeven.pages).toBe(3);
    expect(names(bySeven.regions)).toEqual(DEFAULT_REGIONS);
    expect((await account.send(new ListRegionsCommand({ MaxResults: 50 }))).NextToken).toBeUndefined();
  });

  it.each([
    ['MaxResults 0', { MaxResults: 0 }, 'MaxResults', "Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1"],
    ['MaxResults 51', { MaxResults: 51 }, 'MaxResults', "Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50"],
    ['AccountId 12345', { AccountId: '12345' }, 'AccountId', "Value '12345' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d{12}$"],
    ['a NextToken it never gave', { NextToken: 'bogus' }, 'NextToken', undefined],
    ['a NextToken of 1001 characters', { NextToken: 'x'.repeat(1001) }, 'NextToken', undefined],
    ['an unknown status in the filter', { RegionOptStatusContains: ['ENABLED', 'ON'] }, 'RegionOptStatusContains', undefined],
  ] as [string, Partial<ListRegionsCommandInput>, string, string | undefined][])('%s -> ValidationException (400, fieldValidationFailed, fieldList [%o])', async (_label, input, field, message) => {
    const emu = await start();
    const error = await sdkClients(emu, SECURITY).account.send(new ListRegionsCommand(input as ListRegionsCommandInput)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationException);
    const v = error as ValidationException;
    expect(v.$metadata.httpStatusCode).toBe(400);
    expect(v.reason).toBe('fieldValidationFailed');
    expect(v.fieldList?.map((f) => f.name)).toEqual([field]);
    if (message) expect(v.message).toBe(`1 validation error detected: ${message}`);
  });

  it('TooManyRequestsException (429) when throttled, which the SDK retries', async () => {
    const emu = await start();
    emu.setRateLimit({ service: 'account', tps: 1, burst: 1 });
    const frozen = Date.now();
    emu.setClock(() => frozen + emu.calls.filter((c) => c.errorType === 'TooManyRequestsException').length * 1000);
    await sdkClients(emu, PROD).account.send(new ListRegionsCommand({}));
    const once = await sdkClients(emu, PROD).account.send(new ListRegionsCommand({})).catch((e: unknown) => e);
    expect(once).toBeInstanceOf(TooManyRequestsException);
    expect((once as TooManyRequestsException).$metadata.httpStatusCode).toBe(429);
    // The throttled call moved the clock a second: one token back, spent by this call...
    await sdkClients(emu, PROD).account.send(new ListRegionsCommand({}));
    // ...so the next is throttled once and its retry gets through.
    const retried = await sdkClients(emu, PROD, { maxAttempts: 3 }).account.send(new ListRegionsCommand({}));
    expect(retried.$metadata.attempts).toBe(2);
    expect(emu.calls.map((c) => [c.service, c.region, c.status])).toEqual([
      ['account', 'us-east-1', 200],
      ['account', 'us-east-1', 429],
      ['account', 'us-east-1', 200],
      ['account', 'us-east-1', 429],
      ['account', 'us-east-1', 200],
    ]);
  });
});

describe('ListRegions with AccountId', () => {
  it('the management account and a delegated administrator read a member’s regions', async () => {
    const emu = await start();
    for (const caller of [MANAGEMENT, SECURITY]) {
      const { regions: list } = await regions(sdkClients(emu, caller).account, { AccountId: STAGING, RegionOptStatusContains: ['ENABLED'] });
      expect(names(list)).toEqual(['af-south-1']);
    }
  });

  it('AccessDeniedException (403) for a member that is no administrator, an account outside the organization, and the management account naming itself', async () => {
    const emu = await start();
    const deny = async (caller: string, accountId: string): Promise<string> => {
      const error = await sdkClients(emu, caller).account.send(new ListRegionsCommand({ AccountId: accountId })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect((error as AccessDeniedException).$metadata.httpStatusCode).toBe(403);
      return (error as AccessDeniedException).message;
    };
    expect(await deny(PROD, STAGING)).toBe(
      `User: arn:aws:sts::${PROD}:assumed-role/inbound-guard-emulator/emulator-session is not authorized to perform: account:ListRegions on resource: arn:aws:account::${MANAGEMENT}:account/o-acmeguard01/${STAGING}`,
    );
    expect(await deny(SECURITY, '123456789012')).toBe(`User: ${SECURITY_ARN} is not authorized to perform: account:ListRegions on resource: arn:aws:account::${MANAGEMENT}:account/o-acmeguard01/123456789012`);
    expect(await deny(MANAGEMENT, MANAGEMENT)).toBe(
      `User: arn:aws:sts::${MANAGEMENT}:assumed-role/inbound-guard-emulator/emulator-session is not authorized to perform: account:ListRegions (The management account can only be managed using the standalone context from the management account)`,
    );
    // A caller in no organization: the resource is the standalone account it named.
    expect(await deny('123456789012', PROD)).toMatch(new RegExp(`not authorized to perform: account:ListRegions on resource: arn:aws:account::${PROD}:account$`));
    // Without AccountId, the management account reads its own regions.
    expect((await regions(sdkClients(emu, MANAGEMENT).account)).regions).toHaveLength(34);
  });
});

describe('regions a regional call cannot use', () => {
  it('IoT where it has no endpoint (af-south-1): the connection is dropped unanswered, each SDK attempt, and logged as NoEndpoint', async () => {
    const emu = await start();
    const error = (await sdkClients(emu, STAGING, { region: 'af-south-1', maxAttempts: 2 })
      .iot.send(new ListCertificatesCommand({}))
      .catch((e: unknown) => e)) as Error & { code?: string; $metadata?: { httpStatusCode?: number; attempts?: number } };
    expect(error.code).toBe('ECONNRESET');
    expect(error.$metadata?.httpStatusCode).toBeUndefined();
    expect(error.$metadata?.attempts).toBe(2);
    expect(emu.calls.map((c) => [c.service, c.operation, c.account, c.region, c.status, c.errorType])).toEqual([
      ['iot', 'ListCertificates', STAGING, 'af-south-1', 0, 'NoEndpoint'],
      ['iot', 'ListCertificates', STAGING, 'af-south-1', 0, 'NoEndpoint'],
    ]);
  });

  it('IoT in a made-up region has no endpoint either; in other partitions’ IoT regions it answers', async () => {
    const emu = await start();
    const code = (region: string): Promise<string> =>
      sdkClients(emu, PROD, { region })
        .iot.send(new ListCertificatesCommand({}))
        .then(() => 'ok', (e: unknown) => (e as { code?: string; name: string }).code ?? (e as Error).name);
    expect(await code('xx-nowhere-9')).toBe('ECONNRESET');
    expect(await code('ap-northeast-3')).toBe('ECONNRESET'); // a default region without IoT Core
    expect(await code('cn-north-1')).toBe('ok');
  });

  it('IoT in an opt-in region the account has not enabled: UnrecognizedClientException (403); once enabled it answers', async () => {
    const emu = await start();
    const list = (account: string): Promise<string> =>
      sdkClients(emu, account, { region: 'ap-east-1' })
        .iot.send(new ListCertificatesCommand({ pageSize: 250 }))
        .then((out) => `ok ${(out.certificates ?? []).filter((c) => c.status === 'PENDING_TRANSFER').length}`, (e: unknown) => `${(e as Error).name} ${(e as { $metadata: { httpStatusCode: number } }).$metadata.httpStatusCode}`);
    expect(await list(PROD)).toBe('UnrecognizedClientException 403');
    expect(await list(DATA)).toBe('ok 1');
    emu.seed({ accounts: [{ id: PROD, regions: { 'ap-east-1': 'ENABLED' } }] });
    expect(await list(PROD)).toBe('ok 0');
    emu.seed({ accounts: [{ id: PROD, regions: { 'ap-east-1': 'DISABLING' } }] });
    expect(await list(PROD)).toBe('UnrecognizedClientException 403');
  });
});

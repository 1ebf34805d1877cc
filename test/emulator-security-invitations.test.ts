/**
 * Security-service invitation conformance: the member side of GuardDuty, Macie and Security Hub
 * (ListInvitations -> DeclineInvitations with UnprocessedAccounts) and Detective (ListInvitations ->
 * RejectInvitation) through the real SDK clients: each service's member names and spellings,
 * limits, typed exceptions and HTTP statuses, races, rate limits, faults, "not enabled", and the
 * AWS_ENDPOINT_URL_<SERVICE> routing of env().
 */
import { DetectiveClient, ConflictException, ListInvitationsCommand as DetectiveList, RejectInvitationCommand, ResourceNotFoundException, ValidationException as DetectiveValidation } from '@aws-sdk/client-detective';
import { BadRequestException, DeclineInvitationsCommand as GuardDutyDecline, GuardDutyClient, ListInvitationsCommand as GuardDutyList } from '@aws-sdk/client-guardduty';
import { AccessDeniedException as MacieAccessDenied, DeclineInvitationsCommand as MacieDecline, ListInvitationsCommand as MacieList, Macie2Client, ValidationException as MacieValidation } from '@aws-sdk/client-macie2';
import { GetResourceShareInvitationsCommand, RAMClient } from '@aws-sdk/client-ram';
import { DeclineInvitationsCommand as SecurityHubDecline, InvalidAccessException, InvalidInputException, ListInvitationsCommand as SecurityHubList, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { startEmulator, validateScenario, type EmulatorHandle, type Scenario, type SecurityServiceName } from './emulator/index.ts';
import { sdkClients, type SdkClients } from './emulator/sdk-clients.ts';
import { useEmulatorEnvironment } from './helpers/emulator-env.ts';
import { rejectsWith } from './helpers/rejections.ts';

const SAMPLE = fileURLToPath(new URL('./emulator/scenarios/sample.yml', import.meta.url));
const ME = '210987654321';
const STRANGER = '999988887777';
const PARTNER = '111122223333';
const OLD = '333333333333';
const hex = (c: string): string => c.repeat(32);

const SERVICES: readonly SecurityServiceName[] = ['guardduty', 'macie2', 'securityhub', 'detective'];
const PENDING: Record<SecurityServiceName, string> = { guardduty: 'Invited', macie2: 'Invited', securityhub: 'Invited', detective: 'INVITED' };
const ACCEPTED: Record<SecurityServiceName, string> = { guardduty: 'Enabled', macie2: 'Enabled', securityhub: 'Enabled', detective: 'ENABLED' };

function scenario(): Scenario {
  return {
    defaultAccount: ME,
    securityInvitations: SERVICES.flatMap((service) => [
      { service, from: STRANGER, to: ME, id: hex('a'), invitedAt: '-1h', ...(service === 'detective' ? { email: 'ops@guard.example.com' } : {}) },
      { service, from: PARTNER, to: ME, id: hex('b'), invitedAt: '-2h' },
      { service, from: OLD, to: ME, id: hex('c'), status: ACCEPTED[service], invitedAt: '-30d' },
      { service, from: STRANGER, to: ME, id: hex('d'), region: 'eu-west-1', invitedAt: '-1h' },
      { service, from: STRANGER, to: '444455556666', id: hex('e'), invitedAt: '-1h' },
    ]),
  };
}

/** One service's calls, through its own client and member names, reduced to one shape for comparison. */
interface Invitation {
  administrator: string | undefined;
  id: string | undefined;
  status: string | undefined;
  invitedAt: string | undefined;
}

async function listPage(c: SdkClients, service: SecurityServiceName, max?: number, token?: string): Promise<{ items: Invitation[]; next: string | undefined }> {
  const paging = { ...(max === undefined ? {} : { MaxResults: max }), ...(token === undefined ? {} : { NextToken: token }) };
  if (service === 'guardduty') {
    const out = await c.guardduty.send(new GuardDutyList(paging));
    return { items: (out.Invitations ?? []).map((i) => ({ administrator: i.AccountId, id: i.InvitationId, status: i.RelationshipStatus, invitedAt: i.InvitedAt })), next: out.NextToken };
  }
  if (service === 'macie2') {
    const out = await c.macie2.send(new MacieList({ ...(max === undefined ? {} : { maxResults: max }), ...(token === undefined ? {} : { nextToken: token }) }));
    return { items: (out.invitations ?? []).map((i) => ({ administrator: i.accountId, id: i.invitationId, status: i.relationshipStatus, invitedAt: i.invitedAt?.toISOString() })), next: out.nextToken };
  }
  if (service === 'securityhub') {
    const out = await c.securityhub.send(new SecurityHubList(paging));
    return { items: (out.Invitations ?? []).map((i) => ({ administrator: i.AccountId, id: i.InvitationId, status: i.MemberStatus, invitedAt: i.InvitedAt?.toISOString() })), next: out.NextToken };
  }
  const out = await c.detective.send(new DetectiveList(paging));
  return { items: (out.Invitations ?? []).map((i) => ({ administrator: i.AdministratorId, id: i.GraphArn, status: i.Status, invitedAt: i.InvitedTime?.toISOString() })), next: out.NextToken };
}

async function listAll(c: SdkClients, service: SecurityServiceName, max?: number): Promise<{ items: Invitation[]; pages: number }> {
  const items: Invitation[] = [];
  let pages = 0;
  let token: string | undefined;
  do {
    const page = await listPage(c, service, max, token);
    pages += 1;
    items.push(...page.items);
    token = page.next === '' ? undefined : page.next;
  } while (token !== undefined);
  return { items, pages };
}

/** Decline (GuardDuty, Macie, Security Hub): the accounts reported unprocessed, with their reason. */
async function decline(c: SdkClients, service: Exclude<SecurityServiceName, 'detective'>, ids: string[]): Promise<{ account: string | undefined; reason: string | undefined }[]> {
  if (service === 'guardduty') return ((await c.guardduty.send(new GuardDutyDecline({ AccountIds: ids }))).UnprocessedAccounts ?? []).map((u) => ({ account: u.AccountId, reason: u.Result }));
  if (service === 'macie2') return ((await c.macie2.send(new MacieDecline({ accountIds: ids }))).unprocessedAccounts ?? []).map((u) => ({ account: u.accountId, reason: `${u.errorCode}: ${u.errorMessage}` }));
  return ((await c.securityhub.send(new SecurityHubDecline({ AccountIds: ids }))).UnprocessedAccounts ?? []).map((u) => ({ account: u.AccountId, reason: u.ProcessingResult }));
}

const graphArn = (administrator: string, id: string, region = 'us-east-1'): string => `arn:aws:detective:${region}:${administrator}:graph:${id}`;

async function failure(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number } } & Record<string, unknown>> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(Error);
  return error as Error & { $metadata: { httpStatusCode?: number } } & Record<string, unknown>;
}

let emu: EmulatorHandle;
afterEach(() => emu?.close());

async function start(s: Scenario | string = scenario()): Promise<SdkClients> {
  emu = await startEmulator({ scenario: s });
  return sdkClients(emu, ME);
}

describe('ListInvitations', () => {
  it.each(SERVICES)('%s lists the caller’s invitations in its region, pending and accepted, newest first', async (service) => {
    const c = await start();
    const { items } = await listAll(c, service);
    expect(items.map((i) => [i.administrator, i.status])).toEqual([
      [STRANGER, PENDING[service]],
      [PARTNER, PENDING[service]],
      [OLD, ACCEPTED[service]],
    ]);
    expect(items[0]?.id).toBe(service === 'detective' ? graphArn(STRANGER, hex('a')) : hex('a'));
    expect(Date.parse(items[0]?.invitedAt ?? '')).toBeGreaterThan(Date.parse(items[1]?.invitedAt ?? ''));
    const eu = await listAll(sdkClients(emu, ME, { region: 'eu-west-1' }), service);
    expect(eu.items.map((i) => i.administrator)).toEqual([STRANGER]);
    expect(emu.calls.map((c) => [c.service, c.operation, c.region])).toEqual([
      [service, 'ListInvitations', 'us-east-1'],
      [service, 'ListInvitations', 'eu-west-1'],
    ]);
  });

  it('uses each service’s own member names on the wire (as the SDKs parse them)', async () => {
    const c = await start();
    const gd = await c.guardduty.send(new GuardDutyList({}));
    // GuardDuty's InvitedAt is a string in its model, not a timestamp.
    expect(gd.Invitations?.[0]).toEqual({ AccountId: STRANGER, InvitationId: hex('a'), RelationshipStatus: 'Invited', InvitedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const macie = await c.macie2.send(new MacieList({}));
    expect(macie.invitations?.[0]).toEqual({ accountId: STRANGER, invitationId: hex('a'), relationshipStatus: 'Invited', invitedAt: expect.any(Date) });
    const hub = await c.securityhub.send(new SecurityHubList({}));
    expect(hub.Invitations?.[0]).toEqual({ AccountId: STRANGER, InvitationId: hex('a'), MemberStatus: 'Invited', InvitedAt: expect.any(Date) });
    const det = await c.detective.send(new DetectiveList({}));
    // Detective: AccountId is the member (us); the inviter is AdministratorId (and MasterId).
    expect(det.Invitations?.[0]).toEqual({
      AccountId: ME,
      AdministratorId: STRANGER,
      MasterId: STRANGER,
      EmailAddress: 'ops@guard.example.com',
      GraphArn: graphArn(STRANGER, hex('a')),
      Status: 'INVITED',
      InvitationType: 'INVITATION',
      InvitedTime: expect.any(Date),
      UpdatedTime: expect.any(Date),
    });
    expect(emu.calls.map((x) => x.params)).toEqual([{}, {}, {}, {}]);
  });

  it.each([
    ['guardduty', 50, [50, 10], [25, 25, 10]],
    ['macie2', 25, [25, 25, 10], [25, 25, 10]],
    ['securityhub', 50, [50, 10], [25, 25, 10]],
    ['detective', 100, [60], [25, 25, 10]],
  ] as const)('%s pages by its default (%i) and by MaxResults 25', async (service, _default, byDefault, by25) => {
    const c = await start({ defaultAccount: ME, securityInvitations: [{ service, to: ME, count: 60 }] });
    const sizes = async (max?: number): Promise<number[]> => {
      const out: number[] = [];
      let token: string | undefined;
      do {
        const page = await listPage(c, service, max, token);
        out.push(page.items.length);
        token = page.next;
      } while (token !== undefined);
      return out;
    };
    expect(await sizes()).toEqual(byDefault);
    expect(await sizes(25)).toEqual(by25);
    expect(new Set((await listAll(c, service, 7)).items.map((i) => i.administrator)).size).toBe(60);
  });

  it.each([
    ['guardduty', 51, BadRequestException],
    ['macie2', 26, MacieValidation],
    ['securityhub', 51, InvalidInputException],
    ['detective', 201, DetectiveValidation],
  ] as const)('%s refuses MaxResults %i and a forged token with its own 400 error', async (service, tooMany, type) => {
    const c = await start();
    for (const call of [listPage(c, service, tooMany), listPage(c, service, 0), listPage(c, service, undefined, 'bm90IGEgdG9rZW4=')]) {
      const error = await failure(call);
      expect(error).toBeInstanceOf(type);
      expect(error.$metadata.httpStatusCode).toBe(400);
    }
  });

  it('with blankFinalToken the last page carries an empty-string token, which the SDKs pass through', async () => {
    const c = await start();
    emu.setKnobs({ blankFinalToken: true });
    for (const service of SERVICES) expect((await listPage(c, service)).next).toBe('');
  });

  it('Security Hub and Macie, where not enabled, answer with their own access errors; other regions and services are unaffected', async () => {
    const c = await start({ ...scenario(), securityServices: [{ service: 'securityhub', account: ME, region: 'us-east-1', enabled: false }, { service: 'macie2', account: ME, enabled: false }] });
    const hub = await failure(listPage(c, 'securityhub'));
    expect(hub).toBeInstanceOf(InvalidAccessException);
    expect(hub.$metadata.httpStatusCode).toBe(401);
    expect(hub.message).toBe(`Account ${ME} is not subscribed to AWS Security Hub`);
    expect(await failure(decline(c, 'securityhub', [STRANGER]))).toBeInstanceOf(InvalidAccessException);
    const macie = await failure(listPage(sdkClients(emu, ME, { region: 'eu-west-1' }), 'macie2'));
    expect(macie).toBeInstanceOf(MacieAccessDenied);
    expect(macie.$metadata.httpStatusCode).toBe(401);
    expect((await listPage(sdkClients(emu, ME, { region: 'eu-west-1' }), 'securityhub')).items).toHaveLength(1);
    expect((await listPage(c, 'guardduty')).items).toHaveLength(3);
  });
});

describe('DeclineInvitations (GuardDuty, Macie, Security Hub)', () => {
  it.each(['guardduty', 'macie2', 'securityhub'] as const)('%s declines a pending invitation; what it cannot decline comes back unprocessed, not as an error', async (service) => {
    const c = await start();
    expect(await decline(c, service, [STRANGER])).toEqual([]);
    expect(emu.securityInvitation(service, 'us-east-1', ME, STRANGER)).toMatchObject({ removed: 'declined', removedAt: expect.any(Date) });
    expect((await listAll(c, service)).items.map((i) => i.administrator)).toEqual([PARTNER, OLD]);
    const unprocessed = await decline(c, service, [STRANGER, OLD, '123456789012', PARTNER]);
    expect(unprocessed.map((u) => u.account)).toEqual([STRANGER, OLD, '123456789012']);
    expect(unprocessed[0]?.reason).toContain('no pending invitation');
    expect(unprocessed[1]?.reason).toContain(ACCEPTED[service]);
    expect(emu.securityInvitation(service, 'us-east-1', ME, OLD)?.status).toBe(ACCEPTED[service]);
    expect(emu.securityInvitation(service, 'us-east-1', ME, PARTNER)?.removed).toBe('declined');
    expect(emu.calls.every((x) => x.status === 200)).toBe(true);
  });

  it('Macie reports unprocessed accounts with errorCode ClientError', async () => {
    const c = await start();
    const out = await c.macie2.send(new MacieDecline({ accountIds: ['123456789012'] }));
    expect(out.unprocessedAccounts).toEqual([{ accountId: '123456789012', errorCode: 'ClientError', errorMessage: expect.stringContaining('123456789012') }]);
  });

  it.each([
    ['guardduty', [], BadRequestException],
    ['guardduty', ['12345678901'], BadRequestException],
    ['guardduty', Array.from({ length: 51 }, (_, i) => String(100000000000 + i)), BadRequestException],
    ['macie2', [], MacieValidation],
    ['securityhub', [], InvalidInputException],
  ] as const)('%s refuses account ids %j with its own 400 error', async (service, ids, type) => {
    const c = await start();
    const error = await failure(decline(c, service, [...ids]));
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('declines only in the caller’s region and for the caller', async () => {
    const c = await start();
    expect(await decline(sdkClients(emu, ME, { region: 'eu-west-1' }), 'guardduty', [STRANGER])).toEqual([]);
    expect(emu.securityInvitation('guardduty', 'eu-west-1', ME, STRANGER)?.removed).toBe('declined');
    expect(emu.securityInvitation('guardduty', 'us-east-1', ME, STRANGER)?.removed).toBeUndefined();
    expect(emu.securityInvitation('guardduty', 'us-east-1', '444455556666', STRANGER)?.removed).toBeUndefined();
    expect((await listPage(c, 'guardduty')).items).toHaveLength(3);
  });
});

describe('RejectInvitation (Detective)', () => {
  it('rejects an INVITED membership: it is no longer listed; a second reject finds nothing (404)', async () => {
    const c = await start();
    const out = await c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(STRANGER, hex('a')) }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(emu.securityInvitation('detective', 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect((await listAll(c, 'detective')).items.map((i) => i.administrator)).toEqual([PARTNER, OLD]);
    const again = await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(STRANGER, hex('a')) })));
    expect(again).toBeInstanceOf(ResourceNotFoundException);
    expect(again.$metadata.httpStatusCode).toBe(404);
  });

  it('an accepted membership is a ConflictException (409); another region’s or an unknown graph is not found; a malformed ARN is a ValidationException', async () => {
    const c = await start();
    const conflict = await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(OLD, hex('c')) })));
    expect(conflict).toBeInstanceOf(ConflictException);
    expect(conflict.$metadata.httpStatusCode).toBe(409);
    expect(await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(STRANGER, hex('d'), 'eu-west-1') })))).toBeInstanceOf(ResourceNotFoundException);
    expect(await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(STRANGER, hex('f')) })))).toBeInstanceOf(ResourceNotFoundException);
    const malformed = await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: `arn:aws:detective:us-east-1:${STRANGER}:graph:123412341234` })));
    expect(malformed).toBeInstanceOf(DetectiveValidation);
    expect(malformed.ErrorCode).toBe('INVALID_GRAPH_ARN');
    expect(emu.securityInvitation('detective', 'us-east-1', ME, OLD)?.status).toBe('ENABLED');
  });
});

describe('races, rate limits and faults', () => {
  it.each(['guardduty', 'macie2', 'securityhub'] as const)('%s: accepted or withdrawn just before the decline, the account comes back unprocessed', async (service) => {
    const c = await start();
    emu.raceBeforeNext({ operation: 'DeclineInvitations', outcome: 'accepted' });
    expect((await decline(c, service, [STRANGER])).map((u) => u.account)).toEqual([STRANGER]);
    expect(emu.calls.at(-1)?.race).toBe('accepted');
    expect(emu.securityInvitation(service, 'us-east-1', ME, STRANGER)?.status).toBe(ACCEPTED[service]);
    emu.raceBeforeNext({ operation: 'DeclineInvitations', outcome: 'cancelled' });
    expect((await decline(c, service, [PARTNER])).map((u) => u.account)).toEqual([PARTNER]);
    expect(emu.securityInvitation(service, 'us-east-1', ME, PARTNER)?.removed).toBe('withdrawn');
  });

  it('Detective: accepted meanwhile is a ConflictException; withdrawn meanwhile is ResourceNotFoundException', async () => {
    const c = await start();
    emu.raceBeforeNext({ operation: 'RejectInvitation', outcome: 'accepted' });
    expect(await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(STRANGER, hex('a')) })))).toBeInstanceOf(ConflictException);
    emu.raceBeforeNext({ operation: 'RejectInvitation', outcome: 'cancelled', id: graphArn(PARTNER, hex('b')) });
    expect(await failure(c.detective.send(new RejectInvitationCommand({ GraphArn: graphArn(PARTNER, hex('b')) })))).toBeInstanceOf(ResourceNotFoundException);
    expect(emu.calls.map((x) => x.race)).toEqual(['accepted', 'cancelled']);
  });

  it.each([
    ['guardduty', 'TooManyRequestsException'],
    ['macie2', 'ThrottlingException'],
    ['securityhub', 'LimitExceededException'],
    ['detective', 'TooManyRequestsException'],
  ] as const)('%s throttles per API, account and region with %s (429), which the SDK retries', async (service, name) => {
    const c = await start();
    emu.setRateLimit({ service, operation: 'ListInvitations', tps: 0.001, burst: 1 });
    await listPage(c, service);
    const error = await failure(listPage(c, service));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(429);
    await listPage(sdkClients(emu, ME, { region: 'eu-west-1' }), service);
    await listPage(sdkClients(emu, PARTNER), service);
    expect(emu.calls.filter((x) => x.status === 429)).toHaveLength(1);
    emu.setRateLimit({ service, operation: 'ListInvitations', tps: 1, burst: 1 });
    emu.clearCalls();
    const frozen = Date.now();
    // The bucket's clock moves one second per throttled call only: the retry gets through by count, not by time.
    emu.setClock(() => frozen + emu.calls.filter((x) => x.status === 429).length * 1000);
    const retrying = sdkClients(emu, ME, { maxAttempts: 3 });
    await listPage(retrying, service);
    await listPage(retrying, service);
    expect(emu.calls.map((x) => x.status)).toEqual([200, 429, 200]);
  });

  it.each([
    ['guardduty', 'InternalServerErrorException'],
    ['macie2', 'InternalServerException'],
    ['securityhub', 'InternalException'],
    ['detective', 'InternalServerException'],
  ] as const)('an injected http500 on %s is its own %s', async (service, name) => {
    const c = await start();
    emu.injectFault({ service, operation: 'ListInvitations', nth: 1, kind: 'http500' });
    const error = await failure(listPage(c, service));
    expect(error.name).toBe(name);
    expect(error.$metadata.httpStatusCode).toBe(500);
  });
});

describe('the sample scenario and the environment', () => {
  it('carries Detective’s administrator-written email through unchanged; Security Hub is not subscribed in eu-west-1', async () => {
    const c = await start(SAMPLE);
    const det = await c.detective.send(new DetectiveList({}));
    expect(det.Invitations?.map((i) => [i.AdministratorId, i.Status, i.EmailAddress])).toEqual([[STRANGER, 'INVITED', '::add-mask::<b>@mention</b>\u202E@guard.example.com']]);
    expect((await listAll(c, 'guardduty')).items.map((i) => [i.administrator, i.status])).toEqual([
      [STRANGER, 'Invited'],
      [PARTNER, 'Invited'],
    ]);
    expect(await failure(listPage(sdkClients(emu, ME, { region: 'eu-west-1' }), 'securityhub'))).toBeInstanceOf(InvalidAccessException);
  });

  const env = useEmulatorEnvironment();
  it('env() points all five clients at the emulator through AWS_ENDPOINT_URL_<SERVICE>, with no endpoint in code', async () => {
    emu = await env.start({ scenario: SAMPLE });
    await new RAMClient({}).send(new GetResourceShareInvitationsCommand({}));
    await new GuardDutyClient({}).send(new GuardDutyList({}));
    await new Macie2Client({}).send(new MacieList({}));
    await new SecurityHubClient({}).send(new SecurityHubList({}));
    await new DetectiveClient({}).send(new DetectiveList({}));
    expect(emu.calls.map((x) => [x.service, x.account, x.region, x.status])).toEqual(
      ['ram', 'guardduty', 'macie2', 'securityhub', 'detective'].map((service) => [service, ME, 'us-east-1', 200]),
    );
  });
});

describe('scenario validation', () => {
  it.each([
    ['an unknown service', { securityInvitations: [{ service: 'inspector', from: STRANGER, to: ME }] }, /securityInvitations\[0\]\.service: expected one of guardduty, macie2, securityhub, detective/],
    ['no inviter', { securityInvitations: [{ service: 'guardduty', to: ME }] }, /securityInvitations\[0\]\.from: the inviting/],
    ['count with from', { securityInvitations: [{ service: 'guardduty', from: STRANGER, to: ME, count: 2 }] }, /with count > 1/],
    ['a short id', { securityInvitations: [{ service: 'macie2', from: STRANGER, to: ME, id: 'abc' }] }, /id: expected 32 lowercase hex/],
    ['an email outside Detective', { securityInvitations: [{ service: 'guardduty', from: STRANGER, to: ME, email: 'a@b.cc' }] }, /only Detective/],
    ['a self-invitation', { resourceShareInvitations: [{ from: ME, to: ME }] }, /does not invite itself/],
    ['an unknown RAM status', { resourceShareInvitations: [{ from: STRANGER, to: ME, status: 'DECLINED' }] }, /status: expected one of PENDING, ACCEPTED, REJECTED, EXPIRED/],
    ['a resource type without a service', { resourceShareInvitations: [{ from: STRANGER, to: ME, resources: [{ type: 'Subnet' }] }] }, /resources\[0\]\.type: expected service-code:resource-code/],
    ['GuardDuty under securityServices', { securityServices: [{ service: 'guardduty', account: ME, enabled: false }] }, /securityServices\[0\]\.service: expected one of securityhub, macie2/],
    ['an unknown knob', { knobs: { blankFinalTokens: true } }, /unknown key "blankFinalTokens"/],
  ])('refuses %s, naming the key', (_label, raw, message) => {
    throwsWith(() => validateScenario(raw, 'test.yml'), message);
  });

  it('refuses a second invitation from the same administrator to the same member, service and region', async () => {
    await rejectsWith(startEmulator({ scenario: { securityInvitations: [{ service: 'guardduty', from: STRANGER, to: ME }, { service: 'guardduty', from: STRANGER, to: ME }] } }), /already invited/);
  });
});

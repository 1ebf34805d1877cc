/**
 * RAM conformance: the receiving side of resource-share invitations through the real
 * @aws-sdk/client-ram, its paginators (incl. empty pages with a token), its typed exceptions and
 * their HTTP statuses as RAM's model gives them, idempotent client tokens, races, rate limits and
 * faults, per account and region.
 */
import {
  AcceptResourceShareInvitationCommand,
  GetResourceShareInvitationsCommand,
  IdempotentParameterMismatchException,
  InvalidClientTokenException,
  InvalidMaxResultsException,
  InvalidNextTokenException,
  InvalidParameterException,
  ListPendingInvitationResourcesCommand,
  MalformedArnException,
  MissingRequiredParameterException,
  OperationNotPermittedException,
  paginateGetResourceShareInvitations,
  paginateListPendingInvitationResources,
  RAMServiceException,
  RejectResourceShareInvitationCommand,
  ResourceShareInvitationAlreadyAcceptedException,
  ResourceShareInvitationAlreadyRejectedException,
  ResourceShareInvitationArnNotFoundException,
  ResourceShareInvitationExpiredException,
  ServerInternalException,
  ServiceUnavailableException,
  UnknownResourceException,
  type RAMClient,
  type ResourceShareInvitation,
} from '@aws-sdk/client-ram';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const SAMPLE = fileURLToPath(new URL('./emulator/scenarios/sample.yml', import.meta.url));
const ME = '210987654321';
const PARTNER = '111122223333';
const STRANGER = '999988887777';
const OTHER = '444455556666';
const id = (n: number): string => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const arn = (n: number, region = 'us-east-1', sender = STRANGER): string => `arn:aws:ram:${region}:${sender}:resource-share-invitation/${id(n)}`;

const SCENARIO: Scenario = {
  defaultAccount: ME,
  resourceShareInvitations: [
    { id: id(1), from: STRANGER, to: ME, shareName: 'subnets', shareId: id(101), invitedAt: '-1h', resources: [{ type: 'ec2:Subnet', count: 7 }, { type: 'ram:PermissionGlobal', scope: 'GLOBAL' }] },
    { id: id(2), from: STRANGER, to: ME, shareName: 'accepted', status: 'ACCEPTED', invitedAt: '-2h' },
    { id: id(3), from: STRANGER, to: ME, shareName: 'rejected', status: 'REJECTED', invitedAt: '-3h' },
    { id: id(4), from: STRANGER, to: ME, shareName: 'expired', status: 'EXPIRED', invitedAt: '-8d' },
    { id: id(5), from: STRANGER, to: ME, shareName: 'expires soon', invitedAt: '-4h', expiresAt: '+1h' },
    { id: id(6), from: PARTNER, to: ME, shareName: 'partner', invitedAt: '-5h' },
    { id: id(7), from: STRANGER, to: ME, shareName: 'eu', region: 'eu-west-1', invitedAt: '-1h' },
    { id: id(8), from: STRANGER, to: OTHER, shareName: 'for another account', invitedAt: '-1h' },
    { id: id(9), from: ME, to: OTHER, shareName: 'sent by us', invitedAt: '-2h' },
  ],
};

let emu: EmulatorHandle;
afterEach(() => emu.close());

async function start(scenario: Scenario | string = SCENARIO): Promise<RAMClient> {
  emu = await startEmulator({ scenario });
  return sdkClients(emu, ME).ram;
}

async function failure(promise: Promise<unknown>): Promise<RAMServiceException> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(RAMServiceException);
  return error as RAMServiceException;
}

async function listAll(ram: RAMClient, pageSize?: number): Promise<{ invitations: ResourceShareInvitation[]; pages: number; emptyWithToken: number }> {
  const invitations: ResourceShareInvitation[] = [];
  let pages = 0;
  let emptyWithToken = 0;
  for await (const page of paginateGetResourceShareInvitations({ client: ram, ...(pageSize ? { pageSize } : {}) }, {})) {
    pages += 1;
    if ((page.resourceShareInvitations ?? []).length === 0 && page.nextToken) emptyWithToken += 1;
    invitations.push(...(page.resourceShareInvitations ?? []));
  }
  return { invitations, pages, emptyWithToken };
}

describe('GetResourceShareInvitations', () => {
  it('lists the invitations the caller received in the caller’s region, every status, newest first', async () => {
    const ram = await start();
    const { invitations } = await listAll(ram);
    expect(invitations.map((i) => [i.resourceShareName, i.status])).toEqual([
      ['subnets', 'PENDING'],
      ['accepted', 'ACCEPTED'],
      ['rejected', 'REJECTED'],
      ['expires soon', 'PENDING'],
      ['partner', 'PENDING'],
      ['expired', 'EXPIRED'],
    ]);
    expect(invitations[0]).toEqual({
      resourceShareInvitationArn: arn(1),
      resourceShareName: 'subnets',
      resourceShareArn: `arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(101)}`,
      senderAccountId: STRANGER,
      receiverAccountId: ME,
      invitationTimestamp: expect.any(Date),
      status: 'PENDING',
    });
    const eu = await listAll(sdkClients(emu, ME, { region: 'eu-west-1' }).ram);
    expect(eu.invitations.map((i) => i.resourceShareInvitationArn)).toEqual([arn(7, 'eu-west-1')]);
    const other = await listAll(sdkClients(emu, OTHER).ram);
    expect(other.invitations.map((i) => [i.resourceShareName, i.senderAccountId])).toEqual([
      ['for another account', STRANGER],
      ['sent by us', ME],
    ]);
    expect(emu.calls.map((c) => [c.service, c.operation, c.account, c.region])).toContainEqual(['ram', 'GetResourceShareInvitations', ME, 'eu-west-1']);
  });

  it('a PENDING invitation past its expiry reads EXPIRED', async () => {
    const ram = await start();
    emu.setClock(() => Date.now() + 2 * 3_600_000);
    const { invitations } = await listAll(ram);
    expect(invitations.find((i) => i.resourceShareName === 'expires soon')?.status).toBe('EXPIRED');
    expect(emu.resourceShareInvitation(arn(5))?.status).toBe('EXPIRED');
  });

  it('pages with maxResults and nextToken; absent nextToken ends the listing', async () => {
    const ram = await start();
    const first = await ram.send(new GetResourceShareInvitationsCommand({ maxResults: 4 }));
    expect(first.resourceShareInvitations).toHaveLength(4);
    expect(first.nextToken).toEqual(expect.any(String));
    const second = await ram.send(new GetResourceShareInvitationsCommand({ maxResults: 4, nextToken: first.nextToken }));
    expect(second.resourceShareInvitations).toHaveLength(2);
    expect(second.nextToken).toBeUndefined();
    const { invitations, pages } = await listAll(ram, 2);
    expect(pages).toBe(3);
    expect(new Set(invitations.map((i) => i.resourceShareInvitationArn)).size).toBe(6);
  });

  it('can answer empty pages that still carry a nextToken (the model warns of it); the paginator gets everything', async () => {
    const ram = await start();
    emu.setKnobs({ emptyPageRate: 0.5 });
    const { invitations, pages, emptyWithToken } = await listAll(ram, 2);
    expect(emptyWithToken).toBeGreaterThan(0);
    expect(pages).toBe(3 + emptyWithToken);
    expect(new Set(invitations.map((i) => i.resourceShareInvitationArn)).size).toBe(6);
  });

  it('with trailingEmptyPage the last real page points at an empty final page', async () => {
    const ram = await start();
    emu.setKnobs({ trailingEmptyPage: true });
    const first = await ram.send(new GetResourceShareInvitationsCommand({}));
    expect(first.resourceShareInvitations).toHaveLength(6);
    const last = await ram.send(new GetResourceShareInvitationsCommand({ nextToken: first.nextToken }));
    expect(last.resourceShareInvitations).toEqual([]);
    expect(last.nextToken).toBeUndefined();
  });

  it('filters by invitation ARNs and by share ARNs', async () => {
    const ram = await start();
    const byArn = await ram.send(new GetResourceShareInvitationsCommand({ resourceShareInvitationArns: [arn(6, 'us-east-1', PARTNER), arn(2)] }));
    expect(byArn.resourceShareInvitations?.map((i) => i.resourceShareName)).toEqual(['accepted', 'partner']);
    const byShare = await ram.send(new GetResourceShareInvitationsCommand({ resourceShareArns: [`arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(101)}`] }));
    expect(byShare.resourceShareInvitations?.map((i) => i.resourceShareName)).toEqual(['subnets']);
  });

  it.each([
    ['maxResults 0', { maxResults: 0 }, InvalidMaxResultsException],
    ['maxResults 501', { maxResults: 501 }, InvalidMaxResultsException],
    ['a forged nextToken', { nextToken: 'bm90IGEgdG9rZW4=' }, InvalidNextTokenException],
    ['a malformed invitation ARN', { resourceShareInvitationArns: ['arn:aws:ram:us-east-1:1:resource-share-invitation/x'] }, MalformedArnException],
    ['an unknown invitation ARN', { resourceShareInvitationArns: [arn(99)] }, ResourceShareInvitationArnNotFoundException],
    ['another account’s invitation ARN', { resourceShareInvitationArns: [arn(8)] }, ResourceShareInvitationArnNotFoundException],
    ['an unknown share ARN', { resourceShareArns: [`arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(999)}`] }, UnknownResourceException],
  ])('answers %s with its typed exception (HTTP 400)', async (_label, input, type) => {
    const ram = await start();
    const error = await failure(ram.send(new GetResourceShareInvitationsCommand(input)));
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });
});

describe('RejectResourceShareInvitation and AcceptResourceShareInvitation', () => {
  it('rejects a PENDING invitation: the answer shows REJECTED and the client token; a second reject is AlreadyRejected', async () => {
    const ram = await start();
    const out = await ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1) }));
    expect(out.resourceShareInvitation).toMatchObject({ resourceShareInvitationArn: arn(1), status: 'REJECTED', senderAccountId: STRANGER, receiverAccountId: ME });
    expect(out.clientToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(emu.resourceShareInvitation(arn(1))).toMatchObject({ status: 'REJECTED', respondedAt: expect.any(Date) });
    const again = await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1) })));
    expect(again).toBeInstanceOf(ResourceShareInvitationAlreadyRejectedException);
    expect(again.$metadata.httpStatusCode).toBe(400);
  });

  it.each([
    ['accepted', arn(2), ResourceShareInvitationAlreadyAcceptedException],
    ['rejected', arn(3), ResourceShareInvitationAlreadyRejectedException],
    ['expired', arn(4), ResourceShareInvitationExpiredException],
    ['unknown', arn(99), ResourceShareInvitationArnNotFoundException],
    ['another account’s', arn(8), ResourceShareInvitationArnNotFoundException],
    ['malformed', 'arn:aws:ram:us-east-1:1:resource-share-invitation/x', MalformedArnException],
  ])('refuses an %s invitation with its typed exception (HTTP 400)', async (_label, target, type) => {
    const ram = await start();
    const error = await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: target })));
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it('is regional: the invitation is not found from another region; the sender may not answer it', async () => {
    const ram = await start();
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(7, 'eu-west-1') })))).toBeInstanceOf(ResourceShareInvitationArnNotFoundException);
    const sender = sdkClients(emu, STRANGER).ram;
    expect(await failure(sender.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1) })))).toBeInstanceOf(OperationNotPermittedException);
    expect(emu.resourceShareInvitation(arn(1))?.status).toBe('PENDING');
  });

  it('an invitation that expired while pending cannot be rejected', async () => {
    const ram = await start();
    emu.setClock(() => Date.now() + 2 * 3_600_000);
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(5) })))).toBeInstanceOf(ResourceShareInvitationExpiredException);
  });

  it('a clientToken makes it idempotent: the same token replays the answer; with another ARN it is a mismatch; too long is invalid', async () => {
    const ram = await start();
    const token = 'token-0001';
    const first = await ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1), clientToken: token }));
    const replay = await ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1), clientToken: token }));
    expect(replay.resourceShareInvitation).toEqual(first.resourceShareInvitation);
    expect(replay.clientToken).toBe(token);
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(5), clientToken: token })))).toBeInstanceOf(IdempotentParameterMismatchException);
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(5), clientToken: 'x'.repeat(65) })))).toBeInstanceOf(InvalidClientTokenException);
    expect(emu.resourceShareInvitation(arn(5))?.status).toBe('PENDING');
  });

  it('the receiver accepts; a reject after that is AlreadyAccepted', async () => {
    const ram = await start();
    expect((await ram.send(new AcceptResourceShareInvitationCommand({ resourceShareInvitationArn: arn(6, 'us-east-1', PARTNER) }))).resourceShareInvitation?.status).toBe('ACCEPTED');
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(6, 'us-east-1', PARTNER) })))).toBeInstanceOf(ResourceShareInvitationAlreadyAcceptedException);
  });
});

describe('ListPendingInvitationResources', () => {
  it('lists what a pending invitation shares, paged, filtered by region scope', async () => {
    const ram = await start();
    const resources = [];
    let pages = 0;
    for await (const page of paginateListPendingInvitationResources({ client: ram, pageSize: 3 }, { resourceShareInvitationArn: arn(1) })) {
      pages += 1;
      resources.push(...(page.resources ?? []));
    }
    expect(pages).toBe(3);
    expect(resources).toHaveLength(8);
    expect(new Set(resources.map((r) => r.arn)).size).toBe(8);
    expect(resources.filter((r) => r.type === 'ec2:Subnet')).toHaveLength(7);
    expect(resources[0]).toMatchObject({
      arn: expect.stringMatching(new RegExp(`^arn:aws:ec2:us-east-1:${STRANGER}:subnet/`)),
      resourceShareArn: `arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(101)}`,
      status: 'AVAILABLE',
      resourceRegionScope: 'REGIONAL',
      creationTime: expect.any(Date),
      lastUpdatedTime: expect.any(Date),
    });
    const global = await ram.send(new ListPendingInvitationResourcesCommand({ resourceShareInvitationArn: arn(1), resourceRegionScope: 'GLOBAL' }));
    expect(global.resources?.map((r) => [r.type, r.resourceRegionScope])).toEqual([['ram:PermissionGlobal', 'GLOBAL']]);
  });

  it.each([
    ['no ARN', {}, MissingRequiredParameterException],
    ['a rejected invitation', { resourceShareInvitationArn: arn(3) }, ResourceShareInvitationAlreadyRejectedException],
    ['an expired invitation', { resourceShareInvitationArn: arn(4) }, ResourceShareInvitationExpiredException],
    ['an unknown invitation', { resourceShareInvitationArn: arn(99) }, ResourceShareInvitationArnNotFoundException],
    ['an unknown region scope', { resourceShareInvitationArn: arn(1), resourceRegionScope: 'MOON' as never }, InvalidParameterException],
    ['maxResults 501', { resourceShareInvitationArn: arn(1), maxResults: 501 }, InvalidParameterException],
  ])('answers %s with its typed exception', async (_label, input, type) => {
    const ram = await start();
    expect(await failure(ram.send(new ListPendingInvitationResourcesCommand(input as never)))).toBeInstanceOf(type);
  });
});

describe('races, rate limits and faults', () => {
  it.each([
    ['accepted', ResourceShareInvitationAlreadyAcceptedException, 'ACCEPTED'],
    ['rejected', ResourceShareInvitationAlreadyRejectedException, 'REJECTED'],
    ['expired', ResourceShareInvitationExpiredException, 'EXPIRED'],
    ['cancelled', ResourceShareInvitationArnNotFoundException, 'PENDING'],
  ] as const)('someone else’s %s just before our reject makes it fail as that race', async (outcome, type, status) => {
    const ram = await start();
    emu.raceBeforeNext({ operation: 'RejectResourceShareInvitation', outcome });
    expect(await failure(ram.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1) })))).toBeInstanceOf(type);
    expect(emu.calls.at(-1)?.race).toBe(outcome);
    expect(emu.resourceShareInvitation(arn(1))).toMatchObject({ status, withdrawn: outcome === 'cancelled' });
  });

  it('throttles per API, account and region with ThrottlingException (429), which the SDK retries', async () => {
    const ram = await start();
    emu.setRateLimit({ service: 'ram', operation: 'GetResourceShareInvitations', tps: 0.001, burst: 1 });
    await ram.send(new GetResourceShareInvitationsCommand({}));
    const error = await failure(ram.send(new GetResourceShareInvitationsCommand({})));
    expect(error.name).toBe('ThrottlingException');
    expect(error.$metadata.httpStatusCode).toBe(429);
    await sdkClients(emu, ME, { region: 'eu-west-1' }).ram.send(new GetResourceShareInvitationsCommand({}));
    await sdkClients(emu, OTHER).ram.send(new GetResourceShareInvitationsCommand({}));
    await ram.send(new ListPendingInvitationResourcesCommand({ resourceShareInvitationArn: arn(1) }));
    expect(emu.calls.filter((c) => c.errorType === 'ThrottlingException')).toHaveLength(1);

    emu.setRateLimit({ service: 'ram', operation: 'RejectResourceShareInvitation', tps: 1, burst: 1 });
    const start0 = Date.now();
    // The bucket's clock moves one second per throttled call only: the retry gets through by count, not by time.
    emu.setClock(() => start0 + emu.calls.filter((c) => c.errorType === 'ThrottlingException').length * 1000);
    const retrying = sdkClients(emu, ME, { maxAttempts: 3 }).ram;
    await retrying.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(5) }));
    const second = await retrying.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(6, 'us-east-1', PARTNER) }));
    expect(second.$metadata.attempts).toBe(2);
  });

  it.each([
    ['http500', ServerInternalException, 500],
    ['http503', ServiceUnavailableException, 503],
  ] as const)('an injected %s is RAM’s own error for it', async (kind, type, status) => {
    const ram = await start();
    emu.injectFault({ service: 'ram', operation: 'GetResourceShareInvitations', nth: 1, kind });
    const error = await failure(ram.send(new GetResourceShareInvitationsCommand({})));
    expect(error).toBeInstanceOf(type);
    expect(error.$metadata.httpStatusCode).toBe(status);
  });

  it('a reject whose reply is lost (fault after): the SDK’s retry with the same clientToken succeeds; without one it meets AlreadyRejected', async () => {
    await start();
    const retrying = sdkClients(emu, ME, { maxAttempts: 2 }).ram;
    emu.injectFault({ operation: 'RejectResourceShareInvitation', nth: 1, kind: 'http500', phase: 'after' });
    const out = await retrying.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(1), clientToken: 'retry-me' }));
    expect(out.$metadata.attempts).toBe(2);
    expect(out.resourceShareInvitation?.status).toBe('REJECTED');
    emu.injectFault({ operation: 'RejectResourceShareInvitation', nth: 1, kind: 'http500', phase: 'after' });
    expect(await failure(retrying.send(new RejectResourceShareInvitationCommand({ resourceShareInvitationArn: arn(5) })))).toBeInstanceOf(ResourceShareInvitationAlreadyRejectedException);
    expect(emu.resourceShareInvitation(arn(5))?.status).toBe('REJECTED');
  });
});

describe('the sample scenario', () => {
  it('carries sender-written share names through the SDK unchanged, and hides what belongs to other regions', async () => {
    const ram = await start(SAMPLE);
    const us = await listAll(ram);
    expect(us.invitations.map((i) => [i.senderAccountId, i.status])).toEqual([
      [STRANGER, 'PENDING'],
      [PARTNER, 'PENDING'],
      ['555566667777', 'EXPIRED'],
      [OTHER, 'ACCEPTED'],
    ]);
    expect(us.invitations[0]?.resourceShareName).toBe('::add-mask::ACCEPT ME <img src=x onerror=alert(1)> @org/security-team $\\sqrt{-1}$ \u202Egpj.exe');
    const eu = await listAll(sdkClients(emu, ME, { region: 'eu-west-1' }).ram);
    expect(eu.invitations.map((i) => i.resourceShareName)).toEqual(['| Prod | [approve here](https://evil.example/ram) |\n::error title=x::pwned \u2067RTL\u2069']);
    const resources = await sdkClients(emu, ME, { region: 'eu-west-1' }).ram.send(new ListPendingInvitationResourcesCommand({ resourceShareInvitationArn: eu.invitations[0]?.resourceShareInvitationArn }));
    expect(resources.resources?.map((r) => r.type).sort()).toEqual(['license-manager:LicenseConfiguration', 'route53resolver:ResolverRule']);
  });
});

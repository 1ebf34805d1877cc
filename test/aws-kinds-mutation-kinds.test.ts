/**
 * The AWS halves of the kinds (src/aws/kinds) with aws-sdk-client-mock behind fake AwsClients that
 * record which service client was asked for in which region: what a part reads and logs (counts,
 * duplicates, races, "not in use", failures, no region key for a unit without one), that each write
 * goes to the right service, region and id, and that a service which is no security service is
 * refused rather than called.
 */
import { AccountClient } from '@aws-sdk/client-account';
import { DetectiveClient, ListInvitationsCommand as DetectiveListCommand, RejectInvitationCommand } from '@aws-sdk/client-detective';
import { DeclineInvitationsCommand as GuardDutyDeclineCommand, GuardDutyClient, ListInvitationsCommand as GuardDutyListCommand } from '@aws-sdk/client-guardduty';
import { IoTClient, ListCertificatesCommand, RejectCertificateTransferCommand } from '@aws-sdk/client-iot';
import { DeclineInvitationsCommand as MacieDeclineCommand, ListInvitationsCommand as MacieListCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetResourceShareInvitationsCommand, ListPendingInvitationResourcesCommand, RAMClient, RejectResourceShareInvitationCommand } from '@aws-sdk/client-ram';
import { DeclineInvitationsCommand as SecurityHubDeclineCommand, ListInvitationsCommand as SecurityHubListCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { awsCertificateTransfers } from '../src/aws/kinds/certificate-transfers.js';
import { loadAwsKind } from '../src/aws/kinds/index.js';
import type { SweepOptions, SweepUnit } from '../src/aws/kinds/kind.js';
import { awsResourceShareInvitations } from '../src/aws/kinds/resource-share-invitations.js';
import { awsSecurityInvitations } from '../src/aws/kinds/security-invitations.js';
import { sweepPart } from '../src/aws/kinds/sweep-part.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { rejectsWith } from './helpers/rejections.js';

const ME = '210987654321';
const STRANGER = '999988887777';
const PARTNER = '111122223333';
const OLD = '333333333333';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const awsError = (name: string, message = name): Error => Object.assign(new Error(message), { name });

const restore: (() => void)[] = [];
afterEach(() => {
  for (const r of restore.splice(0)) r();
});
function mocked<C extends Parameters<typeof mockClient>[0]>(client: C) {
  const m = mockClient(client);
  restore.push(() => m.restore());
  return m;
}

/** Fake clients: every regional client is real (and mocked by class), and each request for one is recorded. */
function fakeClients(): { clients: AwsClients; asked: string[]; iotRegions: string[] } {
  const asked: string[] = [];
  const iotRegions: string[] = [];
  const clients: AwsClients = {
    iot: (region) => {
      iotRegions.push(region);
      return new IoTClient({ region: region === '' ? 'us-east-1' : region, credentials, maxAttempts: 1 });
    },
    organizations: new OrganizationsClient({ region: 'us-east-1', credentials }),
    sts: new STSClient({ region: 'us-east-1', credentials }),
    account: new AccountClient({ region: 'us-east-1', credentials }),
    regional: (service, Client, region) => {
      asked.push(`${service} ${region}`);
      return new Client({ region: region === '' ? 'us-east-1' : region, credentials, maxAttempts: 1 } as never);
    },
  };
  return { clients, asked, iotRegions };
}

function options(): { options: SweepOptions; events: SweepEvent[] } {
  const events: SweepEvent[] = [];
  return { events, options: { describeConcurrency: 2, now: () => 0, progressIntervalMs: 60_000, log: (e) => events.push(e) } };
}

describe('sweepPart', () => {
  const unit: SweepUnit = { account: ME, service: 'guardduty', region: 'eu-west-1' };

  it('logs the start and what was found, with the unit’s region; no notInUse key when the service is in use', async () => {
    const { options: o, events } = options();
    const part = await sweepPart('security-invitation', unit, o, async () => ({ items: ['x', 'y'], listed: 5, vanished: 1, duplicates: 2 }));
    expect(part).toStrictEqual({ ok: true, items: ['x', 'y'] });
    expect(events).toStrictEqual([
      { type: 'part-started', account: ME, kind: 'security-invitation', service: 'guardduty', region: 'eu-west-1' },
      { type: 'part-finished', account: ME, kind: 'security-invitation', service: 'guardduty', region: 'eu-west-1', listed: 5, pending: 2, vanished: 1, duplicates: 2 },
    ]);
  });

  it('a unit without a region logs none (no region key at all), and passes "not in use" on', async () => {
    const { options: o, events } = options();
    const part = await sweepPart('handshake', { account: ME, service: 'organizations' }, o, async () => ({ items: [], listed: 0, vanished: 0, duplicates: 0, notInUse: 'off' }));
    expect(part).toStrictEqual({ ok: true, items: [], notInUse: 'off' });
    expect(events).toStrictEqual([
      { type: 'part-started', account: ME, kind: 'handshake', service: 'organizations' },
      { type: 'part-finished', account: ME, kind: 'handshake', service: 'organizations', listed: 0, pending: 0, vanished: 0, duplicates: 0, notInUse: 'off' },
    ]);
  });

  it('a failure is the part’s error, classified in the log; with and without a region', async () => {
    const { options: o, events } = options();
    const failed = await sweepPart('security-invitation', unit, o, () => Promise.reject(awsError('AccessDeniedException', 'no')));
    expect(failed).toStrictEqual({ ok: false, error: { service: 'guardduty', account: ME, region: 'eu-west-1', message: 'AccessDeniedException: no', code: 'AccessDeniedException' } });
    expect(events[1]).toStrictEqual({
      type: 'part-failed',
      account: ME,
      kind: 'security-invitation',
      service: 'guardduty',
      region: 'eu-west-1',
      errorKind: 'denied',
      error: { service: 'guardduty', account: ME, region: 'eu-west-1', message: 'AccessDeniedException: no', code: 'AccessDeniedException' },
    });
    const global = await sweepPart('handshake', { account: ME, service: 'organizations' }, o, () => Promise.reject(awsError('TooManyRequestsException', 'slow down')));
    expect(global).toStrictEqual({ ok: false, error: { service: 'organizations', account: ME, message: 'TooManyRequestsException: slow down', code: 'TooManyRequestsException' } });
    expect(events[3]).toStrictEqual({
      type: 'part-failed',
      account: ME,
      kind: 'handshake',
      service: 'organizations',
      errorKind: 'throttled',
      error: { service: 'organizations', account: ME, message: 'TooManyRequestsException: slow down', code: 'TooManyRequestsException' },
    });
  });
});

describe('security invitations: the sweep', () => {
  it('GuardDuty: pending ones only, one per inviting account, sorted; the counts logged; read with the guardduty client of the unit’s region', async () => {
    const m = mocked(GuardDutyClient);
    m.on(GuardDutyListCommand).resolves({
      Invitations: [
        { AccountId: STRANGER, InvitationId: 's1', RelationshipStatus: 'Invited', InvitedAt: '2026-11-20T10:00:00Z' },
        { AccountId: OLD, InvitationId: 'o1', RelationshipStatus: 'Enabled' },
        { AccountId: PARTNER, InvitationId: 'p1', RelationshipStatus: 'Invited' },
        { AccountId: STRANGER, InvitationId: 's2', RelationshipStatus: 'Invited' },
      ],
    });
    const { clients, asked } = fakeClients();
    const { options: o, events } = options();
    const part = await awsSecurityInvitations.sweep(clients, { account: ME, service: 'guardduty', region: 'eu-west-1' }, o);
    expect(part).toStrictEqual({
      ok: true,
      items: [
        { kind: 'security-invitation', account: ME, region: 'eu-west-1', service: 'guardduty', administratorAccountId: PARTNER, invitationId: 'p1', status: 'Invited', invitedAt: undefined, memberEmail: undefined },
        { kind: 'security-invitation', account: ME, region: 'eu-west-1', service: 'guardduty', administratorAccountId: STRANGER, invitationId: 's1', status: 'Invited', invitedAt: '2026-11-20T10:00:00.000Z', memberEmail: undefined },
      ],
    });
    expect(asked).toEqual(['guardduty eu-west-1']);
    expect(events).toStrictEqual([
      { type: 'part-started', account: ME, kind: 'security-invitation', service: 'guardduty', region: 'eu-west-1' },
      { type: 'part-finished', account: ME, kind: 'security-invitation', service: 'guardduty', region: 'eu-west-1', listed: 4, pending: 2, vanished: 0, duplicates: 1 },
    ]);
  });

  it('Macie, Security Hub and Detective are each read with their own client (macie2, securityhub, detective)', async () => {
    mocked(Macie2Client).on(MacieListCommand).resolves({ invitations: [{ accountId: STRANGER, relationshipStatus: 'Invited' }] });
    mocked(SecurityHubClient).on(SecurityHubListCommand).resolves({ Invitations: [{ AccountId: PARTNER, MemberStatus: 'Invited' }] });
    const graph = `arn:aws:detective:ap-south-1:${OLD}:graph:${'a'.repeat(32)}`;
    mocked(DetectiveClient).on(DetectiveListCommand).resolves({ Invitations: [{ GraphArn: graph, AdministratorId: OLD, Status: 'INVITED', EmailAddress: 'x@example.com' }] });
    const { clients, asked } = fakeClients();
    const read = async (service: 'macie' | 'securityhub' | 'detective') => {
      const part = await awsSecurityInvitations.sweep(clients, { account: ME, service, region: 'ap-south-1' }, options().options);
      return part.ok ? part.items.map((i) => [i.service, i.administratorAccountId, i.invitationId, i.memberEmail]) : part.error;
    };
    expect(await read('macie')).toEqual([['macie', STRANGER, undefined, undefined]]);
    expect(await read('securityhub')).toEqual([['securityhub', PARTNER, undefined, undefined]]);
    expect(await read('detective')).toEqual([['detective', OLD, graph, 'x@example.com']]);
    expect(asked).toEqual(['macie2 ap-south-1', 'securityhub ap-south-1', 'detective ap-south-1']);
  });

  it('Security Hub not enabled (InvalidAccessException) is "not in use", with no items; any other error fails the part', async () => {
    const m = mocked(SecurityHubClient);
    m.on(SecurityHubListCommand).rejectsOnce(awsError('InvalidAccessException', 'not subscribed')).rejectsOnce(awsError('InternalException', 'boom'));
    const { clients } = fakeClients();
    const { options: o, events } = options();
    const unit: SweepUnit = { account: ME, service: 'securityhub', region: 'eu-west-1' };
    expect(await awsSecurityInvitations.sweep(clients, unit, o)).toStrictEqual({ ok: true, items: [], notInUse: 'AWS Security Hub is not enabled in this region for this account' });
    expect(events[1]).toStrictEqual({
      type: 'part-finished',
      account: ME,
      kind: 'security-invitation',
      service: 'securityhub',
      region: 'eu-west-1',
      listed: 0,
      pending: 0,
      vanished: 0,
      duplicates: 0,
      notInUse: 'AWS Security Hub is not enabled in this region for this account',
    });
    expect(await awsSecurityInvitations.sweep(clients, unit, o)).toStrictEqual({ ok: false, error: { service: 'securityhub', account: ME, region: 'eu-west-1', message: 'InternalException: boom', code: 'InternalException' } });
  });

  it('a unit without a region asks for the client of region "" and its items carry it', async () => {
    mocked(GuardDutyClient).on(GuardDutyListCommand).resolves({ Invitations: [{ AccountId: STRANGER, RelationshipStatus: 'Invited' }] });
    const { clients, asked } = fakeClients();
    const part = await awsSecurityInvitations.sweep(clients, { account: ME, service: 'guardduty' }, options().options);
    expect(part.ok && part.items.map((i) => i.region)).toEqual(['']);
    expect(asked).toEqual(['guardduty ']);
  });

  it('a service that is no security service fails the part (and a write) by name, calling nothing', async () => {
    const { clients, asked } = fakeClients();
    const { options: o, events } = options();
    const part = await awsSecurityInvitations.sweep(clients, { account: ME, service: 'ram', region: 'eu-west-1' }, o);
    expect(part).toStrictEqual({ ok: false, error: { service: 'ram', account: ME, region: 'eu-west-1', message: 'Error: ram is not a security service.', code: 'Error' } });
    expect(events.map((e) => e.type)).toEqual(['part-started', 'part-failed']);
    await rejectsWith(awsSecurityInvitations.write(clients, { kind: 'security-invitation', service: 'iot', account: ME, region: 'eu-west-1', target: STRANGER }), 'iot is not a security service.');
    // Inherited names are not services either.
    await rejectsWith(awsSecurityInvitations.write(clients, { kind: 'security-invitation', service: 'toString' as never, account: ME, region: 'eu-west-1', target: STRANGER }), 'toString is not a security service.');
    expect(asked).toEqual([]);
  });
});

describe('security invitations: the write', () => {
  it('GuardDuty, Macie and Security Hub decline the administrator account with their own client in the write’s region; Detective rejects the graph', async () => {
    const gd = mocked(GuardDutyClient);
    gd.on(GuardDutyDeclineCommand).resolves({ UnprocessedAccounts: [] });
    const mc = mocked(Macie2Client);
    mc.on(MacieDeclineCommand).resolves({ unprocessedAccounts: [] });
    const sh = mocked(SecurityHubClient);
    sh.on(SecurityHubDeclineCommand).resolves({ UnprocessedAccounts: [] });
    const dt = mocked(DetectiveClient);
    dt.on(RejectInvitationCommand).resolves({});
    const graph = `arn:aws:detective:eu-west-1:${OLD}:graph:${'b'.repeat(32)}`;
    const { clients, asked } = fakeClients();
    const base = { kind: 'security-invitation', account: ME, region: 'eu-west-1' } as const;
    await awsSecurityInvitations.write(clients, { ...base, service: 'guardduty', target: STRANGER });
    await awsSecurityInvitations.write(clients, { ...base, service: 'macie', target: PARTNER });
    await awsSecurityInvitations.write(clients, { ...base, service: 'securityhub', target: OLD });
    await awsSecurityInvitations.write(clients, { ...base, service: 'detective', target: graph });
    expect(asked).toEqual(['guardduty eu-west-1', 'macie2 eu-west-1', 'securityhub eu-west-1', 'detective eu-west-1']);
    expect(gd.commandCalls(GuardDutyDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [STRANGER] }]);
    expect(mc.commandCalls(MacieDeclineCommand).map((c) => c.args[0].input)).toEqual([{ accountIds: [PARTNER] }]);
    expect(sh.commandCalls(SecurityHubDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [OLD] }]);
    expect(dt.commandCalls(RejectInvitationCommand).map((c) => c.args[0].input)).toEqual([{ GraphArn: graph }]);
  });

  it('a write without a region asks for the client of region ""', async () => {
    mocked(GuardDutyClient).on(GuardDutyDeclineCommand).resolves({});
    mocked(Macie2Client).on(MacieDeclineCommand).resolves({});
    mocked(SecurityHubClient).on(SecurityHubDeclineCommand).resolves({});
    mocked(DetectiveClient).on(RejectInvitationCommand).resolves({});
    const { clients, asked } = fakeClients();
    for (const service of ['guardduty', 'macie', 'securityhub', 'detective'] as const) {
      await awsSecurityInvitations.write(clients, { kind: 'security-invitation', service, account: ME, target: STRANGER });
    }
    expect(asked).toEqual(['guardduty ', 'macie2 ', 'securityhub ', 'detective ']);
  });
});

describe('resource-share invitations', () => {
  const arn = (n: number) => `arn:aws:ram:eu-west-1:${STRANGER}:resource-share-invitation/00000000-0000-4000-a000-00000000000${n}`;
  const subnet = `arn:aws:ec2:eu-west-1:${STRANGER}:subnet/subnet-0123456789abcdef0`;

  it('the sweep: pending ones only, once each, sorted, with what they would share; one answered meanwhile has vanished; the counts logged', async () => {
    const m = mocked(RAMClient);
    m.on(GetResourceShareInvitationsCommand).resolves({
      resourceShareInvitations: [
        { resourceShareInvitationArn: arn(3), senderAccountId: STRANGER, status: 'PENDING', resourceShareName: 'three' },
        { resourceShareInvitationArn: arn(1), senderAccountId: STRANGER, status: 'PENDING', resourceShareName: 'one', receiverArn: `arn:aws:iam::${ME}:role/x` },
        { resourceShareInvitationArn: arn(2), senderAccountId: STRANGER, status: 'ACCEPTED' },
        { resourceShareInvitationArn: arn(4), senderAccountId: PARTNER, status: 'PENDING' },
        { resourceShareInvitationArn: arn(3), senderAccountId: STRANGER, status: 'PENDING', resourceShareName: 'three again' },
      ],
    });
    m.on(ListPendingInvitationResourcesCommand, { resourceShareInvitationArn: arn(1) }).resolves({ resources: [{ arn: subnet, type: 'ec2:Subnet', status: 'AVAILABLE' }] });
    m.on(ListPendingInvitationResourcesCommand, { resourceShareInvitationArn: arn(3) }).resolves({ resources: [] });
    m.on(ListPendingInvitationResourcesCommand, { resourceShareInvitationArn: arn(4) }).rejects(awsError('ResourceShareInvitationExpiredException'));
    const { clients, asked } = fakeClients();
    const { options: o, events } = options();
    const part = await awsResourceShareInvitations.sweep(clients, { account: ME, service: 'ram', region: 'eu-west-1' }, o);
    expect(part).toStrictEqual({
      ok: true,
      items: [
        { kind: 'resource-share-invitation', account: ME, region: 'eu-west-1', invitationArn: arn(1), shareArn: undefined, shareName: 'one', senderAccountId: STRANGER, receiverArn: `arn:aws:iam::${ME}:role/x`, status: 'PENDING', invitedAt: undefined, resources: [{ arn: subnet, type: 'ec2:Subnet' }] },
        { kind: 'resource-share-invitation', account: ME, region: 'eu-west-1', invitationArn: arn(3), shareArn: undefined, shareName: 'three', senderAccountId: STRANGER, receiverArn: undefined, status: 'PENDING', invitedAt: undefined, resources: [] },
      ],
    });
    expect(asked).toEqual(['ram eu-west-1']);
    expect(events).toStrictEqual([
      { type: 'part-started', account: ME, kind: 'resource-share-invitation', service: 'ram', region: 'eu-west-1' },
      { type: 'part-finished', account: ME, kind: 'resource-share-invitation', service: 'ram', region: 'eu-west-1', listed: 5, pending: 2, vanished: 1, duplicates: 1 },
    ]);
  });

  it('a failure that is no race while looking at one invitation fails the whole part (no partial inventory)', async () => {
    const m = mocked(RAMClient);
    m.on(GetResourceShareInvitationsCommand).resolves({ resourceShareInvitations: [{ resourceShareInvitationArn: arn(1), status: 'PENDING' }, { resourceShareInvitationArn: arn(2), status: 'PENDING' }] });
    m.on(ListPendingInvitationResourcesCommand, { resourceShareInvitationArn: arn(1) }).resolves({ resources: [] });
    m.on(ListPendingInvitationResourcesCommand, { resourceShareInvitationArn: arn(2) }).rejects(awsError('AccessDeniedException', 'not allowed'));
    const { clients } = fakeClients();
    const { options: o, events } = options();
    expect(await awsResourceShareInvitations.sweep(clients, { account: ME, service: 'ram', region: 'eu-west-1' }, o)).toStrictEqual({
      ok: false,
      error: { service: 'ram', account: ME, region: 'eu-west-1', message: 'AccessDeniedException: not allowed', code: 'AccessDeniedException' },
    });
    expect(events.map((e) => e.type)).toEqual(['part-started', 'part-failed']);
  });

  it('the write rejects the invitation ARN with the ram client of the write’s region (region "" when it has none)', async () => {
    const m = mocked(RAMClient);
    m.on(RejectResourceShareInvitationCommand).resolves({});
    const { clients, asked } = fakeClients();
    await awsResourceShareInvitations.write(clients, { kind: 'resource-share-invitation', service: 'ram', account: ME, region: 'eu-west-1', target: arn(1) });
    await awsResourceShareInvitations.write(clients, { kind: 'resource-share-invitation', service: 'ram', account: ME, target: arn(2) });
    expect(asked).toEqual(['ram eu-west-1', 'ram ']);
    expect(m.commandCalls(RejectResourceShareInvitationCommand).map((c) => c.args[0].input.resourceShareInvitationArn)).toEqual([arn(1), arn(2)]);
  });
});

describe('certificate transfers', () => {
  it('the write rejects the certificate in the write’s region; without a reason none is sent; without a region the region is ""', async () => {
    const m = mocked(IoTClient);
    m.on(RejectCertificateTransferCommand).resolves({});
    const { clients, iotRegions } = fakeClients();
    const target = 'a'.repeat(64);
    await awsCertificateTransfers.write(clients, { kind: 'certificate-transfer', service: 'iot', account: ME, region: 'eu-west-1', target, rejectReason: 'not expected' });
    await awsCertificateTransfers.write(clients, { kind: 'certificate-transfer', service: 'iot', account: ME, target });
    expect(iotRegions).toEqual(['eu-west-1', '']);
    expect(m.commandCalls(RejectCertificateTransferCommand).map((c) => c.args[0].input)).toStrictEqual([{ certificateId: target, rejectReason: 'not expected' }, { certificateId: target }]);
  });

  it('the sweep of a unit without a region reads region ""', async () => {
    mocked(IoTClient).on(ListCertificatesCommand).resolves({ certificates: [] });
    const { clients, iotRegions } = fakeClients();
    const { options: o, events } = options();
    expect(await awsCertificateTransfers.sweep(clients, { account: ME, service: 'iot' }, o)).toMatchObject({ ok: true, items: [] });
    expect(iotRegions).toEqual(['']);
    expect(events[0]).toStrictEqual({ type: 'region-started', account: ME, region: '' });
  });
});

describe('loadAwsKind', () => {
  it('loads each kind’s AWS half once, by its name', async () => {
    for (const name of ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'] as const) {
      const first = loadAwsKind(name);
      expect(loadAwsKind(name)).toBe(first);
      expect((await first).name).toBe(name);
    }
  });
});

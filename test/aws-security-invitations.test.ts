/**
 * The GuardDuty, Macie, Security Hub and Detective invitation adapters: against the emulator for
 * what they send, the records they return (administrator-written text unchanged), paging, declines,
 * races and errors as classifyAwsError sees them; with aws-sdk-client-mock for the one answer the
 * emulator never gives (an account reported unprocessed while its invitation is still pending).
 */
import { DeclineInvitationsCommand, GuardDutyClient, ListInvitationsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectDetectiveInvitation } from '../src/aws/detective/reject-invitation.js';
import { listDetectiveInvitations } from '../src/aws/detective/list-invitations.js';
import { classifyAwsError, raceEndState } from '../src/aws/errors.js';
import { declineGuardDutyInvitation } from '../src/aws/guardduty/decline-invitation.js';
import { listGuardDutyInvitations } from '../src/aws/guardduty/list-invitations.js';
import { declineMacieInvitation } from '../src/aws/macie/decline-invitation.js';
import { listMacieInvitations } from '../src/aws/macie/list-invitations.js';
import type { SecurityInvitation } from '../src/aws/security/security-invitation.js';
import { InvitationNotDeclinedError } from '../src/aws/security/unprocessed.js';
import { declineSecurityHubInvitation } from '../src/aws/securityhub/decline-invitation.js';
import { listSecurityHubInvitations } from '../src/aws/securityhub/list-invitations.js';
import { startEmulator, type EmulatorHandle, type Scenario, type SecurityServiceName } from './emulator/index.ts';
import { sdkClients, type SdkClients } from './emulator/sdk-clients.ts';

const ME = '210987654321';
const STRANGER = '999988887777';
const PARTNER = '111122223333';
const OLD = '333333333333';
const EMAIL = '::add-mask::<img src=x>@here \u202Emoc@guard.example.com';
const hex = (c: string): string => c.repeat(32);
const graphArn = (administrator: string, id: string): string => `arn:aws:detective:us-east-1:${administrator}:graph:${id}`;

type Decliner = 'guardduty' | 'macie2' | 'securityhub';
const LIST: Record<SecurityServiceName, (c: SdkClients) => Promise<SecurityInvitation[]>> = {
  guardduty: (c) => listGuardDutyInvitations(c.guardduty),
  macie2: (c) => listMacieInvitations(c.macie2),
  securityhub: (c) => listSecurityHubInvitations(c.securityhub),
  detective: (c) => listDetectiveInvitations(c.detective),
};
const DECLINE: Record<Decliner, (c: SdkClients, administrator: string) => Promise<void>> = {
  guardduty: (c, a) => declineGuardDutyInvitation(c.guardduty, a),
  macie2: (c, a) => declineMacieInvitation(c.macie2, a),
  securityhub: (c, a) => declineSecurityHubInvitation(c.securityhub, a),
};
const LABEL: Record<SecurityServiceName, SecurityInvitation['service']> = { guardduty: 'guardduty', macie2: 'macie', securityhub: 'securityhub', detective: 'detective' };
const ACCEPTED: Record<SecurityServiceName, string> = { guardduty: 'Enabled', macie2: 'Enabled', securityhub: 'Enabled', detective: 'ENABLED' };

function scenario(): Scenario {
  return {
    defaultAccount: ME,
    securityInvitations: (['guardduty', 'macie2', 'securityhub', 'detective'] as const).flatMap((service) => [
      { service, from: STRANGER, to: ME, id: hex('a'), invitedAt: '2026-11-20T10:00:00.000Z', ...(service === 'detective' ? { email: EMAIL } : {}) },
      { service, from: PARTNER, to: ME, id: hex('b'), invitedAt: '2026-11-19T10:00:00.000Z' },
      { service, from: OLD, to: ME, id: hex('c'), status: ACCEPTED[service], invitedAt: '2026-10-01T10:00:00.000Z' },
    ]),
  };
}

let emu: EmulatorHandle;
afterEach(() => emu?.close());

async function start(s: Scenario = scenario(), maxAttempts = 1): Promise<SdkClients> {
  emu = await startEmulator({ scenario: s });
  return sdkClients(emu, ME, { maxAttempts });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a failure'),
    (e: unknown) => e,
  );
}

describe('list*Invitations', () => {
  it.each(['guardduty', 'macie2', 'securityhub'] as const)('%s: one plain record per invitation, the inviter as administrator, pending only while Invited', async (service) => {
    const c = await start();
    expect(await LIST[service](c)).toEqual([
      { service: LABEL[service], administratorAccountId: STRANGER, invitationId: hex('a'), status: 'Invited', pending: true, invitedAt: '2026-11-20T10:00:00.000Z' },
      { service: LABEL[service], administratorAccountId: PARTNER, invitationId: hex('b'), status: 'Invited', pending: true, invitedAt: '2026-11-19T10:00:00.000Z' },
      { service: LABEL[service], administratorAccountId: OLD, invitationId: hex('c'), status: 'Enabled', pending: false, invitedAt: '2026-10-01T10:00:00.000Z' },
    ]);
  });

  it('detective: the inviter is AdministratorId (not AccountId, which is us); the graph ARN is the invitation; the email is kept as written', async () => {
    const c = await start();
    expect(await listDetectiveInvitations(c.detective)).toEqual([
      { service: 'detective', administratorAccountId: STRANGER, invitationId: graphArn(STRANGER, hex('a')), status: 'INVITED', pending: true, invitedAt: '2026-11-20T10:00:00.000Z', memberEmail: EMAIL },
      { service: 'detective', administratorAccountId: PARTNER, invitationId: graphArn(PARTNER, hex('b')), status: 'INVITED', pending: true, invitedAt: '2026-11-19T10:00:00.000Z', memberEmail: undefined },
      { service: 'detective', administratorAccountId: OLD, invitationId: graphArn(OLD, hex('c')), status: 'ENABLED', pending: false, invitedAt: '2026-10-01T10:00:00.000Z', memberEmail: undefined },
    ]);
  });

  it.each([
    ['guardduty', { maxResults: '50' }, 3],
    ['macie2', { maxResults: '25' }, 5],
    ['securityhub', { MaxResults: '50' }, 3],
    ['detective', { MaxResults: 200 }, 1],
  ] as const)('%s asks for its largest page (%o) and follows the token to the end (%i pages for 120)', async (service, paging, pages) => {
    const c = await start({ defaultAccount: ME, securityInvitations: [{ service, to: ME, count: 120 }] });
    const all = await LIST[service](c);
    expect(new Set(all.map((i) => i.administratorAccountId)).size).toBe(120);
    expect(emu.calls).toHaveLength(pages);
    expect(emu.calls[0]?.params).toEqual(paging);
    expect(emu.calls.slice(1).every((call) => Object.keys(call.params).some((k) => /^next/i.test(k)))).toBe(true);
  });

  it('an empty-string final token ends the listing (no further call)', async () => {
    const c = await start();
    emu.setKnobs({ blankFinalToken: true });
    for (const service of ['guardduty', 'macie2', 'securityhub', 'detective'] as const) expect(await LIST[service](c)).toHaveLength(3);
    expect(emu.calls).toHaveLength(4);
  });

  it('Security Hub not enabled in the region: the listing fails as denied (InvalidAccessException, 401)', async () => {
    const c = await start({ ...scenario(), securityServices: [{ service: 'securityhub', account: ME, enabled: false }] });
    expect(classifyAwsError(await rejection(listSecurityHubInvitations(c.securityhub)))).toMatchObject({ kind: 'denied', name: 'InvalidAccessException' });
  });
});

describe('decline*Invitation (GuardDuty, Macie, Security Hub)', () => {
  it.each(['guardduty', 'macie2', 'securityhub'] as const)('%s declines one administrator per call', async (service) => {
    const c = await start();
    await DECLINE[service](c, STRANGER);
    expect(emu.securityInvitation(service, 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect(emu.securityInvitation(service, 'us-east-1', ME, PARTNER)?.removed).toBeUndefined();
    const sent = emu.calls[0]?.params;
    expect(sent?.['accountIds'] ?? sent?.['AccountIds']).toEqual([STRANGER]);
    expect(emu.calls).toHaveLength(1);
  });

  it.each(['guardduty', 'macie2', 'securityhub'] as const)('%s: unprocessed because accepted or withdrawn meanwhile -> InvitationNoLongerPending, a race (after one re-list)', async (service) => {
    const c = await start();
    emu.raceBeforeNext({ operation: 'DeclineInvitations', outcome: 'accepted' });
    const accepted = await rejection(DECLINE[service](c, STRANGER));
    expect(classifyAwsError(accepted)).toMatchObject({ kind: 'race', name: 'InvitationNoLongerPending' });
    expect((accepted as Error).message).toContain(STRANGER);
    expect(emu.calls.map((call) => call.operation)).toEqual(['DeclineInvitations', 'ListInvitations']);
    // The listing that told the race told what became of it too: the act stage lists no more.
    expect(raceEndState(accepted)).toBe('accepted');
    emu.raceBeforeNext({ operation: 'DeclineInvitations', outcome: 'cancelled' });
    const cancelled = await rejection(DECLINE[service](c, PARTNER));
    expect(classifyAwsError(cancelled)).toMatchObject({ kind: 'race', name: 'InvitationNoLongerPending' });
    expect(raceEndState(cancelled)).toBe('gone');
    // Never invited by this account at all: nothing is pending from it either.
    expect(classifyAwsError(await rejection(DECLINE[service](c, '123456789012')))).toMatchObject({ kind: 'race' });
  });

  it('GuardDuty reports an account unprocessed that is still pending -> InvitationNotDeclined, a failure, with GuardDuty’s reason as data', async () => {
    const guardduty = new GuardDutyClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
    const mock = mockClient(guardduty);
    mock.on(DeclineInvitationsCommand).resolves({ UnprocessedAccounts: [{ AccountId: STRANGER, Result: '::error::try <b>later</b>' }] });
    mock.on(ListInvitationsCommand).resolves({ Invitations: [{ AccountId: STRANGER, InvitationId: hex('a'), RelationshipStatus: 'Invited' }] });
    const error = await rejection(declineGuardDutyInvitation(guardduty, STRANGER));
    expect(error).toBeInstanceOf(InvitationNotDeclinedError);
    expect(classifyAwsError(error)).toEqual({
      kind: 'other',
      name: 'InvitationNotDeclined',
      // Kept as data, as GuardDuty wrote it: the log and the summary escape it where they show it.
      message: `GuardDuty did not decline the invitation from ${STRANGER} (::error::try <b>later</b>); it is still pending.`,
    });
    expect(mock.commandCalls(DeclineInvitationsCommand).map((call) => call.args[0].input)).toEqual([{ AccountIds: [STRANGER] }]);
    expect(mock.commandCalls(ListInvitationsCommand)).toHaveLength(1);
  });

  it('when the re-list itself fails, the decline is reported as not declined (a failure), naming both', async () => {
    const guardduty = new GuardDutyClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
    const mock = mockClient(guardduty);
    mock.on(DeclineInvitationsCommand).resolves({ UnprocessedAccounts: [{ AccountId: STRANGER, Result: 'no' }] });
    mock.on(ListInvitationsCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' }));
    expect(classifyAwsError(await rejection(declineGuardDutyInvitation(guardduty, STRANGER)))).toMatchObject({
      kind: 'other',
      name: 'InvitationNotDeclined',
      message: expect.stringMatching(/\(no\); listing the invitations again to tell why failed too: Rate exceeded$/),
    });
  });

  it('a validation error of the service propagates as the SDK throws it', async () => {
    const c = await start();
    expect(classifyAwsError(await rejection(declineGuardDutyInvitation(c.guardduty, '1234')))).toMatchObject({ kind: 'other', name: 'BadRequestException' });
  });
});

describe('rejectDetectiveInvitation', () => {
  it('rejects the graph’s invitation', async () => {
    const c = await start();
    await rejectDetectiveInvitation(c.detective, graphArn(STRANGER, hex('a')));
    expect(emu.securityInvitation('detective', 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect(emu.calls.map((call) => [call.operation, call.params])).toEqual([['RejectInvitation', { GraphArn: graphArn(STRANGER, hex('a')) }]]);
  });

  it.each([
    ['accepted', 'ConflictException'],
    ['cancelled', 'ResourceNotFoundException'],
    ['declined', 'ResourceNotFoundException'],
  ] as const)('someone else’s %s meanwhile is a race (%s)', async (outcome, name) => {
    const c = await start();
    emu.raceBeforeNext({ operation: 'RejectInvitation', outcome });
    expect(classifyAwsError(await rejection(rejectDetectiveInvitation(c.detective, graphArn(STRANGER, hex('a')))))).toMatchObject({ kind: 'race', name });
  });

  it('an injected 500 that outlasts the retries is a failure', async () => {
    const c = await start(scenario(), 2);
    emu.injectFault({ service: 'detective', operation: 'RejectInvitation', nth: 1, kind: 'http500', times: 2 });
    expect(classifyAwsError(await rejection(rejectDetectiveInvitation(c.detective, graphArn(STRANGER, hex('a')))))).toMatchObject({ kind: 'other', name: 'InternalServerException' });
    expect(emu.securityInvitation('detective', 'us-east-1', ME, STRANGER)?.removed).toBeUndefined();
  });
});

/**
 * The GuardDuty, Macie and Security Hub declines with aws-sdk-client-mock, for the answers the
 * emulator never gives: no UnprocessedAccounts at all, an entry without a reason, Macie's reason in
 * two parts (either blank), and throwUnprocessed itself (which account and which status count as
 * still pending, each service's name in the message, a re-list that fails with something that is
 * not an Error).
 */
import { DeclineInvitationsCommand as GuardDutyDeclineCommand, GuardDutyClient, ListInvitationsCommand as GuardDutyListCommand } from '@aws-sdk/client-guardduty';
import { DeclineInvitationsCommand as MacieDeclineCommand, ListInvitationsCommand as MacieListCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { DeclineInvitationsCommand as SecurityHubDeclineCommand, ListInvitationsCommand as SecurityHubListCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { declineGuardDutyInvitation } from '../src/aws/guardduty/decline-invitation.js';
import { declineMacieInvitation } from '../src/aws/macie/decline-invitation.js';
import type { SecurityInvitation } from '../src/aws/security/security-invitation.js';
import { InvitationNoLongerPendingError, InvitationNotDeclinedError, throwUnprocessed } from '../src/aws/security/unprocessed.js';
import { declineSecurityHubInvitation } from '../src/aws/securityhub/decline-invitation.js';

const config = { region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' }, maxAttempts: 1 };
const STRANGER = '999988887777';
const PARTNER = '111122223333';

const restore: (() => void)[] = [];
afterEach(() => {
  for (const r of restore.splice(0)) r();
});

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.unreachable('expected a failure'),
    (e: unknown) => e as Error,
  );
}

function guardduty() {
  const client = new GuardDutyClient(config);
  const m = mockClient(client);
  restore.push(() => m.restore());
  return { client, m };
}
function macie() {
  const client = new Macie2Client(config);
  const m = mockClient(client);
  restore.push(() => m.restore());
  return { client, m };
}
function securityhub() {
  const client = new SecurityHubClient(config);
  const m = mockClient(client);
  restore.push(() => m.restore());
  return { client, m };
}

describe('a decline AWS answers with nothing unprocessed', () => {
  it('GuardDuty: no UnprocessedAccounts field, or an empty one, is a success without a re-list', async () => {
    const { client, m } = guardduty();
    m.on(GuardDutyDeclineCommand).resolvesOnce({}).resolvesOnce({ UnprocessedAccounts: [] });
    await declineGuardDutyInvitation(client, STRANGER);
    await declineGuardDutyInvitation(client, PARTNER);
    expect(m.commandCalls(GuardDutyDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [STRANGER] }, { AccountIds: [PARTNER] }]);
    expect(m.commandCalls(GuardDutyListCommand)).toHaveLength(0);
  });

  it('Macie: no unprocessedAccounts field, or an empty one, is a success without a re-list', async () => {
    const { client, m } = macie();
    m.on(MacieDeclineCommand).resolvesOnce({}).resolvesOnce({ unprocessedAccounts: [] });
    await declineMacieInvitation(client, STRANGER);
    await declineMacieInvitation(client, PARTNER);
    expect(m.commandCalls(MacieDeclineCommand).map((c) => c.args[0].input)).toEqual([{ accountIds: [STRANGER] }, { accountIds: [PARTNER] }]);
    expect(m.commandCalls(MacieListCommand)).toHaveLength(0);
  });

  it('Security Hub: no UnprocessedAccounts field, or an empty one, is a success without a re-list', async () => {
    const { client, m } = securityhub();
    m.on(SecurityHubDeclineCommand).resolvesOnce({}).resolvesOnce({ UnprocessedAccounts: [] });
    await declineSecurityHubInvitation(client, STRANGER);
    await declineSecurityHubInvitation(client, PARTNER);
    expect(m.commandCalls(SecurityHubDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [STRANGER] }, { AccountIds: [PARTNER] }]);
    expect(m.commandCalls(SecurityHubListCommand)).toHaveLength(0);
  });
});

describe('an account reported unprocessed', () => {
  it('GuardDuty without a Result: the message has no empty parentheses; still pending is a failure', async () => {
    const { client, m } = guardduty();
    m.on(GuardDutyDeclineCommand).resolves({ UnprocessedAccounts: [{ AccountId: STRANGER }] as never });
    m.on(GuardDutyListCommand).resolves({ Invitations: [{ AccountId: STRANGER, RelationshipStatus: 'Invited' }] });
    const error = await rejection(declineGuardDutyInvitation(client, STRANGER));
    expect(error).toBeInstanceOf(InvitationNotDeclinedError);
    expect(error.message).toBe(`GuardDuty did not decline the invitation from ${STRANGER}; it is still pending.`);
  });

  it('Security Hub: its ProcessingResult is the reason; without one there is none; no longer pending is a race', async () => {
    const { client, m } = securityhub();
    m.on(SecurityHubDeclineCommand)
      .resolvesOnce({ UnprocessedAccounts: [{ AccountId: STRANGER, ProcessingResult: 'Invitation not found' }] })
      .resolvesOnce({ UnprocessedAccounts: [{ AccountId: STRANGER }] });
    m.on(SecurityHubListCommand).resolves({ Invitations: [{ AccountId: STRANGER, MemberStatus: 'Enabled' }] });
    const withReason = await rejection(declineSecurityHubInvitation(client, STRANGER));
    expect(withReason).toBeInstanceOf(InvitationNoLongerPendingError);
    expect(withReason.message).toBe(`Security Hub did not decline the invitation from ${STRANGER} (Invitation not found); it is no longer pending (accepted, declined or withdrawn meanwhile).`);
    const without = await rejection(declineSecurityHubInvitation(client, STRANGER));
    expect(without.message).toBe(`Security Hub did not decline the invitation from ${STRANGER}; it is no longer pending (accepted, declined or withdrawn meanwhile).`);
    expect(m.commandCalls(SecurityHubListCommand)).toHaveLength(2);
  });

  it.each([
    [{ errorCode: 'ClientError', errorMessage: 'Not invited' }, ' (ClientError: Not invited)'],
    [{ errorCode: 'InternalError' }, ' (InternalError)'],
    [{ errorMessage: 'Not invited' }, ' (Not invited)'],
    [{ errorCode: '', errorMessage: 'Not invited' }, ' (Not invited)'],
    [{ errorCode: 'ClientError', errorMessage: '' }, ' (ClientError)'],
    [{}, ''],
  ] as const)('Macie: errorCode and errorMessage %o make the reason%s', async (entry, said) => {
    const { client, m } = macie();
    m.on(MacieDeclineCommand).resolves({ unprocessedAccounts: [{ accountId: STRANGER, ...entry }] as never });
    m.on(MacieListCommand).resolves({ invitations: [{ accountId: STRANGER, relationshipStatus: 'Invited' }] });
    const error = await rejection(declineMacieInvitation(client, STRANGER));
    expect(error).toBeInstanceOf(InvitationNotDeclinedError);
    expect(error.message).toBe(`Macie did not decline the invitation from ${STRANGER}${said}; it is still pending.`);
  });
});

describe('throwUnprocessed', () => {
  const invitation = (administratorAccountId: string, pending: boolean): SecurityInvitation => ({ service: 'guardduty', administratorAccountId, status: pending ? 'Invited' : 'Enabled', pending });

  it.each([
    ['guardduty', 'GuardDuty'],
    ['macie', 'Macie'],
    ['securityhub', 'Security Hub'],
    ['detective', 'Detective'],
  ] as const)('%s is named %s in the message', async (service, label) => {
    const error = await rejection(throwUnprocessed(service, STRANGER, 'why', async () => []));
    expect(error.message).toBe(`${label} did not decline the invitation from ${STRANGER} (why); it is no longer pending (accepted, declined or withdrawn meanwhile).`);
  });

  it('only a pending invitation from that same account counts as still pending', async () => {
    // Another account's pending invitation, and this account's accepted one: the decline lost a race.
    const raced = await rejection(throwUnprocessed('guardduty', STRANGER, '', async () => [invitation(PARTNER, true), invitation(STRANGER, false)]));
    expect(raced).toBeInstanceOf(InvitationNoLongerPendingError);
    expect(raced.name).toBe('InvitationNoLongerPending');
    const failed = await rejection(throwUnprocessed('guardduty', STRANGER, '', async () => [invitation(PARTNER, false), invitation(STRANGER, true)]));
    expect(failed).toBeInstanceOf(InvitationNotDeclinedError);
    expect(failed.name).toBe('InvitationNotDeclined');
  });

  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['throttled', 'throttled'],
    [new Error('Rate exceeded'), 'Rate exceeded'],
  ])('a re-list that fails with %o is a failure naming it (%s)', async (thrown, shown) => {
    const error = await rejection(throwUnprocessed('macie', STRANGER, 'ClientError', () => Promise.reject(thrown)));
    expect(error).toBeInstanceOf(InvitationNotDeclinedError);
    expect(error.message).toBe(`Macie did not decline the invitation from ${STRANGER} (ClientError); listing the invitations again to tell why failed too: ${shown}`);
  });
});

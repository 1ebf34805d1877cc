/**
 * The kinds' writes as a run reaches them: through loadAwsKind, which imports each kind's module (and
 * each security service's) on first use. Nothing under src/aws/kinds is imported statically here,
 * so each module is first loaded inside the test that uses it (and Stryker's per-test coverage
 * credits that test with the module's top-level code: the write functions and the service names of
 * the unprocessed-decline messages).
 */
import { AccountClient } from '@aws-sdk/client-account';
import { DetectiveClient, RejectInvitationCommand } from '@aws-sdk/client-detective';
import { DeclineInvitationsCommand as GuardDutyDeclineCommand, GuardDutyClient, ListInvitationsCommand as GuardDutyListCommand } from '@aws-sdk/client-guardduty';
import { IoTClient } from '@aws-sdk/client-iot';
import { DeclineInvitationsCommand as MacieDeclineCommand, ListInvitationsCommand as MacieListCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetResourceShareInvitationsCommand, RAMClient, RejectResourceShareInvitationCommand } from '@aws-sdk/client-ram';
import { DeclineInvitationsCommand as SecurityHubDeclineCommand, ListInvitationsCommand as SecurityHubListCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { loadAwsKind } from '../src/aws/kinds/index.js';

const ME = '210987654321';
const STRANGER = '999988887777';
const PARTNER = '111122223333';
const OLD = '333333333333';
const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };

const restore: (() => void)[] = [];
afterEach(() => {
  for (const r of restore.splice(0)) r();
});
function mocked<C extends Parameters<typeof mockClient>[0]>(client: C) {
  const m = mockClient(client);
  restore.push(() => m.restore());
  return m;
}

function fakeClients(): { clients: AwsClients; asked: string[] } {
  const asked: string[] = [];
  const clients: AwsClients = {
    iot: (region) => new IoTClient({ region, credentials }),
    organizations: new OrganizationsClient({ region: 'us-east-1', credentials }),
    sts: new STSClient({ region: 'us-east-1', credentials }),
    account: new AccountClient({ region: 'us-east-1', credentials }),
    regional: (service, Client, region) => {
      asked.push(`${service} ${region}`);
      return new Client({ region: region === '' ? 'us-east-1' : region, credentials, maxAttempts: 1 } as never);
    },
  };
  return { clients, asked };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => expect.unreachable('expected a failure'),
    (e: unknown) => e as Error,
  );
}

describe('the kinds as a run loads them', () => {
  it('security invitations: each write reaches its own service; an account a service left unprocessed is named with that service', async () => {
    const gd = mocked(GuardDutyClient);
    gd.on(GuardDutyDeclineCommand).resolvesOnce({}).resolvesOnce({ UnprocessedAccounts: [{ AccountId: STRANGER, Result: 'busy' }] });
    gd.on(GuardDutyListCommand).resolves({ Invitations: [{ AccountId: STRANGER, RelationshipStatus: 'Invited' }] });
    const mc = mocked(Macie2Client);
    mc.on(MacieDeclineCommand).resolvesOnce({}).resolvesOnce({ unprocessedAccounts: [{ accountId: PARTNER, errorCode: 'ClientError' }] });
    mc.on(MacieListCommand).resolves({ invitations: [{ accountId: PARTNER, relationshipStatus: 'Invited' }] });
    const sh = mocked(SecurityHubClient);
    sh.on(SecurityHubDeclineCommand).resolvesOnce({}).resolvesOnce({ UnprocessedAccounts: [{ AccountId: OLD, ProcessingResult: 'gone' }] });
    sh.on(SecurityHubListCommand).resolves({ Invitations: [] });
    const dt = mocked(DetectiveClient);
    dt.on(RejectInvitationCommand).resolves({});
    const graph = `arn:aws:detective:eu-west-1:${OLD}:graph:${'c'.repeat(32)}`;

    const kind = await loadAwsKind('security-invitation');
    const { clients, asked } = fakeClients();
    const base = { kind: 'security-invitation', account: ME, region: 'eu-west-1' } as const;
    await kind.write(clients, { ...base, service: 'guardduty', target: STRANGER });
    await kind.write(clients, { ...base, service: 'macie', target: PARTNER });
    await kind.write(clients, { ...base, service: 'securityhub', target: OLD });
    await kind.write(clients, { ...base, service: 'detective', target: graph });
    expect(asked).toEqual(['guardduty eu-west-1', 'macie2 eu-west-1', 'securityhub eu-west-1', 'detective eu-west-1']);
    expect(gd.commandCalls(GuardDutyDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [STRANGER] }]);
    expect(mc.commandCalls(MacieDeclineCommand).map((c) => c.args[0].input)).toEqual([{ accountIds: [PARTNER] }]);
    expect(sh.commandCalls(SecurityHubDeclineCommand).map((c) => c.args[0].input)).toEqual([{ AccountIds: [OLD] }]);
    expect(dt.commandCalls(RejectInvitationCommand).map((c) => c.args[0].input)).toEqual([{ GraphArn: graph }]);

    expect((await rejection(kind.write(clients, { ...base, service: 'guardduty', target: STRANGER }))).message).toBe(`GuardDuty did not decline the invitation from ${STRANGER} (busy); it is still pending.`);
    expect((await rejection(kind.write(clients, { ...base, service: 'macie', target: PARTNER }))).message).toBe(`Macie did not decline the invitation from ${PARTNER} (ClientError); it is still pending.`);
    expect((await rejection(kind.write(clients, { ...base, service: 'securityhub', target: OLD }))).message).toBe(
      `Security Hub did not decline the invitation from ${OLD} (gone); it is no longer pending (accepted, declined or withdrawn meanwhile).`,
    );
    // Detective never reports an account unprocessed (RejectInvitation fails instead), but its name is ready.
    const { throwUnprocessed } = await import('../src/aws/security/unprocessed.js');
    expect((await rejection(throwUnprocessed('detective', OLD, '', async () => []))).message).toMatch(/^Detective did not decline the invitation from /);
  });

  it('resource-share invitations: the write rejects the ARN in its region; a unit without a region is read in region ""', async () => {
    const m = mocked(RAMClient);
    m.on(RejectResourceShareInvitationCommand).resolves({});
    m.on(GetResourceShareInvitationsCommand).resolves({ resourceShareInvitations: [] });
    const invitation = `arn:aws:ram:eu-west-1:${STRANGER}:resource-share-invitation/00000000-0000-4000-a000-000000000001`;
    const kind = await loadAwsKind('resource-share-invitation');
    const { clients, asked } = fakeClients();
    await kind.write(clients, { kind: 'resource-share-invitation', service: 'ram', account: ME, region: 'eu-west-1', target: invitation });
    expect(m.commandCalls(RejectResourceShareInvitationCommand).map((c) => c.args[0].input.resourceShareInvitationArn)).toEqual([invitation]);
    expect(await kind.sweep(clients, { account: ME, service: 'ram' }, { describeConcurrency: 1, now: () => 0, progressIntervalMs: 60_000, log: () => undefined })).toStrictEqual({ ok: true, items: [] });
    expect(asked).toEqual(['ram eu-west-1', 'ram ']);
  });
});

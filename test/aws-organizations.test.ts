import {
  DeclineHandshakeCommand,
  ConcurrentModificationException,
  HandshakeAlreadyInStateException,
  ListHandshakesForAccountCommand,
  OrganizationsClient,
  type Handshake,
} from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { declineHandshake } from '../src/aws/organizations/decline-handshake.js';
import { listHandshakes } from '../src/aws/organizations/list-handshakes.js';
import { getCallerAccount } from '../src/aws/sts/get-caller-account.js';
import { addUnansweredAttempts, unansweredAttempts } from '../src/aws/unanswered-attempts.js';
import { rejectsWith } from './helpers/rejections.js';

const credentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' };
const organizations = new OrganizationsClient({ region: 'us-east-1', credentials });
const organizationsMock = mockClient(organizations);
const sts = new STSClient({ region: 'us-east-1', credentials });
const stsMock = mockClient(sts);
beforeEach(() => {
  organizationsMock.reset();
  stsMock.reset();
});

const handshake = (id: string): Handshake => ({ Id: id, Action: 'INVITE', State: 'OPEN' });

describe('listHandshakes', () => {
  it('asks for pages of 20 and follows NextToken through empty pages until it is absent', async () => {
    organizationsMock
      .on(ListHandshakesForAccountCommand)
      .resolvesOnce({ Handshakes: [handshake('h-aaaaaaaa')], NextToken: 't-1' })
      .resolvesOnce({ Handshakes: [], NextToken: 't-2' })
      .resolvesOnce({ NextToken: 't-3' })
      .resolvesOnce({ Handshakes: [handshake('h-bbbbbbbb')] });

    const handshakes = await listHandshakes(organizations);

    expect(organizationsMock.commandCalls(ListHandshakesForAccountCommand).map((call) => call.args[0].input)).toEqual([
      { MaxResults: 20 },
      { MaxResults: 20, NextToken: 't-1' },
      { MaxResults: 20, NextToken: 't-2' },
      { MaxResults: 20, NextToken: 't-3' },
    ]);
    expect(handshakes.map((h) => h.Id)).toEqual(['h-aaaaaaaa', 'h-bbbbbbbb']);
  });

  it('sends no filter: every type and state is listed, the decisions filter', async () => {
    organizationsMock.on(ListHandshakesForAccountCommand).resolves({});
    expect(await listHandshakes(organizations)).toEqual([]);
    expect(organizationsMock.commandCalls(ListHandshakesForAccountCommand)[0]?.args[0].input).not.toHaveProperty('Filter');
  });

  it('fails instead of looping when the same token comes back', async () => {
    organizationsMock.on(ListHandshakesForAccountCommand).resolvesOnce({ NextToken: 'same' }).resolves({ Handshakes: [], NextToken: 'same' });
    await rejectsWith(listHandshakes(organizations), /pagination token it had already returned/);
  });

  it('fails instead of looping when tokens cycle, empty pages included', async () => {
    organizationsMock.on(ListHandshakesForAccountCommand).resolvesOnce({ NextToken: 't1' }).resolvesOnce({ Handshakes: [], NextToken: 't2' }).resolves({ Handshakes: [], NextToken: 't1' });
    await rejectsWith(listHandshakes(organizations), /pagination token it had already returned/);
    expect(organizationsMock.commandCalls(ListHandshakesForAccountCommand)).toHaveLength(3);
  });
});

describe('declineHandshake', () => {
  it('sends the handshake id', async () => {
    organizationsMock.on(DeclineHandshakeCommand).resolves({ Handshake: { Id: 'h-aaaaaaaa', State: 'DECLINED' } });
    await declineHandshake(organizations, 'h-aaaaaaaa');
    expect(organizationsMock.commandCalls(DeclineHandshakeCommand).map((call) => call.args[0].input)).toEqual([{ HandshakeId: 'h-aaaaaaaa' }]);
  });

  // Organizations: "currently being modified by a different request. Try again later." The SDK does not retry it.
  it('tries again after ConcurrentModificationException, waiting 1 s then 3 s; after that the error is the failure', async () => {
    const busy = () => new ConcurrentModificationException({ message: 'The target of the operation is currently being modified by a different request. Try again later.', $metadata: {} });
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    organizationsMock.on(DeclineHandshakeCommand).rejectsOnce(busy()).resolves({ Handshake: { Id: 'h-aaaaaaaa', State: 'DECLINED' } });
    await declineHandshake(organizations, 'h-aaaaaaaa', wait);
    expect(organizationsMock.commandCalls(DeclineHandshakeCommand)).toHaveLength(2);
    expect(waits).toEqual([1000]);

    organizationsMock.reset();
    waits.length = 0;
    organizationsMock.on(DeclineHandshakeCommand).rejects(busy());
    await expect(declineHandshake(organizations, 'h-aaaaaaaa', wait)).rejects.toMatchObject({ name: 'ConcurrentModificationException' });
    expect(organizationsMock.commandCalls(DeclineHandshakeCommand)).toHaveLength(3);
    expect(waits).toEqual([1000, 3000]);
  });

  it('a race after a busy call carries the unanswered attempts of every call it made: the first may have declined it', async () => {
    // As clients.ts's middleware records them: one attempt of the first call got no answer before AWS said busy.
    const busy = new ConcurrentModificationException({ message: 'Try again later.', $metadata: {} });
    addUnansweredAttempts(busy, 1);
    const raced = new HandshakeAlreadyInStateException({ message: 'The handshake h-aaaaaaaa is already in the requested state DECLINED.', $metadata: {} });
    organizationsMock.on(DeclineHandshakeCommand).rejectsOnce(busy).rejects(raced);
    const error = await declineHandshake(organizations, 'h-aaaaaaaa', async () => undefined).catch((e: unknown) => e);
    expect(error).toBe(raced);
    expect(unansweredAttempts(error)).toBe(1);
  });

  it('lets a race through as the AWS error it is', async () => {
    organizationsMock.on(DeclineHandshakeCommand).rejects(new HandshakeAlreadyInStateException({ message: 'already declined', $metadata: {} }));
    await expect(declineHandshake(organizations, 'h-aaaaaaaa')).rejects.toMatchObject({ name: 'HandshakeAlreadyInStateException' });
  });
});

describe('getCallerAccount', () => {
  it('returns the account of the credentials', async () => {
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: '012345678901', Arn: 'arn:aws:sts::012345678901:assumed-role/x/y' });
    expect(await getCallerAccount(sts)).toBe('012345678901');
    expect(stsMock.commandCalls(GetCallerIdentityCommand).map((call) => call.args[0].input)).toEqual([{}]);
  });

  it.each([[undefined], [''], ['12345678901']])('refuses an unusable account id %j', async (account) => {
    stsMock.on(GetCallerIdentityCommand).resolves(account === undefined ? {} : { Account: account });
    await rejectsWith(getCallerAccount(sts), /no usable account id/);
  });
});

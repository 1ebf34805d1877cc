/**
 * The RAM adapters against the emulator: what they send, the plain records they return (sender text
 * unchanged), paging through empty pages, and races and throttling as classifyAwsError sees them.
 */
import type { RAMClient } from '@aws-sdk/client-ram';
import { afterEach, describe, expect, it } from 'vitest';
import { classifyAwsError } from '../src/aws/errors.js';
import { listPendingInvitationResources } from '../src/aws/ram/list-pending-invitation-resources.js';
import { isPendingResourceShareInvitation, listResourceShareInvitations } from '../src/aws/ram/list-resource-share-invitations.js';
import { rejectResourceShareInvitation } from '../src/aws/ram/reject-resource-share-invitation.js';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ME = '210987654321';
const STRANGER = '999988887777';
const HOSTILE = '::add-mask::ACCEPT <img src=x onerror=alert(1)> @org/team $\\sqrt{2}$ \u202Eexe.txt\n::stop-commands::x | a |';
const id = (n: number): string => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const arn = (n: number, sender = STRANGER): string => `arn:aws:ram:us-east-1:${sender}:resource-share-invitation/${id(n)}`;

const SCENARIO: Scenario = {
  defaultAccount: ME,
  resourceShareInvitations: [
    { id: id(1), from: STRANGER, to: ME, shareName: HOSTILE, shareId: id(100), invitedAt: '2026-11-20T10:00:00.000Z', expiresAt: '+7d', resources: [{ type: 'ec2:Subnet', count: 1100 }] },
    { id: id(2), from: STRANGER, to: ME, shareName: 'accepted', status: 'ACCEPTED', invitedAt: '2026-11-19T10:00:00.000Z' },
    { id: id(3), from: '444455556666', to: ME, receiverArn: `arn:aws:iam::${ME}:role/network-admin`, invitedAt: '2026-11-18T10:00:00.000Z', expiresAt: '+7d' },
  ],
};

let emu: EmulatorHandle;
afterEach(() => emu.close());

async function start(scenario: Scenario = SCENARIO, maxAttempts = 1): Promise<RAMClient> {
  emu = await startEmulator({ scenario });
  return sdkClients(emu, ME, { maxAttempts }).ram;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('expected a failure'),
    (e: unknown) => e,
  );
}

describe('listResourceShareInvitations', () => {
  it('returns every invitation as plain data, sender-written names unchanged, asking for pages of 500', async () => {
    const ram = await start();
    const invitations = await listResourceShareInvitations(ram);
    expect(invitations).toEqual([
      {
        invitationArn: arn(1),
        shareArn: `arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(100)}`,
        shareName: HOSTILE,
        senderAccountId: STRANGER,
        receiverAccountId: ME,
        receiverArn: undefined,
        status: 'PENDING',
        invitedAt: '2026-11-20T10:00:00.000Z',
      },
      expect.objectContaining({ invitationArn: arn(2), status: 'ACCEPTED', shareName: 'accepted' }),
      expect.objectContaining({ senderAccountId: '444455556666', receiverArn: `arn:aws:iam::${ME}:role/network-admin`, shareName: 'Shared resources' }),
    ]);
    expect(invitations.map(isPendingResourceShareInvitation)).toEqual([true, false, true]);
    expect(emu.calls.map((c) => c.params)).toEqual([{ maxResults: 500 }]);
  });

  it('follows nextToken through empty pages until it is absent', async () => {
    const ram = await start({ defaultAccount: ME, resourceShareInvitations: [{ from: STRANGER, to: ME, count: 1200 }], knobs: { emptyPageRate: 0.5 } });
    const invitations = await listResourceShareInvitations(ram);
    expect(new Set(invitations.map((i) => i.invitationArn)).size).toBe(1200);
    const calls = emu.calls.filter((c) => c.operation === 'GetResourceShareInvitations');
    expect(calls.length).toBeGreaterThan(3); // 3 real pages plus the empty ones
    expect(calls.slice(1).every((c) => typeof c.params['nextToken'] === 'string')).toBe(true);
  });

  it('an empty region is an empty list', async () => {
    const ram = await start({ defaultAccount: ME });
    expect(await listResourceShareInvitations(ram)).toEqual([]);
  });
});

describe('listPendingInvitationResources', () => {
  it('returns every resource of the invitation in pages of 500, regional and global alike', async () => {
    const ram = await start();
    const resources = await listPendingInvitationResources(ram, arn(1));
    expect(resources).toHaveLength(1100);
    expect(resources[0]).toEqual({
      arn: expect.stringMatching(new RegExp(`^arn:aws:ec2:us-east-1:${STRANGER}:subnet/`)),
      type: 'ec2:Subnet',
      shareArn: `arn:aws:ram:us-east-1:${STRANGER}:resource-share/${id(100)}`,
      resourceGroupArn: undefined,
      status: 'AVAILABLE',
      statusMessage: undefined,
      regionScope: 'REGIONAL',
      createdAt: expect.stringMatching(/Z$/),
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(emu.calls.map((c) => [c.params['maxResults'], c.params['resourceRegionScope'], c.params['resourceShareInvitationArn']])).toEqual([
      [500, 'ALL', arn(1)],
      [500, 'ALL', arn(1)],
      [500, 'ALL', arn(1)],
    ]);
  });

  it('an invitation rejected meanwhile fails as a race', async () => {
    const ram = await start();
    emu.raceBeforeNext({ operation: 'ListPendingInvitationResources', outcome: 'rejected' });
    expect(classifyAwsError(await rejection(listPendingInvitationResources(ram, arn(1))))).toMatchObject({ kind: 'race', name: 'ResourceShareInvitationAlreadyRejectedException' });
  });
});

describe('rejectResourceShareInvitation', () => {
  it('rejects with a fresh client token each call (or the one given)', async () => {
    const ram = await start();
    await rejectResourceShareInvitation(ram, arn(1));
    await rejectResourceShareInvitation(ram, arn(3, '444455556666'), 'given-token');
    const tokens = emu.calls.map((c) => c.params['clientToken']);
    expect(tokens[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(tokens[1]).toBe('given-token');
    expect(emu.snapshot().resourceShareInvitations.map((i) => i.status)).toEqual(['REJECTED', 'ACCEPTED', 'REJECTED']);
  });

  it.each([
    ['accepted', 'ResourceShareInvitationAlreadyAcceptedException'],
    ['rejected', 'ResourceShareInvitationAlreadyRejectedException'],
    ['expired', 'ResourceShareInvitationExpiredException'],
    ['cancelled', 'ResourceShareInvitationArnNotFoundException'],
  ] as const)('someone else’s %s meanwhile is a race (%s)', async (outcome, name) => {
    const ram = await start();
    emu.raceBeforeNext({ operation: 'RejectResourceShareInvitation', outcome });
    expect(classifyAwsError(await rejection(rejectResourceShareInvitation(ram, arn(1))))).toMatchObject({ kind: 'race', name });
  });

  it('a reject whose reply was lost is retried by the SDK with the same token and succeeds, not a race', async () => {
    const ram = await start(SCENARIO, 2);
    emu.injectFault({ operation: 'RejectResourceShareInvitation', nth: 1, kind: 'http500', phase: 'after' });
    await rejectResourceShareInvitation(ram, arn(1));
    const [first, retry] = emu.calls;
    expect([first?.status, retry?.status]).toEqual([500, 200]);
    expect(retry?.params['clientToken']).toBe(first?.params['clientToken']);
    expect(emu.resourceShareInvitation(arn(1))?.status).toBe('REJECTED');
  });

  it('throttling that outlasts the retries is classified throttled (429)', async () => {
    const ram = await start(SCENARIO, 2);
    emu.setRateLimit({ service: 'ram', operation: 'RejectResourceShareInvitation', tps: 0.001, burst: 1 });
    await rejectResourceShareInvitation(ram, arn(1));
    expect(classifyAwsError(await rejection(rejectResourceShareInvitation(ram, arn(2))))).toMatchObject({ kind: 'throttled', name: 'ThrottlingException' });
    expect(emu.calls.map((c) => c.status)).toEqual([200, 429, 429]);
  });
});

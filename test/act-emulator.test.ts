/**
 * Wire-level: executeDecisions with awsEffects and the real SDK clients against the emulator.
 * Decisions are made by hand here (the decision engine has its own tests): reject every incoming
 * transfer not from the two known senders, decline every open incoming handshake not from
 * o-exampleorgid11, ignore the rest. The last block runs the whole of sweepAndAct (the real
 * engine) over handshakes accepted before the run.
 */
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions, type ActEvent } from '../src/act/execute.js';
import type { ItemResult } from '../src/act/types.js';
import { createAwsClients, type AwsClientOptions } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';
import type { Decision } from '../src/decide/types.js';
import type { InboundItem } from '../src/model/items.js';
import { awsDeps } from '../src/run/aws-run.js';
import type { Inventory } from '../src/run/inventory.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import { iotAndHandshakes } from './helpers/parts.js';
import type { EmulatorHandle, Scenario } from './emulator/index.js';
import { SAMPLE_ACCOUNT, useEmulatorEnvironment } from './helpers/emulator-env.js';
import { buildPolicy } from './helpers/policy.js';

const ME = SAMPLE_ACCOUNT;
const KNOWN_SENDERS = new Set(['111122223333', '444455556666']);
const OUTGOING = '848b2b8f86d849fef6a7117d4cb55bff420d812b5f9425a7df6e8e70a7b52015';
const UNKNOWN_US = '90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3';
const UNKNOWN_US_2 = 'ea91e3626f0c6ae15cd6119f37861d86518ec7c7b7ca37d051c76249d259ce55';
const UNKNOWN_EU = '2dbf4e9e702e17ead3e4adc0cf835ebedf5740d57972b81a1dd180e2b7821eca';
const ALLOWED_US = 'e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d';
const STRANGER_INVITE = 'h-upx7focnp0gsdlzk0ym21rqv';
const TRANSFER_RESPONSIBILITY = 'h-usts6j4f4arj8jz9ukk3ergt';
const ALLOWED_INVITE = 'h-h4tuiz9mk6flzbqwu9fzs3uy';
const OUR_INVITE = 'h-u9t3v3r5ut9rfyof8tmfm1tk';

const { start } = useEmulatorEnvironment();

function decideByHand(item: InboundItem): Decision {
  if (item.kind === 'resource-share-invitation' || item.kind === 'security-invitation') throw new Error('this test sweeps IoT and handshakes only');
  if (item.direction === 'outgoing') return { item, action: 'ignore', reason: 'outgoing' };
  if (item.kind === 'certificate-transfer') {
    return item.sourceAccount !== undefined && KNOWN_SENDERS.has(item.sourceAccount)
      ? { item, action: 'allow', reason: 'known sender' }
      : { item, action: 'reject', reason: 'unknown sender' };
  }
  if (item.state !== 'OPEN' && item.state !== 'REQUESTED') return { item, action: 'ignore', reason: 'final' };
  if (item.type !== 'INVITE' && item.type !== 'TRANSFER_RESPONSIBILITY') return { item, action: 'ignore', reason: 'not governed' };
  return item.organizationId === 'o-exampleorgid11' ? { item, action: 'allow', reason: 'known org' } : { item, action: 'decline', reason: 'unknown org' };
}

/** The policy the writes are made under: only its reject reason matters here. */
const POLICY = buildPolicy({ rejectReason: 'inbound-guard: {source-account} is not on the allowlist' });

async function sweepAndDecide(clientOptions: AwsClientOptions = {}): Promise<{ decisions: Decision[]; clients: ReturnType<typeof createAwsClients> }> {
  const clients = createAwsClients(clientOptions);
  const sweep = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(['us-east-1', 'eu-west-1'], true) });
  expect(sweep.errors).toEqual([]);
  return { decisions: sweep.items.map(decideByHand), clients };
}

const keyOf = (r: ItemResult): string => (r.decision.item.kind === 'certificate-transfer' ? r.decision.item.certificateId : r.decision.item.kind === 'handshake' ? r.decision.item.id : r.decision.item.kind);
const outcomes = (results: readonly ItemResult[]): Record<string, string> => Object.fromEntries(results.map((r) => [keyOf(r), r.outcome]));
const writes = (handle: EmulatorHandle) => handle.calls.filter((c) => c.operation === 'RejectCertificateTransfer' || c.operation === 'DeclineHandshake');
const planned = (decisions: readonly Decision[]): number => decisions.filter((d) => d.action === 'reject' || d.action === 'decline').length;

describe('executeDecisions with awsEffects against the emulator', () => {
  it('enforce rejects and declines exactly what was decided; the outgoing and allowed items stay pending', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    expect(planned(decisions)).toBe(7); // 4 transfers, 3 handshakes

    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });

    const byId = outcomes(results);
    expect(byId[UNKNOWN_US]).toBe('rejected');
    expect(byId[UNKNOWN_EU]).toBe('rejected');
    expect(byId[STRANGER_INVITE]).toBe('declined');
    expect(byId[TRANSFER_RESPONSIBILITY]).toBe('declined');
    expect(byId[ALLOWED_US]).toBe('allowed');
    expect(byId[OUTGOING]).toBe('ignored');
    expect(results.filter((r) => r.outcome === 'failed')).toEqual([]);

    // What AWS now holds.
    expect(handle.certificate('us-east-1', UNKNOWN_US)).toMatchObject({ status: 'INACTIVE', ownedBy: '999988887777' });
    expect(handle.certificate('us-east-1', UNKNOWN_US)?.transfer?.rejectReason).toBe('inbound-guard: 999988887777 is not on the allowlist');
    expect(handle.certificate('eu-west-1', UNKNOWN_EU)?.status).toBe('INACTIVE');
    expect(handle.certificate('us-east-1', ALLOWED_US)?.status).toBe('PENDING_TRANSFER');
    expect(handle.certificate('us-east-1', OUTGOING)?.status).toBe('PENDING_TRANSFER');
    expect(handle.handshake(STRANGER_INVITE)?.State).toBe('DECLINED');
    expect(handle.handshake(TRANSFER_RESPONSIBILITY)?.State).toBe('DECLINED');
    expect(handle.handshake(ALLOWED_INVITE)?.State).toBe('OPEN');
    expect(handle.handshake(OUR_INVITE)?.State).toBe('OPEN');

    // Nothing was ever sent about the outgoing items.
    expect(writes(handle)).toHaveLength(7);
    expect(writes(handle).some((c) => JSON.stringify(c.params).includes(OUTGOING) || JSON.stringify(c.params).includes(OUR_INVITE))).toBe(false);
    expect(writes(handle).every((c) => c.status === 200)).toBe(true);
  });

  it.each(['dry-run', 'plan'] as const)('%s sends no write at all', async (mode) => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    const results = await executeDecisions(decisions, { mode, budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });
    expect(writes(handle)).toEqual([]);
    expect(outcomes(results)[UNKNOWN_US]).toBe('would-reject');
    expect(outcomes(results)[STRANGER_INVITE]).toBe('would-decline');
    expect(handle.certificate('us-east-1', UNKNOWN_US)?.status).toBe('PENDING_TRANSFER');
  });

  it('a tripped budget sends no write', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    const events: ActEvent[] = [];
    const results = await executeDecisions(decisions, {
      mode: 'enforce',
      budget: resolveBudget(6, undefined, planned(decisions)),
      effects: awsEffects(async () => clients),
      policy: POLICY,
      log: (e) => events.push(e),
    });
    expect(writes(handle)).toEqual([]);
    expect(results.filter((r) => r.outcome === 'held-by-budget')).toHaveLength(7);
    expect(events.map((e) => e.type)).toEqual(['budget-tripped']);
  });

  it('races: accepted meanwhile (told by a re-read) is accepted-meanwhile; cancelled or declined meanwhile is already-handled; none is a failure', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    handle.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: UNKNOWN_US, outcome: 'accepted' });
    handle.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: UNKNOWN_EU, outcome: 'cancelled' });
    handle.raceBeforeNext({ operation: 'DeclineHandshake', id: STRANGER_INVITE, outcome: 'declined' });
    handle.raceBeforeNext({ operation: 'DeclineHandshake', id: TRANSFER_RESPONSIBILITY, outcome: 'cancelled' });

    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });

    const byKey = new Map(results.map((r) => [keyOf(r), r]));
    expect(byKey.get(UNKNOWN_US)).toMatchObject({ outcome: 'accepted-meanwhile', detail: expect.stringMatching(/^Accepted in this account after it was listed \(TransferAlreadyCompletedException: /) });
    expect(byKey.get(UNKNOWN_EU)).toMatchObject({ outcome: 'already-handled', detail: expect.stringMatching(/^No longer found in this account .*\(TransferAlreadyCompletedException: /) });
    // Described once by the sweep, once more after the race to tell accepted from cancelled.
    expect(handle.calls.filter((c) => c.operation === 'DescribeCertificate' && JSON.stringify(c.params).includes(UNKNOWN_US))).toHaveLength(2);
    expect(byKey.get(STRANGER_INVITE)).toMatchObject({ outcome: 'already-handled', detail: expect.stringMatching(/^Already declined \(HandshakeAlreadyInStateException: /) });
    // InvalidHandshakeTransitionException does not say which: the account's handshake listing does.
    expect(byKey.get(TRANSFER_RESPONSIBILITY)).toMatchObject({ outcome: 'already-handled', detail: expect.stringMatching(/^Withdrawn by the sender \(InvalidHandshakeTransitionException: /) });
    expect(byKey.get(UNKNOWN_US_2)?.outcome).toBe('rejected');
    expect(results.filter((r) => r.outcome === 'failed')).toEqual([]);
  });

  it('a handshake accepted meanwhile (InvalidHandshakeTransitionException) is accepted-meanwhile, told by the handshake listing', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    handle.raceBeforeNext({ operation: 'DeclineHandshake', id: TRANSFER_RESPONSIBILITY, outcome: 'accepted' });
    const listings = handle.calls.filter((c) => c.operation === 'ListHandshakesForAccount').length;
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });
    expect(new Map(results.map((r) => [keyOf(r), r])).get(TRANSFER_RESPONSIBILITY)).toMatchObject({ outcome: 'accepted-meanwhile', detail: expect.stringMatching(/^Accepted in this account after it was listed \(InvalidHandshakeTransitionException: /) });
    expect(handle.calls.filter((c) => c.operation === 'ListHandshakesForAccount').length).toBeGreaterThan(listings);
  });

  // A race error's name is a claim; the re-read is the evidence. Still pending means the write failed.
  it('a race error for an item a re-read finds still pending is failed, not already-handled', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    handle.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', id: UNKNOWN_US, nth: 1, kind: 'error', error: { status: 410, type: 'TransferAlreadyCompletedException', message: 'already completed' } });
    handle.injectFault({ service: 'organizations', operation: 'DeclineHandshake', id: STRANGER_INVITE, nth: 1, kind: 'error', error: { status: 409, type: 'InvalidHandshakeTransitionException', message: 'cannot transition' } });

    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });

    const byKey = new Map(results.map((r) => [keyOf(r), r]));
    expect(byKey.get(UNKNOWN_US)).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^Still pending: .*\(TransferAlreadyCompletedException: already completed\)$/) });
    expect(byKey.get(STRANGER_INVITE)).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^Still pending: .*\(InvalidHandshakeTransitionException: cannot transition\)$/) });
    expect(handle.certificate('us-east-1', UNKNOWN_US)?.status).toBe('PENDING_TRANSFER');
    expect(handle.handshake(STRANGER_INVITE)?.State).toBe('OPEN');
    expect(results.filter((r) => r.outcome === 'failed')).toHaveLength(2);
  });

  it('a write that keeps failing is failed with what AWS said, and every other write is still made', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide({ maxAttempts: 2 });
    handle.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', id: UNKNOWN_US, rate: 1, kind: 'http500' });

    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });

    const byKey = new Map(results.map((r) => [keyOf(r), r]));
    expect(byKey.get(UNKNOWN_US)).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^InternalFailureException/) });
    expect(results.filter((r) => r.outcome === 'rejected')).toHaveLength(3);
    expect(results.filter((r) => r.outcome === 'declined')).toHaveLength(3);
    expect(handle.certificate('us-east-1', UNKNOWN_US)?.status).toBe('PENDING_TRANSFER');
    expect(handle.calls.filter((c) => c.operation === 'RejectCertificateTransfer' && JSON.stringify(c.params).includes(UNKNOWN_US))).toHaveLength(2);
  });

  it('throttled writes are retried by the SDK and all go through', async () => {
    const handle = await start();
    const { decisions, clients } = await sweepAndDecide();
    handle.setRateLimit({ service: 'iot', operation: 'RejectCertificateTransfer', tps: 2, burst: 1 });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, planned(decisions)), effects: awsEffects(async () => clients), policy: POLICY });
    expect(results.filter((r) => r.outcome === 'rejected')).toHaveLength(4);
    expect(handle.calls.some((c) => c.operation === 'RejectCertificateTransfer' && c.errorType === 'ThrottlingException')).toBe(true);
  });
});

describe('handshakes accepted before the run, through sweepAndAct (the real engine) against the emulator', () => {
  const STRANGER = 'o-strangerorg01';
  const FRIEND = 'o-friendorg001';
  const LAPSED = 'o-lapsedorg001';
  const H = {
    joinedStranger: 'h-joinedstranger1',
    billingFriend: 'h-billingfriend01',
    joinedFriend: 'h-joinedfriend001',
    joinedLapsed: 'h-joinedlapsed001',
    declinedStranger: 'h-declinedstrang1',
    openStranger: 'h-openstranger001',
  };
  const finished = { to: ME, requestedAt: '-3d', closedAt: '-2d' };
  const scenario: Scenario = {
    defaultAccount: ME,
    defaultRegion: 'us-east-1',
    accounts: [{ id: ME }],
    organizations: [
      { id: STRANGER, managementAccount: '246813579024' },
      { id: FRIEND, managementAccount: '135792468013' },
      { id: LAPSED, managementAccount: '112233445566' },
    ],
    handshakes: [
      { id: H.joinedStranger, action: 'INVITE', state: 'ACCEPTED', organization: STRANGER, ...finished },
      { id: H.billingFriend, action: 'TRANSFER_RESPONSIBILITY', state: 'ACCEPTED', organization: FRIEND, ...finished },
      { id: H.joinedFriend, action: 'INVITE', state: 'ACCEPTED', organization: FRIEND, ...finished },
      { id: H.joinedLapsed, action: 'INVITE', state: 'ACCEPTED', organization: LAPSED, ...finished },
      { id: H.declinedStranger, action: 'INVITE', state: 'DECLINED', organization: STRANGER, ...finished },
      { id: H.openStranger, action: 'INVITE', state: 'OPEN', organization: STRANGER, to: ME, requestedAt: '-1d' },
    ],
  };
  // FRIEND is allowed for INVITE only; LAPSED was allowed until long ago. No IoT region is swept.
  const policy = buildPolicy({ regions: [], organizationsAllow: [{ organization: FRIEND, handshakeTypes: ['INVITE'] }, { organization: LAPSED, until: '2020-01-31' }], maxActions: 1 });

  it.each(['dry-run', 'enforce'] as const)('%s: the stranger\'s and the type-excluded one are accepted-meanwhile, never declined; the step fails; only the open one is planned', async (mode) => {
    const handle = await start({ scenario });
    const effects = (inventory: Inventory) => awsEffects(inventory.clientsOf);
    const report = await sweepAndAct(awsDeps({ userAgent: 'test', sessionName: 'test' }), { mode, policy, ...(mode === 'enforce' ? { effects } : {}) });

    expect(report.errors).toEqual([]);
    const byId = new Map(report.items.map((i) => [i.item.kind === 'handshake' ? i.item.id : '', i]));
    expect(byId.get(H.joinedStranger)).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', sender: `organization:${STRANGER}`, detail: expect.stringMatching(/^Accepted in this account before this run: the handshake listing shows it ACCEPTED/) });
    expect(byId.get(H.billingFriend)).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', reason: expect.stringContaining('its handshake-types cover only INVITE'), detail: expect.stringContaining('review the billing transfer now') });
    expect(byId.get(H.joinedFriend)).toMatchObject({ action: 'ignore', outcome: 'ignored' });
    expect(byId.get(H.joinedLapsed)).toMatchObject({ action: 'ignore', outcome: 'ignored' });
    expect(byId.get(H.declinedStranger)).toMatchObject({ action: 'ignore', outcome: 'ignored' });
    expect(byId.get(H.openStranger)).toMatchObject({ action: 'decline', outcome: mode === 'enforce' ? 'declined' : 'would-decline' });

    // max-actions 1: only the open handshake is a planned write, so the budget holds.
    expect(report.budget).toMatchObject({ limit: 1, planned: 1, tripped: false });
    expect(report.counts).toMatchObject({ 'accepted-meanwhile': 2, planned: 1, ignored: 3 });
    expect(report.failures).toEqual([expect.stringMatching(/^2 items the policy does not allow were accepted in the account \(before this run/)]);

    // The only write ever sent is the open handshake's decline (enforce); the accepted ones stay as they were.
    expect(writes(handle).map((c) => c.params['HandshakeId'])).toEqual(mode === 'enforce' ? [H.openStranger] : []);
    expect(handle.handshake(H.joinedStranger)?.State).toBe('ACCEPTED');
    expect(handle.handshake(H.billingFriend)?.State).toBe('ACCEPTED');
  });
});

describe('a TRANSFER_RESPONSIBILITY whose ARN names the recipient, through sweepAndAct against the emulator', () => {
  // AWS publishes no TRANSFER_RESPONSIBILITY ARN: if it names the recipient's side (ours), it must
  // still be declined — not taken for one this account sent, nor allowed by an entry for our own
  // organization. The INVITE this account sent stays outgoing.
  const OURS = 'o-guardorg0001';
  const THEIRS = 'o-billingorg01';
  const H = { byId: 'h-billtousbyid01', byEmail: 'h-billtousbymail', ourInvite: 'h-ourinvite00001' };
  const scenario: Scenario = {
    defaultAccount: ME,
    defaultRegion: 'us-east-1',
    accounts: [{ id: ME, email: 'root@guard.example' }],
    organizations: [
      { id: OURS, managementAccount: ME, managementEmail: 'root@guard.example' },
      { id: THEIRS, managementAccount: '666677778888' },
    ],
    handshakes: [
      { id: H.byId, action: 'TRANSFER_RESPONSIBILITY', organization: THEIRS, to: ME, arnNames: 'recipient', requestedAt: '-1d' },
      { id: H.byEmail, action: 'TRANSFER_RESPONSIBILITY', organization: THEIRS, to: ME, toEmail: 'root@guard.example', arnNames: 'recipient', requestedAt: '-1d' },
      { id: H.ourInvite, action: 'INVITE', organization: OURS, to: '222233334444', requestedAt: '-1d' },
    ],
  };
  // Our own organization allowed three ways; the billing organization not at all.
  const policy = buildPolicy({ regions: [], organizationsAllow: [{ organization: OURS }, { managementAccount: ME }, { managementEmail: '*@guard.example' }] });

  it('enforce: both are declined, from an unidentified sender, with what they claim; our own INVITE is left alone', async () => {
    const handle = await start({ scenario });
    expect(handle.handshake(H.byId)?.Arn).toBe(`arn:aws:organizations::${ME}:handshake/${OURS}/transfer_responsibility/${H.byId}`);
    const report = await sweepAndAct(awsDeps({ userAgent: 'test', sessionName: 'test' }), { mode: 'enforce', policy, effects: (inventory: Inventory) => awsEffects(inventory.clientsOf) });

    expect(report.errors).toEqual([]);
    const byId = new Map(report.items.map((i) => [i.item.kind === 'handshake' ? i.item.id : '', i]));
    for (const id of [H.byId, H.byEmail]) {
      expect(byId.get(id)).toMatchObject({ action: 'decline', outcome: 'declined', sender: 'unknown', reason: expect.stringContaining('from an unidentified sender. To accept one you expect') });
      // The report's item says whom the body names, apart from the sender fields and marked as a claim.
      expect(JSON.parse(JSON.stringify(byId.get(id)?.item))).toMatchObject({ claimedSender: { organizationId: THEIRS, managementAccountId: '666677778888' } });
      expect(handle.handshake(id)?.State).toBe('DECLINED');
    }
    expect(byId.get(H.ourInvite)).toMatchObject({ action: 'ignore', outcome: 'ignored', reason: expect.stringMatching(/^outgoing handshake to 222233334444/) });
    expect(writes(handle).map((c) => c.params['HandshakeId']).sort()).toEqual([H.byEmail, H.byId].sort());
  });
});

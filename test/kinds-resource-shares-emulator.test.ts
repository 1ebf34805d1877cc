/**
 * RAM resource-share invitations end to end in one process, with the real SDK against the emulator:
 * the sweep (paging through empty pages, only PENDING invitations, what each would share, an
 * invitation withdrawn between the listing and the look at its resources, a region that fails on
 * its own), the decisions under a `ram` section, and the rejections (races as outcomes, a retried
 * reject whose first answer was lost).
 */
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import { createAwsClients } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';
import { decide } from '../src/decide/decide.js';
import type { InboundItem, ResourceShareInvitationItem } from '../src/model/items.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { sweepAccount, type SweepPart } from '../src/sweep/sweep.js';
import { SAMPLE_ACCOUNT as ME, useEmulatorEnvironment } from './helpers/emulator-env.js';
import type { CallRecord } from './emulator/index.ts';
import { iotAndHandshakes } from './helpers/parts.js';
import { buildPolicy } from './helpers/policy.js';

const { start } = useEmulatorEnvironment();

const arn = (region: string, sender: string, id: string) => `arn:aws:ram:${region}:${sender}:resource-share-invitation/${id}`;
const FACTORY_SUBNETS = arn('us-east-1', '111122223333', '00d2e4a2-74f6-4d6d-ab0c-f81fd945c4b4');
const STRANGER_TGW = arn('us-east-1', '999988887777', '3395b0b6-d5d2-4bf2-aa21-cb6f5a933033');
const STRANGER_LICENSES = arn('eu-west-1', '555566667777', '5b046ebf-9907-4683-a564-820ac428111d');

const ram = (...regions: string[]): SweepPart[] => regions.map((region) => ({ kind: 'resource-share-invitation', service: 'ram', region }));
const invitations = (items: readonly InboundItem[]) => items.filter((i): i is ResourceShareInvitationItem => i.kind === 'resource-share-invitation');
const POLICY = buildPolicy({ ram: { allow: [{ sourceAccount: '111122223333', resourceTypes: ['ec2:Subnet'] }] } });
const NOW = new Date('2026-11-21T12:00:00Z');

describe('the RAM sweep against the emulator', () => {
  it('lists the PENDING invitations of each region with what they share, sender text verbatim, after the IoT items', async () => {
    await start();
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: [...ram('us-east-1', 'eu-west-1'), ...iotAndHandshakes(['us-east-1', 'eu-west-1'], false)], log: (e) => events.push(e) });
    expect(result.errors).toEqual([]);
    expect(result.regionsSwept).toEqual(['us-east-1', 'eu-west-1']);
    const kinds = result.items.map((i) => i.kind);
    expect(kinds.lastIndexOf('certificate-transfer')).toBeLessThan(kinds.indexOf('resource-share-invitation'));
    const found = invitations(result.items);
    // By region in the order given, then by ARN; the ACCEPTED and the EXPIRED ones are not items.
    expect(found.map((i) => i.invitationArn)).toEqual([FACTORY_SUBNETS, STRANGER_TGW, STRANGER_LICENSES]);
    expect(found[0]).toMatchObject({ account: ME, region: 'us-east-1', senderAccountId: '111122223333', status: 'PENDING', shareName: 'Factory provisioning subnets' });
    expect(found[0]?.resources.map((r) => r.type)).toEqual(['ec2:Subnet', 'ec2:Subnet']);
    expect(found[1]?.shareName).toBe('::add-mask::ACCEPT ME <img src=x onerror=alert(1)> @org/security-team $\\sqrt{-1}$ \u202Egpj.exe');
    expect(found[2]?.resources.map((r) => r.type).sort()).toEqual(['license-manager:LicenseConfiguration', 'route53resolver:ResolverRule']);
    expect(events).toContainEqual({ type: 'part-finished', account: ME, kind: 'resource-share-invitation', service: 'ram', region: 'us-east-1', listed: 4, pending: 2, vanished: 0, duplicates: 0 });
  });

  it('follows nextToken through empty pages to the end', async () => {
    const handle = await start({ scenario: { defaultAccount: ME, resourceShareInvitations: [{ from: '999988887777', to: ME, count: 620 }], knobs: { emptyPageRate: 0.5 } } });
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: ram('us-east-1') });
    expect(result.errors).toEqual([]);
    expect(new Set(invitations(result.items).map((i) => i.invitationArn)).size).toBe(620);
    expect(handle.calls.filter((c) => c.operation === 'GetResourceShareInvitations').length).toBeGreaterThan(2);
  });

  it('an invitation withdrawn between the listing and ListPendingInvitationResources is no item (a race, not an error)', async () => {
    const handle = await start();
    handle.raceBeforeNext({ operation: 'ListPendingInvitationResources', id: STRANGER_TGW, outcome: 'cancelled' });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: ram('us-east-1'), log: (e) => events.push(e) });
    expect(result.errors).toEqual([]);
    expect(invitations(result.items).map((i) => i.invitationArn)).toEqual([FACTORY_SUBNETS]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'part-finished', service: 'ram', region: 'us-east-1', pending: 1, vanished: 1 }));
  });

  it('a region whose RAM cannot be read is a ram SweepError of that region only; IoT there and RAM elsewhere are still read', async () => {
    const handle = await start();
    handle.injectFault({ service: 'ram', operation: 'GetResourceShareInvitations', region: 'eu-west-1', nth: 1, kind: 'http500', times: 5 });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients({ maxAttempts: 1 }), { account: ME, parts: [...ram('us-east-1', 'eu-west-1'), ...iotAndHandshakes(['eu-west-1'], false)], log: (e) => events.push(e) });
    expect(result.errors).toEqual([{ service: 'ram', account: ME, region: 'eu-west-1', message: expect.stringMatching(/^ServerInternalException/) as unknown as string, code: 'ServerInternalException', action: 'ram:GetResourceShareInvitations' }]);
    expect(result.regionsSwept).toEqual(['us-east-1']);
    expect(invitations(result.items).map((i) => i.region)).toEqual(['us-east-1', 'us-east-1']);
    expect(result.items.some((i) => i.kind === 'certificate-transfer' && i.region === 'eu-west-1')).toBe(true);
    expect(events).toContainEqual(expect.objectContaining({ type: 'part-failed', service: 'ram', region: 'eu-west-1', errorKind: 'other' }));
  });
});

describe('deciding and rejecting RAM invitations against the emulator', () => {
  async function sweptDecisions() {
    const clients = createAwsClients({ maxAttempts: 2 });
    const sweep = await sweepAccount(clients, { account: ME, parts: ram('us-east-1', 'eu-west-1') });
    return { clients, decisions: decide(sweep.items, POLICY, NOW) };
  }
  const writes = (calls: readonly CallRecord[]) => calls.filter((c) => c.operation === 'RejectResourceShareInvitation');

  it('rejects what the policy does not allow; the allowed invitation stays PENDING; dry-run writes nothing', async () => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    expect(decisions.map((d) => d.action)).toEqual(['allow', 'reject', 'reject']);
    const budget = resolveBudget(10, undefined, 2);
    const preview = await executeDecisions(decisions, { mode: 'dry-run', budget, policy: POLICY });
    expect(preview.map((r) => r.outcome)).toEqual(['allowed', 'would-reject', 'would-reject']);
    expect(writes(handle.calls)).toEqual([]);

    const results = await executeDecisions(decisions, { mode: 'enforce', budget, policy: POLICY, effects: awsEffects(async () => clients) });
    expect(results.map((r) => r.outcome)).toEqual(['allowed', 'rejected', 'rejected']);
    expect(handle.resourceShareInvitation(STRANGER_TGW)?.status).toBe('REJECTED');
    expect(handle.resourceShareInvitation(STRANGER_LICENSES)?.status).toBe('REJECTED');
    expect(handle.resourceShareInvitation(FACTORY_SUBNETS)?.status).toBe('PENDING');
    expect(writes(handle.calls).map((c) => [c.account, c.region, c.params['resourceShareInvitationArn']])).toEqual(
      expect.arrayContaining([
        [ME, 'us-east-1', STRANGER_TGW],
        [ME, 'eu-west-1', STRANGER_LICENSES],
      ]),
    );
  });

  it.each([
    ['accepted', 'ResourceShareInvitationAlreadyAcceptedException', 'accepted-meanwhile', 'Accepted in this account after it was listed'],
    ['cancelled', 'ResourceShareInvitationArnNotFoundException', 'already-handled', 'Withdrawn by the sender'],
    ['expired', 'ResourceShareInvitationExpiredException', 'already-handled', 'Expired'],
    ['rejected', 'ResourceShareInvitationAlreadyRejectedException', 'already-handled', 'Already rejected'],
  ] as const)('an invitation %s meanwhile: %s, so %s, with what became of it and what RAM said', async (outcome, error, result, words) => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    handle.raceBeforeNext({ operation: 'RejectResourceShareInvitation', id: STRANGER_TGW, outcome });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 2), policy: POLICY, effects: awsEffects(async () => clients) });
    expect(results[1]).toMatchObject({ outcome: result, detail: expect.stringMatching(new RegExp(`^${words} \\(${error}: `)) as unknown as string });
    expect(results[2]?.outcome).toBe('rejected');
  });

  it('an invitation accepted while its resources were read (RAM still lists them) is judged, and its rejection reports it accepted-meanwhile', async () => {
    const handle = await start();
    handle.raceBeforeNext({ operation: 'ListPendingInvitationResources', id: STRANGER_TGW, outcome: 'accepted' });
    const { clients, decisions } = await sweptDecisions();
    expect(decisions[1]).toMatchObject({ action: 'reject', item: { invitationArn: STRANGER_TGW } });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 2), policy: POLICY, effects: awsEffects(async () => clients) });
    expect(results.map((r) => r.outcome)).toEqual(['allowed', 'accepted-meanwhile', 'rejected']);
    expect(handle.resourceShareInvitation(STRANGER_TGW)?.status).toBe('ACCEPTED');
  });

  it('a reject whose answer was lost is retried with the same clientToken and succeeds', async () => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    handle.injectFault({ service: 'ram', operation: 'RejectResourceShareInvitation', nth: 1, kind: 'http500', phase: 'after' });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 2), policy: POLICY, effects: awsEffects(async () => clients), concurrency: 1 });
    expect(results.map((r) => r.outcome)).toEqual(['allowed', 'rejected', 'rejected']);
    const tries = writes(handle.calls);
    expect(tries).toHaveLength(3);
    const lost = tries.find((t) => t.status === 500);
    const again = tries.filter((t) => t.params['resourceShareInvitationArn'] === lost?.params['resourceShareInvitationArn']);
    expect(again.map((t) => t.status)).toEqual([500, 200]);
    expect(again[1]?.params['clientToken']).toBe(lost?.params['clientToken']);
  });
});

/**
 * Security-service administrator invitations end to end in one process, with the real GuardDuty,
 * Macie, Security Hub and Detective clients against the emulator: the sweep (pending ones only,
 * Detective's administrator-written email verbatim, Security Hub not enabled in a region as "not in
 * use" rather than a failure, paging to a blank final token, one service failing on its own), and
 * the declines (Detective's reject by graph ARN, races as outcomes).
 */
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import { createAwsClients } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';
import { decide } from '../src/decide/decide.js';
import type { InboundItem, SecurityInvitationItem } from '../src/model/items.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { sweepAccount, type SweepPart } from '../src/sweep/sweep.js';
import { compareItems } from '../src/kinds/registry.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import { SAMPLE_ACCOUNT as ME, useEmulatorEnvironment } from './helpers/emulator-env.js';
import { buildPolicy } from './helpers/policy.js';

const { start } = useEmulatorEnvironment();

const DELEGATED = '111122223333';
const STRANGER = '999988887777';
const OTHER = '555566667777';
const GRAPH = `arn:aws:detective:us-east-1:${STRANGER}:graph:8e6fa842345b9789b6b602cb20c89e84`;
const SERVICES = ['guardduty', 'macie', 'securityhub', 'detective'] as const;

const parts = (...regions: string[]): SweepPart[] => regions.flatMap((region) => SERVICES.map((service) => ({ kind: 'security-invitation' as const, service, region })));
const invitations = (items: readonly InboundItem[]) => items.filter((i): i is SecurityInvitationItem => i.kind === 'security-invitation');
const POLICY = buildPolicy({ securityServices: { allow: [{ sourceAccount: DELEGATED }] } });
const NOW = new Date('2026-11-21T12:00:00Z');

describe('the security-service sweep against the emulator', () => {
  it('lists the pending invitations of each service and region; accepted ones are no items; Security Hub not enabled is not in use, not a failure', async () => {
    await start();
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: parts('us-east-1', 'eu-west-1'), log: (e) => events.push(e) });
    expect(result.errors).toEqual([]);
    expect(invitations(result.items).map((i) => [i.region, i.service, i.administratorAccountId, i.status])).toEqual([
      ['us-east-1', 'guardduty', DELEGATED, 'Invited'],
      ['us-east-1', 'guardduty', STRANGER, 'Invited'],
      ['us-east-1', 'macie', STRANGER, 'Invited'],
      ['us-east-1', 'securityhub', OTHER, 'Invited'],
      ['us-east-1', 'detective', STRANGER, 'INVITED'],
    ]);
    const detective = invitations(result.items).find((i) => i.service === 'detective');
    expect(detective).toMatchObject({ invitationId: GRAPH, memberEmail: '::add-mask::<b>@mention</b>\u202E@guard.example.com' });
    expect(result.notInUse).toEqual([{ part: { kind: 'security-invitation', service: 'securityhub', region: 'eu-west-1' }, reason: 'AWS Security Hub is not enabled in this region for this account' }]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'part-finished', service: 'securityhub', region: 'eu-west-1', notInUse: 'AWS Security Hub is not enabled in this region for this account' }));
    expect(events).toContainEqual(expect.objectContaining({ type: 'part-finished', service: 'guardduty', region: 'eu-west-1', listed: 1, pending: 0 }));
  });

  it('a run reports the items in the one report order (registry.compareItems, as a merge does) whatever order the policy lists the services in', async () => {
    await start();
    const parsed = parsePolicy('version: 1\nsecurity-services:\n  services: [detective, security-hub, macie, guardduty]\n  regions: [us-east-1, eu-west-1]\niot: { regions: [] }\norganizations: { handshake-types: [] }\n', 'p.yml');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const report = await sweepAndAct({ clients: createAwsClients(), now: () => NOW }, { mode: 'dry-run', policy: parsed.policy });
    const items = report.items.map((i) => i.item).filter((i): i is SecurityInvitationItem => i.kind === 'security-invitation');
    expect(items.map((i) => [i.region, i.service, i.administratorAccountId])).toEqual([
      ['us-east-1', 'guardduty', DELEGATED],
      ['us-east-1', 'guardduty', STRANGER],
      ['us-east-1', 'macie', STRANGER],
      ['us-east-1', 'securityhub', OTHER],
      ['us-east-1', 'detective', STRANGER],
    ]);
    expect([...items].sort(compareItems)).toEqual(items);
  });

  // "Not enabled" is read from the error's wording only where AWS gives no other sign; any other
  // answer of the same error name (an IAM denial) is a part not read.
  it('Macie not enabled in a region is not in use; an IAM denial (AccessDeniedException too) and another InvalidAccessException of Security Hub are parts not read', async () => {
    const handle = await start({
      scenario: {
        defaultAccount: ME,
        securityInvitations: [{ service: 'macie2', to: ME, from: STRANGER }, { service: 'securityhub', to: ME, from: OTHER }],
        securityServices: [{ service: 'macie2', account: ME, region: 'eu-west-1', enabled: false }],
      },
    });
    const only = (service: 'macie' | 'securityhub', ...regions: string[]): SweepPart[] => regions.map((region) => ({ kind: 'security-invitation' as const, service, region }));
    const quiet = await sweepAccount(createAwsClients(), { account: ME, parts: only('macie', 'us-east-1', 'eu-west-1') });
    expect(quiet.errors).toEqual([]);
    expect(quiet.notInUse).toEqual([{ part: { kind: 'security-invitation', service: 'macie', region: 'eu-west-1' }, reason: 'Amazon Macie is not enabled in this region for this account' }]);
    expect(invitations(quiet.items).map((i) => [i.service, i.region])).toEqual([['macie', 'us-east-1']]);

    handle.injectFault({ service: 'macie2', operation: 'ListInvitations', region: 'us-east-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: `User: arn:aws:sts::${ME}:assumed-role/reader/run is not authorized to perform: macie2:ListInvitations` } });
    handle.injectFault({ service: 'securityhub', operation: 'ListInvitations', region: 'us-east-1', rate: 1, kind: 'error', error: { status: 401, type: 'InvalidAccessException', message: 'The account does not have permission to perform this action' } });
    const denied = await sweepAccount(createAwsClients({ maxAttempts: 1 }), { account: ME, parts: [...only('macie', 'us-east-1'), ...only('securityhub', 'us-east-1')] });
    expect(denied.notInUse ?? []).toEqual([]);
    expect(denied.errors.map((e) => [e.service, e.region, e.message.split(':')[0]])).toEqual([
      ['macie', 'us-east-1', 'AccessDeniedException'],
      ['securityhub', 'us-east-1', 'InvalidAccessException'],
    ]);
  });

  it('pages through every invitation, to a blank final token', async () => {
    const handle = await start({ scenario: { defaultAccount: ME, securityInvitations: [{ service: 'guardduty', to: ME, count: 120 }], knobs: { blankFinalToken: true } } });
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: [{ kind: 'security-invitation', service: 'guardduty', region: 'us-east-1' }] });
    expect(result.errors).toEqual([]);
    expect(new Set(invitations(result.items).map((i) => i.administratorAccountId)).size).toBe(120);
    expect(handle.calls.filter((c) => c.operation === 'ListInvitations').length).toBe(3);
  });

  it('one service that cannot be read is its own SweepError; the other services of the region are still read', async () => {
    const handle = await start();
    handle.injectFault({ service: 'macie2', operation: 'ListInvitations', region: 'us-east-1', nth: 1, kind: 'http500', times: 5 });
    const result = await sweepAccount(createAwsClients({ maxAttempts: 1 }), { account: ME, parts: parts('us-east-1') });
    expect(result.errors).toEqual([{ service: 'macie', account: ME, region: 'us-east-1', message: expect.stringMatching(/^InternalServerException/) as unknown as string, code: 'InternalServerException', action: 'macie2:ListInvitations' }]);
    expect(invitations(result.items).map((i) => i.service)).toEqual(['guardduty', 'guardduty', 'securityhub', 'detective']);
    expect(result.regionsSwept).toEqual([]);
  });
});

describe('declining security-service invitations against the emulator', () => {
  async function sweptDecisions() {
    const clients = createAwsClients({ maxAttempts: 2 });
    const sweep = await sweepAccount(clients, { account: ME, parts: parts('us-east-1') });
    return { clients, decisions: decide(sweep.items, POLICY, NOW) };
  }

  it('declines (Detective: rejects) what the policy does not allow; the allowed one stays pending', async () => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    expect(decisions.map((d) => d.action)).toEqual(['allow', 'decline', 'decline', 'decline', 'decline']);
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 4), policy: POLICY, effects: awsEffects(async () => clients) });
    expect(results.map((r) => r.outcome)).toEqual(['allowed', 'declined', 'declined', 'declined', 'declined']);
    expect(handle.securityInvitation('guardduty', 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect(handle.securityInvitation('macie2', 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect(handle.securityInvitation('securityhub', 'us-east-1', ME, OTHER)?.removed).toBe('declined');
    expect(handle.securityInvitation('detective', 'us-east-1', ME, STRANGER)?.removed).toBe('declined');
    expect(handle.securityInvitation('guardduty', 'us-east-1', ME, DELEGATED)?.removed).toBeUndefined();
    const writes = handle.calls.filter((c) => c.operation === 'DeclineInvitations' || c.operation === 'RejectInvitation');
    expect(writes.map((c) => [c.service, c.operation, c.params['AccountIds'] ?? c.params['accountIds'] ?? c.params['GraphArn']]).sort()).toEqual([
      ['detective', 'RejectInvitation', GRAPH],
      ['guardduty', 'DeclineInvitations', [STRANGER]],
      ['macie2', 'DeclineInvitations', [STRANGER]],
      ['securityhub', 'DeclineInvitations', [OTHER]],
    ]);
  });

  it.each([
    ['guardduty', 'DeclineInvitations', STRANGER, 'cancelled', 'InvitationNoLongerPending', 'No longer found'],
    ['securityhub', 'DeclineInvitations', OTHER, 'cancelled', 'InvitationNoLongerPending', 'No longer found'],
    ['detective', 'RejectInvitation', GRAPH, 'cancelled', 'ResourceNotFoundException', 'No longer found'],
  ] as const)('%s: an invitation %s meanwhile (%s) is already-handled, not a failure', async (service, operation, id, outcome, error, said) => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    handle.raceBeforeNext({ operation, id, outcome });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 4), policy: POLICY, effects: awsEffects(async () => clients) });
    const raced = results.find((r) => r.decision.item.kind === 'security-invitation' && r.decision.item.service === service && r.decision.action === 'decline');
    expect(raced).toMatchObject({ outcome: 'already-handled', detail: expect.stringMatching(new RegExp(`^${said}.*${error}`)) as unknown as string });
    expect(results.filter((r) => r.outcome === 'failed')).toEqual([]);
  });

  // Macie documents ConflictException as any state conflict, not "already answered": listing again tells.
  it('macie: a ConflictException for an invitation still pending is failed, not already-handled', async () => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    handle.injectFault({ service: 'macie2', operation: 'DeclineInvitations', nth: 1, kind: 'error', error: { status: 409, type: 'ConflictException', message: 'conflicts with the current state' } });
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 4), policy: POLICY, effects: awsEffects(async () => clients) });
    const macie = results.find((r) => r.decision.item.kind === 'security-invitation' && r.decision.item.service === 'macie');
    expect(macie).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^Still pending: .*ConflictException/) as unknown as string });
    expect(handle.securityInvitation('macie2', 'us-east-1', ME, STRANGER)?.removed).toBeUndefined();
    expect(results.filter((r) => r.outcome === 'declined')).toHaveLength(3);
  });

  // Accepting makes the inviter the administrator of the account's findings: the very thing the
  // policy refused. The write's error only says "not pending"; listing again tells accepted.
  it.each([
    ['guardduty', 'DeclineInvitations', STRANGER, 'InvitationNoLongerPending'],
    ['securityhub', 'DeclineInvitations', OTHER, 'InvitationNoLongerPending'],
    ['detective', 'RejectInvitation', GRAPH, 'ConflictException'],
  ] as const)('%s: an invitation accepted meanwhile is accepted-meanwhile, told by listing again after %s', async (service, operation, id, error) => {
    const handle = await start();
    const { clients, decisions } = await sweptDecisions();
    handle.raceBeforeNext({ operation, id, outcome: 'accepted' });
    const listedBefore = handle.calls.filter((c) => c.operation === 'ListInvitations' && c.service === service).length;
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(10, undefined, 4), policy: POLICY, effects: awsEffects(async () => clients) });
    const raced = results.find((r) => r.decision.item.kind === 'security-invitation' && r.decision.item.service === service && r.decision.action === 'decline');
    expect(raced).toMatchObject({ outcome: 'accepted-meanwhile', detail: expect.stringMatching(new RegExp(`^Accepted in this account.*${error}`)) as unknown as string });
    // One listing after the write tells both the race and what became of the invitation.
    expect(handle.calls.filter((c) => c.operation === 'ListInvitations' && c.service === service).length - listedBefore).toBe(1);
  });
});

/**
 * Onboarding an account into the guarded organization, against the emulator (organization.yml,
 * read from the security account 400000000001): the management account invites a new account,
 * which accepts and joins. The next organization-mode run must neither flag that INVITE as
 * accepted against the policy nor decline one still pending from the same organization; a run
 * that guards the same accounts without `targets.organization` keeps requiring organizations.allow.
 */
import { AcceptHandshakeCommand, InviteAccountToOrganizationCommand } from '@aws-sdk/client-organizations';
import { describe, expect, it } from 'vitest';
import { awsEffects } from '../src/aws/effects.js';
import type { PolicyTargets } from '../src/policy/types.js';
import type { Inventory } from '../src/run/inventory.js';
import { awsDeps } from '../src/run/aws-run.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { buildPolicy } from './helpers/policy.js';
import type { EmulatorHandle } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const SCENARIO = 'test/emulator/scenarios/organization.yml';
const SECURITY = '400000000001';
const MANAGEMENT = '400000000000';
const JOINED = '400000000016';
const INVITED = '400000000017';
const TRUST = [`arn:aws:iam::${SECURITY}:role/github-actions-inbound-guard`];

const { start } = useEmulatorEnvironment();

function targets(organization: boolean, accounts: readonly string[], exclude: readonly string[] = ['400000000015']): PolicyTargets {
  return { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: accounts.map((id) => ({ id, position: { line: 3, column: 1 } })), roles: [], organization, exclude };
}

async function onboard(): Promise<{ emu: EmulatorHandle; joinedId: string; pendingId: string }> {
  const emu = await start({ scenario: SCENARIO, account: SECURITY });
  emu.seed({
    accounts: [{ id: JOINED, name: 'New team', email: 'new@acme.example' }, { id: INVITED, name: 'Acquired', email: 'acquired@acme.example' }],
    roles: [{ name: 'inbound-guard', accounts: [JOINED, INVITED], trust: TRUST }],
  });
  const management = sdkClients(emu, MANAGEMENT).organizations;
  const joined = await management.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: JOINED } }));
  const joinedId = joined.Handshake?.Id ?? '';
  await sdkClients(emu, JOINED).organizations.send(new AcceptHandshakeCommand({ HandshakeId: joinedId }));
  const pending = await management.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: INVITED } }));
  return { emu, joinedId, pendingId: pending.Handshake?.Id ?? '' };
}

describe('an account joins the guarded organization', () => {
  it('plan: both policies guarding the organization see the same one (nothing changes); a PR that leaves organization mode declines the pending INVITE and flags the accepted one', async () => {
    const { joinedId, pendingId } = await onboard();
    // The management account is left out: there each INVITE is listed too, as outgoing, and the
    // plan's diff pairs items by handshake id alone, so its copy would stand for the member's.
    const noManagement = ['400000000015', MANAGEMENT];
    const base = buildPolicy({ regions: [], targets: targets(true, [INVITED], noManagement), maxActions: 20 });
    const plan = async (head: ReturnType<typeof buildPolicy>) => {
      const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: base } });
      if (outcome.kind !== 'planned') throw new Error(outcome.why);
      const change = (id: string) => outcome.plan.diff.changes.find((c) => c.item.kind === 'handshake' && c.item.id === id);
      return { plan: outcome.plan, change };
    };

    const same = await plan(buildPolicy({ regions: [], targets: targets(true, [INVITED], noManagement), maxActions: 10 }));
    expect(same.change(pendingId)).toMatchObject({ change: 'unchanged', base: { action: 'ignore' }, head: { action: 'ignore' } });
    expect(same.change(joinedId)).toMatchObject({ change: 'unchanged', head: { action: 'ignore', reason: expect.stringContaining('comes from the organization this run guards') } });
    expect(same.plan.acceptedAgainstPolicy).toEqual([]);

    const off = await plan(buildPolicy({ regions: [], targets: targets(false, [JOINED, INVITED]), maxActions: 20 }));
    expect(off.change(pendingId)).toMatchObject({ change: 'newly-acted', base: { action: 'ignore' }, head: { action: 'decline' } });
    expect(off.plan.acceptedAgainstPolicy?.map((a) => (a.item.kind === 'handshake' ? a.item.id : ''))).toEqual([joinedId]);
  }, 60000);

  it('organization mode: the accepted INVITE is not flagged, a pending one from it is not declined; without organization mode both are judged as before', async () => {
    const { emu, joinedId, pendingId } = await onboard();

    // The organization's accounts (016 is one now) and 017, named in targets.accounts.
    const orgPolicy = buildPolicy({ regions: [], targets: targets(true, [INVITED]), maxActions: 20 });
    const report = await sweepAndAct(awsDeps({ userAgent: 'test', sessionName: 'test' }), { mode: 'enforce', policy: orgPolicy, effects: (inventory: Inventory) => awsEffects(inventory.clientsOf) });
    const byId = new Map(report.items.map((i) => [i.item.kind === 'handshake' ? i.item.id : '', i]));

    expect(report.errors).toEqual([]);
    expect(byId.get(joinedId)).toMatchObject({
      action: 'ignore',
      outcome: 'ignored',
      reason: expect.stringMatching(/^already ACCEPTED: the INVITE handshake from organization o-acmeguard01, management account 400000000000, .* comes from the organization this run guards/),
    });
    expect(byId.get(pendingId)).toMatchObject({ action: 'ignore', outcome: 'ignored', reason: expect.stringContaining('it is how an account joins that organization, so it is not declined') });
    // Strangers' handshakes are declined as ever, the TRANSFER_RESPONSIBILITY included.
    expect(report.items.filter((i) => i.outcome === 'declined').map((i) => (i.item.kind === 'handshake' ? i.item.id : ''))).toEqual(
      expect.arrayContaining(['h-hb0hederyjen0lyzze75cvuv', 'h-39fq1dqgizqn4h2s3unn5q7y', 'h-y44tmnql9hq94ds6av4n9gyr']),
    );
    expect(report.counts).toMatchObject({ 'accepted-meanwhile': 0, declined: 3 });
    expect(report.failures).toEqual([]);
    expect(emu.handshake(pendingId)?.State).toBe('OPEN');

    // The same two accounts named in targets.accounts, no organization mode: organizations.allow is required.
    const accountsPolicy = buildPolicy({ regions: [], targets: targets(false, [JOINED, INVITED]), maxActions: 20 });
    const plain = await sweepAndAct(awsDeps({ userAgent: 'test', sessionName: 'test' }), { mode: 'dry-run', policy: accountsPolicy });
    const plainById = new Map(plain.items.map((i) => [i.item.kind === 'handshake' ? i.item.id : '', i]));
    expect(plainById.get(joinedId)).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', reason: expect.stringContaining('no organizations.allow entry matches the INVITE handshake from organization o-acmeguard01') });
    expect(plainById.get(pendingId)).toMatchObject({ action: 'decline', outcome: 'would-decline' });
  }, 60000);
});

/**
 * Wire-level: planAgainstAccount with the real SDK clients against the emulator's sample scenario,
 * the base policy being the scenario's sample policy and the head an edited copy of it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { itemKey } from '../src/plan/diff-decisions.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import type { ItemChange } from '../src/plan/types.js';
import { awsDeps } from '../src/run/aws-run.js';
import { failsTheStep } from '../src/report/log-lines.js';
import { planAgainstAccount, type PlanOutcome } from '../src/run/plan-run.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';
import { rejectsWith } from './helpers/rejections.js';

const NOW = new Date();
const IN_5_DAYS = new Date(NOW.getTime() + 5 * 86_400_000).toISOString().slice(0, 10);

const BASE_TEXT = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');
/** The PR: drops 444455556666, allows 999988887777 for five days and o-p76zu5911y, governs INVITE only. */
const HEAD_TEXT = BASE_TEXT.replace('    - source-account: "444455556666"\n      until: 2099-12-31\n', `    - source-account: "999988887777"\n      until: ${IN_5_DAYS}\n      note: rework batch, until the factory re-keys\n`)
  .replace('handshake-types: [INVITE, TRANSFER_RESPONSIBILITY]', 'handshake-types: [INVITE]')
  .replace('    - organization: o-exampleorgid11\n', '    - organization: o-exampleorgid11\n    - organization: o-p76zu5911y\n');

const policy = parsedPolicy;

const environment = useEmulatorEnvironment();
const start = (withCredentials = true) => environment.start({ credentials: withCredentials });

const keys = (changes: readonly ItemChange[]) => changes.map((c) => itemKey(c.item)).sort();
const READ_OPERATIONS = ['GetCallerIdentity', 'ListCertificates', 'ListOutgoingCertificates', 'DescribeCertificate', 'ListHandshakesForAccount'];

async function plan(request: Partial<Parameters<typeof planAgainstAccount>[1]> = {}): Promise<PlanOutcome> {
  return planAgainstAccount({ clients: createAwsClients(), now: () => NOW }, { head: policy(HEAD_TEXT), base: { state: 'valid', policy: policy(BASE_TEXT) }, ...request });
}

describe('planAgainstAccount against the emulator (sample scenario)', () => {
  it('computes what the PR changes, from one read-only sweep', async () => {
    const handle = await start();
    const outcome = await plan();
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { diff, budget } = outcome.plan;
    expect(keys(diff.newlyAllowed)).toEqual([
      'iot:eu-west-1:2dbf4e9e702e17ead3e4adc0cf835ebedf5740d57972b81a1dd180e2b7821eca',
      'iot:us-east-1:90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3',
      'organizations:h-upx7focnp0gsdlzk0ym21rqv',
    ]);
    expect(keys(diff.newlyActed)).toEqual(['iot:us-east-1:460f149849f4a19db0611d34a4f4296a3091be48d8d26e0da836652898875616']);
    expect(keys(diff.newlyLeftAlone)).toEqual(['organizations:h-usts6j4f4arj8jz9ukk3ergt']);
    expect(keys(diff.lapsingSoon.map((l) => l.change))).toEqual(keys(diff.newlyAllowed.filter((c) => c.item.kind === 'certificate-transfer')));
    expect(budget).toMatchObject({ planned: 4, limit: 10, tripped: false });
    expect(outcome.plan.entries.added.map((e) => e.allows)).toEqual(['source account 999988887777', 'organization o-p76zu5911y']);

    // Read-only: every call the emulator saw is a read, and the account is as it was.
    expect(handle.calls.length).toBeGreaterThan(0);
    expect(handle.calls.filter((c) => !READ_OPERATIONS.includes(c.operation))).toEqual([]);
    // One sweep: each region listed once (both policies read the same two regions).
    expect(handle.calls.filter((c) => c.operation === 'ListHandshakesForAccount').length).toBeGreaterThanOrEqual(1);
    expect(new Set(handle.calls.filter((c) => c.operation === 'ListOutgoingCertificates').map((c) => c.region))).toEqual(new Set(['us-east-1', 'eu-west-1']));
  });

  it('the JSON report has the PR policy’s decisions as would-be outcomes, and the diff', async () => {
    await start();
    const outcome = await plan();
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { report } = outcome;
    expect(report.mode).toBe('plan');
    expect(report.counts).toMatchObject({ rejected: 0, declined: 0, 'would-reject': 3, 'would-decline': 1, planned: 4 });
    expect(report.plan?.counts).toEqual({ newlyAllowed: 3, newlyActed: 1, newlyLeftAlone: 1, unchanged: 13, lapsingSoon: 2 });
    expect(report.plan?.changes.find((c) => c.change === 'newly-acted')).toMatchObject({ base: 'allow', head: 'reject' });
    expect(report.failures).toEqual([]);
  });

  it('a PR that newly governs a service: the plan and its report name the IAM actions the scheduled runs’ role needs for it, read and write', async () => {
    await start();
    const outcome = await plan({ head: policy(`${HEAD_TEXT}ram:\n  regions: [us-east-1]\n`) });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const needed = { services: ['ram'], read: ['ram:GetResourceShareInvitations', 'ram:ListPendingInvitationResources'], write: ['ram:RejectResourceShareInvitation'] };
    expect(outcome.plan.newPermissions).toEqual(needed);
    expect(outcome.report.plan?.newPermissions).toEqual(needed);
    expect(renderPlanComment({ kind: 'planned', plan: outcome.plan })).toContain('🔑 **Newly governed: RAM.**');
  });

  it('a PR that adds the policy is compared with nothing in force', async () => {
    await start();
    const outcome = await plan({ base: { state: 'missing' } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    // Nothing in force to compare the policy with: no policy changes, no base scope, no new permissions.
    expect(outcome.plan.newPermissions).toBeUndefined();
    expect(outcome.plan.policyChanges).toBeUndefined();
    expect(outcome.plan.scopes.base).toBeUndefined();
    expect(outcome.plan.diff.newlyAllowed).toEqual([]);
    expect(outcome.plan.diff.newlyActed).toHaveLength(4);
  });

  it('a PR acting on more than the budget trips it (the plan says so; nothing is written either way)', async () => {
    const handle = await start();
    const outcome = await plan({ maxActions: 3 });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.budget).toEqual({ limit: 3, source: 'input', planned: 4, tripped: true });
    expect(outcome.report.failures).toEqual([]);
    expect(handle.calls.filter((c) => !READ_OPERATIONS.includes(c.operation))).toEqual([]);
  });

  it('a region only the base policy sweeps is read, and its items are “no longer acted on”', async () => {
    await start();
    const head = HEAD_TEXT.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1]');
    const outcome = await plan({ head: policy(head) });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.regions.swept).toEqual(['eu-west-1', 'us-east-1']);
    // The report's regions are the PR policy's, as a dry-run of it would report them: eu-west-1 was read for the base alone.
    const iotRegions = { selection: 'list', swept: ['us-east-1'], skipped: [], failed: [], readForBase: ['eu-west-1'] };
    expect(outcome.report.accounts.map((a) => [a.regions, a.kinds['certificate-transfer']])).toEqual([[iotRegions, { state: 'swept', regions: iotRegions }]]);
    expect(keys(outcome.plan.diff.newlyLeftAlone)).toContain('iot:eu-west-1:0d59404c5a13dda9a0da30bea460b75f7f460c52a8f503a6d76be62765d94562');
    // Each policy's own scope, for the footer; and the policy change that explains it, as weakening.
    const kinds = (regions: string[]) => [
      { kind: 'certificate-transfer', services: ['iot'], regions },
      { kind: 'handshake', services: ['organizations'], regions: [] },
    ];
    expect(outcome.plan.scopes).toEqual({
      base: { regions: ['us-east-1', 'eu-west-1'], handshakeTypes: ['INVITE', 'TRANSFER_RESPONSIBILITY'], kinds: kinds(['us-east-1', 'eu-west-1']) },
      head: { regions: ['us-east-1'], handshakeTypes: ['INVITE'], kinds: kinds(['us-east-1']) },
    });
    expect(outcome.plan.policyChanges?.filter((c) => c.key === 'iot.regions').map((c) => c.effect)).toEqual(['weakens']);
    expect(outcome.report.items.every((i) => i.item.kind !== 'certificate-transfer' || i.item.region === 'us-east-1')).toBe(true);
  });

  it('a region, or the region list, that cannot be read fails the plan when the PR’s policy sweeps it, and is only a gap in the comparison when the base’s alone does', async () => {
    const refuse = (operation: string, region?: string) => ({ service: 'iot' as const, operation, ...(region === undefined ? {} : { region }), rate: 1, kind: 'error' as const, error: { status: 403, type: 'AccessDeniedException', message: 'denied' } });
    const oneRegion = policy(HEAD_TEXT.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1]'));
    const both = policy(HEAD_TEXT);
    const where = (errors: readonly { service: string; region?: string | undefined }[] | undefined) => (errors ?? []).map((e) => [e.service, e.region]);

    // eu-west-1 refused: the PR that drops it does not fail on it; the PR that sweeps it does.
    (await start()).injectFault(refuse('ListCertificates', 'eu-west-1'));
    const drops = await plan({ head: oneRegion, base: { state: 'valid', policy: both } });
    if (drops.kind !== 'planned') throw new Error(drops.kind);
    expect(drops.plan.errors).toEqual([]);
    expect(drops.report.failures).toEqual([]);
    expect(where(drops.plan.baseOnlyErrors)).toEqual([['iot', 'eu-west-1']]);
    // The account's entry points to that error: not in the report's errors, but the plan's.
    expect(drops.report.accounts.map((a) => [a.account, a.read, a.readFor, a.baseOnlyErrorCount])).toEqual([['210987654321', 'partial', undefined, 1]]);
    const adds = await plan({ head: both, base: { state: 'valid', policy: oneRegion } });
    if (adds.kind !== 'planned') throw new Error(adds.kind);
    expect(where(adds.plan.errors)).toEqual([['iot', 'eu-west-1']]);
    // Refused to the credentials that read it: a plan names the call refused and the one document it needs.
    expect(adds.plan.errors[0]?.hint).toMatch(/^These credentials are account 210987654321 .*; their policy needs iot:ListCertificates, one of a plan's read permissions \(iam\/read\.json; iam\/README\.md\)\.$/);
    expect(adds.plan.baseOnlyErrors).toEqual([]);
    expect(adds.report.failures).toEqual([expect.stringMatching(/^Could not read IoT in eu-west-1 of 210987654321: AccessDeniedException/)]);
    expect(adds.report.accounts.map((a) => [a.account, a.read, a.readFor, a.baseOnlyErrorCount])).toEqual([['210987654321', 'partial', undefined, undefined]]);

    // The region list refused: only a policy that reads every enabled region needs it.
    const handle = await start();
    handle.injectFault({ service: 'account', operation: 'ListRegions', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: 'denied' } });
    const all = policy(HEAD_TEXT.replace('regions: [us-east-1, eu-west-1]', 'regions: all'));
    const listed = await plan({ head: oneRegion, base: { state: 'valid', policy: all } });
    if (listed.kind !== 'planned') throw new Error(listed.kind);
    expect(listed.report.failures).toEqual([]);
    expect(where(listed.plan.baseOnlyErrors)).toEqual([['account', undefined]]);
    // The PR's region is read without the list (plan-region-list-refused.test.ts).
    expect(listed.plan.regions.swept).toEqual(['us-east-1']);
    const every = await plan({ head: all, base: { state: 'valid', policy: oneRegion } });
    if (every.kind !== 'planned') throw new Error(every.kind);
    expect(where(every.plan.errors)).toEqual([['account', undefined]]);
    expect(every.report.failures).toHaveLength(1);
  });

  it('a PR that stops governing handshakes still has them read, to show what it stops declining', async () => {
    await start();
    const outcome = await plan({ head: policy(HEAD_TEXT.replace('handshake-types: [INVITE]', 'handshake-types: []')) });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.handshakesSwept).toBe(true);
    expect(keys(outcome.plan.diff.newlyLeftAlone)).toEqual(['organizations:h-n9dpk0xem4dklbsvzty3m6fn', 'organizations:h-upx7focnp0gsdlzk0ym21rqv', 'organizations:h-usts6j4f4arj8jz9ukk3ergt']);
    expect(outcome.report.items.some((i) => i.item.kind === 'handshake')).toBe(false);
  });

  it('a PR that stops allowing the sender of a handshake accepted before the run: the report flags it (the step fails), the diff never acts on it', async () => {
    await start();
    const head = policy(BASE_TEXT.replace('    - organization: o-exampleorgid11\n', '    - organization: o-p76zu5911y\n'));
    const outcome = await plan({ head });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const accepted = 'organizations:h-pbgy2h12hnemcpszjma00p88';
    // The open invitation from o-exampleorgid11 is newly declined; the accepted one is neither declined nor "newly acted on".
    expect(keys(outcome.plan.diff.newlyActed)).toEqual(['organizations:h-h4tuiz9mk6flzbqwu9fzs3uy']);
    expect(outcome.plan.diff.changes.find((c) => itemKey(c.item) === accepted)).toMatchObject({ change: 'unchanged', base: { action: 'ignore' }, head: { action: 'ignore' } });
    const item = outcome.report.items.find((i) => i.item.kind === 'handshake' && i.item.id === 'h-pbgy2h12hnemcpszjma00p88');
    expect(item).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', detail: expect.stringContaining('the handshake listing shows it ACCEPTED') });
    expect(outcome.report.counts).toMatchObject({ 'accepted-meanwhile': 1, 'would-decline': 3, planned: 7 });
    expect(outcome.report.failures).toEqual([expect.stringMatching(/^1 item the policy does not allow was accepted in the account \(before this run.*; see the plan comment and the JSON report \(outcome accepted-meanwhile\)\./)]);
    // The comment says why the job fails: the item in full detail, the count only in a summary.
    expect(outcome.plan.acceptedAgainstPolicy?.map((a) => itemKey(a.item))).toEqual([accepted]);
    const full = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' });
    expect(full).toContain('> [!CAUTION]\n> **1 item was accepted in the account against this policy** (before this run, or after it listed it');
    expect(full).toContain('h&#45;pbgy2h12hnemcpszjma00p88');
    expect(full.split('\n')[1]).toMatch(/^## ⚠️ /);
    const summary = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'summary' });
    expect(summary).toContain('**1 item was accepted in the account against this policy**');
    expect(summary).not.toContain('pbgy2h12hnemcpszjma00p88');
    // The base policy allows that sender: no caution.
    const same = await plan({ head: policy(BASE_TEXT) });
    if (same.kind !== 'planned') throw new Error(same.kind);
    expect(same.plan.acceptedAgainstPolicy).toEqual([]);
    expect(renderPlanComment({ kind: 'planned', plan: same.plan }, { detail: 'full' })).not.toContain('accepted in the account against this policy');
  });

  it('a base whose accounts pin leaves out the credentials’ account (no targets) does nothing today: what the PR acts on is new', async () => {
    // 400000000011 (Production): two transfers from the partner, two from strangers, one INVITE from a stranger organization.
    await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000011' });
    const text = (pin: string) => `version: 1\n${pin}iot:\n  allow:\n    - source-account: "111122223333"\n`;
    const base = policy(text('accounts: ["400000000012"]\n'));
    const outcome = await plan({ head: policy(text('')), base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    const { diff } = outcome.plan;
    expect(diff.changes).toHaveLength(5);
    expect(diff.changes.every((c) => c.base === undefined)).toBe(true);
    expect(diff.newlyActed).toHaveLength(3);
    expect(outcome.plan.baseStopsAtPin).toEqual({ line: 2 });
    expect(outcome.plan.scopes.base).toBeUndefined();
    expect(outcome.report.plan?.base).toEqual({ state: 'valid', governsCaller: false });
    // The removed pin is still a policy change, and weakens.
    expect(outcome.plan.policyChanges?.filter((c) => c.key === 'accounts').map((c) => c.effect)).toEqual(['weakens']);

    const links = { serverUrl: 'https://github.com', repository: 'acme/guard', sha: 'b'.repeat(40), policyPath: '.github/inbound-guard.yml' };
    const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full', baseLinks: links });
    expect(body).toContain('**✅ Valid.** Merged, this policy would **newly reject or decline 3** of the 5 items found in account <code>400000000011</code>.');
    expect(body).toContain(`whose <code>accounts</code> pin ([line 2](https://github.com/acme/guard/blob/${'b'.repeat(40)}/.github/inbound-guard.yml#L2)) leaves out the account of these credentials: scheduled runs on it stop there before reading anything, so “today” below is “nothing done”.`);
    expect(body).toContain('— nothing (its <code>accounts</code> pin leaves this account out)');
    expect(body).not.toContain('fares differently today');

    // A pin that includes the account: the base decides as before.
    const pinned = await plan({ head: policy(text('')), base: { state: 'valid', policy: policy(text('accounts: ["400000000011"]\n')) } });
    if (pinned.kind !== 'planned') throw new Error(pinned.kind);
    expect(pinned.plan.baseStopsAtPin).toBeUndefined();
    expect(pinned.plan.diff.newlyActed).toEqual([]);
    expect(pinned.plan.diff.changes.every((c) => c.base !== undefined)).toBe(true);
  });

  it('accounts the organization lists outside the PR’s accounts pin: the plan carries them, as its report does, and the comment names them', async () => {
    // The workflow runs in 400000000001, which lists o-acmeguard01's accounts; the pin keeps two of them.
    await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const text = `version: 1\naccounts: ["400000000001", "400000000011"]\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n`;
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head: policy(text), base: { state: 'valid', policy: policy(text) } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    expect(outcome.plan.accounts).toEqual(['400000000001', '400000000011']);
    expect(outcome.plan.skippedAccounts).toEqual(outcome.report.skippedAccounts);
    expect(outcome.plan.skippedAccounts?.map((s) => [s.account, s.fails])).toEqual([['400000000000', true], ['400000000012', true], ['400000000013', true], ['400000000014', false], ['400000000015', true]]);
    const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' });
    expect(body).toContain('> **4 accounts not guarded**, named by the policy’s targets or listed by the organization');
    for (const account of ['400000000000', '400000000012', '400000000013', '400000000015']) expect(body).toContain(`> - <code>${account}</code>: not in the policy&#39;s accounts pin`);
    // Suspended: left out by choice, not a part not read: not in the warning, but named below it, as the run summary names it.
    expect(body).not.toContain('> - <code>400000000014</code>');
    expect(body).toContain('<details><summary>Not guarded by choice (1)</summary>\n\n- <code>400000000014</code>: the organization lists it as SUSPENDED, not ACTIVE\n\n</details>');
    const summary = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'summary' });
    expect(summary).toContain('_Not guarded by choice: 1 account (in `targets.exclude`, or not ACTIVE in the organization); a summary comment names none._');
    expect(summary).not.toContain('400000000014');
  });

  it('a PR that adds an accounts pin beside organization: true: the accounts of the organization it leaves out are lost, and the verdict, the caution and the report say so', async () => {
    // The UAT case: the base guards o-acmeguard01 as a whole; the PR pins two of its accounts.
    await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const text = (pin: string) => `version: 1\n${pin}targets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n`;
    const head = policy(text('accounts: ["400000000001", "400000000011"]\n'));
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: policy(text('')) } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    // Every ACTIVE account the base guards but the two pinned (400000000014 is SUSPENDED: neither guards it).
    expect(outcome.plan.noLongerGuarded).toEqual(['400000000000', '400000000012', '400000000013', '400000000015']);
    expect(outcome.report.plan?.noLongerGuarded).toEqual(outcome.plan.noLongerGuarded);
    expect(outcome.plan.policyChanges?.map((c) => [c.key, c.effect])).toEqual([['accounts', 'weakens']]);
    for (const detail of ['full', 'summary'] as const) {
      const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail, account: '400000000001' });
      expect(body.split('\n')[1]).toMatch(/^## ⚠️ /);
      expect(body).toContain('> **This PR weakens the protection the policy gives (1 change).**');
      expect(body).toContain('the accounts the organization lists outside it, today and as they join, are no longer guarded');
      // Read for the base's view, though outside the PR's pin; 400000000015, whose role is refused, alone is not.
      expect(body).toContain('**✅ Valid, but 4 accounts the base branch’s policy guards are not guarded by this one.** 1 of them was not read (see the warning below), so what is pending there is not counted here. Merged, this policy would **stop acting on ');
      expect(body).not.toContain('🛡️ strengthens');
      expect(body).toContain('> **4 accounts not guarded**');
    }

    // Only some of them not read: an account the PR newly excludes is still read (the base decides it), and counted.
    const excluding = policy(text('').replace('  organization: true\n', '  organization: true\n  exclude: ["400000000013"]\n'));
    const some = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head: excluding, base: { state: 'valid', policy: policy(text('')) } });
    if (some.kind !== 'planned') throw new Error(some.kind);
    expect(some.plan.noLongerGuarded).toEqual(['400000000013']);
    const full = renderPlanComment({ kind: 'planned', plan: some.plan }, { detail: 'full' });
    expect(full).toMatch(/\*\*✅ Valid, but 1 account the base branch’s policy guards is not guarded by this one\.\*\* Merged, this policy would \*\*stop acting on 3\*\* of the /);

    // The same policy on both sides: nothing lost, the verdict as before.
    const same = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: head } });
    if (same.kind !== 'planned') throw new Error(same.kind);
    expect(same.plan.noLongerGuarded).toEqual([]);
    expect(renderPlanComment({ kind: 'planned', plan: same.plan }, { detail: 'full' })).toContain('**✅ Valid. No change** to the ');
  });

  it('an account only the base’s targets name, outside the PR’s accounts pin, is no longer guarded, not a failure: read for the base, its items counted as found only where the base sweeps', async () => {
    // The base guards 400000000011 and 400000000012 through targets; the PR targets 011 alone, pinned to it.
    await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const text = (pin: string, accounts: string) => `version: 1\n${pin}targets:\n  role-name: inbound-guard\n  accounts: [${accounts}]\niot:\n  allow:\n    - source-account: "111122223333"\n`;
    const head = policy(text('accounts: ["400000000011"]\n', '"400000000011"'));
    const base = policy(text('', '"400000000011", "400000000012"'));
    const outcome = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head, base: { state: 'valid', policy: base } });
    if (outcome.kind !== 'planned') throw new Error(outcome.kind);
    // A scheduled run with the PR's policy would not target 400000000012: nothing fails on it.
    expect(outcome.plan.skippedAccounts).toEqual([]);
    expect(outcome.report.skippedAccounts).toEqual([]);
    expect(outcome.report.failures).toEqual([]);
    expect(outcome.plan.noLongerGuarded).toEqual(['400000000012']);
    // Read for the base's view, as it is without the pin: its items are the base's alone, counted as found only where the base sweeps.
    expect(outcome.plan.accounts).toEqual(['400000000011', '400000000012']);
    const staging = outcome.plan.diff.changes.filter((c) => c.item.account === '400000000012');
    expect(staging.map((c) => [itemKey(c.item).split(':').slice(0, 2).join(':'), c.base?.action, c.head, c.change])).toEqual([
      ['iot:eu-west-1', 'reject', undefined, 'newly-left-alone'],
      ['iot:us-east-1', 'allow', undefined, 'unchanged'],
      ['iot:us-east-1', 'reject', undefined, 'newly-left-alone'],
      ['organizations:h-39fq1dqgizqn4h2s3unn5q7y', 'decline', undefined, 'newly-left-alone'],
    ]);
    expect(outcome.report.items.some((i) => i.item.account === '400000000012')).toBe(false);
    // Its entry in the report's accounts says it was read for the base alone: the PR's policy decides nothing there.
    expect(outcome.report.accounts.map((a) => [a.account, a.read, a.readFor, a.counts.planned])).toEqual([['400000000011', 'complete', undefined, 3], ['400000000012', 'complete', 'base', 0]]);
    const unpinned = await planAgainstAccount(awsDeps({ userAgent: 'test', sessionName: 'test' }), { head: policy(text('', '"400000000011"')), base: { state: 'valid', policy: base } });
    if (unpinned.kind !== 'planned') throw new Error(unpinned.kind);
    expect(keys(outcome.plan.diff.changes)).toEqual(keys(unpinned.plan.diff.changes));
    const body = renderPlanComment({ kind: 'planned', plan: outcome.plan }, { detail: 'full' });
    expect(body).not.toContain('not guarded**');
    expect(body).toContain('**✅ Valid, but 1 account the base branch’s policy guards is not guarded by this one.** Merged, this policy would **stop acting on 3** of the 9 items found in 2 accounts under either policy (4 of them only where the base branch’s policy sweeps and this one does not).');
  });

  it('an account that cannot be read fails the plan when the PR’s targets reach it, and is only a gap in the comparison when the base’s alone do', async () => {
    // 400000000015 has no role to assume (organization.yml).
    await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    const text = (accounts: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: [${accounts}]\niot:\n  allow:\n    - source-account: "111122223333"\n`;
    const both = policy(text('"400000000011", "400000000015"'));
    const one = policy(text('"400000000011"'));
    // The sweep's failures as the log hears them: failing the step unless marked read for the base alone (report/log-lines.ts failsTheStep).
    let events: SweepEvent[] = [];
    const deps = { ...awsDeps({ userAgent: 'test', sessionName: 'test' }), log: { sweep: (event: SweepEvent) => void events.push(event), act: () => undefined } };
    const failures = () => events.filter((e) => e.type.endsWith('failed')).map((e) => [e.type, 'account' in e ? e.account : undefined, failsTheStep(e)]);

    // The PR adds it: a scheduled run with the PR's policy would fail on it, and so does the plan.
    const adds = await planAgainstAccount(deps, { head: both, base: { state: 'valid', policy: one } });
    if (adds.kind !== 'planned') throw new Error(adds.kind);
    expect(failures()).toEqual([['account-failed', '400000000015', true]]);
    events = [];
    expect(adds.plan.errors.map((e) => [e.service, e.account])).toEqual([['sts', '400000000015']]);
    expect(adds.plan.baseOnlyErrors).toEqual([]);
    expect(adds.report.errors).toEqual(adds.plan.errors);
    expect(adds.report.failures).toEqual([expect.stringMatching(/^Could not read account 400000000015 \(STS\): could not assume /)]);
    const added = renderPlanComment({ kind: 'planned', plan: adds.plan }, { detail: 'full' });
    expect(added).toContain("> **Parts the PR's policy reads could not be read**; items there are not in this plan, and the plan fails on them");
    // The whole account, by its id, with the way out the hint gives (not cut off with AWS's text).
    expect(added).toMatch(/> - account <code>400000000015<\/code> \(its role not assumed\): could not assume .* — The guard role arn&#58;aws&#58;iam&#58;&#58;400000000015&#58;role\/inbound&#45;guard is missing/);
    expect(added).toContain('remove 400000000015 from targets.accounts');
    // The policy change that adds it says it is not guarded yet, not only "now guarded".
    expect(added).toContain('| Now guarded through targets.accounts&#58; <code>400000000015</code>. This plan could not assume <code>arn&#58;aws&#58;iam&#58;&#58;400000000015&#58;role/inbound&#45;guard</code> &#40;AWS&#58; <code>AccessDenied</code>&#41;&#58; nothing of the account was read. AWS answers AccessDenied alike for a role that does not exist there');
    expect(renderPlanComment({ kind: 'planned', plan: adds.plan }, { detail: 'summary' })).toContain('> - an account (its role not assumed)\n');

    // The PR drops it: the base's side there is unknown, and nothing fails.
    const drops = await planAgainstAccount(deps, { head: one, base: { state: 'valid', policy: both } });
    if (drops.kind !== 'planned') throw new Error(drops.kind);
    // Nor does its log take it for a failure: the role refused is marked read for the base alone.
    expect(failures()).toEqual([['account-failed', '400000000015', false]]);
    expect(drops.plan.errors).toEqual([]);
    expect(drops.plan.baseOnlyErrors?.map((e) => [e.service, e.account])).toEqual([['sts', '400000000015']]);
    expect(drops.report.errors).toEqual([]);
    expect(drops.report.failures).toEqual([]);
    expect(drops.report.plan?.baseOnlyErrors).toEqual(drops.plan.baseOnlyErrors);
    // Its entry in the report's accounts: read for the base alone, nothing read, its error in plan.baseOnlyErrors (one), as the others' are in errors.
    expect(drops.report.accounts.map((a) => [a.account, a.read, a.readFor, a.baseOnlyErrorCount])).toEqual([['400000000011', 'complete', undefined, undefined], ['400000000015', 'none', 'base', 1]]);
    expect(adds.report.accounts.map((a) => [a.account, a.read, a.readFor, a.baseOnlyErrorCount])).toEqual([['400000000011', 'complete', undefined, undefined], ['400000000015', 'none', undefined, undefined]]);
    // A summary comment says where, never which account or AWS's text.
    const summary = renderPlanComment({ kind: 'planned', plan: drops.plan }, { detail: 'summary' });
    const lines = summary.split('\n');
    const banner = lines.findIndex((l) => l.startsWith('> **Parts only the base branch’s policy reads could not be read**'));
    expect(lines.slice(banner + 1, banner + 3)).toEqual(['> - STS', '']);
    expect(summary).not.toContain("Parts the PR's policy reads could not be read");
  });

  it('an organization listing that is refused fails the plan when the PR’s policy guards the organization, and is only a gap in the comparison when the base’s alone does', async () => {
    const handle = await environment.start({ scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001' });
    handle.injectFault({ service: 'organizations', operation: 'ListAccounts', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } });
    const text = (targets: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n${targets}iot:\n  allow:\n    - source-account: "111122223333"\n`;
    const organization = policy(text('  organization: true\n  accounts: ["400000000012"]\n'));
    const one = policy(text('  accounts: ["400000000011"]\n'));
    // Whether the log takes the listing's failure for one of the step's (report/log-lines.ts failsTheStep): it comes before the targets are known.
    let warned: boolean[] = [];
    const deps = { ...awsDeps({ userAgent: 'test', sessionName: 'test' }), log: { sweep: (event: SweepEvent) => void (event.type === 'listing-failed' && warned.push(failsTheStep(event))), act: () => undefined } };

    // The PR guards the organization: a scheduled run with it would fail on the listing, and so does the plan.
    for (const base of [one, organization]) {
      warned = [];
      const lists = await planAgainstAccount(deps, { head: organization, base: { state: 'valid', policy: base } });
      if (lists.kind !== 'planned') throw new Error(lists.kind);
      expect(warned).toEqual([true]);
      expect(lists.plan.errors.map((e) => [e.service, e.account])).toEqual([['organizations', undefined]]);
      expect(lists.plan.baseOnlyErrors).toEqual([]);
      expect(lists.report.failures).toEqual([expect.stringMatching(/^Could not read the organization's accounts \(Organizations\): ListAccounts: AccessDeniedException/)]);
    }

    // Only the base does: no failure, and the verdict counts the account it names as lost, never the organization's as none.
    warned = [];
    const drops = await planAgainstAccount(deps, { head: one, base: { state: 'valid', policy: organization } });
    if (drops.kind !== 'planned') throw new Error(drops.kind);
    expect(warned).toEqual([false]);
    expect(drops.plan.errors).toEqual([]);
    expect(drops.report.failures).toEqual([]);
    expect(drops.plan.baseOnlyErrors?.map((e) => [e.service, e.account])).toEqual([['organizations', undefined]]);
    expect(drops.plan.noLongerGuarded).toEqual(['400000000012']);
    for (const detail of ['full', 'summary'] as const) {
      const body = renderPlanComment({ kind: 'planned', plan: drops.plan }, { detail });
      expect(body).toContain('**✅ Valid, but 1 account the base branch’s policy guards is not guarded by this one.** The organization’s accounts, which it also guards, could not be listed for it: how many more this one no longer guards is not counted either (see the warning below). Merged, this policy would **stop acting on 3** of the 9 items found in 2 accounts');
      expect(body).toContain('> - the organization’s accounts (Organizations)');
      expect(body).toContain('> Which accounts the base branch’s policy guards through the organization is therefore unknown');
    }
  });

  it('no credentials anywhere: says so, and calls nothing', async () => {
    const handle = await start(false);
    const outcome = await plan();
    expect(outcome.kind).toBe('no-credentials');
    if (outcome.kind === 'no-credentials') expect(outcome.why).toMatch(/credentials/i);
    expect(handle.calls).toEqual([]);
  });

  it('credentials that AWS refuses are not “no credentials”: the run fails, naming STS', async () => {
    const handle = await start();
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAUNKNOWNKEY000000';
    await rejectsWith(plan(), /STS GetCallerIdentity/);
    expect(handle.calls.filter((c) => !READ_OPERATIONS.includes(c.operation))).toEqual([]);
  });
});

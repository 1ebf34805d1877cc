import { mkdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadScenario, startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

// End to end: the built dist/index.js, as a process under Node 24, against the emulator with the
// sample scenario; the emulator's final state and call log are checked call by call.
const SCENARIO_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const ACCOUNT = '210987654321';
const WRITE_OPERATIONS = ['RejectCertificateTransfer', 'DeclineHandshake', 'AcceptCertificateTransfer', 'CancelCertificateTransfer', 'TransferCertificate', 'AcceptHandshake', 'CancelHandshake'];

// The expectations follow from the scenario and the policy, not from the action's output.
const ALLOWED_SOURCES = new Set(['111122223333', '444455556666']);
const ALLOWED_ORGANIZATION = 'o-exampleorgid11';
const scenario = loadScenario(SCENARIO_FILE);
const incoming = (scenario.certificates ?? []).filter((c) => c.transfer?.to === ACCOUNT && !c.transfer.rejectedAt && !c.transfer.acceptedAt);
const outgoing = (scenario.certificates ?? []).filter((c) => c.owner === ACCOUNT && c.transfer);
const toReject = incoming.filter((c) => !ALLOWED_SOURCES.has(c.owner));
const toAllow = incoming.filter((c) => ALLOWED_SOURCES.has(c.owner));
const governed = (scenario.handshakes ?? []).filter((h) => h.to === ACCOUNT && ['OPEN', 'REQUESTED'].includes(h.state ?? 'OPEN') && ['INVITE', 'TRANSFER_RESPONSIBILITY'].includes(h.action));
const toDecline = governed.filter((h) => h.organization !== ALLOWED_ORGANIZATION);
const handshakesLeftAlone = (scenario.handshakes ?? []).filter((h) => !toDecline.includes(h));

let emulator: EmulatorHandle;
let workspace: string;

beforeEach(async () => {
  emulator = await startEmulator({ scenario: SCENARIO_FILE });
  workspace = testTempDir('inbound-guard-e2e-');
  mkdirSync(join(workspace, '.github'));
  cpSync(POLICY_FILE, join(workspace, '.github', 'inbound-guard.yml'));
});
afterEach(async () => {
  await emulator.close();
});

function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<DistRun> {
  return runDist({ workspace, inputs, env: { ...emulator.env(ACCOUNT), ...env } });
}
/** The emulator's environment for ACCOUNT without the named variables. */
function envWithout(...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(emulator.env(ACCOUNT)).filter(([name]) => !names.includes(name)));
}
const iotCalls = (region?: string) => emulator.calls.filter((c) => c.service === 'iot' && (region === undefined || c.region === region));
/** The line of the sample policy that holds this text (1-based), read from the file. */
function policyLine(text: string): number {
  const index = readFileSync(POLICY_FILE, 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} is not in ${POLICY_FILE}`);
  return index + 1;
}
const writes = () => emulator.calls.filter((c) => WRITE_OPERATIONS.includes(c.operation));
const report = (r: DistRun) => JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as { items: { item: { kind: string; account: string; certificateId?: string; id?: string }; outcome: string }[]; reportVersion: number; callerAccount: string; accounts: unknown[]; failures: string[] };

describe('the scenario itself (guards the expectations below)', () => {
  it('has transfers to reject and to allow, an outgoing one, and handshakes to decline and leave', () => {
    expect(toReject.length).toBeGreaterThanOrEqual(3);
    expect(toAllow.length).toBeGreaterThanOrEqual(2);
    expect(outgoing.length).toBeGreaterThanOrEqual(1);
    expect(toDecline.map((h) => h.action)).toContain('TRANSFER_RESPONSIBILITY');
    expect(handshakesLeftAlone.length).toBeGreaterThanOrEqual(4);
  });
});

describe('dist/index.js against the emulator', () => {
  it('dry-run (the default) writes nothing and reports what enforce would do', async () => {
    const r = await run({});
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(r.outputs).toMatchObject({ rejected: '0', declined: '0', failed: '0', planned: String(toReject.length + toDecline.length) });
    expect(r.summary).toContain(`would reject ${toReject.length} · would decline ${toDecline.length}`);
    expect(r.summary).toContain('Nothing was written');
    for (const c of [...toReject, ...toAllow, ...outgoing]) expect(emulator.certificate(c.region!, c.id!)?.status).toBe('PENDING_TRANSFER');
  });

  it('enforce rejects and declines exactly the items the policy does not allow, and nothing else', async () => {
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ rejected: String(toReject.length), declined: String(toDecline.length), planned: String(toReject.length + toDecline.length), failed: '0' });

    const rejectCalls = writes().filter((c) => c.operation === 'RejectCertificateTransfer');
    const declineCalls = writes().filter((c) => c.operation === 'DeclineHandshake');
    expect(writes()).toHaveLength(toReject.length + toDecline.length);
    expect(rejectCalls.map((c) => `${c.region}/${String(c.params['certificateId'])}`).sort()).toEqual(toReject.map((c) => `${c.region}/${c.id}`).sort());
    expect(declineCalls.map((c) => c.params['HandshakeId']).sort()).toEqual(toDecline.map((h) => h.id).sort());
    for (const call of writes()) {
      expect(call.account).toBe(ACCOUNT);
      expect(call.status).toBe(200);
    }
    // The reject reason is the policy's template, filled in, and within AWS's limit.
    for (const call of rejectCalls) {
      const reason = String(call.params['rejectReason']);
      expect(reason).toMatch(/^Transfer from \d{12} is not allowlisted by \.github\/inbound-guard\.yml$/);
      expect(reason.length).toBeLessThanOrEqual(128);
    }

    for (const c of toReject) expect(emulator.certificate(c.region!, c.id!)).toMatchObject({ status: 'INACTIVE', ownedBy: c.owner });
    for (const c of [...toAllow, ...outgoing]) expect(emulator.certificate(c.region!, c.id!)?.status).toBe('PENDING_TRANSFER');
    for (const h of toDecline) expect(emulator.handshake(h.id!)?.State).toBe('DECLINED');
    for (const h of handshakesLeftAlone) expect(emulator.handshake(h.id!)?.State).toBe(h.state ?? 'OPEN');

    const json = report(r);
    expect(json.reportVersion).toBe(2);
    expect(json.callerAccount).toBe('210987654321');
    expect(json.accounts).toEqual([expect.objectContaining({ account: '210987654321', via: 'credentials', read: 'complete', handshakes: 'swept', regions: expect.objectContaining({ selection: 'list', swept: ['eu-west-1', 'us-east-1'] }) })]);
    expect(json.items.every((i) => i.item.account === '210987654321')).toBe(true);
    expect(json.items.filter((i) => i.outcome === 'rejected')).toHaveLength(toReject.length);
    expect(json.items.find((i) => i.item.certificateId === outgoing[0]!.id)?.outcome).toBe('ignored');
    expect(r.summary).toContain(`${toReject.length} rejected · ${toDecline.length} declined`);
    expect(r.summary).toMatch(/^## 🛡️ inbound-guard · enforce · account <code>210987654321<\/code>$/m);
  });

  it('in a repository, the summary links each allowed item to its allow entry at the commit', async () => {
    const sha = 'f00dfacecafebeef0123456789abcdef01234567';
    const r = await run({ mode: 'enforce' }, { GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: sha });
    expect(r.code).toBe(0);
    const line = policyLine('source-account: "111122223333"');
    expect(r.summary).toContain(`[iot.allow[0] (line ${line})](https://github.com/acme/guard/blob/${sha}/.github/inbound-guard.yml#L${line})`);
    const orgLine = policyLine(`organization: ${ALLOWED_ORGANIZATION}`);
    expect(r.summary).toContain(`(https://github.com/acme/guard/blob/${sha}/.github/inbound-guard.yml#L${orgLine})`);
  });

  it('outside a repository (no GITHUB_SHA), allow entries are cited by line without a link', async () => {
    const r = await run({ mode: 'enforce' }, { GITHUB_REPOSITORY: 'acme/guard' });
    const line = policyLine('source-account: "111122223333"');
    expect(r.summary).toContain(`iot.allow[0] (line ${line})`);
    expect(r.summary).not.toContain('/blob/');
  });

  it('a second enforce run finds nothing left to do', async () => {
    await run({ mode: 'enforce' });
    emulator.clearCalls();
    const again = await run({ mode: 'enforce' });
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(again.outputs).toMatchObject({ planned: '0', rejected: '0', declined: '0' });
  });

  it('a tripped budget writes nothing, fails the step and lists what it would have done', async () => {
    const r = await run({ mode: 'enforce', 'max-actions': '3' });
    expect(r.code).toBe(1);
    expect(writes()).toEqual([]);
    expect(r.outputs).toMatchObject({ rejected: '0', declined: '0', planned: String(toReject.length + toDecline.length) });
    expect(r.summary).toContain('Budget tripped');
    expect(r.summary).toContain('held (budget)');
    expect(r.summary).toMatch(/^## ❌ inbound-guard · enforce /m);
    expect(r.stdout).toMatch(/::error::.*more than the budget of 3 \(the max-actions input\); nothing was written/);
  });

  it('a dry-run whose plan would trip the budget stays green but says so as a ::warning:: annotation, as enforce would fail', async () => {
    const r = await run({ mode: 'dry-run', 'max-actions': '3' });
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(r.stdout).toMatch(new RegExp(`^::warning title=inbound-guard%3A the budget would trip::${toReject.length + toDecline.length} items call for rejection or decline, more than the budget of 3 \\(the max-actions input\\): an enforce run would write nothing and fail\\.`, 'm'));
    expect(r.stdout).not.toMatch(/^::error/m);
  });

  it('rejections and declines are logged in their own group, after the sweep’s', async () => {
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    const sweep = lines.indexOf('::group::Sweep');
    const act = lines.indexOf('::group::Act: reject and decline');
    expect(sweep).toBeGreaterThanOrEqual(0);
    expect(act).toBeGreaterThan(sweep);
    // The sweep's group is closed before acting starts, and every write line is inside the act group.
    expect(lines.slice(sweep + 1, act).filter((l) => l.startsWith('::'))).toEqual(['::endgroup::']);
    const end = lines.indexOf('::endgroup::', act);
    const isWrite = (l: string) => /^🛑 (rejected|declined):/.test(l);
    expect(lines.slice(act + 1, end).filter(isWrite)).toHaveLength(toReject.length + toDecline.length);
    expect(lines.slice(sweep + 1, act).filter(isWrite)).toEqual([]);
  });

  it('max-actions 0 never acts', async () => {
    const r = await run({ mode: 'enforce', 'max-actions': '0' });
    expect(r.code).toBe(1);
    expect(writes()).toEqual([]);
  });

  it('a transfer cancelled by its sender between listing and acting is "no longer pending" (already-handled), not a failure', async () => {
    const raced = toReject[0]!;
    emulator.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: raced.id!, outcome: 'cancelled' });
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ rejected: String(toReject.length - 1), failed: '0' });
    expect(report(r).items.find((i) => i.item.certificateId === raced.id)?.outcome).toBe('already-handled');
  });

  it('a transfer the policy denies, accepted in the account between listing and acting, is reported accepted-meanwhile and fails the step', async () => {
    const raced = toReject[0]!;
    emulator.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: raced.id!, outcome: 'accepted' });
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ rejected: String(toReject.length - 1), failed: '0' });
    expect(report(r).items.find((i) => i.item.certificateId === raced.id)?.outcome).toBe('accepted-meanwhile');
    expect(report(r).failures).toEqual([expect.stringMatching(/^1 item the policy does not allow was accepted in the account \(before this run, or after it listed it and before it could act\)/)]);
    // Listed with the items accepted against the policy, saying when: not under Acted on.
    expect(r.summary).toContain('### ⚠️ Accepted against the policy (1)');
    expect(r.summary).toContain('| accepted while this run acted, before its rejection |');
    expect(r.summary).toMatch(/1 no longer pending|0 no longer pending · 1 accepted against the policy/);
    expect(r.stdout).toMatch(/^::error::.*was accepted in the account \(before this run, or after it listed it/m);
  });

  it.each(['dry-run', 'enforce'])('%s: a transfer accepted between ListCertificates and DescribeCertificate is not dropped but accepted-meanwhile, with no write', async (mode) => {
    const raced = toReject[0]!;
    emulator.raceBeforeNext({ operation: 'DescribeCertificate', id: raced.id!, outcome: 'accepted' });
    const r = await run({ mode });
    expect(r.code).toBe(1);
    const item = report(r).items.find((i) => i.item.certificateId === raced.id) as { outcome: string; detail?: string; sender?: string } | undefined;
    expect(item).toMatchObject({ outcome: 'accepted-meanwhile', sender: `account:${raced.owner}`, detail: expect.stringMatching(/DescribeCertificate found it ACTIVE and owned by this account/) });
    expect(writes().filter((c) => JSON.stringify(c.params).includes(raced.id!))).toEqual([]);
    expect(r.summary).toContain('accepted against the policy');
  });

  it.each(['dry-run', 'enforce'])('%s: a handshake accepted before the run from a sender the policy does not allow is accepted-meanwhile, fails the step, and is never declined', async (mode) => {
    // The sample's ACCEPTED invitation comes from o-exampleorgid11: a policy that no longer allows it flags it.
    const accepted = (scenario.handshakes ?? []).find((h) => h.state === 'ACCEPTED' && h.organization === ALLOWED_ORGANIZATION)!;
    const open = (scenario.handshakes ?? []).find((h) => (h.state ?? 'OPEN') === 'OPEN' && h.organization === ALLOWED_ORGANIZATION)!;
    const policy = readFileSync(POLICY_FILE, 'utf8').replace(`    - organization: ${ALLOWED_ORGANIZATION}\n`, '    - organization: o-p76zu5911y\n');
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
    const r = await run({ mode });
    expect(r.code).toBe(1);
    const items = report(r).items as { item: { id?: string }; action?: string; outcome: string; detail?: string }[];
    expect(items.find((i) => i.item.id === accepted.id)).toMatchObject({ action: 'ignore', outcome: 'accepted-meanwhile', detail: expect.stringMatching(/^Accepted in this account before this run: the handshake listing shows it ACCEPTED/) });
    expect(items.find((i) => i.item.id === open.id)?.outcome).toBe(mode === 'enforce' ? 'declined' : 'would-decline');
    expect(writes().filter((c) => c.params['HandshakeId'] === accepted.id)).toEqual([]);
    expect(emulator.handshake(accepted.id!)?.State).toBe('ACCEPTED');
    expect(report(r).failures).toEqual([expect.stringMatching(/^1 item the policy does not allow was accepted in the account \(before this run/)]);
    expect(r.stdout).toMatch(/^::error::1 item the policy does not allow was accepted in the account \(before this run/m);
    expect(r.summary).toContain('### ⚠️ Accepted against the policy (1)');
    expect(r.summary).toContain('1 accepted against the policy');
    expect(r.outputs['summary-json']).toContain(`"id":"${accepted.id}"`);
  });

  it('a region that cannot be read fails the step but the other region is still enforced', async () => {
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', kind: 'http500', rate: 1 });
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    const rejected = writes().filter((c) => c.operation === 'RejectCertificateTransfer');
    expect(rejected.map((c) => c.region)).toEqual(toReject.filter((c) => c.region === 'us-east-1').map(() => 'us-east-1'));
    expect(writes().filter((c) => c.operation === 'DeclineHandshake')).toHaveLength(toDecline.length);
    expect(r.summary).toContain('Not read');
    expect(r.summary).toContain('eu&#45;west&#45;1');
    expect(r.summary).toMatch(/^## ❌ inbound-guard · enforce /m);
    expect(r.stdout).toMatch(/::error::.*Could not read IoT in eu-west-1/);
    // Said once as an annotation, by the step's failures: the sweep's line is plain.
    expect(r.stdout).toMatch(/^210987654321 IoT eu-west-1: could not be read/m);
    expect(r.stdout).not.toMatch(/^::warning::.*could not be read/m);
  });

  it('a write that keeps failing is reported as failed, the rest is done, and the step fails', async () => {
    const victim = toDecline[0]!;
    emulator.injectFault({ service: 'organizations', operation: 'DeclineHandshake', id: victim.id!, kind: 'http500', rate: 1 });
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ failed: '1', declined: String(toDecline.length - 1), rejected: String(toReject.length) });
    expect(emulator.handshake(victim.id!)?.State).toBe(victim.state ?? 'OPEN');
    expect(report(r).items.find((i) => i.item.id === victim.id)?.outcome).toBe('failed');
  });

  it('sender-written text never becomes a workflow command or markup', async () => {
    const r = await run({ mode: 'enforce' });
    // Every line the runner would read as a command is one of ours: the masks of the run's own
    // secrets (the emulator's secret key here), then groups and annotations.
    const masks = [`::add-mask::${emulator.env(ACCOUNT)['AWS_SECRET_ACCESS_KEY'] ?? ''}`];
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, masks.length)).toEqual(masks);
    const commands = lines.slice(masks.length).filter((line) => /^\s*(::|##\[)/.test(line));
    for (const line of commands) expect(line).toMatch(/^::(group|endgroup|error|warning|notice|debug)(::| )/);
    expect(lines.slice(masks.length).join('\n')).not.toMatch(/^\s*::(add-mask|stop-commands|set-output|warning::Cheap)/m);
    for (const hostile of ['<img', '<script', '](https://evil', '@octocat', '@dependabot', '| owner |']) expect(r.summary).not.toContain(hostile);
  });

  it.each([
    ['previousOwnedBy' as const, 'the source read from previousOwnedBy'],
    ['none' as const, 'an undeterminable source'],
  ])('pendingOwnerField %s: %s', async (field, _label) => {
    await emulator.close();
    const variant: Scenario = { ...scenario, pendingOwnerField: field };
    emulator = await startEmulator({ scenario: variant });
    const r = await run({ mode: 'dry-run' });
    expect(r.code).toBe(0);
    const items = report(r).items.filter((i) => i.item.kind === 'certificate-transfer');
    if (field === 'previousOwnedBy') {
      expect(items.filter((i) => i.outcome === 'would-reject')).toHaveLength(toReject.length);
      expect(items.filter((i) => i.outcome === 'allowed')).toHaveLength(toAllow.length);
    } else {
      // Default deny: nothing can be allowed when the sender cannot be told.
      expect(items.filter((i) => i.outcome === 'would-reject')).toHaveLength(toReject.length + toAllow.length);
      expect(r.summary).toContain('could not be determined');
    }
    expect(items.filter((i) => i.outcome === 'ignored')).toHaveLength(outgoing.length);
  });

  it('credentials AWS does not accept stop the run before any listing, with the reason in the summary', async () => {
    const r = await run({ mode: 'enforce' }, { AWS_ACCESS_KEY_ID: 'AKIDNOTKNOWNHERE', AWS_SECRET_ACCESS_KEY: 'x' });
    expect(r.code).toBe(1);
    expect(emulator.calls.map((c) => c.operation)).toEqual(['GetCallerIdentity']);
    expect(r.stdout).toMatch(/::error::inbound-guard: Could not tell which AWS account these credentials belong to \(STS GetCallerIdentity: /);
    expect(r.summary).toContain('inbound-guard stopped before it could report');
    expect(r.summary).toContain('Could not tell which AWS account');
  });

  it('a report file that cannot be written after enforce acted: outputs and summary still tell what was done', async () => {
    const blocked = join(workspace, 'not-a-directory');
    writeFileSync(blocked, '');
    const r = await run({ mode: 'enforce' }, { RUNNER_TEMP: blocked });
    expect(r.code).toBe(1);
    expect(writes()).toHaveLength(toReject.length + toDecline.length);
    expect(r.outputs).toMatchObject({ rejected: String(toReject.length), declined: String(toDecline.length), 'report-file': '' });
    expect(r.summary).toContain(`${toReject.length} rejected · ${toDecline.length} declined`);
    expect(r.stdout).toMatch(/::error::.*Could not write the JSON report to /);
  });

  it('a job summary that cannot be written fails the step, and the outputs still tell what was done', async () => {
    const r = await run({ mode: 'enforce' }, { GITHUB_STEP_SUMMARY: workspace });
    expect(r.code).toBe(1);
    expect(writes()).toHaveLength(toReject.length + toDecline.length);
    expect(r.outputs).toMatchObject({ rejected: String(toReject.length), declined: String(toDecline.length), failed: '0' });
    expect(report(r).items.filter((i) => i.outcome === 'rejected')).toHaveLength(toReject.length);
    expect(r.stdout).toMatch(/^::error::.*Could not write the job summary/m);
  });

  it('the regions input replaces the policy\'s list: no IoT call outside it', async () => {
    const r = await run({ mode: 'enforce', regions: 'us-east-1' });
    expect(r.code).toBe(0);
    expect(iotCalls('us-east-1').map((c) => c.operation)).toContain('ListCertificates');
    expect(iotCalls('eu-west-1')).toEqual([]);
    expect(iotCalls().every((c) => c.region === 'us-east-1')).toBe(true);
    expect(writes().filter((c) => c.operation === 'RejectCertificateTransfer').map((c) => c.region)).toEqual(toReject.filter((c) => c.region === 'us-east-1').map(() => 'us-east-1'));
    expect(report(r).items.filter((i) => i.outcome === 'rejected')).toHaveLength(toReject.filter((c) => c.region === 'us-east-1').length);
  });

  it('a misspelt region in the regions input fails before any AWS call, naming the region meant (not a green run that read only Organizations)', async () => {
    const r = await run({ mode: 'enforce', regions: 'eu-wst-1' });
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    expect(r.stdout).toContain("::error::inbound-guard: Input 'regions': `eu-wst-1` is not an AWS region this release of inbound-guard knows. Did you mean `eu-west-1`?");
  });

  it('an opt-in region the account has not enabled fails, saying so rather than only "security token invalid", with no doubled full stop', async () => {
    // ap-east-1 is opt-in; the scenario does not enable it for this account (the emulator's default: DISABLED).
    expect(scenario.accounts?.find((a) => a.id === ACCOUNT)?.regions?.['ap-east-1'] ?? 'DISABLED').toBe('DISABLED');
    const r = await run({ mode: 'enforce', regions: 'us-east-1,ap-east-1' });
    expect(r.code).toBe(1);
    const failures = report(r).failures;
    const hint = "This is what AWS answers in an opt-in region the account has not enabled (check the account's Regions settings)";
    expect(failures).toContainEqual(expect.stringMatching(/^Could not read IoT in ap-east-1 of 210987654321: UnrecognizedClientException: The security token included in the request is invalid\. This is what AWS answers in an opt-in region/));
    for (const f of failures) expect(f).not.toContain('..');
    expect(r.stdout).toContain(hint);
    // The summary's Not read table: AWS's message, then the hint (made inert like any cell text).
    expect(r.summary).toMatch(/<code>ap&#45;east&#45;1<\/code> \| UnrecognizedClientException&#58; The security token included in the request is invalid\. — This is what AWS answers in an opt&#45;in region the account has not enabled/);
    // us-east-1 was still read and acted on.
    expect(report(r).items.filter((i) => i.outcome === 'rejected')).toHaveLength(toReject.filter((c) => c.region === 'us-east-1').length);
  });

  it('a policy pinned to other accounts stops after STS: nothing read, nothing written', async () => {
    const policy = readFileSync(POLICY_FILE, 'utf8').replace('version: 1\n', 'version: 1\naccounts: ["111111111111"]\n');
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    expect(emulator.calls.map((c) => c.operation)).toEqual(['GetCallerIdentity']);
    // A policy error like every other: an annotation at the pin's file and line.
    expect(r.stdout).toMatch(/^::error title=inbound-guard policy%3A accounts,file=\.github\/inbound-guard\.yml,line=2,col=\d+::\.github\/inbound-guard\.yml:2:\d+: accounts: these AWS credentials belong to account 210987654321, but accounts lets this policy govern only 111111111111/m);
    // Every output set, and summary-json says the step failed.
    expect(r.outputs).toMatchObject({ rejected: '0', declined: '0', planned: '0', failed: '0', 'report-file': '' });
    expect(JSON.parse(r.outputs['summary-json']!)).toMatchObject({ mode: 'enforce', checked: false, failures: 1 });
  });

  it('a policy pinned to this account runs as usual', async () => {
    const policy = readFileSync(POLICY_FILE, 'utf8').replace('version: 1\n', `version: 1\naccounts: ["111111111111", "${ACCOUNT}"]\n`);
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(0);
    expect(writes()).toHaveLength(toReject.length + toDecline.length);
  });

  it('an invalid policy makes no AWS call at all, in any mode', async () => {
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\niot:\n  allow:\n    - source-account: 111122223333\n');
    const r = await run({ mode: 'enforce' });
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    expect(r.stdout).toContain('.github/inbound-guard.yml:4:23');
    expect(JSON.parse(r.outputs['summary-json']!)).toMatchObject({ mode: 'enforce', checked: false, failures: 1 });
  });
});

describe('runDist keeps the developer\'s machine out of the run', () => {
  /** A home directory whose ~/.aws holds working credentials for ACCOUNT. */
  function homeWithAwsCredentials(): string {
    const home = testTempDir('inbound-guard-home-');
    const { accessKeyId, secretAccessKey } = emulator.credentials(ACCOUNT);
    mkdirSync(join(home, '.aws'));
    writeFileSync(join(home, '.aws', 'credentials'), `[default]\naws_access_key_id = ${accessKeyId}\naws_secret_access_key = ${secretAccessKey}\n`);
    writeFileSync(join(home, '.aws', 'config'), '[default]\nregion = us-east-1\n');
    return home;
  }
  const noKeys = () => envWithout('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY');

  it('the credentials file of this fixture works when a caller points at it (so the tests below are not vacuous)', async () => {
    const home = homeWithAwsCredentials();
    const r = await runDist({ workspace, inputs: {}, env: { ...noKeys(), AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials') } });
    expect(r.code).toBe(0);
    expect(emulator.calls[0]).toMatchObject({ operation: 'GetCallerIdentity', account: ACCOUNT, status: 200 });
  });

  it('a ~/.aws in the HOME of the test process is not read', async () => {
    const savedHome = process.env['HOME'];
    process.env['HOME'] = homeWithAwsCredentials();
    try {
      const r = await runDist({ workspace, inputs: {}, env: noKeys() });
      expect(r.code).toBe(1);
      expect(emulator.calls).toEqual([]);
      expect(r.stdout).toMatch(/::error::inbound-guard: Could not tell which AWS account these credentials belong to/);
    } finally {
      process.env['HOME'] = savedHome;
    }
  });

  it('a HOME given by the caller does not bring its ~/.aws either', async () => {
    const r = await runDist({ workspace, inputs: {}, env: { ...noKeys(), HOME: homeWithAwsCredentials() } });
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
  });
});

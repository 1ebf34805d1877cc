/**
 * End to end: dist/index.js in plan mode, as a process under Node 24, as a pull_request run would
 * start it: the AWS side on the emulator (sample scenario), the GitHub API on an in-process fake
 * (GITHUB_API_URL), the PR's policy in the workspace and the base branch's served at the base sha.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountTag, planMarker } from '../src/plan/plan-marker.js';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './helpers/fake-github.js';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const BASE_TEXT = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), 'utf8');
const ACCOUNT = '210987654321';
const REPO = 'acme/guard';
const PR = 7;
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const MERGE_SHA = 'd'.repeat(40);
const POLICY = '.github/inbound-guard.yml';
/** The comment of a run that read no account (validation only, an invalid policy). */
const MARKER = planMarker(POLICY);
/** The comment of a plan read with ACCOUNT's credentials: one comment per account. */
const ACCOUNT_MARKER = planMarker(POLICY, ACCOUNT);
const TOKEN = 'ghs_workflowtoken';
const BOT = { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } as const;
const WRITE_OPERATIONS = ['RejectCertificateTransfer', 'DeclineHandshake', 'AcceptCertificateTransfer', 'CancelCertificateTransfer', 'TransferCertificate', 'AcceptHandshake', 'CancelHandshake'];

const IN_5_DAYS = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
/** The PR: drops 444455556666, allows 999988887777 for five days and o-p76zu5911y, governs INVITE only. */
const HEAD_TEXT = BASE_TEXT.replace('    - source-account: "444455556666"\n      until: 2099-12-31\n', `    - source-account: "999988887777"\n      until: ${IN_5_DAYS}\n      note: rework batch @ops-team <b>please</b>\n`)
  .replace('handshake-types: [INVITE, TRANSFER_RESPONSIBILITY]', 'handshake-types: [INVITE]')
  .replace('    - organization: o-exampleorgid11\n', '    - organization: o-exampleorgid11\n    - organization: o-p76zu5911y\n');

let emulator: EmulatorHandle;
let github: FakeGitHub;
let workspace: string;

/** The repository's files by commit, as the fake GitHub serves them (tests change the PR's copy). */
let commits: Record<string, Record<string, string>>;
/** The PR's policy: at its head commit and at GitHub's merge commit (the base has not moved), where plan mode reads it. */
const setHead = (text: string) => {
  commits[HEAD_SHA] = { [POLICY]: text };
  commits[MERGE_SHA] = { [POLICY]: text };
};

async function startGitHub(options: Partial<FakeGitHubOptions> = {}): Promise<void> {
  await github?.close();
  commits = { [BASE_SHA]: { [POLICY]: BASE_TEXT }, [HEAD_SHA]: { [POLICY]: HEAD_TEXT }, [MERGE_SHA]: { [POLICY]: HEAD_TEXT } };
  github = await startFakeGitHub({ tokens: { [TOKEN]: BOT }, files: { [REPO]: commits }, ...options });
}

beforeEach(async () => {
  emulator = await startEmulator({ scenario: SCENARIO });
  await startGitHub();
  workspace = testTempDir('inbound-guard-plan-');
  mkdirSync(join(workspace, '.github'));
  // What a checkout put in the workspace is not what plan mode reads: pull_request_target checks
  // out the base branch. Plan mode reads the PR's policy at its head commit through the API.
  writeFileSync(join(workspace, POLICY), 'version: 1\n# a stale checkout; plan mode must not read this\niot: { allow: [] }\n');
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

/** The event's repository: private unless a test says otherwise (the comment then names every item). */
const PRIVATE_REPOSITORY = { name: 'guard', owner: { login: 'acme' }, private: true, visibility: 'private' };

function plan(inputs: Record<string, string> = {}, options: { credentials?: boolean; account?: string; env?: Record<string, string>; repository?: Record<string, unknown> } = {}): Promise<DistRun> {
  // Not in the workspace, which holds only what a checkout put there.
  const event = join(testTempDir('inbound-guard-plan-event-'), 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: PR, pull_request: { number: PR, base: { sha: BASE_SHA, ref: 'main' }, head: { sha: HEAD_SHA, ref: 'policy-change' } }, repository: options.repository ?? PRIVATE_REPOSITORY }));
  const aws = emulator.env(options.account ?? ACCOUNT);
  if (options.credentials === false) {
    delete aws['AWS_ACCESS_KEY_ID'];
    delete aws['AWS_SECRET_ACCESS_KEY'];
  }
  return runDist({
    workspace,
    inputs: { mode: 'plan', 'github-token': TOKEN, ...inputs },
    env: {
      ...aws,
      AWS_CONFIG_FILE: '/nonexistent/inbound-guard-test',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/inbound-guard-test',
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_SHA: MERGE_SHA,
      GITHUB_RUN_ID: '4242',
      ...options.env,
    },
  });
}

const writes = () => emulator.calls.filter((c) => WRITE_OPERATIONS.includes(c.operation));
const comments = () => github.commentsOn(REPO, PR);
/** PR-side links are at the commit its policy was read at: GitHub's merge commit. */
const headLink = (line: number) => `https://github.com/${REPO}/blob/${MERGE_SHA}/${POLICY}#L${line}`;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('dist/index.js in plan mode (emulator + fake GitHub)', () => {
  it('comments the diff of the base and the PR policy on the sample scenario, writing nothing to AWS', async () => {
    const r = await plan();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(emulator.calls.length).toBeGreaterThan(0);

    expect(comments()).toHaveLength(1);
    const body = comments()[0]!.body;
    expect(body.split('\n')[0]).toBe(ACCOUNT_MARKER);
    expect(body).toContain('**✅ Valid.** Merged, this policy would **newly allow 3**, **newly reject or decline 1** and **stop acting on 1** of the 18 items found in account <code>210987654321</code>.');
    expect(body).toContain('### Pending items whose fate changes (5)');
    // The diff rows, one per changed item, by id.
    const row = (id: string) => body.split('\n').find((l) => l.startsWith('| ') && l.includes(id)) ?? '';
    expect(row('<code>90355b1587c4')).toMatch(/^\| ✅ newly allowed \|/);
    // The whole certificate id, in pieces of 16 a <wbr> apart, to look it up in AWS.
    expect(row('<code>90355b1587c4')).toMatch(/ \| <code>90355b1587c4[0-9a-f]{4}(<wbr>[0-9a-f]{16}){3}<\/code> \| /);
    expect(row('<code>2dbf4e9e702e')).toMatch(/^\| ✅ newly allowed \|/);
    expect(row('<code>h&#45;upx7focnp0gsdlzk0ym21rqv</code>')).toMatch(/^\| ✅ newly allowed \|/);
    expect(row('<code>460f149849f4')).toMatch(/^\| 🛑 newly acted on \|/);
    expect(row('<code>h&#45;usts6j4f4arj8jz9ukk3ergt</code>')).toMatch(/^\| ↷ no longer acted on \|/);
    expect(body).toContain('### ⏳ Allowances lapsing within 14 days (2)');
    // Links at the exact line and commit: PR decisions at the merge commit's, base ones at the base sha.
    expect(body).toContain(`[iot.allow[1] (line ${lineOf(HEAD_TEXT, '999988887777')})](${headLink(lineOf(HEAD_TEXT, '999988887777'))})`);
    expect(body).toContain(`(https://github.com/${REPO}/blob/${BASE_SHA}/${POLICY}#L${lineOf(BASE_TEXT, '444455556666')})`);
    expect(body).toContain(`[workflow run](https://github.com/${REPO}/actions/runs/4242)`);
    // Sender-written and policy-written text is inert: no tags, no live mentions, no links of theirs.
    expect(body).not.toMatch(/<(img|script|b)[\s>]/i);
    expect(body).not.toMatch(/@[A-Za-z0-9]/);
    expect(body).not.toContain('](https://evil');
    expect(body).not.toMatch(/^::/m);

    expect(r.outputs).toMatchObject({ planned: '4', rejected: '0', declined: '0', failed: '0' });
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as { mode: string; plan: { counts: Record<string, number> } };
    expect(report.mode).toBe('plan');
    expect(report.plan.counts).toMatchObject({ newlyAllowed: 3, newlyActed: 1, newlyLeftAlone: 1, lapsingSoon: 2 });
    expect(r.summary).toContain('### Pending items whose fate changes (5)');
    // The base was read through the API at the base sha.
    expect(github.requests.some((q) => q.method === 'GET' && q.path === `/repos/${REPO}/contents/${POLICY}` && q.query['ref'] === BASE_SHA)).toBe(true);
    expect(github.requests.some((q) => q.method === 'GET' && q.path === `/repos/${REPO}/contents/${POLICY}` && q.query['ref'] === MERGE_SHA)).toBe(true);
  });

  it('a PR that starts governing RAM and two security services: the comment says so and lists the invitations it would newly act on; nothing is written', async () => {
    setHead(`${BASE_TEXT}ram: {}\nsecurity-services:\n  services: [guardduty, detective]\n  regions: [us-east-1, eu-west-1]\n`);
    const r = await plan();
    expect(r.code).toBe(0);
    expect(emulator.calls.filter((c) => ['RejectResourceShareInvitation', 'DeclineInvitations', 'RejectInvitation', ...WRITE_OPERATIONS].includes(c.operation))).toEqual([]);
    // Macie and Security Hub are not governed by either policy: not read.
    expect(emulator.calls.filter((c) => c.service === 'macie2' || c.service === 'securityhub')).toEqual([]);
    const body = comments()[0]!.body;
    expect(body).toContain('**newly reject or decline 6**');
    expect(body).toContain('| 🛡️ strengthens | [<code>ram</code> (line 16)]');
    expect(body).toContain('are now governed &#40;<code>ram</code>&#41;&#58; every pending one is rejected');
    expect(body).toContain('are now governed &#40;<code>security&#45;services</code>&#41;&#58; every pending one is declined');
    const changed = body.split('\n').filter((l) => l.startsWith('| 🛑 newly acted on |'));
    expect(changed.filter((l) => l.includes('| RAM resource share |'))).toHaveLength(3);
    expect(changed.filter((l) => l.includes('| GuardDuty invitation |'))).toHaveLength(2);
    expect(changed.filter((l) => l.includes('| Detective invitation |'))).toHaveLength(1);
    expect(body).not.toContain('Macie invitation');
    // The share names are the senders': inert.
    expect(body).not.toContain('<img');
    expect(body).toMatch(/RAM in every enabled region; Security-service \(GuardDuty, Detective\) <code>us&#45;east&#45;1<\/code>, <code>eu&#45;west&#45;1<\/code>/);
    expect(r.stdout).not.toContain('this PR weakens protection');
  });

  it('a second run updates the same comment in place', async () => {
    const first = await plan();
    expect(first.code).toBe(0);
    const id = comments()[0]!.id;
    setHead(BASE_TEXT);
    const second = await plan();
    expect(second.code).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.id).toBe(id);
    expect(comments()[0]!.body).toContain('**✅ Valid. No change**');
    expect(github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  });

  it('a job matrix over accounts: each account keeps its own comment, updated in place; the comment of an older release is taken over', async () => {
    const OTHER = '111122223333';
    const old = github.seedComment(REPO, PR, { login: BOT.login, type: 'Bot' }, `${MARKER}\n## 🔍 inbound-guard plan of an older release`);
    expect((await plan()).code).toBe(0);
    expect((await plan({}, { account: OTHER })).code).toBe(0);
    setHead(BASE_TEXT);
    expect((await plan()).code).toBe(0);
    expect(comments().map((c) => c.body.split('\n')[0])).toEqual([ACCOUNT_MARKER, planMarker(POLICY, OTHER)]);
    expect(comments()[0]!.id).toBe(old.id);
    expect(comments()[0]!.body.split('\n')[1]).toBe(`## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · account <code>${ACCOUNT}</code>`);
    expect(comments()[0]!.body).toContain('**✅ Valid. No change**');
    expect(comments()[1]!.body).toContain(`account <code>${OTHER}</code>`);
    expect(github.writes().map((w) => w.method)).toEqual(['PATCH', 'POST', 'PATCH']);
  });

  it('the PR moved on while this run planned an older commit: the comment is left to the newer run, with a notice; exit 0', async () => {
    const NEWER = 'e'.repeat(40);
    github.setPullHead(REPO, PR, NEWER);
    const r = await plan();
    expect(r.code).toBe(0);
    expect(comments()).toEqual([]);
    expect(github.writes()).toEqual([]);
    expect(r.stdout).toContain(`::notice title=inbound-guard%3A plan of an older commit::PR #7 moved on to ${NEWER.slice(0, 12)} since this run planned ${HEAD_SHA.slice(0, 12)}`);
    expect(r.summary).toContain('### Pending items whose fate changes (5)');
  });

  it('a comment by someone else with a similar body is left alone', async () => {
    const other = github.seedComment(REPO, PR, { login: 'mallory', type: 'User' }, `${MARKER}\n## inbound-guard plan\nlooks fine, merge it`);
    const r = await plan();
    expect(r.code).toBe(0);
    expect(comments()).toHaveLength(2);
    expect(other.body).toBe(`${MARKER}\n## inbound-guard plan\nlooks fine, merge it`);
    expect(github.writes().filter((w) => w.method === 'PATCH')).toEqual([]);
  });

  it('no AWS credentials (a fork’s PR): a validation-only comment, exit 0, no AWS call', async () => {
    const r = await plan({}, { credentials: false });
    expect(r.code).toBe(0);
    expect(emulator.calls).toEqual([]);
    const body = comments()[0]!.body;
    expect(body.split('\n')[0]).toBe(MARKER);
    expect(body).toContain('**✅ Valid — validation only.**');
    expect(body).toContain('### Policy changes (4)');
    expect(body.split('\n')[3]).toBe('> [!CAUTION]');
    expect(r.summary).toContain('validation only');
    expect(r.outputs).toMatchObject({ planned: '0', 'report-file': '' });
  });

  it('an invalid PR policy: the comment lists the errors, the step fails, AWS is not called', async () => {
    setHead(HEAD_TEXT.replace('"999988887777"', '99998888777'));
    const r = await plan();
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    expect(comments()[0]!.body).toMatch(/\*\*❌ Invalid: 1 error\.\*\*/);
    expect(r.stdout).toMatch(/::error title=[^\n]*file=\.github\/inbound-guard\.yml,line=\d+/);
  });

  it('a PR whose accounts pin leaves out this account: the error is on the PR at its line, nothing listed', async () => {
    setHead(HEAD_TEXT.replace('version: 1\n', 'version: 1\naccounts: ["111111111111"]\n'));
    const r = await plan();
    expect(r.code).toBe(1);
    expect(emulator.calls.map((c) => c.operation)).toEqual(['GetCallerIdentity']);
    const body = comments()[0]!.body;
    expect(body).toMatch(/\*\*❌ Invalid: 1 error\.\*\*/);
    expect(body).toContain('belong to account 210987654321');
    expect(r.stdout).toMatch(/::error title=[^\n]*file=\.github\/inbound-guard\.yml,line=2,col=\d+::/);
  });

  it('a job summary that cannot be written fails the step, but the plan still reaches the PR', async () => {
    const r = await plan({}, { env: { GITHUB_STEP_SUMMARY: workspace } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*Could not write the job summary/);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toContain(ACCOUNT_MARKER);
  });

  it('the base moved on since the PR branched: what the base gained is not shown as this PR\'s change (the merge commit is read)', async () => {
    // Since the PR branched, main added an allow entry (another PR); this PR only lowers max-actions.
    const mainNow = BASE_TEXT.replace('    - source-account: "444455556666"\n', '    - source-account: "100020003000"\n      note: merged meanwhile\n    - source-account: "444455556666"\n');
    expect(mainNow).not.toBe(BASE_TEXT);
    const lower = (text: string) => text.replace(/max-actions: \d+/, 'max-actions: 9');
    commits[BASE_SHA] = { [POLICY]: mainNow };
    commits[HEAD_SHA] = { [POLICY]: lower(BASE_TEXT) };
    commits[MERGE_SHA] = { [POLICY]: lower(mainNow) };
    const r = await plan({ 'comment-detail': 'full' });
    expect(r.code).toBe(0);
    const body = comments()[0]!.body;
    expect(body).not.toContain('100020003000');
    expect(body).not.toMatch(/newly reject/);
    expect(body).toContain('max&#45;actions');
    expect(r.stdout).toContain(`merge commit ${MERGE_SHA.slice(0, 12)} (head ${HEAD_SHA.slice(0, 12)})`);
  });

  it('without the merge commit (GitHub replaced it), the PR head is planned, with a warning', async () => {
    delete commits[MERGE_SHA];
    const r = await plan();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=inbound-guard%3A planned at the PR's head::The policy was not found at GitHub's merge commit/m);
    expect(comments()[0]!.body).toContain(`https://github.com/${REPO}/blob/${HEAD_SHA}/${POLICY}#L`);
  });

  it('a PR that deletes the policy file is an error on the PR, and AWS is not called', async () => {
    commits[HEAD_SHA] = {};
    commits[MERGE_SHA] = {};
    const r = await plan();
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    expect(comments()[0]!.body).toContain('deletes the policy file');
  });

  it('a PR policy that would act on more than max-actions says so loudly', async () => {
    const r = await plan({ 'max-actions': '3' });
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(comments()[0]!.body).toContain('> [!CAUTION]');
    expect(comments()[0]!.body).toContain('**This policy would trip the budget.** It acts on **4** pending items; the budget is **3** (the max-actions input)');
    expect(r.stdout).toContain('::warning title=inbound-guard%3A the budget would trip');
  });

  it('a read-only token (fork PR) cannot comment: a warning, the plan stays in the summary, exit 0', async () => {
    await startGitHub({ readOnly: true });
    const r = await plan();
    expect(r.code).toBe(0);
    expect(comments()).toEqual([]);
    expect(r.stdout).toMatch(/::warning::Could not comment on PR #7 \(HTTP 403\)/);
    expect(r.summary).toContain('### Pending items whose fate changes (5)');
  });

  it('a region that cannot be read: the comment warns that it is not in the plan, and the step fails', async () => {
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', kind: 'http500', rate: 1 });
    const r = await plan();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error::.*Could not read IoT in eu-west-1 of 210987654321: InternalFailureException/m);
    expect(writes()).toEqual([]);
    // Every attempt the SDK made at eu-west-1 failed; us-east-1 was read.
    const euLists = emulator.calls.filter((c) => c.operation === 'ListCertificates' && c.region === 'eu-west-1');
    expect(euLists.length).toBeGreaterThan(1);
    expect(euLists.every((c) => c.status === 500)).toBe(true);
    expect(comments()).toHaveLength(1);
    const body = comments()[0]!.body;
    expect(body.split('\n')[1]).toContain('⚠️');
    const lines = body.split('\n');
    const banner = lines.indexOf('> [!WARNING]');
    expect(banner).toBeGreaterThan(0);
    expect(lines[banner + 1]).toBe("> **Parts the PR's policy reads could not be read**; items there are not in this plan, and the plan fails on them, as a scheduled run with this policy would:");
    expect(lines[banner + 2]).toMatch(/^> - IoT <code>eu&#45;west&#45;1<\/code>: InternalFailureException/);
    expect(lines[banner + 3]).toBe('');
    // eu-west-1's items are not in the plan: 2dbf4e9e… would otherwise be newly allowed.
    expect(body).not.toContain('<code>2dbf4e9e702e');
    expect(body).toContain('<code>90355b1587c4');
    expect(r.summary).toContain("**Parts the PR's policy reads could not be read**");
  });

  it('a token that may not see the PR (comment answered 404): a warning, the plan stays in the summary, exit 0', async () => {
    await startGitHub({ commentsNotFound: true });
    const r = await plan();
    expect(r.code).toBe(0);
    expect(comments()).toEqual([]);
    expect(github.writes().map((w) => [w.method, w.path])).toEqual([['POST', `/repos/${REPO}/issues/${PR}/comments`]]);
    expect(r.stdout).toMatch(/::warning::Could not comment on PR #7 \(HTTP 404\)/);
    expect(r.summary).toContain('### Pending items whose fate changes (5)');
  });

  it('the PR of issue 9 (regions [], handshake-types [], pin dropped, budget 5 → 1000) with nothing pending: the comment opens with what it weakens, and a ::warning::', async () => {
    await emulator.close();
    emulator = await startEmulator({ scenario: { defaultAccount: ACCOUNT, defaultRegion: 'us-east-1', accounts: [{ id: ACCOUNT, email: 'ops@guard.example.com', name: 'Guard' }] } });
    const base = BASE_TEXT.replace('version: 1\n', `version: 1\naccounts: ["${ACCOUNT}"]\n`).replace('max-actions: 10', 'max-actions: 5');
    const head = BASE_TEXT.replace('regions: [us-east-1, eu-west-1]', 'regions: []').replace('handshake-types: [INVITE, TRANSFER_RESPONSIBILITY]', 'handshake-types: []').replace('max-actions: 10', 'max-actions: 1000');
    commits[BASE_SHA] = { [POLICY]: base };
    setHead(head);
    const r = await plan();
    expect(r.code).toBe(0);
    expect(writes()).toEqual([]);
    const lines = comments()[0]!.body.split('\n');
    expect(lines[1]).toMatch(/^## ⚠️ inbound-guard plan/);
    expect(lines.slice(3, 9)).toEqual([
      '> [!CAUTION]',
      '> **This PR weakens the protection the policy gives (4 changes).** Whatever is pending today, once merged:',
      `> - <code>accounts</code> removed &#40;it was <code>210987654321</code>&#41;&#58; now the policy may govern any account. <sub>[<code>accounts</code> (line 2, base)](https://github.com/${REPO}/blob/${BASE_SHA}/${POLICY}#L2)</sub>`,
      expect.stringMatching(/^> - IoT is no longer swept in any region .*It was swept in <code>us&#45;east&#45;1<\/code> and <code>eu&#45;west&#45;1<\/code>\./),
      expect.stringMatching(/^> - Handshakes are no longer governed at all .*no <code>INVITE<\/code> and <code>TRANSFER&#95;RESPONSIBILITY<\/code> handshake will be declined\./),
      expect.stringMatching(/^> - The budget is raised from <code>5<\/code> to <code>1000<\/code> actions per run/),
    ]);
    const body = lines.join('\n');
    expect(body).not.toContain('**✅ Valid. No change**');
    expect(body).toContain('None of the 0 items found in account <code>210987654321</code> fares differently today, but the policy itself changes: **4 policy changes**, **4 weakening protection** (above).');
    // The footer says what each policy swept: not the base's regions as if they were the PR's.
    expect(lines.at(-1)).toContain('swept for the base policy: IoT <code>us&#45;east&#45;1</code>, <code>eu&#45;west&#45;1</code>; handshakes <code>INVITE</code>, <code>TRANSFER&#95;RESPONSIBILITY</code> · for this PR’s policy: IoT none; handshakes none');
    expect(r.stdout).toMatch(/^::warning title=inbound-guard%3A this PR weakens protection,file=\.github\/inbound-guard\.yml::This pull request weakens the protection the policy gives \(4 changes\)/m);
    const report = JSON.parse(readFileSync(r.outputs['report-file']!, 'utf8')) as { plan: { policyChanges: { key: string; effect: string }[] } };
    expect(report.plan.policyChanges.map((c) => [c.key, c.effect])).toEqual([
      ['accounts', 'weakens'],
      ['iot.regions', 'weakens'],
      ['organizations.handshake-types', 'weakens'],
      ['limits.max-actions', 'weakens'],
    ]);
  });

  it('a public repository gets the summary comment by default: counts and policy changes, no item, account or sender', async () => {
    const r = await plan({}, { repository: { name: 'guard', owner: { login: 'acme' }, private: false, visibility: 'public' } });
    expect(r.code).toBe(0);
    const body = comments()[0]!.body;
    // Keyed by the account's tag, in the title too: the id is not in the raw text.
    // ⚠️: the PR adds allow entries (weakens protection).
    expect(body.split('\n').slice(0, 2)).toEqual([ACCOUNT_MARKER, `## ⚠️ inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · account tag <code>${accountTag(ACCOUNT)}</code>`]);
    expect(body).toContain('### Policy changes (4)');
    expect(body).toContain('Merged, this policy would **newly allow 3**, **newly reject or decline 1** and **stop acting on 1** of the 18 items found in the account.');
    expect(body).toContain('`comment-detail: summary`');
    // No item, no account of this run, no sender text.
    for (const hidden of ['90355b1587c4', '460f149849f4', 'h&#45;upx7focnp0gsdlzk0ym21rqv', '210987654321', 'Items found now', 'rework batch']) expect(body).not.toContain(hidden);
    // The job summary and the log are as public as the comment.
    expect(r.summary).not.toContain('90355b1587c4');
    expect(r.stdout).not.toMatch(/newly-allowed: IoT transfer/);
    // The JSON report on the runner keeps every item.
    expect(readFileSync(r.outputs['report-file']!, 'utf8')).toContain('90355b1587c46967');
  });

  it('summary: the log, the step failures and the pin error name no account either, even when AWS errors quote one', async () => {
    const PUBLIC = { name: 'guard', owner: { login: 'acme' }, private: false, visibility: 'public' };
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', kind: 'http500', rate: 1 });
    const unread = await plan({}, { repository: PUBLIC });
    expect(unread.code).toBe(1);
    expect(unread.stdout).toMatch(/Could not read IoT in eu-west-1 of <account>/);
    expect(unread.stdout).toMatch(/<account> IoT us-east-1/);
    // (The emulator's secret key, which the action masks, happens to contain the account id.)
    const logged = (out: string) => out.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(logged(unread.stdout)).not.toContain(ACCOUNT);
    expect(comments()[0]!.body).not.toContain(ACCOUNT);

    setHead(HEAD_TEXT.replace('version: 1\n', 'version: 1\naccounts: ["111111111111"]\n'));
    const pinned = await plan({}, { repository: PUBLIC });
    expect(pinned.code).toBe(1);
    expect(comments()[0]!.body).toContain('belong to an account that accounts does not list');
    expect(`${comments()[0]!.body}${logged(pinned.stdout)}${pinned.summary}`).not.toContain(ACCOUNT);
  });

  it('comment-detail: full on a public repository names every item; a payload without visibility defaults to summary', async () => {
    const full = await plan({ 'comment-detail': 'full' }, { repository: { name: 'guard', owner: { login: 'acme' }, private: false } });
    expect(full.code).toBe(0);
    expect(comments()[0]!.body).toContain('<code>90355b1587c4');
    const unknown = await plan({}, { repository: { name: 'guard', owner: { login: 'acme' } } });
    expect(unknown.code).toBe(0);
    expect(comments()[0]!.body).not.toContain('90355b1587c4');
  });

  it('outside a pull request, plan fails naming the event', async () => {
    const r = await runDist({ workspace, inputs: { mode: 'plan', 'github-token': TOKEN }, env: { ...emulator.env(ACCOUNT), GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: REPO, GITHUB_API_URL: github.url } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("triggered by 'push'");
    expect(emulator.calls).toEqual([]);
  });
});

/**
 * End to end: dist/index.js with `alert: issue`, as a process under Node 24, against the emulator
 * (sample scenario) and the fake GitHub. The issue's life: opened by a run that acted, updated (not
 * duplicated) by the next, closed by a clean one; a look-alike by someone else left alone; hostile
 * text inert; a merged matrix run opens one issue; without alert, no GitHub call and no GitHub code.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertMarker, ALERT_LABEL } from '../src/alert/render-alert.js';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type FakeIssue } from './helpers/fake-github.js';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY_TEXT = readFileSync(join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml'), 'utf8');
const ACCOUNT = '210987654321';
const REPO = 'acme/guard';
const SHA = 'a'.repeat(40);
const POLICY = '.github/inbound-guard.yml';
const MARKER = alertMarker(POLICY);
const TOKEN = 'ghs_workflowtoken';
const BOT = { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } as const;
const WRITE_OPERATIONS = ['RejectCertificateTransfer', 'DeclineHandshake'];
/** What the sample policy rejects and declines (test/emulator/scenarios/sample.yml's header). */
const REJECTED = ['90355b1587c4', 'ea91e3626f0c', '2dbf4e9e702e', '0d59404c5a13'];
const DECLINED = ['h-upx7focnp0gsdlzk0ym21rqv', 'h-usts6j4f4arj8jz9ukk3ergt', 'h-n9dpk0xem4dklbsvzty3m6fn'];
const NEW_CERTIFICATE = 'c0ffee'.repeat(10) + 'c0ff';

let emulator: EmulatorHandle;
let github: FakeGitHub;
let workspace: string;
let runId = 100;

async function startGitHub(options: Partial<FakeGitHubOptions> = {}): Promise<void> {
  await github?.close();
  github = await startFakeGitHub({ tokens: { [TOKEN]: BOT }, ...options });
}

beforeEach(async () => {
  emulator = await startEmulator({ scenario: SCENARIO });
  await startGitHub();
  workspace = testTempDir('inbound-guard-alert-');
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, POLICY), POLICY_TEXT);
});
afterEach(async () => {
  await emulator.close();
  await github.close();
});

/** One workflow run: a new run id each time, as a scheduled workflow gets. */
function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<DistRun> {
  runId += 1;
  return runDist({
    workspace,
    inputs: { 'github-token': TOKEN, ...inputs },
    env: {
      ...emulator.env(ACCOUNT),
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: REPO,
      GITHUB_SHA: SHA,
      GITHUB_RUN_ID: String(runId),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'inbound-guard',
      GITHUB_EVENT_NAME: 'schedule',
      ...env,
    },
  });
}
const runUrl = (id: number) => `https://github.com/${REPO}/actions/runs/${id}`;
const issues = () => github.issuesOf(REPO);
const open = () => issues().filter((i) => i.state === 'open');
const commentsOn = (issue: FakeIssue) => github.commentsOn(REPO, issue.number);
const issueWrites = () => github.writes().map((w) => `${w.method} ${w.path.replace(`/repos/${REPO}`, '')}`);
const writes = () => emulator.calls.filter((c) => WRITE_OPERATIONS.includes(c.operation));
/** The Markdown table row of the body that shows this id. */
const rowOf = (body: string, id: string) => body.split('\n').find((l) => l.startsWith('| ') && l.includes(id));

describe('alert: issue (dist/index.js, emulator + fake GitHub)', () => {
  it('opens the issue on a run that acted, updates it (not a second one) on the next, closes it on a clean one', async () => {
    const first = await run({ mode: 'enforce', alert: 'issue' });
    expect(first.code).toBe(0);
    expect(writes()).toHaveLength(REJECTED.length + DECLINED.length);
    expect(issues()).toHaveLength(1);
    const issue = issues()[0]!;
    const firstRun = runId;
    expect(issue).toMatchObject({ state: 'open', labels: [ALERT_LABEL], user: { login: 'github-actions[bot]' } });
    expect(issue.title).toBe(`inbound-guard: ${REJECTED.length} rejected, ${DECLINED.length} declined · account ${ACCOUNT}`);
    expect(issue.body.split('\n')[0]).toBe(MARKER);
    expect(issue.body).toContain(`### 🛑 Rejected or declined in the last run (${REJECTED.length + DECLINED.length})`);
    // What, from whom, under which rule, and the run.
    // The whole certificate id, in pieces of 16 a <wbr> apart, to look it up in AWS.
    expect(rowOf(issue.body, '<code>90355b1587c4')).toMatch(/^\| 🛑 rejected \| IoT certificate transfer \| <code>90355b1587c4[0-9a-f]{4}(<wbr>[0-9a-f]{16}){3}<\/code> \| <code>us&#45;east&#45;1<\/code> \| account <code>999988887777<\/code>.* \| source account 999988887777 is not in iot\.allow \|$/);
    expect(rowOf(issue.body, 'h&#45;usts6j4f4arj8jz9ukk3ergt')).toMatch(/^\| 🛑 declined \| Handshake <code>TRANSFER&#95;RESPONSIBILITY<\/code> \| .* \| org <code>o&#45;ysztebow2w<\/code>/);
    for (const id of REJECTED) expect(rowOf(issue.body, `<code>${id}`)).toContain('🛑 rejected');
    expect(issue.body).toContain(`[The last run](${runUrl(firstRun)}) (run ${firstRun})`);
    expect(commentsOn(issue)).toEqual([]);
    expect(first.stdout).toContain(`Alert: opened ${issue.html_url}`);

    // A new stranger's transfer arrives: the next run rejects it, and the same issue says so.
    emulator.seed({ certificates: [{ id: NEW_CERTIFICATE, region: 'us-east-1', owner: '123412341234', createdAt: '-1d', transfer: { to: ACCOUNT, at: '-1h', message: 'new' } }] });
    github.requests.length = 0;
    const second = await run({ mode: 'enforce', alert: 'issue' });
    expect(second.code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.number).toBe(issue.number);
    expect(issue.title).toBe(`inbound-guard: 1 rejected · account ${ACCOUNT}`);
    expect(rowOf(issue.body, `<code>${(NEW_CERTIFICATE.match(/.{16}/g) ?? []).join('<wbr>')}</code>`)).toMatch(/^\| 🛑 rejected \|.*account <code>123412341234<\/code>/);
    expect(rowOf(issue.body, '<code>90355b1587c4')).toBeUndefined();
    expect(issue.body).toContain(`(${runUrl(runId)}) (run ${runId})`);
    // The edit alone notifies nobody: what needs attention changed, so a comment says so.
    expect(commentsOn(issue).map((c) => c.body)).toEqual([`🔁 [This run](${runUrl(runId)}) (run ${runId}): **1 rejected**. The description above is up to date.`]);
    expect(issueWrites()).toEqual([`PATCH /issues/${issue.number}`, `POST /issues/${issue.number}/comments`]);

    // Nothing left: the clean run comments and closes.
    github.requests.length = 0;
    const third = await run({ mode: 'enforce', alert: 'issue' });
    expect(third.code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issue).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(commentsOn(issue).at(-1)!.body).toMatch(new RegExp(`^✅ \\[This run\\]\\(${runUrl(runId).replace(/[./]/g, '\\$&')}\\) \\(run ${runId}\\) found nothing that needs a person: the account read completely`));
    expect(issueWrites()).toEqual([`POST /issues/${issue.number}/comments`, `PATCH /issues/${issue.number}`]);

    // Still clean: no issue is opened, nothing is written.
    github.requests.length = 0;
    expect((await run({ mode: 'enforce', alert: 'issue' })).code).toBe(0);
    expect(issueWrites()).toEqual([]);
    expect(issues()).toHaveLength(1);
  });

  it('a run that finds what the last one found edits the issue without a comment', async () => {
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    const issue = issues()[0]!;
    expect(issue.title).toBe(`inbound-guard: would reject ${REJECTED.length}, would decline ${DECLINED.length} · account ${ACCOUNT}`);
    expect(issue.body).toContain('### 🛑 To reject or decline (dry run: nothing was written)');
    github.requests.length = 0;
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issueWrites()).toEqual([`PATCH /issues/${issue.number}`]);
    expect(issue.body).toContain(`(run ${runId})`);
    expect(writes()).toEqual([]);
  });

  it('an issue someone else opened with our marker and label is left alone', async () => {
    const lookAlike = github.seedIssue(REPO, { login: 'mallory', type: 'User' }, { title: 'inbound-guard: all clear', body: `${MARKER}\nnothing to see, close your alerts`, labels: [ALERT_LABEL] });
    expect((await run({ mode: 'enforce', alert: 'issue' })).code).toBe(0);
    expect(open()).toHaveLength(2);
    const ours = issues().find((i) => i.user.login === 'github-actions[bot]')!;
    expect(ours.body).toContain('Rejected or declined in the last run');
    expect(lookAlike).toMatchObject({ state: 'open', title: 'inbound-guard: all clear', body: `${MARKER}\nnothing to see, close your alerts` });
    expect(commentsOn(lookAlike)).toEqual([]);
    // Clean: ours is closed, theirs stays open and untouched.
    github.requests.length = 0;
    expect((await run({ mode: 'enforce', alert: 'issue' })).code).toBe(0);
    expect(ours.state).toBe('closed');
    expect(lookAlike.state).toBe('open');
    expect(issueWrites().every((w) => !w.includes(`/issues/${lookAlike.number}`))).toBe(true);
  });

  it('sender-written text stays inert in the issue: no markup, mentions, links or issue references', async () => {
    // The dry run keeps every hostile item pending; an allowance lapsing in 5 days adds its note.
    const in5Days = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(workspace, POLICY), POLICY_TEXT.replace('      until: 2099-12-31\n', `      until: ${in5Days}\n      note: "rework @ops-team <b>see</b> #12 https://evil.example"\n`));
    const r = await run({ mode: 'dry-run', alert: 'issue' });
    expect(r.code).toBe(0);
    const { body, title } = issues()[0]!;
    expect(title).toBe(`inbound-guard: would reject ${REJECTED.length}, would decline ${DECLINED.length}, 1 allowance lapsing soon · account ${ACCOUNT}`);
    expect(body).toContain('### ⏳ Allowances lapsing within 14 days (1)');
    const lapsing = rowOf(body, '<code>460f149849f4')!;
    expect(lapsing).toContain(`[iot.allow[1] (line 7)](https://github.com/${REPO}/blob/${SHA}/${POLICY}#L7) until ${in5Days}`);
    // The last day allowed is the until itself; it lapses at the end of it (UTC), 5 days and some hours from now.
    expect(lapsing).toMatch(new RegExp(` \\| allowed through <code>${in5Days.replace(/-/g, '&#45;')}</code> \\(UTC\\): lapses in 5 days( \\d+ h)? \\|$`));
    // The sample's hostile messages and notes are all in the body, and all inert.
    expect(body).toContain('&#58;&#58;add&#45;mask&#58;&#58;');
    expect(body).not.toMatch(/<(img|script|b)[\s>]/i);
    expect(body).not.toMatch(/@[A-Za-z0-9]/);
    expect(body).not.toMatch(/(^|[^&])#\d/);
    expect(body).not.toContain('https://evil');
    expect(body).not.toContain('](https://evil');
    expect(body).not.toMatch(/^::/m);
    expect(title).toMatch(/^[\w :·,-]+$/);
    // Our own commands only; ::add-mask:: is the run masking its own secrets (the AWS secret key, the GitHub token), never sender text.
    const commands = r.stdout.split('\n').filter((l) => /^\s*(::|##\[)/.test(l));
    expect(commands.filter((l) => !/^::(group|endgroup|error|warning|notice|debug)(::| )/.test(l))).toEqual(commands.filter((l) => l.startsWith('::add-mask::emulator-secret-') || l === '::add-mask::ghs_workflowtoken'));
  });

  it('parts not read and a tripped budget are in the issue, and the step still fails', async () => {
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'eu-west-1', kind: 'http500', rate: 1 });
    const r = await run({ mode: 'enforce', alert: 'issue', 'max-actions': '3' });
    expect(r.code).toBe(1);
    expect(writes()).toEqual([]);
    const { title, body } = issues()[0]!;
    expect(title).toBe(`inbound-guard: 5 held by the budget, budget tripped, 1 part not read · account ${ACCOUNT}`);
    expect(body).toContain('> **Budget tripped: 5 items call for action, the budget is 3 (the max-actions input).** Nothing was written.');
    expect(body).toContain('### ⚠️ Not read (1) — items there were not checked');
    expect(rowOf(body, 'IoT in eu&#45;west&#45;1 of 210987654321')).toMatch(/InternalFailureException/);
  });

  it('a run that stops before it can report opens the issue with the reason', async () => {
    const r = await run({ mode: 'enforce', alert: 'issue' }, { AWS_ACCESS_KEY_ID: 'AKIDNOTKNOWNHERE', AWS_SECRET_ACCESS_KEY: 'x' });
    expect(r.code).toBe(1);
    const { title, body } = issues()[0]!;
    expect(title).toBe('inbound-guard: the enforce run stopped before it could report');
    expect(body).toContain('## ❌ inbound-guard stopped before it could report');
    expect(body).toContain('Could not tell which AWS account these credentials belong to');
    // Fixed, the next run replaces that with what it found; the change is commented.
    expect((await run({ mode: 'enforce', alert: 'issue' })).code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).toContain('Rejected or declined in the last run');
    expect(commentsOn(issues()[0]!)).toHaveLength(1);
  });

  it('an invalid policy opens the issue with its errors; nothing is read from AWS', async () => {
    writeFileSync(join(workspace, POLICY), POLICY_TEXT.replace('"111122223333"', '111122223333'));
    const r = await run({ mode: 'enforce', alert: 'issue' });
    expect(r.code).toBe(1);
    expect(emulator.calls).toEqual([]);
    const { title, body } = issues()[0]!;
    expect(title).toBe('inbound-guard: the policy file is invalid, so nothing was checked (enforce)');
    expect(body).toMatch(/^\| 5:\d+ \| <code>iot\.allow&#91;0&#93;\.source&#45;account<\/code> \| account ids must be quoted strings/m);
  });

  it('an issue whose label was removed by hand is found again and relabelled, not duplicated', async () => {
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    const issue = issues()[0]!;
    issue.labels = ['triaged'];
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issue.labels).toEqual(['triaged', ALERT_LABEL]);
  });

  it('two of ours (say, two runs that raced) are folded into the oldest', async () => {
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    const oldest = issues()[0]!;
    const twin = github.seedIssue(REPO, { login: BOT.login, type: BOT.type }, { title: oldest.title, body: oldest.body, labels: [ALERT_LABEL] });
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    expect(open()).toEqual([oldest]);
    expect(twin).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    expect(commentsOn(twin).map((c) => c.body)).toEqual([`Duplicate of #${oldest.number}: inbound-guard keeps one alert issue per policy file.`]);
  });

  it('a token that may not write issues fails the step after the run is done and reported, naming the permission', async () => {
    await startGitHub({ readOnly: true });
    const r = await run({ mode: 'enforce', alert: 'issue' });
    expect(r.code).toBe(1);
    expect(writes()).toHaveLength(REJECTED.length + DECLINED.length);
    expect(r.outputs['rejected']).toBe(String(REJECTED.length));
    expect(r.summary).toContain(`${REJECTED.length} rejected`);
    expect(r.stdout).toMatch(/::error::.*Could not keep the alert issue up to date \(HTTP 403\): the token may not write issues: give the job `permissions: issues: write`/);
  });

  it('an empty github-token, or no repository to open the issue in: the step fails saying what to set', async () => {
    const noToken = await run({ mode: 'dry-run', alert: 'issue', 'github-token': '' });
    expect(noToken.code).toBe(1);
    expect(noToken.stdout).toMatch(/::error::.*Could not keep the alert issue up to date: The github-token input is empty; .*alert: issue to keep the alert issue/);
    const noRepository = await run({ mode: 'dry-run', alert: 'issue' }, { GITHUB_REPOSITORY: '' });
    expect(noRepository.code).toBe(1);
    expect(noRepository.stdout).toMatch(/::error::.*alert: issue needs the repository to open the issue in \(GITHUB_REPOSITORY\)/);
    expect(github.requests).toEqual([]);
  });

  it('issues turned off in the repository: the step fails saying so', async () => {
    await startGitHub({ issuesDisabled: true });
    const r = await run({ mode: 'dry-run', alert: 'issue' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Could not keep the alert issue up to date \(HTTP 410\): issues are turned off in this repository/);
  });

  it('labels dropped by GitHub when opening: a warning, and the next run still finds the issue', async () => {
    await startGitHub({ dropLabels: true });
    const r = await run({ mode: 'dry-run', alert: 'issue' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::The alert issue .* was opened without the inbound-guard label/);
    expect((await run({ mode: 'dry-run', alert: 'issue' })).code).toBe(0);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.labels).toEqual([ALERT_LABEL]);
  });
});

describe('alert with a matrix run (shard, merge)', () => {
  /** Runs shards 1..n (no alert) and copies their reports into the workspace's reports folder. */
  async function shards(n: number): Promise<void> {
    const folder = join(workspace, 'reports');
    for (let i = 1; i <= n; i++) {
      const r = await run({ mode: 'enforce', shard: `${i}/${n}`, 'max-actions': '100' }, { GITHUB_RUN_ID: '555', GITHUB_ACTION: `guard-${i}` });
      expect(r.code).toBe(0);
      mkdirSync(join(folder, `shard-${i}`), { recursive: true });
      cpSync(r.outputs['report-file']!, join(folder, `shard-${i}`, 'report.json'));
    }
  }

  it('the shards do not alert; the merge job opens one issue for the whole run', async () => {
    await shards(2);
    expect(github.requests).toEqual([]);
    expect(writes()).toHaveLength(REJECTED.length + DECLINED.length);
    const merged = await run({ mode: 'merge', reports: 'reports', alert: 'issue' }, { GITHUB_RUN_ID: '555' });
    expect(merged.code).toBe(0);
    expect(issues()).toHaveLength(1);
    const { title, body } = issues()[0]!;
    expect(title).toBe(`inbound-guard: ${REJECTED.length} rejected, ${DECLINED.length} declined · account ${ACCOUNT}`);
    for (const id of [...REJECTED.map((r) => `<code>${r}`), ...DECLINED.map((d) => d.replace(/-/g, '&#45;'))]) expect(rowOf(body, id)).toBeDefined();
    expect(body).toContain(`(${runUrl(555)}) (run 555)`);
    const report = JSON.parse(readFileSync(merged.outputs['report-file']!, 'utf8')) as { run: { id: number } };
    expect(report.run.id).toBe(555);
  });

  it('a shard with alert: issue fails naming the input, before any AWS call', async () => {
    const r = await run({ mode: 'enforce', shard: '1/2', alert: 'issue' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("::error::inbound-guard: Input 'alert' is 'issue' on shard 1/2, but shards never alert");
    expect(emulator.calls).toEqual([]);
    expect(github.requests).toEqual([]);
  });
});

describe('alerting off', () => {
  /** Node's module hooks, preloaded: every module the run loads is written to a file. */
  function loadLog(): { env: Record<string, string>; loaded(): string[] } {
    const dir = testTempDir('inbound-guard-loads-');
    const hook = join(dir, 'hook.mjs');
    const log = join(dir, 'loaded.txt');
    writeFileSync(log, '');
    writeFileSync(hook, `import { registerHooks } from 'node:module';\nimport { appendFileSync } from 'node:fs';\nregisterHooks({ load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); } });\n`);
    return { env: { NODE_OPTIONS: `--import=${hook}` }, loaded: () => readFileSync(log, 'utf8').split('\n').filter(Boolean) };
  }
  /** The bundle's files that hold @actions/github (its getOctokit), found by content so chunk ids may change. */
  const githubChunks = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js') && readFileSync(join(ROOT, 'dist', f), 'utf8').includes('getOctokit'));

  it('makes no GitHub call and loads none of the GitHub code (dry-run and enforce)', async () => {
    expect(githubChunks.length).toBeGreaterThan(0);
    expect(githubChunks).not.toContain('index.js');
    for (const mode of ['dry-run', 'enforce']) {
      const loads = loadLog();
      const r = await run({ mode }, loads.env);
      expect(r.code).toBe(0);
      expect(r.outputs['summary-json']).toBeDefined();
      const loadedFiles = loads.loaded().filter((u) => u.startsWith('file:')).map((u) => u.split('/').pop());
      expect(loadedFiles).toContain('index.js');
      expect(loadedFiles.filter((f) => githubChunks.includes(f!))).toEqual([]);
    }
    expect(github.requests).toEqual([]);
    expect(issues()).toEqual([]);
  });

  it('with alert: issue, the same check sees the GitHub code loaded (so the one above can fail)', async () => {
    const loads = loadLog();
    expect((await run({ mode: 'dry-run', alert: 'issue' }, loads.env)).code).toBe(0);
    const loadedFiles = loads.loaded().map((u) => u.split('/').pop());
    expect(loadedFiles.filter((f) => githubChunks.includes(f!)).length).toBeGreaterThan(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPolicyAt } from '../src/github/policy-at.js';
import { createGitHubClient } from '../src/github/client.js';
import { DEFAULT_TOKEN_LOGIN, isAuthoredBy, resolveTokenIdentity } from '../src/github/identity.js';
import { upsertPlanComment } from '../src/github/plan-comment.js';
import { readPullRequestContext, type EventContext, type PullRequestContext } from '../src/github/pull-request.js';
import { movedOnFrom, readPullRequestHead, type HeadRead } from '../src/github/pull-request-head.js';
import { commentDetail, writePlanComment } from '../src/github/plan-mode.js';
import { accountTag, planMarker } from '../src/plan/plan-marker.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import type { CommentDetail } from '../src/plan/render-context.js';
import * as runner from '../src/runner/commands.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { rejectsWith, throwsWith } from './helpers/rejections.js';

const REPO = 'acme/guard';
const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const PATH = '.github/inbound-guard.yml';
const MARKER = planMarker(PATH);
const BOT = { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } as const;
const PAT = { login: 'release-robot', type: 'User', kind: 'user' } as const;

const VALID = 'version: 1\niot:\n  regions: [us-east-1]\n  allow:\n    - source-account: "111122223333"\n';
/** A valid policy padded with a comment to 300,000 bytes: over the 256 KiB a policy may be. */
const OVERSIZED = `${VALID}# ${'x'.repeat(300_000 - VALID.length - 3)}\n`;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({
    tokens: { 'ghs_default': BOT, 'ghp_pat': PAT },
    files: { [REPO]: { [BASE]: { [PATH]: VALID, 'broken.yml': 'version: 1\niot:\n  allow:\n    - source-account: 12\n', 'policies/prod #1.yml': VALID,
          'big.yml': OVERSIZED,
          'policies': { kind: 'directory', names: ['prod #1.yml'] },
          'vendored.yml': { kind: 'submodule', url: 'https://github.com/acme/policies.git' },
        },
      },
    },
  });
});
afterEach(async () => gh.close());

const client = (token = 'ghs_default') => createGitHubClient(token, gh.url);
const target = (body: string) => ({ owner: 'acme', repo: 'guard', issueNumber: 7, body, marker: MARKER });

describe('upsertPlanComment', () => {
  it('creates the first comment, then updates the same one on the next run', async () => {
    const first = await upsertPlanComment(client(), target(`${MARKER}\nfirst`));
    expect(first.action).toBe('created');
    const second = await upsertPlanComment(client(), target(`${MARKER}\nsecond`));
    expect(second).toMatchObject({ action: 'updated', id: first.id });
    expect(gh.commentsOn(REPO, 7)).toHaveLength(1);
    expect(gh.commentsOn(REPO, 7)[0]?.body).toBe(`${MARKER}\nsecond`);
  });

  it('leaves a comment by someone else alone, even one carrying our marker', async () => {
    const impostor = gh.seedComment(REPO, 7, { login: 'mallory', type: 'User' }, `${MARKER}\nI copied your marker`);
    const result = await upsertPlanComment(client(), target(`${MARKER}\nplan`));
    expect(result.action).toBe('created');
    expect(impostor.body).toBe(`${MARKER}\nI copied your marker`);
    expect(gh.writes().filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it('leaves our own comments for another policy file alone', async () => {
    await upsertPlanComment(client(), { ...target(`${planMarker('other/policy.yml')}\nother`), marker: planMarker('other/policy.yml') });
    const result = await upsertPlanComment(client(), target(`${MARKER}\nplan`));
    expect(result.action).toBe('created');
    expect(gh.commentsOn(REPO, 7)).toHaveLength(2);
  });

  it('finds its comment past the first page of comments', async () => {
    const ours = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, `${MARKER}\nold`);
    gh.comments.splice(gh.comments.indexOf(ours), 1);
    for (let i = 0; i < 230; i += 1) gh.seedComment(REPO, 7, { login: `user${i}`, type: 'User' }, `chatter ${i} ${MARKER}`);
    gh.comments.push(ours);
    const result = await upsertPlanComment(client(), target(`${MARKER}\nnew`));
    expect(result).toMatchObject({ action: 'updated', id: ours.id });
    expect(gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments')).map((r) => r.query['page'] ?? '1')).toEqual(['1', '2', '3']);
  });

  it('with a personal access token, edits only that user’s comment, not the bot’s', async () => {
    const botComment = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, `${MARKER}\nby the bot`);
    const result = await upsertPlanComment(client('ghp_pat'), target(`${MARKER}\nby the PAT`));
    expect(result.action).toBe('created');
    expect(result.identity).toEqual({ login: 'release-robot', source: 'graphql-viewer' });
    expect(botComment.body).toBe(`${MARKER}\nby the bot`);
  });

  it('refuses a body without the marker (the next run could not find it)', async () => {
    await rejectsWith(upsertPlanComment(client(), target('no marker')), /marker/);
    expect(gh.writes()).toEqual([]);
  });

  it('leaves alone a comment of the same bot that quotes our marker further down (another workflow quoting a stranger)', async () => {
    const quoting = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, `Thanks for the PR! You wrote:\n\n> my change ${MARKER}`);
    const result = await upsertPlanComment(client(), target(`${MARKER}\nplan`));
    expect(result.action).toBe('created');
    expect(quoting.body).toBe(`Thanks for the PR! You wrote:\n\n> my change ${MARKER}`);
    expect(gh.writes().filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});

describe('writePlanComment: one comment per account, never one of an older commit', () => {
  const ACCOUNT_A = '210987654321';
  const ACCOUNT_B = '123456789012';
  const PR: PullRequestContext = { owner: 'acme', repo: 'guard', number: 7, baseSha: BASE, headSha: HEAD };
  /** A plan's body as plan mode renders it: its marker (by account, when one was read) first. */
  const body = (account: string | undefined, text: string) => `${planMarker(PATH, account)}\n${text}`;
  /** What plan mode wrote to the log (nothing reaches the real stdout). */
  let logged: string;
  beforeEach(() => {
    gh.setPullHead(REPO, 7, HEAD);
    logged = '';
    vi.spyOn(runner.stdout, 'write').mockImplementation((text: string) => void (logged += text));
  });
  afterEach(() => vi.restoreAllMocks());
  const write = (account: string | undefined, text: string, detail: CommentDetail = 'full', token = 'ghs_default') =>
    writePlanComment(client(token), PR, { body: body(account, text), policyPath: PATH, account, detail });

  it('two accounts planning one policy keep a comment each, and each account’s next run updates its own in place', async () => {
    await write(ACCOUNT_A, 'plan of A');
    await write(ACCOUNT_B, 'plan of B');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(ACCOUNT_A, 'plan of A'), body(ACCOUNT_B, 'plan of B')]);
    const [a, b] = gh.commentsOn(REPO, 7);
    await write(ACCOUNT_A, 'plan of A, second push');
    expect(gh.commentsOn(REPO, 7)).toHaveLength(2);
    expect(a?.body).toBe(body(ACCOUNT_A, 'plan of A, second push'));
    expect(b?.body).toBe(body(ACCOUNT_B, 'plan of B'));
    expect(gh.writes().map((w) => w.method)).toEqual(['POST', 'POST', 'PATCH']);
    expect(logged).toContain(`Plan comment for account ${ACCOUNT_A} updated: ${a?.html_url}`);
  });

  it('takes over our policy-only comment (an older release’s) rather than leave it stale beside a new one', async () => {
    const old = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, body(undefined, 'plan of an older release'));
    await write(ACCOUNT_A, 'plan of A');
    expect(gh.commentsOn(REPO, 7)).toEqual([old]);
    expect(old.body).toBe(body(ACCOUNT_A, 'plan of A'));
    expect(logged).toContain('Plan comment for account 210987654321 updated (it was the comment of a run that read no account, or of an older release)');
    // Now A's: B gets its own, and A's next run finds A's.
    await write(ACCOUNT_B, 'plan of B');
    await write(ACCOUNT_A, 'plan of A again');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(ACCOUNT_A, 'plan of A again'), body(ACCOUNT_B, 'plan of B')]);
  });

  it('does not take over the policy-only comment when the account has its own', async () => {
    const old = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, body(undefined, 'policy-only'));
    const own = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, body(ACCOUNT_A, 'plan of A'));
    await write(ACCOUNT_A, 'plan of A, second push');
    expect(old.body).toBe(body(undefined, 'policy-only'));
    expect(own.body).toBe(body(ACCOUNT_A, 'plan of A, second push'));
  });

  it('never touches a comment by someone else carrying our marker, the account’s or the policy-only one', async () => {
    const copied = gh.seedComment(REPO, 7, { login: 'mallory', type: 'User' }, body(ACCOUNT_A, 'copied'));
    const old = gh.seedComment(REPO, 7, { login: 'mallory', type: 'User' }, body(undefined, 'copied too'));
    await write(ACCOUNT_A, 'plan of A');
    await write(undefined, 'invalid policy');
    expect(copied.body).toBe(body(ACCOUNT_A, 'copied'));
    expect(old.body).toBe(body(undefined, 'copied too'));
    expect(gh.commentsOn(REPO, 7).filter((c) => c.user.login === BOT.login).map((c) => c.body)).toEqual([body(ACCOUNT_A, 'invalid policy')]);
  });

  it('a run that read no account (invalid policy, no credentials) rewrites every comment of ours for the policy, each keeping its marker', async () => {
    await write(ACCOUNT_A, 'plan of A');
    await write(ACCOUNT_B, 'plan of B');
    const other = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, `${planMarker('other.yml', ACCOUNT_A)}\nother policy`);
    await write(undefined, '❌ invalid');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(ACCOUNT_A, '❌ invalid'), body(ACCOUNT_B, '❌ invalid'), `${planMarker('other.yml', ACCOUNT_A)}\nother policy`]);
    expect(other.body).toContain('other policy');
    // The next plan with credentials finds its own again.
    await write(ACCOUNT_B, 'plan of B, fixed');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(ACCOUNT_A, '❌ invalid'), body(ACCOUNT_B, 'plan of B, fixed'), `${planMarker('other.yml', ACCOUNT_A)}\nother policy`]);
  });

  it('a run that read no account on a PR without our comment creates the policy-only one, and updates it next time', async () => {
    await write(undefined, 'validation only');
    await write(undefined, 'validation only, again');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(undefined, 'validation only, again')]);
  });

  it('comment-detail summary: the comment names no 12-digit account id anywhere, its marker and title hold the tag', async () => {
    const view = { kind: 'invalid', policyPath: PATH, issues: [{ file: PATH, line: 2, column: 11, key: 'accounts', message: 'these AWS credentials belong to an account that accounts does not list.' }], errorCount: 1, base: { state: 'missing' } } as const;
    for (const [account, detail] of [[ACCOUNT_A, 'summary'], [ACCOUNT_B, 'summary']] as const) {
      await writePlanComment(client(), PR, { body: renderPlanComment(view, { detail, account }), policyPath: PATH, account, detail });
    }
    const bodies = gh.commentsOn(REPO, 7).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    for (const text of [...bodies, logged]) expect(text).not.toMatch(/\d{12}/);
    expect(bodies[0]?.split('\n').slice(0, 2)).toEqual([`<!-- inbound-guard:plan:${PATH} account-tag:${accountTag(ACCOUNT_A)} -->`, `## ❌ inbound-guard plan · <code>${PATH.replace(/-/g, '&#45;')}</code> · account tag <code>${accountTag(ACCOUNT_A)}</code>`]);
    expect(logged).toContain(`Plan comment for account tag ${accountTag(ACCOUNT_B)} created`);
  });

  it('the PR moved on since this run planned: no write, and a notice saying to which commit and where this plan is', async () => {
    const ours = gh.seedComment(REPO, 7, { login: BOT.login, type: 'Bot' }, body(ACCOUNT_A, 'plan of the newer commit'));
    const NEWER = 'e'.repeat(40);
    gh.setPullHead(REPO, 7, NEWER);
    await write(ACCOUNT_A, 'plan of an older commit');
    await write(undefined, 'invalid at an older commit');
    expect(gh.writes()).toEqual([]);
    expect(ours.body).toBe(body(ACCOUNT_A, 'plan of the newer commit'));
    expect(gh.requests.filter((r) => r.path === `/repos/${REPO}/pulls/7`)).toHaveLength(2);
    expect(logged).toContain(`::notice title=inbound-guard%3A plan of an older commit::PR #7 moved on to ${NEWER.slice(0, 12)} since this run planned ${HEAD.slice(0, 12)}: the plan comment is left to the newer commit's run (if that run failed before writing it, re-run it). This run's plan is in the job summary.`);
  });

  it.each([
    ['403 (a token without pull-requests: read)', { pullsForbidden: true }, 403],
    ['404 (the token may not see the PR)', {}, 404],
  ])('the PR cannot be read, %s: the comment is written as before', async (_case, options, status) => {
    await gh.close();
    gh = await startFakeGitHub({ tokens: { 'ghs_default': BOT }, ...options });
    await write(ACCOUNT_A, 'plan of A');
    expect(gh.commentsOn(REPO, 7).map((c) => c.body)).toEqual([body(ACCOUNT_A, 'plan of A')]);
    expect(logged).toContain(`Could not read PR #7 (HTTP ${status}) to check that it is still at ${HEAD.slice(0, 12)}`);
    expect(logged).not.toContain('::notice');
  });
});

describe('readPullRequestHead and movedOnFrom', () => {
  it('reads the head commit GitHub has now; 403 and 404 are unreadable, not thrown', async () => {
    gh.setPullHead(REPO, 7, HEAD);
    expect(await readPullRequestHead(client(), { owner: 'acme', repo: 'guard', number: 7 })).toEqual({ state: 'read', sha: HEAD });
    expect(await readPullRequestHead(client(), { owner: 'acme', repo: 'guard', number: 8 })).toEqual({ state: 'unreadable', status: 404 });
    await rejectsWith(readPullRequestHead(createGitHubClient('wrong', gh.url), { owner: 'acme', repo: 'guard', number: 7 }), /Bad credentials/);
  });

  it.each<[string, HeadRead, string | undefined]>([
    ['still at the planned head', { state: 'read', sha: HEAD }, undefined],
    ['moved on', { state: 'read', sha: 'e'.repeat(40) }, 'e'.repeat(40)],
    ['unreadable (403)', { state: 'unreadable', status: 403 }, undefined],
  ])('%s', (_case, now, expected) => {
    expect(movedOnFrom(HEAD, now)).toBe(expected);
  });
});

describe('resolveTokenIdentity', () => {
  it('asks GraphQL viewer first (works for GITHUB_TOKEN, where GET /user is refused)', async () => {
    expect(await resolveTokenIdentity(client())).toEqual({ login: 'github-actions[bot]', source: 'graphql-viewer' });
  });

  it('falls back to GET /user for a personal token when GraphQL fails', async () => {
    await gh.close();
    gh = await startFakeGitHub({ tokens: { 'ghp_pat': PAT }, graphql: false });
    expect(await resolveTokenIdentity(client('ghp_pat'))).toEqual({ login: 'release-robot', source: 'rest-user' });
  });

  it('assumes the default token’s bot when neither answers', async () => {
    await gh.close();
    gh = await startFakeGitHub({ tokens: { 'ghs_default': BOT }, graphql: false });
    expect(await resolveTokenIdentity(client())).toEqual({ login: DEFAULT_TOKEN_LOGIN, source: 'assumed-default-token' });
  });
});

describe('isAuthoredBy', () => {
  const bot = { login: 'github-actions[bot]', source: 'graphql-viewer' } as const;
  it.each([
    [{ login: 'github-actions[bot]', type: 'Bot' }, bot, true],
    [{ login: 'GitHub-Actions[bot]', type: 'Bot' }, bot, true],
    [{ login: 'github-actions[bot]', type: 'Bot' }, { login: 'github-actions', source: 'graphql-viewer' } as const, true],
    [{ login: 'github-actions', type: 'User' }, bot, false],
    [{ login: 'mallory', type: 'User' }, bot, false],
    [{ login: 'release-robot', type: 'User' }, { login: 'release-robot', source: 'rest-user' } as const, true],
    [null, bot, false],
    [{ type: 'Bot' }, bot, false],
  ])('%o by %o → %s', (author, identity, expected) => {
    expect(isAuthoredBy(author, identity)).toBe(expected);
  });
});

describe('getPolicyAt', () => {
  it('reads and validates the file at the base commit (base64 through the contents API)', async () => {
    const base = await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path: PATH, ref: BASE, commit: 'base' });
    expect(base.state).toBe('valid');
    if (base.state === 'valid') expect(base.policy.iot.allow.map((e) => e.sourceAccount)).toEqual(['111122223333']);
    expect(gh.requests.at(-1)).toMatchObject({ method: 'GET', path: `/repos/acme/guard/contents/${PATH}`, query: { ref: BASE } });
  });

  it('keeps the slashes of the path and encodes the rest of each segment', async () => {
    expect((await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path: 'policies/prod #1.yml', ref: BASE, commit: 'base' })).state).toBe('valid');
    expect(gh.requests.at(-1)?.path).toBe('/repos/acme/guard/contents/policies/prod%20%231.yml');
  });

  it('a file new in the PR is an empty base', async () => {
    expect(await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path: 'new.yml', ref: BASE, commit: 'base' })).toEqual({ state: 'missing' });
  });

  it('an invalid base is reported with its issues, not thrown', async () => {
    const base = await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path: 'broken.yml', ref: BASE, commit: 'base' });
    expect(base.state).toBe('invalid');
    if (base.state === 'invalid') expect(base.issues[0]).toMatchObject({ file: 'broken.yml', line: 4 });
  });

  it.each([
    ['policies', 'a directory (the API answers with its listing)'],
    ['vendored.yml', 'a submodule'],
  ])('a path that is not a file (%s: %s) is an invalid policy, not a crash', async (path) => {
    const base = await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path, ref: BASE, commit: 'base' });
    expect(base).toEqual({ state: 'invalid', issues: [{ file: path, line: 1, column: 1, key: '', message: 'at the base commit this path is not a file (a directory, symlink or submodule).' }], errorCount: 1 });
  });

  it('a file larger than a policy may be is invalid on its size, before it is decoded', async () => {
    expect(Buffer.byteLength(OVERSIZED)).toBe(300_000);
    const head = await getPolicyAt(client(), { owner: 'acme', repo: 'guard', path: 'big.yml', ref: BASE, commit: 'head' });
    expect(head).toEqual({ state: 'invalid', issues: [{ file: 'big.yml', line: 1, column: 1, key: '', message: 'at the head commit the file is 300000 bytes, more than a policy may be (262144).' }], errorCount: 1 });
  });

  it('any other failure throws, naming the permission to check', async () => {
    await rejectsWith(getPolicyAt(createGitHubClient('wrong', gh.url), { owner: 'acme', repo: 'guard', path: PATH, ref: BASE, commit: 'base' }), /HTTP 401.*contents: read/);
  });
});

describe('readPullRequestContext', () => {
  const context = (over: Partial<EventContext> = {}): EventContext => ({
    eventName: 'pull_request',
    payload: { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } } },
    serverUrl: 'https://github.com',
    runId: 42,
    repo: { owner: 'acme', repo: 'guard' },
    ...over,
  });

  it('reads number, base and head commits, and the run link', () => {
    expect(readPullRequestContext(context())).toEqual({ owner: 'acme', repo: 'guard', number: 7, baseSha: BASE, headSha: HEAD, runUrl: 'https://github.com/acme/guard/actions/runs/42' });
  });

  it('accepts pull_request_target, the event that runs with the base branch’s workflow and secrets', () => {
    expect(readPullRequestContext(context({ eventName: 'pull_request_target' }))).toEqual({ owner: 'acme', repo: 'guard', number: 7, baseSha: BASE, headSha: HEAD, runUrl: 'https://github.com/acme/guard/actions/runs/42' });
  });

  it('the merge commit: GITHUB_SHA on pull_request, the payload merge_commit_sha on pull_request_target (whose GITHUB_SHA is the base)', () => {
    const MERGE = 'd'.repeat(40);
    const OTHER = 'e'.repeat(40);
    expect(readPullRequestContext(context({ sha: MERGE })).mergeSha).toBe(MERGE);
    const payload = { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD }, merge_commit_sha: OTHER } };
    expect(readPullRequestContext(context({ eventName: 'pull_request_target', sha: BASE, payload })).mergeSha).toBe(OTHER);
    // None, or one that is the base or the head (a push-like run), or not a sha: no merge commit.
    for (const sha of [undefined, BASE, HEAD, 'refs/pull/7/merge']) expect(readPullRequestContext(context({ sha })).mergeSha).toBeUndefined();
  });

  it('refuses other events, saying what to do', () => {
    throwsWith(() => readPullRequestContext(context({ eventName: 'push' })), /triggered by 'push'.*pull_request.*dry-run/);
  });

  it.each([
    ['visibility public', { visibility: 'public', private: false }, true],
    ['visibility private', { visibility: 'private', private: true }, false],
    ['visibility internal (an enterprise’s members only)', { visibility: 'internal', private: true }, false],
    ['private: false only', { private: false }, true],
    ['private: true only', { private: true }, false],
    ['neither', {}, undefined],
  ])('who may read the repository: %s', (_case, repository, expected) => {
    const payload = { pull_request: { number: 7, base: { sha: BASE }, head: { sha: HEAD } }, repository: { name: 'guard', ...repository } };
    expect(readPullRequestContext(context({ payload })).publicRepository).toBe(expected);
  });

  it('refuses a payload without the commits', () => {
    throwsWith(() => readPullRequestContext(context({ payload: { pull_request: { number: 7 } } })), /base\.sha and head\.sha/);
  });
});

describe('commentDetail: the comment-detail input, else by who may read the repository', () => {
  it.each([
    [undefined, true, 'summary'],
    [undefined, false, 'full'],
    [undefined, undefined, 'summary'],
    ['full', true, 'full'],
    ['summary', false, 'summary'],
  ] as const)('input %s, public %s → %s', (input, publicRepository, expected) => {
    expect(commentDetail(input, publicRepository)).toBe(expected);
  });
});

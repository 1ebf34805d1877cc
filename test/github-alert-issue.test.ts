/** findAlertIssues against the fake GitHub: which open issues are ours, across pages, for which token. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALERT_LABEL, alertMarker } from '../src/alert/render-alert.js';
import { findAlertIssues } from '../src/github/alert-issue.js';
import { createGitHubClient } from '../src/github/client.js';
import { resolveTokenIdentity } from '../src/github/identity.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';

const REPO = 'acme/guard';
const MARKER = alertMarker('.github/inbound-guard.yml');
const BOT = { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } as const;
const PAT = { login: 'release-robot', type: 'User', kind: 'user' } as const;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { ghs_default: BOT, ghp_pat: PAT } });
});
afterEach(async () => gh.close());

async function find(token: string, labelled: boolean) {
  const octokit = createGitHubClient(token, gh.url);
  const identity = await resolveTokenIdentity(octokit);
  return (await findAlertIssues(octokit, { owner: 'acme', repo: 'guard', marker: MARKER, label: ALERT_LABEL, labelled }, identity)).map((i) => i.number);
}
const bot = { login: BOT.login, type: BOT.type };
const seed = (author: { login: string; type: 'User' | 'Bot' }, body: string, labels: string[] = [ALERT_LABEL], state: 'open' | 'closed' = 'open') => gh.seedIssue(REPO, author, { title: 't', body, labels, state }).number;

describe('findAlertIssues', () => {
  it('finds only open issues the token opened that start with this marker, oldest first', async () => {
    seed({ login: 'mallory', type: 'User' }, `${MARKER}\ncopied`);
    const closed = seed(bot, `${MARKER}\nlast week`, [ALERT_LABEL], 'closed');
    seed(bot, `${alertMarker('other/policy.yml')}\nanother policy's`);
    const first = seed(bot, `${MARKER}\nours`);
    const second = seed(bot, `${MARKER}\nours too`);
    // Another workflow's issue, opened by the same bot, quoting a stranger who wrote our marker.
    seed(bot, `Support request from a stranger:\n\n> ${MARKER}`);
    expect(await find('ghs_default', true)).toEqual([first, second]);
    expect(await find('ghs_default', true)).not.toContain(closed);
  });

  it('labelled: skips ours without the label; every open issue: finds it, across pages of 100', async () => {
    for (let i = 0; i < 150; i++) seed({ login: 'someone', type: 'User' }, `issue ${i}`, []);
    const unlabelled = seed(bot, `${MARKER}\nlabel removed by hand`, ['triaged']);
    expect(await find('ghs_default', true)).toEqual([]);
    expect(await find('ghs_default', false)).toEqual([unlabelled]);
    const pages = gh.requests.filter((r) => r.method === 'GET' && r.path === `/repos/${REPO}/issues` && r.query['labels'] === undefined);
    expect(pages.map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
  });

  it('a personal access token finds the issues its user opened, not the bot’s', async () => {
    seed(bot, `${MARKER}\nthe bot's`);
    const mine = seed({ login: 'release-robot', type: 'User' }, `${MARKER}\nthe PAT's`);
    expect(await find('ghp_pat', true)).toEqual([mine]);
  });
});

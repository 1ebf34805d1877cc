/**
 * keepAlertIssue against the fake GitHub, run after run: when an edit of the issue also comments
 * (which notifies its subscribers) and when it edits silently.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertFacts, type AlertSubject } from '../src/alert/alert-facts.js';
import { ALERT_LABEL, alertMarker, MAX_STATE_ELEMENTS } from '../src/alert/render-alert.js';
import { decide } from '../src/decide/decide.js';
import { keepAlertIssue } from '../src/github/alert.js';
import { createGitHubClient } from '../src/github/client.js';
import type { InboundItem } from '../src/model/items.js';
import type { PolicyIssue } from '../src/policy/types.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
import { certificateTransfer } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { oneAccountReport } from './helpers/report.js';

const REPO = 'acme/guard';
const NOW = new Date('2026-11-21T12:00:00Z');

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub({ tokens: { tok: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } } });
});
afterEach(async () => gh.close());

/** One run's alert; what it did to the one issue: opened it, commented, or edited it silently. */
async function run(subject: AlertSubject): Promise<'opened' | 'commented' | 'edited'> {
  const before = { issues: gh.issuesOf(REPO).length, comments: gh.comments.length };
  await keepAlertIssue(createGitHubClient('tok', gh.url), { owner: 'acme', repo: 'guard' }, '.github/inbound-guard.yml', subject, NOW, {});
  expect(gh.issuesOf(REPO).filter((i) => i.state === 'open')).toHaveLength(1);
  if (gh.issuesOf(REPO).length > before.issues) return 'opened';
  return gh.comments.length > before.comments ? 'commented' : 'edited';
}

/** An enforce run that rejected `items` (transfers from a stranger). */
function rejected(items: readonly InboundItem[]): AlertSubject {
  const results = decide(items, buildPolicy({ iotAllow: [{ sourceAccount: '111122223333' }] }), NOW).map((decision) => ({ decision, outcome: 'rejected' as const }));
  return { kind: 'report', report: oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), budget: { limit: 1000, source: 'input', planned: items.length, tripped: false }, results }) };
}
const transfer = (n: number) => certificateTransfer({ certificateId: n.toString(16).padStart(64, '0'), sourceAccount: '999988887777' });
const [a, b, c] = [transfer(1), transfer(2), transfer(3)];

const stopped = (message: string): AlertSubject => ({ kind: 'stopped', mode: 'enforce', message });
const invalid = (...issues: Omit<PolicyIssue, 'file'>[]): AlertSubject => ({ kind: 'invalid-policy', mode: 'enforce', policyPath: 'p.yml', issues: issues.map((i) => ({ file: 'p.yml', ...i })), errorCount: issues.length });

describe('a run that could not check anything', () => {
  it('comments when the cause changes, not when only a request id or the run does', async () => {
    const sts = (requestId: string, run: number) => stopped(`Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: AccessDenied: User: arn:aws:sts::210987654321:assumed-role/guard/inbound-guard-${run} is not authorized (Request ID: ${requestId})).`);
    expect(await run(stopped('.github/inbound-guard.yml:1: These AWS credentials belong to account 111122223333, but accounts lets this policy govern only 210987654321.'))).toBe('opened');
    expect(await run(stopped("Cannot read the reports folder nothing-here (ENOENT: no such file or directory, scandir 'nothing-here'); download the shard artifacts into it first."))).toBe('commented');
    expect(await run(sts('1f2e3d4c-aaaa-bbbb-cccc-0123456789ab', 503))).toBe('commented');
    expect(await run(sts('9e8d7c6b-1111-2222-3333-ba9876543210', 504))).toBe('edited');
    expect(gh.commentsOn(REPO, 1).map((c) => c.body)).toEqual([expect.stringContaining('reports folder'), expect.stringContaining('GetCallerIdentity')]);
  });

  it('an invalid policy: comments when its problems change, not when they stay', async () => {
    const unknownKey = { line: 4, column: 3, key: 'iot.alow', message: 'Unknown key alow; did you mean allow?' };
    const badAccount = { line: 7, column: 9, key: 'iot.allow[0].source-account', message: 'source-account must be 12 digits, got 1234.' };
    expect(await run(invalid(unknownKey))).toBe('opened');
    expect(await run(invalid(unknownKey))).toBe('edited');
    expect(await run(invalid(badAccount))).toBe('commented');
    expect(await run(stopped('STS said no'))).toBe('commented');
  });
});

describe('a run that reports: comments only when something is new', () => {
  it('findings that only shrink edit silently; an item not there before comments', async () => {
    expect(await run(rejected([a, b]))).toBe('opened');
    expect(await run(rejected([a]))).toBe('edited');
    expect(await run(rejected([a]))).toBe('edited');
    expect(await run(rejected([a, c]))).toBe('commented');
    // b again: it was not in the last body, so it is new again.
    expect(await run(rejected([b]))).toBe('commented');
    expect(gh.commentsOn(REPO, 1)).toHaveLength(2);
  });

  it('an issue an earlier release wrote (its fingerprint alone): compared as before, once, then by element', async () => {
    // What this release's digest of the same findings is: an earlier release computed it the same way.
    const earlierBody = `${alertMarker('.github/inbound-guard.yml')}\n<!-- inbound-guard:alert-state:${alertFacts(rejected([a, b, c]), NOW).fingerprint} -->\n## …`;
    const issue = gh.seedIssue(REPO, { login: 'github-actions[bot]', type: 'Bot' }, { title: 't', body: earlierBody, labels: [ALERT_LABEL] });
    expect(await run(rejected([a, b, c]))).toBe('edited');
    // An earlier body recorded no elements: a change comments, even a shrink (it cannot tell one) …
    issue.body = earlierBody;
    expect(await run(rejected([a, b]))).toBe('commented');
    // … once: this run's body records them.
    expect(await run(rejected([a]))).toBe('edited');
  });

  it(`more than ${MAX_STATE_ELEMENTS} findings: any change comments, as the issue cannot keep them all`, async () => {
    const many = Array.from({ length: MAX_STATE_ELEMENTS + 1 }, (_, k) => transfer(100 + k));
    expect(await run(rejected(many))).toBe('opened');
    expect(await run(rejected(many))).toBe('edited');
    expect(await run(rejected(many.slice(1)))).toBe('commented');
    expect(await run(rejected(many.slice(2)))).toBe('edited');
  });
});

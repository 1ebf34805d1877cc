/**
 * keepAlertIssue against the fake GitHub, run after run: when an edit of the issue also comments
 * (which notifies its subscribers) and when it edits silently.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertSubject } from '../src/alert/alert-facts.js';
import { keepAlertIssue } from '../src/github/alert.js';
import { createGitHubClient } from '../src/github/client.js';
import type { PolicyIssue } from '../src/policy/types.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';

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

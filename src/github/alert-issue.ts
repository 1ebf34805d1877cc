/**
 * The GitHub calls behind the alert issue: find ours, open one, edit it, comment on it, close it.
 * Each takes the client first and returns plain data. "Ours" is an open issue that carries the
 * marker AND was opened by the token's identity: an issue anyone else opened is never touched,
 * whatever it contains (anyone can paste our marker and label into an issue).
 */
import type { GitHubClient } from './client.js';
import { isAuthoredBy, type TokenIdentity } from './identity.js';

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

export interface AlertIssue {
  readonly number: number;
  readonly url: string;
  readonly body: string;
  readonly labels: readonly string[];
}

/**
 * Our open alert issues for `marker`, oldest first. `labelled`: only issues with `label` (one short
 * listing); otherwise every open issue (the label may have been removed by hand), read a page of 100
 * at a time.
 */
export async function findAlertIssues(
  octokit: GitHubClient,
  at: Repository & { marker: string; label: string; labelled: boolean },
  identity: TokenIdentity,
): Promise<AlertIssue[]> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: at.owner,
    repo: at.repo,
    state: 'open',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
    ...(at.labelled ? { labels: at.label } : {}),
  });
  const found: AlertIssue[] = [];
  for await (const { data } of pages) {
    for (const issue of data) {
      // The issues API lists pull requests too.
      if (issue.pull_request !== undefined && issue.pull_request !== null) continue;
      // Our bodies start with the marker: one quoted further down (another workflow's issue, by the
      // same bot, quoting a stranger) does not make the issue ours.
      if (typeof issue.body !== 'string' || !issue.body.startsWith(at.marker) || !isAuthoredBy(issue.user, identity)) continue;
      found.push({ number: issue.number, url: issue.html_url, body: issue.body, labels: labelNames(issue.labels) });
    }
  }
  return found;
}

export async function openAlertIssue(octokit: GitHubClient, at: Repository, issue: { title: string; body: string; label: string }): Promise<AlertIssue> {
  const { data } = await octokit.rest.issues.create({ owner: at.owner, repo: at.repo, title: issue.title, body: issue.body, labels: [issue.label] });
  return { number: data.number, url: data.html_url, body: data.body ?? issue.body, labels: labelNames(data.labels) };
}

export async function editAlertIssue(octokit: GitHubClient, at: Repository, number: number, issue: { title: string; body: string }): Promise<void> {
  await octokit.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: number, title: issue.title, body: issue.body });
}

export async function labelAlertIssue(octokit: GitHubClient, at: Repository, number: number, label: string): Promise<void> {
  await octokit.rest.issues.addLabels({ owner: at.owner, repo: at.repo, issue_number: number, labels: [label] });
}

export async function commentOnAlertIssue(octokit: GitHubClient, at: Repository, number: number, body: string): Promise<void> {
  await octokit.rest.issues.createComment({ owner: at.owner, repo: at.repo, issue_number: number, body });
}

export async function closeAlertIssue(octokit: GitHubClient, at: Repository, number: number, reason: 'completed' | 'not_planned'): Promise<void> {
  await octokit.rest.issues.update({ owner: at.owner, repo: at.repo, issue_number: number, state: 'closed', state_reason: reason });
}

function labelNames(labels: readonly (string | { name?: string | undefined })[] | undefined): string[] {
  return (labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((name) => name !== '');
}

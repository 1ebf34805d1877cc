import type { GitHubClient } from './client.js';
import { isAuthoredBy, resolveTokenIdentity, type TokenIdentity } from './identity.js';

export interface UpsertResult {
  readonly action: 'created' | 'updated';
  readonly id: number;
  readonly url: string;
}

/**
 * The one plan comment on a pull request: the first comment that carries `marker` AND was written by
 * the token's identity is edited in place; if there is none, one is created. A comment by anyone
 * else is never touched, whatever it contains (anyone can paste our marker into a comment).
 */
export async function upsertPlanComment(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; body: string; marker: string; identity?: TokenIdentity | undefined },
): Promise<UpsertResult & { identity: TokenIdentity }> {
  if (!target.body.includes(target.marker)) throw new Error('The plan comment body must carry its marker, or the next run could not find it.');
  const identity = target.identity ?? (await resolveTokenIdentity(octokit));
  const existing = await findPlanComment(octokit, target, identity);
  if (existing !== undefined) {
    const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing, body: target.body });
    return { action: 'updated', id: data.id, url: data.html_url, identity };
  }
  const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body: target.body });
  return { action: 'created', id: data.id, url: data.html_url, identity };
}

/** The id of our earlier comment, reading the comments a page of 100 at a time and stopping once found. */
export async function findPlanComment(
  octokit: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; marker: string },
  identity: TokenIdentity,
): Promise<number | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  for await (const { data } of pages) {
    const ours = data.find((c) => typeof c.body === 'string' && c.body.includes(target.marker) && isAuthoredBy(c.user, identity));
    if (ours !== undefined) return ours.id;
  }
  return undefined;
}

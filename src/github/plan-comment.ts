import type { GitHubClient } from './client.js';
import { isAuthoredBy, resolveTokenIdentity, type TokenIdentity } from './identity.js';

export interface UpsertResult {
  /** `taken-over`: the policy-only comment of a run that read no account (or of an older release) now carries this account's plan. */
  readonly action: 'created' | 'updated' | 'taken-over';
  readonly id: number;
  readonly url: string;
}

interface CommentTarget {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
}

/**
 * The one plan comment with `marker` on a pull request: the first comment that carries it AND was
 * written by the token's identity is edited in place. Failing that, with `takeOver` (the policy-only
 * marker, for a plan that read an account), the first such comment of ours that carries `takeOver`
 * is edited into this one — the comment of an older release, whose marker named no account, or of a
 * run that read none — so the upgrade does not leave a stale plan beside the new one. Failing both,
 * one is created. A comment by anyone else is never touched, whatever it contains (anyone can paste
 * our marker into a comment).
 *
 * Two legs of a job matrix that both find only the policy-only comment both take it over: the later
 * write wins, and the other leg's plan shows again from its next run, in a comment of its own.
 */
export async function upsertPlanComment(
  octokit: GitHubClient,
  target: CommentTarget & { body: string; marker: string; takeOver?: string | undefined; identity?: TokenIdentity | undefined },
): Promise<UpsertResult & { identity: TokenIdentity }> {
  if (!target.body.startsWith(target.marker)) throw new Error('The plan comment body must start with its marker, or the next run could not find it.');
  const identity = target.identity ?? (await resolveTokenIdentity(octokit));
  let takeOver: number | undefined;
  for await (const comment of ownComments(octokit, target, identity)) {
    if (comment.body.startsWith(target.marker)) return { ...(await updateComment(octokit, target, comment.id, target.body)), action: 'updated', identity };
    if (takeOver === undefined && target.takeOver !== undefined && comment.body.startsWith(target.takeOver)) takeOver = comment.id;
  }
  if (takeOver !== undefined) return { ...(await updateComment(octokit, target, takeOver, target.body)), action: 'taken-over', identity };
  return { ...(await createComment(octokit, target, target.body)), action: 'created', identity };
}

/**
 * Every plan comment of ours for one policy file — the policy-only one and each account's — rewritten
 * with `body`, each keeping its own marker (`markerOf` finds it; `body` carries `marker`, which is
 * swapped for it). For a run that read no account (an invalid policy, no credentials): its result
 * holds for every account, and each account's comment otherwise goes on showing the plan of an older
 * commit. Without any, one is created with `marker`.
 */
export async function rewritePlanComments(
  octokit: GitHubClient,
  target: CommentTarget & { body: string; marker: string; markerOf: (body: string) => string | undefined; identity?: TokenIdentity | undefined },
): Promise<{ results: UpsertResult[]; identity: TokenIdentity }> {
  if (!target.body.startsWith(target.marker)) throw new Error('The plan comment body must start with its marker, or it could not be given another comment\'s.');
  const identity = target.identity ?? (await resolveTokenIdentity(octokit));
  const found: { id: number; marker: string }[] = [];
  for await (const comment of ownComments(octokit, target, identity)) {
    const marker = target.markerOf(comment.body);
    if (marker !== undefined) found.push({ id: comment.id, marker });
  }
  if (found.length === 0) return { results: [{ ...(await createComment(octokit, target, target.body)), action: 'created' }], identity };
  const results: UpsertResult[] = [];
  for (const { id, marker } of found) {
    results.push({ ...(await updateComment(octokit, target, id, `${marker}${target.body.slice(target.marker.length)}`)), action: 'updated' });
  }
  return { results, identity };
}

/** The comments on the pull request written by the token's identity, in order, a page of 100 read at a time. */
async function* ownComments(octokit: GitHubClient, target: CommentTarget, identity: TokenIdentity): AsyncGenerator<{ id: number; body: string }> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 });
  for await (const { data } of pages) {
    for (const c of data) {
      if (typeof c.body === 'string' && isAuthoredBy(c.user, identity)) yield { id: c.id, body: c.body };
    }
  }
}

async function updateComment(octokit: GitHubClient, target: CommentTarget, id: number, body: string): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: id, body });
  return { id: data.id, url: data.html_url };
}

async function createComment(octokit: GitHubClient, target: CommentTarget, body: string): Promise<{ id: number; url: string }> {
  const { data } = await octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body });
  return { id: data.id, url: data.html_url };
}

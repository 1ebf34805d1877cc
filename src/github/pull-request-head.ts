import { httpStatus, type GitHubClient } from './client.js';

/** The pull request's head commit as GitHub has it now, or why it could not be read. */
export type HeadRead =
  | { readonly state: 'read'; readonly sha: string }
  /** 403 or 404: the token may not read pull requests (a job without `pull-requests: read`). */
  | { readonly state: 'unreadable'; readonly status: number };

/**
 * Reads the pull request's head commit now, just before the plan comment is written. Any failure
 * other than 403 or 404 throws, as the comment's own write would.
 */
export async function readPullRequestHead(octokit: GitHubClient, pr: { owner: string; repo: string; number: number }): Promise<HeadRead> {
  try {
    const { data } = await octokit.rest.pulls.get({ owner: pr.owner, repo: pr.repo, pull_number: pr.number });
    return { state: 'read', sha: data.head.sha };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { state: 'unreadable', status };
    throw error;
  }
}

/**
 * The commit the pull request moved on to since this run planned `plannedHead`, or undefined when
 * the plan is still of its head (or the head could not be read: then the comment is written, as
 * before this check). A run of an older push that finishes after the newer push's run must not
 * replace the newer plan with its own; the newer commit's run writes (or has written) the comment.
 */
export function movedOnFrom(plannedHead: string, now: HeadRead): string | undefined {
  return now.state === 'read' && now.sha !== plannedHead ? now.sha : undefined;
}

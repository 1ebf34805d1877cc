import { MAX_POLICY_BYTES } from '../policy/defaults.js';
import { oneProblem } from '../policy/format-issue.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { BasePolicy } from '../plan/types.js';
import { httpStatus, type GitHubClient } from './client.js';

/**
 * The policy file as it is at one commit of the PR (its base, or its head), read through the
 * contents API: no checkout is trusted or needed, so the plan is of exactly the PR's policy
 * whatever the workflow checked out (pull_request_target checks out the base branch). No such file
 * there: `missing`. A file that does not validate is `invalid` with its issues. Any other failure
 * (no `contents: read`, GitHub down) throws.
 */
export async function getPolicyAt(octokit: GitHubClient, at: { owner: string; repo: string; path: string; ref: string; commit: 'base' | 'head' }): Promise<BasePolicy> {
  let data: unknown;
  try {
    // repos.getContent would send the path's slashes as %2F, which GitHub answers with 404 for
    // fine-grained tokens (octokit/octokit.js#2422): each segment is encoded, the slashes kept.
    const path = at.path.split('/').map(encodeURIComponent).join('/');
    ({ data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{+path}', { owner: at.owner, repo: at.repo, path, ref: at.ref }));
  } catch (error) {
    if (httpStatus(error) === 404) return { state: 'missing' };
    const status = httpStatus(error);
    throw new Error(`Could not read ${at.path} at the ${at.commit} commit ${at.ref.slice(0, 12)} of ${at.owner}/${at.repo} through the GitHub API (${status === undefined ? String(error) : `HTTP ${status}`}). The job needs \`permissions: contents: read\`.`);
  }
  const file = data as { type?: unknown; encoding?: unknown; content?: unknown; size?: unknown };
  if (Array.isArray(data) || file.type !== 'file') {
    return invalid(at.path, `at the ${at.commit} commit this path is not a file (a directory, symlink or submodule).`);
  }
  if (typeof file.size === 'number' && file.size > MAX_POLICY_BYTES) {
    return invalid(at.path, `at the ${at.commit} commit the file is ${file.size} bytes, more than a policy may be (${MAX_POLICY_BYTES}).`);
  }
  if (file.encoding !== 'base64' || typeof file.content !== 'string') {
    return invalid(at.path, `the GitHub API returned the ${at.commit} file with encoding '${String(file.encoding)}', not base64.`);
  }
  const result = parsePolicy(Buffer.from(file.content, 'base64'), at.path);
  return result.ok ? { state: 'valid', policy: result.policy } : { state: 'invalid', issues: result.issues, errorCount: result.errorCount };
}

function invalid(file: string, message: string): BasePolicy {
  return { state: 'invalid', ...oneProblem({ file, line: 1, column: 1, key: '', message }) };
}

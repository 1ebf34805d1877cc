import type { GitHubClient } from './client.js';

/**
 * Who the token acts as, so that only our own comments are ever edited.
 *
 * - GraphQL `viewer { login }` answers for every kind of token, including the workflow's
 *   GITHUB_TOKEN (an installation token of the GitHub Actions app: "github-actions[bot]") and other
 *   GitHub App tokens; this is what marocchino/sticky-pull-request-comment relies on.
 * - REST `GET /user` answers for personal access tokens only: installation tokens get 403
 *   "Resource not accessible by integration". It is the fallback.
 * - If both fail, the token is assumed to be the default GITHUB_TOKEN (the input's default), whose
 *   comments are authored by `github-actions[bot]`.
 */
export interface TokenIdentity {
  readonly login: string;
  readonly source: 'graphql-viewer' | 'rest-user' | 'assumed-default-token';
}

export const DEFAULT_TOKEN_LOGIN = 'github-actions[bot]';

export async function resolveTokenIdentity(octokit: GitHubClient): Promise<TokenIdentity> {
  try {
    const data = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    if (typeof data.viewer?.login === 'string' && data.viewer.login !== '') return { login: data.viewer.login, source: 'graphql-viewer' };
  } catch {
    // fall through to REST
  }
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login !== '') return { login: data.login, source: 'rest-user' };
  } catch {
    // installation tokens cannot call GET /user
  }
  return { login: DEFAULT_TOKEN_LOGIN, source: 'assumed-default-token' };
}

/**
 * Whether a comment's author is the token's identity. Logins compare case-insensitively. A bot's
 * REST login carries a `[bot]` suffix that some GraphQL fields leave off, so for authors of type
 * Bot the suffix is ignored on both sides; a human account never matches a bot's login.
 */
export function isAuthoredBy(author: { login?: string; type?: string } | null | undefined, identity: TokenIdentity): boolean {
  if (!author?.login) return false;
  const a = author.login.toLowerCase();
  const b = identity.login.toLowerCase();
  if (a === b) return true;
  if (author.type !== 'Bot') return false;
  const bare = (login: string) => login.replace(/\[bot\]$/, '');
  return bare(a) === bare(b);
}

import { getOctokit } from '@actions/github';

/** The octokit @actions/github builds: REST methods, paginate and graphql. Adapters take it as their first argument. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * The one place a GitHub client is built. The API URL comes from GITHUB_API_URL (GitHub Enterprise
 * Server sets it; tests point it at a local fake) unless `baseUrl` is given.
 */
export function createGitHubClient(token: string, baseUrl?: string): GitHubClient {
  if (token === '') {
    throw new Error("The github-token input is empty; plan mode needs it to read the base branch's policy and to comment on the pull request, and alert: issue to keep the alert issue. Leave the input at its default (${{ github.token }}) or pass a token with contents: read and pull-requests: write (plan) or issues: write (alert).");
  }
  return getOctokit(token, baseUrl === undefined ? {} : { baseUrl });
}

/** The HTTP status of an octokit RequestError, if that is what `error` is. */
export function httpStatus(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** The pull request a plan-mode run is about, read from the event payload of the workflow run. */

/** What plan mode needs to know about the pull request and the run. */
export interface PullRequestContext {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The commit the PR merges into: the policy in force once merged is compared with the one here. */
  readonly baseSha: string;
  /** The PR's latest commit: the policy as written in the PR (read when there is no merge commit). */
  readonly headSha: string;
  /**
   * The test merge commit GitHub made of the PR on its base (GITHUB_SHA on pull_request; the
   * payload's merge_commit_sha on pull_request_target): the policy as it will be once merged, base
   * changes since the PR branched included. Undefined when GitHub gave none.
   */
  readonly mergeSha?: string | undefined;
  /** The workflow run, for the comment's link; undefined outside a runner. */
  readonly runUrl?: string | undefined;
  /**
   * Whether anyone may read the repository (and so the comment): the payload's
   * `repository.visibility`, else `repository.private`; undefined when the payload says neither.
   */
  readonly publicRepository?: boolean | undefined;
}

/** The parts of @actions/github's `context` read here (a plain object in tests). */
export interface EventContext {
  readonly eventName: string;
  readonly payload: Record<string, unknown>;
  /** GITHUB_SHA: on pull_request, the test merge commit. */
  readonly sha?: string | undefined;
  readonly serverUrl: string;
  readonly runId: number;
  readonly repo: { readonly owner: string; readonly repo: string };
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

export function readPullRequestContext(context: EventContext): PullRequestContext {
  if (!PULL_REQUEST_EVENTS.includes(context.eventName)) {
    throw new Error(`mode 'plan' comments on a pull request, but this run was triggered by '${context.eventName || 'no event'}'. Run plan on pull_request events (see examples/pull-request-plan.yml); use mode dry-run elsewhere.`);
  }
  const pr = record(context.payload['pull_request']);
  const number = pr?.['number'];
  const baseSha = record(pr?.['base'])?.['sha'];
  const headSha = record(pr?.['head'])?.['sha'];
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number < 1 || typeof baseSha !== 'string' || !SHA.test(baseSha) || typeof headSha !== 'string' || !SHA.test(headSha)) {
    throw new Error(`The ${context.eventName} event payload (GITHUB_EVENT_PATH) has no usable pull_request.number, base.sha and head.sha; plan mode needs all three.`);
  }
  const { owner, repo } = context.repo;
  const runUrl = Number.isSafeInteger(context.runId) && context.runId > 0 ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}` : undefined;
  const merge = context.eventName === 'pull_request' ? context.sha : pr?.['merge_commit_sha'];
  const mergeSha = typeof merge === 'string' && SHA.test(merge) && merge !== baseSha && merge !== headSha ? merge : undefined;
  return { owner, repo, number, baseSha, headSha, ...(mergeSha === undefined ? {} : { mergeSha }), runUrl, publicRepository: isPublic(record(context.payload['repository'])) };
}

function isPublic(repository: Record<string, unknown> | undefined): boolean | undefined {
  const visibility = repository?.['visibility'];
  if (visibility === 'public') return true;
  if (visibility === 'private' || visibility === 'internal') return false;
  const isPrivate = repository?.['private'];
  return typeof isPrivate === 'boolean' ? !isPrivate : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

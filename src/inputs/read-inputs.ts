/**
 * The run's settings, read once from the inputs and the runner's environment (readSettings), and
 * what can still be told when they do not all read (alertOnBadInputs, askedFor). Each input's own
 * parser is in parse-inputs.ts.
 */
import * as runner from '../runner/commands.js';
import { tmpdir } from '../builtins.js';
import * as path from 'node:path';
import { COMMENT_DETAILS, Inputs, PRODUCT } from '../constants.js';
import type { Mode } from '../act/types.js';
import type { RegionSelection } from '../policy/types.js';
import type { RunContext } from '../run/report-types.js';
import type { Shard } from '../sweep/shard.js';
import type { QuotaOverrides } from '../aws/quotas.js';
import { type Alert, parseAlert, parseCommentDetail, parseMaxActions, parseMode, parsePolicyFile, parseRateLimits, parseRegions, parseRoleName, parseShardInput } from './parse-inputs.js';

/** Everything a run needs from its inputs and the runner's environment, parsed once. */
export interface Settings {
  /** The policy file as given (relative to the workspace, or absolute). */
  readonly policyFile: string;
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  readonly workspace: string;
  /** What the run may do; dry-run unless asked. */
  readonly mode: Mode;
  /** The `regions` input: `all` or names; undefined when empty (each regional section's own regions apply). */
  readonly regions?: RegionSelection | undefined;
  /** The `role-name` input: the role assumed in target accounts, overriding targets.role-name. */
  readonly roleName?: string | undefined;
  /** The `shard` input (`i/n`): this job's share of a matrix run. */
  readonly shard?: Shard | undefined;
  /** The `reports` input (merge mode): the folder holding the shard reports. */
  readonly reports?: string | undefined;
  /** GITHUB_RUN_ID (and attempt), for role session names; `local` outside a runner. */
  readonly runId: string;
  /** The `max-actions` input; undefined when empty (the policy's limit, else the default, applies). */
  readonly maxActions?: number | undefined;
  /** For the GitHub API (plan mode). May be empty outside a workflow. */
  readonly githubToken: string;
  /**
   * The `comment-detail` input (plan mode): `full` names every pending item, `summary` only counts
   * and the policy changes. Undefined when empty: plan mode picks by the repository's visibility.
   */
  readonly commentDetail?: (typeof COMMENT_DETAILS)[number] | undefined;
  /** The `rate-limits` input: TPS per API overriding the quota table; undefined when empty. */
  readonly rateLimits?: QuotaOverrides | undefined;
  /** Where the JSON report is written. */
  readonly reportFile: string;
  /** The repository and commit the workflow runs at, when it runs in one (links to policy lines). */
  readonly repository?: RepositoryContext | undefined;
  /** The `alert` input: `issue` keeps one issue in the repository up to date while something needs a person. */
  readonly alert: Alert;
  /** The workflow run, when in one: stamped on the report (a trail across runs) and linked from the alert issue. */
  readonly run?: RunContext | undefined;
}

export interface RepositoryContext {
  /** e.g. https://github.com */
  readonly serverUrl: string;
  /** owner/name */
  readonly repository: string;
  readonly sha: string;
}

/**
 * The secrets the run holds: the GitHub token input and the AWS secret key and session token the
 * SDK will read from the environment. An AWS error can echo them (SignatureDoesNotMatch quotes the
 * session token); registered with runner.setSecret, the runner masks them in the log whatever else
 * fails to.
 */
export function knownSecrets(githubToken: string, env: NodeJS.ProcessEnv): string[] {
  return [githubToken, env['AWS_SECRET_ACCESS_KEY'], env['AWS_SESSION_TOKEN']].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/** The title of the warnings for an input set and not used: here for the mode, and by the run for the policy (unusedRoleName). */
export const INPUT_IGNORED = `${PRODUCT}: input ignored`;

/** Reads every input and the environment variables the action uses, masking the secrets among them. Throws on bad values. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const githubToken = runner.getInput(Inputs.GithubToken);
  // First, before anything can be logged.
  for (const secret of knownSecrets(githubToken, env)) runner.setSecret(secret);
  const mode = parseMode(runner.getInput(Inputs.Mode));
  // An input the mode does not read is not parsed either: a value it would refuse must not fail a
  // job that ignores it (one `with:` block serving a matrix of modes). Warned of below.
  const read = <T>(name: string, parse: (value: string) => T): T | undefined => (readsInput(mode, name) ? parse(runner.getInput(name)) : undefined);
  const settings: Settings = {
    ...alertSettings(githubToken, env),
    mode,
    regions: read(Inputs.Regions, parseRegions),
    maxActions: read(Inputs.MaxActions, parseMaxActions),
    roleName: read(Inputs.RoleName, parseRoleName),
    shard: read(Inputs.Shard, parseShardInput),
    reports: read(Inputs.Reports, (value) => value.trim() || undefined),
    runId: [env['GITHUB_RUN_ID'], env['GITHUB_RUN_ATTEMPT']].filter(Boolean).join('-') || 'local',
    commentDetail: read(Inputs.CommentDetail, parseCommentDetail),
    rateLimits: read(Inputs.RateLimits, parseRateLimits),
    reportFile: reportPath(env),
  };
  checkAlert(settings);
  for (const warning of ignoredInputs(settings.mode, (name) => runner.getInput(name).trim() !== '')) runner.warning(warning, { title: INPUT_IGNORED });
  return settings;
}

/** What `alert: issue` needs of the settings: where the issue goes, which policy it is about, and which run. */
export type AlertSettings = Pick<Settings, 'alert' | 'githubToken' | 'policyFile' | 'workspace' | 'repository' | 'run'>;

function alertSettings(githubToken: string, env: NodeJS.ProcessEnv): AlertSettings {
  return {
    alert: parseAlert(runner.getInput(Inputs.Alert)),
    githubToken,
    policyFile: parsePolicyFile(runner.getInput(Inputs.PolicyFile)),
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    repository: repositoryContext(env),
    run: runContext(env),
  };
}

/**
 * For a run whose inputs did not all read (readSettings threw): the settings to alert with, when
 * its `alert` input asks for an issue and a run of its mode would have alerted (dry-run, enforce or
 * merge, not a shard); undefined otherwise, or when what alerting needs is itself what is wrong.
 * An input mistyped in a scheduled workflow leaves the accounts unguarded on every run: the issue
 * is how a person hears of it.
 */
export function alertOnBadInputs(env: NodeJS.ProcessEnv = process.env): (AlertSettings & { readonly mode: Mode }) | undefined {
  try {
    const mode = parseMode(runner.getInput(Inputs.Mode));
    const settings = alertSettings(runner.getInput(Inputs.GithubToken), env);
    const shard = readsInput(mode, Inputs.Shard) && runner.getInput(Inputs.Shard).trim() !== '';
    return settings.alert === 'issue' && (mode === 'dry-run' || mode === 'enforce' || mode === 'merge') && !shard ? { ...settings, mode } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The modes each input that only some modes read is read in (the others: every mode, or checked
 * already, as `alert` is). An input set for a mode that does not read it is most likely a workflow
 * copied from another job: warned of, not refused, so that one `with:` block may serve a matrix.
 */
const READ_IN: readonly (readonly [string, readonly Mode[]])[] = [
  [Inputs.Regions, ['dry-run', 'enforce', 'plan']],
  [Inputs.RoleName, ['dry-run', 'enforce', 'plan']],
  [Inputs.RateLimits, ['dry-run', 'enforce', 'plan']],
  [Inputs.MaxActions, ['dry-run', 'enforce', 'plan']],
  [Inputs.Shard, ['dry-run', 'enforce']],
  [Inputs.Reports, ['merge']],
  [Inputs.CommentDetail, ['plan']],
];

/** Whether `mode` reads the input `name` (every mode reads those READ_IN does not list). */
function readsInput(mode: Mode, name: string): boolean {
  return READ_IN.find(([input]) => input === name)?.[1].includes(mode) ?? true;
}

/** A warning for each input `isSet` that `mode` does not read. Pure. */
export function ignoredInputs(mode: Mode, isSet: (name: string) => boolean): string[] {
  return READ_IN.filter(([name, modes]) => isSet(name) && !modes.includes(mode)).map(
    ([name, modes]) => `Input '${name}' is set, but mode ${mode} does not read it (only ${modes.join(', ')} do${modes.length === 1 ? 'es' : ''}): it is ignored.`,
  );
}

/** What is known of the run asked for, whether or not its inputs all read: for summary-json. */
export interface AskedFor {
  /** The mode input; undefined when it is the input that is wrong. */
  readonly mode: Mode | undefined;
  /** The workflow run's page, when in one. */
  readonly runUrl: string | undefined;
}

/**
 * What can still be told of a run whose inputs did not all read (readSettings threw): the mode
 * asked for, unless that input is the one that is wrong, and the workflow run. For summary-json,
 * which must say that such a run failed, and which run it was.
 */
export function askedFor(env: NodeJS.ProcessEnv = process.env): AskedFor {
  let mode: Mode | undefined;
  try {
    mode = parseMode(runner.getInput(Inputs.Mode));
  } catch {
    mode = undefined;
  }
  return { mode, runUrl: runContext(env)?.url };
}

/** The run a report comes from; undefined outside a runner (no GITHUB_RUN_ID or GITHUB_REPOSITORY). */
export function runContext(env: NodeJS.ProcessEnv): RunContext | undefined {
  const id = Number(env['GITHUB_RUN_ID']);
  const repository = env['GITHUB_REPOSITORY'];
  if (!Number.isSafeInteger(id) || id < 1 || !repository) return undefined;
  const attempt = Number(env['GITHUB_RUN_ATTEMPT']);
  const runAttempt = Number.isSafeInteger(attempt) && attempt >= 1 ? attempt : 1;
  const base = `${env['GITHUB_SERVER_URL'] || 'https://github.com'}/${repository}/actions/runs/${id}`;
  const text = (name: string): string | undefined => env[name] || undefined;
  return {
    id,
    attempt: runAttempt,
    repository,
    workflow: text('GITHUB_WORKFLOW'),
    workflowRef: text('GITHUB_WORKFLOW_REF'),
    job: text('GITHUB_JOB'),
    event: text('GITHUB_EVENT_NAME'),
    sha: text('GITHUB_SHA'),
    url: runAttempt > 1 ? `${base}/attempts/${runAttempt}` : base,
  };
}

/** Alerting is for the run that sees the whole picture: not validate or plan, and not one shard of a matrix. */
function checkAlert(settings: Settings): void {
  if (settings.alert === 'off') return;
  if (settings.mode === 'validate' || settings.mode === 'plan') {
    const why = settings.mode === 'plan' ? 'plan comments on the pull request instead' : 'validate reads no account, so there is nothing to alert on';
    throw new Error(`Input '${Inputs.Alert}' is '${settings.alert}', but mode ${settings.mode} does not alert: ${why}. Alert from the scheduled dry-run or enforce run, or from the merge job of a matrix.`);
  }
  if (settings.shard !== undefined) {
    throw new Error(`Input '${Inputs.Alert}' is '${settings.alert}' on shard ${settings.shard.index}/${settings.shard.count}, but shards never alert: each sees only part of the run. Set ${Inputs.Alert}: ${settings.alert} on the merge job (mode: merge), which opens one issue for the whole run.`);
  }
}

function repositoryContext(env: NodeJS.ProcessEnv): RepositoryContext | undefined {
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!repository || !sha) return undefined;
  return { serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com', repository, sha };
}

function reportPath(env: NodeJS.ProcessEnv): string {
  const dir = env['RUNNER_TEMP'] || tmpdir();
  // One report per step: several steps of a job (say, one per account) must not overwrite each other.
  const step = (env['GITHUB_ACTION'] || 'run').replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(dir, `${PRODUCT}-${step}.json`);
}

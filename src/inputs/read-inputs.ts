import * as core from '@actions/core';
import * as path from 'node:path';
import * as os from 'node:os';
import { Inputs, MODES, PRODUCT } from '../constants.js';
import { MAX_ACTIONS_LIMIT } from '../policy/defaults.js';
import { REGION_PATTERN } from '../policy/fields.js';
import type { Mode } from '../act/types.js';

/** Everything a run needs from its inputs and the runner's environment, parsed once. */
export interface Settings {
  /** The policy file as given (relative to the workspace, or absolute). */
  readonly policyFile: string;
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  readonly workspace: string;
  /** What the run may do; dry-run unless asked. */
  readonly mode: Mode;
  /** The `regions` input; undefined when empty (the policy's list, else AWS_REGION, applies). */
  readonly regions?: readonly string[] | undefined;
  /** The `max-actions` input; undefined when empty (the policy's limit, else the default, applies). */
  readonly maxActions?: number | undefined;
  /** For the GitHub API (plan mode). May be empty outside a workflow. */
  readonly githubToken: string;
  /** AWS_REGION, else AWS_DEFAULT_REGION; the last fallback for the IoT region list. */
  readonly awsRegion?: string | undefined;
  /** Where the JSON report is written. */
  readonly reportFile: string;
  /** The repository and commit the workflow runs at, when it runs in one (links to policy lines). */
  readonly repository?: RepositoryContext | undefined;
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
 * session token); registered with core.setSecret, the runner masks them in the log whatever else
 * fails to.
 */
export function knownSecrets(githubToken: string, env: NodeJS.ProcessEnv): string[] {
  return [githubToken, env['AWS_SECRET_ACCESS_KEY'], env['AWS_SESSION_TOKEN']].filter((s): s is string => typeof s === 'string' && s.trim() !== '');
}

/** Reads every input and the environment variables the action uses, masking the secrets among them. Throws on bad values. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const githubToken = core.getInput(Inputs.GithubToken);
  // First, before anything can be logged.
  for (const secret of knownSecrets(githubToken, env)) core.setSecret(secret);
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const awsRegion = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined;
  return {
    policyFile: parsePolicyFile(core.getInput(Inputs.PolicyFile)),
    workspace,
    mode: parseMode(core.getInput(Inputs.Mode)),
    regions: parseRegions(core.getInput(Inputs.Regions)),
    maxActions: parseMaxActions(core.getInput(Inputs.MaxActions)),
    githubToken,
    awsRegion,
    reportFile: reportPath(env),
    repository: repositoryContext(env),
  };
}

function repositoryContext(env: NodeJS.ProcessEnv): RepositoryContext | undefined {
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!repository || !sha) return undefined;
  return { serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com', repository, sha };
}

export function parsePolicyFile(value: string): string {
  const file = value.trim() || '.github/inbound-guard.yml';
  if (file.includes('\0')) throw new Error(`Input '${Inputs.PolicyFile}' contains a NUL character; give the path of the policy file, e.g. .github/inbound-guard.yml.`);
  return file;
}

export function parseMode(value: string): Mode {
  const mode = value.trim() || 'dry-run';
  if ((MODES as readonly string[]).includes(mode)) return mode as Mode;
  throw new Error(`Input '${Inputs.Mode}' is '${mode}'; expected one of ${MODES.join(', ')} (dry-run, the default, writes nothing).`);
}

/** Comma- or newline-separated region names; empty → undefined. Duplicates are dropped. */
export function parseRegions(value: string): string[] | undefined {
  const names = value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0) return undefined;
  for (const name of names) {
    if (!REGION_PATTERN.test(name)) {
      throw new Error(`Input '${Inputs.Regions}' has '${name}', which is not an AWS region name; use names such as us-east-1 or eu-west-1, separated by commas or newlines.`);
    }
  }
  return [...new Set(names)];
}

export function parseMaxActions(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) > MAX_ACTIONS_LIMIT) {
    throw new Error(`Input '${Inputs.MaxActions}' is '${text}'; expected a whole number from 0 to ${MAX_ACTIONS_LIMIT} (0 means never act).`);
  }
  return Number(text);
}

function reportPath(env: NodeJS.ProcessEnv): string {
  const dir = env['RUNNER_TEMP'] || os.tmpdir();
  // One report per step: several steps of a job (say, one per account) must not overwrite each other.
  const step = (env['GITHUB_ACTION'] || 'run').replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(dir, `${PRODUCT}-${step}.json`);
}

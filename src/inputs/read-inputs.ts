import * as core from '@actions/core';
import * as path from 'node:path';
import * as os from 'node:os';
import { Inputs, MODES, PRODUCT } from '../constants.js';
import { MAX_ACTIONS_LIMIT } from '../policy/defaults.js';
import { REGION_PATTERN } from '../policy/fields.js';
import type { Mode } from '../act/types.js';
import type { RegionSelection } from '../policy/types.js';
import { ALL_REGIONS, ROLE_NAME_PATTERN } from '../policy/fields.js';
import { parseShard, type Shard } from '../sweep/shard.js';
import { knownQuotaNames, type QuotaOverrides } from '../aws/quotas.js';

/** Everything a run needs from its inputs and the runner's environment, parsed once. */
export interface Settings {
  /** The policy file as given (relative to the workspace, or absolute). */
  readonly policyFile: string;
  /** GITHUB_WORKSPACE, or the current directory outside a runner. */
  readonly workspace: string;
  /** What the run may do; dry-run unless asked. */
  readonly mode: Mode;
  /** The `regions` input: `all` or names; undefined when empty (the policy's iot.regions applies). */
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
  /** The `rate-limits` input: TPS per API overriding the quota table; undefined when empty. */
  readonly rateLimits?: QuotaOverrides | undefined;
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

/** Reads every input and the environment variables the action uses. Throws on bad values. */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const workspace = env['GITHUB_WORKSPACE'] || process.cwd();
  const awsRegion = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined;
  return {
    policyFile: parsePolicyFile(core.getInput(Inputs.PolicyFile)),
    workspace,
    mode: parseMode(core.getInput(Inputs.Mode)),
    regions: parseRegions(core.getInput(Inputs.Regions)),
    maxActions: parseMaxActions(core.getInput(Inputs.MaxActions)),
    roleName: parseRoleName(core.getInput(Inputs.RoleName)),
    shard: parseShardInput(core.getInput(Inputs.Shard)),
    reports: core.getInput(Inputs.Reports).trim() || undefined,
    runId: [env['GITHUB_RUN_ID'], env['GITHUB_RUN_ATTEMPT']].filter(Boolean).join('-') || 'local',
    githubToken: core.getInput(Inputs.GithubToken),
    rateLimits: parseRateLimits(core.getInput(Inputs.RateLimits)),
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

/** `all`, or comma- or newline-separated region names; empty → undefined. Duplicates are dropped. */
export function parseRegions(value: string): RegionSelection | undefined {
  const names = value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0) return undefined;
  if (names.length === 1 && names[0] === ALL_REGIONS) return ALL_REGIONS;
  for (const name of names) {
    if (!REGION_PATTERN.test(name)) {
      throw new Error(`Input '${Inputs.Regions}' has '${name}', which is not an AWS region name; use 'all' (every region enabled for each account) or names such as us-east-1 or eu-west-1, separated by commas or newlines.`);
    }
  }
  return [...new Set(names)];
}

export function parseRoleName(value: string): string | undefined {
  const name = value.trim();
  if (name === '') return undefined;
  if (!ROLE_NAME_PATTERN.test(name)) {
    throw new Error(`Input '${Inputs.RoleName}' is '${name}', which is not an IAM role name; give the name (optionally with its path), e.g. inbound-guard-readonly, not an ARN.`);
  }
  return name;
}

export function parseShardInput(value: string): Shard | undefined {
  if (value.trim() === '') return undefined;
  try {
    return parseShard(value);
  } catch (error) {
    throw new Error(`Input '${Inputs.Shard}': ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function parseMaxActions(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) > MAX_ACTIONS_LIMIT) {
    throw new Error(`Input '${Inputs.MaxActions}' is '${text}'; expected a whole number from 0 to ${MAX_ACTIONS_LIMIT} (0 means never act).`);
  }
  return Number(text);
}

/** The most requests per second an override may set: far above any AWS quota for these APIs. */
const MAX_RATE_LIMIT = 10_000;

/**
 * `rate-limits`: one number (requests per second for every API in the quota table), or
 * `API=number` pairs separated by commas or newlines (`DescribeCertificate=5`,
 * `iot:ListCertificates=20`, `*=8` for the rest); empty → undefined (the table's quotas).
 */
export function parseRateLimits(value: string): QuotaOverrides | undefined {
  const parts = value.split(/[\n,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 0) return undefined;
  const known = new Set(knownQuotaNames());
  const overrides = new Map<string, number>();
  const expected = `expected requests per second, e.g. '5' for every API or 'DescribeCertificate=5, ListCertificates=20' (APIs: ${[...known].filter((n) => !n.includes(':')).join(', ')})`;
  for (const part of parts) {
    const [name, rate] = part.includes('=') ? part.split('=').map((s) => s.trim()) : ['*', part];
    if (name === undefined || rate === undefined || (name !== '*' && !known.has(name))) {
      throw new Error(`Input '${Inputs.RateLimits}' has '${part}'; ${expected}.`);
    }
    const tps = Number(rate);
    if (!/^\d+(\.\d+)?$/.test(rate) || !(tps > 0) || tps > MAX_RATE_LIMIT) {
      throw new Error(`Input '${Inputs.RateLimits}' gives '${name}' the rate '${rate}'; expected a number of requests per second above 0 and at most ${MAX_RATE_LIMIT}.`);
    }
    overrides.set(name, tps);
  }
  return overrides;
}

function reportPath(env: NodeJS.ProcessEnv): string {
  const dir = env['RUNNER_TEMP'] || os.tmpdir();
  // One report per step: several steps of a job (say, one per account) must not overwrite each other.
  const step = (env['GITHUB_ACTION'] || 'run').replace(/[^A-Za-z0-9_.-]/g, '_');
  return path.join(dir, `${PRODUCT}-${step}.json`);
}

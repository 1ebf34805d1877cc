import { setFlagsFromString } from 'node:v8';
import { awsClientFactory, globalRegionProvider, sharedRequestHandler } from '../aws/clients.js';
import type { QuotaOverrides } from '../aws/quotas.js';
import { awsEffects } from '../aws/effects.js';
import { roleCredentials } from '../aws/sts/role-credentials.js';
import type { Policy, RegionSelection } from '../policy/types.js';
import type { Shard } from '../sweep/shard.js';
import type { RunLog, SweepRunDeps } from './inventory.js';
import { sweepAndAct } from './sweep-run.js';
import type { RunReport } from './report-types.js';

export interface AwsRunOptions {
  readonly userAgent: string;
  /** Shows in each guarded account's CloudTrail as the role session name. */
  readonly sessionName: string;
  readonly log?: RunLog | undefined;
  /** The `rate-limits` input: overrides of the quota table. */
  readonly rateLimits?: QuotaOverrides | undefined;
}

/**
 * Runs `work` with V8's young generation kept at its starting size instead of letting it double
 * under the stream of short-lived pages a long listing allocates: peak RSS then stays flat from
 * 100k to millions of certificates (npm run bench measures it). The flag is read by V8 each time
 * it would grow the young generation; the runner gives no way to pass node flags. Set here, once
 * this module has loaded the AWS SDK and with it the built-ins it needs (crypto, net, tls, http,
 * https, http2, zlib, …), and set back to V8's default afterwards (before an alert loads the GitHub
 * client): a flag away from its default changes the hash V8 checks each code cache against, so a
 * built-in loaded meanwhile is compiled from its source. Set before loading them, that cost a
 * dry-run with nothing pending 14 % more instructions (npm run cold-start -- --instructions).
 */
export async function withSmallYoungGeneration<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await work();
  } finally {
    // V8's default (node --v8-options).
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}

/** Real clients for the workflow's credentials and for every role it assumes, and the real clock. */
export function awsDeps(options: AwsRunOptions): SweepRunDeps {
  const requestHandler = sharedRequestHandler();
  const clientsFor = awsClientFactory({ userAgentSuffix: options.userAgent, rateLimits: options.rateLimits, requestHandler });
  const region = globalRegionProvider();
  return {
    clients: clientsFor(),
    // Asked once per guarded account by the inventory, which keeps them only as long as it needs
    // them: not cached here, or every account's clients would live until the run ends.
    // The role's account (its ARN's 5th field) keys its rate limits: each account has its own quotas.
    clientsForRole: (roleArn) => clientsFor(roleCredentials({ roleArn, sessionName: options.sessionName, region, userAgent: options.userAgent, requestHandler }), roleArn.split(':')[4]),
    now: () => new Date(),
    ...(options.log ? { log: options.log } : {}),
  };
}

/**
 * The composition root of a sweeping run. Loaded lazily by the entry so that `validate` never
 * loads the AWS SDK.
 */
export async function runAgainstAws(
  request: {
    mode: 'dry-run' | 'enforce';
    policy: Policy;
    regionsInput?: RegionSelection | undefined;
    maxActions?: number | undefined;
    roleName?: string | undefined;
    shard?: Shard | undefined;
  } & AwsRunOptions,
): Promise<RunReport> {
  return withSmallYoungGeneration(() =>
    sweepAndAct(awsDeps(request), {
      mode: request.mode,
      policy: request.policy,
      regionsInput: request.regionsInput,
      maxActions: request.maxActions,
      roleName: request.roleName,
      shard: request.shard,
      effects: request.mode === 'enforce' ? (inventory) => awsEffects(inventory.clientsOf) : undefined,
    }),
  );
}

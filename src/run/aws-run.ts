import { awsClientFactory, globalRegionProvider, type AwsClients } from '../aws/clients.js';
import type { QuotaOverrides } from '../aws/quotas.js';
import { awsEffects } from '../aws/effects.js';
import { roleCredentials } from '../aws/sts/role-credentials.js';
import type { Policy, RegionSelection } from '../policy/types.js';
import type { Shard } from '../sweep/shard.js';
import type { RunLog, SweepRunDeps } from './inventory.js';
import { sweepAndAct } from './sweep-run.js';
import type { RunReport } from './run-report.js';

export interface AwsRunOptions {
  readonly userAgent: string;
  /** Shows in each guarded account's CloudTrail as the role session name. */
  readonly sessionName: string;
  readonly log?: RunLog | undefined;
  /** The `rate-limits` input: overrides of the quota table. */
  readonly rateLimits?: QuotaOverrides | undefined;
}

/** Real clients for the workflow's credentials and for every role it assumes, and the real clock. */
export function awsDeps(options: AwsRunOptions): SweepRunDeps {
  const clientsFor = awsClientFactory({ userAgentSuffix: options.userAgent, rateLimits: options.rateLimits });
  const region = globalRegionProvider();
  const byRole = new Map<string, AwsClients>();
  return {
    clients: clientsFor(),
    clientsForRole: (roleArn) => {
      let clients = byRole.get(roleArn);
      if (clients === undefined) {
        // The role's account (its ARN's 5th field) keys its rate limits: each account has its own quotas.
        clients = clientsFor(roleCredentials({ roleArn, sessionName: options.sessionName, region, userAgent: options.userAgent }), roleArn.split(':')[4]);
        byRole.set(roleArn, clients);
      }
      return clients;
    },
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
  return sweepAndAct(awsDeps(request), {
    mode: request.mode,
    policy: request.policy,
    regionsInput: request.regionsInput,
    maxActions: request.maxActions,
    roleName: request.roleName,
    shard: request.shard,
    effects: request.mode === 'enforce' ? (inventory) => awsEffects(inventory.clientsOf) : undefined,
  });
}

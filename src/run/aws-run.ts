import { createAwsClients } from '../aws/clients.js';
import { awsEffects } from '../aws/effects.js';
import type { Policy } from '../policy/types.js';
import { sweepAndAct, type SweepRunDeps } from './sweep-run.js';
import type { RunReport } from './run-report.js';

/**
 * The composition root of a sweeping run: real clients, the real clock. Loaded lazily by the entry
 * so that `validate` never loads the AWS SDK.
 */
export async function runAgainstAws(request: {
  mode: 'dry-run' | 'enforce';
  policy: Policy;
  regions: readonly string[];
  maxActions?: number | undefined;
  log?: SweepRunDeps['log'];
  userAgent: string;
}): Promise<RunReport> {
  const clients = createAwsClients({ userAgentSuffix: request.userAgent });
  return sweepAndAct(
    { clients, now: () => new Date(), ...(request.log ? { log: request.log } : {}) },
    { mode: request.mode, policy: request.policy, regions: request.regions, maxActions: request.maxActions, effects: request.mode === 'enforce' ? awsEffects(clients) : undefined },
  );
}

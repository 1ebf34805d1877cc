import { countPlanned, resolveBudget, shardShare } from '../act/budget.js';
import type { Effects } from '../act/effects.js';
import { executeDecisions, type ActEvent } from '../act/execute.js';
import { decide } from '../decide/decide.js';
import type { Decision } from '../decide/types.js';
import { sweepScopes } from '../kinds/registry.js';
import type { Policy, RegionSelection } from '../policy/types.js';
import type { Shard } from '../sweep/shard.js';
import { VERSION } from '../version.js';
import { decisionContext, takeInventory, type Inventory, type SweepRunDeps } from './inventory.js';
import { buildRunReport } from './run-report.js';
import type { RunReport } from './report-types.js';
import { refusedWriteHints } from './targets-hint.js';

export type { SweepRunDeps } from './inventory.js';

export interface SweepRunRequest {
  readonly mode: 'dry-run' | 'enforce';
  readonly policy: Policy;
  /** The `regions` input, if given: it overrides every regional kind's regions (else each section's own). */
  readonly regionsInput?: RegionSelection | undefined;
  /** The max-actions input, if given. */
  readonly maxActions?: number | undefined;
  /** The role-name input, if given. */
  readonly roleName?: string | undefined;
  /** This job's share of a matrix run. */
  readonly shard?: Shard | undefined;
  /** A progress line per region at this interval while its sweep lasts. Default 10 s. */
  readonly progressIntervalMs?: number | undefined;
  /** The writes of an enforce run, given the clients each account was read with. Required in enforce. */
  readonly effects?: ((inventory: Inventory) => Effects) | undefined;
}

/**
 * The budget of a run, or of one shard of it: a matrix of n jobs gives each ⌊limit / n⌋, so the
 * writes of all shards together can never exceed the run's limit.
 */
export function shardBudgetLimit(limit: number, shard: Shard | undefined): number {
  return shard === undefined ? limit : shardShare(limit, shard.count);
}

/**
 * dry-run and enforce: read every guarded account, decide every item under the one policy, check
 * the one budget against all of them together, then act (in enforce) — nothing is written before
 * every account has been read and the budget has passed.
 */
export async function sweepAndAct(deps: SweepRunDeps, request: SweepRunRequest): Promise<RunReport> {
  if (request.mode === 'enforce' && request.effects === undefined) throw new Error('enforce needs the AWS write effects');
  const { policy } = request;
  const clock = () => deps.now().getTime();
  const started = clock();
  const scopes = sweepScopes(policy, request.regionsInput);
  const inventory = await takeInventory(deps, {
    policy,
    scopes,
    roleName: request.roleName,
    regionsInput: request.regionsInput,
    mode: request.mode,
    shard: request.shard,
    progressIntervalMs: request.progressIntervalMs,
  });
  const inventoried = clock();
  const decisions: Decision[] = decide(inventory.accounts.flatMap((a) => a.items), policy, deps.now(), decisionContext(policy, inventory));
  const whole = resolveBudget(request.maxActions, policy.limits.maxActions, countPlanned(decisions));
  const limit = shardBudgetLimit(whole.limit, request.shard);
  const budget = request.shard === undefined ? whole : { ...whole, limit, tripped: whole.planned > limit, share: { runLimit: whole.limit, shards: request.shard.count } };
  const common = { budget, policy, ...(deps.log ? { log: (e: ActEvent) => deps.log?.act(e) } : {}) };
  const decided = clock();
  const results = request.mode === 'enforce' && request.effects
    ? await executeDecisions(decisions, {
        ...common,
        mode: 'enforce',
        effects: request.effects(inventory),
        // A write refused as not allowed says which credentials lack which permission, as a refused read does.
        refusalHint: refusedWriteHints({ caller: inventory.caller, targets: inventory.accounts.map((a) => a.target), withTargets: policy.targets !== undefined, roleNameInput: request.roleName, regionsInput: request.regionsInput }),
      })
    : await executeDecisions(decisions, { ...common, mode: 'dry-run' });
  const acted = clock();
  return buildRunReport({
    mode: request.mode,
    toolVersion: VERSION,
    generatedAt: deps.now().toISOString(),
    callerAccount: inventory.caller.account,
    policy: { path: policy.path, digest: policy.digest },
    shard: request.shard,
    accounts: inventory.accounts,
    governed: scopes.map((scope) => scope.kind),
    skippedAccounts: inventory.skippedTargets,
    globalErrors: inventory.errors,
    budget,
    results,
    timings: { inventoryMs: inventoried - started, decideMs: decided - inventoried, actMs: acted - decided },
  });
}

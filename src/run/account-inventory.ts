/**
 * The read of one guarded account (takeInventory runs it for each): its role assumed and checked to
 * answer as the account, its enabled regions listed when a kind reads every one, each kind's regions
 * resolved (and shared out between a matrix run's shards), its parts swept, and what was read of
 * each kind. Never throws for an AWS failure: what cannot be read becomes a SweepError, hinted.
 */
import type { AwsClients } from '../aws/clients.js';
import { listEnabledRegions } from '../aws/account/list-regions.js';
import { sweepFailure } from '../aws/errors.js';
import { isKnownRegion, offeredIn } from '../aws/service-regions.js';
import { getCallerIdentity, type CallerIdentity } from '../aws/sts/get-caller-account.js';
import type { KindScope } from '../kinds/kind.js';
import { compareItems, kindNamed } from '../kinds/registry.js';
import { notOfferedReason, UNKNOWN_REGION_REASON } from '../kinds/services.js';
import type { InboundItem, KindName } from '../model/items.js';
import type { RegionSkip, SweepError, SweepEvent } from '../sweep/events.js';
import type { Semaphore } from '../sweep/pool.js';
import { ownsUnit, unitKey } from '../sweep/shard.js';
import { sweepAccount, type SweepPart } from '../sweep/sweep.js';
import type { Target } from '../targets/resolve-targets.js';
import type { InventoryRequest } from './inventory.js';
import { coverages, type AccountRegions, type KindCoverage, type KindCoverages } from './kind-coverage.js';
import { withOptInHint } from './opt-in-hint.js';
import { assumeRoleHint, notAllowedHint, withHint } from './targets-hint.js';

export interface AccountInventory {
  readonly target: Target;
  readonly kinds: KindCoverages;
  readonly items: readonly InboundItem[];
  readonly errors: readonly SweepError[];
}

export async function inventoryOfAccount(
  clients: AwsClients,
  target: Target,
  request: InventoryRequest,
  log: (event: SweepEvent) => void,
  shared: { readonly now: () => number; readonly units: Semaphore },
  caller: CallerIdentity,
): Promise<AccountInventory> {
  const { account } = target;
  const scopes = new Map(request.scopes.map((scope) => [scope.kind, scope]));
  const unread = (error: SweepError): AccountInventory => ({
    target,
    kinds: coverages((kind) => {
      const scope = scopes.get(kind);
      if (scope === undefined) return { state: 'not-governed' };
      return { state: 'not-read', ...(kindNamed(kind).scope === 'regional' ? { regions: { selection: selectionOf(scope), swept: [], skipped: [], failed: [] } } : {}) };
    }),
    items: [],
    errors: [error],
  });

  if (target.roleArn !== undefined) {
    // The role is assumed here, on the first call; the answer must name the account the role belongs to.
    try {
      const identity = await getCallerIdentity(clients.sts);
      if (identity.account !== account) {
        const error: SweepError = { service: 'sts', account, message: `role ${target.roleArn} answered as account ${identity.account}, not ${account}; nothing was read with it` };
        log({ type: 'account-failed', account, errorKind: 'other', error });
        return unread(error);
      }
    } catch (err) {
      const { text, kind } = sweepFailure(err, `could not assume ${target.roleArn}: `);
      // AWS's AccessDenied says what was refused, not what to deploy where, nor who the trust policy must name.
      const error = withHint({ service: 'sts', account, ...text }, assumeRoleHint(text, target, caller));
      log({ type: 'account-failed', account, errorKind: kind, error });
      return unread(error);
    }
  }

  // A read refused as not allowed most likely means that whoever read lacks the guard permissions: the
  // workflow's own credentials in their own account, else the guard role, assumed but without them.
  // Hinted as each error is made or logged, so the log's parts not read (which a run that stops after
  // its sweep names: RunLogger.notRead) say what the report's do.
  const context = { caller, withTargets: request.policy.targets !== undefined, mode: request.mode, roleNameInput: request.roleName, regionsInput: request.regionsInput };
  const hinted = (error: SweepError) => withHint(error, notAllowedHint(error, target, context));
  const logHinted = (event: SweepEvent): void => log('error' in event ? { ...event, error: hinted(event.error) } : event);
  const errors: SweepError[] = [];
  // Listed once, when some regional kind is to be read in every enabled region.
  let enabled: readonly string[] | undefined;
  if (request.scopes.some((scope) => kindNamed(scope.kind).scope === 'regional' && scope.regions === 'all')) {
    try {
      enabled = await listEnabledRegions(clients.account);
    } catch (err) {
      const { text, kind } = sweepFailure(err, 'ListRegions: ');
      const error = hinted({ service: 'account', account, ...text });
      errors.push(error);
      log({ type: 'listing-failed', what: `the enabled regions of ${account}`, errorKind: kind, error });
    }
  }

  // Every unit is (account, region) or (account, global), whichever kinds are read there: a region
  // belongs to one shard for all its kinds. Regions go by name (items follow that order).
  const ownsGlobal = ownsUnit(request.shard, unitKey(account, 'global'));
  const parts: SweepPart[] = [];
  const planned = new Map<KindName, { readonly regions: string[]; readonly skipped: RegionSkip[]; readonly others: string[] }>();
  for (const scope of request.scopes) {
    if (kindNamed(scope.kind).scope === 'global') {
      if (ownsGlobal) parts.push(...scope.services.map((service) => ({ kind: scope.kind, service })));
      continue;
    }
    // `all` with names kept (a plan's union): the names too, enabled or not, as a run with their policy alone reads them.
    const selected = scope.regions === 'all' ? [...new Set([...(enabled ?? []), ...(scope.named ?? [])])] : [...new Set(scope.regions)];
    const regions: string[] = [];
    const skipped: RegionSkip[] = [];
    const others: string[] = [];
    for (const region of [...selected].sort()) {
      // No table can say whether a service is offered in a region this release does not know: skipped as unknown, never as "not offered".
      if (!isKnownRegion(region)) {
        skipped.push({ region, reason: UNKNOWN_REGION_REASON });
        continue;
      }
      const offered = scope.services.filter((service) => offeredIn(service, region));
      for (const service of scope.services) if (!offered.includes(service)) skipped.push({ region, reason: notOfferedReason(service) });
      if (offered.length === 0) continue;
      if (!ownsUnit(request.shard, unitKey(account, region))) {
        others.push(region);
        continue;
      }
      regions.push(region);
      parts.push(...offered.map((service) => ({ kind: scope.kind, service, region })));
    }
    planned.set(scope.kind, { regions, skipped, others });
    log({ type: 'regions-resolved', account, kind: scope.kind, swept: regions, skipped, ...(enabled === undefined ? {} : { listed: true as const }) });
  }

  const sweep = await sweepAccount(clients, {
    account,
    parts,
    log: logHinted,
    ...shared,
    ...(request.progressIntervalMs === undefined ? {} : { progressIntervalMs: request.progressIntervalMs }),
  });
  const read = new Set(sweep.swept.map(partId));
  for (const { part, reason } of sweep.notInUse) {
    if (part.region !== undefined) planned.get(part.kind)?.skipped.push({ region: part.region, reason });
  }
  const kinds = coverages((kind): KindCoverage => {
    const scope = scopes.get(kind);
    if (scope === undefined) return { state: 'not-governed' };
    const mine = parts.filter((part) => part.kind === kind);
    const failed = [...new Set(mine.filter((part) => !read.has(partId(part))).map((part) => part.region ?? 'global'))];
    const plan = planned.get(kind);
    if (plan === undefined) return { state: !ownsGlobal ? 'other-shard' : failed.length > 0 ? 'failed' : 'swept' };
    const unlisted = scope.regions === 'all' && enabled === undefined;
    return {
      state: failed.length > 0 || unlisted ? 'failed' : 'swept',
      regions: { selection: selectionOf(scope), swept: plan.regions.filter((region) => !failed.includes(region)), skipped: plan.skipped, failed, ...(plan.others.length > 0 ? { otherShards: plan.others } : {}) },
    };
  });
  // A regional "security token invalid" after these credentials were accepted here is most likely an opt-in region not enabled.
  const acceptedElsewhere = sweep.swept.length > 0 || enabled !== undefined;
  // The one order items are reported in (compareItems), which a merge of shards sorts by too: the
  // parts' order follows the policy (its security services as it lists them), not that order.
  return { target, kinds, items: [...sweep.items].sort(compareItems), errors: [...errors, ...sweep.errors.map((error) => hinted(withOptInHint(error, acceptedElsewhere)))] };
}

function selectionOf(scope: KindScope): AccountRegions['selection'] {
  return scope.regions === 'all' ? 'all' : 'list';
}

function partId(part: SweepPart): string {
  return `${part.kind}/${part.service}/${part.region ?? 'global'}`;
}

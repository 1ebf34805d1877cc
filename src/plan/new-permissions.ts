/**
 * The IAM actions a PR's policy needs that the base branch's did not: the services it newly reads
 * (a `ram` or `security-services` section added, a service added to `security-services.services`,
 * handshake types or regions where none were read) and the region list when it newly reads some
 * kind in every enabled region. A plan's own read surfaces a missing read permission (it fails,
 * naming the action refused), but not one called only when there is something to look at, nor a
 * write: a scheduled runs' role that leaves out the families the base did not govern (iam/README.md
 * allows it) would lack it until the next enforce run fails on it. The comment says so, once
 * (render-policy-changes.ts), and the JSON report's plan section has it. Pure.
 */
import type { KindScope } from '../kinds/kind.js';
import { kindNamed, sweepScopes } from '../kinds/registry.js';
import { LIST_REGIONS_PERMISSION, READ_PERMISSIONS, SERVICE_NAMES, WRITE_PERMISSION, type ServiceName } from '../kinds/services.js';
import type { Policy, RegionSelection } from '../policy/types.js';

/** What the PR's policy newly needs, every list in SERVICE_NAMES order. */
export interface NewPermissions {
  /** The services the PR's policy reads and the base's does not. */
  readonly services: readonly ServiceName[];
  /** Their read actions (and account:ListRegions when newly needed): iam/read.json's, for dry-run and plan roles; iam/enforce.json has them too. */
  readonly read: readonly string[];
  /** Their write actions: iam/enforce.json's, for enforce roles. */
  readonly write: readonly string[];
}

const regional = (scope: KindScope): boolean => kindNamed(scope.kind).scope === 'regional';

/** The services a policy's scopes read: a regional kind with no region reads none. */
function servicesRead(scopes: readonly KindScope[]): Set<ServiceName> {
  return new Set(scopes.flatMap((s) => (regional(s) && s.regions !== 'all' && s.regions.length === 0 ? [] : s.services)));
}

/** Whether a run lists the account's enabled regions: some regional kind is read in every one (run/account-inventory.ts). */
function listsRegions(scopes: readonly KindScope[]): boolean {
  return scopes.some((s) => regional(s) && s.regions === 'all');
}

/**
 * What `head` (the PR's policy) newly needs over `base`, each read with the `regions` input as a
 * scheduled run with it would; undefined when nothing.
 */
export function newPermissions(base: Policy, head: Policy, regionsInput?: RegionSelection | undefined): NewPermissions | undefined {
  const before = sweepScopes(base, regionsInput);
  const after = sweepScopes(head, regionsInput);
  const had = servicesRead(before);
  const reads = servicesRead(after);
  const services = SERVICE_NAMES.filter((s) => reads.has(s) && !had.has(s));
  const read = [...services.flatMap((s) => READ_PERMISSIONS[s]), ...(listsRegions(after) && !listsRegions(before) ? [LIST_REGIONS_PERMISSION] : [])];
  if (read.length === 0) return undefined;
  return { services, read, write: services.map((s) => WRITE_PERMISSION[s]) };
}

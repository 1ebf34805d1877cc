/**
 * Build a validated, normalised `Policy` by hand, with every default filled in, so tests of
 * later stages do not depend on the policy parser. Entries get `index` from their place in the
 * list and a plausible `position` unless the test gives its own.
 */
import { HANDSHAKE_TYPES, type HandshakeType } from '../../src/model/items.js';
import type { IotAllowEntry, OrganizationsAllowEntry, Policy, PolicyTargets, RegionSelection, SourcePosition } from '../../src/policy/types.js';

/** An entry as a test writes it: `index` and `position` optional. */
export type IotEntryInput = Omit<IotAllowEntry, 'index' | 'position'> & Partial<Pick<IotAllowEntry, 'index' | 'position'>>;
export type OrganizationsEntryInput = Omit<OrganizationsAllowEntry, 'index' | 'position'> &
  Partial<Pick<OrganizationsAllowEntry, 'index' | 'position'>>;

export interface PolicyFragment {
  readonly path?: string;
  readonly digest?: string;
  readonly regions?: RegionSelection | undefined;
  readonly targets?: PolicyTargets | undefined;
  readonly iotAllow?: readonly IotEntryInput[];
  readonly rejectReason?: string;
  /** Default: every type in HANDSHAKE_TYPES. */
  readonly handshakeTypes?: readonly HandshakeType[];
  readonly organizationsAllow?: readonly OrganizationsEntryInput[];
  readonly maxActions?: number | undefined;
  /** The `accounts` pin, cited at line 2. */
  readonly accounts?: readonly string[] | undefined;
}

export const DEFAULT_POLICY_PATH = '.github/inbound-guard.yml';
export const DEFAULT_REJECT_REASON = 'Not expected by this account; see {policy-file}';

/** `iot.allow[i]` is cited at line 5 + 3i, `organizations.allow[i]` at line 20 + 3i. */
export const IOT_FIRST_LINE = 5;
export const ORGANIZATIONS_FIRST_LINE = 20;
export const LINES_PER_ENTRY = 3;

export function entryPosition(firstLine: number, index: number): SourcePosition {
  return { line: firstLine + LINES_PER_ENTRY * index, column: 5 };
}

export function iotAllowEntries(entries: readonly IotEntryInput[]): IotAllowEntry[] {
  return entries.map((entry, i) => ({ ...entry, index: entry.index ?? i, position: entry.position ?? entryPosition(IOT_FIRST_LINE, i) }));
}

export function organizationsAllowEntries(entries: readonly OrganizationsEntryInput[]): OrganizationsAllowEntry[] {
  return entries.map((entry, i) => ({
    ...entry,
    index: entry.index ?? i,
    position: entry.position ?? entryPosition(ORGANIZATIONS_FIRST_LINE, i),
  }));
}

export function buildPolicy(fragment: PolicyFragment = {}): Policy {
  return {
    version: 1,
    path: fragment.path ?? DEFAULT_POLICY_PATH,
    digest: fragment.digest ?? '0'.repeat(64),
    ...(fragment.targets === undefined ? {} : { targets: fragment.targets }),
    ...(fragment.accounts === undefined ? {} : { accounts: { ids: fragment.accounts, position: { line: 2, column: 11 } } }),
    iot: {
      regions: fragment.regions ?? 'all',
      allow: iotAllowEntries(fragment.iotAllow ?? []),
      rejectReason: fragment.rejectReason ?? DEFAULT_REJECT_REASON,
    },
    organizations: {
      handshakeTypes: fragment.handshakeTypes ?? HANDSHAKE_TYPES,
      allow: organizationsAllowEntries(fragment.organizationsAllow ?? []),
    },
    limits: fragment.maxActions === undefined ? {} : { maxActions: fragment.maxActions },
  };
}

/** The same policy with its allow lists re-indexed from their order (after a test edits them). */
export function reindexPolicy(policy: Policy): Policy {
  return {
    ...policy,
    iot: { ...policy.iot, allow: policy.iot.allow.map((entry, index) => ({ ...entry, index })) },
    organizations: { ...policy.organizations, allow: policy.organizations.allow.map((entry, index) => ({ ...entry, index })) },
  };
}

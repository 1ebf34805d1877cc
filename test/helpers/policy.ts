/**
 * Build a validated, normalised `Policy` by hand, with every default filled in, so tests of
 * later stages do not depend on the policy parser. Entries get `index` from their place in the
 * list and a plausible `position` unless the test gives its own.
 */
import { HANDSHAKE_TYPES, type HandshakeType } from '../../src/model/items.js';
import type { SecurityServiceName } from '../../src/model/items.js';
import { parsePolicy } from '../../src/policy/parse-policy.js';
import type { IotAllowEntry, OrganizationsAllowEntry, Policy, PolicyTargets, RamAllowEntry, RegionSelection, SecurityServicesAllowEntry, SourcePosition } from '../../src/policy/types.js';

/** An entry as a test writes it: `index` and `position` optional. */
export type IotEntryInput = Omit<IotAllowEntry, 'index' | 'position'> & Partial<Pick<IotAllowEntry, 'index' | 'position'>>;
export type OrganizationsEntryInput = Omit<OrganizationsAllowEntry, 'index' | 'position'> &
  Partial<Pick<OrganizationsAllowEntry, 'index' | 'position'>>;

export type RamEntryInput = Omit<RamAllowEntry, 'index' | 'position'> & Partial<Pick<RamAllowEntry, 'index' | 'position'>>;
export type SecurityEntryInput = Omit<SecurityServicesAllowEntry, 'index' | 'position'> & Partial<Pick<SecurityServicesAllowEntry, 'index' | 'position'>>;

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
  /** A `ram` section (at line 40, entries from line 42); absent: RAM is not governed. */
  readonly ram?: { readonly regions?: RegionSelection; readonly allow?: readonly RamEntryInput[] } | undefined;
  /** A `security-services` section (at line 60, entries from line 63; services default to all four); absent: not governed. */
  readonly securityServices?: { readonly services?: readonly SecurityServiceName[]; readonly regions?: RegionSelection; readonly allow?: readonly SecurityEntryInput[] } | undefined;
}

export const DEFAULT_POLICY_PATH = '.github/inbound-guard.yml';
export const DEFAULT_REJECT_REASON = 'Not expected by this account; see {policy-file}';

/** `iot.allow[i]` is cited at line 5 + 3i, `organizations.allow[i]` at line 20 + 3i, `ram.allow[i]` at 42 + 3i. */
export const IOT_FIRST_LINE = 5;
export const ORGANIZATIONS_FIRST_LINE = 20;
export const RAM_LINE = 40;
export const RAM_FIRST_LINE = 42;
export const SECURITY_LINE = 60;
export const SECURITY_FIRST_LINE = 63;
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
    ...(fragment.ram === undefined
      ? {}
      : {
          ram: {
            position: { line: RAM_LINE, column: 1 },
            regions: fragment.ram.regions ?? 'all',
            allow: (fragment.ram.allow ?? []).map((entry, i) => ({ ...entry, index: entry.index ?? i, position: entry.position ?? entryPosition(RAM_FIRST_LINE, i) })),
          },
        }),
    ...(fragment.securityServices === undefined
      ? {}
      : {
          securityServices: {
            position: { line: SECURITY_LINE, column: 1 },
            services: fragment.securityServices.services ?? ['guardduty', 'macie', 'securityhub', 'detective'],
            regions: fragment.securityServices.regions ?? 'all',
            allow: (fragment.securityServices.allow ?? []).map((entry, i) => ({ ...entry, index: entry.index ?? i, position: entry.position ?? entryPosition(SECURITY_FIRST_LINE, i) })),
          },
        }),
    limits: fragment.maxActions === undefined ? {} : { maxActions: fragment.maxActions },
  };
}

/** The same policy with its allow lists re-indexed from their order (after a test edits them). */
export function reindexPolicy(policy: Policy): Policy {
  return {
    ...policy,
    iot: { ...policy.iot, allow: policy.iot.allow.map((entry, index) => ({ ...entry, index })) },
    organizations: { ...policy.organizations, allow: policy.organizations.allow.map((entry, index) => ({ ...entry, index })) },
    ...(policy.ram === undefined ? {} : { ram: { ...policy.ram, allow: policy.ram.allow.map((entry, index) => ({ ...entry, index })) } }),
  };
}

/** A policy file's text as the action parses it (at .github/inbound-guard.yml); throws on any issue. */
export function parsedPolicy(text: string): Policy {
  const result = parsePolicy(text, '.github/inbound-guard.yml');
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.policy;
}

/** The validated file (keys as written, defaults filled in) to the Policy the other stages read. */
import type { PolicyDocument } from './schema.js';
import type { ValuePath } from './locate.js';
import type { IotAllowEntry, OrganizationsAllowEntry, Policy, PolicyTargets, RamAllowEntry, SecurityServicesAllowEntry, SourcePosition } from './types.js';
import { ROLE_ARN_PATTERN } from './fields.js';
import { ALL_REGIONS } from './region-fields.js';
import { POLICY_SECURITY_SERVICES, SECURITY_SERVICE_OF } from './invitation-fields.js';
import { DEFAULT_HANDSHAKE_TYPES, DEFAULT_REJECT_REASON } from './defaults.js';

/** Optional fields are left out rather than set to undefined, so results compare cleanly. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * `digestOf` is called when the digest is first read (reports of dry-run, enforce and plan), not
 * here: hashing needs node:crypto, which validate would otherwise load for nothing.
 */
export function normalise(file: PolicyDocument, path: string, digestOf: () => string, positionOf: (path: ValuePath) => SourcePosition): Policy {
  let digest: string | undefined;
  const iotAllow = (file.iot?.allow ?? []).map(
    (entry, index): IotAllowEntry => ({
      index,
      position: positionOf(['iot', 'allow', index]),
      sourceAccount: entry['source-account'],
      ...optional('note', entry.note),
      ...optional('until', entry.until),
    }),
  );
  const organizationsAllow = (file.organizations?.allow ?? []).map(
    (entry, index): OrganizationsAllowEntry => ({
      index,
      position: positionOf(['organizations', 'allow', index]),
      ...optional('organization', entry.organization),
      ...optional('managementAccount', entry['management-account']),
      ...optional('managementEmail', entry['management-email']),
      ...optional('handshakeTypes', entry['handshake-types']),
      ...optional('note', entry.note),
      ...optional('until', entry.until),
    }),
  );
  return {
    version: file.version,
    path,
    get digest() {
      return (digest ??= digestOf());
    },
    ...optional('accounts', file.accounts === undefined ? undefined : { ids: file.accounts, position: positionOf(['accounts']) }),
    ...optional('targets', targetsOf(file, positionOf)),
    iot: {
      regions: file.iot?.regions ?? ALL_REGIONS,
      allow: iotAllow,
      rejectReason: file.iot?.['reject-reason'] ?? DEFAULT_REJECT_REASON,
    },
    organizations: {
      handshakeTypes: file.organizations?.['handshake-types'] ?? [...DEFAULT_HANDSHAKE_TYPES],
      allow: organizationsAllow,
    },
    ...optional('ram', ramOf(file, positionOf)),
    ...optional('securityServices', securityServicesOf(file, positionOf)),
    limits: { ...optional('maxActions', file.limits?.['max-actions']) },
  };
}

/** Absent section: RAM is not governed (unlike iot and organizations, whose defaults govern). */
function ramOf(file: PolicyDocument, positionOf: (path: ValuePath) => SourcePosition): Policy['ram'] {
  const ram = file.ram;
  if (ram === undefined) return undefined;
  return {
    position: positionOf(['ram']),
    regions: ram.regions ?? ALL_REGIONS,
    allow: ram.allow.map(
      (entry, index): RamAllowEntry => ({
        index,
        position: positionOf(['ram', 'allow', index]),
        sourceAccount: entry['source-account'],
        ...optional('resourceTypes', entry['resource-types']),
        ...optional('note', entry.note),
        ...optional('until', entry.until),
      }),
    ),
  };
}

/** Absent section: the security services are not governed. Present: all four unless it names some. */
function securityServicesOf(file: PolicyDocument, positionOf: (path: ValuePath) => SourcePosition): Policy['securityServices'] {
  const section = file['security-services'];
  if (section === undefined) return undefined;
  return {
    position: positionOf(['security-services']),
    services: (section.services ?? POLICY_SECURITY_SERVICES).map((s) => SECURITY_SERVICE_OF[s]),
    regions: section.regions ?? ALL_REGIONS,
    allow: section.allow.map(
      (entry, index): SecurityServicesAllowEntry => ({
        index,
        position: positionOf(['security-services', 'allow', index]),
        sourceAccount: entry['source-account'],
        ...optional('services', entry.services?.map((s) => SECURITY_SERVICE_OF[s])),
        ...optional('note', entry.note),
        ...optional('until', entry.until),
      }),
    ),
  };
}

function targetsOf(file: PolicyDocument, positionOf: (path: ValuePath) => SourcePosition): PolicyTargets | undefined {
  const targets = file.targets;
  if (targets === undefined) return undefined;
  return {
    position: positionOf(['targets']),
    ...optional('roleName', targets['role-name']),
    accounts: (targets.accounts ?? []).map((id, index) => ({ id, position: positionOf(['targets', 'accounts', index]) })),
    roles: (targets.roles ?? []).map((arn, index) => ({ arn, account: ROLE_ARN_PATTERN.exec(arn)?.[1] ?? '', position: positionOf(['targets', 'roles', index]) })),
    organization: targets.organization ?? false,
    exclude: targets.exclude ?? [],
  };
}

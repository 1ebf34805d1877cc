/**
 * The rules the schema cannot express, because they relate one value to another or to the
 * policy path: duplicate allow entries, entry handshake types outside the governed set, the
 * reject reason's worst-case length. They read the raw parsed value defensively, so they run
 * even when the schema found other problems: the user sees every problem at once.
 */
import { HANDSHAKE_TYPES } from '../model/items.js';
import { DEFAULT_HANDSHAKE_TYPES } from './defaults.js';
import { ROLE_ARN_PATTERN } from './fields.js';
import { ACCOUNT_ID_PATTERN, EMAIL_PATTERN, ORGANIZATION_ID_PATTERN } from './identity-fields.js';
import { POLICY_SECURITY_SERVICES } from './invitation-fields.js';
import { formatKey, type ValuePath } from './locate.js';
import { listAlternatives } from './suggest.js';
import { templateLengthProblem, templateSyntaxProblem } from './template.js';

export interface SemanticIssue {
  readonly path: ValuePath;
  readonly message: string;
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const stringMatching = (v: unknown, pattern: RegExp): string | undefined => (typeof v === 'string' && pattern.test(v) ? v : undefined);
const isHandshakeType = (v: unknown): v is string => typeof v === 'string' && (HANDSHAKE_TYPES as readonly string[]).includes(v);

/** Reports each entry whose identity was already seen, naming the first entry and its line. */
function duplicates(entries: unknown, base: ValuePath, identity: (entry: Raw) => { key: string; says: string } | undefined, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  if (!Array.isArray(entries)) return [];
  const seen = new Map<string, number>();
  const issues: SemanticIssue[] = [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const id = identity(entry);
    if (id === undefined) return;
    const first = seen.get(id.key);
    if (first === undefined) {
      seen.set(id.key, index);
      return;
    }
    const firstPath = [...base, first];
    issues.push({
      path: [...base, index],
      message: `duplicates ${formatKey(firstPath)} (line ${lineOf(firstPath)}): both ${id.says}. Merge them into one entry.`,
    });
  });
  return issues;
}

/**
 * The names a section's list governs, read from the raw value: `fallback` when the key is absent;
 * undefined when it cannot be told (not a list, or a list whose every name is misspelt: the
 * schema reports those names, and "governs only" nothing would misstate what was written).
 */
function governedNames(listed: unknown, fallback: readonly string[], isName: (v: unknown) => v is string): readonly string[] | undefined {
  if (listed === undefined) return fallback;
  if (!Array.isArray(listed)) return undefined;
  const names = [...new Set(listed.filter(isName))];
  return names.length === 0 && listed.length > 0 ? undefined : names;
}

/** What an entry that does not narrow covers, for a duplicate's message: the governed names, or (unknown) all of them. */
const covered = (governed: readonly string[] | undefined, none: string, every: string): { readonly key: readonly string[]; readonly says: string } => {
  if (governed === undefined) return { key: ['*'], says: every };
  const sorted = [...governed].sort();
  return { key: sorted, says: sorted.length === 0 ? none : sorted.join(', ') };
};

/**
 * What an entry covers, for a duplicate's message: its own list when it narrows (`services`,
 * `handshake-types`), else the section's governed names. Undefined when its own list names nothing
 * known (every name misspelt): the schema reports each name at its line, and two such entries
 * would otherwise read as both allowing "no service" for one account.
 */
function entryCovers(narrowed: unknown, governed: readonly string[] | undefined, isName: (v: unknown) => v is string, none: string, every: string): ReturnType<typeof covered> | undefined {
  if (!Array.isArray(narrowed)) return covered(governed, none, every);
  const own = governedNames(narrowed, [], isName);
  return own === undefined ? undefined : covered(own, none, '');
}

function governedTypes(organizations: Raw): readonly string[] | undefined {
  return governedNames(organizations['handshake-types'], DEFAULT_HANDSHAKE_TYPES, isHandshakeType);
}

function organizationsIssues(organizations: Raw, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const governed = governedTypes(organizations);
  const allow = organizations.allow;
  const base: ValuePath = ['organizations', 'allow'];

  if (governed !== undefined && Array.isArray(allow)) {
    allow.forEach((entry, index) => {
      const types = isRecord(entry) ? entry['handshake-types'] : undefined;
      if (!Array.isArray(types)) return;
      types.forEach((type, t) => {
        if (!isHandshakeType(type) || governed.includes(type)) return;
        const governs = governed.length === 0 ? 'is [], so no handshake is governed' : `governs only ${listAlternatives(governed, 'and')}`;
        issues.push({
          path: [...base, index, 'handshake-types', t],
          message: `${type} is not a governed type (organizations.handshake-types ${governs}), so this entry could never apply to it. Add ${type} to organizations.handshake-types or remove it here.`,
        });
      });
    });
  }

  issues.push(
    ...duplicates(allow, base, (entry) => {
      const organization = stringMatching(entry.organization, ORGANIZATION_ID_PATTERN);
      const account = stringMatching(entry['management-account'], ACCOUNT_ID_PATTERN);
      const email = stringMatching(entry['management-email'], EMAIL_PATTERN)?.toLowerCase();
      if (organization === undefined && account === undefined && email === undefined) return undefined;
      const types = entryCovers(entry['handshake-types'], governed, isHandshakeType, 'no types', 'every governed type');
      if (types === undefined) return undefined;
      const named = [
        organization === undefined ? '' : `organization ${organization}`,
        account === undefined ? '' : `management-account ${account}`,
        email === undefined ? '' : `management-email ${email}`,
      ].filter((s) => s !== '');
      return { key: JSON.stringify([organization, account, email, types.key]), says: `allow ${named.join(' with ')} for ${types.says}` };
    }, lineOf),
  );
  return issues;
}

function iotIssues(iot: Raw, policyFile: string, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  const issues = duplicates(iot.allow, ['iot', 'allow'], (entry) => {
    const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
    return account === undefined ? undefined : { key: account, says: `allow source-account ${account}` };
  }, lineOf);
  // Only a template the user wrote: the default is never refused (a policy of `version: 1` is valid
  // whatever its path); with a path too long for it, expandRejectReason shortens the path it sends.
  const template = iot['reject-reason'];
  if (typeof template === 'string' && template !== '' && templateSyntaxProblem(template) === undefined) {
    const problem = templateLengthProblem(template, policyFile);
    if (problem !== undefined) issues.push({ path: ['iot', 'reject-reason'], message: problem });
  }
  return issues;
}

/** `ram.allow`: one entry per sending account and set of resource types. */
function ramIssues(ram: Raw, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  return duplicates(ram.allow, ['ram', 'allow'], (entry) => {
    const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
    if (account === undefined) return undefined;
    const narrowed = entry['resource-types'];
    const types = Array.isArray(narrowed) ? [...new Set(narrowed.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase()))].sort() : [];
    return { key: JSON.stringify([account, types]), says: `allow source-account ${account}${types.length ? ` for ${types.join(', ')}` : ''}` };
  }, lineOf);
}

/**
 * `security-services.allow`: each entry's services within the section's, and one entry per
 * administrator account and set of services.
 */
function securityServicesIssues(section: Raw, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  const isService = (v: unknown): v is string => typeof v === 'string' && (POLICY_SECURITY_SERVICES as readonly string[]).includes(v);
  // `services: []` is the schema's error (the list must name one): no governed set to hold entries to.
  const named = governedNames(section.services, POLICY_SECURITY_SERVICES, isService);
  const governed = named?.length === 0 ? undefined : named;
  const issues: SemanticIssue[] = [];
  const allow = section.allow;
  const base: ValuePath = ['security-services', 'allow'];
  if (governed !== undefined && Array.isArray(allow)) {
    allow.forEach((entry, index) => {
      const services = isRecord(entry) ? entry.services : undefined;
      if (!Array.isArray(services)) return;
      services.forEach((service, i) => {
        if (!isService(service) || governed.includes(service)) return;
        issues.push({
          path: [...base, index, 'services', i],
          message: `${service} is not a governed service (security-services.services governs only ${listAlternatives(governed, 'and')}), so this entry could never apply to it. Add ${service} to security-services.services or remove it here.`,
        });
      });
    });
  }
  issues.push(
    ...duplicates(allow, base, (entry) => {
      const account = stringMatching(entry['source-account'], ACCOUNT_ID_PATTERN);
      if (account === undefined) return undefined;
      const services = entryCovers(entry.services, governed, isService, 'no service', 'every governed service');
      if (services === undefined) return undefined;
      return { key: JSON.stringify([account, services.key]), says: `allow source-account ${account} for ${services.says}` };
    }, lineOf),
  );
  return issues;
}

/**
 * `targets`: it must name someone, say which role to assume where it lists bare accounts or the
 * organization, name each account once, not both list and exclude one, and stay within the
 * `accounts` pin (the pin is the promise of which accounts this policy may ever touch).
 */
function targetsIssues(targets: Raw, pin: unknown, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  const accounts = Array.isArray(targets.accounts) ? targets.accounts : [];
  const roles = Array.isArray(targets.roles) ? targets.roles : [];
  const organization = targets.organization === true;
  if (accounts.length === 0 && roles.length === 0 && !organization) {
    issues.push({ path: ['targets'], message: 'names no account to guard: list accounts (with role-name), roles, or set organization: true — or remove targets to guard only the credentials\' own account.' });
  }
  if ((accounts.length > 0 || organization) && targets['role-name'] === undefined) {
    const uses = accounts.length > 0 ? 'targets.accounts' : 'organization: true';
    issues.push({ path: ['targets'], message: `${uses} needs role-name, the role to assume in each account (e.g. role-name: inbound-guard).` });
  }
  const excluded = new Set(Array.isArray(targets.exclude) ? targets.exclude.filter((v): v is string => typeof v === 'string') : []);
  const pinned = Array.isArray(pin) ? new Set(pin.filter((v): v is string => typeof v === 'string')) : undefined;
  const seen = new Map<string, ValuePath>();
  const named: [ValuePath, string | undefined][] = [
    ...accounts.map((v, i): [ValuePath, string | undefined] => [['targets', 'accounts', i], stringMatching(v, ACCOUNT_ID_PATTERN)]),
    ...roles.map((v, i): [ValuePath, string | undefined] => [['targets', 'roles', i], typeof v === 'string' ? ROLE_ARN_PATTERN.exec(v)?.[1] : undefined]),
  ];
  for (const [path, account] of named) {
    if (account === undefined) continue;
    const first = seen.get(account);
    if (first !== undefined) {
      issues.push({ path, message: `account ${account} is already a target at ${formatKey(first)} (line ${lineOf(first)}); guard each account once.` });
      continue;
    }
    seen.set(account, path);
    if (excluded.has(account)) issues.push({ path, message: `account ${account} is both a target and in targets.exclude; remove it from one of them.` });
    if (pinned !== undefined && !pinned.has(account)) {
      issues.push({ path, message: `account ${account} is not in accounts (line ${lineOf(['accounts'])}), the only accounts this policy may govern. Add it there or remove it here.` });
    }
  }
  return issues;
}

/** Every cross-value problem in a parsed policy. `lineOf` gives the line of a path, for messages. */
export function semanticIssues(value: Raw, policyFile: string, lineOf: (path: ValuePath) => number): SemanticIssue[] {
  const issues: SemanticIssue[] = [];
  if (isRecord(value.targets)) issues.push(...targetsIssues(value.targets, value.accounts, lineOf));
  const iot = value.iot;
  issues.push(...iotIssues(isRecord(iot) ? iot : {}, policyFile, lineOf));
  const organizations = value.organizations;
  if (isRecord(organizations)) issues.push(...organizationsIssues(organizations, lineOf));
  if (isRecord(value.ram)) issues.push(...ramIssues(value.ram, lineOf));
  const securityServices = value['security-services'];
  if (isRecord(securityServices)) issues.push(...securityServicesIssues(securityServices, lineOf));
  return issues;
}

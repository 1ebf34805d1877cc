/**
 * Reads a scenario file (.yml/.yaml/.json) and checks its shape. Every error names the key,
 * the bad value and what is expected; nothing is silently coerced (an unquoted account id in
 * YAML is a number that may have lost its leading zero, so it is refused).
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { COMMERCIAL_REGIONS, isOptInRegion } from './aws-regions.ts';
import { ACCOUNT_ID } from './ids.ts';
import {
  ACCOUNT_STATES,
  CERTIFICATE_STATUSES,
  REGION_OPT_STATUSES,
  HANDSHAKE_ACTIONS,
  HANDSHAKE_STATES,
  INVITATION_SERVICES,
  RESOURCE_SHARE_INVITATION_STATUSES,
  SECURITY_SERVICES,
  type FaultRule,
  type KnobSettings,
  type RaceRule,
  type RateLimitRule,
  type Scenario,
} from './types.ts';

export function loadScenario(path: string): Scenario {
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  try {
    raw = /\.json$/i.test(path) ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new Error(`scenario ${path}: cannot parse: ${(error as Error).message}`);
  }
  return validateScenario(raw ?? {}, path);
}

type Obj = Record<string, unknown>;

const TOP_KEYS = [
  'seed',
  'defaultAccount',
  'defaultRegion',
  'pendingOwnerField',
  'credentials',
  'accounts',
  'organizations',
  'fleets',
  'certificates',
  'handshakes',
  'resourceShareInvitations',
  'securityInvitations',
  'securityServices',
  'knobs',
];

/** Check an already parsed scenario (from a file, or a `seed()` patch). */
export function validateScenario(raw: unknown, source = 'scenario'): Scenario {
  const at = (key: string): string => `${source}: ${key}`;
  const top = object(raw, source);
  onlyKeys(top, [...TOP_KEYS, 'roles'], source);
  optional(top.seed, (v) => integer(v, at('seed')));
  optional(top.defaultAccount, (v) => account(v, at('defaultAccount')));
  optional(top.defaultRegion, (v) => region(v, at('defaultRegion')));
  optional(top.pendingOwnerField, (v) => oneOf(v, ['ownedBy', 'previousOwnedBy', 'none'], at('pendingOwnerField')));
  optional(top.credentials, (v) => {
    for (const [key, value] of Object.entries(object(v, at('credentials')))) {
      const path = at(`credentials.${key}`);
      if (typeof value === 'object' && value !== null) {
        const c = object(value, path);
        onlyKeys(c, ['account', 'arn'], path);
        account(c.account, `${path}.account`);
        optional(c.arn, (a) => string(a, `${path}.arn`));
      } else account(value, path);
    }
  });
  list(top.accounts, at('accounts'), (a, path) => {
    onlyKeys(a, ['id', 'email', 'name', 'arn', ...ACCOUNT_EXTRA_KEYS], path);
    account(a.id, `${path}.id`);
    for (const k of ['email', 'name', 'arn']) optional(a[k], (v) => string(v, `${path}.${k}`));
    validateAccountExtras(a, path);
  });
  list(top.organizations, at('organizations'), (o, path) => {
    onlyKeys(o, ['id', 'managementAccount', 'managementEmail', 'managementName', 'resourceStyle', 'members', ...ORGANIZATION_EXTRA_KEYS], path);
    pattern(o.id, /^o-[a-z0-9]{10,32}$/, 'o- followed by 10-32 lowercase letters or digits', `${path}.id`);
    account(o.managementAccount, `${path}.managementAccount`);
    for (const k of ['managementEmail', 'managementName']) optional(o[k], (v) => string(v, `${path}.${k}`));
    optional(o.resourceStyle, (v) => oneOf(v, ['master', 'management'], `${path}.resourceStyle`));
    optional(o.members, (v) => array(v, `${path}.members`).forEach((m, i) => account(m, `${path}.members[${i}]`)));
    validateOrganizationExtras(o, path);
  });
  list(top.fleets, at('fleets'), (f, path) => {
    onlyKeys(f, ['account', 'region', 'count', 'statuses', 'createdFrom', 'createdTo'], path);
    account(f.account, `${path}.account`);
    optional(f.region, (v) => region(v, `${path}.region`));
    integer(f.count, `${path}.count`, 0, 50_000_000);
    optional(f.statuses, (v) => {
      for (const [status, weight] of Object.entries(object(v, `${path}.statuses`))) {
        oneOf(status, CERTIFICATE_STATUSES, `${path}.statuses key`);
        integer(weight, `${path}.statuses.${status}`, 0);
      }
    });
    for (const k of ['createdFrom', 'createdTo']) optional(f[k], (v) => time(v, `${path}.${k}`));
  });
  list(top.certificates, at('certificates'), (c, path) => {
    onlyKeys(c, ['id', 'count', 'region', 'owner', 'status', 'createdAt', 'mode', 'caCertificateId', 'previousOwner', 'transfer'], path);
    optional(c.id, (v) => pattern(v, /^[0-9a-f]{64}$/, '64 lowercase hex characters', `${path}.id`));
    optional(c.count, (v) => integer(v, `${path}.count`, 1, 1_000_000));
    if (c.id !== undefined && typeof c.count === 'number' && c.count > 1) throw new Error(`${path}: give either id or count > 1, not both`);
    optional(c.region, (v) => region(v, `${path}.region`));
    account(c.owner, `${path}.owner`);
    optional(c.status, (v) => oneOf(v, CERTIFICATE_STATUSES, `${path}.status`));
    optional(c.createdAt, (v) => time(v, `${path}.createdAt`));
    optional(c.mode, (v) => oneOf(v, ['DEFAULT', 'SNI_ONLY'], `${path}.mode`));
    optional(c.caCertificateId, (v) => pattern(v, /^[0-9a-f]{64}$/, '64 lowercase hex characters', `${path}.caCertificateId`));
    optional(c.previousOwner, (v) => account(v, `${path}.previousOwner`));
    optional(c.transfer, (v) => {
      const t = object(v, `${path}.transfer`);
      onlyKeys(t, ['to', 'message', 'at', 'rejectedAt', 'rejectReason', 'acceptedAt'], `${path}.transfer`);
      account(t.to, `${path}.transfer.to`);
      if (t.to === c.owner) throw new Error(`${path}.transfer.to: a certificate cannot be transferred to its owner ${String(c.owner)}`);
      optional(t.message, (m) => string(m, `${path}.transfer.message`, 128));
      optional(t.rejectReason, (m) => string(m, `${path}.transfer.rejectReason`, 128));
      for (const k of ['at', 'rejectedAt', 'acceptedAt']) optional(t[k], (m) => time(m, `${path}.transfer.${k}`));
    });
  });
  list(top.handshakes, at('handshakes'), (h, path) => {
    onlyKeys(h, ['id', 'action', 'state', 'organization', 'to', 'toEmail', 'resourceStyle', 'notes', 'requestedAt', 'expiresAt', 'closedAt', 'parentHandshakeId', 'transfer', 'parties', 'resources', 'count', 'arnNames'], path);
    optional(h.id, (v) => pattern(v, /^h-[0-9a-z]{8,32}$/, 'h- followed by 8-32 lowercase letters or digits', `${path}.id`));
    oneOf(h.action, HANDSHAKE_ACTIONS, `${path}.action`);
    optional(h.state, (v) => oneOf(v, HANDSHAKE_STATES, `${path}.state`));
    string(h.organization, `${path}.organization`);
    account(h.to, `${path}.to`);
    optional(h.toEmail, (v) => string(v, `${path}.toEmail`));
    optional(h.resourceStyle, (v) => oneOf(v, ['master', 'management'], `${path}.resourceStyle`));
    optional(h.arnNames, (v) => oneOf(v, ['sender', 'recipient'], `${path}.arnNames`));
    optional(h.notes, (v) => string(v, `${path}.notes`, 1024));
    for (const k of ['requestedAt', 'expiresAt', 'closedAt']) optional(h[k], (v) => time(v, `${path}.${k}`));
    optional(h.parentHandshakeId, (v) => pattern(v, /^h-[0-9a-z]{8,32}$/, 'a handshake id', `${path}.parentHandshakeId`));
    optional(h.transfer, (v) => {
      const t = object(v, `${path}.transfer`);
      onlyKeys(t, ['id', 'type', 'startAt', 'name'], `${path}.transfer`);
      optional(t.id, (x) => pattern(x, /^rt-[0-9a-z]{8,32}$/, 'rt- followed by 8-32 lowercase letters or digits', `${path}.transfer.id`));
      optional(t.type, (x) => string(x, `${path}.transfer.type`));
      optional(t.startAt, (x) => time(x, `${path}.transfer.startAt`));
      optional(t.name, (x) => string(x, `${path}.transfer.name`, 128));
    });
    optional(h.parties, (v) => array(v, `${path}.parties`));
    optional(h.resources, (v) => array(v, `${path}.resources`));
    optional(h.count, (v) => integer(v, `${path}.count`, 1, 100_000));
  });
  list(top.roles, at('roles'), validateRole);
  validateInvitations(top, at);
  optional(top.knobs, (v) => validateKnobs(v, at('knobs')));
  return top as Scenario;
}

/** resourceShareInvitations, securityInvitations, securityServices. Sender-written text is free: no check but its type. */
function validateInvitations(top: Obj, at: (key: string) => string): void {
  list(top.resourceShareInvitations, at('resourceShareInvitations'), (r, path) => {
    onlyKeys(r, ['id', 'count', 'region', 'from', 'to', 'receiverArn', 'shareName', 'shareId', 'status', 'invitedAt', 'expiresAt', 'resources'], path);
    optional(r.id, (v) => pattern(v, /^[A-Za-z0-9-]{1,64}$/, 'an invitation id such as a UUID', `${path}.id`));
    optional(r.count, (v) => integer(v, `${path}.count`, 1, 100_000));
    if (r.id !== undefined && typeof r.count === 'number' && r.count > 1) throw new Error(`${path}: give either id or count > 1, not both`);
    optional(r.region, (v) => region(v, `${path}.region`));
    account(r.from, `${path}.from`);
    account(r.to, `${path}.to`);
    if (r.from === r.to) throw new Error(`${path}.to: an account does not invite itself (from and to are both ${String(r.to)})`);
    optional(r.receiverArn, (v) => string(v, `${path}.receiverArn`));
    optional(r.shareName, (v) => string(v, `${path}.shareName`));
    optional(r.shareId, (v) => pattern(v, /^[A-Za-z0-9-]{1,64}$/, 'a share id such as a UUID', `${path}.shareId`));
    optional(r.status, (v) => oneOf(v, RESOURCE_SHARE_INVITATION_STATUSES, `${path}.status`));
    for (const k of ['invitedAt', 'expiresAt']) optional(r[k], (v) => time(v, `${path}.${k}`));
    list(r.resources, `${path}.resources`, (s, sp) => {
      onlyKeys(s, ['type', 'arn', 'count', 'status', 'statusMessage', 'scope', 'resourceGroupArn'], sp);
      pattern(s.type, /^[A-Za-z0-9-]+:[A-Za-z0-9-]+$/, 'service-code:resource-code, e.g. ec2:Subnet', `${sp}.type`);
      for (const k of ['arn', 'status', 'statusMessage', 'resourceGroupArn']) optional(s[k], (v) => string(v, `${sp}.${k}`));
      optional(s.count, (v) => integer(v, `${sp}.count`, 1, 100_000));
      optional(s.scope, (v) => oneOf(v, ['REGIONAL', 'GLOBAL'], `${sp}.scope`));
    });
  });
  list(top.securityInvitations, at('securityInvitations'), (s, path) => {
    onlyKeys(s, ['service', 'region', 'from', 'to', 'id', 'status', 'invitedAt', 'email', 'count'], path);
    oneOf(s.service, SECURITY_SERVICES, `${path}.service`);
    optional(s.region, (v) => region(v, `${path}.region`));
    optional(s.from, (v) => account(v, `${path}.from`));
    account(s.to, `${path}.to`);
    if (s.from === s.to) throw new Error(`${path}.to: an account does not invite itself (from and to are both ${String(s.to)})`);
    optional(s.id, (v) => pattern(v, /^[0-9a-f]{32}$/, '32 lowercase hex characters', `${path}.id`));
    optional(s.status, (v) => string(v, `${path}.status`));
    optional(s.invitedAt, (v) => time(v, `${path}.invitedAt`));
    optional(s.email, (v) => string(v, `${path}.email`, 64));
    if (s.email !== undefined && s.service !== 'detective') throw new Error(`${path}.email: only Detective invitations carry an email address`);
    optional(s.count, (v) => integer(v, `${path}.count`, 1, 100_000));
    const count = typeof s.count === 'number' ? s.count : 1;
    if (count > 1 && (s.from !== undefined || s.id !== undefined)) throw new Error(`${path}: with count > 1 the inviting accounts and ids are generated; leave out from and id`);
    if (count === 1 && s.from === undefined) throw new Error(`${path}.from: the inviting (administrator) account is required`);
  });
  list(top.securityServices, at('securityServices'), (s, path) => {
    onlyKeys(s, ['service', 'account', 'region', 'enabled'], path);
    oneOf(s.service, ['securityhub', 'macie2'], `${path}.service`);
    account(s.account, `${path}.account`);
    optional(s.region, (v) => region(v, `${path}.region`));
    boolean(s.enabled, `${path}.enabled`);
  });
}

export function validateKnobs(raw: unknown, path: string): KnobSettings {
  const k = object(raw, path);
  onlyKeys(k, ['latencyMs', 'rateLimits', 'faults', 'races', 'emptyPageRate', 'trailingEmptyPage', 'fullPageMarker', 'blankFinalToken', 'duplicatePageRate', 'reorderPageRate'], path);
  optional(k.latencyMs, (v) => integer(v, `${path}.latencyMs`, 0, 600_000));
  optional(k.emptyPageRate, (v) => fraction(v, `${path}.emptyPageRate`));
  optional(k.duplicatePageRate, (v) => fraction(v, `${path}.duplicatePageRate`));
  optional(k.reorderPageRate, (v) => fraction(v, `${path}.reorderPageRate`));
  for (const b of ['trailingEmptyPage', 'fullPageMarker', 'blankFinalToken']) optional(k[b], (v) => boolean(v, `${path}.${b}`));
  list(k.rateLimits, `${path}.rateLimits`, (r, p) => validateRateLimit(r, p));
  list(k.faults, `${path}.faults`, (f, p) => validateFault(f, p));
  list(k.races, `${path}.races`, (r, p) => validateRace(r, p));
  return k as KnobSettings;
}

const SERVICES = ['iot', 'organizations', 'sts', 'account', ...INVITATION_SERVICES] as const;

export function validateRateLimit(raw: unknown, path: string): RateLimitRule {
  const r = object(raw, path);
  onlyKeys(r, ['service', 'operation', 'region', 'tps', 'burst'], path);
  oneOf(r.service, SERVICES, `${path}.service`);
  optional(r.operation, (v) => string(v, `${path}.operation`));
  optional(r.region, (v) => region(v, `${path}.region`));
  positive(r.tps, `${path}.tps`);
  integer(r.burst, `${path}.burst`, 1);
  return r as unknown as RateLimitRule;
}

export function validateFault(raw: unknown, path: string): FaultRule {
  const f = object(raw, path);
  onlyKeys(f, ['service', 'operation', 'nth', 'rate', 'kind', 'error', 'times', 'account', 'region', 'id', 'phase'], path);
  optional(f.service, (v) => oneOf(v, SERVICES, `${path}.service`));
  string(f.operation, `${path}.operation`);
  oneOf(f.kind, ['http500', 'http503', 'reset', 'hang', 'error'], `${path}.kind`);
  if ((f.kind === 'error') !== (f.error !== undefined)) throw new Error(`${path}: give error {status, type, message} with kind error, and only then`);
  if (f.error !== undefined) {
    const e = object(f.error, `${path}.error`);
    onlyKeys(e, ['status', 'type', 'message'], `${path}.error`);
    integer(e.status, `${path}.error.status`, 400, 599);
    string(e.type, `${path}.error.type`);
    string(e.message, `${path}.error.message`);
  }
  optional(f.nth, (v) => integer(v, `${path}.nth`, 1));
  optional(f.rate, (v) => fraction(v, `${path}.rate`));
  if ((f.nth === undefined) === (f.rate === undefined)) throw new Error(`${path}: give exactly one of nth (the nth matching call) or rate (a probability)`);
  optional(f.times, (v) => integer(v, `${path}.times`, 1));
  optional(f.account, (v) => account(v, `${path}.account`));
  optional(f.region, (v) => region(v, `${path}.region`));
  optional(f.id, (v) => string(v, `${path}.id`));
  optional(f.phase, (v) => oneOf(v, ['before', 'after'], `${path}.phase`));
  return f as unknown as FaultRule;
}

export function validateRace(raw: unknown, path: string): RaceRule {
  const r = object(raw, path);
  onlyKeys(r, ['operation', 'id', 'outcome'], path);
  string(r.operation, `${path}.operation`);
  optional(r.id, (v) => string(v, `${path}.id`));
  oneOf(r.outcome, ['accepted', 'cancelled', 'declined', 'rejected', 'expired'], `${path}.outcome`);
  return r as unknown as RaceRule;
}

// ---------------------------------------------------------------- checks

function describe(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

function object(value: unknown, path: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${path}: expected a mapping, got ${describe(value)}`);
  return value as Obj;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${path}: expected a list, got ${describe(value)}`);
  return value;
}

function list(value: unknown, path: string, check: (item: Obj, path: string) => void): void {
  if (value === undefined) return;
  array(value, path).forEach((item, i) => check(object(item, `${path}[${i}]`), `${path}[${i}]`));
}

function optional(value: unknown, check: (value: unknown) => unknown): void {
  if (value !== undefined) check(value);
}

function onlyKeys(o: Obj, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) throw new Error(`${path}: unknown key "${key}"; expected one of ${allowed.join(', ')}`);
  }
}

function string(value: unknown, path: string, maxLength = Infinity): string {
  if (typeof value !== 'string') throw new Error(`${path}: expected a string, got ${describe(value)}`);
  if (value.length > maxLength) throw new Error(`${path}: at most ${maxLength} characters, got ${value.length}`);
  return value;
}

function pattern(value: unknown, re: RegExp, expected: string, path: string): void {
  if (typeof value !== 'string' || !re.test(value)) throw new Error(`${path}: expected ${expected}, got ${describe(value)}`);
}

function account(value: unknown, path: string): void {
  if (typeof value === 'number') throw new Error(`${path}: account id ${value} must be a quoted string ("${String(value).padStart(12, '0')}"?): YAML reads unquoted digits as a number and drops leading zeros`);
  pattern(value, ACCOUNT_ID, 'a 12-digit account id in quotes', path);
}

function region(value: unknown, path: string): void {
  pattern(value, /^[a-z]{2}(-[a-z]+)+-\d$/, 'a region such as us-east-1', path);
}

function oneOf(value: unknown, allowed: readonly string[], path: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) throw new Error(`${path}: expected one of ${allowed.join(', ')}, got ${describe(value)}`);
}

function integer(value: unknown, path: string, min = -Infinity, max = Infinity): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${path}: expected an integer${min > -Infinity ? ` >= ${min}` : ''}${max < Infinity ? ` <= ${max}` : ''}, got ${describe(value)}`);
  }
}

function positive(value: unknown, path: string): void {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) throw new Error(`${path}: expected a positive number, got ${describe(value)}`);
}

function fraction(value: unknown, path: string): void {
  if (typeof value !== 'number' || value < 0 || value > 1) throw new Error(`${path}: expected a probability between 0 and 1, got ${describe(value)}`);
}

function boolean(value: unknown, path: string): void {
  if (typeof value !== 'boolean') throw new Error(`${path}: expected true or false, got ${describe(value)}`);
}

function time(value: unknown, path: string): void {
  if (typeof value !== 'number' && typeof value !== 'string') throw new Error(`${path}: expected a time (ISO-8601, epoch ms, "now" or "-3d"), got ${describe(value)}`);
}

// ---------------------------------------------------------------- accounts, roles, regions (issue 8)

const ACCOUNT_EXTRA_KEYS = ['state', 'regions', 'joinedAt', 'joinedMethod'];
const ORGANIZATION_EXTRA_KEYS = ['delegatedAdministrators', 'accountFields', 'generateMembers'];

function validateAccountExtras(a: Obj, path: string): void {
  optional(a.state, (v) => oneOf(v, ACCOUNT_STATES, `${path}.state`));
  optional(a.regions, (v) => regionOptIns(v, `${path}.regions`));
  optional(a.joinedAt, (v) => time(v, `${path}.joinedAt`));
  optional(a.joinedMethod, (v) => oneOf(v, ['INVITED', 'CREATED'], `${path}.joinedMethod`));
}

function regionOptIns(value: unknown, path: string): void {
  for (const [name, status] of Object.entries(object(value, path))) {
    if (!COMMERCIAL_REGIONS.includes(name)) throw new Error(`${path}: "${name}" is not a region of the commercial partition (test/emulator/aws-regions.ts lists them)`);
    oneOf(status, REGION_OPT_STATUSES, `${path}.${name}`);
    if (!isOptInRegion(name) && status !== 'ENABLED_BY_DEFAULT') throw new Error(`${path}.${name}: ${name} is enabled by default in every account and cannot be ${String(status)}`);
    if (isOptInRegion(name) && status === 'ENABLED_BY_DEFAULT') throw new Error(`${path}.${name}: ${name} is an opt-in region; use ENABLED, ENABLING, DISABLING or DISABLED`);
  }
}

function validateOrganizationExtras(o: Obj, path: string): void {
  optional(o.delegatedAdministrators, (v) =>
    array(v, `${path}.delegatedAdministrators`).forEach((m, i) => {
      const at = `${path}.delegatedAdministrators[${i}]`;
      account(m, at);
      const g = o.generateMembers as { count?: unknown; firstId?: unknown } | undefined;
      const generated = typeof g?.firstId === 'string' && typeof g.count === 'number' && Number(m) >= Number(g.firstId) && Number(m) < Number(g.firstId) + g.count;
      if (!generated && !(Array.isArray(o.members) && o.members.includes(m))) throw new Error(`${at}: ${String(m)} is not a member of ${String(o.id)} (list it under members, or generate it)`);
    }),
  );
  optional(o.accountFields, (v) => oneOf(v, ['both', 'state', 'status'], `${path}.accountFields`));
  optional(o.generateMembers, (v) => {
    const p = `${path}.generateMembers`;
    const g = object(v, p);
    onlyKeys(g, ['count', 'firstId', 'name', 'email', 'regions', 'fleet', 'pendingTransfers', 'handshakes'], p);
    integer(g.count, `${p}.count`, 1, 100_000);
    account(g.firstId, `${p}.firstId`);
    const first = Number(g.firstId);
    const last = first + (g.count as number) - 1;
    if (last > 999_999_999_999) throw new Error(`${p}: ids from ${String(g.firstId)} for ${String(g.count)} accounts run past 999999999999`);
    const generated = (id: unknown): boolean => typeof id === 'string' && Number(id) >= first && Number(id) <= last;
    if (generated(o.managementAccount)) throw new Error(`${p}: the generated ids include the management account ${String(o.managementAccount)}`);
    for (const k of ['name', 'email']) optional(g[k], (x) => string(x, `${p}.${k}`));
    optional(g.regions, (x) => regionOptIns(x, `${p}.regions`));
    optional(g.fleet, (x) => {
      const f = object(x, `${p}.fleet`);
      onlyKeys(f, ['count', 'regions', 'statuses'], `${p}.fleet`);
      integer(f.count, `${p}.fleet.count`, 0, 50_000_000);
      optional(f.regions, (r) => array(r, `${p}.fleet.regions`).forEach((name, i) => region(name, `${p}.fleet.regions[${i}]`)));
      optional(f.statuses, (st) => {
        for (const [status, weight] of Object.entries(object(st, `${p}.fleet.statuses`))) {
          oneOf(status, CERTIFICATE_STATUSES, `${p}.fleet.statuses key`);
          integer(weight, `${p}.fleet.statuses.${status}`, 0);
        }
      });
    });
    optional(g.pendingTransfers, (x) => {
      const t = object(x, `${p}.pendingTransfers`);
      onlyKeys(t, ['count', 'regions', 'from', 'message', 'at'], `${p}.pendingTransfers`);
      integer(t.count, `${p}.pendingTransfers.count`, 1, 10_000);
      optional(t.regions, (r) => array(r, `${p}.pendingTransfers.regions`).forEach((name, i) => region(name, `${p}.pendingTransfers.regions[${i}]`)));
      const from = array(t.from, `${p}.pendingTransfers.from`);
      if (from.length === 0) throw new Error(`${p}.pendingTransfers.from: name at least one sending account`);
      from.forEach((id, i) => {
        account(id, `${p}.pendingTransfers.from[${i}]`);
        if (generated(id)) throw new Error(`${p}.pendingTransfers.from[${i}]: ${String(id)} is one of the generated members (a member cannot send to itself)`);
      });
      optional(t.message, (m) => string(m, `${p}.pendingTransfers.message`, 128));
      optional(t.at, (m) => time(m, `${p}.pendingTransfers.at`));
    });
    optional(g.handshakes, (x) =>
      array(x, `${p}.handshakes`).forEach((h, i) => {
        const hp = `${p}.handshakes[${i}]`;
        const entry = object(h, hp);
        for (const k of ['to', 'id', 'toEmail']) if (entry[k] !== undefined) throw new Error(`${hp}: "${k}" is set per generated member; leave it out`);
        // The same checks as a top-level handshake, addressed to the first generated member.
        validateScenario({ handshakes: [{ ...entry, to: g.firstId }] }, `${hp} (checked as a handshake)`);
      }),
    );
  });
}

function accountSelector(value: unknown, path: string): void {
  if (value === '*') return;
  if (Array.isArray(value)) {
    value.forEach((id, i) => account(id, `${path}[${i}]`));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    const sel = value as Obj;
    onlyKeys(sel, ['organization'], path);
    pattern(sel.organization, /^o-[a-z0-9]{10,32}$/, 'an organization id (o-...)', `${path}.organization`);
    return;
  }
  throw new Error(`${path}: expected "*", a list of account ids, or { organization: o-... }, got ${describe(value)}`);
}

const TRUST_PRINCIPAL = /^(\*|\d{12}|arn:aws:iam::\d{12}:(root|role\/[\w+=,.@/-]+|user\/[\w+=,.@/-]+)|arn:aws:sts::\d{12}:assumed-role\/[\w+=,.@-]+\/[\w+=,.@-]+)$/;

function validateRole(r: Obj, path: string): void {
  onlyKeys(r, ['name', 'accounts', 'except', 'trust', 'externalId', 'maxSessionDuration'], path);
  pattern(r.name, /^[\w+=,.@-]{1,64}$/, 'an IAM role name (1-64 of letters, digits and +=,.@_-)', `${path}.name`);
  accountSelector(r.accounts, `${path}.accounts`);
  optional(r.except, (v) => array(v, `${path}.except`).forEach((id, i) => account(id, `${path}.except[${i}]`)));
  const trust = array(r.trust, `${path}.trust`);
  if (trust.length === 0) throw new Error(`${path}.trust: name at least one principal (an account id, a role/user ARN, or "*")`);
  trust.forEach((t, i) => pattern(t, TRUST_PRINCIPAL, 'an account id in quotes, arn:aws:iam::<id>:root, a role or user ARN, an assumed-role session ARN, or "*"', `${path}.trust[${i}]`));
  optional(r.externalId, (v) => pattern(v, /^[\w+=,.@:/-]{2,1224}$/, 'an ExternalId (2-1224 of letters, digits and +=,.@:/_-)', `${path}.externalId`));
  optional(r.maxSessionDuration, (v) => integer(v, `${path}.maxSessionDuration`, 3600, 43200));
}

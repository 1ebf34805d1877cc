/**
 * Each input's parser: the input's text in, its value out (undefined when empty and optional), or
 * an Error that names the input, the value and what to write. Pure; read-inputs.ts calls them.
 */
import { ALERT_CHOICES, COMMENT_DETAILS, Inputs, MODES } from '../constants.js';
import { MAX_ACTIONS_LIMIT } from '../policy/defaults.js';
import { ALL_REGIONS, globalEndpointText, REGION_PATTERN, unknownRegionText } from '../policy/region-fields.js';
import { isKnownRegion } from '../aws/service-regions.js';
import type { Mode } from '../act/types.js';
import type { RegionSelection } from '../policy/types.js';
import { ROLE_NAME_PATTERN } from '../policy/fields.js';
import { parseShard, type Shard } from '../sweep/shard.js';
import { QUOTAS, quotaApiNames, quotaKeysNamed, serviceOf, type QuotaOverrides } from '../aws/quotas.js';
import { didYouMean } from '../policy/suggest.js';

export type Alert = (typeof ALERT_CHOICES)[number];

export function parseAlert(value: string): Alert {
  const alert = value.trim() || 'off';
  if ((ALERT_CHOICES as readonly string[]).includes(alert)) return alert as Alert;
  throw new Error(`Input '${Inputs.Alert}' is '${alert}'; expected off (the default) or issue (keep one issue in this repository up to date while something needs a person; the job needs permissions: issues: write).`);
}

export function parsePolicyFile(value: string): string {
  const file = value.trim() || '.github/inbound-guard.yml';
  if (file.includes('\0')) throw new Error(`Input '${Inputs.PolicyFile}' contains a NUL character; give the path of the policy file, e.g. .github/inbound-guard.yml.`);
  return file;
}

export function parseMode(value: string): Mode {
  const mode = value.trim() || 'dry-run';
  if ((MODES as readonly string[]).includes(mode)) return mode as Mode;
  throw new Error(`Input '${Inputs.Mode}' is '${mode}'; expected one of ${MODES.join(', ')} (dry-run, the default, writes nothing).`);
}

export function parseCommentDetail(value: string): (typeof COMMENT_DETAILS)[number] | undefined {
  const detail = value.trim();
  if (detail === '') return undefined;
  if ((COMMENT_DETAILS as readonly string[]).includes(detail)) return detail as (typeof COMMENT_DETAILS)[number];
  throw new Error(`Input '${Inputs.CommentDetail}' is '${detail}'; expected ${COMMENT_DETAILS.join(' or ')}, or leave it empty (summary on public repositories, full on private ones).`);
}

/**
 * `all`, or comma- or newline-separated names of regions this release knows; empty → undefined.
 * Duplicates are dropped. An unknown name fails here, before any AWS call: swept as given it would
 * be skipped as "not offered" by every service, a green run that read nothing there.
 */
export function parseRegions(value: string): RegionSelection | undefined {
  const names = value.split(/[\s,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0) return undefined;
  if (names.length === 1 && names[0] === ALL_REGIONS) return ALL_REGIONS;
  if (names.includes(ALL_REGIONS)) {
    const others = [...new Set(names.filter((name) => name !== ALL_REGIONS))].join(', ');
    throw new Error(`Input '${Inputs.Regions}' combines '${ALL_REGIONS}' with region names (${others}); give either '${ALL_REGIONS}' alone (every region enabled for each account) or only names.`);
  }
  const instead = `use '${ALL_REGIONS}' (every region enabled for each account) or names such as us-east-1 or eu-west-1, separated by commas or newlines`;
  for (const name of names) {
    if (!REGION_PATTERN.test(name)) {
      const global = globalEndpointText(name, instead);
      throw new Error(global === undefined ? `Input '${Inputs.Regions}' has '${name}', which is not an AWS region name; ${instead}.` : `Input '${Inputs.Regions}': ${global}`);
    }
    if (!isKnownRegion(name)) throw new Error(`Input '${Inputs.Regions}': ${unknownRegionText(name)}`);
  }
  return [...new Set(names)];
}

export function parseRoleName(value: string): string | undefined {
  const name = value.trim();
  if (name === '') return undefined;
  if (!ROLE_NAME_PATTERN.test(name)) {
    throw new Error(`Input '${Inputs.RoleName}' is '${name}', which is not an IAM role name; give the name (optionally with its path), e.g. inbound-guard-readonly, not an ARN.`);
  }
  return name;
}

export function parseShardInput(value: string): Shard | undefined {
  if (value.trim() === '') return undefined;
  try {
    return parseShard(value);
  } catch (error) {
    throw new Error(`Input '${Inputs.Shard}': ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function parseMaxActions(value: string): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) > MAX_ACTIONS_LIMIT) {
    throw new Error(`Input '${Inputs.MaxActions}' is '${text}'; expected a whole number from 0 to ${MAX_ACTIONS_LIMIT} (0 means never act).`);
  }
  return Number(text);
}

/** The most requests per second an override may set: far above any AWS quota for these APIs. */
const MAX_RATE_LIMIT = 10_000;
/** The least rate `rate-limits` takes: below it one call waits over 10 s for the next, and a run can outlast its job. */
const MIN_RATE_LIMIT = 0.1;

/**
 * `rate-limits`: one number (requests per second for every API in the quota table), or
 * `API=number` pairs separated by commas or newlines, each API named as the table names its
 * operation (`DescribeCertificate=5, ListCertificates=20`); empty → undefined (the table's quotas).
 * Read into the table's keys, so a rate reaches only the API the table lists under that name: the
 * table's `ListInvitations` is Security Hub's, and GuardDuty's, Macie's and Detective's stay
 * unlimited. Nothing else is accepted (no `*=N`, no `service:Operation`, no number among pairs,
 * no API named twice): two forms are all a reader of a workflow has to know.
 */
export function parseRateLimits(value: string): QuotaOverrides | undefined {
  const parts = value.split(/[\n,]+/).map((s) => s.trim()).filter((s) => s.length > 0);
  if (parts.length === 0) return undefined;
  const apis = quotaApiNames();
  const forms = `Accepted: one number of requests per second for every API (e.g. '5'), or API=number pairs separated by commas (e.g. 'DescribeCertificate=5, ListCertificates=20'), the APIs being ${apis.join(', ')}.`;
  const input = `Input '${Inputs.RateLimits}'`;

  const [only] = parts;
  if (parts.length === 1 && only !== undefined && !only.includes('=')) {
    if (!/^[-+]?\.?\d/.test(only)) throw new Error(`${input} is '${only}', which is neither a number nor API=number pairs. ${forms}`);
    const tps = parseRate(only, `${input} is '${only}'`);
    return new Map(Object.keys(QUOTAS).map((key) => [key, tps]));
  }

  const overrides = new Map<string, number>();
  const named = new Map<string, string>();
  for (const part of parts) {
    const at = part.indexOf('=');
    if (at < 0) throw new Error(`${input} has '${part}', which is not an API=number pair (a number alone must be the whole input). ${forms}`);
    const name = part.slice(0, at).trim();
    const rate = part.slice(at + 1).trim();
    const keys = quotaKeysNamed(name);
    if (keys.length === 0) throw new Error(`${input} has '${part}'; ${unknownRateApi(name, rate, apis)}`);
    const earlier = named.get(name);
    if (earlier !== undefined) throw new Error(`${input} names ${name} twice ('${earlier}' and '${part}'); give each API one rate.`);
    named.set(name, part);
    const tps = parseRate(rate, `${input} gives ${name} the rate '${rate}'`);
    for (const key of keys) overrides.set(key, tps);
  }
  return overrides;
}

/** A rate of `rate-limits`, or an error whose message starts with `said` (what the input said, value included). */
function parseRate(text: string, said: string): number {
  const tps = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || !(tps >= MIN_RATE_LIMIT) || tps > MAX_RATE_LIMIT) {
    throw new Error(`${said}; expected a number of requests per second from ${MIN_RATE_LIMIT} to ${MAX_RATE_LIMIT}, e.g. 5 or 2.5 (below ${MIN_RATE_LIMIT}, one call would wait over 10 s for the next).`);
  }
  return tps;
}

/** Why `name` (given `rate`) is not an API `rate-limits` can set, and what to write instead. */
function unknownRateApi(name: string, rate: string, apis: readonly string[]): string {
  const list = `The APIs the action rate-limits: ${apis.join(', ')}.`;
  if (name === '') return `it names no API. ${list}`;
  if (name === '*') return `'*' is not an API: a number alone ('${rate}') sets every API; to set some of them, name each. ${list}`;
  const colon = name.indexOf(':');
  if (colon >= 0) {
    const service = name.slice(0, colon);
    const operation = name.slice(colon + 1);
    const owners = quotaKeysNamed(operation).map(serviceOf);
    if (owners.includes(service)) return `name the API without its service: '${operation}=${rate}'.`;
    if (owners.length > 0) {
      return `the ${operation} the action rate-limits is ${owners.join(' and ')}'s, and is named without its service; ${service}'s is not rate limited by the action (its throttling is retried by the SDK), so it has no rate to set. ${list}`;
    }
    return `'${name}' is not an API the action rate-limits; APIs are named without their service.${didYouMean(operation, apis)} ${list}`;
  }
  return `'${name}' is not an API the action rate-limits.${didYouMean(name, apis)} ${list}`;
}

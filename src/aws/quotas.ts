/**
 * How fast AWS lets us call each API: the one table every rate limit of a run comes from.
 * Imports no SDK: the inputs reader parses overrides against it without loading one.
 */

/** The service an API belongs to, as the rate limiter keys it (and as the SDK signs it). */
export type QuotaService = 'iot' | 'organizations' | 'account' | 'securityhub';

export interface Quota {
  /** Requests per second AWS allows, per API and per account (and region, for IoT). */
  readonly tps: number;
  /** Requests AWS lets through at once after a quiet spell (its token bucket's size). */
  readonly burst: number;
  /** Where the number comes from. */
  readonly source: string;
}

const IOT_LIMITS =
  'AWS IoT Core endpoints and quotas, "AWS IoT Core API throttling limits" (https://docs.aws.amazon.com/general/latest/gr/iot-core.html): 10 TPS per account per region for each API; burst not published, taken as one second of the rate';
const ORGANIZATIONS_LIMITS =
  'not published (the Organizations quotas page names TooManyRequestsException but no rate): assumed 10 TPS per account like IoT; a lower real limit is absorbed by the SDK\'s adaptive retry';
const SECURITY_HUB_LIMITS =
  'AWS Security Hub API reference, introduction (https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html): "All other operations - RateLimit of 10 requests per second. BurstLimit of 30 requests per second", per account and region';
const ACCOUNT_LIMITS = 'AWS Account Management quotas (https://docs.aws.amazon.com/accounts/latest/reference/quotas.html): "Rate of ListRegions requests per account: 5 per second, burst to 5"';

/**
 * The documented quotas, keyed `service:Operation`. IoT quotas are per account **and region**;
 * Organizations and Account Management are global services, so theirs are per account. An API not
 * listed here is not rate limited by us: STS is called a few times per account, and RAM, GuardDuty,
 * Macie and Detective publish no rate for their invitation APIs, which a run calls a few times per
 * account and region (a page or two of invitations); their throttling, if any, is retried by the
 * SDK's adaptive retry.
 */
export const QUOTAS: Readonly<Record<string, Quota>> = {
  'iot:ListCertificates': { tps: 10, burst: 10, source: IOT_LIMITS },
  'iot:ListOutgoingCertificates': { tps: 10, burst: 10, source: IOT_LIMITS },
  'iot:DescribeCertificate': { tps: 10, burst: 10, source: IOT_LIMITS },
  'iot:RejectCertificateTransfer': { tps: 10, burst: 10, source: IOT_LIMITS },
  'organizations:ListHandshakesForAccount': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
  'organizations:DeclineHandshake': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
  'organizations:ListAccounts': { tps: 10, burst: 10, source: ORGANIZATIONS_LIMITS },
  'account:ListRegions': { tps: 5, burst: 5, source: ACCOUNT_LIMITS },
  'securityhub:ListInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
  'securityhub:DeclineInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
};

/**
 * How far under a quota we stay. The burst: a tenth of a second's worth of requests less than AWS's
 * (at least one), so AWS's bucket always holds that much more than ours when a request arrives — a
 * request may arrive up to 100 ms early (network jitter, a busy event loop) and still find a token;
 * this costs 0.1 s per phase of a run. At 10 TPS that is one request; at a raised quota it scales,
 * as the jitter it absorbs is a time, not a count. The rate: 0.5 % under, so that slack grows (by a
 * token every 20 s at 10 TPS) instead of merely holding. No more than that: on a long listing the
 * rate is the whole cost — 2 % under made a 2-million-certificate listing slower than a naive script
 * that runs into AWS's throttling and backs off (npm run bench).
 */
export const RATE_HEADROOM = 0.995;
/** The jitter the burst headroom absorbs, in seconds. */
export const JITTER_SECONDS = 0.1;

/** A client-side token bucket: `rate` tokens per second, at most `burst` saved up. */
export interface BucketLimit {
  readonly rate: number;
  readonly burst: number;
}

/**
 * The bucket we keep for an API whose quota is `quota`: just under it. A quota whose burst is too
 * small to give up the jitter's worth of requests and keep one (1 TPS, burst 1: a `rate-limits`
 * override of 1 or less) keeps a bucket of one and spaces requests a jitter further apart instead:
 * with the same bucket as AWS's, a request that arrived a few milliseconds early found AWS's empty
 * and was throttled.
 */
export function clientLimit(quota: Pick<Quota, 'tps' | 'burst'>): BucketLimit {
  const rate = quota.tps * RATE_HEADROOM;
  const burst = quota.burst - burstHeadroom(quota.tps);
  if (burst >= 1) return { rate, burst };
  return { rate: Math.min(rate, 1 / (1 / quota.tps + JITTER_SECONDS)), burst: 1 };
}

/** Requests fewer than AWS's burst that our bucket saves up: the jitter's worth at `tps`, at least one. */
export function burstHeadroom(tps: number): number {
  return Math.max(1, Math.ceil(tps * JITTER_SECONDS));
}

/**
 * Overrides of the table from the `rate-limits` input: a key of the table (`iot:DescribeCertificate`)
 * → TPS. Only the table's APIs can be overridden: an API the table does not list stays unlimited.
 */
export type QuotaOverrides = ReadonlyMap<string, number>;

/**
 * The quota of `service:operation`: the input's override (the burst follows the rate), else the
 * table's; undefined: not in the table, so not limited, whatever the overrides say.
 */
export function quotaFor(service: string, operation: string, overrides?: QuotaOverrides): Pick<Quota, 'tps' | 'burst'> | undefined {
  const key = `${service}:${operation}`;
  const listed = QUOTAS[key];
  if (listed === undefined) return undefined;
  const override = overrides?.get(key);
  if (override !== undefined) return { tps: override, burst: Math.max(1, Math.round(override)) };
  return listed;
}

/** The operation a key of the table names: `iot:DescribeCertificate` → `DescribeCertificate`. */
function operationOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The service a key of the table names: `iot:DescribeCertificate` → `iot`. */
export function serviceOf(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/**
 * The names the `rate-limits` input gives the table's APIs: each operation's name without its
 * service (`DescribeCertificate`), once, in the table's order.
 */
export function quotaApiNames(): string[] {
  return [...new Set(Object.keys(QUOTAS).map(operationOf))];
}

/** The keys of the table whose operation is `name` (`ListInvitations` → `securityhub:ListInvitations`); [] when none. */
export function quotaKeysNamed(name: string): string[] {
  return Object.keys(QUOTAS).filter((key) => operationOf(key) === name);
}

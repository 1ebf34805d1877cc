/**
 * How fast AWS lets us call each API: the one table every rate limit of a run comes from.
 * Imports no SDK: the inputs reader parses overrides against it without loading one.
 */

/** The service an API belongs to, as the rate limiter keys it (and as the SDK signs it). */
export type QuotaService = 'iot' | 'organizations' | 'account' | 'ram' | 'guardduty' | 'macie' | 'securityhub' | 'detective';

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
  'AWS Security Hub API reference, rate limits (https://docs.aws.amazon.com/securityhub/1.0/APIReference/Welcome.html): 10 requests per second, burst 30, for ListInvitations and DeclineInvitations (per account per region)';
/**
 * RAM, GuardDuty, Macie and Detective publish no per-API rate for these calls (their quotas pages
 * list resource counts only). A conservative default of ours, not a documented AWS figure: 5 TPS
 * per account per region, burst 5 — half of IoT's documented rate. A run makes a few of these
 * calls per region, so the cost is nil; a lower real limit is absorbed by the SDK's adaptive retry.
 */
const UNPUBLISHED_REGIONAL_LIMITS =
  'not published (the service quotas pages list no API rate): conservative default of 5 TPS, burst 5, per account per region; a lower real limit is absorbed by the SDK\'s adaptive retry';
const ACCOUNT_LIMITS = 'AWS Account Management quotas (https://docs.aws.amazon.com/accounts/latest/reference/quotas.html): "Rate of ListRegions requests per account: 5 per second, burst to 5"';

/**
 * The quotas, keyed `service:Operation`. IoT's (and the other regional services') are per account **and region**;
 * Organizations and Account Management are global services, so theirs are per account. An API not
 * listed here (STS) is called a few times per account and is not rate limited by us.
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
  'ram:GetResourceShareInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'ram:ListPendingInvitationResources': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'ram:RejectResourceShareInvitation': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'guardduty:ListInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'guardduty:DeclineInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'macie:ListInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'macie:DeclineInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'securityhub:ListInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
  'securityhub:DeclineInvitations': { tps: 10, burst: 30, source: SECURITY_HUB_LIMITS },
  'detective:ListInvitations': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
  'detective:RejectInvitation': { tps: 5, burst: 5, source: UNPUBLISHED_REGIONAL_LIMITS },
};

/**
 * How far under a quota we stay. The rate: 2 % under, so AWS's bucket gains on ours and absorbs a
 * request that arrives a little early (network jitter). The burst: one request less than AWS's, so
 * the first second — when AWS's bucket starts only as the first request arrives — has a request's
 * worth of slack. At 10 TPS this costs 2 % of a long listing's time and 0.1 s of a short one's.
 */
export const RATE_HEADROOM = 0.98;
export const BURST_HEADROOM = 1;

/** A client-side token bucket: `rate` tokens per second, at most `burst` saved up. */
export interface BucketLimit {
  readonly rate: number;
  readonly burst: number;
}

/** The bucket we keep for an API whose quota is `quota`: just under it. */
export function clientLimit(quota: Pick<Quota, 'tps' | 'burst'>): BucketLimit {
  return { rate: quota.tps * RATE_HEADROOM, burst: Math.max(1, quota.burst - BURST_HEADROOM) };
}

/** Overrides of the table from the `rate-limits` input: `*` or an operation name (with or without its service) → TPS. */
export type QuotaOverrides = ReadonlyMap<string, number>;

/** The quota of `service:operation`: the input's override (the burst follows the rate), else the table's; undefined: not limited. */
export function quotaFor(service: string, operation: string, overrides?: QuotaOverrides): Pick<Quota, 'tps' | 'burst'> | undefined {
  const key = `${service}:${operation}`;
  const listed = QUOTAS[key];
  const override = overrides?.get(key) ?? overrides?.get(operation) ?? (listed === undefined ? undefined : overrides?.get('*'));
  if (override !== undefined) return { tps: override, burst: Math.max(1, Math.round(override)) };
  return listed;
}

/** Operation names an override may use: the table's, with or without the service prefix. */
export function knownQuotaNames(): string[] {
  return Object.keys(QUOTAS).flatMap((key) => [key, key.slice(key.indexOf(':') + 1)]);
}

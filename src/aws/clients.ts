import { AccountClient } from '@aws-sdk/client-account';
import { IoTClient } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import type { FinalizeRequestMiddleware, MiddlewareStack } from '@smithy/types';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { CallLimiter } from './call-limiter.js';
import { clientLimit, quotaFor, type QuotaOverrides } from './quotas.js';
import type { CredentialProvider } from './sts/role-credentials.js';

/**
 * The AWS clients for one account, built here and nowhere else, then passed down.
 * Endpoints (AWS_ENDPOINT_URL_IOT, AWS_ENDPOINT_URL_ORGANIZATIONS, AWS_ENDPOINT_URL_STS,
 * AWS_ENDPOINT_URL_ACCOUNT, …) and the region come from the SDK's own default chains: there is no
 * endpoint code path of ours. Credentials too, unless an assumed role's are given.
 */
export interface AwsClients {
  /** IoT is regional: one client per region, built on first use and then reused. */
  iot(region: string): IoTClient;
  /** Organizations is global: the SDK resolves every commercial region to organizations.us-east-1. */
  readonly organizations: OrganizationsClient;
  readonly sts: STSClient;
  /** The Account API (ListRegions): global, like Organizations. */
  readonly account: AccountClient;
  /**
   * Any other regional service's client (RAM, GuardDuty, …), built on first use per region and then
   * reused, with this account's credentials and the run's settings. The caller brings the client
   * class, so a service's SDK package is loaded only by the kind that needs it (src/aws/kinds/).
   */
  regional<C>(Client: RegionalClientClass<C>, region: string): C;
}

/** A client class of the SDK (RAMClient, GuardDutyClient, …), as `regional` builds it. */
export type RegionalClientClass<C> = new (config: ReturnType<typeof commonClientConfig> & { readonly region: string; readonly credentials?: CredentialProvider }) => C;

export interface AwsClientOptions {
  /** Attempts per call, including the first; throttling and 5xx are retried with back-off. Default 5. */
  readonly maxAttempts?: number;
  /** Appended to the SDK's user agent, e.g. `inbound-guard/0.1.0`, so CloudTrail shows who called. */
  readonly userAgentSuffix?: string;
  /** Milliseconds one attempt may take before it is abandoned (and retried). Default 30 s. */
  readonly requestTimeoutMs?: number;
  /** Milliseconds to establish a connection. Default 5 s. */
  readonly connectionTimeoutMs?: number;
  /** An assumed role's credentials; absent: the SDK's default chain (the workflow's own credentials). */
  readonly credentials?: CredentialProvider | undefined;
  /** The `rate-limits` input: TPS overrides of the quota table (src/aws/quotas.ts). */
  readonly rateLimits?: QuotaOverrides | undefined;
  /** The gate every call passes; default: one per factory, shared by every account's clients. */
  readonly limiter?: CallLimiter | undefined;
}

/** Five attempts: enough for adaptive retry to ride out a throttled burst on a 10 TPS quota. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Used for the global services only when the default chain finds no region at all
 * (no AWS_REGION, no profile region): the SDK refuses to call without one, and in the
 * commercial partition Organizations and the global STS endpoint live in us-east-1 anyway.
 */
export const GLOBAL_FALLBACK_REGION = 'us-east-1';

/**
 * Without these the SDK waits forever on a connection that never answers (its requestTimeout alone
 * only logs a warning), and a scheduled run would hang until the job's own timeout. A timed-out
 * attempt is a transient error: the retry strategy tries again.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;

/** What every client of a run shares: retries, timeouts, user agent. */
export function commonClientConfig(options: AwsClientOptions) {
  return {
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
      throwOnRequestTimeout: true,
    },
    ...(options.userAgentSuffix === undefined ? {} : { customUserAgent: options.userAgentSuffix }),
  } as const;
}

/** Clients for one account; a run that guards many accounts uses awsClientFactory instead. */
export function createAwsClients(options: AwsClientOptions = {}): AwsClients {
  return awsClientFactory(options)(options.credentials);
}

/** Whose quotas a client's calls count against: an account id, or the workflow's own credentials. */
export const OWN_CREDENTIALS = 'credentials';

/**
 * Builds the clients of each account a run guards: the same retries, timeouts and user agent, one
 * lookup of the global services' region, one pool of connections and one call limiter for them
 * all; the credentials are each account's own. `account` keys the account's rate limits (its
 * quotas are its own); without it they are keyed to the workflow's own credentials.
 */
export function awsClientFactory(options: AwsClientOptions = {}): (credentials?: CredentialProvider, account?: string) => AwsClients {
  const globalRegion = globalRegionProvider();
  const limiter = options.limiter ?? new CallLimiter();
  // One pool of connections for every client: a region's endpoint is the same host for every
  // account, so connections are reused across accounts instead of each client opening its own.
  // The limiter keeps calls in flight under its cap, so the pool never queues a call that has its token.
  const agents = { httpAgent: new HttpAgent({ keepAlive: true }), httpsAgent: new HttpsAgent({ keepAlive: true }) };
  return (credentials, account = OWN_CREDENTIALS) => {
    const base = commonClientConfig(options);
    const common = { ...base, requestHandler: { ...base.requestHandler, ...agents }, ...(credentials === undefined ? {} : { credentials }) };
    const scope = (service: string, region: string) => ({ account, service, region, overrides: options.rateLimits });
    const iotClients = new Map<string, IoTClient>();
    const otherClients = new Map<RegionalClientClass<unknown>, Map<string, unknown>>();
    const organizations = new OrganizationsClient({ ...common, region: globalRegion });
    limitCalls(organizations, limiter, scope('organizations', 'global'));
    const sts = new STSClient({ ...common, region: globalRegion });
    limitCalls(sts, limiter, scope('sts', 'global'));
    let accountClient: AccountClient | undefined;
    return {
      regional<C>(Client: RegionalClientClass<C>, region: string): C {
        const byRegion = otherClients.get(Client) ?? new Map<string, unknown>();
        otherClients.set(Client, byRegion);
        let client = byRegion.get(region) as C | undefined;
        if (client === undefined) {
          client = new Client({ ...common, region });
          // Rate limited like IoT's: per (account, region, API), the service as the quota table names it.
          const limited = client as { readonly middlewareStack?: MiddlewareStack<object, object>; readonly config?: { readonly serviceId?: string } };
          if (limited.middlewareStack !== undefined) {
            limitCalls(limited as { readonly middlewareStack: MiddlewareStack<object, object> }, limiter, scope(quotaService(limited.config?.serviceId), region));
          }
          byRegion.set(region, client);
        }
        return client;
      },
      iot(region: string): IoTClient {
        let client = iotClients.get(region);
        if (client === undefined) {
          client = new IoTClient({ ...common, region });
          limitCalls(client, limiter, scope('iot', region));
          iotClients.set(region, client);
        }
        return client;
      },
      organizations,
      sts,
      get account(): AccountClient {
        if (accountClient === undefined) {
          accountClient = new AccountClient({ ...common, region: globalRegion });
          limitCalls(accountClient, limiter, scope('account', 'global'));
        }
        return accountClient;
      },
    };
  };
}

/** The SDK's service id (`RAM`, `GuardDuty`, `Macie2`, `SecurityHub`, `Detective`) as the quota table keys it. */
export function quotaService(serviceId: string | undefined): string {
  const id = (serviceId ?? 'unknown').toLowerCase().replace(/\s+/g, '');
  return id === 'macie2' ? 'macie' : id;
}

/** The middleware's name in each client's stack. */
export const CALL_LIMITER_MIDDLEWARE = 'inboundGuardCallLimiter';

/**
 * Every attempt of every call of `client` waits for its (account, region, API) bucket and a slot.
 * Placed inside the retry loop (so a retry waits its turn like any call) and before signing (so a
 * call that waited is signed when it leaves, not when it asked).
 */
export function limitCalls<I extends object, O extends object>(
  client: { readonly middlewareStack: MiddlewareStack<I, O> },
  limiter: CallLimiter,
  scope: { readonly account: string; readonly service: string; readonly region: string; readonly overrides?: QuotaOverrides | undefined },
): void {
  const middleware: FinalizeRequestMiddleware<I, O> = (next, context) => async (args) => {
    const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
    const quota = quotaFor(scope.service, operation, scope.overrides);
    const release = await limiter.acquire(`${scope.account} ${scope.region} ${scope.service}:${operation}`, quota === undefined ? undefined : clientLimit(quota));
    try {
      return await next(args);
    } finally {
      release();
    }
  };
  client.middlewareStack.addRelativeTo(middleware, { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: CALL_LIMITER_MIDDLEWARE, override: true });
}

/**
 * The region the global services are called in: the SDK's default chain (AWS_REGION, then the
 * shared config profile), else `us-east-1`. Resolved once, on the first call that needs it.
 */
export function globalRegionProvider(): () => Promise<string> {
  let resolved: Promise<string> | undefined;
  return () => {
    resolved ??= new STSClient({}).config.region().catch(() => GLOBAL_FALLBACK_REGION);
    return resolved;
  };
}

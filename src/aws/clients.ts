import { AccountClient } from '@aws-sdk/client-account';
import { IoTClient } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import type { FinalizeRequestMiddleware, InitializeMiddleware, MiddlewareStack } from '@smithy/types';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { CallLimiter } from './call-limiter.js';
import { recordFailedCall } from './failed-call.js';
import { clientLimit, quotaFor, type QuotaOverrides } from './quotas.js';
import { Sha256 } from './sha256.js';
import type { CredentialProvider } from './sts/role-credentials.js';
import { addUnansweredAttempts, mayHaveBeenMade } from './unanswered-attempts.js';

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
   * A regional service's client (IoT, RAM, GuardDuty, …), built on first use per region and then
   * reused, with this account's credentials, the run's settings and its call limiter (`service`:
   * the signing name the limiter keys the quotas by, e.g. `ram`, `macie2`). The caller brings the
   * client class, so a service's SDK package is loaded only by the kind that needs it.
   */
  regional<C extends LimitableClient>(service: string, Client: RegionalClientClass<C>, region: string): C;
}

/** What the call limiter hooks into: any SDK client. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every client's stack has its own input and output types
export interface LimitableClient<I extends object = any, O extends object = any> {
  readonly middlewareStack: MiddlewareStack<I, O>;
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
  /** Timeouts and the pool of connections; default: one per factory (sharedRequestHandler). */
  readonly requestHandler?: SharedRequestHandler | undefined;
}

/** What every client of a run is given as its `requestHandler`: the timeouts and one pool of connections. */
export type SharedRequestHandler = ReturnType<typeof sharedRequestHandler>;

/**
 * The timeouts and one pool of connections for every client of a run, the STS clients that assume
 * the guard roles included: a region's endpoint is the same host for every account, so connections
 * are reused across accounts instead of each client opening its own (and keeping it open). Never
 * call a client's destroy(): the SDK's handler destroys its agents, and these are every client's.
 */
export function sharedRequestHandler(options: Pick<AwsClientOptions, 'requestTimeoutMs' | 'connectionTimeoutMs'> = {}) {
  return {
    ...timeouts(options),
    httpAgent: new HttpAgent({ keepAlive: true }),
    httpsAgent: new HttpsAgent({ keepAlive: true }),
  } as const;
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

/** A request handler's timeouts: an attempt that takes too long throws (and is retried). */
function timeouts(options: Pick<AwsClientOptions, 'requestTimeoutMs' | 'connectionTimeoutMs'>) {
  return {
    requestTimeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    connectionTimeout: options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
    throwOnRequestTimeout: true,
  } as const;
}

/** What every client of a run shares: retries, timeouts, user agent. */
export function commonClientConfig(options: AwsClientOptions) {
  return {
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: timeouts(options),
    ...(options.userAgentSuffix === undefined ? {} : { customUserAgent: options.userAgentSuffix }),
    // Signing's hashes, with binary HMAC keys as KeyObjects: src/aws/sha256.ts says why.
    sha256: Sha256,
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
  // The limiter keeps calls in flight under its cap, so the pool never queues a call that has its token.
  const requestHandler = options.requestHandler ?? sharedRequestHandler(options);
  return (credentials, account = OWN_CREDENTIALS) => {
    const common = { ...commonClientConfig(options), requestHandler, ...(credentials === undefined ? {} : { credentials }) };
    const scope = (service: string, region: string) => ({ account, service, region, overrides: options.rateLimits });
    // Every client: its calls limited, the attempts that went unanswered counted, and its errors named by their call.
    const prepare = <I extends object, O extends object>(client: LimitableClient<I, O>, service: string, region: string): void => {
      limitCalls(client, limiter, scope(service, region));
      countUnansweredAttempts(client);
      nameFailedCalls(client, service);
    };
    const organizations = new OrganizationsClient({ ...common, region: globalRegion });
    prepare(organizations, 'organizations', 'global');
    const sts = new STSClient({ ...common, region: globalRegion });
    prepare(sts, 'sts', 'global');
    let accountClient: AccountClient | undefined;
    const regionalClients = new Map<string, unknown>();
    const regional = <C extends LimitableClient>(service: string, Client: RegionalClientClass<C>, region: string): C => {
      const key = `${service} ${region}`;
      let client = regionalClients.get(key) as C | undefined;
      if (client === undefined) {
        client = new Client({ ...common, region });
        prepare(client as unknown as LimitableClient<object, object>, service, region);
        regionalClients.set(key, client);
      }
      return client;
    };
    return {
      regional,
      iot(region: string): IoTClient {
        return regional('iot', IoTClient, region);
      },
      organizations,
      sts,
      get account(): AccountClient {
        if (accountClient === undefined) {
          accountClient = new AccountClient({ ...common, region: globalRegion });
          prepare(accountClient, 'account', 'global');
        }
        return accountClient;
      },
    };
  };
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
  // Each operation's bucket key and limit, worked out on its first call (the limiter keeps a bucket's first limit anyway).
  const buckets = new Map<string, { readonly key: string; readonly limit: ReturnType<typeof clientLimit> | undefined }>();
  const bucketOf = (commandName: string | undefined) => {
    const operation = (commandName ?? 'Unknown').replace(/Command$/, '');
    let bucket = buckets.get(operation);
    if (bucket === undefined) {
      const quota = quotaFor(scope.service, operation, scope.overrides);
      bucket = { key: `${scope.account} ${scope.region} ${scope.service}:${operation}`, limit: quota === undefined ? undefined : clientLimit(quota) };
      buckets.set(operation, bucket);
    }
    return bucket;
  };
  const middleware: FinalizeRequestMiddleware<I, O> = (next, context) => async (args) => {
    const { key, limit } = bucketOf(context.commandName);
    const release = await limiter.acquire(key, limit);
    try {
      return await next(args);
    } finally {
      release();
    }
  };
  client.middlewareStack.addRelativeTo(middleware, { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: CALL_LIMITER_MIDDLEWARE, override: true });
}

/** The middleware's name in each client's stack. */
export const UNANSWERED_ATTEMPTS_MIDDLEWARE = 'inboundGuardUnansweredAttempts';

/**
 * Counts, within the retry loop, the attempts of each call of `client` that got no answer or a
 * server error (mayHaveBeenMade), and records their number against what the call ends in, its
 * output or its error (unanswered-attempts.ts): a write whose retry meets the item answered already
 * may then have been made by this call. Placed after signing, nearest the wire: an error of ours
 * before the request leaves (credentials, the limiter) is not an attempt AWS saw.
 */
export function countUnansweredAttempts<I extends object, O extends object>(client: { readonly middlewareStack: MiddlewareStack<I, O> }): void {
  const middleware: FinalizeRequestMiddleware<I, O> = (next, context) => async (args) => {
    // The context is the call's, shared by its attempts.
    const call = context as { inboundGuardUnanswered?: number };
    try {
      const answer = await next(args);
      addUnansweredAttempts(answer.output, call.inboundGuardUnanswered ?? 0);
      return answer;
    } catch (err) {
      const before = call.inboundGuardUnanswered ?? 0;
      if (mayHaveBeenMade(err)) call.inboundGuardUnanswered = before + 1;
      if (typeof err === 'object' && err !== null) addUnansweredAttempts(err, before);
      throw err;
    }
  };
  client.middlewareStack.addRelativeTo(middleware, { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: UNANSWERED_ATTEMPTS_MIDDLEWARE, override: true });
}

/** The middleware's name in each client's stack. */
export const FAILED_CALLS_MIDDLEWARE = 'inboundGuardFailedCalls';

/**
 * Records, for the error a call of `client` ends in, the IAM action the call needs (failed-call.ts):
 * `service` (the signing name: `iot`, `macie2`, …, which is also the actions' prefix) and the
 * operation (`ListInvitations`). Outermost (initialize), so it sees the error `send` throws.
 */
export function nameFailedCalls<I extends object, O extends object>(client: { readonly middlewareStack: MiddlewareStack<I, O> }, service: string): void {
  const middleware: InitializeMiddleware<I, O> = (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (err) {
      if (context.commandName !== undefined) recordFailedCall(err, `${service}:${context.commandName.replace(/Command$/, '')}`);
      throw err;
    }
  };
  client.middlewareStack.add(middleware, { step: 'initialize', name: FAILED_CALLS_MIDDLEWARE, override: true });
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

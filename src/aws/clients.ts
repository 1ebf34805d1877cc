import { AccountClient } from '@aws-sdk/client-account';
import { IoTClient } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
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
}

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

/**
 * Builds the clients of each account a run guards: the same retries, timeouts and user agent, and
 * one lookup of the global services' region for them all; the credentials are each account's own.
 */
export function awsClientFactory(options: AwsClientOptions = {}): (credentials?: CredentialProvider) => AwsClients {
  const globalRegion = globalRegionProvider();
  return (credentials) => {
    const common = { ...commonClientConfig(options), ...(credentials === undefined ? {} : { credentials }) };
    const iotClients = new Map<string, IoTClient>();
    let account: AccountClient | undefined;
    return {
      iot(region: string): IoTClient {
        let client = iotClients.get(region);
        if (client === undefined) {
          client = new IoTClient({ ...common, region });
          iotClients.set(region, client);
        }
        return client;
      },
      organizations: new OrganizationsClient({ ...common, region: globalRegion }),
      sts: new STSClient({ ...common, region: globalRegion }),
      get account(): AccountClient {
        account ??= new AccountClient({ ...common, region: globalRegion });
        return account;
      },
    };
  };
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

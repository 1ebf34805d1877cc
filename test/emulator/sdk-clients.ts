/**
 * Real AWS SDK clients pointed at a running emulator, for tests (ours and other engineers').
 * The retry strategy keeps the SDK's own error classification (THROTTLING / TRANSIENT) but waits
 * a fixed short delay, so retry tests take milliseconds instead of the default jittered backoff.
 */
import { AccountClient } from '@aws-sdk/client-account';
import { IoTClient, type IoTClientConfig } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import type { EmulatorHandle } from './index.ts';

type RetryStrategy = NonNullable<IoTClientConfig['retryStrategy']>;
type AwsCredentials = NonNullable<IoTClientConfig['credentials']>;

interface Token {
  getRetryCount(): number;
  getRetryDelay(): number;
}

/** Retry throttling and transient errors up to `maxAttempts` in all, `delayMs` apart (the SDK waits). */
export function quickRetry(maxAttempts: number, delayMs = 20): RetryStrategy {
  const token = (count: number, delay: number): Token => ({ getRetryCount: () => count, getRetryDelay: () => delay });
  return {
    mode: 'standard',
    acquireInitialRetryToken: async () => token(0, 0),
    refreshRetryTokenForRetry: async (previous: Token, errorInfo: { errorType: string }) => {
      const next = previous.getRetryCount() + 1;
      const retryable = errorInfo.errorType === 'THROTTLING' || errorInfo.errorType === 'TRANSIENT';
      if (!retryable || next >= maxAttempts) throw new Error('No retry token available');
      return token(next, delayMs);
    },
    recordSuccess: () => undefined,
  } as unknown as RetryStrategy;
}

export interface ClientOptions {
  region?: string;
  /** Total attempts (default 1: no retries, so errors surface as they are sent). */
  maxAttempts?: number;
  retryDelayMs?: number;
  /**
   * Client-side timeout for each attempt (for `hang` faults). Note: with this SDK a requestTimeout
   * alone only logs a warning; the request is aborted only with throwOnRequestTimeout, set here.
   */
  requestTimeoutMs?: number;
  /** Use the SDK's default retry strategy (real jittered backoff) instead of quickRetry. */
  defaultRetry?: boolean;
}

export interface SdkClients {
  iot: IoTClient;
  organizations: OrganizationsClient;
  sts: STSClient;
  account: AccountClient;
}

/**
 * Clients acting as `account` with its long-term emulator key, or, with `credentials`, as
 * whatever those are (e.g. the temporary credentials of an AssumeRole).
 */
export function sdkClients(emulator: EmulatorHandle, account: string, options: ClientOptions = {}, credentials?: AwsCredentials): SdkClients {
  const attempts = options.maxAttempts ?? 1;
  const config = {
    endpoint: emulator.url,
    region: options.region ?? emulator.defaultRegion,
    credentials: credentials ?? emulator.credentials(account),
    ...(options.defaultRetry ? { maxAttempts: attempts } : { retryStrategy: quickRetry(attempts, options.retryDelayMs) }),
    ...(options.requestTimeoutMs === undefined ? {} : { requestHandler: { requestTimeout: options.requestTimeoutMs, throwOnRequestTimeout: true } }),
  };
  return {
    iot: new IoTClient(config),
    organizations: new OrganizationsClient(config),
    sts: new STSClient(config),
    account: new AccountClient(config),
  };
}

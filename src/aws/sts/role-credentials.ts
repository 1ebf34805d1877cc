import type { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { Sha256 } from '../sha256.js';

/** A credential provider as the SDK clients take it, and what it yields. */
export type CredentialProvider = ReturnType<typeof fromTemporaryCredentials>;
type Credentials = Awaited<ReturnType<CredentialProvider>>;

/** An hour: the longest a chained role session may last (the workflow's own credentials are usually a role session). */
export const ROLE_SESSION_SECONDS = 3600;

/** Credentials are renewed this long before they expire, so no call starts on credentials about to lapse. */
const RENEW_BEFORE_MS = 5 * 60_000;

export interface RoleCredentialOptions {
  readonly roleArn: string;
  /** Shows in the target account's CloudTrail: who assumed the role, for which run. */
  readonly sessionName: string;
  /** The region of the STS client that calls AssumeRole (regional STS endpoint). */
  readonly region: () => Promise<string>;
  readonly userAgent?: string | undefined;
  readonly maxAttempts?: number | undefined;
  /**
   * The run's timeouts and pool of connections (aws/clients.ts sharedRequestHandler): without them
   * AssumeRole would wait forever on a connection that never answers, and each role's STS client
   * would keep a connection of its own open.
   */
  readonly requestHandler?: object | undefined;
  /** The clock, for renewal. */
  readonly now?: () => number;
}

/**
 * Credentials for a role, assumed with the workflow's own credentials (the SDK's default chain) as
 * configure-aws-credentials' role chaining does, through the SDK's own provider. Every client of
 * one account shares the returned provider, so the role is assumed once and renewed before it
 * expires, not once per client. The SDK's provider package (every provider, Cognito's client
 * among them) is imported on the first request for credentials: a run that assumes no role never
 * loads it (npm run cold-start).
 */
export function roleCredentials(options: RoleCredentialOptions): CredentialProvider {
  let assume: CredentialProvider | undefined;
  const provider: CredentialProvider = async (...args) => {
    const { fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
    assume ??= fromTemporaryCredentials({
      params: { RoleArn: options.roleArn, RoleSessionName: options.sessionName, DurationSeconds: ROLE_SESSION_SECONDS },
      clientConfig: {
        region: options.region,
        sha256: Sha256,
        ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
        ...(options.userAgent === undefined ? {} : { customUserAgent: options.userAgent }),
        ...(options.requestHandler === undefined ? {} : { requestHandler: options.requestHandler }),
      },
    });
    return assume(...args);
  };
  return shareCredentials(provider, options.now ?? Date.now);
}

/** One request for credentials at a time, reused until shortly before they expire; a failure is not cached. */
export function shareCredentials(provider: CredentialProvider, now: () => number): CredentialProvider {
  let current: Promise<Credentials> | undefined;
  return async () => {
    if (current !== undefined) {
      const held = await current.catch(() => undefined);
      const expires = held?.expiration?.getTime();
      if (held !== undefined && (expires === undefined || expires - now() > RENEW_BEFORE_MS)) return held;
    }
    const next = provider();
    current = next;
    return next;
  };
}

import type { STSClient } from '@aws-sdk/client-sts';
import { classifyAwsError } from '../errors.js';

/**
 * Whether the SDK's credential chain yields anything, without calling AWS: resolving the provider
 * of the STS client runs the same default chain (env, web identity, profile, container, IMDS)
 * every call would. Only "nothing found" is an answer; any other error is thrown as it is.
 */
export async function findCredentials(sts: STSClient): Promise<{ found: true } | { found: false; why: string }> {
  try {
    await sts.config.credentials();
    return { found: true };
  } catch (error) {
    const { name, message } = classifyAwsError(error);
    if (name === 'CredentialsProviderError') return { found: false, why: message || name };
    throw error;
  }
}

import { STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { findCredentials } from '../src/aws/sts/find-credentials.js';

/** An STS client whose credential provider fails with an error of this name (no AWS call is made). */
function stsFailingWith(name: string, message: string): STSClient {
  return new STSClient({
    region: 'us-east-1',
    credentials: async () => {
      throw Object.assign(new Error(message), { name });
    },
  });
}

describe('findCredentials', () => {
  it('finds credentials the provider resolves', async () => {
    const sts = new STSClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } });
    await expect(findCredentials(sts)).resolves.toEqual({ found: true });
  });

  it('"nothing found" (CredentialsProviderError) is an answer, with the provider\'s reason', async () => {
    const sts = stsFailingWith('CredentialsProviderError', 'Could not load credentials from any providers');
    await expect(findCredentials(sts)).resolves.toEqual({ found: false, why: 'Could not load credentials from any providers' });
  });

  it('a CredentialsProviderError without a message still says why, by name', async () => {
    await expect(findCredentials(stsFailingWith('CredentialsProviderError', ''))).resolves.toEqual({ found: false, why: 'CredentialsProviderError' });
  });

  it.each(['ExpiredToken', 'AccessDenied', 'TimeoutError', 'Error'])('any other failure (%s) is thrown as it is, not mistaken for "no credentials"', async (name) => {
    const sts = stsFailingWith(name, `the provider failed: ${name}`);
    await expect(findCredentials(sts)).rejects.toMatchObject({ name, message: `the provider failed: ${name}` });
  });
});

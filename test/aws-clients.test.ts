import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedEnvironment } from './helpers/saved-env.js';
import { ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
import { createAwsClients, DEFAULT_MAX_ATTEMPTS, GLOBAL_FALLBACK_REGION } from '../src/aws/clients.js';
import { rejectsWith } from './helpers/rejections.js';

// The region comes from the SDK's default chain: make it depend on AWS_REGION only.
const SAVED_KEYS = ['AWS_REGION', 'AWS_CONFIG_FILE', 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_ORGANIZATIONS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
const saved = savedEnvironment(SAVED_KEYS);
beforeEach(() => {
  process.env['AWS_CONFIG_FILE'] = '/nonexistent/inbound-guard-test-config';
  delete process.env['AWS_PROFILE'];
  delete process.env['AWS_ENDPOINT_URL'];
  delete process.env['AWS_ENDPOINT_URL_ORGANIZATIONS'];
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIDTEST';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';
  delete process.env['AWS_SESSION_TOKEN'];
});
afterEach(() => {
  saved.restore();
});

describe('createAwsClients', () => {
  it('builds one IoT client per region and reuses it', async () => {
    const clients = createAwsClients();
    const west = clients.iot('eu-west-1');
    expect(clients.iot('eu-west-1')).toBe(west);
    expect(clients.iot('us-east-1')).not.toBe(west);
    expect(await west.config.region()).toBe('eu-west-1');
    expect(await clients.iot('us-east-1').config.region()).toBe('us-east-1');
  });

  it('retries adaptively with 5 attempts by default, or as many as asked', async () => {
    const clients = createAwsClients();
    for (const client of [clients.iot('eu-west-1'), clients.organizations, clients.sts]) {
      expect(await client.config.maxAttempts()).toBe(DEFAULT_MAX_ATTEMPTS);
      expect(client.config.retryMode).toBe('adaptive');
    }
    expect(await createAwsClients({ maxAttempts: 2 }).organizations.config.maxAttempts()).toBe(2);
  });

  it('appends the user agent suffix', () => {
    const clients = createAwsClients({ userAgentSuffix: 'inbound-guard/0.1.0' });
    expect(JSON.stringify(clients.iot('eu-west-1').config.customUserAgent)).toContain('inbound-guard/0.1.0');
  });

  it('leaves the global services on the configured region when there is one', async () => {
    process.env['AWS_REGION'] = 'eu-central-1';
    const clients = createAwsClients();
    expect(await clients.organizations.config.region()).toBe('eu-central-1');
    expect(await clients.sts.config.region()).toBe('eu-central-1');
  });

  it('falls back to us-east-1 for the global services when no region is configured', async () => {
    delete process.env['AWS_REGION'];
    const clients = createAwsClients();
    expect(GLOBAL_FALLBACK_REGION).toBe('us-east-1');
    expect(await clients.organizations.config.region()).toBe('us-east-1');
    expect(await clients.sts.config.region()).toBe('us-east-1');
  });

  it.each([['eu-central-1'], [undefined]])('sends Organizations calls to organizations.us-east-1 (AWS_REGION %s)', async (region) => {
    if (region === undefined) delete process.env['AWS_REGION'];
    else process.env['AWS_REGION'] = region;
    const { organizations } = createAwsClients({ maxAttempts: 1 });
    let host: unknown;
    // Stop at the build step: the endpoint is resolved, nothing is signed or sent.
    organizations.middlewareStack.add(
      () => async (args) => {
        host = (args.request as { hostname?: unknown }).hostname;
        throw new Error('stop before sending');
      },
      { step: 'build' },
    );
    await rejectsWith(organizations.send(new ListHandshakesForAccountCommand({})), 'stop before sending');
    expect(host).toBe('organizations.us-east-1.amazonaws.com');
  });
});

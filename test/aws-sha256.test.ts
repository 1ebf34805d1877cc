/**
 * src/aws/sha256.ts: the signing hashes the clients use instead of the SDK's own class. Same
 * digests as Node's reference for every kind of key the SDK hands over (none, a string, bytes, a
 * view into larger bytes, an ArrayBuffer), binary keys passed to Node as KeyObjects made once per
 * key, and a request signed by our clients byte for byte as the SDK's default would sign it.
 */
import { createHash, createHmac } from 'node:crypto';
import { IoTClient, ListCertificatesCommand } from '@aws-sdk/client-iot';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commonClientConfig, createAwsClients } from '../src/aws/clients.js';
import { Sha256 } from '../src/aws/sha256.js';
import { roleCredentials } from '../src/aws/sts/role-credentials.js';

const nodeCrypto = vi.hoisted(() => ({ hmacKeys: [] as unknown[], secretKeys: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:crypto')>();
  return {
    ...original,
    createHmac: (algorithm: string, key: Parameters<typeof original.createHmac>[1]) => {
      nodeCrypto.hmacKeys.push(key);
      return original.createHmac(algorithm, key);
    },
    createSecretKey: (key: Uint8Array) => {
      nodeCrypto.secretKeys += 1;
      return original.createSecretKey(key);
    },
  };
});

/** What roleCredentials asks the SDK's provider for (its STS client signs AssumeRole). */
const provider = vi.hoisted(() => ({ options: [] as { clientConfig?: Record<string, unknown> }[] }));
vi.mock('@aws-sdk/credential-providers', () => ({
  fromTemporaryCredentials: (options: { clientConfig?: Record<string, unknown> }) => {
    provider.options.push(options);
    return async () => ({ accessKeyId: 'ASIAROLE', secretAccessKey: 'role-secret', sessionToken: 'token' });
  },
}));

afterEach(() => {
  nodeCrypto.hmacKeys.length = 0;
  nodeCrypto.secretKeys = 0;
  vi.useRealTimers();
});

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

async function digestOf(secret: string | Uint8Array | ArrayBuffer | undefined, chunks: readonly (string | Uint8Array)[]): Promise<string> {
  const hash = new Sha256(secret);
  for (const chunk of chunks) hash.update(chunk);
  return hex(await hash.digest());
}

/** Node's own; as the SDK's class does, no secret or an empty string means a plain hash (empty bytes are an HMAC key). */
function reference(secret: string | Uint8Array | ArrayBuffer | undefined, chunks: readonly (string | Uint8Array)[]): string {
  const key = secret instanceof ArrayBuffer ? new Uint8Array(secret) : secret;
  const hash = key === undefined || key === '' ? createHash('sha256') : createHmac('sha256', key);
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
}

const chunk = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.uint8Array({ maxLength: 80 }));
const secret = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.uint8Array({ maxLength: 80 }),
  // A view into larger bytes: only its own window is the key.
  fc.tuple(fc.uint8Array({ minLength: 3, maxLength: 80 }), fc.nat(), fc.nat()).map(([bytes, a, b]) => {
    const start = a % (bytes.length - 1);
    return bytes.subarray(start, start + 1 + (b % (bytes.length - start - 1)));
  }),
  fc.uint8Array({ maxLength: 80 }).map((bytes) => bytes.slice().buffer),
);

describe('Sha256', () => {
  it("gives Node's SHA-256 and HMAC-SHA256 for any key and any chunks", async () => {
    await fc.assert(
      fc.asyncProperty(secret, fc.array(chunk, { maxLength: 5 }), async (key, chunks) => {
        expect(await digestOf(key, chunks)).toBe(reference(key, chunks));
      }),
    );
  });

  it('hands binary keys to Node as KeyObjects, one per key however many hashes use it; a string key as it is', async () => {
    const signingKey = new Uint8Array(32).fill(7);
    await digestOf(signingKey, ['a']);
    await digestOf(signingKey, ['b']);
    await digestOf('AWS4secret', ['c']);
    expect(nodeCrypto.hmacKeys.map((key) => (typeof key === 'string' ? 'string' : (key as { type?: string }).type))).toEqual(['secret', 'secret', 'string']);
    expect(nodeCrypto.hmacKeys[0]).toBe(nodeCrypto.hmacKeys[1]);
    expect(nodeCrypto.secretKeys).toBe(1);
    // Other bytes, other key (the cache is by the key's identity, and equal contents give equal digests).
    expect(await digestOf(new Uint8Array(32).fill(7), ['a'])).toBe(reference(signingKey, ['a']));
    expect(nodeCrypto.secretKeys).toBe(2);
  });

  it("an empty string is no secret (a plain hash, as the SDK's class has it); empty bytes are an HMAC key", async () => {
    expect(await digestOf('', ['abc'])).toBe(createHash('sha256').update('abc').digest('hex'));
    expect(await digestOf(new Uint8Array(0), ['abc'])).toBe(createHmac('sha256', Buffer.alloc(0)).update('abc').digest('hex'));
    expect(await digestOf(new Uint8Array(0), ['abc'])).not.toBe(await digestOf('', ['abc']));
  });

  it('an HMAC is finished once digested; a plain hash goes on from where it was; reset starts again', async () => {
    const hmac = new Sha256('k');
    hmac.update('abc');
    await hmac.digest();
    expect(() => hmac.update('more')).toThrow('Attempted to update an already finished hash.');
    hmac.reset();
    hmac.update('xyz');
    expect(hex(await hmac.digest())).toBe(reference('k', ['xyz']));

    const plain = new Sha256();
    plain.update('abc');
    expect(hex(await plain.digest())).toBe(reference(undefined, ['abc']));
    plain.update('def');
    expect(hex(await plain.digest())).toBe(reference(undefined, ['abc', 'def']));
    plain.reset();
    expect(hex(await plain.digest())).toBe(reference(undefined, []));
    expect(new Sha256().digestLength).toBe(32);
  });
});

describe('signing with it', () => {
  /** The Authorization header `client` puts on a ListCertificates request, which is then not sent. */
  async function authorizationOf(client: IoTClient): Promise<string> {
    let authorization = '';
    client.middlewareStack.addRelativeTo(
      () => (args: { request: unknown }) => {
        authorization = (args.request as { headers: Record<string, string> }).headers.authorization ?? '';
        throw new Error('captured');
      },
      { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'capture' },
    );
    await client.send(new ListCertificatesCommand({ pageSize: 250 })).catch((error: unknown) => {
      if ((error as Error).message !== 'captured') throw error;
    });
    return authorization;
  }

  it("signs a request exactly as the SDK's own hashes do (same time, same credentials)", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T12:00:00Z'));
    const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
    const ours = createAwsClients({ credentials: async () => credentials, maxAttempts: 1 }).iot('eu-west-1');
    // The same settings without ours: the SDK's default hashes (an explicit undefined would override its default).
    const withoutOurs = Object.fromEntries(Object.entries(commonClientConfig({ maxAttempts: 1 })).filter(([name]) => name !== 'sha256'));
    const sdks = new IoTClient({ ...withoutOurs, region: 'eu-west-1', credentials });
    expect(ours.config.sha256).toBe(Sha256);
    expect(sdks.config.sha256).not.toBe(Sha256);

    const [a, b] = [await authorizationOf(ours), await authorizationOf(sdks)];
    expect(a).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261126\/eu-west-1\/iot\/aws4_request, SignedHeaders=\S+, Signature=[0-9a-f]{64}$/);
    expect(a).toBe(b);
    // Our class did the HMACs, with the derived signing key as a KeyObject.
    expect(nodeCrypto.hmacKeys.some((key) => (key as { type?: string }).type === 'secret')).toBe(true);
  });
});

describe('assuming a role', () => {
  it('signs AssumeRole with the same hashes', async () => {
    const credentials = await roleCredentials({ roleArn: 'arn:aws:iam::123456789012:role/inbound-guard', sessionName: 'run-1', region: async () => 'us-east-1' })();
    expect(credentials.accessKeyId).toBe('ASIAROLE');
    expect(provider.options).toHaveLength(1);
    expect(provider.options[0]?.clientConfig?.sha256).toBe(Sha256);
  });
});

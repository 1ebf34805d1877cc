import { createHash, createHmac, createSecretKey, type Hash, type Hmac, type KeyObject } from 'node:crypto';
import type { Checksum, SourceData } from '@smithy/types';

/**
 * SHA-256 and HMAC-SHA256 for the SDK's request signing (the clients' `sha256` setting), the same
 * digests as the SDK's own class but with binary HMAC keys handed to Node as KeyObjects.
 *
 * Why: Node 24 decides whether an HMAC key is a KeyObject by reading a private field inside
 * try/catch, so every createHmac with a Buffer key throws and catches a TypeError, stack trace
 * included: `node scripts/hmac-key-cost.js` measured 24 µs a call (31 µs 50 frames deeper) under
 * Node 24.21 against 5 to 6 µs with a KeyObject or a string key, and 4 to 6 µs for every kind of
 * key under Node 20 (a busy 2-core machine, 2026-11-26). Signing a request takes at least two
 * HMACs with binary keys (the signing key, cached by the SDK per date, region and service; and on
 * a cache miss the chain that derives it): 7 % of the action's CPU in an organization's sweep
 * (npm run bench -- --quick --only organization --cpu-prof DIR). A string key (the secret access
 * key) is not affected and is passed as it is. Each binary key's KeyObject is kept as long as the
 * key's own bytes are (a WeakMap on the key), so the signer's cached signing key is converted once.
 */
export class Sha256 implements Checksum {
  readonly digestLength = 32;
  private readonly key: string | KeyObject | undefined;
  private hash: Hash | Hmac;
  private finished = false;

  constructor(secret?: SourceData) {
    // As the SDK's own class: no secret, or an empty string, is a plain hash.
    this.key = secret === undefined || secret === '' ? undefined : hmacKey(secret);
    this.hash = this.start();
  }

  update(data: Uint8Array | string): void {
    if (this.finished) throw new Error('Attempted to update an already finished hash.');
    this.hash.update(data);
  }

  // The SDK's interface is asynchronous; the work is not.
  async digest(): Promise<Uint8Array> {
    let out: Buffer;
    if (this.key === undefined) {
      // A plain hash may go on being updated after a digest (as the SDK's own class allows).
      out = (this.hash as Hash).copy().digest();
    } else {
      this.finished = true;
      out = this.hash.digest();
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  }

  reset(): void {
    this.hash = this.start();
    this.finished = false;
  }

  private start(): Hash | Hmac {
    return this.key === undefined ? createHash('sha256') : createHmac('sha256', this.key);
  }
}

const keyObjects = new WeakMap<object, KeyObject>();

/** A string as it is; binary key bytes as a KeyObject, made once per key. */
function hmacKey(secret: SourceData): string | KeyObject {
  if (typeof secret === 'string') return secret;
  let key = keyObjects.get(secret);
  if (key === undefined) {
    const bytes = ArrayBuffer.isView(secret) ? new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength) : new Uint8Array(secret);
    key = createSecretKey(bytes);
    keyObjects.set(secret, key);
  }
  return key;
}

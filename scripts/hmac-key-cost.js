// node scripts/hmac-key-cost.js (under the Node to measure; `npm exec -- node scripts/hmac-key-cost.js`
// for the project's Node 24): what one createHmac('sha256', key).update(…).digest() costs with the
// key as a Buffer, as a KeyObject and as a string, called from a shallow and from a deep stack, and
// the same through src/aws/sha256.ts's class (from lib/: run `npm run compile` first). Why
// src/aws/sha256.ts hands binary keys to Node as KeyObjects. Prints figures; asserts nothing.
import { createHmac, createSecretKey } from 'node:crypto';
import { existsSync } from 'node:fs';

const ROUNDS = 100_000;
const bytes = Buffer.alloc(32, 7);
const keyObject = createSecretKey(bytes);
const text = 'x'.repeat(32);

/** Microseconds per call of `f`, after a warm-up. */
function perCall(f) {
  for (let i = 0; i < 2_000; i++) f();
  const started = process.hrtime.bigint();
  for (let i = 0; i < ROUNDS; i++) f();
  return Number(process.hrtime.bigint() - started) / 1e3 / ROUNDS;
}

/** Calls `f` under `depth` more frames (an SDK middleware stack is a few dozen deep). */
const deep = (depth, f) => (depth === 0 ? f() : deep(depth - 1, f));

const cases = {
  'Buffer key': () => createHmac('sha256', bytes).update('to sign').digest(),
  'KeyObject key': () => createHmac('sha256', keyObject).update('to sign').digest(),
  'string key': () => createHmac('sha256', text).update('to sign').digest(),
};
const sha256Module = new URL('../lib/aws/sha256.js', import.meta.url);
if (existsSync(sha256Module)) {
  const { Sha256 } = await import(sha256Module.href);
  // The signer's cached signing key: the same bytes object on every request.
  cases['src/aws/sha256.ts, same key bytes'] = () => {
    const hmac = new Sha256(bytes);
    hmac.update(Buffer.from('to sign'));
    return hmac.digest();
  };
}

console.log(`createHmac('sha256') under Node ${process.versions.node}, ${ROUNDS.toLocaleString('en-US')} calls each:`);
const rows = Object.entries(cases).map(([name, f]) => ({
  key: name,
  'µs a call': Number(perCall(f).toFixed(2)),
  'µs a call, 50 frames deeper': Number(perCall(() => deep(50, f)).toFixed(2)),
}));
console.table(rows);

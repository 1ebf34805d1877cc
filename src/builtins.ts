/**
 * The Node built-ins whose module is loaded on first use rather than at start-up. Loading
 * node:crypto costs a run 25 to 29 M instructions (it brings the stream modules with it: the
 * node:crypto part of npm run cold-start -- --instructions), node:os and node:fs/promises about
 * 9 and 8 M (valgrind on `node -e "require('os')"` against `node -e 0`): together about a quarter
 * of what validate spent over a bare node, for values validate never needs or that need no module.
 */

/** os.EOL, which is exactly this (lib/os.js), without loading node:os. */
export const EOL = process.platform === 'win32' ? '\r\n' : '\n';

/** os.tmpdir(), node:os loaded only when asked. */
export function tmpdir(): string {
  return process.getBuiltinModule('node:os').tmpdir();
}

/** sha256 of the bytes (UTF-8 for text), hex; node:crypto loaded only when asked. */
export function sha256Hex(data: string | Uint8Array): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(data).digest('hex');
}

/**
 * A version-4 UUID's shape from Math.random, for the runner's output delimiters: they
 * must be unknown to whoever wrote the value when it was written, and be absent from it, which
 * setOutput (src/runner/files.ts) checks before writing. Neither needs a cryptographic generator (nor node:crypto).
 */
export function uuidShaped(): string {
  const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const variant = (8 + Math.floor(Math.random() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

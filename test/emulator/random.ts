/**
 * Deterministic randomness: every random choice the emulator makes (generated ids, fault rates,
 * empty pages) comes from one seeded generator, so a scenario replays identically.
 */
import { hash } from 'node:crypto';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet: string): string;
}

/** mulberry32: small, fast, good enough for test data; not for anything secret. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const chars = (length: number, alphabet: string): string => {
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(int(alphabet.length));
    return String.fromCharCode(...codes);
  };
  return { next, int, chars };
}

/** One-shot: a generated fleet hashes every id it serves, and crypto.hash skips the Hash object. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

export const HEX = '0123456789abcdef';
export const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';

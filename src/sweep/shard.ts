/**
 * Splitting a run over GitHub's job matrix: the work is a set of units — one per (account, region)
 * for regional kinds and one per account for global ones — and shard i of n takes the units whose
 * key hashes to i. Each unit belongs to exactly one shard whatever the others see; n jobs that see
 * the same accounts and regions cover every unit once. When they do not (the organization changed
 * while the matrix ran), the merge finds the units no shard read (AccountRegions.otherShards) and
 * reports them as not read.
 */

/** `i/n`: this job is shard i (1-based) of n. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** The unit key of a regional kind in one region, or of the global kinds (`global`). */
export function unitKey(account: string, region: string | 'global'): string {
  return `${account}/${region}`;
}

/** Whether this shard does the unit. Without a shard, every unit is this job's. */
export function ownsUnit(shard: Shard | undefined, key: string): boolean {
  if (shard === undefined || shard.count === 1) return true;
  return mix(fnv1a(key)) % shard.count === shard.index - 1;
}

/** `i/n` with 1 ≤ i ≤ n ≤ 256, or an error that says what to write. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new Error(`'${text}' is not a shard: write i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS}, e.g. \${{ matrix.shard }}/3 for a matrix of shard: [1, 2, 3].`);
  }
  return { index, count };
}

/** GitHub allows 256 jobs per matrix. */
export const MAX_SHARDS = 256;

/**
 * MurmurHash3's finaliser: FNV-1a's low bits are weak (its lowest bit is only the parity of the odd
 * characters), so `% n` for an even n would send every region of an account whose name has the same
 * parity to the same shard. Mixed, each bit depends on every bit of the key.
 */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** 32-bit FNV-1a over UTF-16 code units: stable across runs, machines and Node versions. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

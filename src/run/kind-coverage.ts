/**
 * What was read of each kind in one account: its state and, for a regional kind, its regions. The
 * inventory, the run report, the merge and the plan all speak it; it imports nothing that reads AWS.
 */
import { KIND_NAMES } from '../kinds/registry.js';
import type { KindName } from '../model/items.js';
import type { RegionSkip } from '../sweep/events.js';

/** Which regions of one account a regional kind was read in, skipped by choice, or failed. */
export interface AccountRegions {
  /** `all`: listed with Account ListRegions; `list`: as the input or policy named them. */
  readonly selection: 'all' | 'list';
  readonly swept: readonly string[];
  readonly skipped: readonly RegionSkip[];
  readonly failed: readonly string[];
  /**
   * A shard of a matrix run only: the regions this shard found to read but left to the other
   * shards. The merge checks that some shard read (or failed) each one: shards that saw different
   * accounts or regions (the organization changed while the matrix ran) must not leave a gap unsaid.
   */
  readonly otherShards?: readonly string[];
  /** A merged report only: regions some shard left to the others that none of them read (also in `failed`). */
  readonly readByNoShard?: readonly string[];
  /**
   * A merged report only: the regions owned by a shard whose report is missing (also in `failed`);
   * that shard's entry in `errors` (service `shard`) says so, once for all its regions.
   */
  readonly notReported?: readonly string[];
  /**
   * A plan's report only, in an account the PR's policy guards: regions the one sweep read (or tried
   * to) for the base branch's policy alone. The PR's policy does not read them, so they are in none
   * of swept, skipped or failed, and the report has no item of them; what could not be read there
   * is in plan.baseOnlyErrors.
   */
  readonly readForBase?: readonly string[];
}

/**
 * swept / failed: read completely or not (a regional kind: in every region it was to be read in);
 * not-governed: the policy does not govern the kind, nothing was read; not-read: the account could
 * not be reached; other-shard: a global kind read by another shard of a matrix run.
 */
export type HandshakeCoverage = 'swept' | 'failed' | 'not-governed' | 'not-read' | 'other-shard';

/** What was read of one kind in one account. */
export interface KindCoverage {
  readonly state: HandshakeCoverage;
  /** Regional kinds the policy governs: the regions. */
  readonly regions?: AccountRegions | undefined;
}

/** Every kind's coverage, by kind name. */
export type KindCoverages = Readonly<Record<KindName, KindCoverage>>;

/** One coverage per kind, every kind present. */
export function coverages(of: (kind: KindName) => KindCoverage): KindCoverages {
  return Object.fromEntries(KIND_NAMES.map((kind) => [kind, of(kind)])) as Record<KindName, KindCoverage>;
}

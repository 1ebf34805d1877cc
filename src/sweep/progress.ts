/**
 * Progress of one region's sweep, for a log line at a steady interval while it lasts: pure, with
 * the clock passed in. Quiet for a sweep shorter than one interval.
 */

/** What a progress line says. Counts only: nothing here comes from a sender. */
export interface RegionProgress {
  readonly elapsedMs: number;
  /** ListCertificates pages read so far, and the certificates on them (any status). */
  readonly pages: number;
  readonly certificates: number;
  /** Distinct certificates in PENDING_TRANSFER found so far. */
  readonly pending: number;
  /** Pending certificates described so far (incoming ones; outgoing ones are not described). */
  readonly described: number;
  /** Whether the listing has ended (describes may still be running). */
  readonly listed: boolean;
  readonly pagesPerSecond: number;
  /** Estimated time left, and what the estimate rests on; absent when there is nothing to rest it on. */
  readonly remaining?: { readonly ms: number; readonly basis: 'creation-dates' | 'describe-rate' } | undefined;
}

/** Progress lines per region at this interval; none before one interval has passed. */
export const PROGRESS_INTERVAL_MS = 10_000;

/**
 * Counts a region's sweep as it goes and says when a progress line is due. The listing gives no
 * total, so the time left is estimated from creation dates: certificates are listed oldest first,
 * so the share of the time between the oldest certificate and now that the listing has covered is
 * the share of the region read — exact for a fleet created at an even pace, rough otherwise.
 * Once the listing has ended, the total is known and the describes' own rate gives the time left.
 */
export class RegionProgressTracker {
  private readonly start: number;
  private next: number;
  private pages = 0;
  private certificates = 0;
  private pending = 0;
  private described = 0;
  private toDescribe: number | undefined;
  private listedAt: number | undefined;
  private describedAtListed = 0;
  private oldest: number | undefined;
  private reached: number | undefined;
  private readonly now: () => number;
  private readonly intervalMs: number;

  constructor(now: () => number, intervalMs = PROGRESS_INTERVAL_MS) {
    this.now = now;
    this.intervalMs = intervalMs;
    this.start = now();
    this.next = this.start + intervalMs;
  }

  /** A page arrived: `pending` is the count of distinct pending certificates so far. */
  page(read: number, pending: number, createdFrom: number | undefined, createdTo: number | undefined): RegionProgress | undefined {
    this.pages += 1;
    this.certificates += read;
    this.pending = pending;
    if (this.oldest === undefined && this.pages === 1) this.oldest = createdFrom;
    if (createdTo !== undefined) this.reached = createdTo;
    return this.due();
  }

  /** The listing ended; `toDescribe` incoming certificates are to be described in all. */
  listingDone(toDescribe: number): void {
    this.listedAt = this.now();
    this.toDescribe = toDescribe;
    this.describedAtListed = this.described;
  }

  /** One certificate was described. */
  describe(): RegionProgress | undefined {
    this.described += 1;
    return this.due();
  }

  private due(): RegionProgress | undefined {
    const now = this.now();
    if (now < this.next) return undefined;
    while (this.next <= now) this.next += this.intervalMs;
    const elapsedMs = now - this.start;
    return {
      elapsedMs,
      pages: this.pages,
      certificates: this.certificates,
      pending: this.pending,
      described: this.described,
      listed: this.listedAt !== undefined,
      pagesPerSecond: elapsedMs > 0 ? (this.pages * 1000) / elapsedMs : 0,
      remaining: this.remaining(now),
    };
  }

  private remaining(now: number): RegionProgress['remaining'] {
    if (this.listedAt !== undefined && this.toDescribe !== undefined) {
      const done = this.described - this.describedAtListed;
      const left = this.toDescribe - this.described;
      if (done <= 0 || left <= 0) return undefined;
      return { ms: (left * (now - this.listedAt)) / done, basis: 'describe-rate' };
    }
    if (this.oldest === undefined || this.reached === undefined || this.pages < 2) return undefined;
    const covered = (this.reached - this.oldest) / (now - this.oldest);
    if (!(covered > 0 && covered < 1)) return undefined;
    return { ms: ((now - this.start) * (1 - covered)) / covered, basis: 'creation-dates' };
  }
}

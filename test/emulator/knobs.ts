/**
 * Realism knobs: token-bucket rate limits, latency, injected faults and races. All off by
 * default; set from the scenario's `knobs` or at run time through the handle.
 */
import type { Rng } from './random.ts';
import { validateFault, validateRace, validateRateLimit } from './scenario.ts';
import type { FaultError, FaultKind, FaultRule, KnobSettings, RaceOutcome, RaceRule, RateLimitRule, ServiceName } from './types.ts';

export interface CallContext {
  service: ServiceName;
  operation: string;
  account: string;
  region: string;
  /** The certificate or handshake id the call names, if any. */
  targetId?: string | undefined;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

interface FaultState {
  rule: FaultRule;
  seen: number;
  fired: number;
}

export class Knobs {
  latencyMs = 0;
  emptyPageRate = 0;
  trailingEmptyPage = false;
  fullPageMarker = false;
  blankFinalToken = false;
  duplicatePageRate = 0;
  reorderPageRate = 0;
  /** The items of each page sent with a token, by scope and token (kept only while duplicatePageRate is set). */
  private readonly pagesByToken = new Map<string, readonly unknown[]>();
  private rateLimits: RateLimitRule[] = [];
  private readonly buckets = new Map<string, Bucket>();
  private faults: FaultState[] = [];
  private races: RaceRule[] = [];
  private readonly rng: Rng;
  private readonly now: () => number;

  constructor(rng: Rng, now: () => number) {
    this.rng = rng;
    this.now = now;
  }

  apply(settings: KnobSettings): void {
    if (settings.latencyMs !== undefined) this.latencyMs = settings.latencyMs;
    if (settings.emptyPageRate !== undefined) this.emptyPageRate = settings.emptyPageRate;
    if (settings.trailingEmptyPage !== undefined) this.trailingEmptyPage = settings.trailingEmptyPage;
    if (settings.fullPageMarker !== undefined) this.fullPageMarker = settings.fullPageMarker;
    if (settings.blankFinalToken !== undefined) this.blankFinalToken = settings.blankFinalToken;
    if (settings.duplicatePageRate !== undefined) this.duplicatePageRate = settings.duplicatePageRate;
    if (settings.reorderPageRate !== undefined) this.reorderPageRate = settings.reorderPageRate;
    for (const rule of settings.rateLimits ?? []) this.setRateLimit(rule);
    for (const rule of settings.faults ?? []) this.injectFault(rule);
    for (const rule of settings.races ?? []) this.raceBeforeNext(rule);
  }

  // ------------------------------------------------------------ rate limits

  /** Add or replace the rule for (service, operation, region); null removes every rule. */
  setRateLimit(rule: RateLimitRule | null): void {
    this.buckets.clear();
    if (rule === null) {
      this.rateLimits = [];
      return;
    }
    validateRateLimit(rule, 'setRateLimit');
    const same = (r: RateLimitRule): boolean => r.service === rule.service && r.operation === rule.operation && r.region === rule.region;
    this.rateLimits = [...this.rateLimits.filter((r) => !same(r)), { ...rule }];
  }

  /** Take a token for this call; false means throttle it. The most specific matching rule decides. */
  take(call: CallContext): boolean {
    const rule = this.rateLimits
      .filter((r) => r.service === call.service && (r.operation === undefined || r.operation === call.operation) && (r.region === undefined || r.region === call.region || isGlobal(call.service)))
      .sort((a, b) => specificity(b) - specificity(a))[0];
    if (!rule) return true;
    // Organizations and Account are global: one bucket per account whatever region the client signed for.
    const region = isGlobal(call.service) ? 'global' : call.region;
    const key = `${rule.service}|${rule.operation ?? '*'}|${rule.region ?? '*'}|${call.operation}|${call.account}|${region}`;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: rule.burst, updatedMs: now };
    bucket.tokens = Math.min(rule.burst, bucket.tokens + ((now - bucket.updatedMs) / 1000) * rule.tps);
    bucket.updatedMs = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  // ------------------------------------------------------------ faults

  injectFault(rule: FaultRule): void {
    validateFault(rule, 'injectFault');
    this.faults.push({ rule: { ...rule }, seen: 0, fired: 0 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Count this call against every matching fault rule; the first rule that fires wins. */
  faultFor(call: CallContext): { kind: FaultKind; phase: 'before' | 'after'; error?: FaultError | undefined } | undefined {
    let hit: { kind: FaultKind; phase: 'before' | 'after'; error?: FaultError | undefined } | undefined;
    for (const f of this.faults) {
      const r = f.rule;
      if (r.operation !== call.operation || (r.service && r.service !== call.service)) continue;
      if ((r.account && r.account !== call.account) || (r.region && r.region !== call.region) || (r.id && r.id !== call.targetId)) continue;
      f.seen += 1;
      const limit = r.times ?? (r.nth !== undefined ? 1 : Infinity);
      if (hit || f.fired >= limit) continue;
      const fires = r.nth !== undefined ? f.seen >= r.nth : this.rng.next() < (r.rate ?? 0);
      if (fires) {
        f.fired += 1;
        hit = { kind: r.kind, phase: r.phase ?? 'before', error: r.error };
      }
    }
    return hit;
  }

  // ------------------------------------------------------------ races

  raceBeforeNext(rule: RaceRule): void {
    validateRace(rule, 'raceBeforeNext');
    this.races.push({ ...rule });
  }

  /** The race armed for this call (consumed), with the id it applies to. */
  raceFor(call: CallContext): { outcome: RaceOutcome; id: string } | undefined {
    const index = this.races.findIndex((r) => r.operation === call.operation && (r.id === undefined || r.id === call.targetId));
    if (index < 0) return undefined;
    const [rule] = this.races.splice(index, 1) as [RaceRule];
    const id = rule.id ?? call.targetId;
    return id === undefined ? undefined : { outcome: rule.outcome, id };
  }

  /**
   * The duplicate- and reordered-page knobs for one page of a list call: `scope` names the list
   * (operation, account, region), `token` is the marker the page was asked with, `next` the one it
   * hands out. Returns the items to send.
   */
  pageItems<T>(scope: string, token: string | undefined, next: string | undefined, items: readonly T[]): T[] {
    let out = [...items];
    if (this.duplicatePageRate > 0) {
      const previous = token === undefined ? undefined : this.pagesByToken.get(`${scope}|${token}`);
      if (previous !== undefined && this.rng.next() < this.duplicatePageRate) out = [...(previous as T[]), ...out];
      if (next !== undefined) this.pagesByToken.set(`${scope}|${next}`, items);
    }
    if (this.reorderPageRate > 0 && out.length > 1 && this.rng.next() < this.reorderPageRate) {
      for (let i = out.length - 1; i > 0; i--) {
        const j = this.rng.int(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
    }
    return out;
  }

  /** Empty-page knob for Organizations and RAM list calls (seeded). */
  emptyPage(): boolean {
    return this.emptyPageRate > 0 && this.rng.next() < this.emptyPageRate;
  }
}

function isGlobal(service: ServiceName): boolean {
  return service === 'organizations' || service === 'account';
}

function specificity(r: RateLimitRule): number {
  return (r.operation ? 2 : 0) + (r.region ? 1 : 0);
}

/**
 * Seeded fault scenarios: a small random estate for one account (pending transfers from allowed and
 * unallowed senders, own certificates, outgoing transfers, handshakes of every type and state), a
 * random policy over it, and a random mix of faults of one kind. Same seed, same scenario.
 */
import { HANDSHAKE_TYPES, type HandshakeType } from '../../src/model/items.js';
import type { Policy } from '../../src/policy/types.js';
import { createRng, type Rng } from '../emulator/random.ts';
import type { FaultRule, KnobSettings, RaceRule, Scenario } from '../emulator/types.ts';
import { buildPolicy } from '../helpers/policy.js';

export const ME = '210987654321';
export const SENDERS = ['111122223333', '444455556666', '555566667777', '999988887777'] as const;
export const ORGANIZATIONS = [
  { id: 'o-aaaaaaaaa1', managementAccount: '111111111111' },
  { id: 'o-bbbbbbbbb2', managementAccount: '222222222222' },
  { id: 'o-ccccccccc3', managementAccount: '333333333333' },
] as const;
export const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'] as const;
/** An opt-in region the account has not enabled: IoT answers 403 there. */
export const DISABLED_REGION = 'ap-east-1';
const STATES = ['OPEN', 'OPEN', 'OPEN', 'REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELED', 'EXPIRED'] as const;

export const FAULT_KINDS = ['none', 'throttle', 'http5xx', 'reset', 'hang', 'region-denied', 'handshakes-mid-page', 'race', 'duplicate-reorder', 'budget', 'mixed'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface SeededCertificate {
  readonly id: string;
  readonly region: string;
  readonly owner: string;
  /** Pending transfer to this account (incoming) or from it (outgoing). */
  readonly transferTo?: string | undefined;
}
export interface SeededHandshake {
  readonly id: string;
  readonly action: HandshakeType;
  readonly state: (typeof STATES)[number];
  readonly organization: string;
}

export interface FaultScenario {
  readonly seed: number;
  readonly kind: FaultKind;
  readonly mode: 'dry-run' | 'enforce';
  readonly scenario: Scenario;
  readonly policy: Policy;
  /** The regions the run is told to sweep. */
  readonly regions: readonly string[];
  /** The max-actions input (budget runs only). */
  readonly maxActions?: number | undefined;
  readonly certificates: readonly SeededCertificate[];
  readonly handshakes: readonly SeededHandshake[];
  /** Per-attempt timeout the clients use (short where sockets hang). */
  readonly requestTimeoutMs: number;
  /** Attempts per call (SDK retries included). */
  readonly maxAttempts: number;
}

const hex = (rng: Rng, n: number) => rng.chars(n, '0123456789abcdef');
const pick = <T>(rng: Rng, list: readonly T[]): T => list[rng.int(list.length)] as T;
const subset = <T>(rng: Rng, list: readonly T[], p = 0.5): T[] => list.filter(() => rng.next() < p);

export function generateScenario(seed: number, kind: FaultKind): FaultScenario {
  const rng = createRng(seed * 7919 + FAULT_KINDS.indexOf(kind));
  const regions = subset(rng, REGIONS, 0.6);
  if (regions.length === 0) regions.push(pick(rng, REGIONS));
  const multiPage = kind === 'duplicate-reorder' || (kind === 'mixed' && rng.next() < 0.5);
  const denied = kind === 'region-denied' && rng.next() < 0.5;
  const certRegions = denied ? [...regions, DISABLED_REGION] : regions;

  const certificates: SeededCertificate[] = [];
  const fleets: NonNullable<Scenario['fleets']> = [];
  for (const region of certRegions) {
    const incoming = rng.int(5);
    for (let i = 0; i < incoming; i++) certificates.push({ id: hex(rng, 64), region, owner: pick(rng, SENDERS), transferTo: ME });
    if (rng.next() < 0.3) certificates.push({ id: hex(rng, 64), region, owner: ME, transferTo: pick(rng, SENDERS) });
    // A full page of our own certificates (250) makes the listing take several pages.
    const own = multiPage && rng.next() < 0.7 ? 240 + rng.int(300) : rng.int(4);
    if (own > 0) fleets.push({ account: ME, region, count: own });
  }
  const handshakeCount = kind === 'handshakes-mid-page' || multiPage ? 21 + rng.int(25) : rng.int(7);
  const handshakes: SeededHandshake[] = [];
  for (let i = 0; i < handshakeCount; i++) {
    handshakes.push({ id: `h-${rng.chars(12, 'abcdefghijklmnopqrstuvwxyz0123456789')}`, action: pick(rng, HANDSHAKE_TYPES), state: pick(rng, STATES), organization: pick(rng, ORGANIZATIONS).id });
  }

  const iotAllow = subset(rng, SENDERS, 0.4);
  const orgAllow = subset(rng, ORGANIZATIONS.map((o) => o.id), 0.35);
  const handshakeTypes = rng.next() < 0.5 ? [...HANDSHAKE_TYPES] : subset(rng, HANDSHAKE_TYPES, 0.6);
  const policy = buildPolicy({
    regions: certRegions,
    iotAllow: iotAllow.map((sourceAccount) => ({ sourceAccount })),
    organizationsAllow: orgAllow.map((organization) => ({ organization })),
    handshakeTypes,
    maxActions: 1000,
  });

  const writable = writableTargets({ certificates, handshakes, policy });
  let maxActions: number | undefined;
  if (kind === 'budget') {
    // A budget one short of what the policy calls for (0 would not be a budget: the input needs >= 1).
    maxActions = Math.max(1, writable.size - 1 - rng.int(2));
  }

  const knobs = faultKnobs(rng, kind, { certificates, handshakes, writable, regions: certRegions });
  const mode = kind !== 'budget' && rng.next() < 0.1 ? 'dry-run' : 'enforce';
  const scenario: Scenario = {
    seed,
    defaultAccount: ME,
    defaultRegion: 'us-east-1',
    organizations: ORGANIZATIONS.map((o) => ({ id: o.id, managementAccount: o.managementAccount })),
    fleets,
    certificates: certificates.map((c) => ({ id: c.id, region: c.region, owner: c.owner, ...(c.transferTo ? { transfer: { to: c.transferTo, message: `batch ${c.id.slice(0, 4)}`, at: '-1d' } } : {}) })),
    handshakes: handshakes.map((h) => ({ id: h.id, action: h.action, state: h.state, organization: h.organization, to: ME, requestedAt: '-2d' })),
    knobs,
  };
  return {
    seed,
    kind,
    mode,
    scenario,
    policy,
    regions: certRegions,
    maxActions,
    certificates,
    handshakes,
    requestTimeoutMs: kind === 'hang' || kind === 'mixed' ? 500 : 10_000,
    maxAttempts: 3,
  };
}

/** The items a run may write: incoming pending transfers from unallowed senders, governed open incoming handshakes from unallowed organizations. */
export function writableTargets(s: { certificates: readonly SeededCertificate[]; handshakes: readonly SeededHandshake[]; policy: Policy }): Set<string> {
  const allowedSenders = new Set(s.policy.iot.allow.map((e) => e.sourceAccount));
  const allowedOrgs = new Set(s.policy.organizations.allow.map((e) => e.organization));
  const governed = new Set<string>(s.policy.organizations.handshakeTypes);
  const out = new Set<string>();
  for (const c of s.certificates) if (c.transferTo === ME && !allowedSenders.has(c.owner)) out.add(c.id);
  for (const h of s.handshakes) if ((h.state === 'OPEN' || h.state === 'REQUESTED') && governed.has(h.action) && !allowedOrgs.has(h.organization)) out.add(h.id);
  return out;
}

/** Governed handshakes accepted before the run from organizations the policy does not allow: flagged accepted-meanwhile, never written, the step fails. */
export function acceptedAgainstPolicy(s: { handshakes: readonly SeededHandshake[]; policy: Policy }): Set<string> {
  const allowedOrgs = new Set(s.policy.organizations.allow.map((e) => e.organization));
  const governed = new Set<string>(s.policy.organizations.handshakeTypes);
  return new Set(s.handshakes.filter((h) => h.state === 'ACCEPTED' && governed.has(h.action) && !allowedOrgs.has(h.organization)).map((h) => h.id));
}

const READS = ['ListCertificates', 'ListOutgoingCertificates', 'DescribeCertificate', 'ListHandshakesForAccount'];
const WRITES = ['RejectCertificateTransfer', 'DeclineHandshake'];

function faultKnobs(rng: Rng, kind: FaultKind, s: { certificates: readonly SeededCertificate[]; handshakes: readonly SeededHandshake[]; writable: Set<string>; regions: readonly string[] }): KnobSettings {
  const faults: FaultRule[] = [];
  const races: RaceRule[] = [];
  const knobs: KnobSettings = { faults, races };
  const phase = (): 'before' | 'after' => (rng.next() < 0.5 ? 'before' : 'after');
  const addRates = (kinds: readonly ('http500' | 'http503' | 'reset')[], lo: number, hi: number) => {
    for (const operation of [...READS, ...WRITES]) {
      faults.push({ operation, kind: pick(rng, kinds), rate: lo + rng.next() * (hi - lo), ...(WRITES.includes(operation) ? { phase: phase() } : {}) });
    }
  };
  const addThrottle = () => {
    // Far above quota: one call per second with a bucket of one or two, against dozens of calls.
    knobs.rateLimits = [
      { service: 'iot', tps: 1, burst: 1 + rng.int(2) },
      { service: 'organizations', tps: 1, burst: 1 + rng.int(2) },
    ];
  };
  const addHang = () => {
    const operation = pick(rng, [...READS, ...WRITES]);
    faults.push({ operation, kind: 'hang', nth: 1 + rng.int(3), times: 1 + rng.int(2), ...(WRITES.includes(operation) ? { phase: phase() } : {}) });
  };
  const addRegionDenied = () => {
    if (s.regions.includes(DISABLED_REGION)) return;
    const region = pick(rng, s.regions);
    faults.push({ service: 'iot', operation: pick(rng, ['ListCertificates', 'ListOutgoingCertificates', 'DescribeCertificate']), region, kind: 'error', rate: 1, error: { status: 403, type: 'AccessDeniedException', message: 'User is not authorized to perform iot:ListCertificates with an explicit deny in a service control policy' } });
  };
  const addMidPage = () => {
    faults.push({ operation: 'ListHandshakesForAccount', nth: 2, times: 1000, ...(rng.next() < 0.5 ? { kind: 'http500' as const } : { kind: 'error' as const, error: { status: 400, type: 'InvalidInputException', message: 'The NextToken is not valid' } }) });
  };
  const addRaces = () => {
    const targets = [...s.writable];
    const n = 1 + rng.int(3);
    for (let i = 0; i < n; i++) {
      const outcome = pick(rng, ['accepted', 'cancelled', 'declined'] as const);
      const id = targets.length > 0 && rng.next() < 0.7 ? pick(rng, targets) : undefined;
      const isHandshake = id === undefined ? rng.next() < 0.5 : id.startsWith('h-');
      races.push({ operation: isHandshake ? 'DeclineHandshake' : 'RejectCertificateTransfer', outcome: isHandshake || outcome !== 'declined' ? outcome : 'rejected', ...(id === undefined ? {} : { id }) });
    }
  };
  const addPages = () => {
    knobs.duplicatePageRate = 0.3 + rng.next() * 0.7;
    knobs.reorderPageRate = rng.next();
    knobs.emptyPageRate = rng.next() * 0.4;
    knobs.trailingEmptyPage = rng.next() < 0.5;
    knobs.fullPageMarker = rng.next() < 0.5;
  };
  switch (kind) {
    case 'none':
    case 'budget':
      break;
    case 'throttle':
      addThrottle();
      break;
    case 'http5xx':
      addRates(['http500', 'http503'], 0.01, 0.06);
      break;
    case 'reset':
      addRates(['reset'], 0.02, 0.15);
      break;
    case 'hang':
      addHang();
      break;
    case 'region-denied':
      addRegionDenied();
      break;
    case 'handshakes-mid-page':
      addMidPage();
      break;
    case 'race':
      addRaces();
      break;
    case 'duplicate-reorder':
      addPages();
      break;
    case 'mixed':
      addRates(['http500', 'http503', 'reset'], 0, 0.05);
      if (rng.next() < 0.3) addThrottle();
      if (rng.next() < 0.3) addHang();
      if (rng.next() < 0.3) addRegionDenied();
      if (rng.next() < 0.3) addMidPage();
      if (rng.next() < 0.5) addRaces();
      addPages();
      break;
  }
  return knobs;
}

/**
 * A local, wire-level emulator of the AWS APIs inbound-guard calls: IoT certificate transfers
 * (REST-JSON), Organizations handshakes and accounts (JSON 1.1), STS GetCallerIdentity and
 * AssumeRole (query/XML) and Account ListRegions (REST-JSON).
 * Real SDK clients reach it through AWS_ENDPOINT_URL_IOT / _ORGANIZATIONS / _STS / _ACCOUNT.
 * See README.md next to this file.
 */
import type { AddressInfo } from 'node:net';
import { snapshotCertificate } from './certificate-shape.ts';
import { Knobs } from './knobs.ts';
import { snapshotHandshake } from './org-state.ts';
import { loadScenario, validateKnobs } from './scenario.ts';
import { createEmulatorServer } from './server.ts';
import type {
  AssumedSession,
  CallRecord,
  EmulatedCertificate,
  EmulatedHandshake,
  FaultRule,
  KnobSettings,
  RaceRule,
  RateLimitRule,
  Scenario,
} from './types.ts';
import { World } from './world.ts';

export { loadScenario, validateScenario } from './scenario.ts';
export type * from './types.ts';

export interface StartOptions {
  /** A scenario object, or the path of a .json/.yml/.yaml file. */
  scenario?: Scenario | string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Told about each call once it is answered (the CLI prints them). */
  onCall?: (call: CallRecord) => void;
}

export interface EmulatorHandle {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  readonly port: number;
  /** The scenario's defaultAccount (undefined if it has none). */
  readonly defaultAccount: string | undefined;
  readonly defaultRegion: string;
  /**
   * Environment for a process acting as `account` (default: the scenario's defaultAccount):
   * AWS_ENDPOINT_URL_IOT/ORGANIZATIONS/STS/ACCOUNT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
   * AWS_REGION, AWS_EC2_METADATA_DISABLED=true.
   */
  env(account?: string): Record<string, string>;
  credentials(account: string): { accessKeyId: string; secretAccessKey: string };
  /** Every call, in order of arrival. */
  readonly calls: readonly CallRecord[];
  clearCalls(): void;
  certificate(region: string, certificateId: string): EmulatedCertificate | undefined;
  handshake(id: string): EmulatedHandshake | undefined;
  /** Every session STS AssumeRole handed out, oldest first (who assumed which role, with what). */
  sessions(): readonly AssumedSession[];
  /** Every stored certificate (virtual fleet certificates only once changed), every live handshake, fleet sizes. */
  snapshot(): { certificates: EmulatedCertificate[]; handshakes: EmulatedHandshake[]; fleets: { account: string; region: string; count: number }[] };
  /** Add to the state, with the scenario's format (knobs included). */
  seed(patch: Partial<Scenario>): void;
  /** Add or replace the rule for (service, operation, region); null removes all rate limits. */
  setRateLimit(rule: RateLimitRule | null): void;
  setLatency(ms: number): void;
  injectFault(rule: FaultRule): void;
  clearFaults(): void;
  /** When the next matching call arrives, first apply `outcome` to its item, so the real call races. */
  raceBeforeNext(rule: RaceRule): void;
  /** Any knob at once (emptyPageRate, trailingEmptyPage, fullPageMarker, ...). */
  setKnobs(settings: KnobSettings): void;
  /** Replace the clock (epoch ms) the emulator reads, e.g. to expire handshakes. */
  setClock(now: () => number): void;
  close(): Promise<void>;
}

export async function startEmulator(opts: StartOptions = {}): Promise<EmulatorHandle> {
  const scenario = typeof opts.scenario === 'string' ? loadScenario(opts.scenario) : (opts.scenario ?? {});
  const world = new World(opts.seed ?? scenario.seed ?? 1);
  const { knobs: knobSettings, ...state } = scenario;
  world.seed(state, typeof opts.scenario === 'string' ? opts.scenario : 'scenario');
  const knobs = new Knobs(world.rng, () => world.now());
  if (knobSettings) knobs.apply(validateKnobs(knobSettings, 'knobs'));
  const deps = { world, knobs, calls: [] as CallRecord[], onCall: opts.onCall };
  const server = createEmulatorServer(deps);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  const handle: EmulatorHandle = {
    url,
    port,
    get defaultAccount() {
      return world.defaultAccount;
    },
    get defaultRegion() {
      return world.defaultRegion;
    },
    env(account) {
      const who = account ?? world.defaultAccount;
      if (!who) throw new Error('env(): no account given and the scenario has no defaultAccount');
      const { accessKeyId, secretAccessKey } = world.credentialsFor(who);
      return {
        AWS_ENDPOINT_URL_IOT: url,
        AWS_ENDPOINT_URL_ORGANIZATIONS: url,
        AWS_ENDPOINT_URL_STS: url,
        AWS_ENDPOINT_URL_ACCOUNT: url,
        AWS_ACCESS_KEY_ID: accessKeyId,
        AWS_SECRET_ACCESS_KEY: secretAccessKey,
        AWS_REGION: world.defaultRegion,
        AWS_EC2_METADATA_DISABLED: 'true',
      };
    },
    credentials: (account) => world.credentialsFor(account),
    get calls() {
      return deps.calls;
    },
    clearCalls() {
      deps.calls.length = 0;
    },
    certificate(region, certificateId) {
      const record = world.regions.get(region)?.lookup(certificateId);
      return record ? snapshotCertificate(record) : undefined;
    },
    handshake(id) {
      const h = world.orgs.get(id, world.now());
      return h ? snapshotHandshake(h) : undefined;
    },
    sessions() {
      return world.estate.sessions.map((s) => ({ ...s }));
    },
    snapshot() {
      const certificates: EmulatedCertificate[] = [];
      const fleets: { account: string; region: string; count: number }[] = [];
      for (const region of world.regions.values()) {
        certificates.push(...region.explicitRecords().map(snapshotCertificate));
        fleets.push(...region.fleetSummaries().map((f) => ({ ...f, region: region.region })));
      }
      return { certificates, handshakes: world.orgs.all(world.now()).map(snapshotHandshake), fleets };
    },
    seed(patch) {
      const { knobs: k, ...rest } = patch;
      world.seed(rest);
      if (k) knobs.apply(validateKnobs(k, 'seed(): knobs'));
    },
    setRateLimit: (rule) => knobs.setRateLimit(rule),
    setLatency(ms) {
      if (!Number.isInteger(ms) || ms < 0) throw new Error(`setLatency: expected a non-negative integer of milliseconds, got ${ms}`);
      knobs.latencyMs = ms;
    },
    injectFault: (rule) => knobs.injectFault(rule),
    clearFaults: () => knobs.clearFaults(),
    raceBeforeNext: (rule) => knobs.raceBeforeNext(rule),
    setKnobs(settings) {
      knobs.apply(validateKnobs(settings, 'setKnobs'));
    },
    setClock(now) {
      world.now = now;
    },
    close() {
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return handle;
}

/**
 * Wire-level: the call limiter in the real SDK clients, against the emulator's token buckets set at
 * AWS's quota (10 TPS, burst 10, per API, account and region). Nothing here measures time: the
 * emulator's call log says how many calls were made and how many it throttled.
 */
import { describe, expect, it } from 'vitest';
import { executeDecisions } from '../src/act/execute.js';
import { CallLimiter } from '../src/aws/call-limiter.js';
import { awsClientFactory, createAwsClients } from '../src/aws/clients.js';
import { awsEffects } from '../src/aws/effects.js';
import { listPendingCertificates } from '../src/aws/iot/list-pending-certificates.js';
import type { Decision } from '../src/decide/types.js';
import { parseRateLimits } from '../src/inputs/parse-inputs.js';
import { sweepLogLine } from '../src/report/log-lines.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { sweepAccount } from '../src/sweep/sweep.js';
import type { EmulatorHandle, Scenario } from './emulator/index.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { iotAndHandshakes } from './helpers/parts.js';
import { buildPolicy } from './helpers/policy.js';

const ME = '210987654321';
const SENDER = '999988887777';
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);

const environment = useEmulatorEnvironment();

/** `fleet` certificates and `pending` incoming transfers from a stranger in each region. */
function estate(regions: readonly string[], fleet: number, pending: number): Scenario {
  return {
    defaultAccount: ME,
    defaultRegion: 'us-east-1',
    accounts: [{ id: ME }, { id: SENDER }],
    fleets: regions.map((region) => ({ account: ME, region, count: fleet })),
    certificates: regions.map((region) => ({ owner: SENDER, region, count: pending, transfer: { to: ME, message: 'hi' } })),
  };
}

const throttled = (handle: EmulatorHandle) => handle.calls.filter((c) => THROTTLED.has(c.errorType ?? '')).length;
const callsOf = (handle: EmulatorHandle, operation: string) => handle.calls.filter((c) => c.operation === operation);

/** Sweeps REGIONS, then rejects every incoming transfer found: reads and writes at the quota. */
async function sweepAndReject(clients: ReturnType<typeof createAwsClients>) {
  const sweep = await sweepAccount(clients, { account: ME, parts: iotAndHandshakes(REGIONS, false) });
  const decisions: Decision[] = sweep.items.map((item) => ({ item, action: item.kind === 'certificate-transfer' && item.direction === 'incoming' ? 'reject' : 'ignore', reason: 'test' }));
  const results = await executeDecisions(decisions, {
    mode: 'enforce',
    budget: { limit: 1000, source: 'default', planned: decisions.length, tripped: false },
    effects: awsEffects(async () => clients),
    policy: buildPolicy({ rejectReason: 'not allowlisted' }),
  });
  return { sweep, results };
}

describe('the call limiter against AWS-like token buckets', () => {
  it('a sweep and its writes at the documented quota see no throttling answer, and make the fewest calls', async () => {
    // 6,015 certificates a region: 25 pages, 15 describes and 15 rejects a region, 3 regions at once.
    const handle = await environment.start({ scenario: estate(REGIONS, 6_000, 15) });
    handle.setRateLimit({ service: 'iot', tps: 10, burst: 10 });

    const { sweep, results } = await sweepAndReject(createAwsClients());

    expect(sweep.errors).toEqual([]);
    expect(results.map((r) => r.outcome)).toEqual(Array(45).fill('rejected'));
    expect(throttled(handle)).toBe(0);
    expect(callsOf(handle, 'ListCertificates')).toHaveLength(3 * 25);
    expect(callsOf(handle, 'ListOutgoingCertificates')).toHaveLength(3);
    expect(callsOf(handle, 'DescribeCertificate')).toHaveLength(45);
    expect(callsOf(handle, 'RejectCertificateTransfer')).toHaveLength(45);
    // The regions were listed side by side: each one's first page came before any one's last.
    const pages = callsOf(handle, 'ListCertificates');
    const firstOf = (region: string) => pages.findIndex((c) => c.region === region);
    const lastOf = (region: string) => pages.map((c) => c.region).lastIndexOf(region);
    expect(Math.max(...REGIONS.map(firstOf))).toBeLessThan(Math.min(...REGIONS.map(lastOf)));
  });

  it('without the limiter (its rates raised far above the quota) the same sweep is throttled: the limiter is what keeps it clean', async () => {
    const handle = await environment.start({ scenario: estate(REGIONS, 6_000, 15) });
    handle.setRateLimit({ service: 'iot', tps: 10, burst: 10 });
    await sweepAndReject(createAwsClients({ rateLimits: parseRateLimits('10000') }));
    expect(throttled(handle)).toBeGreaterThan(0);
  });

  it('every attempt passes its (account, region, API) bucket: a retried call waits for a second token', async () => {
    const handle = await environment.start({ scenario: estate(['eu-west-1'], 10, 1) });
    handle.injectFault({ service: 'iot', operation: 'ListCertificates', nth: 1, kind: 'http503' });
    const limiter = new CallLimiter();
    const clients = awsClientFactory({ limiter, maxAttempts: 3 })(undefined, ME);

    expect(await listPendingCertificates(clients.iot('eu-west-1'))).toHaveLength(1);

    expect(callsOf(handle, 'ListCertificates').map((c) => c.status)).toEqual([503, 200]);
    expect(Object.fromEntries(limiter.stats().granted)).toEqual({ [`${ME} eu-west-1 iot:ListCertificates`]: 2 });
  });
});

describe('progress lines', () => {
  const progressOf = (events: readonly SweepEvent[]) => events.filter((e): e is Extract<SweepEvent, { type: 'region-progress' }> => e.type === 'region-progress');

  it('appear at the interval on a slow (rate-limited) listing, with counts that only grow, and inert text', async () => {
    // 30 pages at 10 TPS: about two seconds; a line every half second.
    const handle = await environment.start({ scenario: estate(['eu-west-1'], 7_400, 5) });
    handle.setRateLimit({ service: 'iot', operation: 'ListCertificates', tps: 10, burst: 10 });
    const events: SweepEvent[] = [];
    const result = await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e), progressIntervalMs: 500 });

    expect(result.errors).toEqual([]);
    const lines = progressOf(events);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const [a, b] of lines.slice(1).map((line, i) => [lines[i], line] as const)) {
      expect(b?.pages).toBeGreaterThanOrEqual(a?.pages ?? 0);
      expect(b?.elapsedMs).toBeGreaterThan(a?.elapsedMs ?? 0);
    }
    // Before the last page: still listing, fewer than every certificate read.
    expect(lines[0]?.listed).toBe(false);
    expect(lines[0]?.certificates).toBeLessThan(7_405);
    expect(sweepLogLine(lines[0] as SweepEvent)).toMatch(/^210987654321 IoT eu-west-1: still listing after \d+s: [\d,]+ certificates on [\d,]+ pages \([\d.]+ pages\/s\), \d+ pending so far, \d+ described/);
    // The fleet was created at an even pace and is listed oldest first: the estimate comes from the dates.
    expect(lines.some((line) => line.remaining?.basis === 'creation-dates')).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'region-finished', pending: 5, incoming: 5 });
  });

  it('stay quiet on a fast listing', async () => {
    await environment.start({ scenario: estate(['eu-west-1'], 400, 5) });
    const events: SweepEvent[] = [];
    await sweepAccount(createAwsClients(), { account: ME, parts: iotAndHandshakes(['eu-west-1'], false), log: (e) => events.push(e), progressIntervalMs: 5_000 });
    expect(progressOf(events)).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(['region-started', 'region-finished']);
  });
});

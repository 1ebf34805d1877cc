/**
 * The fault suite of issue 14: seeded random scenarios under injected faults (throttling far above
 * quota, 5xx, connection resets, hung sockets, a denied region, the handshake listing failing
 * mid-pagination, races between list and act, duplicate and reordered pages, a tripped budget),
 * most driven in-process through sweepAndAct with real SDK clients, some through dist/index.js.
 * Every run is checked against every invariant (faults/invariants.ts); the table is printed.
 * `npm run faults` runs the same with FAULT_RUNS_PER_KIND / FAULT_DIST_RUNS / FAULT_SEED.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedAgainstPolicy, FAULT_KINDS, ME, generateScenario, writableTargets, type FaultScenario } from './faults/generate.ts';
import { INVARIANTS, checkRun, type Invariant, type Observation, type ObservedReport } from './faults/invariants.ts';
import { runInProcess } from './faults/run.ts';
import { formatTable, runSuite } from './faults/suite.ts';
import { ROOT } from './helpers/run-dist.js';

const PER_KIND = Number(process.env['FAULT_RUNS_PER_KIND'] ?? 95);
const DIST_RUNS = Number(process.env['FAULT_DIST_RUNS'] ?? 20);
const SEED = Number(process.env['FAULT_SEED'] ?? 1);

describe('the fault suite', () => {
  it(`keeps every invariant over ${PER_KIND * FAULT_KINDS.length} in-process and ${DIST_RUNS} dist runs (seed ${SEED})`, async () => {
    const { rows, results } = await runSuite({ perKind: PER_KIND, distRuns: DIST_RUNS, concurrency: 4, seed: SEED });
    const table = formatTable(rows);
    console.log(`Fault suite, seed ${SEED}: fault kind × runs × invariant violations\n${table}`);
    mkdirSync(join(ROOT, '.tmp'), { recursive: true });
    writeFileSync(join(ROOT, '.tmp', 'faults.md'), `${table}\n`);

    const violations = results.flatMap((r) => r.violations.map((v) => `${r.scenario.kind} seed ${r.scenario.seed}: ${v.invariant}: ${v.detail}`));
    expect(violations).toEqual([]);
    expect(results.length).toBe(PER_KIND * FAULT_KINDS.length + DIST_RUNS);
    // The faults did happen: every kind but none and budget met faulted calls, and the persistent ones failed steps.
    for (const row of rows) if (row.kind !== 'none' && row.kind !== 'budget' && row.via === 'in-process') expect(row.faultedCalls, row.kind).toBeGreaterThan(0);
    const inProcess = (kind: string) => rows.find((r) => r.kind === kind && r.via === 'in-process');
    expect(inProcess('handshakes-mid-page')?.failedSteps).toBe(PER_KIND);
    expect(inProcess('region-denied')?.failedSteps).toBeGreaterThan(PER_KIND / 2);
    expect(inProcess('budget')?.failedSteps).toBeGreaterThan(0);
    // Without faults, a step fails only for a handshake accepted before the run against the policy (the generator seeds every state).
    const inProcessNone = results.slice(0, PER_KIND * FAULT_KINDS.length).filter((r) => r.scenario.kind === 'none');
    expect(inProcessNone).toHaveLength(PER_KIND);
    expect(inProcess('none')?.failedSteps).toBe(inProcessNone.filter((r) => acceptedAgainstPolicy(r.scenario).size > 0).length);
  }, 600_000);
});

// ------------------------------------------------------------ the checker catches what it must

/** A scenario with writable certificates, an allowlisted one, and a writable handshake, run clean. */
async function cleanRun(): Promise<{ s: FaultScenario; o: Observation }> {
  for (let seed = 1; seed < 500; seed++) {
    const s = generateScenario(seed, 'none');
    const writable = writableTargets(s);
    const allowed = s.certificates.filter((c) => c.transferTo === ME && !writable.has(c.id));
    if (s.mode !== 'enforce' || allowed.length === 0 || s.certificates.filter((c) => writable.has(c.id)).length < 2 || !s.handshakes.some((h) => writable.has(h.id))) continue;
    // A clean run passes: none accepted against the policy (that fails the step, on purpose).
    if (acceptedAgainstPolicy(s).size > 0) continue;
    const run = await runInProcess(s);
    expect(run.violations).toEqual([]);
    return { s, o: run.observation };
  }
  throw new Error('no seed below 500 gives the scenario this test needs');
}

const only = (o: Observation): Invariant[] => [...new Set(checkRun(o).map((v) => v.invariant))];

describe('checkRun catches planted violations', () => {
  it('a clean run has none; each planted fault is named by its invariant', async () => {
    const { s, o } = await cleanRun();
    const report = o.report as ObservedReport;
    const writable = writableTargets(s);
    const reject = o.calls.find((c) => c.operation === 'RejectCertificateTransfer' && c.status === 200);
    expect(reject).toBeDefined();
    const allowedCert = s.certificates.find((c) => c.transferTo === ME && !writable.has(c.id));

    // A second successful write of the same item.
    expect(only({ ...o, calls: [...o.calls, { ...reject! }] })).toEqual(['written-twice']);
    // A write of an allowlisted transfer (the report untouched: only the call log shows it).
    expect(only({ ...o, calls: [...o.calls, { ...reject!, status: 400, params: { certificateId: allowedCert!.id } }] })).toEqual(['allowlisted-written']);
    // A call the action never makes.
    expect(only({ ...o, calls: [...o.calls, { ...reject!, operation: 'AcceptCertificateTransfer' }] })).toContain('allowlisted-written');
    // An item reported twice, or not at all though its region was swept.
    const first = report.items.find((i) => i.item.kind === 'certificate-transfer' && i.item.direction === 'incoming');
    expect(only({ ...o, report: { ...report, items: [...report.items, first!] } })).toContain('one-outcome');
    expect(only({ ...o, report: { ...report, items: report.items.filter((i) => i !== first) } })).toContain('one-outcome');
    // A region not read, reported as if it had nothing pending; or with its error but a passing step.
    const account = report.accounts[0]!;
    const region = first!.item.region!;
    const unswept = { ...report, accounts: [{ ...account, regions: { ...account.regions, swept: account.regions.swept.filter((r) => r !== region) } }] };
    expect(only({ ...o, report: unswept })).toContain('incomplete-listing');
    const failedButPassing = { ...unswept, accounts: [{ ...unswept.accounts[0]!, regions: { ...unswept.accounts[0]!.regions, failed: [region] } }], errors: [{ service: 'iot', region, account: ME }], items: report.items.filter((i) => i.item.region !== region) };
    expect(only({ ...o, report: failedButPassing })).toContain('incomplete-listing');
    expect(only({ ...o, report: { ...failedButPassing, failures: ['Could not read IoT'] } })).not.toContain('incomplete-listing');
    // The handshake listing failed, but its items are still reported.
    expect(only({ ...o, report: { ...report, accounts: [{ ...account, handshakes: 'failed' }], errors: [{ service: 'organizations', account: ME }], failures: ['x'] } })).toEqual(['incomplete-listing']);
    // Outputs or exit status that disagree with the report; a rejected outcome AWS never saw.
    const outputs = { rejected: String(report.counts['rejected']), declined: String(report.counts['declined']), failed: String(report.counts['failed']), planned: String(report.counts['planned']) };
    expect(only({ ...o, dist: { code: 0, outputs } })).toEqual([]);
    expect(only({ ...o, dist: { code: 1, outputs } })).toEqual(['outputs-agree']);
    expect(only({ ...o, dist: { code: 0, outputs: { ...outputs, rejected: String(Number(outputs.rejected) + 1) } } })).toEqual(['outputs-agree']);
    expect(only({ ...o, calls: o.calls.filter((c) => c !== reject) })).toEqual(['outputs-agree']);
    // A tripped budget that still wrote.
    expect(only({ ...o, report: { ...report, budget: { ...report.budget, tripped: true } } })).toContain('budget-or-dry-run-wrote');
    // A handshake accepted against the policy, reported as merely ignored, or with a passing step.
    const joined = { id: 'h-joinedforeign01', action: s.policy.organizations.handshakeTypes[0]!, state: 'ACCEPTED' as const, organization: 'o-notallowed001' };
    const withJoined = { ...o, scenario: { ...s, handshakes: [...s.handshakes, joined] } };
    /** The report with the accepted handshake in it (and counted), under `outcome`. */
    const reportWithJoined = (outcome: string, failures: readonly string[] = report.failures): ObservedReport => ({
      ...report,
      items: [...report.items, { item: { kind: 'handshake', account: ME, id: joined.id, direction: 'incoming' }, outcome, action: 'ignore' }],
      counts: { ...report.counts, [outcome]: (report.counts[outcome] ?? 0) + 1 },
      failures,
    });
    expect(only({ ...withJoined, report: reportWithJoined('ignored') })).toEqual(['accepted-flagged']);
    expect(only({ ...withJoined, report: reportWithJoined('accepted-meanwhile') })).toEqual(['accepted-flagged']);
    expect(only({ ...withJoined, report: reportWithJoined('accepted-meanwhile', ['1 item the policy does not allow was accepted']) })).toEqual([]);
    expect(INVARIANTS).toHaveLength(7);
  });
});

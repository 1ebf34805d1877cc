/**
 * The fault suite: many seeded scenarios per fault kind, in-process, plus a smaller set through
 * dist/index.js; every run checked against every invariant; a table of the figures.
 */
import { FAULT_KINDS, generateScenario, type FaultKind } from './generate.ts';
import { INVARIANTS, type Invariant } from './invariants.ts';
import { runInProcess, runThroughDist, type RunResult } from './run.ts';

/** Kinds sent through dist: the SDK's default retries there wait real back-off, and a hung socket waits the 30 s request timeout. */
export const DIST_KINDS: readonly FaultKind[] = ['none', 'http5xx', 'reset', 'region-denied', 'handshakes-mid-page', 'race', 'duplicate-reorder', 'budget'];

export interface SuiteOptions {
  /** In-process runs per fault kind. */
  readonly perKind: number;
  /** Runs through dist/index.js, spread over DIST_KINDS. */
  readonly distRuns: number;
  /** Runs at once (each has its own emulator). */
  readonly concurrency: number;
  /** First seed; run i of a kind uses seed + i. */
  readonly seed: number;
}

export interface Row {
  readonly kind: FaultKind;
  readonly via: 'in-process' | 'dist';
  runs: number;
  failedSteps: number;
  writes: number;
  faultedCalls: number;
  readonly violations: Record<Invariant, number>;
}

export interface SuiteResult {
  readonly rows: readonly Row[];
  readonly results: readonly RunResult[];
}

async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  }));
  return out;
}

export async function runSuite(o: SuiteOptions): Promise<SuiteResult> {
  const jobs: { kind: FaultKind; seed: number; via: Row['via'] }[] = [];
  for (const kind of FAULT_KINDS) for (let i = 0; i < o.perKind; i++) jobs.push({ kind, seed: o.seed + i, via: 'in-process' });
  for (let i = 0; i < o.distRuns; i++) jobs.push({ kind: DIST_KINDS[i % DIST_KINDS.length] as FaultKind, seed: o.seed + 100_000 + i, via: 'dist' });
  const results = await pool(jobs, o.concurrency, async (job) => {
    const s = generateScenario(job.seed, job.kind);
    return { job, result: await (job.via === 'dist' ? runThroughDist(s) : runInProcess(s)) };
  });
  const rows = new Map<string, Row>();
  for (const { job, result } of results) {
    const key = `${job.via}|${job.kind}`;
    let row = rows.get(key);
    if (row === undefined) rows.set(key, (row = { kind: job.kind, via: job.via, runs: 0, failedSteps: 0, writes: 0, faultedCalls: 0, violations: Object.fromEntries(INVARIANTS.map((i) => [i, 0])) as Record<Invariant, number> }));
    row.runs += 1;
    row.writes += result.writes;
    row.faultedCalls += result.faultedCalls;
    if (result.failedStep) row.failedSteps += 1;
    for (const v of result.violations) row.violations[v.invariant] += 1;
  }
  return { rows: [...rows.values()], results: results.map((r) => r.result) };
}

/** The table: fault kind × runs × violations of each invariant (and how many runs failed the step, how many writes AWS saw). */
export function formatTable(rows: readonly Row[]): string {
  const head = ['fault', 'via', 'runs', 'faults met', 'step failed', 'writes', ...INVARIANTS, 'violations'];
  const body = rows.map((r) => {
    const total = INVARIANTS.reduce((n, i) => n + r.violations[i], 0);
    return [r.kind, r.via, String(r.runs), String(r.faultedCalls), String(r.failedSteps), String(r.writes), ...INVARIANTS.map((i) => String(r.violations[i])), String(total)];
  });
  const sum = (f: (r: Row) => number) => String(rows.reduce((n, r) => n + f(r), 0));
  body.push(['total', '', sum((r) => r.runs), sum((r) => r.faultedCalls), sum((r) => r.failedSteps), sum((r) => r.writes), ...INVARIANTS.map((i) => sum((r) => r.violations[i])), sum((r) => INVARIANTS.reduce((n, i) => n + r.violations[i], 0))]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((b) => (b[c] as string).length)));
  const line = (cells: readonly string[]) => `| ${cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, c) => (c < 2 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

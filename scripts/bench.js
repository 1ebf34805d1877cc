// npm run bench: how close the action comes to the fastest sweep AWS's quotas allow, and what it
// costs in calls and memory. Every case starts the local AWS emulator with a generated estate and a
// token bucket on EVERY operation (10 TPS, burst 10, per API, account and region, as AWS's IoT
// quota), runs the built dist/index.js against it as a separate process (as a runner would), and
// prints: wall time, the quota-bound lower limit, their ratio, calls per operation against the
// minimum, throttling answers, peak RSS, and a timeline (start-up to the first rate-limited call,
// reads, writes, after the last) with the ratio of the part between first and last call to the
// bound and to the paced bound (the same formula with the bucket the action keeps). Then the bundle's cold start next to a bare `node -e 0`, the emulator's own throughput,
// and a naive serial script on the same cases.
// Nothing here asserts a time: the figures are for people to compare between versions.
//
//   npm run bench                       every case at 10 TPS (about an hour: the 1M and 2M cases are
//                                       quota-bound at 400 s and 800 s, the naive script runs them too)
//   npm run bench -- --quick            50 TPS and burst 50, without the 1M and 2M cases (a few minutes)
//   npm run bench -- --scaled           50 TPS and burst 50 with each account case's work five times as
//                                       large (writes at most the 1000 a run may do), so that its bound
//                                       is about the 10 TPS one: how the pacing holds at a raised quota
//                                       when start-up is as small a share of the run as at 10 TPS
//                                       (about ten minutes; no organization, 1M or 2M case)
//   npm run bench -- --runs 3           medians of 3 runs per case
//   npm run bench -- --only org,1M      cases whose name contains one of these
//   npm run bench -- --no-naive         skip the naive script
//   npm run bench -- --cpu-prof DIR     write each action run's V8 CPU profile into DIR (node --cpu-prof);
//                                       `node scripts/profile-summary.js DIR/<file>` prints where the time went
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest, Agent } from 'node:http';
import { startEmulator } from '../test/emulator/index.ts';
import { clientLimit } from '../src/aws/quotas.ts';
import { MAX_ACTIONS_LIMIT } from '../src/policy/defaults.ts';
import { FORMULA, listPages, lowerBounds } from './lib/bounds.js';
import { ROOT, runAction } from './lib/run-action.js';

const args = process.argv.slice(2);
const scaled = args.includes('--scaled');
const quick = args.includes('--quick') || scaled;
const naive = !args.includes('--no-naive');
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : undefined;
const cpuProfDir = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined;
const TPS = quick ? 50 : 10;
/** --scaled: the work grows with the rate (and the burst), so each case's bound is about its 10 TPS one. */
const SCALE = scaled ? TPS / 10 : 1;
const QUOTA = { tps: TPS, burst: TPS };
/** The bucket the action keeps for that quota (src/aws/quotas.ts): a little under it, so AWS never throttles. */
const PACED = (({ rate, burst }) => ({ tps: rate, burst }))(clientLimit(QUOTA));

/** The most writes one run may do (src/policy/defaults.ts): every case allows them all. */
const MAX_ACTIONS = MAX_ACTIONS_LIMIT;
const ACCOUNT = '210987654321';
const SENDER = '999988887777';
const STRANGER_ORG = 'o-stranger0001';
const FRIEND_ORG = 'o-friendly0001';
const EIGHT = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'ap-northeast-1', 'sa-east-1'];
const ORG_REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'ap-northeast-1'];

/** The issue's cases, 100k and 2M (memory must be flat from one to the other), and organizations of 200 and 1000 accounts (likewise). */
const CASES = [
  { name: '1 region x 20k, 20 pending, enforce', regions: ['us-east-1'], fleet: 20_000, pending: 20, mode: 'enforce' },
  { name: '8 regions x 50k, 100 pending each, enforce', regions: EIGHT, fleet: 50_000, pending: 100, mode: 'enforce' },
  { name: '500 handshakes (empty pages), 200 declined, enforce', regions: [], fleet: 0, pending: 0, handshakes: { decline: 200, allow: 300 }, mode: 'enforce' },
  { name: '1 region x 100k, 100 pending, dry-run', regions: ['us-east-1'], fleet: 100_000, pending: 100, mode: 'dry-run' },
  { name: '1 region x 1M, 100 pending, dry-run', regions: ['us-east-1'], fleet: 1_000_000, pending: 100, mode: 'dry-run', slow: true },
  { name: '1 region x 2M, 100 pending, dry-run', regions: ['us-east-1'], fleet: 2_000_000, pending: 100, mode: 'dry-run', slow: true },
  { name: 'organization: 200 accounts x 4 regions x 1k, 20 pending each, dry-run', org: { accounts: 200, fleet: 1_000, pending: 20 }, regions: ORG_REGIONS, mode: 'dry-run' },
  // Peak RSS must not grow with the organization: five times the accounts of the case above.
  { name: 'organization: 1000 accounts x 4 regions x 100, 1 pending each, dry-run', org: { accounts: 1_000, fleet: 100, pending: 1 }, regions: ORG_REGIONS, mode: 'dry-run', slow: true },
];

const selected = CASES.filter((c) => (only ? only.some((o) => c.name.includes(o)) : !(quick && c.slow)))
  .filter((c) => !(scaled && (c.org || c.slow)))
  .map((c) => (SCALE === 1 ? c : scaledCase(c, SCALE)));

console.log(`inbound-guard benchmark: dist/index.js under Node ${process.versions.node}, ${cpus().length} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`Every operation rate-limited in the emulator at ${TPS} TPS, burst ${TPS}, per API, account and region${quick ? ` (${scaled ? '--scaled' : '--quick'}); the action is told the same with rate-limits: ${TPS}` : ' (the documented IoT quota; the action uses its built-in table)'}.`);
if (scaled) console.log(`--scaled: each case's certificates, pending transfers and handshakes are ${SCALE} times the 10 TPS case's (writes at most ${MAX_ACTIONS}, the most one run may do), so its bound is about the 10 TPS one.`);
console.log(FORMULA.join('\n'));
console.log(`paced bound: the same with the action's own bucket (${PACED.tps} a second, ${PACED.burst} saved up: src/aws/quotas.ts keeps a burst headroom so that requests bunched on the way still find a token), the least the action, pacing itself so, can take between its first and last call.`);
console.log('');

console.log(`Emulator throughput (its own, raw HTTP, no rate limits): ${await emulatorThroughput()}`);
console.log('');

const coldStart = await measureColdStart();
console.log('Cold start (median of 21 runs each, alternating; wall and CPU = user + sys):');
console.table(coldStart.rows);
console.log(`dist/: ${distSize()}`);
console.log('');

const rows = [];
for (const c of selected) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runCase(c, 'action'));
  const result = median(results, (r) => r.seconds);
  const bound = result.bound;
  // An organization's sweep is many small units: on a small machine it is bound by CPU before the
  // quotas. The same run with no rate limit anywhere shows that floor.
  const floor = c.org ? (await runCase(c, 'action', { limited: false })).seconds : undefined;
  let naiveSeconds;
  if (naive && !c.org) {
    const n = [];
    for (let i = 0; i < runs; i++) n.push(await runCase(c, 'naive'));
    naiveSeconds = median(n, (r) => r.seconds).seconds;
  }
  const row = {
    case: c.name,
    'wall s': round(result.seconds),
    'bound s (pipelined)': round(bound.pipelined),
    // No quota bound (every unit's calls fit in its burst): no ratio to it; see the no-limit floor.
    ratio: bound.pipelined > 0 ? round(result.seconds / bound.pipelined) : '—',
    'serial bound s': round(bound.serial),
    'calls / minimum': result.calls,
    throttled: result.throttled,
    'peak RSS MiB': result.rss,
    'CPU s': result.cpu === undefined ? '—' : round(result.cpu),
    'naive serial s': naiveSeconds === undefined ? '—' : round(naiveSeconds),
    // The wall time split at the emulator's arrival stamps; the AWS part's ratio leaves out the
    // start-up and the exit, which no client can spend at AWS's rate.
    phases: result.phases?.text ?? '—',
    'AWS-part ratio': result.phases && bound.pipelined > 0 ? round(result.phases.awsSeconds / bound.pipelined) : '—',
    'paced bound s': round(result.paced.pipelined),
    'AWS part / paced bound': result.phases && result.paced.pipelined > 0 ? round(result.phases.awsSeconds / result.paced.pipelined) : '—',
    ...(floor === undefined ? {} : { 'no-limit floor s': round(floor), 'ratio to max(bound, floor)': round(result.seconds / Math.max(bound.pipelined, floor)) }),
    ...(result.note ? { note: result.note } : {}),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}
console.log('');
console.log(`Cases (${runs === 1 ? 'one run each' : `median of ${runs} runs`}):`);
console.table(rows);

// ---------------------------------------------------------------------------------------------

/**
 * The case with `k` times its certificates, pending transfers and handshakes, named so; an enforce
 * case's pending transfers stop at the run's action limit (its regions share it).
 */
function scaledCase(c, k) {
  // An enforce run's writes (rejects across its regions, plus declines) within its action limit:
  // past it the budget would trip and nothing would be written.
  const pending = c.mode === 'enforce' && c.regions.length > 0 ? Math.min(c.pending * k, Math.floor(MAX_ACTIONS / c.regions.length)) : c.pending * k;
  const declines = Math.min((c.handshakes?.decline ?? 0) * k, MAX_ACTIONS);
  const fleet = c.fleet * k;
  const named = (n) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
  const name = c.name
    .replace(/x \d+k/, `x ${named(fleet)}`)
    .replace(/\d+ pending/, `${pending} pending`)
    .replace(/\d+ handshakes/, `${declines + (c.handshakes?.allow ?? 0) * k} handshakes`)
    .replace(/\d+ declined/, `${declines} declined`);
  return { ...c, name, fleet, pending, ...(c.handshakes ? { handshakes: { decline: declines, allow: c.handshakes.allow * k } } : {}) };
}

async function runCase(c, who, { limited = true } = {}) {
  const scenario = c.org ? orgScenario(c) : accountScenario(c);
  const emulator = await startEmulator({ scenario });
  // IoT and Organizations at the quota under test. STS is not limited (AWS allows hundreds of
  // requests per second per account; we call it a few times per account), nor is Account
  // ListRegions (the cases name their regions).
  if (limited) for (const service of ['iot', 'organizations']) emulator.setRateLimit({ service, tps: TPS, burst: TPS });
  const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-bench-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policyFor(c));
  const rssFile = join(workspace, 'rss.txt');
  const account = c.org ? '700000000001' : ACCOUNT;
  const env = { ...emulator.env(account), INBOUND_GUARD_BENCH_RSS_FILE: rssFile };
  try {
    let seconds;
    let extra = {};
    let timeline;
    if (who === 'action') {
      const run = await runAction({
        inputs: { mode: c.mode, 'max-actions': String(MAX_ACTIONS), ...(!limited ? { 'rate-limits': '10000' } : quick ? { 'rate-limits': String(TPS) } : {}) },
        workspace,
        dir: join(workspace, '.runner'),
        env,
        nodeArgs: [...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : []), '--import', join(ROOT, 'scripts', 'lib', 'report-rss.js')],
      });
      if (run.code !== 0) throw new Error(`case '${c.name}' failed (exit ${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
      seconds = run.seconds;
      timeline = phases(emulator.calls, run);
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      extra = { rss: Math.round(usage.maxRSS / 1024), cpu: usage.cpuMicros / 1e6, timings: timingsOf(run.outputs['report-file']) };
    } else {
      seconds = await runNaive(c, env);
    }
    const calls = emulator.calls;
    const count = (op) => calls.filter((call) => call.operation === op).length;
    const ok = (op) => calls.filter((call) => call.operation === op && call.status >= 200 && call.status < 300).length;
    const throttled = calls.filter((call) => ['ThrottlingException', 'TooManyRequestsException', 'Throttling'].includes(call.errorType ?? '')).length;
    const { units, minimum } = minimumCalls(c, ok);
    const callsText = Object.entries(minimum)
      .filter(([op, min]) => min > 0 || count(op) > 0)
      .map(([op, min]) => `${op.replace(/Certificates?|Handshakes?ForAccount|Transfer|Handshake/g, (m) => m[0])} ${count(op)}/${min}`)
      .join(', ');
    return { seconds, bound: lowerBounds(units, QUOTA), paced: lowerBounds(units, PACED), calls: callsText, throttled, rss: extra.rss ?? '—', cpu: extra.cpu, note: extra.timings, phases: timeline };
  } finally {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

/**
 * Where a run's wall time went, cut at the arrival stamps of its rate-limited calls (IoT and
 * Organizations): start-up (spawn to the first), reads (to the last listing or describe), writes
 * (to the last reject or decline: the budget check, then the writes at their quota), after (the last
 * answer, the report, exit). awsSeconds: first to last such call, the part the bound is about.
 */
function phases(calls, run) {
  // The emulator logs a call as it stamps it: the log is in arrival order.
  const limited = calls.filter((call) => call.service === 'iot' || call.service === 'organizations');
  if (limited.length === 0) return undefined;
  const first = limited[0].at;
  const last = limited.at(-1).at;
  const lastRead = limited.findLast((call) => call.operation !== 'RejectCertificateTransfer' && call.operation !== 'DeclineHandshake')?.at ?? first;
  const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
  return {
    awsSeconds: (last - first) / 1000,
    text: `start-up ${s(first - run.startedAt)}, reads ${s(lastRead - first)}, writes ${s(last - lastRead)}, after ${s(run.endedAt - last)}`,
  };
}

function runNaive(c, env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'lib', 'naive-serial.js')], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: tmpdir(),
        ...env,
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        NAIVE_REGIONS: c.regions.join(','),
        NAIVE_SENDER: SENDER,
        NAIVE_ORGANIZATION: c.handshakes ? STRANGER_ORG : '',
        NAIVE_MODE: c.mode,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`naive script failed on '${c.name}': ${stderr.slice(-2000)}`))));
  });
}

/** The least calls per operation the case needs, and its units for the bound. */
function minimumCalls(c, ok) {
  if (c.org) {
    const { accounts, fleet, pending } = c.org;
    const perUnit = { list: listPages(fleet + pending), outgoing: pending > 0 ? 1 : 0, describe: pending, write: 0 };
    const units = Array.from({ length: accounts * c.regions.length }, () => perUnit);
    const handshakePages = Math.ceil(1 / 20);
    for (let i = 0; i < accounts; i++) units.push({ list: handshakePages });
    return {
      units,
      minimum: {
        ListAccounts: Math.ceil((accounts + 2) / 20),
        AssumeRole: accounts,
        GetCallerIdentity: accounts + 1,
        ListCertificates: perUnit.list * accounts * c.regions.length,
        ListOutgoingCertificates: perUnit.outgoing * accounts * c.regions.length,
        DescribeCertificate: pending * accounts * c.regions.length,
        ListHandshakesForAccount: handshakePages * accounts,
      },
    };
  }
  const writes = c.mode === 'enforce' ? c.pending : 0;
  const perRegion = { list: listPages(c.fleet + c.pending), outgoing: c.pending > 0 ? 1 : 0, describe: c.pending, write: writes };
  const units = c.regions.map(() => perRegion);
  // Empty pages are the emulator's (seeded) choice: the minimum is the pages it served.
  const handshakePages = c.handshakes ? ok('ListHandshakesForAccount') : 0;
  const declines = c.handshakes && c.mode === 'enforce' ? c.handshakes.decline : 0;
  if (c.handshakes) units.push({ list: handshakePages, write: declines });
  return {
    units,
    minimum: {
      ListCertificates: perRegion.list * c.regions.length,
      ListOutgoingCertificates: perRegion.outgoing * c.regions.length,
      DescribeCertificate: c.pending * c.regions.length,
      RejectCertificateTransfer: writes * c.regions.length,
      ListHandshakesForAccount: handshakePages,
      DeclineHandshake: declines,
    },
  };
}

function accountScenario(c) {
  return {
    seed: 10,
    defaultAccount: ACCOUNT,
    defaultRegion: 'us-east-1',
    accounts: [{ id: ACCOUNT }, { id: SENDER }],
    fleets: c.regions.map((region) => ({ account: ACCOUNT, region, count: c.fleet })),
    certificates: c.regions.map((region) => ({ owner: SENDER, region, count: c.pending, transfer: { to: ACCOUNT, message: 'bench' } })),
    organizations: [
      { id: STRANGER_ORG, managementAccount: '777788889999' },
      { id: FRIEND_ORG, managementAccount: '111111111111' },
    ],
    handshakes: c.handshakes
      ? [
          { count: c.handshakes.decline, action: 'INVITE', state: 'OPEN', organization: STRANGER_ORG, to: ACCOUNT },
          { count: c.handshakes.allow, action: 'INVITE', state: 'OPEN', organization: FRIEND_ORG, to: ACCOUNT },
        ]
      : [],
    knobs: c.handshakes ? { emptyPageRate: 0.3 } : {},
  };
}

function orgScenario(c) {
  const security = '700000000001';
  return {
    seed: 8,
    defaultAccount: security,
    defaultRegion: 'us-east-1',
    accounts: [{ id: security, arn: `arn:aws:sts::${security}:assumed-role/github-actions-inbound-guard/GitHubActions` }],
    organizations: [
      {
        id: 'o-benchorg0001',
        managementAccount: '700000000000',
        members: [security],
        delegatedAdministrators: [security],
        generateMembers: {
          count: c.org.accounts,
          firstId: '700000000002',
          fleet: { count: c.org.fleet, regions: c.regions },
          pendingTransfers: { count: c.org.pending, regions: c.regions, from: [SENDER], message: 'bench' },
          handshakes: [{ action: 'INVITE', organization: STRANGER_ORG }],
        },
      },
      { id: STRANGER_ORG, managementAccount: '777788889999' },
    ],
    roles: [{ name: 'inbound-guard', accounts: { organization: 'o-benchorg0001' }, trust: [`arn:aws:iam::${security}:role/github-actions-inbound-guard`] }],
  };
}

function policyFor(c) {
  const lines = ['version: 1'];
  if (c.org) {
    // The management and security accounts hold nothing: only the generated members are targets.
    lines.push('targets:', '  organization: true', '  role-name: inbound-guard', '  exclude: ["700000000000", "700000000001"]');
  }
  lines.push('iot:', `  regions: [${c.regions.join(', ')}]`, '  allow: []');
  if (c.handshakes || c.org) lines.push('organizations:', '  handshake-types: [INVITE]', '  allow:', `    - organization: ${FRIEND_ORG}`);
  else lines.push('organizations:', '  handshake-types: []');
  lines.push('limits:', `  max-actions: ${MAX_ACTIONS}`, '');
  return lines.join('\n');
}

function timingsOf(reportFile) {
  if (!reportFile || !existsSync(reportFile)) return undefined;
  const t = JSON.parse(readFileSync(reportFile, 'utf8')).timings;
  return t ? `inventory ${(t.inventoryMs / 1000).toFixed(1)} s, decide ${(t.decideMs / 1000).toFixed(2)} s, act ${(t.actMs / 1000).toFixed(1)} s` : undefined;
}

/** Pages a second the emulator serves on its own (raw HTTP, 8 at once, 3 s). */
async function emulatorThroughput() {
  const emulator = await startEmulator({ scenario: { defaultAccount: ACCOUNT, fleets: [{ account: ACCOUNT, region: 'us-east-1', count: 100_000 }] } });
  const agent = new Agent({ keepAlive: true });
  const auth = `AWS4-HMAC-SHA256 Credential=AKIA${ACCOUNT}EMUL/20260101/us-east-1/iot/aws4_request, SignedHeaders=host, Signature=0`;
  const get = (path) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(`${emulator.url}${path}`, { agent, headers: { authorization: auth } }, (res) => {
        const chunks = [];
        res.on('data', (d) => chunks.push(d));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', reject);
      req.end();
    });
  const until = Date.now() + 3000;
  let pages = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      let marker;
      while (Date.now() < until) {
        const page = await get(`/certificates?pageSize=250${marker ? `&marker=${encodeURIComponent(marker)}` : ''}`);
        pages += 1;
        marker = page.nextMarker;
      }
    }),
  );
  agent.destroy();
  await emulator.close();
  const perSecond = pages / 3;
  return `${Math.round(perSecond)} ListCertificates pages/s (${Math.round(perSecond * 250).toLocaleString('en-US')} certificates/s); the fastest case needs ${8 * TPS} pages/s`;
}

/** Median cold start of a bare node, validate, and a dry-run of an empty account, interleaved. */
async function measureColdStart() {
  const emulator = await startEmulator({ scenario: { defaultAccount: ACCOUNT, accounts: [{ id: ACCOUNT }] } });
  const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-cold-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\niot:\n  regions: [us-east-1]\norganizations:\n  handshake-types: []\n');
  const base = { PATH: process.env.PATH ?? '', HOME: workspace, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: workspace, GITHUB_ACTION: 'guard', AWS_CONFIG_FILE: '/nonexistent', AWS_SHARED_CREDENTIALS_FILE: '/nonexistent' };
  const summary = join(workspace, 'summary.md');
  const output = join(workspace, 'output.txt');
  const kinds = {
    'bare node -e 0': { args: ['-e', '0'], env: base },
    validate: { args: [join(ROOT, 'dist', 'index.js')], env: { ...base, INPUT_MODE: 'validate', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output } },
    'dry-run, empty account': { args: [join(ROOT, 'dist', 'index.js')], env: { ...base, ...emulator.env(ACCOUNT), INPUT_MODE: 'dry-run', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output } },
  };
  const timeTool = existsSync('/usr/bin/time');
  const samples = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]));
  try {
    for (let i = 0; i < 21; i++) {
      for (const [name, kind] of Object.entries(kinds)) {
        writeFileSync(summary, '');
        writeFileSync(output, '');
        const started = process.hrtime.bigint();
        const r = await spawnAsync(timeTool ? '/usr/bin/time' : process.execPath, timeTool ? ['-f', '%U %S', process.execPath, ...kind.args] : kind.args, kind.env);
        const wall = Number(process.hrtime.bigint() - started) / 1e6;
        if (r.code !== 0) throw new Error(`cold start '${name}' failed: ${r.stderr}`);
        const cpu = timeTool ? r.stderr.trim().split('\n').pop().split(' ').map(Number).reduce((a, b) => a + b, 0) * 1000 : Number.NaN;
        samples[name].push({ wall, cpu });
      }
    }
  } finally {
    await emulator.close();
    rmSync(workspace, { recursive: true, force: true });
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const bare = samples['bare node -e 0'];
  const bareWall = med(bare.map((s) => s.wall));
  const bareCpu = med(bare.map((s) => s.cpu));
  const rows = Object.entries(samples).map(([name, s]) => {
    const wall = med(s.map((x) => x.wall));
    const cpu = med(s.map((x) => x.cpu));
    return { run: name, 'wall ms': Math.round(wall), 'x bare (wall)': round(wall / bareWall), 'cpu ms': Math.round(cpu), 'x bare (cpu)': round(cpu / bareCpu) };
  });
  return { rows };
}

function spawnAsync(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

function distSize() {
  const files = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
  const size = (f) => statSync(join(ROOT, 'dist', f)).size;
  const total = files.reduce((n, f) => n + size(f), 0);
  const entry = size('index.js');
  return `${(total / 1024 / 1024).toFixed(2)} MiB of JavaScript in ${files.length} files; the entry index.js ${(entry / 1024).toFixed(0)} KiB (${spawnSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim()})`;
}

function median(results, key) {
  return [...results].sort((a, b) => key(a) - key(b))[Math.floor(results.length / 2)];
}

function round(x) {
  return Number.isFinite(x) ? Number(x.toFixed(2)) : x;
}

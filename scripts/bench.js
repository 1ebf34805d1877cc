// npm run bench: how fast the action sweeps large accounts, and how much memory it takes.
// Each case starts the local AWS emulator with a generated account, runs the built dist/index.js
// against it in dry-run as a separate process (as a runner would), and prints figures. Nothing
// here asserts a time: the figures are for people to compare between versions.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../test/emulator/index.ts';
import { ROOT, runAction } from './lib/run-action.js';

const ACCOUNT = '210987654321';
const SENDER = '999988887777';
const quick = process.argv.includes('--quick');

/** name, certificates per region, regions, incoming pending per region, rate limit */
const CASES = [
  { name: 'small account', fleet: 1_000, regions: ['us-east-1'], pending: 5 },
  { name: '100k certificates', fleet: 100_000, regions: ['us-east-1'], pending: 50 },
  { name: '4 regions x 100k', fleet: 100_000, regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'us-west-2'], pending: 50 },
  { name: '1M certificates', fleet: 1_000_000, regions: ['us-east-1'], pending: 100, slow: true },
  { name: '20k, throttled 10 TPS', fleet: 20_000, regions: ['us-east-1'], pending: 20, rateLimit: { tps: 10, burst: 10 } },
];

const rows = [];
for (const c of CASES) {
  if (quick && c.slow) continue;
  rows.push(await runCase(c));
}
console.log('\ninbound-guard benchmark (dry-run of dist/index.js under Node', process.versions.node + ')\n');
console.table(rows);

async function runCase(c) {
  const scenario = {
    defaultAccount: ACCOUNT,
    defaultRegion: c.regions[0],
    accounts: [{ id: ACCOUNT }, { id: SENDER }],
    fleets: c.regions.map((region) => ({ account: ACCOUNT, region, count: c.fleet })),
    certificates: c.regions.map((region) => ({ owner: SENDER, region, count: c.pending, transfer: { to: ACCOUNT, message: 'bench' } })),
  };
  const emulator = await startEmulator({ scenario });
  if (c.rateLimit) emulator.setRateLimit({ service: 'iot', operation: 'ListCertificates', ...c.rateLimit });
  const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-bench-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), `version: 1\niot:\n  regions: [${c.regions.join(', ')}]\norganizations:\n  handshake-types: []\nlimits:\n  max-actions: 1000\n`);
  const rssFile = join(workspace, 'rss.txt');
  try {
    const run = await runAction({
      inputs: { mode: 'dry-run' },
      workspace,
      dir: join(workspace, '.runner'),
      env: { ...emulator.env(ACCOUNT), INBOUND_GUARD_BENCH_RSS_FILE: rssFile },
      nodeArgs: ['--import', join(ROOT, 'scripts', 'lib', 'report-rss.js')],
    });
    if (run.code !== 0) throw new Error(`case '${c.name}' failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
    const count = (op) => emulator.calls.filter((call) => call.operation === op).length;
    const throttled = emulator.calls.filter((call) => call.status === 400 && call.errorType === 'ThrottlingException').length;
    const certificates = c.fleet * c.regions.length;
    return {
      case: c.name,
      certificates,
      'pending found': Number(run.outputs.planned),
      seconds: Number(run.seconds.toFixed(2)),
      'certs/s': Math.round(certificates / run.seconds),
      ListCertificates: count('ListCertificates'),
      DescribeCertificate: count('DescribeCertificate'),
      throttled,
      'peak RSS MiB': Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024),
    };
  } finally {
    await emulator.close();
  }
}

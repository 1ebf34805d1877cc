// npm run cold-start: how long dist/index.js takes from process start to exit when there is little to
// do, and which of the bundle's chunks it loads. Cases: validate (no AWS at all), and dry-runs
// against the local emulator with an account that has nothing pending, under an IoT-only policy and
// under a policy that governs every family. Prints the median and the fastest of N runs each; asserts
// nothing (the figures are for people to compare between versions). A bare `node -e 0`, timed
// alternately with the cases, gives the floor: 'x node' is each case's median over its median.
// --compare=DIR runs another build (e.g. a copy of the previous release's dist/) too, alternating run
// by run with this one, so both see the same machine load.
// --instructions counts instructions instead of timing (valgrind's callgrind, one run per case, less
// the one random part of Node's start, a primality test: see collected(); the count barely moves
// with machine load, so it compares builds on a busy machine), and breaks
// validate down into its parts: small bundles of zod/mini, the policy schema, yaml and
// parsePolicy built from lib/ (run `npm run compile` first), each counted over an empty ES module,
// and node:crypto, which validate no longer loads, for comparison.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { existsSync } from 'node:fs';
import { startEmulator } from '../test/emulator/index.ts';
import { ROOT, runAction } from './lib/run-action.js';

const ACCOUNT = '210987654321';
const runs = Number(process.argv.find((a) => /^--runs=\d+$/.test(a))?.slice(7) ?? 15);
/** --dist=DIR: the build to time (default dist/); --compare=DIR: another one, timed alternately. */
const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? join(ROOT, 'dist');
const compare = process.argv.find((a) => a.startsWith('--compare='))?.slice(10);
const builds = compare === undefined ? [dist] : [dist, compare];

const IOT_ONLY = 'version: 1\niot:\n  regions: [us-east-1]\norganizations:\n  handshake-types: []\n';
const EVERY_FAMILY = 'version: 1\niot:\n  regions: [us-east-1]\nram:\n  regions: [us-east-1]\nsecurity-services:\n  regions: [us-east-1]\n';
const CASES = [
  { name: 'validate', mode: 'validate', policy: IOT_ONLY },
  { name: 'dry-run, IoT only', mode: 'dry-run', policy: IOT_ONLY },
  { name: 'dry-run, every family', mode: 'dry-run', policy: EVERY_FAMILY, optional: true },
];

const instructions = process.argv.includes('--instructions');
/** callgrind's profile of one process: a file of its own, read for the noise below and removed. */
const CALLGRIND_DIR = mkdtempSync(join(tmpdir(), 'inbound-guard-callgrind-'));
const CALLGRIND_OUT = join(CALLGRIND_DIR, 'profile');
const CALLGRIND = ['valgrind', '--tool=callgrind', `--callgrind-out-file=${CALLGRIND_OUT}`];
/**
 * Instructions callgrind counted for one process (its `Collected : N` line), less the one part of a
 * Node start-up that is random: a primality test (`detail::sprp`, Miller-Rabin with random bases)
 * that costs 4 to 14 M from run to run, as much as the differences this script is for.
 */
function collected(stderr) {
  const m = /Collected : (\d+)/.exec(stderr);
  if (m === null) throw new Error(`no instruction count from valgrind:\n${stderr.slice(-2000)}`);
  const annotated = spawnSync('callgrind_annotate', ['--threshold=100', CALLGRIND_OUT], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout ?? '';
  rmSync(CALLGRIND_OUT, { force: true });
  const noise = annotated.split('\n').find((line) => line.includes('detail::sprp'));
  return Number(m[1]) - (noise === undefined ? 0 : Number(noise.trim().split(/\s+/)[0]?.replace(/,/g, '') ?? 0));
}
const countNode = (args) => collected(spawnSync(CALLGRIND[0], [...CALLGRIND.slice(1), process.execPath, ...args], { encoding: 'utf8' }).stderr);
const millions = (n) => Number((n / 1e6).toFixed(1));

/** Wall seconds of `node -e 0` under the same Node: the start-up no action can go below. */
async function bareNode() {
  const started = process.hrtime.bigint();
  await new Promise((resolve, reject) => spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' }).on('close', resolve).on('error', reject));
  return Number(process.hrtime.bigint() - started) / 1e9;
}
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
const bare = [];

const emulator = await startEmulator({ scenario: { defaultAccount: ACCOUNT, defaultRegion: 'us-east-1', accounts: [{ id: ACCOUNT }] } });
const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-cold-start-'));
mkdirSync(join(workspace, '.github'));
const rows = [];
if (instructions && spawnSync('valgrind', ['--version']).status !== 0) {
  console.error('cold-start --instructions needs valgrind (apt-get install valgrind).');
  process.exit(2);
}
try {
  if (instructions) await countInstructions();
  else for (const c of CASES) {
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), c.policy);
    const seconds = new Map(builds.map((b) => [b, []]));
    const chunks = new Map();
    const failed = new Map();
    // Run 0 of each build records the chunks it loads and is not timed: the recording hook runs on a
    // loader thread of its own, whose start-up would count against the action in every timed run.
    for (let i = 0; i <= runs; i++) {
      if (i > 0) bare.push(await bareNode());
      for (const build of builds) {
        const modules = join(workspace, 'modules.txt');
        const record = i === 0;
        if (record) writeFileSync(modules, '');
        const run = await runAction({
          inputs: { mode: c.mode },
          workspace,
          dir: join(workspace, '.runner'),
          env: { ...emulator.env(ACCOUNT), ...(record ? { INBOUND_GUARD_MODULES_FILE: modules } : {}) },
          nodeArgs: record ? ['--import', join(ROOT, 'scripts', 'lib', 'record-modules.js')] : [],
          entry: join(build, 'index.js'),
        });
        if (run.code !== 0) failed.set(build, `exit ${run.code}: ${run.stdout.split('\n').filter((l) => l.startsWith('::error')).join(' ').slice(0, 200)}`);
        if (record) chunks.set(build, [...new Set(readFileSync(modules, 'utf8').split('\n').filter((u) => u.startsWith(`file://${build}/`)).map((u) => basename(u)))].sort());
        else seconds.get(build).push(run.seconds);
      }
    }
    for (const build of builds) {
      const label = builds.length > 1 ? `${c.name} (${build === dist ? 'this build' : 'compared'})` : c.name;
      if (failed.has(build) && c.optional) { rows.push({ case: label, note: `not run: ${failed.get(build)}` }); continue; }
      if (failed.has(build)) throw new Error(`${label} failed (${failed.get(build)})`);
      const s = [...seconds.get(build)].sort((x, y) => x - y);
      const files = chunks.get(build);
      const kib = files.reduce((n, f) => n + readFileSync(join(build, f)).length, 0) / 1024;
      rows.push({ case: label, runs, 'median s': Number(median(s).toFixed(3)), 'fastest s': Number(s[0].toFixed(3)), 'x node': Number((median(s) / median(bare)).toFixed(1)), 'bundle files loaded': files.length, 'KiB loaded': Math.round(kib) });
    }
  }
  if (!instructions) rows.unshift({ case: 'node -e 0 (no action)', runs: bare.length, 'median s': Number(median(bare).toFixed(3)), 'fastest s': Number(Math.min(...bare).toFixed(3)), 'x node': 1 });
} finally {
  await emulator.close();
  rmSync(workspace, { recursive: true, force: true });
  rmSync(CALLGRIND_DIR, { recursive: true, force: true });
}
if (instructions) {
  console.log(`\ninbound-guard cold start in instructions (callgrind, one run each, Node ${process.versions.node}, less the random primality test of Node's start, detail::sprp); 'x node' is over a bare \`node -e 0\`\n`);
  console.table(rows);
  process.exit(0);
}
console.log(`\ninbound-guard cold start (${builds.map((b) => `${b}/index.js`).join(' vs ')} under Node ${process.versions.node}, ${runs} runs per case; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})\n`);
console.table(rows);

/** --instructions: every case and build once under callgrind, then validate's parts. */
async function countInstructions() {
  const bareCount = countNode(['-e', '0']);
  rows.push({ case: 'node -e 0 (no action)', 'instructions (M)': millions(bareCount), 'x node': 1 });
  for (const c of CASES) {
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), c.policy);
    for (const build of builds) {
      const label = builds.length > 1 ? `${c.name} (${build === dist ? 'this build' : 'compared'})` : c.name;
      const run = await runAction({ inputs: { mode: c.mode }, workspace, dir: join(workspace, '.runner'), env: emulator.env(ACCOUNT), entry: join(build, 'index.js'), wrapper: CALLGRIND });
      if (run.code !== 0) {
        if (c.optional) { rows.push({ case: label, note: `not run: exit ${run.code}` }); continue; }
        throw new Error(`${label} failed (exit ${run.code}): ${run.stdout.slice(-500)}`);
      }
      const n = collected(run.stderr);
      rows.push({ case: label, 'instructions (M)': millions(n), 'x node': Number((n / bareCount).toFixed(2)) });
    }
  }
  if (!existsSync(join(ROOT, 'lib', 'policy', 'parse-policy.js'))) {
    rows.push({ case: "validate's parts", note: 'not counted: lib/ is missing (npm run compile)' });
    return;
  }
  const lib = (path) => JSON.stringify(join(ROOT, 'lib', path));
  const policy = JSON.stringify(IOT_ONLY);
  const PARTS = [
    ['an empty ES module (the floor of the parts below)', 'export {};'],
    ['node:crypto, randomUUID and one sha256 (validate no longer loads it: for comparison)', "import { createHash, randomUUID } from 'node:crypto'; globalThis.x = [randomUUID(), createHash('sha256').update('x').digest('hex')];"],
    ['zod/mini (as src/policy imports it), imported', "import * as z from 'zod/mini'; globalThis.x = z.string();"],
    ['zod/mini and the policy schema built', `import { PolicySchema } from ${lib('policy/schema.js')}; globalThis.x = PolicySchema;`],
    ['yaml: one small document parsed', `import { parseDocument } from 'yaml'; globalThis.x = parseDocument(${policy});`],
    ['parsePolicy of the IoT-only policy (zod/mini, schema, yaml and its own code)', `import { parsePolicy } from ${lib('policy/parse-policy.js')}; globalThis.x = parsePolicy(${policy}, 'p.yml');`],
  ];
  const work = mkdtempSync(join(ROOT, '.tmp-cold-start-'));
  try {
    let floor;
    for (const [index, [name, code]] of PARTS.entries()) {
      const dir = join(work, String(index));
      mkdirSync(dir);
      writeFileSync(join(dir, 'entry.mjs'), `${code}\n`);
      execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), ['build', join(dir, 'entry.mjs'), '-o', join(dir, 'out'), '--quiet'], { cwd: ROOT, stdio: 'ignore' });
      const n = countNode([join(dir, 'out', 'index.mjs')]);
      floor ??= n;
      const kib = Math.round(readFileSync(join(dir, 'out', 'index.mjs')).length / 1024);
      rows.push({ case: `  part: ${name}`, 'instructions (M)': millions(n), 'x node': Number((n / bareCount).toFixed(2)), 'over the floor (M)': millions(n - floor), 'KiB': kib });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

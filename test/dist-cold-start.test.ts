/**
 * A cold start compiles only what the mode runs: which of dist/'s files each mode loads, read from
 * the module loader itself (a preloaded load hook), never from a clock.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './emulator/index.ts';
import { ROOT, runDist } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const DIST = join(ROOT, 'dist');
const SAMPLE_POLICY = join('test', 'emulator', 'scenarios', 'sample-policy.yml');

/** The dist/ chunk whose source holds `marker`: chunk names are build-generated numbers. */
function chunkWith(marker: string): string {
  const found = readdirSync(DIST).filter((f) => f.endsWith('.js') && f !== 'index.js' && readFileSync(join(DIST, f), 'utf8').includes(marker));
  expect(found, `one chunk holds ${marker}`).toHaveLength(1);
  return found[0] as string;
}

/** Every dist/ file, the entry included, whose source holds `marker`. */
function filesWith(marker: string): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes(marker));
}

/**
 * What validate must not compile, each by something only it declares (ncc keeps declarations as
 * written). validate loads dist/index.js alone (below), so none of these may be in it.
 */
const NOT_FOR_VALIDATE: Readonly<Record<string, string>> = {
  'the AWS SDK': 'class IoTClient extends',
  'the GitHub client (octokit)': 'function getOctokit(',
  "undici (@actions/core's and @actions/github's HTTP client)": 'class ProxyAgent extends',
  'the sweep': 'function sweepAccount(',
  'decide and act': 'function executeDecisions(',
  'the run report: log lines and job summary': 'function renderRunSummary(',
  'merge': 'function mergeShardReports(',
  'plan': 'function renderPlanComment(',
};

/** dist/ files a run of `mode` loaded, by name. */
async function loadedBy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<string[]> {
  return distFiles(await recorded(inputs, env));
}

/** The dist/ files among recorded lines, by name. */
const distFiles = (lines: readonly string[]): string[] =>
  lines
    .filter((url) => url.startsWith(`file://${DIST}/`))
    .map((url) => basename(new URL(url).pathname))
    .sort();

/** Node built-in modules a run loaded after start-up (`crypto`, `fs/promises`, `internal/…`). */
async function builtinsLoadedBy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<string[]> {
  return (await recorded(inputs, env)).filter((line) => line.startsWith('builtin:')).map((line) => line.slice('builtin:'.length));
}

/** Every line test/helpers/record-modules.mjs wrote for one run of dist/index.js. */
async function recorded(inputs: Record<string, string>, env: Record<string, string>, workspace = ROOT): Promise<string[]> {
  const file = join(testTempDir('inbound-guard-modules-'), 'modules.txt');
  writeFileSync(file, '');
  const run = await runDist({
    workspace,
    inputs,
    env: { ...env, NODE_OPTIONS: `--import=${join(ROOT, 'test', 'helpers', 'record-modules.mjs')}`, INBOUND_GUARD_TEST_MODULES_FILE: file },
  });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return readFileSync(file, 'utf8').split('\n');
}

/**
 * Built-ins validate has no use for and that cost start-up (src/builtins.ts): node:crypto (with the
 * stream modules it brings), node:os, node:fs/promises. A static import of any of them anywhere in
 * the entry's module graph loads it at start. And no stream: log lines go to descriptor 1 without
 * process.stdout (src/runner/commands.ts), whose creation over a pipe loads the stream modules.
 */
const NOT_LOADED_BY_VALIDATE = ['crypto', 'os', 'fs/promises', 'stream', 'net'];

describe('cold start: each mode loads only the parts of dist/ it runs', () => {
  const sdk = chunkWith('class IoTClient extends');
  const github = chunkWith('@octokit/');
  // @aws-sdk/credential-providers' fromTemporaryCredentials (the bundle keeps none of its other
  // providers: scripts/lib/bundle.js, useEsmBuilds); only assuming a role needs it.
  const credentialProviders = chunkWith('@aws-sdk/credential-providers - fromTemporaryCredentials');

  it('validate loads the entry alone: no AWS SDK, no GitHub client', async () => {
    expect(await loadedBy({ mode: 'validate', 'policy-file': SAMPLE_POLICY })).toEqual(['index.js']);
  });

  it('validate loads no node:crypto, node:os, node:fs/promises, and no stream for its log', async () => {
    const builtins = await builtinsLoadedBy({ mode: 'validate', 'policy-file': SAMPLE_POLICY });
    // The recorder sees what the action loads: the ES module loader's own parts at least.
    expect(builtins.length).toBeGreaterThan(0);
    expect(builtins.filter((name) => NOT_LOADED_BY_VALIDATE.includes(name))).toEqual([]);
  });

  it.each(Object.entries(NOT_FOR_VALIDATE))('the entry (all validate compiles) leaves out %s', (_what, marker) => {
    const holders = filesWith(marker);
    // Still in dist/ somewhere: a marker that names nothing would pass for the wrong reason.
    expect(holders.length, `some chunk holds ${marker}`).toBeGreaterThan(0);
    expect(holders).not.toContain('index.js');
  });

  it('the bundle holds the AWS commands the action sends and not the rest of their services (scripts/lib/bundle.js, useEsmBuilds)', () => {
    expect(filesWith('class ListCertificatesCommand extends')).toHaveLength(1);
    expect(filesWith('class DeclineHandshakeCommand extends')).toHaveLength(1);
    // IoT has some 360 commands, Organizations 80: a client's CommonJS build would bring every one.
    expect(filesWith('class CreateThingCommand extends')).toEqual([]);
    expect(filesWith('class CreateOrganizationCommand extends')).toEqual([]);
  });

  it('dry-run loads the AWS SDK chunk, and still not the GitHub client, nor the credential providers without a role to assume', async () => {
    const emulator = await startEmulator({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml') });
    try {
      const lines = await recorded({ mode: 'dry-run', 'policy-file': SAMPLE_POLICY }, emulator.env('210987654321'));
      const loaded = distFiles(lines);
      expect(loaded).toContain(sdk);
      // Signing requests does need node:crypto: the recorder would see it in validate too.
      expect(lines).toContain('builtin:crypto');
      // The young generation's flag is set once the AWS SDK and its built-ins are loaded, and set
      // back after the sweep: V8 would compile any built-in loaded meanwhile from source (src/run/aws-run.ts).
      expect(lines).toContain('flags-changed');
      expect(lines).toContain('flags-restored');
      expect(lines.filter((line) => line.startsWith('builtin-after-flags:'))).toEqual([]);
      expect(loaded).not.toContain(github);
      expect(loaded).not.toContain(credentialProviders);
    } finally {
      await emulator.close();
    }
  });

  it('a dry-run of every family loads no built-in after the young generation\'s flag is set, its own SDK clients included', async () => {
    const account = '210987654321';
    const emulator = await startEmulator({ scenario: { defaultAccount: account, defaultRegion: 'us-east-1', accounts: [{ id: account }] } });
    const workspace = testTempDir('inbound-guard-families-');
    writeFileSync(join(workspace, 'policy.yml'), 'version: 1\niot:\n  regions: [us-east-1]\nram:\n  regions: [us-east-1]\nsecurity-services:\n  regions: [us-east-1]\n');
    try {
      const lines = await recorded({ mode: 'dry-run', 'policy-file': 'policy.yml' }, emulator.env(account), workspace);
      // RAM's and the security services' clients are chunks of their own, loaded after the flag.
      expect(distFiles(lines).filter((f) => f !== 'index.js').length).toBeGreaterThan(8);
      expect(lines).toContain('flags-changed');
      expect(lines).toContain('flags-restored');
      expect(lines.filter((line) => line.startsWith('builtin-after-flags:'))).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

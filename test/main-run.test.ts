/**
 * The action's entry, src/main.ts's run(), in this process as the bundle runs it: real INPUT_*
 * variables, a GITHUB_OUTPUT and GITHUB_STEP_SUMMARY file, the emulator for AWS. What the step
 * says when it fails — its outputs, its annotations — checked where the built bundle cannot be
 * rebuilt for a test (the dist-* tests run dist/index.js).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Outputs } from '../src/constants.js';
import { KINDS } from '../src/kinds/registry.js';
import { SAMPLE_ACCOUNT, useEmulatorEnvironment } from './helpers/emulator-env.js';
import { startFakeGitHub } from './helpers/fake-github.js';
import { SECRETS } from './helpers/hostile-error.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess, workspaceWithPolicy } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';

const SAMPLE_POLICY = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const RUN_URL = 'https://github.com/acme/guard/actions/runs/777';
/** Every output action.yml declares (constants.ts; test/examples.test.ts checks the two agree): a new one is checked on every path below. */
const EVERY_OUTPUT: string[] = Object.values(Outputs);
const COUNT_OUTPUTS = EVERY_OUTPUT.filter((name) => name !== Outputs.ReportFile && name !== Outputs.SummaryJson);

interface MainRun {
  readonly code: number | undefined;
  /** Everything written to stdout: log lines and workflow commands. */
  readonly log: string;
  readonly outputs: Record<string, string>;
  /** How many times each output was set (GITHUB_OUTPUT keeps every one). */
  readonly setCounts: Record<string, number>;
  readonly summary: string;
  readonly summaryJson: Record<string, unknown>;
}

const emulatorEnvironment = useEmulatorEnvironment();
let workspace: string;

beforeEach(() => {
  workspace = workspaceWithPolicy('main', SAMPLE_POLICY);
});
restoreRunnerEnvAfterEach();

/** Writes a policy into the workspace's .github folder. */
function policy(name: string, text: string): string {
  writeFileSync(join(workspace, '.github', name), text);
  return `.github/${name}`;
}

/** The sample policy with a line replaced or added. */
const sample = () => readFileSync(SAMPLE_POLICY, 'utf8');

async function runMain(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<MainRun> {
  const { code, log, outputFile, summary } = await runInProcess({ workspace, action: 'guard', inputs, env });
  const raw = readFileSync(outputFile, 'utf8');
  const setCounts = Object.fromEntries(EVERY_OUTPUT.map((name) => [name, raw.split('\n').filter((line) => line.startsWith(`${name}<<`)).length]));
  const outputs = parseOutputFile(outputFile);
  const json = outputs[Outputs.SummaryJson];
  const summaryJson = json === undefined ? {} : (JSON.parse(json) as Record<string, unknown>);
  return { code, log, outputs, setCounts, summary, summaryJson };
}

/** Every output set exactly once; the counts 0 and no report file: a run that read nothing. */
function expectEmptyOutputs(r: MainRun): void {
  expect(r.setCounts).toEqual(Object.fromEntries(EVERY_OUTPUT.map((name) => [name, 1])));
  for (const name of COUNT_OUTPUTS) expect(r.outputs[name]).toBe('0');
  expect(r.outputs[Outputs.ReportFile]).toBe('');
  expect(r.summaryJson).toMatchObject({ version: 1, checked: false, actedOn: [], notRead: 0, budgetTripped: false });
}

describe('a failed step sets every output, and summary-json says it failed', () => {
  it('enforce with an invalid policy (an until that is no date): the mode asked for, failures 1', async () => {
    const file = policy('broken.yml', sample().replace('until: 2099-12-31', 'until: 2099-13-45'));
    const r = await runMain({ mode: 'enforce', 'policy-file': file }, { GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/guard' });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/^::error title=inbound-guard policy%3A iot\.allow\[1\]\.until,file=\.github\/broken\.yml,line=8,/m);
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'enforce', failures: 1, runUrl: RUN_URL });
    expect(r.summary.split('\n')[0]).toBe('## ❌ inbound-guard · enforce · policy <code>.github/broken.yml</code>');
  });

  it('an input that is wrong (max-actions: abc): before any policy or AWS, still the outputs, with the mode asked for and the run', async () => {
    const r = await runMain({ mode: 'enforce', 'max-actions': 'abc' }, { GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/guard' });
    expect(r.code).toBe(1);
    expect(r.log).toContain("::error::inbound-guard: Input 'max-actions' is 'abc'");
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'enforce', failures: 1, runUrl: RUN_URL });
  });

  it('a mode that is wrong: mode none, failures 1', async () => {
    const r = await runMain({ mode: 'enforse' });
    expect(r.code).toBe(1);
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'none', failures: 1 });
    expect(r.summaryJson).not.toHaveProperty('runUrl');
  });

  it('the credentials’ account outside the policy’s accounts pin: failures 1, the mode asked for, nothing read', async () => {
    const emulator = await emulatorEnvironment.start();
    const file = policy('pinned.yml', sample().replace('version: 1\n', 'version: 1\naccounts: ["999999999999"]\n'));
    const r = await runMain({ mode: 'enforce', 'policy-file': file });
    expect(r.code).toBe(1);
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'enforce', failures: 1 });
    expect(emulator.calls.map((c) => c.operation)).toEqual(['GetCallerIdentity']);
  });

  it('a merge whose reports folder is missing: mode merge, failures 1', async () => {
    const r = await runMain({ mode: 'merge', reports: 'nowhere' });
    expect(r.code).toBe(1);
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'merge', failures: 1 });
  });

  it('a merge without the reports input: says how to download the shard reports (each artifact in its own subfolder, not merge-multiple)', async () => {
    const r = await runMain({ mode: 'merge' });
    expect(r.code).toBe(1);
    expectEmptyOutputs(r);
    expect(r.log).toContain("::error::inbound-guard: mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and a path, without merge-multiple: each artifact lands in its own subfolder, and every *.json under the folder is read).");
    expect(r.summaryJson).toMatchObject({ mode: 'merge', failures: 1 });
  });

  it('validate of an invalid policy: mode validate, failures 1', async () => {
    const r = await runMain({ mode: 'validate', 'policy-file': policy('bad.yml', 'version: 1\nfoo: 1\n') });
    expect(r.code).toBe(1);
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'validate', failures: 1 });
  });

  it('validate whose job summary cannot be written sends readers to the log and its annotations (validate writes no JSON report)', async () => {
    const r = await runMain({ mode: 'validate', 'policy-file': policy('bad.yml', 'version: 1\nfoo: 1\n') }, { GITHUB_STEP_SUMMARY: join(workspace, 'no', 'such', 'summary.md') });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/Could not write the job summary \([^)]*\); see the log and its annotations\./);
    expect(r.log).not.toContain('JSON report');
    // The failure sends readers only where the problems are: not to the summary that is not there.
    expect(r.log).toContain('Policy .github/bad.yml has 1 error; nothing was read from or written to AWS. See the annotations.');
    expect(r.log).not.toContain('or the job summary');
  });

  it('validate of an invalid policy whose job summary is written sends readers to the annotations or the job summary', async () => {
    const r = await runMain({ mode: 'validate', 'policy-file': policy('bad.yml', 'version: 1\nfoo: 1\n') });
    expect(r.log).toContain('Policy .github/bad.yml has 1 error; nothing was read from or written to AWS. See the annotations or the job summary.');
  });

  it('counts every reason the step fails for, not only the report’s: a job summary that cannot be written', async () => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode: 'dry-run' }, { GITHUB_STEP_SUMMARY: join(workspace, 'no', 'such', 'summary.md') });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/Could not write the job summary \([^)]*\); see the log and the JSON report\./);
    expect(r.summaryJson).toMatchObject({ mode: 'dry-run', checked: true, failures: 1 });
    // The report's own count of failures stays in the report: 0.
    expect((JSON.parse(readFileSync(r.outputs[Outputs.ReportFile]!, 'utf8')) as { failures: unknown[] }).failures).toEqual([]);
  });
});

// The only plan run in this file: @actions/github reads the event when plan mode first loads it.
describe('plan, with an invalid policy in the pull request', () => {
  it('fails, and summary-json says so: mode plan, checked false, failures 1', async () => {
    const [base, head, policyPath, token] = ['b'.repeat(40), 'c'.repeat(40), '.github/inbound-guard.yml', 'ghs_workflowtoken'];
    const github = await startFakeGitHub({ tokens: { [token]: { login: 'github-actions[bot]', type: 'Bot', kind: 'installation' } }, files: { 'acme/guard': { [base]: { [policyPath]: sample() }, [head]: { [policyPath]: 'version: 1\nfoo: 1\n' } } } });
    try {
      const event = join(workspace, 'event.json');
      writeFileSync(event, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'change' } }, repository: { name: 'guard', owner: { login: 'acme' }, private: true, visibility: 'private' } }));
      const r = await runMain({ mode: 'plan', 'github-token': token }, { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/guard', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_SHA: head, GITHUB_RUN_ID: '777' });
      expect(r.code).toBe(1);
      expect(r.log).toContain('in this pull request has 1 error; nothing was read from AWS. See the annotations, the job summary or the PR comment.');
      expectEmptyOutputs(r);
      expect(r.summaryJson).toMatchObject({ mode: 'plan', failures: 1, runUrl: RUN_URL });
    } finally {
      await github.close();
    }
  });
});

describe('a step that passes', () => {
  it('dry-run: each output set once, summary-json from the report, failures 0', async () => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode: 'dry-run' }, { GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/guard' });
    expect(r.code).toBeUndefined();
    expect(r.setCounts).toEqual(Object.fromEntries(EVERY_OUTPUT.map((name) => [name, 1])));
    expect(r.summaryJson).toMatchObject({ version: 1, mode: 'dry-run', checked: true, failures: 0, runUrl: RUN_URL, counts: { 'would-reject': 4, 'would-decline': 3 } });
    expect(r.outputs[Outputs.ReportFile]).not.toBe('');
  });

  it('enforce: acted counts every kind written (the sum of the per-kind outputs), rejected and declined every kind as summary-json does', async () => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode: 'enforce' });
    expect(r.code).toBeUndefined();
    expect(r.setCounts).toEqual(Object.fromEntries(EVERY_OUTPUT.map((name) => [name, 1])));
    const counts = r.summaryJson['counts'] as Record<string, number>;
    expect(counts).toMatchObject({ rejected: 4, declined: 3 });
    expect(r.outputs).toMatchObject({
      [Outputs.Acted]: '7',
      [Outputs.Rejected]: '4',
      [Outputs.Declined]: '3',
      [Outputs.RejectedCertificateTransfers]: '4',
      [Outputs.DeclinedHandshakes]: '3',
      [Outputs.Planned]: '7',
      [Outputs.Failed]: '0',
    });
    const perKind = KINDS.reduce((sum, k) => sum + Number(r.outputs[k.output.name]), 0);
    expect(Number(r.outputs[Outputs.Acted])).toBe(perKind);
    expect(Number(r.outputs[Outputs.Acted])).toBe((counts['rejected'] ?? 0) + (counts['declined'] ?? 0));
  });

  it('dry-run: acted is 0 (nothing written), planned is what the run would reject or decline', async () => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode: 'dry-run' });
    expect(r.outputs).toMatchObject({ [Outputs.Acted]: '0', [Outputs.Rejected]: '0', [Outputs.Declined]: '0', [Outputs.Planned]: '7' });
    const counts = r.summaryJson['counts'] as Record<string, number>;
    expect(Number(r.outputs[Outputs.Planned])).toBe((counts['would-reject'] ?? 0) + (counts['would-decline'] ?? 0));
  });

  it('validate of a valid policy: mode validate, checked false, failures 0', async () => {
    const r = await runMain({ mode: 'validate' });
    expect(r.code).toBeUndefined();
    expect(r.summary.split('\n')[0]).toBe('## ✅ inbound-guard · validate · policy <code>.github/inbound&#45;guard.yml</code>');
    expectEmptyOutputs(r);
    expect(r.summaryJson).toMatchObject({ mode: 'validate', failures: 0 });
  });
});

describe('validate names the policy as its annotations do, however the input gave it', () => {
  it.each([
    ['absolute', (file: string) => join(workspace, file)],
    ['./', (file: string) => `./${file}`],
  ])('%s: the failure and the job summary say .github/broken.yml', async (_name, given) => {
    const file = policy('broken.yml', sample().replace('until: 2099-12-31', 'until: 2099-13-45'));
    const r = await runMain({ mode: 'validate', 'policy-file': given(file) });
    expect(r.code).toBe(1);
    expect(r.log).toMatch(/^::error title=inbound-guard policy%3A iot\.allow\[1\]\.until,file=\.github\/broken\.yml,/m);
    expect(r.log).toContain('::error::Policy .github/broken.yml has 1 error; nothing was read from or written to AWS.');
    expect(r.summary.split('\n')[0]).toBe('## ❌ inbound-guard · validate · policy <code>.github/broken.yml</code>');
    expect(r.summary).toContain('Policy <code>.github/broken.yml</code> is invalid');
  });

  it('absolute, valid: the log line and the summary say .github/inbound-guard.yml', async () => {
    const r = await runMain({ mode: 'validate', 'policy-file': join(workspace, '.github', 'inbound-guard.yml') });
    expect(r.code).toBeUndefined();
    expect(r.log).toMatch(/^Policy \.github\/inbound-guard\.yml is valid: /m);
    expect(r.log).not.toContain(workspace);
  });
});

describe('the role-name input, by whether the policy uses it', () => {
  const UNUSED = "::warning title=inbound-guard%3A input ignored::Input 'role-name' is set, but the policy has no `targets`: the workflow's own credentials are used for its own account; role-name applies only to targets.accounts / targets.organization.";

  it.each(['dry-run', 'enforce'])('%s, a policy without targets: warned that the workflow\'s own credentials read its own account', async (mode) => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode, 'role-name': 'inbound-guard-readonly' });
    expect(r.code).toBeUndefined();
    expect(r.log.split('\n').filter((line) => line.includes("Input 'role-name'"))).toEqual([UNUSED]);
  });

  it('a policy whose targets.accounts it applies to: no warning', async () => {
    await emulatorEnvironment.start();
    const file = policy('targets.yml', sample().replace('version: 1\n', `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["${SAMPLE_ACCOUNT}"]\n`));
    const r = await runMain({ mode: 'dry-run', 'policy-file': file, 'role-name': 'inbound-guard-readonly' });
    expect(r.code).toBeUndefined();
    expect(r.log).not.toContain("Input 'role-name'");
  });
});

describe('the accounts pin, when the credentials belong to another account', () => {
  it('is a policy error annotated at its file, line and column, as every other policy error', async () => {
    await emulatorEnvironment.start();
    const file = policy('pinned.yml', sample().replace('version: 1\n', 'version: 1\naccounts: ["999999999999"]\n'));
    const r = await runMain({ mode: 'enforce', 'policy-file': file });
    expect(r.code).toBe(1);
    const errors = r.log.split('\n').filter((line) => line.startsWith('::error'));
    expect(errors).toEqual([
      `::error title=inbound-guard policy%3A accounts,file=.github/pinned.yml,line=2,col=11::.github/pinned.yml:2:11: accounts: these AWS credentials belong to account ${SAMPLE_ACCOUNT}, but accounts lets this policy govern only 999999999999. Nothing was read or written. Check the role the workflow assumes, or add the account to accounts.`,
    ]);
    // The summary still says the run stopped, and why.
    expect(r.summary).toContain('inbound-guard stopped before it could report');
    expect(r.summary).toContain('999999999999');
  });
});

describe('a matrix whose max-actions leaves each shard 0', () => {
  const withoutLimits = () => policy('guard.yml', sample().replace(/^limits:\n {2}max-actions: 10\n/m, ''));
  const EMPTY_SHARE = "::warning title=inbound-guard%3A each shard's budget is 0::The budget of 10 (the default) is split over 20 shards, 0 each: every shard that finds anything to reject or decline will trip its budget (in enforce it then writes nothing and fails). Raise max-actions to at least 20, or use fewer shards.";

  it.each(['dry-run', 'enforce'])('%s: warns before the sweep, in every shard, and says what to do', async (mode) => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode, shard: '1/20', 'policy-file': withoutLimits() });
    const lines = r.log.split('\n');
    expect(lines).toContain(EMPTY_SHARE);
    expect(lines.indexOf(EMPTY_SHARE)).toBeLessThan(lines.indexOf('::group::Sweep'));
  });

  it.each([
    ['a share of 1 or more', { shard: '1/10' }],
    ['max-actions 0 (never act: meant so)', { shard: '1/20', 'max-actions': '0' }],
    ['no matrix', {}],
  ])('no warning with %s', async (_name, inputs) => {
    await emulatorEnvironment.start();
    const r = await runMain({ mode: 'dry-run', 'policy-file': withoutLimits(), ...inputs });
    expect(r.log).not.toContain("each shard's budget is 0");
  });

  it('the merge of such a matrix warns too (it sees the shards\' budget), and its summary-json is the merged report\'s', async () => {
    await emulatorEnvironment.start();
    const file = withoutLimits();
    const planned: number[] = [];
    for (const i of [1, 2]) {
      const shard = await runMain({ mode: 'dry-run', shard: `${i}/2`, 'max-actions': '1', 'policy-file': file }, { GITHUB_ACTION: `shard${i}` });
      planned.push(Number(shard.outputs[Outputs.Planned]));
      expect(shard.log).toContain("::warning title=inbound-guard%3A each shard's budget is 0::The budget of 1 (the max-actions input) is split over 2 shards, 0 each");
      mkdirSync(join(workspace, 'reports', `shard-${i}`), { recursive: true });
      cpSync(shard.outputs[Outputs.ReportFile]!, join(workspace, 'reports', `shard-${i}`, 'inbound-guard.json'));
    }
    const merged = await runMain({ mode: 'merge', reports: 'reports' });
    expect(merged.log).toContain("::warning title=inbound-guard%3A each shard's budget is 0::The budget of 1 (the max-actions input) is split over 2 shards, 0 each");
    expect(merged.summaryJson).toMatchObject({ mode: 'dry-run', checked: true, budgetTripped: true, failures: 0 });
    // The dry-run's warning names the shard that would trip (each with anything to act on), with its own count.
    const tripped = planned.flatMap((n, i) => (n > 0 ? [{ shard: `${i + 1}/2`, n }] : []));
    expect(tripped).toHaveLength(1); // the sample's items all fall to one shard of two
    expect(merged.log).toContain(`::warning title=inbound-guard%3A the budget would trip::Shard ${tripped[0]!.shard} found ${tripped[0]!.n} items to reject or decline, more than its share: the budget of 1 (the max-actions input) is split over 2 shards, 0 each.`);
    expect(merged.setCounts).toEqual(Object.fromEntries(EVERY_OUTPUT.map((name) => [name, 1])));
  });

  it('a shard that trips says the budget as the summary does, never "the budget of 0"', async () => {
    await emulatorEnvironment.start();
    const file = withoutLimits();
    let tripped: MainRun | undefined;
    let dry: MainRun | undefined;
    let shard = 0;
    for (let i = 1; i <= 20 && tripped === undefined; i++) {
      const r = await runMain({ mode: 'enforce', shard: `${i}/20`, 'policy-file': file });
      if (r.code === 1) {
        tripped = r;
        shard = i;
        dry = await runMain({ mode: 'dry-run', shard: `${i}/20`, 'policy-file': file });
      }
    }
    const phrase = 'the budget of 10 (the default) is split over 20 shards, 0 each';
    expect(tripped?.summary).toContain(phrase);
    // The shard names itself and its own count: its share is the run's budget split, not the budget.
    const planned = Number(tripped!.outputs[Outputs.Planned]);
    const found = `This shard (${shard}/20) found ${planned} ${planned === 1 ? 'item' : 'items'} to reject or decline, more than its share`;
    const failure = tripped!.log.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure).toBe(`::error::${found}: ${phrase}; it wrote nothing. Each shard's share is 0. Raise max-actions to at least 20, or use fewer shards.`);
    const warning = dry!.log.split('\n').find((line) => line.startsWith('::warning title=inbound-guard%3A the budget would trip'));
    expect(warning).toBe(`::warning title=inbound-guard%3A the budget would trip::${found}: ${phrase}. In enforce, a shard that trips writes nothing and fails. Each shard's share is 0. Raise max-actions to at least 20, or use fewer shards.`);
    for (const r of [tripped!, dry!]) expect(r.log).not.toMatch(/budget of 0\b/);
  });
});

/**
 * AWS error text: the JSON report keeps it as AWS wrote it (redacted, bounded), for machines that
 * match on it; the log, the annotations and the job summary escape it where they show it. The same
 * hostile text through dist/index.js is dist-error-text.test.ts's.
 */
describe('AWS error text: as AWS wrote it in the JSON report, inert in the log and the job summary', () => {
  const ARN = `arn:aws:sts::${SAMPLE_ACCOUNT}:assumed-role/inbound-guard/run-777`;
  /** AWS's denial, naming an ARN (with its `::`), then what a hostile endpoint adds: a line break, workflow commands, controls, a session token. */
  const said = (action: string): string =>
    `User: ${ARN} is not authorized to perform: ${action}\n::add-mask::pwned \u001b[31m ##[set-env name=X;]y \u202e x-amz-security-token:${SECRETS.sessionToken}`;
  /** What the report keeps: the same, the token redacted. */
  const kept = (action: string): string => said(action).replace(SECRETS.sessionToken, '[redacted]');
  const RAW = ['\u001b', '\u202e'];

  interface Report {
    errors: { service: string; region?: string; message: string }[];
    items: { outcome: string; detail?: string; hint?: string; item: { kind: string } }[];
    failures: string[];
  }
  const reportOf = (r: MainRun): Report => JSON.parse(readFileSync(r.outputs[Outputs.ReportFile]!, 'utf8')) as Report;

  /** No line of the log a runner would read as a command of the sender's, nothing raw, no secret. */
  function expectInertLog(log: string): void {
    const lines = log.split('\n');
    expect(lines.filter((line) => /^::(?!error::|warning::|group::|endgroup::|add-mask::|debug::)/.test(line))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('::add-mask::pwned'))).toEqual([]);
    // An annotation's line breaks (%0A) are shown as lines: none of those may start a command either.
    for (const line of lines.filter((l) => /^::(error|warning)/.test(l))) {
      for (const shown of line.split('%0A').slice(1)) expect(shown).not.toMatch(/^\s*::/);
    }
    expect(log).not.toContain('##[set-env');
    for (const c of RAW) expect(log).not.toContain(c);
    expect(log).not.toContain(SECRETS.sessionToken);
  }

  it('enforce: errors[].message, detail and failures keep the ARN and the rest as AWS wrote it; the failing annotation and the summary show it inert', async () => {
    const emulator = await emulatorEnvironment.start();
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'us-east-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: said('iot:ListCertificates') } });
    emulator.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', region: 'eu-west-1', rate: 1, kind: 'error', error: { status: 400, type: 'InvalidRequestException', message: said('iot:RejectCertificateTransfer') } });
    const r = await runMain({ mode: 'enforce' });
    expect(r.code).toBe(1);

    const report = reportOf(r);
    expect(report.errors).toEqual([expect.objectContaining({ service: 'iot', region: 'us-east-1', message: `AccessDeniedException: ${kept('iot:ListCertificates')}` })]);
    const failed = report.items.filter((i) => i.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    for (const i of failed) expect(i.detail).toBe(`InvalidRequestException: ${kept('iot:RejectCertificateTransfer')}`);
    // Not a refusal as not allowed: AWS's text says enough, no hint.
    for (const i of failed) expect(i.hint).toBeUndefined();
    // With the hint for the credentials' own account (its policy lacks the guard permissions).
    const readFailure = report.failures.find((f) => f.startsWith(`Could not read IoT in us-east-1 of ${SAMPLE_ACCOUNT}: AccessDeniedException: ${kept('iot:ListCertificates')}. These credentials are account ${SAMPLE_ACCOUNT} (`));
    expect(readFailure).toMatch(/; their policy needs iot:ListCertificates, one of enforce's guard permissions \(iam\/enforce\.json; iam\/README\.md\)\. Items there were not checked\.$/);
    // A consumer finds the ARN as AWS spells it; never a secret.
    expect(report.errors[0]?.message).toContain(ARN);
    expect(JSON.stringify(report)).not.toContain(SECRETS.sessionToken);

    expectInertLog(r.log);
    const failure = r.log.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure).toContain(`Could not read IoT in us-east-1 of ${SAMPLE_ACCOUNT}: AccessDeniedException: User: arn:aws:sts::${SAMPLE_ACCOUNT}:assumed-role/inbound-guard/run-777 is not authorized`);
    // Each reason on a line of its own in the annotation; AWS's line break shown, not obeyed.
    expect(failure?.split('%0A').length).toBe(report.failures.length);
    expect(failure).toContain('iot:ListCertificates\\n:\u200B:add-mask:\u200B:pwned');

    for (const c of RAW) expect(r.summary).not.toContain(c);
    expect(r.summary).not.toContain(SECRETS.sessionToken);
    expect(r.summary).not.toContain('::add-mask::');
    // summary-json has ids, counts and outcomes only: none of AWS's text, escaped or not.
    expect(r.outputs[Outputs.SummaryJson]).not.toMatch(/not authorized|pwned|set-env|redacted/);
    expect(r.summaryJson).toMatchObject({ notRead: 1, counts: { failed: failed.length } });
  });

  it('enforce whose RejectCertificateTransfer is refused in its own account (read-only credentials): each failed item carries the hint, said once by the failures, the summary and the log', async () => {
    const emulator = await emulatorEnvironment.start();
    emulator.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: said('iot:RejectCertificateTransfer') } });
    const r = await runMain({ mode: 'enforce' });
    expect(r.code).toBe(1);

    const report = reportOf(r);
    const failed = report.items.filter((i) => i.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(1);
    expect(failed.every((i) => i.item.kind === 'certificate-transfer')).toBe(true);
    const hint = failed[0]?.hint;
    expect(hint).toMatch(new RegExp(`^These credentials are account ${SAMPLE_ACCOUNT} \\(arn:aws:sts::${SAMPLE_ACCOUNT}:assumed-role/\\S+\\); their policy needs iot:RejectCertificateTransfer, one of enforce's guard permissions \\(iam/enforce\\.json; iam/README\\.md\\)\\.$`));
    // AWS's answer stays in the detail, as AWS wrote it; the hint is ours, the same on every write refused alike.
    for (const i of failed) expect(i).toMatchObject({ detail: `AccessDeniedException: ${kept('iot:RejectCertificateTransfer')}`, hint });
    // The handshakes' declines were not refused: no hint there.
    expect(report.items.filter((i) => i.outcome === 'declined').length).toBeGreaterThan(0);
    expect(report.items.filter((i) => i.outcome !== 'failed' && 'hint' in i)).toEqual([]);

    // Once each: the step's failures (after the count of failed writes), the job summary (under its table), the log (at the first write).
    const n = failed.length;
    expect(report.failures.slice(-2)).toEqual([`${n} rejections or declines failed; see the job summary and the report.`, `${n} writes were refused as not allowed. ${hint}`]);
    expect(r.summary).toContain(`**${n} writes were refused as not allowed.** These credentials are account ${SAMPLE_ACCOUNT}`);
    expect(r.summary.split('RejectCertificateTransfer, one of enforce').length).toBe(2);
    expect(r.summary).toContain('&#40;iam/enforce.json; iam/README.md&#41;.');
    expect(r.log.split('\n').filter((line) => line.startsWith('❌ failed:') && line.endsWith(hint!))).toHaveLength(1);
    expect(r.log.split('\n').find((line) => line.startsWith('::error::'))).toContain(`%0A${n} writes were refused as not allowed. These credentials are account ${SAMPLE_ACCOUNT}`);
    expectInertLog(r.log);
    for (const c of RAW) expect(r.summary).not.toContain(c);
  });

  it('a run that stops on the error (STS): the annotation shows AWS\'s text inert, a line of it each', async () => {
    const emulator = await emulatorEnvironment.start();
    // STS speaks XML, which cannot carry ESC: the line break, the commands and the token are what matter here.
    const message = said('sts:GetCallerIdentity').replace('\u001b', '?');
    emulator.injectFault({ service: 'sts', operation: 'GetCallerIdentity', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDenied', message } });
    const r = await runMain({ mode: 'dry-run' });
    expect(r.code).toBe(1);
    expectInertLog(r.log);
    const failure = r.log.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure).toContain(`::error::inbound-guard: Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: AccessDenied: User: arn:aws:sts::${SAMPLE_ACCOUNT}:assumed-role`);
    expect(failure).toContain('%0A:\u200B:add-mask:\u200B:pwned');
    expect(r.summary).toContain('inbound-guard stopped before it could report');
    for (const c of RAW) expect(r.summary).not.toContain(c);
    expect(r.summary).not.toContain(SECRETS.sessionToken);
  });

  it('merge: the shard reports keep the text as written; the merged report too, and the merge shows it inert', async () => {
    const emulator = await emulatorEnvironment.start();
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'us-east-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: said('iot:ListCertificates') } });
    for (const i of [1, 2]) {
      const shard = await runMain({ mode: 'dry-run', shard: `${i}/2` }, { GITHUB_ACTION: `shard${i}` });
      mkdirSync(join(workspace, 'reports', `shard-${i}`), { recursive: true });
      cpSync(shard.outputs[Outputs.ReportFile]!, join(workspace, 'reports', `shard-${i}`, 'inbound-guard.json'));
    }
    const merged = await runMain({ mode: 'merge', reports: 'reports' });
    expect(merged.code).toBe(1);
    expect(reportOf(merged).errors).toEqual([expect.objectContaining({ service: 'iot', region: 'us-east-1', message: `AccessDeniedException: ${kept('iot:ListCertificates')}` })]);
    expectInertLog(merged.log);
    expect(merged.log).toContain(`::error::Could not read IoT in us-east-1 of ${SAMPLE_ACCOUNT}: AccessDeniedException: User: arn:aws:sts::${SAMPLE_ACCOUNT}:`);
    for (const c of RAW) expect(merged.summary).not.toContain(c);
  });
});

const hasJq = spawnSync('jq', ['--version']).status === 0;

describe.skipIf(!hasJq)('the Slack step of examples/scheduled-alert.yml, on what a failed run sets (needs jq)', () => {
  type Step = { name?: string; run?: string; if?: string };
  const wf = parse(readFileSync(join(ROOT, 'examples', 'scheduled-alert.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
  const step = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.name === 'Tell Slack');

  /** Runs the step's script as a runner would (bash -e -o pipefail), with a curl that keeps what it was sent. */
  function tellSlack(summary: string): { text: string } | undefined {
    const bin = testTempDir('inbound-guard-curl-');
    writeFileSync(join(bin, 'curl'), `#!/bin/sh\ncat > "${bin}/body.json"\n`);
    chmodSync(join(bin, 'curl'), 0o755);
    execFileSync('bash', ['-e', '-o', 'pipefail', '-c', step?.run ?? 'false'], { encoding: 'utf8', env: { ...process.env, SUMMARY: summary, SLACK_WEBHOOK_URL: 'https://hooks.slack.example/x', PATH: `${bin}:${process.env['PATH'] ?? ''}` } });
    return existsSync(join(bin, 'body.json')) ? (JSON.parse(readFileSync(join(bin, 'body.json'), 'utf8')) as { text: string }) : undefined;
  }

  it('runs whenever summary-json is set, which a failed run now always does', () => {
    expect(step?.if).toBe("always() && steps.guard.outputs.summary-json != ''");
  });

  it('posts for a scheduled enforce run with a broken policy, saying nothing was checked and linking the run', async () => {
    const file = policy('broken.yml', sample().replace('until: 2099-12-31', 'until: 2099-13-45'));
    const r = await runMain({ mode: 'enforce', 'policy-file': file }, { GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/guard' });
    expect(tellSlack(r.outputs[Outputs.SummaryJson]!)?.text).toBe(`inbound-guard enforce: nothing was checked; the step failed. ${RUN_URL}\n`);
  });

  it('posts for a bad input', async () => {
    const r = await runMain({ mode: 'enforce', 'max-actions': 'abc' }, { GITHUB_RUN_ID: '777', GITHUB_REPOSITORY: 'acme/guard' });
    expect(tellSlack(r.outputs[Outputs.SummaryJson]!)?.text).toBe(`inbound-guard enforce: nothing was checked; the step failed. ${RUN_URL}\n`);
  });

  it('posts the counts for a run that checked and failed; nothing for a run with nothing to say', async () => {
    await emulatorEnvironment.start();
    const failed = await runMain({ mode: 'dry-run' }, { GITHUB_STEP_SUMMARY: join(workspace, 'no', 'summary.md') });
    expect(tellSlack(failed.outputs[Outputs.SummaryJson]!)?.text.split('\n')[0]).toBe('inbound-guard dry-run: 7 would be rejected or declined, 0 not read; the step failed. ');
    const calm = await runMain({ mode: 'validate' });
    expect(tellSlack(calm.outputs[Outputs.SummaryJson]!)).toBeUndefined();
  });
});

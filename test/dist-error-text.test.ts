/**
 * Hostile AWS error text through the built dist/index.js against the emulator (issue 14, defect 2).
 * The emulator answers listing and rejection calls with a 600 KB error that carries ESC, NUL,
 * U+2028, U+202E, workflow commands and a SignatureDoesNotMatch-style echo of the canonical request
 * with the session token; the run's own credentials are that session token, a secret key and a
 * GitHub token. Nothing of it may reach the log, the annotations or the job summary other than as
 * bounded, inert, redacted text; the JSON report keeps it bounded and redacted, otherwise as AWS
 * wrote it (the same through src/main.ts in this process: main-run.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ERROR_MESSAGE_LENGTH } from '../src/aws/errors.js';
import { startEmulator, type EmulatorHandle } from './emulator/index.ts';
import { hostileErrorMessage, SECRETS } from './helpers/hostile-error.js';
import { ROOT, runDist, type DistRun } from './helpers/run-dist.js';

const SCENARIO_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY_FILE = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const ACCOUNT = '210987654321';
const HOSTILE = hostileErrorMessage();
/** What must not appear anywhere: raw controls, bidi overrides, line separators. */
const RAW_CONTROLS = ['\u001b', '\u0000', '\u2028', '\u202e'];

interface Report {
  errors: { service: string; region?: string; message: string }[];
  items: { outcome: string; detail?: string }[];
  failures: string[];
}

let emulator: EmulatorHandle;
let run: DistRun;
let report: Report;
let reportText: string;

beforeAll(async () => {
  emulator = await startEmulator({ scenario: SCENARIO_FILE });
  const error = { status: 403, type: 'InvalidSignatureException', message: HOSTILE };
  emulator.injectFault({ service: 'iot', operation: 'ListCertificates', region: 'us-east-1', rate: 1, kind: 'error', error });
  emulator.injectFault({ service: 'organizations', operation: 'ListHandshakesForAccount', rate: 1, kind: 'error', error: { ...error, type: 'AccessDeniedException' } });
  emulator.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', region: 'eu-west-1', rate: 1, kind: 'error', error: { ...error, status: 400, type: 'InvalidRequestException' } });
  // Everything the tests read is read here: the folder (workspace and run) goes when it has been.
  const scratch = mkdtempSync(join(tmpdir(), 'inbound-guard-errors-'));
  try {
    const workspace = join(scratch, 'workspace');
    mkdirSync(join(workspace, '.github'), { recursive: true });
    cpSync(POLICY_FILE, join(workspace, '.github', 'inbound-guard.yml'));
    run = await runDist({
      workspace,
      dir: join(scratch, 'run'),
      inputs: { mode: 'enforce', 'github-token': SECRETS.githubToken },
      env: { ...emulator.env(ACCOUNT), AWS_SECRET_ACCESS_KEY: SECRETS.secretAccessKey, AWS_SESSION_TOKEN: SECRETS.sessionToken },
    });
    reportText = readFileSync(run.outputs['report-file'] ?? '', 'utf8');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  report = JSON.parse(reportText) as Report;
}, 120_000);
afterAll(async () => {
  await emulator.close();
});

/** The log without the runner's mask registrations (which name the secret so the runner can hide it). */
const logWithoutMasks = () => run.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');

describe('the emulator answers the hostile error as sent (the knob)', () => {
  it('every faulted call was made and answered with the error', () => {
    const faulted = emulator.calls.filter((c) => c.fault === 'error');
    expect(new Set(faulted.map((c) => c.operation))).toEqual(new Set(['ListCertificates', 'ListHandshakesForAccount', 'RejectCertificateTransfer']));
    expect(new Set(faulted.map((c) => c.errorType))).toEqual(new Set(['InvalidSignatureException', 'AccessDeniedException', 'InvalidRequestException']));
  });
});

describe('dist/index.js with a 600 KB hostile AWS error', () => {
  it('fails the step, naming what could not be read and what failed', () => {
    expect(run.code).toBe(1);
    expect(report.errors.map((e) => [e.service, e.region])).toEqual([['iot', 'us-east-1'], ['organizations', undefined]]);
    expect(report.items.filter((i) => i.outcome === 'failed').length).toBeGreaterThan(0);
  });

  it('registers the secrets it knows with the runner before anything else is written', () => {
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3).sort()).toEqual([SECRETS.githubToken, SECRETS.secretAccessKey, SECRETS.sessionToken].map((s) => `::add-mask::${s}`).sort());
  });

  it('the log (annotations included) has no line near the error\'s size, no raw control character, no secret', () => {
    const log = logWithoutMasks();
    const longest = Math.max(...log.split('\n').map((line) => line.length));
    expect(longest).toBeLessThan(8_000);
    for (const c of RAW_CONTROLS) expect(log).not.toContain(c);
    for (const secret of Object.values(SECRETS)) expect(log).not.toContain(secret);
    // The annotation that fails the step carries the reason, redacted.
    const failure = log.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure).toMatch(/Could not read IoT in us-east-1( of \d{12})?: InvalidSignatureException: The request signature we calculated/);
    expect(failure).toContain('x-amz-security-token:[redacted]');
    // Nothing the error says can become a workflow command.
    expect(log.split('\n').filter((line) => /^::(?!error::|warning::|group::|endgroup::|debug::)/.test(line))).toEqual([]);
  });

  it('the job summary is bounded, inert and redacted', () => {
    expect(run.summary.length).toBeLessThan(100_000);
    for (const c of RAW_CONTROLS) expect(run.summary).not.toContain(c);
    for (const secret of Object.values(SECRETS)) expect(run.summary).not.toContain(secret);
    expect(run.summary).not.toMatch(/<img|\$x\$|@octocat/);
  });

  it('the JSON report keeps bounded, redacted text in errors, item details and failures, otherwise as AWS wrote it', () => {
    expect(reportText.length).toBeLessThan(200_000);
    for (const secret of Object.values(SECRETS)) expect(reportText).not.toContain(secret);
    const texts = [...report.errors.map((e) => e.message), ...report.items.flatMap((i) => (i.detail ? [i.detail] : [])), ...report.failures];
    expect(texts.length).toBeGreaterThanOrEqual(5);
    for (const text of texts) expect(Array.from(text).length).toBeLessThan(MAX_ERROR_MESSAGE_LENGTH + 400);
    expect(report.errors[0]?.message).toContain('x-amz-security-token:[redacted]');
    // Not escaped for the log: AWS's line breaks are there as line breaks (the log and the summary escape them where they show them).
    expect(report.errors[0]?.message).toContain('\nhost:iot.us-east-1.amazonaws.com\n');
  });
});

describe('dist/index.js when STS answers the hostile error (the run stops before it can report)', () => {
  let stopped: DistRun;
  beforeAll(async () => {
    const emu = await startEmulator({ scenario: SCENARIO_FILE });
    // STS speaks XML, which cannot carry NUL or ESC: the echo and the secrets are what matter here.
    // eslint-disable-next-line no-control-regex -- replacing them is the point
    const xmlSafe = HOSTILE.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '?');
    emu.injectFault({ service: 'sts', operation: 'GetCallerIdentity', rate: 1, kind: 'error', error: { status: 403, type: 'SignatureDoesNotMatch', message: xmlSafe } });
    const scratch = mkdtempSync(join(tmpdir(), 'inbound-guard-errors-'));
    const workspace = join(scratch, 'workspace');
    mkdirSync(join(workspace, '.github'), { recursive: true });
    cpSync(POLICY_FILE, join(workspace, '.github', 'inbound-guard.yml'));
    try {
      stopped = await runDist({
        workspace,
        dir: join(scratch, 'run'),
        inputs: { mode: 'dry-run' },
        env: { ...emu.env(ACCOUNT), AWS_SECRET_ACCESS_KEY: SECRETS.secretAccessKey, AWS_SESSION_TOKEN: SECRETS.sessionToken },
      });
    } finally {
      await emu.close();
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);

  it('fails with the reason, bounded and redacted, in the annotation and the summary', () => {
    expect(stopped.code).toBe(1);
    const log = stopped.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n');
    const failure = log.split('\n').find((line) => line.startsWith('::error::'));
    expect(failure).toContain('Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: SignatureDoesNotMatch: The request signature we calculated');
    expect(failure?.length).toBeLessThan(4_000);
    expect(stopped.summary).toContain('inbound-guard stopped before it could report');
    for (const text of [log, stopped.summary]) {
      for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
      for (const c of RAW_CONTROLS) expect(text).not.toContain(c);
    }
    expect(stopped.summary.length).toBeLessThan(5_000);
  });
});

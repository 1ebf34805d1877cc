/**
 * Runs one fault scenario: in-process through sweepAndAct with real SDK clients built as
 * aws-run.ts builds them (commonClientConfig: adaptive retries, request timeouts that throw) but
 * pointed at the emulator with a short fixed retry delay, or through dist/index.js as a runner
 * would. Either way the run is then checked against the invariants.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountClient } from '@aws-sdk/client-account';
import { IoTClient } from '@aws-sdk/client-iot';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { STSClient } from '@aws-sdk/client-sts';
import { commonClientConfig, type AwsClients } from '../../src/aws/clients.js';
import { awsEffects } from '../../src/aws/effects.js';
import type { RunLog } from '../../src/run/inventory.js';
import type { RunReport } from '../../src/run/report-types.js';
import { sweepAndAct } from '../../src/run/sweep-run.js';
import { startEmulator, type EmulatorHandle } from '../emulator/index.ts';
import { quickRetry } from '../emulator/sdk-clients.ts';
import { runDist } from '../helpers/run-dist.js';
import type { FaultScenario } from './generate.ts';
import { checkRun, type Observation, type Violation } from './invariants.ts';

export interface RunResult {
  readonly scenario: FaultScenario;
  readonly violations: readonly Violation[];
  readonly failedStep: boolean;
  readonly writes: number;
  /** Calls a fault, a race, a rate limit or a disabled region answered, plus the duplicate items the sweep met. */
  readonly faultedCalls: number;
  /** What the checks read, for a test that plants a violation in it. */
  readonly observation: Observation;
}

/** Clients of one account against the emulator, configured like awsClientFactory's but with quick retries. */
export function emulatorClients(emu: EmulatorHandle, account: string, s: Pick<FaultScenario, 'requestTimeoutMs' | 'maxAttempts'>): AwsClients {
  const common = {
    ...commonClientConfig({ maxAttempts: s.maxAttempts, requestTimeoutMs: s.requestTimeoutMs, connectionTimeoutMs: 2_000 }),
    retryStrategy: quickRetry(s.maxAttempts, 2),
    endpoint: emu.url,
    credentials: emu.credentials(account),
  };
  const iot = new Map<string, IoTClient>();
  return {
    iot(region) {
      let client = iot.get(region);
      if (client === undefined) iot.set(region, (client = new IoTClient({ ...common, region })));
      return client;
    },
    organizations: new OrganizationsClient({ ...common, region: 'us-east-1' }),
    sts: new STSClient({ ...common, region: 'us-east-1' }),
    account: new AccountClient({ ...common, region: 'us-east-1' }),
    regional: () => {
      throw new Error('the fault suite reads IoT and handshakes only');
    },
  };
}

const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException']);

function observe(emu: EmulatorHandle, s: FaultScenario, report: Observation['report'], dist?: Observation['dist'], duplicates = 0): RunResult {
  const calls = [...emu.calls];
  const observation: Observation = { scenario: s, calls, report, dist };
  const violations = checkRun(observation);
  const writes = calls.filter((c) => c.operation === 'RejectCertificateTransfer' || c.operation === 'DeclineHandshake').length;
  const faultedCalls = calls.filter((c) => c.fault !== undefined || c.race !== undefined || THROTTLED.has(c.errorType ?? '') || c.errorType === 'UnrecognizedClientException').length + duplicates;
  return { scenario: s, violations, failedStep: report === undefined || report.failures.length > 0, writes, faultedCalls, observation };
}

/** One scenario, in this process. */
export async function runInProcess(s: FaultScenario): Promise<RunResult> {
  const emu = await startEmulator({ scenario: s.scenario });
  try {
    const clients = emulatorClients(emu, s.scenario.defaultAccount ?? '', s);
    let report: RunReport | undefined;
    // Duplicates are not faults of any one call: the sweep's own count of them stands in.
    let duplicates = 0;
    const log: RunLog = {
      sweep: (e) => {
        if (e.type === 'region-finished' || e.type === 'handshakes-finished') duplicates += e.duplicates;
      },
      act: () => undefined,
    };
    try {
      report = await sweepAndAct(
        { clients, now: () => new Date(), log },
        { mode: s.mode, policy: s.policy, regionsInput: s.regions, maxActions: s.maxActions, effects: s.mode === 'enforce' ? (inventory) => awsEffects(inventory.clientsOf) : undefined },
      );
    } catch (error) {
      return { ...observe(emu, s, undefined), violations: [{ invariant: 'outputs-agree', detail: `sweepAndAct threw: ${String(error)}` }] };
    }
    return observe(emu, s, report, undefined, duplicates);
  } finally {
    await emu.close();
  }
}

/** The policy as the YAML a repository would hold. */
export function policyYaml(s: FaultScenario): string {
  const p = s.policy;
  const lines = ['version: 1', 'iot:', `  regions: [${s.regions.join(', ')}]`];
  lines.push(p.iot.allow.length === 0 ? '  allow: []' : '  allow:');
  for (const e of p.iot.allow) lines.push(`    - source-account: "${e.sourceAccount}"`);
  lines.push('organizations:', `  handshake-types: [${p.organizations.handshakeTypes.join(', ')}]`);
  lines.push(p.organizations.allow.length === 0 ? '  allow: []' : '  allow:');
  for (const e of p.organizations.allow) lines.push(`    - organization: ${e.organization}`);
  lines.push('limits:', `  max-actions: ${p.limits.maxActions ?? 10}`);
  return `${lines.join('\n')}\n`;
}

/** One scenario through dist/index.js in a child process (Node 24), with the SDK's own retries. */
export async function runThroughDist(s: FaultScenario): Promise<RunResult> {
  const emu = await startEmulator({ scenario: s.scenario });
  const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-faults-'));
  try {
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policyYaml(s));
    const inputs: Record<string, string> = { mode: s.mode };
    if (s.maxActions !== undefined) inputs['max-actions'] = String(s.maxActions);
    const run = await runDist({ workspace, inputs, env: emu.env(s.scenario.defaultAccount ?? ''), timeoutMs: 120_000 });
    let report: Observation['report'];
    try {
      report = run.outputs['report-file'] ? (JSON.parse(readFileSync(run.outputs['report-file'], 'utf8')) as Observation['report']) : undefined;
    } catch {
      report = undefined;
    }
    rmSync(run.dir, { recursive: true, force: true });
    return observe(emu, s, report, { code: run.code, outputs: run.outputs });
  } finally {
    await emu.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}


/**
 * End to end, src/main.ts's run() in this process against the emulator: an enforce run whose first
 * write of each service is made and then its reply lost (`phase: 'after'`: a 500, a 503 or a reset
 * after the change). The SDK retries; the retry meets the item answered already (IoT
 * TransferAlreadyCompletedException, Organizations HandshakeAlreadyInStateException, Detective's
 * 404, an unprocessed decline of GuardDuty, Macie and Security Hub), or, for RAM, replays the
 * success (its clientToken). Every one of those writes is the run's: rejected or declined in the
 * log, the outputs, the JSON report and the alert issue, with a detail that says the reply was lost.
 * A race met after throttling only is someone else's: it stays no longer pending.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LOST_REPLY } from '../src/act/execute.js';
import type { RunReport } from '../src/run/report-types.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { useFakeGitHubBot } from './helpers/fake-github.js';
import { ROOT, parseOutputFile } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess, workspaceWithPolicy } from './helpers/run-in-process.js';

const emulatorEnvironment = useEmulatorEnvironment();
const fakeGitHub = useFakeGitHubBot();
restoreRunnerEnvAfterEach();

const POLICY_ALL = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml');
const GITHUB_ENV = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: 'a'.repeat(40), GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '1', GITHUB_WORKFLOW: 'w', GITHUB_EVENT_NAME: 'schedule' };
const WRITES = /^(Reject|Decline)/;

async function enforce(name: string) {
  const run = await runInProcess({
    workspace: workspaceWithPolicy(name, POLICY_ALL),
    action: name,
    inputs: { mode: 'enforce', 'max-actions': '20', alert: 'issue', 'github-token': 'tok' },
    env: { ...GITHUB_ENV, GITHUB_API_URL: fakeGitHub.current.url },
  });
  const outputs = parseOutputFile(run.outputFile);
  const report = JSON.parse(readFileSync(outputs['report-file'] ?? '', 'utf8')) as RunReport;
  return { run, outputs, report };
}

it('writes whose reply was lost and whose retry found them done are the run\'s rejections and declines, of every kind', async () => {
  const emulator = await emulatorEnvironment.start();
  emulator.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', nth: 1, kind: 'http500', phase: 'after' });
  emulator.injectFault({ service: 'organizations', operation: 'DeclineHandshake', nth: 1, kind: 'reset', phase: 'after' });
  emulator.injectFault({ service: 'ram', operation: 'RejectResourceShareInvitation', nth: 1, kind: 'http500', phase: 'after' });
  emulator.injectFault({ service: 'guardduty', operation: 'DeclineInvitations', nth: 1, kind: 'http500', phase: 'after' });
  emulator.injectFault({ service: 'macie2', operation: 'DeclineInvitations', nth: 1, kind: 'reset', phase: 'after' });
  emulator.injectFault({ service: 'securityhub', operation: 'DeclineInvitations', nth: 1, kind: 'http503', phase: 'after' });
  emulator.injectFault({ service: 'detective', operation: 'RejectInvitation', nth: 1, kind: 'http500', phase: 'after' });

  const { run, outputs, report } = await enforce('lost-replies');

  // The emulator made each first write, lost its reply, and answered the retry as AWS does.
  const writes = emulator.calls.filter((c) => WRITES.test(c.operation));
  const retried = (service: string) => writes.filter((c) => c.service === service && c.fault !== undefined).length;
  for (const service of ['iot', 'organizations', 'ram', 'guardduty', 'macie2', 'securityhub', 'detective']) expect(retried(service), service).toBe(1);
  expect(writes.filter((c) => c.errorType !== undefined && c.fault === undefined).map((c) => `${c.service} ${c.status} ${c.errorType}`).sort()).toEqual([
    'detective 404 ResourceNotFoundException',
    'iot 410 TransferAlreadyCompletedException',
    'organizations 409 HandshakeAlreadyInStateException',
  ]);

  const acted = report.items.filter((i) => i.action === 'reject' || i.action === 'decline');
  expect(acted).toHaveLength(13);
  expect(acted.filter((i) => i.outcome !== 'rejected' && i.outcome !== 'declined')).toEqual([]);
  const credited = acted.filter((i) => i.detail?.startsWith(LOST_REPLY) === true);
  // IoT, the handshake and the four security services; RAM's retry replayed its success (no detail).
  expect(credited.map((i) => (i.item.kind === 'security-invitation' ? i.item.service : i.item.kind)).sort()).toEqual([
    'certificate-transfer',
    'detective',
    'guardduty',
    'handshake',
    'macie',
    'securityhub',
  ]);
  expect(credited.find((i) => i.item.kind === 'handshake')?.detail).toMatch(/found it declined already \(HandshakeAlreadyInStateException: .*already in the requested state DECLINED/);
  expect(report.counts).toMatchObject({ rejected: 6, declined: 7, 'already-handled': 0, failed: 0 });
  expect(outputs).toMatchObject({ acted: '13', rejected: '6', declined: '7', 'rejected-certificate-transfers': '4', 'declined-handshakes': '3', 'rejected-share-invitations': '2', 'declined-security-invitations': '4', failed: '0' });

  // The log counts the writes as the outputs do: the totals (rejected, declined), then each kind's own.
  expect(run.log).toContain('Rejected 6 (IoT certificate transfers 4, RAM resource-share invitations 2), declined 7 (Organizations handshakes 3, Security-service administrator invitations 4), no longer pending 0,');
  expect(run.log).not.toContain('↷ no longer pending');
  expect(run.summary).toContain('**6 rejected · 7 declined · 0 no longer pending');

  // The alert issue lists every write, the six whose reply was lost saying so in their Outcome cell.
  const [issue] = fakeGitHub.current.issuesOf('acme/guard');
  expect(issue?.body).toContain('### 🛑 Rejected or declined in the last run (13)');
  expect(issue?.body.split('\n').filter((row) => /^\| 🛑 (rejected|declined)<br><sub>Made by this run&#58; an earlier attempt&#39;s reply was lost /.test(row))).toHaveLength(6);
});

it('a race met after throttled attempts only (nothing could have been written) stays no longer pending', async () => {
  const emulator = await emulatorEnvironment.start();
  const transfer = '90355b1587c46967c9cc7814adb6b61574873df2165fc2252ad79593d69a0eb3';
  const invite = 'h-upx7focnp0gsdlzk0ym21rqv';
  const throttled = { status: 400, type: 'ThrottlingException', message: 'Rate exceeded' };
  emulator.injectFault({ service: 'iot', operation: 'RejectCertificateTransfer', id: transfer, nth: 1, kind: 'error', error: throttled });
  emulator.injectFault({ service: 'organizations', operation: 'DeclineHandshake', id: invite, nth: 1, kind: 'error', error: { ...throttled, status: 429, type: 'TooManyRequestsException' } });
  // Answered by someone else before the retry (a fault answers before the race is applied).
  emulator.raceBeforeNext({ operation: 'RejectCertificateTransfer', id: transfer, outcome: 'cancelled' });
  emulator.raceBeforeNext({ operation: 'DeclineHandshake', id: invite, outcome: 'declined' });

  const { report } = await enforce('throttled-race');

  const of = (id: string) => emulator.calls.filter((c) => WRITES.test(c.operation) && JSON.stringify(c.params).includes(id)).map((c) => c.status);
  expect(of(transfer)).toEqual([400, 410]);
  expect(of(invite)).toEqual([429, 409]);
  const handled = report.items.filter((i) => i.outcome === 'already-handled');
  expect(handled.map((i) => (i.item.kind === 'certificate-transfer' ? i.item.certificateId : i.item.kind === 'handshake' ? i.item.id : i.item.kind)).sort()).toEqual([transfer, invite].sort());
  expect(handled.every((i) => i.detail?.startsWith(LOST_REPLY) === false)).toBe(true);
});

// npm run demo: the action's main job on the built-in local AWS emulator.
// Starts the emulator with the sample scenario, runs the built dist/index.js against it in dry-run
// and then in enforce with the sample policy (IoT transfers and handshakes; RAM and the security
// services not governed), and shows what each run reported and wrote. Then the same account, fresh,
// under a policy that governs every family: transfers, handshakes, RAM resource-share invitations
// and GuardDuty/Macie/Security Hub/Detective invitations, one budget. Then an organization: the
// workflow's account guards every member through a role.
// Leaves nothing in the system's temp folder: the workspaces are removed at the end, and the job
// summaries and JSON reports it prints the paths of are in .tmp/demo/ (replaced on each run).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../test/emulator/index.ts';
import { ROOT, runAction, summaryAsText } from './lib/run-action.js';

const SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const POLICY_ALL = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy-all.yml');
const ACCOUNT = '210987654321';
const WRITES = new Set([
  'RejectCertificateTransfer', 'DeclineHandshake', 'AcceptCertificateTransfer', 'CancelCertificateTransfer', 'AcceptHandshake', 'CancelHandshake',
  'RejectResourceShareInvitation', 'AcceptResourceShareInvitation', 'DeclineInvitations', 'RejectInvitation',
]);

const OUT = join(ROOT, '.tmp', 'demo');

const emulator = await startEmulator({ scenario: SCENARIO });
rmSync(OUT, { recursive: true, force: true });
const workspace = mkdtempSync(join(tmpdir(), 'inbound-guard-demo-'));
// Ctrl-C skips the finally below: remove the workspace then too.
process.once('SIGINT', () => {
  rmSync(workspace, { recursive: true, force: true });
  process.exit(130);
});
mkdirSync(join(workspace, '.github'));
cpSync(POLICY, join(workspace, '.github', 'inbound-guard.yml'));

console.log(`AWS emulator at ${emulator.url}, acting as account ${ACCOUNT}`);
console.log(`Workspace ${workspace} (removed at the end) with the sample policy at .github/inbound-guard.yml\n`);

let exitCode = 0;
try {
  for (const mode of ['dry-run', 'enforce']) {
    emulator.clearCalls();
    const run = await runAction({ inputs: { mode }, workspace, dir: join(OUT, mode), env: emulator.env(ACCOUNT) });
    const writes = emulator.calls.filter((c) => WRITES.has(c.operation));
    const bar = '═'.repeat(78);
    console.log(`${bar}\n  mode: ${mode}   exit code: ${run.code}   ${run.seconds.toFixed(2)} s   AWS calls: ${emulator.calls.length} (writes: ${writes.length})\n${bar}`);
    console.log(summaryAsText(run.summary).trim());
    console.log(`\n  outputs: ${Object.entries(run.outputs).filter(([k]) => k !== 'report-file').map(([k, v]) => `${k}=${v}`).join('  ')}`);
    console.log(`  job summary: ${run.summaryFile}`);
    console.log(`  JSON report: ${run.outputs['report-file']}\n`);
    if (run.code !== 0) exitCode = 1;
    if (run.stderr.trim()) console.error(run.stderr);
  }
} finally {
  await emulator.close();
  rmSync(workspace, { recursive: true, force: true });
}

// Every family: the same account as it was before the runs above, under a policy with `ram` and
// `security-services` sections. One budget covers the 13 writes of all four families.
const everything = await startEmulator({ scenario: SCENARIO });
const allWorkspace = mkdtempSync(join(tmpdir(), 'inbound-guard-demo-all-'));
mkdirSync(join(allWorkspace, '.github'));
cpSync(POLICY_ALL, join(allWorkspace, '.github', 'inbound-guard.yml'));
console.log(`\nEvery family (test/emulator/scenarios/sample-policy-all.yml): the same account, fresh, with RAM and the security services governed too`);
try {
  const run = await runAction({ inputs: { mode: 'enforce' }, workspace: allWorkspace, dir: join(OUT, 'every-family'), env: everything.env(ACCOUNT) });
  const writes = everything.calls.filter((c) => WRITES.has(c.operation));
  const byService = [...new Set(writes.map((c) => c.service))].map((service) => `${service} ${writes.filter((c) => c.service === service).length}`).join(', ');
  const bar = '═'.repeat(78);
  console.log(`${bar}\n  every family, mode: enforce   exit code: ${run.code}   ${run.seconds.toFixed(2)} s   AWS calls: ${everything.calls.length} (writes: ${writes.length}: ${byService})\n${bar}`);
  console.log(summaryAsText(run.summary).trim());
  console.log(`\n  outputs: ${Object.entries(run.outputs).filter(([k]) => k !== 'report-file').map(([k, v]) => `${k}=${v}`).join('  ')}`);
  console.log(`  job summary: ${run.summaryFile}`);
  console.log(`  JSON report: ${run.outputs['report-file']}\n`);
  if (run.code !== 0) exitCode = 1;
  if (run.stderr.trim()) console.error(run.stderr);
} finally {
  await everything.close();
  rmSync(allWorkspace, { recursive: true, force: true });
}

// An organization: a security account lists the organization's accounts, assumes the guard role in
// each, and sweeps every region enabled there, under one budget for the whole run.
const ORG_SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml');
const ORG_POLICY = join(ROOT, 'test', 'emulator', 'scenarios', 'organization-policy.yml');
const organization = await startEmulator({ scenario: ORG_SCENARIO });
const orgWorkspace = mkdtempSync(join(tmpdir(), 'inbound-guard-demo-org-'));
mkdirSync(join(orgWorkspace, '.github'));
cpSync(ORG_POLICY, join(orgWorkspace, '.github', 'inbound-guard.yml'));
console.log(`\nAn organization (test/emulator/scenarios/organization.yml): the workflow runs in the security account ${organization.defaultAccount}`);
try {
  const run = await runAction({ inputs: { mode: 'enforce' }, workspace: orgWorkspace, dir: join(OUT, 'organization'), env: organization.env() });
  const writes = organization.calls.filter((c) => WRITES.has(c.operation));
  const accounts = new Set(writes.map((c) => c.account));
  const bar = '═'.repeat(78);
  console.log(`${bar}\n  organization, mode: enforce   exit code: ${run.code}   ${run.seconds.toFixed(2)} s   AWS calls: ${organization.calls.length} (writes: ${writes.length} in ${accounts.size} accounts)\n${bar}`);
  console.log(summaryAsText(run.summary).trim());
  console.log(`\n  outputs: ${Object.entries(run.outputs).filter(([k]) => k !== 'report-file').map(([k, v]) => `${k}=${v}`).join('  ')}`);
  console.log(`  job summary: ${run.summaryFile}`);
  console.log(`  JSON report: ${run.outputs['report-file']}\n`);
  if (run.code !== 0) exitCode = 1;
  if (run.stderr.trim()) console.error(run.stderr);
} finally {
  await organization.close();
  rmSync(orgWorkspace, { recursive: true, force: true });
}
process.exitCode = exitCode;

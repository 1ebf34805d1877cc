// npm run demo: the action's main job on the built-in local AWS emulator.
// Starts the emulator with the sample scenario, runs the built dist/index.js against it in dry-run
// and then in enforce with the sample policy, and shows what each run reported and wrote.
// Leaves nothing in the system's temp folder: the workspace is removed at the end, and the job
// summaries and JSON reports it prints the paths of are in .tmp/demo/ (replaced on each run).
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../test/emulator/index.ts';
import { ROOT, runAction, summaryAsText } from './lib/run-action.js';

const SCENARIO = join(ROOT, 'test', 'emulator', 'scenarios', 'sample.yml');
const POLICY = join(ROOT, 'test', 'emulator', 'scenarios', 'sample-policy.yml');
const ACCOUNT = '210987654321';
const WRITES = new Set(['RejectCertificateTransfer', 'DeclineHandshake', 'AcceptCertificateTransfer', 'CancelCertificateTransfer', 'AcceptHandshake', 'CancelHandshake']);

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
process.exitCode = exitCode;

// npm run test:unit [-- vitest arguments]: every test under vitest, then one plain closing line,
// "Tests: N passed, N failed[, N skipped]", for tools (and people) that read the last line — printed
// whether the tests passed or not, from the JSON report this run wrote (never an earlier run's).
// Exits with vitest's status.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const report = resolve('.tmp', 'vitest.json');
rmSync(report, { force: true });
const vitest = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)], { stdio: 'inherit' });
const status = vitest.status ?? 1;
if (existsSync(report)) {
  const totals = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = totals.numPendingTests + totals.numTodoTests;
  console.log(`Tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} else {
  console.log(`Tests: no report (vitest ${vitest.signal ? `was stopped by ${vitest.signal}` : `exited with ${status}`} before writing one)`);
}
process.exit(status === 0 && !existsSync(report) ? 1 : status);

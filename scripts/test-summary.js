// Prints the vitest run's totals as one plain line ("Tests: N passed, N failed, N skipped") for
// tools that read a closing line, from the JSON report `npm run test:unit` writes.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../.tmp/vitest.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);

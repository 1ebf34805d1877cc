/**
 * Temporary folders for tests, removed by the test that made them. A folder left behind is one more
 * in the machine's temp folder on every run (tens of thousands once, from a helper a property test
 * called).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new folder in the OS's temp folder (`prefix` and six random characters), removed with all it
 * holds once the current test has finished, passed or failed: after its afterEach hooks, so they
 * may still read it. Call it in a test or in a beforeEach (vitest throws elsewhere); a folder a
 * whole file shares, made in beforeAll, is removed by that file's afterAll.
 */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * `npm test` ends with `npm run test:unit` (scripts/test-unit.js), whose last line CI and the README
 * promise: "Tests: N passed, N failed". It must be printed when tests fail too, from this run's
 * report, and the script must keep vitest's exit status.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-dist.js';

describe('scripts/test-unit.js', () => {
  // Under the repository, so that the tests' `import … from 'vitest'` resolves.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'test-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A config of its own, or vitest would find the repository's (which runs test/**).
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } };\n");
  const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts', 'test-unit.js')], { cwd: dir, encoding: 'utf8' });
  const lastLine = (out: string) => out.trim().split('\n').at(-1);

  it('prints the closing line and fails when a test fails, and the earlier report is not reused', () => {
    writeFileSync(join(dir, 'a.test.ts'), "import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit('fails', () => expect(1).toBe(2));\n");
    const failing = run();
    expect(failing.status).toBe(1);
    expect(lastLine(failing.stdout)).toBe('Tests: 1 passed, 1 failed');

    writeFileSync(join(dir, 'a.test.ts'), "import { it, expect } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit.skip('later', () => {});\n");
    const passing = run();
    expect(passing.status).toBe(0);
    expect(lastLine(passing.stdout)).toBe('Tests: 1 passed, 0 failed, 1 skipped');

    // vitest stops before any test (a broken config): the passing run's report must not speak for it.
    writeFileSync(join(dir, 'vitest.config.mjs'), 'export default {');
    const broken = run();
    expect(broken.status).not.toBe(0);
    expect(lastLine(broken.stdout)).toMatch(/^Tests: no report \(vitest exited with \d+ before writing one\)$/);
  }, 60_000);
});

import { defineConfig } from 'vitest/config';

/**
 * The vitest config Stryker uses (`npm run mutation`): only the unit and in-process emulator tests
 * that import src/. The tests below run the committed bundle (dist/index.js), the demo, the local
 * runner or only read repository files, or only test the emulator itself — none of them can kill
 * a src/ mutant, and the dist ones are the slowest in the suite.
 */
export const NOT_FOR_MUTATION = [
  'test/demo.test.ts',
  'test/dist-*.test.ts',
  'test/iam.test.ts',
  'test/local-run.test.ts',
  'test/publishing.test.ts',
  'test/readme.test.ts',
  'test/third-party-notice.test.ts',
  'test/trail-recipes.test.ts',
  'test/version.test.ts',
  'test/workflows.test.ts',
  'test/fast-check-seed.test.ts',
  // The emulator's own tests (they import test/emulator, not src/).
  'test/emulator-account.test.ts',
  'test/emulator-iot.test.ts',
  'test/emulator-knobs.test.ts',
  'test/emulator-organizations-accounts.test.ts',
  'test/emulator-organizations.test.ts',
  'test/emulator-ram.test.ts',
  'test/emulator-scenario.test.ts',
  'test/emulator-security-invitations.test.ts',
  'test/emulator-sts.test.ts',
];

/**
 * `MUTATION_TESTS` (comma-separated globs) narrows the tests to a folder's own, for a faster run. A
 * score measured with fewer tests can only be lower than with all of them (fewer tests kill fewer
 * mutants), so a narrowed score is a floor; the table says which tests were used.
 */
const globs = (value: string | undefined) => value?.split(',').map((g) => g.trim()).filter((g) => g.length > 0) ?? [];
const only = globs(process.env.MUTATION_TESTS);
/** `MUTATION_SKIP` (comma-separated globs) leaves these tests out (e.g. the fault suite); a floor too. */
const skip = globs(process.env.MUTATION_SKIP);

export default defineConfig({
  test: {
    include: only.length > 0 ? only : ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...NOT_FOR_MUTATION, ...skip],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

// Stryker config for `npm run mutation` (scripts/mutation.js sets MUTATION_FOLDER to one src/ folder).
// Not part of `npm test` or CI: a full run takes tens of minutes on two cores.
const folder = process.env.MUTATION_FOLDER ?? 'decide';
const mutate = process.env.MUTATION_MUTATE ? process.env.MUTATION_MUTATE.split(',') : [`src/${folder}/**/*.ts`];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate,
  ignorePatterns: ['lib', 'coverage', '.tmp'],
  concurrency: Number(process.env.MUTATION_CONCURRENCY ?? 2),
  incremental: true,
  incrementalFile: `reports/mutation/${folder}.incremental.json`,
  reporters: ['json', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${folder}.json` },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10_000,
  // Static mutants (module-level code: the policy schema, patterns, message tables) are evaluated
  // once at import, so Stryker must run every test for each: in src/policy, 497 of them would take
  // ~3 hours on two cores. They are ignored unless MUTATION_STATIC=1, and the table counts them.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  thresholds: { high: 90, low: 80, break: null },
};

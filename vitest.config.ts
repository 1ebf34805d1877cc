import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every fast-check property runs with one fixed seed (FC_SEED overrides it).
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default in a run is one worker fewer than the cores: one worker on a 2-core machine
    // (CI's), where many files spend their time waiting on a child process (dist/index.js) or the
    // emulator. On the 2-core machine, one worker took 448 s for the suite, two 276 s.
    // VITEST_MAX_WORKERS=1 falls back (a machine where the timing-sensitive tests suffer from it).
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS) || Math.max(2, availableParallelism() - 1),
  },
});

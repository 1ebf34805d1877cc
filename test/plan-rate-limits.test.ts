/** The rate-limits input reaches a plan run's clients (one plan run: see helpers/plan-main-run.ts). */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

// The emulator holds DescribeCertificate to 1 a second (burst 1): at the documented 10 the plan's
// describes would be throttled (the input was once not passed to plan runs); with 1 they are paced.
it('plan: rate-limits DescribeCertificate=1 paces the plan\'s describes to the emulator\'s 1 a second: none is throttled', async () => {
  const r = await runPlan({ failComment: false, inputs: { 'rate-limits': 'DescribeCertificate=1' }, prepare: (emulator) => emulator.setRateLimit({ service: 'iot', operation: 'DescribeCertificate', tps: 1, burst: 1 }) });
  const describes = r.emulator.calls.filter((c) => c.operation === 'DescribeCertificate');
  expect(describes.length).toBeGreaterThan(1);
  expect(describes.some((c) => c.errorType === 'ThrottlingException')).toBe(false);
  expect(r.code ?? 0).toBe(0);
}, 60000);

/**
 * The mirror of test/plan-named-region-not-enabled.test.ts: the BASE names an opt-in region the
 * account has not enabled (me-south-1) and the PR switches to `all`. A scheduled run with the PR's
 * policy reads only the enabled regions and passes; so must the plan: the base's names are not read
 * beside the PR's `all` (InventoryScope.named keeps the PR's names only), where readByHead would file
 * their errors under the PR, which reads `all`.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';

const SAMPLE = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');
const environment = useEmulatorEnvironment();
const head = () => parsedPolicy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: all'));
const base = () => parsedPolicy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1, me-south-1]'));
const deps = () => ({ clients: createAwsClients(), now: () => new Date(), log: { sweep: () => undefined, act: () => undefined } });
const where = (errors: readonly { service: string; region?: string | undefined }[]) => errors.map((e) => `${e.service} ${e.region ?? ''}`);

it('control: the PR policy (`all`) alone does not read me-south-1 and does not fail', async () => {
  await environment.start({ credentials: true });
  const outcome = await planAgainstAccount(deps(), { head: head(), base: { state: 'missing' } });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  expect(where(outcome.plan.errors)).not.toContain('iot me-south-1');
  expect(outcome.report.failures).toEqual([]);
});

it('a base that names not-enabled me-south-1 must not fail the PR that reads `all` (its error is base-only)', async () => {
  await environment.start({ credentials: true });
  const outcome = await planAgainstAccount(deps(), { head: head(), base: { state: 'valid', policy: base() } });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  expect(where(outcome.plan.errors)).not.toContain('iot me-south-1');
  expect(outcome.report.failures).toEqual([]);
});


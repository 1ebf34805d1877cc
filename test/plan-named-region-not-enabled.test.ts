/**
 * A PR whose policy names an opt-in region the account has not enabled: a scheduled run with it reads
 * that region and fails on it. In a plan whose base reads `all`, the union scope is `all` and the
 * region list is read: the PR's named region must be read besides the enabled ones
 * (InventoryScope.named), or the plan would pass without a word on it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';

const SAMPLE = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');
const policy = parsedPolicy;
const environment = useEmulatorEnvironment();
const head = () => policy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1, me-south-1]'));
const deps = () => ({ clients: createAwsClients(), now: () => new Date(), log: { sweep: () => undefined, act: () => undefined } });

it('control: the PR policy against a missing base reads me-south-1 and fails on it', async () => {
  await environment.start({ credentials: true });
  const outcome = await planAgainstAccount(deps(), { head: head(), base: { state: 'missing' } });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  expect(outcome.plan.errors.map((e) => `${e.service} ${e.region ?? ''}`)).toContain('iot me-south-1');
  expect(outcome.report.failures.length).toBeGreaterThan(0);
});

it('with a base that reads every enabled region, the PR policy’s named me-south-1 is still read (and fails the plan)', async () => {
  const handle = await environment.start({ credentials: true });
  const base = policy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: all'));
  const outcome = await planAgainstAccount(deps(), { head: head(), base: { state: 'valid', policy: base } });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  const iotRegions = [...new Set(handle.calls.filter((c) => c.operation === 'ListCertificates').map((c) => c.region))];
  expect(iotRegions).toContain('me-south-1');
  expect(outcome.plan.errors.map((e) => `${e.service} ${e.region ?? ''}`)).toContain('iot me-south-1');
});

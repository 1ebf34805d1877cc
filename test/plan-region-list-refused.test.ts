/**
 * Wire-level: plan mode when the region list (Account ListRegions) is refused and only the base
 * branch's policy reads every enabled region. The PR's policy names its regions: one sweep serves
 * both with the union scope (`all`), and still reads the regions the PR names, as a scheduled run
 * with the PR's policy would read them without the list. Only what the base's `all` adds is unread:
 * a gap in the comparison, not a failure.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { itemKey } from '../src/plan/diff-decisions.js';
import { failsTheStep } from '../src/report/log-lines.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';

const SAMPLE = readFileSync('test/emulator/scenarios/sample-policy.yml', 'utf8');

const policy = parsedPolicy;

const environment = useEmulatorEnvironment();

it('the region list refused: the regions the PR’s policy names are read all the same, and only the base’s every-enabled-region read is a gap', async () => {
  const handle = await environment.start({ credentials: true });
  handle.injectFault({ service: 'account', operation: 'ListRegions', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: 'denied' } });
  const head = policy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: [us-east-1]'));
  const base = policy(SAMPLE.replace('regions: [us-east-1, eu-west-1]', 'regions: all'));
  const events: SweepEvent[] = [];
  const outcome = await planAgainstAccount(
    { clients: createAwsClients(), now: () => new Date(), log: { sweep: (e) => void events.push(e), act: () => undefined } },
    { head, base: { state: 'valid', policy: base } },
  );
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);

  // us-east-1, which the PR's policy reads, is read without the list; no other region is.
  expect([...new Set(handle.calls.filter((c) => c.operation === 'ListCertificates').map((c) => c.region))]).toEqual(['us-east-1']);
  // The report's coverage is the PR policy's, which names its regions and read them all; the list the base needed is its gap (baseOnlyErrorCount).
  expect(outcome.report.accounts[0]?.kinds['certificate-transfer']).toEqual({ state: 'swept', regions: { selection: 'list', swept: ['us-east-1'], skipped: [], failed: [] } });
  expect(outcome.report.accounts.map((a) => [a.read, a.baseOnlyErrorCount])).toEqual([['partial', 1]]);
  expect(outcome.plan.regions.swept).toEqual(['us-east-1']);
  const iot = outcome.plan.diff.changes.filter((c) => c.item.kind === 'certificate-transfer');
  expect(iot.length).toBeGreaterThan(0);
  expect(iot.every((c) => itemKey(c.item).startsWith('iot:us-east-1:') && c.head !== undefined && c.base !== undefined)).toBe(true);
  expect(outcome.report.items.some((i) => i.item.kind === 'certificate-transfer')).toBe(true);

  // The list is the base's alone: a gap in the comparison, a plain log line, no failure.
  expect(outcome.plan.errors).toEqual([]);
  expect(outcome.plan.baseOnlyErrors?.map((e) => [e.service, e.account])).toEqual([['account', '210987654321']]);
  expect(outcome.report.failures).toEqual([]);
  expect(events.filter((e) => 'error' in e).map((e) => [e.type, failsTheStep(e)])).toEqual([['listing-failed', false]]);
});

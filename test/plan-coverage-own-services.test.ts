/**
 * A plan's report gives each policy's region coverage "each by its own services … as a dry-run of
 * that policy would report it" (docs/report.md), though its one sweep reads the union of both
 * policies' services: a region the base's service alone is offered (or enabled) in is not swept
 * for the PR's, and a skip about the base's service alone is not the PR's. The invariant: for the
 * account the PR's policy guards, planning it against any base gives the coverage (all but
 * `readForBase`, which is the base's by definition) that planning it against itself gives.
 * Wire-level, against the emulator's sample scenario (Security Hub is not enabled in eu-west-1).
 */
import { describe, expect, it } from 'vitest';
import { createAwsClients } from '../src/aws/clients.js';
import { MACIE_REGIONS } from '../src/aws/service-regions.js';
import { notEnabledReason, notOfferedReason, SERVICE_NAMES, skipReasonService, UNKNOWN_REGION_REASON } from '../src/kinds/services.js';
import type { KindCoverage } from '../src/run/kind-coverage.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import type { BasePolicy } from '../src/plan/types.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { parsedPolicy } from './helpers/policy.js';

const environment = useEmulatorEnvironment();
const security = (services: string, regions: string) => `version: 1\niot:\n  regions: [us-east-1]\nsecurity-services:\n  services: [${services}]\n  regions: ${regions}\n`;

/** A kind's coverage as the PR's policy reads it, readForBase left out. */
function coverage(kind: KindCoverage): unknown {
  if (kind.regions === undefined) return kind;
  return { ...kind, regions: Object.fromEntries(Object.entries(kind.regions).filter(([key]) => key !== 'readForBase')) };
}

async function planned(head: string, base: BasePolicy) {
  const outcome = await planAgainstAccount({ clients: createAwsClients(), now: () => new Date() }, { head: parsedPolicy(head), base });
  if (outcome.kind !== 'planned') throw new Error(outcome.kind);
  const [account] = outcome.report.accounts;
  if (account === undefined) throw new Error('no account');
  return Object.fromEntries(Object.entries(account.kinds).map(([name, kind]) => [name, coverage(kind)]));
}

describe('a plan gives the PR policy the coverage a plan of it against itself gives, whatever the base reads', () => {
  // eu-central-2: GuardDuty, Security Hub and Detective are offered there, Macie is not (aws/service-regions.ts).
  it('the scenario: Macie is not offered in eu-central-2', () => {
    expect(MACIE_REGIONS).not.toContain('eu-central-2');
  });

  const heads = [
    ['Macie in us-east-1 and eu-central-2', security('macie', '[us-east-1, eu-central-2]')],
    ['GuardDuty in eu-west-1 (Security Hub not enabled there)', security('guardduty', '[eu-west-1, us-east-1]')],
  ] as const;
  const bases = [
    ['GuardDuty in eu-central-2', security('guardduty', '[eu-central-2]')],
    ['Security Hub and Detective in every region named', security('security-hub, detective', '[us-east-1, eu-west-1, eu-central-2]')],
    ['every service in every enabled region', security('guardduty, macie, security-hub, detective', 'all')],
    ['no security services', 'version: 1\niot:\n  regions: [us-east-1, eu-west-1]\n'],
  ] as const;

  it.each(heads.flatMap(([h, head]) => bases.map(([b, base]) => [`${h}, against a base with ${b}`, head, base] as const)))('%s', async (_, head, base) => {
    await environment.start({ credentials: true });
    const alone = await planned(head, { state: 'valid', policy: parsedPolicy(head) });
    expect(await planned(head, { state: 'valid', policy: parsedPolicy(base) })).toEqual(alone);
    // What "alone" says, so that the invariant is not met by both being wrong: swept only where its own service is offered and enabled.
    const theKind = alone['security-invitation'] as { regions: { swept: string[]; skipped: { region: string; reason: string }[] } };
    if (head.includes('macie')) {
      expect(theKind.regions.swept).toEqual(['us-east-1']);
      expect(theKind.regions.skipped).toEqual([{ region: 'eu-central-2', reason: notOfferedReason('macie') }]);
    } else {
      expect(theKind.regions.swept).toEqual(['eu-west-1', 'us-east-1']);
      expect(theKind.regions.skipped).toEqual([]);
    }
  });
});

describe('skipReasonService', () => {
  it.each(SERVICE_NAMES)('%s: its not-offered and not-enabled reasons are about it', (service) => {
    expect(skipReasonService(notOfferedReason(service))).toBe(service);
    expect(skipReasonService(notEnabledReason(service))).toBe(service);
  });

  it('a region this release does not know is about no one service', () => {
    expect(skipReasonService(UNKNOWN_REGION_REASON)).toBeUndefined();
  });
});

/**
 * Security-service administrator invitations: one row per rule, and the properties default deny
 * rests on: an invitation an in-force entry allows is never declined, a policy without
 * `security-services` declines none, and nothing but a pending invitation of a governed service is
 * ever declined.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { DecisionAction } from '../src/decide/types.js';
import type { SecurityInvitationItem } from '../src/model/items.js';
import type { Policy, SecurityServicesAllowEntry } from '../src/policy/types.js';
import { nowArb, policyArb, securityEntryMatchingArb, securityInvitationItemArb } from './arbitraries.js';
import { securityInvitation } from './helpers/items.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const DELEGATED = '111122223333';
const STRANGER = '999988887777';

interface Row {
  readonly name: string;
  readonly item: SecurityInvitationItem;
  readonly policy: PolicyFragment;
  readonly action: DecisionAction;
  readonly index?: number;
  readonly reason: string;
}

describe('security-service invitations', () => {
  const rows: Row[] = [
    { name: 'no security-services section: not governed, left alone', item: securityInvitation(), policy: {}, action: 'ignore', reason: 'not governed by this policy (it has no security-services section)' },
    { name: 'an empty section declines every pending invitation (default deny)', item: securityInvitation({ administratorAccountId: STRANGER }), policy: { securityServices: {} }, action: 'decline', reason: `no security-services.allow entry allows guardduty invitations from account ${STRANGER}` },
    { name: 'Security Hub is written security-hub in reasons', item: securityInvitation({ service: 'securityhub' }), policy: { securityServices: {} }, action: 'decline', reason: 'allows security-hub invitations' },
    { name: 'a service the section does not name is not governed', item: securityInvitation({ service: 'macie' }), policy: { securityServices: { services: ['guardduty'] } }, action: 'ignore', reason: 'macie is not governed by security-services.services' },
    { name: 'an entry for the inviting account → allow', item: securityInvitation({ administratorAccountId: DELEGATED }), policy: { securityServices: { allow: [{ sourceAccount: STRANGER, services: ['macie'] }, { sourceAccount: DELEGATED, note: 'delegated admin' }] } }, action: 'allow', index: 1, reason: 'allowed by security-services.allow[1] (line 66): delegated admin' },
    { name: 'an entry narrowed to the service → allow', item: securityInvitation({ service: 'detective', administratorAccountId: DELEGATED }), policy: { securityServices: { allow: [{ sourceAccount: DELEGATED, services: ['detective'] }] } }, action: 'allow', index: 0, reason: 'allowed by security-services.allow[0]' },
    { name: 'an entry narrowed to other services → decline, naming them', item: securityInvitation({ service: 'securityhub', administratorAccountId: DELEGATED }), policy: { securityServices: { allow: [{ sourceAccount: DELEGATED, services: ['guardduty', 'macie'] }] } }, action: 'decline', reason: `security-services.allow[0] (line 63) names account ${DELEGATED} but its services cover only guardduty, macie, not security-hub` },
    { name: 'a lapsed entry → decline, citing it', item: securityInvitation({ administratorAccountId: DELEGATED }), policy: { securityServices: { allow: [{ sourceAccount: DELEGATED, until: '2026-06-14' }] } }, action: 'decline', reason: `security-services.allow[0] (line 63) would allow guardduty invitations from ${DELEGATED} but lapsed at the end of 2026-06-14 (UTC)` },
    { name: 'an accepted one (Enabled) → ignore', item: securityInvitation({ status: 'Enabled' }), policy: { securityServices: {} }, action: 'ignore', reason: 'already Enabled; only a pending (Invited) invitation can be declined' },
    { name: "Detective's INVITED is pending", item: securityInvitation({ service: 'detective', status: 'INVITED' }), policy: { securityServices: {} }, action: 'decline', reason: 'detective invitations' },
    { name: 'pending whatever the case (INVITED from Security Hub)', item: securityInvitation({ service: 'securityhub', status: 'INVITED' }), policy: { securityServices: {} }, action: 'decline', reason: 'security-hub' },
    { name: 'an empty inviting account → decline (default deny)', item: securityInvitation({ administratorAccountId: '' }), policy: { securityServices: { allow: [{ sourceAccount: DELEGATED }] } }, action: 'decline', reason: 'the inviting account could not be determined' },
  ];
  it.each(rows)('$name', (row) => {
    const [decision] = decide([row.item], buildPolicy(row.policy), NOW);
    expect(decision?.item).toBe(row.item);
    expect(decision?.action).toBe(row.action);
    expect(decision?.matched?.index).toBe(row.index);
    expect(decision?.reason).toContain(row.reason);
    expect(decision?.matched !== undefined).toBe(row.action === 'allow');
    if (row.action === 'allow') expect(decision?.matched?.list).toBe('security-services.allow');
  });
});

const RUNS = { numRuns: 300, seed: 13 };

function withEntry(policy: Policy, at: number, entry: SecurityServicesAllowEntry, service: SecurityInvitationItem['service']): Policy {
  const section = policy.securityServices;
  const allow = [...(section?.allow ?? [])];
  allow.splice(Math.min(at, allow.length), 0, entry);
  const services = [...new Set([...(section?.services ?? []), service])];
  return { ...policy, securityServices: { position: { line: 60, column: 1 }, regions: section?.regions ?? 'all', services, allow: allow.map((e, index) => ({ ...e, index })) } };
}

describe('security-service invitations: properties', () => {
  it('a pending invitation an in-force entry matches is allowed, wherever the entry sits', () => {
    fc.assert(
      fc.property(
        fc
          .record({ item: securityInvitationItemArb().filter((i) => i.status.toLowerCase() === 'invited'), policy: policyArb, now: nowArb, at: fc.nat({ max: 5 }) })
          .chain((r) => securityEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, entry }))),
        ({ item, policy, now, at, entry }) => {
          const [decision] = decide([item], withEntry(policy, at, entry, item.service), now);
          expect(decision?.action).toBe('allow');
          expect(decision?.matched?.list).toBe('security-services.allow');
        },
      ),
      RUNS,
    );
  });

  it('without the section nothing is declined; only a pending invitation of a governed service ever is', () => {
    fc.assert(
      fc.property(securityInvitationItemArb(), policyArb, nowArb, (item, policy, now) => {
        expect(decide([item], { ...policy, securityServices: undefined }, now)[0]?.action).toBe('ignore');
        const [decision] = decide([item], policy, now);
        const judged = policy.securityServices?.services.includes(item.service) === true && item.status.toLowerCase() === 'invited';
        if (!judged) expect(decision?.action).toBe('ignore');
        expect(['allow', 'decline', 'ignore']).toContain(decision?.action);
      }),
      RUNS,
    );
  });
});

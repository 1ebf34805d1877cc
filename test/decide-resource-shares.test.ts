/**
 * RAM resource-share invitations: one row per rule (an invitation, a policy fragment and `now` in;
 * the action, the matched entry and a piece of the reason out), and the properties default deny
 * rests on: an invitation an in-force entry allows is never rejected, a policy without `ram` never
 * rejects one, and nothing but a PENDING one is ever rejected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { DecisionAction } from '../src/decide/types.js';
import type { ResourceShareInvitationItem } from '../src/model/items.js';
import type { Policy, RamAllowEntry } from '../src/policy/types.js';
import { nowArb, policyArb, ramEntryMatchingArb, resourceShareInvitationItemArb } from './arbitraries.js';
import { resourceShareInvitation } from './helpers/items.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const FACTORY = '111122223333';
const PARTNER = '444455556666';
const STRANGER = '999988887777';
const subnet = (n: number) => ({ arn: `arn:aws:ec2:eu-west-1:${FACTORY}:subnet/subnet-${n}`, type: 'ec2:Subnet' });
const tgw = { arn: `arn:aws:ec2:eu-west-1:${FACTORY}:transit-gateway/tgw-1`, type: 'ec2:TransitGateway' };

interface Row {
  readonly name: string;
  readonly item: ResourceShareInvitationItem;
  readonly policy: PolicyFragment;
  readonly now?: Date;
  readonly action: DecisionAction;
  readonly index?: number;
  readonly reason: string;
}

describe('resource-share invitations', () => {
  const rows: Row[] = [
    { name: 'no ram section: not governed, left alone', item: resourceShareInvitation({ senderAccountId: STRANGER }), policy: {}, action: 'ignore', reason: 'not governed by this policy (it has no ram section)' },
    { name: 'ram: {} → reject everything pending (default deny)', item: resourceShareInvitation({ senderAccountId: STRANGER }), policy: { ram: {} }, action: 'reject', reason: `sending account ${STRANGER} is not in ram.allow` },
    { name: 'an entry for the sender → allow', item: resourceShareInvitation({ senderAccountId: FACTORY }), policy: { ram: { allow: [{ sourceAccount: PARTNER }, { sourceAccount: FACTORY, note: 'network team' }] } }, action: 'allow', index: 1, reason: 'allowed by ram.allow[1] (line 45): network team' },
    { name: 'an entry for someone else → reject', item: resourceShareInvitation({ senderAccountId: STRANGER }), policy: { ram: { allow: [{ sourceAccount: FACTORY }] } }, action: 'reject', reason: `sending account ${STRANGER} is not in ram.allow` },
    { name: 'unknown sender → reject, whatever the entries', item: resourceShareInvitation({ senderAccountId: undefined }), policy: { ram: { allow: [{ sourceAccount: FACTORY }] } }, action: 'reject', reason: 'the sending account could not be determined, so no ram.allow entry can match it (default deny)' },
    { name: 'an empty sender is no sender', item: resourceShareInvitation({ senderAccountId: '' }), policy: { ram: { allow: [{ sourceAccount: FACTORY }] } }, action: 'reject', reason: 'could not be determined' },
    { name: 'already ACCEPTED → ignore', item: resourceShareInvitation({ senderAccountId: STRANGER, status: 'ACCEPTED' }), policy: { ram: {} }, action: 'ignore', reason: 'already ACCEPTED; only PENDING invitations can be rejected' },
    { name: 'EXPIRED → ignore', item: resourceShareInvitation({ senderAccountId: STRANGER, status: 'EXPIRED' }), policy: { ram: {} }, action: 'ignore', reason: 'already EXPIRED' },
    { name: 'an odd status is not echoed', item: resourceShareInvitation({ status: '::warning::<b>x</b>' }), policy: { ram: {} }, action: 'ignore', reason: 'already (a value of 19 characters with unusual characters, not shown)' },
    { name: 'resource-types covering every resource → allow', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [subnet(1), subnet(2)] }), policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'allow', index: 0, reason: 'allowed by ram.allow[0]' },
    { name: 'resource types compare case-insensitively', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [{ arn: 'arn:x', type: 'EC2:subnet' }] }), policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'allow', index: 0, reason: 'allowed by ram.allow[0]' },
    {
      name: 'a resource outside resource-types → reject, naming it',
      item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [subnet(1), tgw] }),
      policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } },
      action: 'reject',
      reason: `ram.allow[0] (line 42) names sending account ${FACTORY} but its resource-types cover only ec2:Subnet; the invitation also shares ec2:TransitGateway`,
    },
    { name: 'a resource of unknown type never matches a narrowed entry', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [{ arn: 'arn:x' }] }), policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'reject', reason: 'the invitation also shares (a resource of unknown type)' },
    { name: 'no resources listed: a narrowed entry cannot vouch for it', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [] }), policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'reject', reason: 'the invitation lists no resources, so its resource-types cannot be checked' },
    { name: 'no resources listed: an entry without resource-types still allows', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [] }), policy: { ram: { allow: [{ sourceAccount: FACTORY }] } }, action: 'allow', index: 0, reason: 'allowed by ram.allow[0]' },
    { name: 'a hostile resource type is described, not echoed', item: resourceShareInvitation({ senderAccountId: FACTORY, resources: [{ arn: 'arn:x', type: '::error::<img src=x>' }] }), policy: { ram: { allow: [{ sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'reject', reason: '(a type of 20 characters with unusual characters, not shown)' },
    { name: 'a lapsed entry → reject, citing it', item: resourceShareInvitation({ senderAccountId: FACTORY }), policy: { ram: { allow: [{ sourceAccount: FACTORY, until: '2026-06-14' }] } }, action: 'reject', reason: `ram.allow[0] (line 42) would allow ${FACTORY} but lapsed at the end of 2026-06-14 (UTC)` },
    { name: 'in force for the whole of its last day', item: resourceShareInvitation({ senderAccountId: FACTORY }), policy: { ram: { allow: [{ sourceAccount: FACTORY, until: '2026-06-15' }] } }, action: 'allow', index: 0, reason: 'until the end of 2026-06-15 (UTC)' },
    { name: 'a later in-force entry wins over a lapsed earlier one', item: resourceShareInvitation({ senderAccountId: FACTORY }), policy: { ram: { allow: [{ sourceAccount: FACTORY, until: '2020-01-01' }, { sourceAccount: FACTORY, resourceTypes: ['ec2:Subnet'] }] } }, action: 'allow', index: 1, reason: 'allowed by ram.allow[1]' },
  ];
  it.each(rows)('$name', (row) => {
    const [decision] = decide([row.item], buildPolicy(row.policy), row.now ?? NOW);
    expect(decision?.item).toBe(row.item);
    expect(decision?.action).toBe(row.action);
    expect(decision?.matched?.index).toBe(row.index);
    expect(decision?.reason).toContain(row.reason);
    expect(decision?.matched !== undefined).toBe(row.action === 'allow');
    if (row.action === 'allow') expect(decision?.matched?.list).toBe('ram.allow');
  });
});

const RUNS = { numRuns: 300, seed: 12 };

/** The policy with `entry` inserted at `at` in ram.allow (a ram section is added when there is none). */
function withEntry(policy: Policy, at: number, entry: RamAllowEntry): Policy {
  const allow = [...(policy.ram?.allow ?? [])];
  allow.splice(Math.min(at, allow.length), 0, entry);
  return { ...policy, ram: { position: { line: 40, column: 1 }, regions: policy.ram?.regions ?? 'all', allow: allow.map((e, index) => ({ ...e, index })) } };
}

describe('resource-share invitations: properties', () => {
  it('a pending invitation an in-force ram.allow entry matches is allowed, wherever the entry sits', () => {
    fc.assert(
      fc.property(
        fc
          .record({ item: resourceShareInvitationItemArb().filter((i) => i.senderAccountId !== undefined && i.status === 'PENDING'), policy: policyArb, now: nowArb, at: fc.nat({ max: 5 }) })
          .chain((r) => ramEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, entry }))),
        ({ item, policy, now, at, entry }) => {
          const [decision] = decide([item], withEntry(policy, at, entry), now);
          expect(decision?.action).toBe('allow');
          expect(decision?.matched?.list).toBe('ram.allow');
        },
      ),
      RUNS,
    );
  });

  it('a policy without a ram section never rejects an invitation; no policy rejects one that is not PENDING', () => {
    fc.assert(
      fc.property(resourceShareInvitationItemArb(), policyArb, nowArb, (item, policy, now) => {
        const [ungoverned] = decide([item], { ...policy, ram: undefined }, now);
        expect(ungoverned?.action).toBe('ignore');
        const [decision] = decide([item], policy, now);
        if (item.status !== 'PENDING') expect(decision?.action).toBe('ignore');
        expect(['allow', 'reject', 'ignore']).toContain(decision?.action);
      }),
      RUNS,
    );
  });
});

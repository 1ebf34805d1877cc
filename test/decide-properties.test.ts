/** Invariants of the decision engine, over generated items and policies. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { Decision } from '../src/decide/types.js';
import type { IotAllowEntry, OrganizationsAllowEntry, Policy } from '../src/policy/types.js';
import {
  certificateTransferItemArb,
  handshakeIsNameable,
  handshakeItemArb,
  inboundItemArb,
  iotEntryInputArb,
  iotEntryMatchingArb,
  itemsArb,
  nowArb,
  organizationsEntryInputArb,
  organizationsEntryMatchingArb,
  policyArb,
  wildItemArb,
  wildNowArb,
  wildPolicyArb,
} from './arbitraries.js';
import { reindexPolicy } from './helpers/policy.js';

const RUNS = { numRuns: 300 };
const DENIED = new Set(['reject', 'decline']);

type ListName = 'iot' | 'organizations';

function insertEntry(policy: Policy, list: ListName, at: number, entry: IotAllowEntry | OrganizationsAllowEntry): Policy {
  const splice = <E>(entries: readonly E[], e: E): E[] => {
    const k = Math.min(at, entries.length);
    return [...entries.slice(0, k), e, ...entries.slice(k)];
  };
  const next =
    list === 'iot'
      ? { ...policy, iot: { ...policy.iot, allow: splice(policy.iot.allow, entry as IotAllowEntry) } }
      : { ...policy, organizations: { ...policy.organizations, allow: splice(policy.organizations.allow, entry as OrganizationsAllowEntry) } };
  return reindexPolicy(next);
}

function removeEntry(policy: Policy, list: ListName, at: number): Policy {
  const drop = <E>(entries: readonly E[]): E[] => entries.filter((_, i) => i !== at % Math.max(entries.length, 1));
  const next =
    list === 'iot'
      ? { ...policy, iot: { ...policy.iot, allow: drop(policy.iot.allow) } }
      : { ...policy, organizations: { ...policy.organizations, allow: drop(policy.organizations.allow) } };
  return reindexPolicy(next);
}

const entryPosition = { index: 0, position: { line: 1, column: 1 } };
const anyEntryArb: fc.Arbitrary<{ list: ListName; entry: IotAllowEntry | OrganizationsAllowEntry }> = fc.oneof(
  iotEntryInputArb.map((e) => ({ list: 'iot' as const, entry: { ...entryPosition, ...e } })),
  organizationsEntryInputArb.map((e) => ({ list: 'organizations' as const, entry: { ...entryPosition, ...e } })),
);

/** Every time `after` allows an item, `before` did too; a denied item keeps its exact action. */
function expectOnlyNarrowed(before: Decision[], after: Decision[]): void {
  expect(after).toHaveLength(before.length);
  before.forEach((b, i) => {
    const a = after[i];
    expect(a?.item).toBe(b.item);
    if (a?.action === 'allow') expect(b.action).toBe('allow');
    if (b.action !== 'allow') expect(a?.action).toBe(b.action);
  });
}

describe('decide: properties', () => {
  it('(1) an incoming transfer matched by an in-force iot.allow entry is allowed, wherever the entry sits', () => {
    fc.assert(
      fc.property(
        fc
          .record({
            item: certificateTransferItemArb({ direction: 'incoming' }).filter((i) => i.sourceAccount !== undefined),
            policy: policyArb,
            now: nowArb,
            at: fc.nat({ max: 6 }),
          })
          .chain((r) => iotEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, entry }))),
        ({ item, policy, now, at, entry }) => {
          const [decision] = decide([item], insertEntry(policy, 'iot', at, entry), now);
          expect(DENIED.has(decision?.action ?? '')).toBe(false);
          expect(decision?.action).toBe('allow');
          expect(decision?.matched?.list).toBe('iot.allow');
        },
      ),
      RUNS,
    );
  });

  it('(1) a handshake matched by an in-force organizations.allow entry is never declined, nor flagged as accepted against the policy', () => {
    fc.assert(
      fc.property(
        fc
          .record({ item: handshakeItemArb({ direction: 'incoming' }), policy: policyArb, now: nowArb, at: fc.nat({ max: 6 }) })
          .filter(({ item }) => handshakeIsNameable(item))
          .chain((r) => organizationsEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, entry }))),
        ({ item, policy, now, at, entry }) => {
          const [decision] = decide([item], insertEntry(policy, 'organizations', at, entry), now);
          expect(decision?.action).not.toBe('decline');
          const judged =
            (item.state === 'OPEN' || item.state === 'REQUESTED') && (policy.organizations.handshakeTypes as readonly string[]).includes(item.type);
          expect(decision?.action).toBe(judged ? 'allow' : 'ignore');
          // Nor flagged when it was accepted before the run: the entry allows its sender.
          expect(decision?.acceptedAgainstPolicy).toBeUndefined();
        },
      ),
      RUNS,
    );
  });

  it('(2) removing an allow entry can only turn allowed items into denied ones', () => {
    fc.assert(
      fc.property(itemsArb, policyArb, nowArb, fc.constantFrom<ListName>('iot', 'organizations'), fc.nat(), (items, policy, now, list, at) => {
        const smaller = removeEntry(policy, list, at);
        expectOnlyNarrowed(decide(items, policy, now), decide(items, smaller, now));
      }),
      RUNS,
    );
  });

  it('(3) a decision depends on its item alone: not on order, position or the other items, repeats included', () => {
    // Output order is pinned by (6) (d.item is items[i]). Here a batch draws from a pool with
    // repeats, as the same object and as an equal copy (the same certificate met twice), in any
    // order: each decision must be the one its item gets when decided on its own. State shared
    // across items (a cache, a "seen" set, a stateful regex, a mutated policy) breaks this.
    fc.assert(
      fc.property(
        itemsArb
          .filter((pool) => pool.length > 0)
          .chain((pool) => fc.tuple(fc.constant(pool), fc.array(fc.tuple(fc.nat({ max: pool.length - 1 }), fc.boolean()), { minLength: 2, maxLength: 24 }))),
        policyArb,
        nowArb,
        ([pool, picks], policy, now) => {
          const batch = picks.map(([k, copy]) => (copy ? { ...pool[k]! } : pool[k]!));
          const decisions = decide(batch, policy, now);
          expect(decisions).toHaveLength(batch.length);
          decisions.forEach((d, i) => {
            expect(d.item).toBe(batch[i]);
            expect(d).toEqual(decide([batch[i]!], policy, now)[0]);
          });
        },
      ),
      RUNS,
    );
  });

  it('(4) adding an allow entry can only turn denied items into allowed ones', () => {
    fc.assert(
      fc.property(itemsArb, policyArb, nowArb, anyEntryArb, fc.nat({ max: 6 }), (items, policy, now, { list, entry }, at) => {
        const larger = insertEntry(policy, list, at, entry);
        expectOnlyNarrowed(decide(items, larger, now), decide(items, policy, now));
      }),
      RUNS,
    );
  });

  it('(4) adding an entry built to match a denied item allows it', () => {
    fc.assert(
      fc.property(
        fc
          .record({ item: inboundItemArb({ direction: 'incoming' }), policy: policyArb, now: nowArb })
          .filter(({ item }) => (item.kind === 'handshake' ? handshakeIsNameable(item) : item.sourceAccount !== undefined))
          .chain((r) =>
            r.item.kind === 'certificate-transfer'
              ? iotEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, list: 'iot' as ListName, entry: entry as IotAllowEntry | OrganizationsAllowEntry }))
              : organizationsEntryMatchingArb(r.item, r.now).map((entry) => ({ ...r, list: 'organizations' as ListName, entry })),
          ),
        ({ item, policy, now, list, entry }) => {
          const [before] = decide([item], policy, now);
          fc.pre(before !== undefined && DENIED.has(before.action));
          const [after] = decide([item], insertEntry(policy, list, policy.iot.allow.length + policy.organizations.allow.length, entry), now);
          expect(after?.action).toBe('allow');
        },
      ),
      RUNS,
    );
  });

  it('(5) outgoing items are ignored, whatever the policy', () => {
    fc.assert(
      fc.property(
        fc.array(inboundItemArb({ direction: 'outgoing' }), { maxLength: 8 }),
        fc.oneof(policyArb, wildPolicyArb),
        wildNowArb,
        (items, policy, now) => {
          for (const d of decide(items, policy, now)) {
            expect(d.action).toBe('ignore');
            expect(d.reason).toMatch(/^outgoing /);
          }
        },
      ),
      RUNS,
    );
  });

  it('(6) decide never throws, and matched is set exactly when the action is allow', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(wildItemArb, inboundItemArb()), { maxLength: 10 }),
        fc.oneof(policyArb, wildPolicyArb),
        wildNowArb,
        (items, policy, now) => {
          const decisions = decide(items, policy, now);
          expect(decisions).toHaveLength(items.length);
          decisions.forEach((d, i) => {
            expect(d.item).toBe(items[i]);
            expect(d.matched !== undefined).toBe(d.action === 'allow');
            if (d.matched !== undefined) {
              expect(d.matched.list).toBe(d.item.kind === 'certificate-transfer' ? 'iot.allow' : 'organizations.allow');
            }
            // each kind has its own way to say no
            if (d.item.kind === 'certificate-transfer') expect(d.action).not.toBe('decline');
            else expect(d.action).not.toBe('reject');
            // one plain sentence
            expect(d.reason.length).toBeGreaterThan(0);
            expect(d.reason).not.toMatch(/[\r\n]/);
          });
        },
      ),
      RUNS,
    );
  });
});

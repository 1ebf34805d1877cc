import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide } from '../src/decide/decide.js';
import type { Decision, DecisionAction } from '../src/decide/types.js';
import type { InboundItem } from '../src/model/items.js';
import { classifyChange, diffDecisions, itemKey } from '../src/plan/diff-decisions.js';
import { diffAllowEntries, lapsingAllowEntries } from '../src/plan/diff-entries.js';
import { certificateTransfer, handshake } from './helpers/items.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';
import { chainedAllowPolicyArb } from './arbitraries.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const A = '111122223333';
const B = '444455556666';
const C = '999988887777';

const cert = (n: number, source: string) => certificateTransfer({ certificateId: n.toString(16).padStart(64, '0'), sourceAccount: source, region: 'us-east-1' });
const decision = (item: InboundItem, action: DecisionAction): Decision => ({ item, action, reason: action });

describe('classifyChange', () => {
  const item = cert(1, A);
  const d = (a: DecisionAction | undefined) => (a === undefined ? undefined : decision(item, a));
  it.each([
    ['reject', 'allow', 'newly-allowed'],
    ['decline', 'allow', 'newly-allowed'],
    ['allow', 'reject', 'newly-acted'],
    ['ignore', 'decline', 'newly-acted'],
    [undefined, 'reject', 'newly-acted'],
    ['decline', 'ignore', 'newly-left-alone'],
    ['reject', undefined, 'newly-left-alone'],
    ['reject', 'reject', 'unchanged'],
    ['allow', 'allow', 'unchanged'],
    ['allow', 'ignore', 'unchanged'],
    [undefined, 'allow', 'unchanged'],
    [undefined, undefined, 'unchanged'],
  ] as const)('base %s → PR %s: %s', (base, head, expected) => {
    expect(classifyChange(d(base), d(head))).toBe(expected);
  });
});

describe('diffDecisions', () => {
  const items = [cert(1, A), cert(2, B), cert(3, C), handshake({ id: 'h-aaaaaaaaaa', organizationId: 'o-aaaaaaaaaa' })];
  const base = buildPolicy({ iotAllow: [{ sourceAccount: A }, { sourceAccount: B }] });
  const head = buildPolicy({ iotAllow: [{ sourceAccount: A }, { sourceAccount: C, until: '2026-11-30' }], organizationsAllow: [{ organization: 'o-aaaaaaaaaa' }] });

  it('sorts every item into what the PR changes', () => {
    const diff = diffDecisions(decide(items, base, NOW), decide(items, head, NOW), head, NOW);
    expect(diff.newlyAllowed.map((c) => itemKey(c.item))).toEqual([itemKey(items[2]!), 'organizations:h-aaaaaaaaaa']);
    expect(diff.newlyActed.map((c) => c.item)).toEqual([items[1]]);
    expect(diff.unchanged.map((c) => c.item)).toEqual([items[0]]);
    expect(diff.newlyLeftAlone).toEqual([]);
    expect(diff.changes).toHaveLength(4);
  });

  it('pairs decisions by account and key: one handshake listed in two guarded accounts (outgoing in the management account, incoming in the member it invites) is two items', () => {
    const sent = handshake({ id: 'h-bbbbbbbbbb', account: '222233334444', managementAccountId: '222233334444', direction: 'outgoing' });
    const received = handshake({ id: 'h-bbbbbbbbbb', account: A, managementAccountId: '222233334444' });
    const diff = diffDecisions(decide([sent, received], base, NOW), decide([sent, received], head, NOW), head, NOW);
    expect(diff.changes.map((c) => [c.item.account, itemKey(c.item), c.head?.action])).toEqual([
      ['222233334444', 'organizations:h-bbbbbbbbbb', 'ignore'],
      [A, 'organizations:h-bbbbbbbbbb', 'decline'],
    ]);
  });

  it('finds allowances lapsing within the window, with the days left', () => {
    const diff = diffDecisions([], decide(items, head, NOW), head, NOW);
    expect(diff.lapsingSoon).toHaveLength(1);
    expect(diff.lapsingSoon[0]).toMatchObject({ until: '2026-11-30', lapsesAt: '2026-12-01T00:00:00.000Z', daysLeft: 9 });
    expect(diffDecisions([], decide(items, head, NOW), head, NOW, { lapseWindowDays: 5 }).lapsingSoon).toEqual([]);
  });

  it('an empty base (the PR adds the policy): everything acted on is new, nothing is allowed anew', () => {
    const diff = diffDecisions([], decide(items, head, NOW), head, NOW);
    expect(diff.newlyActed.map((c) => c.item)).toEqual([items[1]]);
    expect(diff.newlyAllowed).toEqual([]);
    expect(diff.changes.every((c) => c.base === undefined)).toBe(true);
  });

  it('pairs by item, not by position; items only the base decided are kept', () => {
    const baseDecisions = decide([items[1]!, items[0]!], base, NOW);
    const headDecisions = decide([items[0]!], head, NOW);
    const diff = diffDecisions(baseDecisions, headDecisions, head, NOW);
    expect(diff.changes.map((c) => [c.item, c.change])).toEqual([
      [items[0], 'unchanged'],
      [items[1], 'unchanged'],
    ]);
    expect(diff.changes[1]?.head).toBeUndefined();
  });
});

describe('diffDecisions: an allowance lapses only when no entry allows the item after it', () => {
  // The review's case: entry [0] (the organization, until 2026-06-03) is cited, but entry [1] (the
  // management account, no end) allows the same handshake after it lapses.
  const JUNE_1 = new Date('2026-06-01T12:00:00Z');
  const item = handshake({ id: 'h-lapsecase01', organizationId: 'o-exampleorgid', managementAccountId: '222233334444' });
  const lapsing = (organizationsAllow: NonNullable<PolicyFragment['organizationsAllow']>, now = JUNE_1, lapseWindowDays?: number) => {
    const policy = buildPolicy({ organizationsAllow });
    const diff = diffDecisions([], decide([item], policy, now), policy, now, lapseWindowDays === undefined ? {} : { lapseWindowDays });
    return diff.lapsingSoon.map((l) => ({ until: l.until, lapsesAt: l.lapsesAt, daysLeft: l.daysLeft, entries: l.entries.map((e) => e.index) }));
  };

  it('another entry without until still allows it: not lapsing (and it is still allowed after the first lapses)', () => {
    const entries = [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444' }];
    expect(lapsing(entries)).toEqual([]);
    expect(decide([item], buildPolicy({ organizationsAllow: entries }), new Date('2026-06-05T00:00:00Z'))[0]).toMatchObject({ action: 'allow', matched: { index: 1 } });
  });

  it('the entry cited is the only one: lapsing at its until', () => {
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '999999999999' }])).toEqual([
      { until: '2026-06-03', lapsesAt: '2026-06-04T00:00:00.000Z', daysLeft: 2, entries: [0] },
    ]);
  });

  it('entries with until that chain within the window: the date of the last one, every entry named', () => {
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-06-08' }])).toEqual([
      { until: '2026-06-08', lapsesAt: '2026-06-09T00:00:00.000Z', daysLeft: 7, entries: [0, 1] },
    ]);
  });

  it('the next entry lapses after the window: not lapsing within it', () => {
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-07-01' }])).toEqual([]);
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-06-08' }], JUNE_1, 5)).toEqual([]);
  });

  it('an entry that takes over only for another type, or has lapsed already, does not keep it allowed', () => {
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', handshakeTypes: ['TRANSFER_RESPONSIBILITY'] }])).toEqual([
      { until: '2026-06-03', lapsesAt: '2026-06-04T00:00:00.000Z', daysLeft: 2, entries: [0] },
    ]);
    expect(lapsing([{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-05-31' }])).toEqual([
      { until: '2026-06-03', lapsesAt: '2026-06-04T00:00:00.000Z', daysLeft: 2, entries: [0] },
    ]);
  });

  it('an entry with an end listed after one without it: the first match has no end, not lapsing', () => {
    expect(lapsing([{ managementAccount: '222233334444' }, { organization: 'o-exampleorgid', until: '2026-06-03' }])).toEqual([]);
  });

  it('property: an item is listed exactly when it is allowed now and not allowed at the instant it is said to lapse', () => {
    fc.assert(
      fc.property(chainedAllowPolicyArb(JUNE_1, 30), (policy) => {
        const [now] = decide([item], policy, JUNE_1);
        const [listed] = diffDecisions([], [now!], policy, JUNE_1).lapsingSoon;
        if (listed === undefined) {
          // Not listed: not allowed now, or still allowed at the end of the window.
          const end = new Date(JUNE_1.getTime() + 14 * 86_400_000);
          return now?.action !== 'allow' || decide([item], policy, end)[0]?.action === 'allow';
        }
        const at = new Date(listed.lapsesAt);
        const justBefore = new Date(at.getTime() - 1);
        return now?.action === 'allow' && decide([item], policy, justBefore)[0]?.action === 'allow' && decide([item], policy, at)[0]?.action !== 'allow';
      }),
      { numRuns: 500 },
    );
  });
});

describe('diffDecisions: every (base, PR) pair of actions lands in exactly one group', () => {
  const item = cert(1, A);
  // undefined: that side did not decide the item (no base policy, or a region it does not sweep).
  it.each([
    ['allow', 'allow', 'unchanged'],
    ['allow', 'reject', 'newly-acted'],
    ['allow', 'decline', 'newly-acted'],
    ['allow', 'ignore', 'unchanged'],
    ['allow', undefined, 'unchanged'],
    ['reject', 'allow', 'newly-allowed'],
    ['reject', 'reject', 'unchanged'],
    ['reject', 'decline', 'unchanged'],
    ['reject', 'ignore', 'newly-left-alone'],
    ['reject', undefined, 'newly-left-alone'],
    ['decline', 'allow', 'newly-allowed'],
    ['decline', 'reject', 'unchanged'],
    ['decline', 'decline', 'unchanged'],
    ['decline', 'ignore', 'newly-left-alone'],
    ['decline', undefined, 'newly-left-alone'],
    ['ignore', 'allow', 'unchanged'],
    ['ignore', 'reject', 'newly-acted'],
    ['ignore', 'decline', 'newly-acted'],
    ['ignore', 'ignore', 'unchanged'],
    ['ignore', undefined, 'unchanged'],
    [undefined, 'allow', 'unchanged'],
    [undefined, 'reject', 'newly-acted'],
    [undefined, 'decline', 'newly-acted'],
    [undefined, 'ignore', 'unchanged'],
    [undefined, undefined, undefined],
  ] as const)('base %s, PR %s → %s', (baseAction, headAction, expected) => {
    const baseDecision = baseAction === undefined ? undefined : decision(item, baseAction);
    const headDecision = headAction === undefined ? undefined : decision(item, headAction);
    const diff = diffDecisions(baseDecision ? [baseDecision] : [], headDecision ? [headDecision] : [], buildPolicy(), NOW);
    expect(diff.changes).toEqual(expected === undefined ? [] : [{ item, base: baseDecision, head: headDecision, change: expected }]);
    const groups = { 'newly-allowed': diff.newlyAllowed, 'newly-acted': diff.newlyActed, 'newly-left-alone': diff.newlyLeftAlone, unchanged: diff.unchanged };
    for (const [kind, members] of Object.entries(groups)) expect(members.map((c) => c.item)).toEqual(kind === expected ? [item] : []);
  });
});

describe('diffAllowEntries', () => {
  it('compares entries by what they allow and until when; moves and notes do not count', () => {
    const base = buildPolicy({ iotAllow: [{ sourceAccount: A, note: 'old note' }, { sourceAccount: B }], organizationsAllow: [{ organization: 'o-aaaaaaaaaa' }] });
    const head = buildPolicy({ iotAllow: [{ sourceAccount: C }, { sourceAccount: A, note: 'new note' }, { sourceAccount: B, until: '2027-01-01' }], organizationsAllow: [{ organization: 'o-aaaaaaaaaa', handshakeTypes: ['INVITE'] }] });
    const diff = diffAllowEntries(base, head);
    expect(diff.kept).toBe(1);
    expect(diff.added.map((e) => `${e.list}[${e.index}] ${e.allows}`)).toEqual([
      `iot.allow[0] source account ${C}`,
      `iot.allow[2] source account ${B}`,
      'organizations.allow[0] organization o-aaaaaaaaaa; types INVITE',
    ]);
    expect(diff.removed.map((e) => `${e.list}[${e.index}]`)).toEqual(['iot.allow[1]', 'organizations.allow[0]']);
  });

  it('no base: every entry is added', () => {
    const head = buildPolicy({ iotAllow: [{ sourceAccount: A }] });
    expect(diffAllowEntries(undefined, head)).toMatchObject({ kept: 0, removed: [], added: [{ allows: `source account ${A}` }] });
  });

  it('duplicates are counted, not collapsed', () => {
    const base = buildPolicy({ iotAllow: [{ sourceAccount: A }] });
    const head = buildPolicy({ iotAllow: [{ sourceAccount: A }, { sourceAccount: A }] });
    expect(diffAllowEntries(base, head)).toMatchObject({ kept: 1, added: [{ index: 1 }], removed: [] });
  });
});

describe('lapsingAllowEntries', () => {
  it('entries in force that lapse within the window, soonest first; lapsed and far ones are left out', () => {
    const policy = buildPolicy({
      iotAllow: [{ sourceAccount: A, until: '2026-12-04' }, { sourceAccount: B, until: '2026-11-20' }, { sourceAccount: C, until: '2027-06-01' }],
      organizationsAllow: [{ organization: 'o-aaaaaaaaaa', until: '2026-11-21' }],
    });
    expect(lapsingAllowEntries(policy, NOW).map((l) => [l.entry.list, l.entry.index, l.daysLeft])).toEqual([
      ['organizations.allow', 0, 0],
      ['iot.allow', 0, 13],
    ]);
  });
});

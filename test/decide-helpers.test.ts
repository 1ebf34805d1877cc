/** The exported helpers of the decision engine: isInForce, lapsesAt, matchesEmailPattern, countByAction. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInForce, lapsesAt, matchesEmailPattern } from '../src/decide/match.js';
import { lapsingWithin } from '../src/decide/in-force.js';
import { allowanceChain, allowedThrough, countByAction, decide, decideItem, toMatchedEntry } from '../src/decide/decide.js';
import type { Decision, DecisionAction } from '../src/decide/types.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';
import { certificateTransfer, handshake } from './helpers/items.js';
import { chainedAllowPolicyArb, emailArb, emailPatternMatchingArb, nowArb, untilArb } from './arbitraries.js';

describe('lapsesAt', () => {
  it.each([
    ['2026-10-31', '2026-11-01T00:00:00.000Z'],
    ['2026-12-31', '2027-01-01T00:00:00.000Z'],
    ['2028-02-28', '2028-02-29T00:00:00.000Z'],
    ['2028-02-29', '2028-03-01T00:00:00.000Z'],
  ])('%s lapses at %s', (until, expected) => {
    expect(lapsesAt(until)?.toISOString()).toBe(expected);
  });

  it.each(['2026-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '2026-1-5', '26-01-05', '2026-01-05T00:00:00Z', '', ' 2026-01-05', '0099-01-01x'])(
    '%j is not a date: undefined',
    (until) => {
      expect(lapsesAt(until)).toBeUndefined();
    },
  );

  it('refuses years 0000..0099 rather than let Date.UTC read them as 19xx', () => {
    expect(lapsesAt('0099-12-31')).toBeUndefined();
    expect(isInForce({ until: '0099-12-31' }, new Date('1999-01-01T00:00:00Z'))).toBe(false);
  });
});

describe('isInForce', () => {
  it.each([
    ['no until', undefined, '2099-01-01T00:00:00Z', true],
    ['well before', '2026-10-31', '2026-01-01T00:00:00Z', true],
    ['start of the day', '2026-10-31', '2026-10-31T00:00:00Z', true],
    ['last second of the day', '2026-10-31', '2026-10-31T23:59:59Z', true],
    ['last millisecond of the day', '2026-10-31', '2026-10-31T23:59:59.999Z', true],
    ['next day 00:00:00Z', '2026-10-31', '2026-11-01T00:00:00Z', false],
    ['next day, west of UTC but after midnight UTC', '2026-10-31', '2026-10-31T19:00:00-05:00', false],
    ['last day, east of UTC but before midnight UTC', '2026-10-31', '2026-11-01T01:00:00+02:00', true],
    ['long after', '2026-10-31', '2030-01-01T00:00:00Z', false],
    ['malformed until', '2026-02-30', '2020-01-01T00:00:00Z', false],
  ] as const)('%s → %s', (_name, until, now, expected) => {
    expect(isInForce(until === undefined ? {} : { until }, new Date(now))).toBe(expected);
  });

  it('an invalid now is never inside a lapsing entry, but an entry without until stays in force', () => {
    expect(isInForce({ until: '2026-10-31' }, new Date(Number.NaN))).toBe(false);
    expect(isInForce({}, new Date(Number.NaN))).toBe(true);
  });

  it('property: in force exactly when the UTC day of now is on or before until', () => {
    fc.assert(
      fc.property(untilArb, nowArb, (until, now) => {
        expect(isInForce({ until }, now)).toBe(now.toISOString().slice(0, 10) <= until);
      }),
    );
  });
});

describe('matchesEmailPattern', () => {
  it.each([
    ['a@example.com', 'a@example.com', true],
    ['A@Example.COM', 'a@example.com', true],
    ['a@example.com', 'A@EXAMPLE.COM', true],
    ['*@example.com', 'a@example.com.evil.io', false],
    ['*@example.com', 'a@sub.example.com', false],
    ['*', '', true],
    ['', '', true],
    ['', 'a', false],
    ['***', 'x', true],
    ['a*a', 'a', false],
    ['a*a', 'aa', true],
    ['*a*b*c*', 'xxaxxbxxcxx', true],
    ['*a*b*c*', 'xxcxxbxxaxx', false],
    ['*x*x', 'x', false],
    ['a*b*b', 'ab', false],
    ['a*b*b', 'abb', true],
    ['a.b', 'a-b', false],
    ['a?b', 'ab', false],
    ['a(b', 'a(b', true],
    ['a\\b', 'a\\b', true],
    ['a$', 'a', false],
    ['ſ@x.io', 's@x.io', false],
    ['k@x.io', '\u212A@x.io', false],
    ['é@x.io', 'É@x.io', false],
  ])('%j vs %j → %s', (pattern, email, expected) => {
    expect(matchesEmailPattern(pattern, email)).toBe(expected);
  });

  it('property: a pattern built from an email (a slice replaced by *, letters re-cased) matches it', () => {
    fc.assert(
      fc.property(
        emailArb.chain((email) => fc.tuple(fc.constant(email), emailPatternMatchingArb(email))),
        ([email, pattern]) => {
          expect(matchesEmailPattern(pattern, email)).toBe(true);
        },
      ),
    );
  });

  it('property: agrees with an escaped-regex reference on strings full of metacharacters', () => {
    // A small alphabet, so that segments often collide (overlaps are where globs go wrong).
    const unit = fc.constantFrom('a', 'A', 'b', '*', '.', '+', '?', '(', '[', '\\', '$');
    const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Emails are mostly the pattern with its stars filled in, sometimes with one character
    // dropped: near misses, which random pairs almost never are.
    const caseArb = fc
      .record({
        pattern: fc.string({ unit, maxLength: 8 }),
        fills: fc.array(fc.string({ unit, maxLength: 3 }), { minLength: 9, maxLength: 9 }),
        drop: fc.option(fc.nat(), { nil: undefined }),
        random: fc.option(fc.string({ unit, maxLength: 10 }), { nil: undefined, freq: 4 }),
      })
      .map(({ pattern, fills, drop, random }) => {
        let email = random ?? pattern.split('*').reduce((acc, seg, i) => acc + (i === 0 ? '' : (fills[i] ?? '')) + seg, '');
        if (drop !== undefined && email.length > 0) email = email.slice(0, drop % email.length) + email.slice((drop % email.length) + 1);
        return { pattern, email };
      });
    fc.assert(
      fc.property(caseArb, ({ pattern, email }) => {
        const reference = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`, 'is');
        expect(matchesEmailPattern(pattern, email)).toBe(reference.test(email));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: without *, it is ASCII-case-insensitive equality', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }).filter((s) => !s.includes('*')), fc.string({ unit: 'grapheme-ascii' }), (p, e) => {
        expect(matchesEmailPattern(p, e)).toBe(p.toLowerCase() === e.toLowerCase());
      }),
    );
  });
});

describe('countByAction', () => {
  it('counts every action, zero when absent', () => {
    const actions: DecisionAction[] = ['allow', 'reject', 'reject', 'ignore', 'decline', 'reject'];
    expect(countByAction(actions.map((action) => ({ action })))).toEqual({ allow: 1, reject: 3, decline: 1, ignore: 1 });
    expect(countByAction([])).toEqual({ allow: 0, reject: 0, decline: 0, ignore: 0 });
  });

  it('counts the decisions decide returns', () => {
    const policy = buildPolicy({ iotAllow: [{ sourceAccount: '111122223333' }], handshakeTypes: ['INVITE'] });
    const decisions = decide(
      [
        certificateTransfer({ sourceAccount: '111122223333' }),
        certificateTransfer({ sourceAccount: '999988887777' }),
        certificateTransfer({ direction: 'outgoing' }),
        handshake({ type: 'INVITE' }),
        handshake({ type: 'TRANSFER_RESPONSIBILITY' }),
      ],
      policy,
      new Date('2026-06-15T00:00:00Z'),
    );
    expect(countByAction(decisions)).toEqual({ allow: 1, reject: 1, decline: 1, ignore: 2 });
  });
});

describe('decide', () => {
  const now = new Date('2026-06-15T00:00:00Z');

  it('returns [] for no items', () => {
    expect(decide([], buildPolicy(), now)).toEqual([]);
  });

  it('keeps the input order and the same item objects', () => {
    const items = [handshake({ id: 'h-aaaaaaaa' }), certificateTransfer(), handshake({ id: 'h-bbbbbbbb' })];
    const decisions = decide(items, buildPolicy(), now);
    expect(decisions.map((d) => d.item)).toEqual(items);
    decisions.forEach((d, i) => expect(d.item).toBe(items[i]));
  });

  it('records the matched entry: list, index, position, note and until', () => {
    const policy = buildPolicy({
      iotAllow: [
        { sourceAccount: '444455556666' },
        { sourceAccount: '111122223333', note: 'factory', until: '2026-12-31', position: { line: 42, column: 7 } },
      ],
    });
    const [decision] = decide([certificateTransfer({ sourceAccount: '111122223333' })], policy, now);
    expect(decision).toEqual<Decision>({
      item: expect.anything() as never,
      action: 'allow',
      matched: { list: 'iot.allow', index: 1, position: { line: 42, column: 7 }, note: 'factory', until: '2026-12-31' },
      reason: 'allowed by iot.allow[1] (line 42) until the end of 2026-12-31 (UTC): factory',
      allowedThrough: '2026-12-31',
    });
  });

  it('leaves note and until out of the matched entry when the entry has none', () => {
    const matched = toMatchedEntry('organizations.allow', { index: 3, position: { line: 9, column: 5 } });
    expect(matched).toStrictEqual({ list: 'organizations.allow', index: 3, position: { line: 9, column: 5 } });
  });

  it('flattens a multi-line note into one sentence', () => {
    const policy = buildPolicy({ organizationsAllow: [{ organization: 'o-exampleorgid', note: 'parent org\n  see ticket 12\n' }] });
    const [decision] = decide([handshake()], policy, now);
    expect(decision?.reason).toBe('allowed by organizations.allow[0] (line 20): parent org see ticket 12');
  });

  it('does not echo workflow commands or markup from sender-chosen fields', () => {
    const item = handshake({ organizationId: '::error::pwned', managementAccountId: undefined, managementEmail: '<b>x</b>' });
    const [decision] = decide([item], buildPolicy(), now);
    expect(decision?.action).toBe('decline');
    expect(decision?.reason).not.toContain('::');
    expect(decision?.reason).not.toContain('<');
  });
});

describe('allowanceChain and allowedThrough: when an allowed item stops being allowed', () => {
  // The allow list is searched in order: the entry cited is the first match, and a later entry may
  // still allow the item once the cited one lapses.
  const now = new Date('2026-06-01T12:00:00Z');
  const item = handshake({ id: 'h-chaincase01', organizationId: 'o-exampleorgid', managementAccountId: '222233334444' });
  const under = (organizationsAllow: NonNullable<PolicyFragment['organizationsAllow']>) => {
    const policy = buildPolicy({ organizationsAllow });
    const decision = decideItem(item, policy, now);
    const chain = allowanceChain(decision, policy, now);
    return { through: decision.allowedThrough, has: 'allowedThrough' in decision, links: chain.links.map((l) => [l.matched.index, l.until, l.lapsesAt.toISOString()]), ends: chain.ends };
  };

  it.each([
    ['the cited entry is the only one: its until', [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '999999999999' }], '2026-06-03', [[0, '2026-06-03', '2026-06-04T00:00:00.000Z']], true],
    ['a later entry without until takes over: it does not end', [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444' }], undefined, [[0, '2026-06-03', '2026-06-04T00:00:00.000Z']], false],
    ['a later entry with a later until: the later date', [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2027-01-31' }], '2027-01-31', [[0, '2026-06-03', '2026-06-04T00:00:00.000Z'], [1, '2027-01-31', '2027-02-01T00:00:00.000Z']], true],
    ['three links, the last without until: it does not end', [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-06-10' }, { organization: 'o-exampleorgid' }], undefined, [[0, '2026-06-03', '2026-06-04T00:00:00.000Z'], [1, '2026-06-10', '2026-06-11T00:00:00.000Z']], false],
    ['a later entry that lapses first does not extend it', [{ organization: 'o-exampleorgid', until: '2026-06-03' }, { managementAccount: '222233334444', until: '2026-06-02' }], '2026-06-03', [[0, '2026-06-03', '2026-06-04T00:00:00.000Z']], true],
    ['the first match has no until: it does not end', [{ managementAccount: '222233334444' }, { organization: 'o-exampleorgid', until: '2026-06-03' }], undefined, [], false],
  ] as const)('%s', (_case, entries, through, links, ends) => {
    expect(under(entries)).toEqual({ through, has: through !== undefined, links, ends });
  });

  it('not allowed: no links, no allowedThrough', () => {
    const policy = buildPolicy({ organizationsAllow: [{ organization: 'o-otherorg0001', until: '2026-06-03' }] });
    const decision = decideItem(item, policy, now);
    expect(decision.action).toBe('decline');
    expect('allowedThrough' in decision).toBe(false);
    expect(allowedThrough(allowanceChain(decision, policy, now))).toBeUndefined();
  });

  it('property: allowedThrough is the last day the item is allowed, and absent only when it is allowed after every until', () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(chainedAllowPolicyArb(now, 60), (policy) => {
        const decision = decideItem(item, policy, now);
        const allowedAt = (at: Date) => decideItem(item, policy, at).action === 'allow';
        if (decision.action !== 'allow') return decision.allowedThrough === undefined;
        if (decision.allowedThrough === undefined) return allowedAt(new Date(now.getTime() + 100 * DAY));
        const end = new Date(`${decision.allowedThrough}T00:00:00Z`).getTime() + DAY;
        return allowedAt(new Date(end - 1)) && !allowedAt(new Date(end)) && !allowedAt(new Date(now.getTime() + 100 * DAY));
      }),
      { numRuns: 500 },
    );
  });
});

describe('lapsingWithin', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  it.each([
    ['2026-11-21', 14, { lapsesAt: '2026-11-22T00:00:00.000Z', daysLeft: 0, hoursLeft: 12 }],
    ['2026-12-04', 14, { lapsesAt: '2026-12-05T00:00:00.000Z', daysLeft: 13, hoursLeft: 12 }],
    ['2026-12-05', 14, undefined], // lapses 14.5 days from now: outside the window
    ['2026-11-20', 14, undefined], // lapsed already
    ['2026-02-30', 14, undefined], // not a date
  ])('until %s within %i days → %o', (until, days, expected) => {
    expect(lapsingWithin(until, now, days)).toEqual(expected);
  });
});

describe('lapsingWithin: the time left, in whole days and hours rounded down', () => {
  const lapse = new Date('2026-12-02T00:00:00Z').getTime();
  const HOUR = 60 * 60 * 1000;
  it.each([
    ['the review\'s case: 08:00 UTC on 2026-11-26, until 2026-12-01', 5 * 24 * HOUR + 16 * HOUR, 5, 16],
    ['exactly 5 days', 5 * 24 * HOUR, 5, 0],
    ['a millisecond short of 6 days', 6 * 24 * HOUR - 1, 5, 23],
    ['exactly an hour', HOUR, 0, 1],
    ['a millisecond short of an hour', HOUR - 1, 0, 0],
  ])('%s', (_, before, daysLeft, hoursLeft) => {
    expect(lapsingWithin('2026-12-01', new Date(lapse - before), 14)).toEqual({ lapsesAt: '2026-12-02T00:00:00.000Z', daysLeft, hoursLeft });
  });
});

/**
 * Safety rules that mutation testing (`npm run mutation`, docs/mutation.md) found untested: each
 * test here fails on the mutant named in its title.
 */
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import type { Decision } from '../src/decide/types.js';
import { matchesEmailPattern, patternCovers } from '../src/decide/email-pattern.js';
import { lapsesAt, lapsingWithin } from '../src/decide/in-force.js';
import { iotEntryVerdict } from '../src/decide/match.js';
import { handshakeNotAllowed, lapsedClause, organizationsEntryTypeExcluded, shown, SHOWN_MAX_LENGTH } from '../src/decide/reasons.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Effects } from '../src/act/effects.js';
import { buildPolicy } from './helpers/policy.js';
import { certificateTransfer, handshake } from './helpers/items.js';

describe('email patterns: middle segments do not overlap (email-pattern.ts `from = at + segment.length`)', () => {
  it.each([
    ['*a*a*', 'a', false],
    ['*a*a*', 'aa', true],
    ['*ab*ab*', 'abab', true],
    ['*ab*ab*', 'aba', false],
    ['x*abc*abc*y', 'xabcy', false],
    ['x*abc*abc*y', 'xabcabcy', true],
  ])('%s against %s → %s', (pattern, email, expected) => {
    expect(matchesEmailPattern(pattern, email)).toBe(expected);
  });
});

describe('reasons quote only plain id/email text, whole (reasons.ts PRINTABLE anchors)', () => {
  it.each(['o-abc<script>', 'o-abc::warning::x', 'o-abc\nx', `${'a'.repeat(SHOWN_MAX_LENGTH)}<`, '<b>o-abc'])('%j is described, not echoed', (value) => {
    const text = shown(value);
    expect(text).not.toContain(value);
    expect(text).not.toMatch(/[<:\n]/);
  });
  it(`a plain value of ${SHOWN_MAX_LENGTH} characters is quoted, one of ${SHOWN_MAX_LENGTH + 1} is described by its length`, () => {
    expect(shown('a'.repeat(SHOWN_MAX_LENGTH))).toBe('a'.repeat(SHOWN_MAX_LENGTH));
    expect(shown('a'.repeat(SHOWN_MAX_LENGTH + 1))).toBe(`(a value of ${SHOWN_MAX_LENGTH + 1} characters, too long to show)`);
    expect(shown('')).not.toBe('');
  });
});

describe('lapsing window boundaries (in-force.ts `left > 0 && left <= window`)', () => {
  const lapse = new Date('2026-12-05T00:00:00Z').getTime();
  const DAY = 24 * 60 * 60 * 1000;
  it('exactly the window before the lapse is within it', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse - 14 * DAY), 14)).toEqual({ lapsesAt: '2026-12-05T00:00:00.000Z', daysLeft: 14, hoursLeft: 0 });
  });
  it('one millisecond more is outside it', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse - 14 * DAY - 1), 14)).toBeUndefined();
  });
  it('at the lapse instant it has lapsed, a millisecond before it is lapsing', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse), 14)).toBeUndefined();
    expect(lapsingWithin('2026-12-04', new Date(lapse - 1), 14)).toEqual({ lapsesAt: '2026-12-05T00:00:00.000Z', daysLeft: 0, hoursLeft: 0 });
  });
});

describe('a budget of exactly the planned writes is not tripped (execute.ts `planned > limit`)', () => {
  const decisions: Decision[] = [
    { item: certificateTransfer({ certificateId: 'a'.repeat(64) }), action: 'reject', reason: 'r' },
    { item: handshake({ id: 'h-decline01' }), action: 'decline', reason: 'r' },
    { item: handshake({ id: 'h-allowed01' }), action: 'allow', reason: 'r' },
  ];
  const written: string[] = [];
  const effects: Effects = {
    write: async (w) => void written.push(w.kind === 'certificate-transfer' ? `reject ${w.target.slice(0, 1)}` : `decline ${w.target}`),
  };
  it('enforce writes both when the limit is 2', async () => {
    written.length = 0;
    // The budget as a caller could pass it: not tripped, limit equal to the writes planned.
    const budget = { ...resolveBudget(2, undefined, 2) };
    expect(budget.tripped).toBe(false);
    const results = await executeDecisions(decisions, { mode: 'enforce', budget, effects, policy: buildPolicy({ rejectReason: 'no' }) });
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'declined', 'allowed']);
    expect(written.sort()).toEqual(['decline h-decline01', 'reject a']);
  });
  it('and holds both when the limit is 1', async () => {
    written.length = 0;
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: { ...resolveBudget(1, undefined, 1) }, effects, policy: buildPolicy({ rejectReason: 'no' }) });
    expect(results.map((r) => r.outcome)).toEqual(['held-by-budget', 'held-by-budget', 'allowed']);
    expect(written).toEqual([]);
  });
});

describe('every allow entry keeps its until (normalise.ts `optional("until", …)`)', () => {
  it('an organizations.allow and an iot.allow entry carry their until into the policy', () => {
    const text = [
      'version: 1',
      'iot:',
      '  allow:',
      "    - source-account: '111122223333'",
      "      until: '2026-01-31'",
      'organizations:',
      '  allow:',
      '    - organization: o-abcdefghij',
      "      until: '2026-02-28'",
      '',
    ].join('\n');
    const result = parsePolicy(text, '.github/inbound-guard.yml');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.policy.iot.allow[0]?.until).toBe('2026-01-31');
    expect(result.policy.organizations.allow[0]?.until).toBe('2026-02-28');
  });
});

describe('decide survivors of the 2026-11-26 run, each a rule the reasons or the plan diff depend on', () => {
  it('patternCovers: a literal outer pattern covers no longer inner one (email-pattern.ts:50 `j === 0` → true)', () => {
    expect(patternCovers('b', 'ab')).toBe(false);
    expect(patternCovers('*b', 'ab')).toBe(true);
    expect(patternCovers('a', '*')).toBe(false);
    expect(patternCovers('*', 'a*b')).toBe(true);
  });

  it('lapsesAt refuses a year Date.UTC would move into the 1900s (in-force.ts:24 year check)', () => {
    expect(lapsesAt('0050-01-01')).toBeUndefined();
    expect(lapsesAt('2026-02-30')).toBeUndefined();
    expect(lapsesAt('2026-02-28')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(lapsedClause('0050-01-01')).toContain('not a valid YYYY-MM-DD date');
  });

  it('an entry without until "is not in force" (reasons.ts:33)', () => {
    expect(lapsedClause(undefined)).toBe('is not in force');
  });

  it('empty sender fields are unknown, not quoted as empty (reasons.ts:78)', () => {
    expect(handshakeNotAllowed({ type: 'INVITE', organizationId: '', managementAccountId: '', managementEmail: '' })).toBe(
      'no organizations.allow entry can match the INVITE handshake from an unidentified sender',
    );
  });

  it('a type-excluded reason lists every type the entry covers (reasons.ts:113)', () => {
    const reason = organizationsEntryTypeExcluded({ index: 0, position: { line: 3, column: 5 }, handshakeTypes: ['INVITE', 'ENABLE_ALL_FEATURES'] }, { type: 'APPROVE_ALL_FEATURES', organizationId: 'o-abc1234567' });
    expect(reason).toContain('cover only INVITE, ENABLE_ALL_FEATURES');
  });

  it("iotEntryVerdict: another source account is 'no-match' (match.ts:28)", () => {
    const entry = { index: 0, position: { line: 1, column: 1 }, sourceAccount: '111122223333' };
    expect(iotEntryVerdict(entry, certificateTransfer({ sourceAccount: '999988887777' }), new Date('2026-01-01'))).toBe('no-match');
    expect(iotEntryVerdict(entry, certificateTransfer({ sourceAccount: undefined }), new Date('2026-01-01'))).toBe('no-match');
    expect(iotEntryVerdict(entry, certificateTransfer({ sourceAccount: '111122223333' }), new Date('2026-01-01'))).toBe('match');
  });
});

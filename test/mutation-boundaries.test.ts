/**
 * Safety rules that mutation testing (`npm run mutation`, docs/mutation.md) found untested: each
 * test here fails on the mutant named in its title.
 */
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions, type Effects } from '../src/act/execute.js';
import { buildPolicy } from './helpers/policy.js';
import type { Decision } from '../src/decide/types.js';
import { matchesEmailPattern } from '../src/decide/email-pattern.js';
import { lapsingWithin } from '../src/decide/in-force.js';
import { shown } from '../src/decide/reasons.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
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
  it.each(['o-abc<script>', 'o-abc::warning::x', 'o-abc\nx', `${'a'.repeat(254)}<`, '<b>o-abc'])('%j is described, not echoed', (value) => {
    const text = shown(value);
    expect(text).not.toContain(value);
    expect(text).not.toMatch(/[<:\n]/);
  });
  it('a plain value of 254 characters is quoted, one of 255 is not', () => {
    expect(shown('a'.repeat(254))).toBe('a'.repeat(254));
    expect(shown('a'.repeat(255))).not.toContain('a'.repeat(255));
    expect(shown('')).not.toBe('');
  });
});

describe('lapsing window boundaries (in-force.ts `left > 0 && left <= window`)', () => {
  const lapse = new Date('2026-12-05T00:00:00Z').getTime();
  const DAY = 24 * 60 * 60 * 1000;
  it('exactly the window before the lapse is within it', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse - 14 * DAY), 14)).toEqual({ lapsesAt: '2026-12-05T00:00:00.000Z', daysLeft: 14 });
  });
  it('one millisecond more is outside it', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse - 14 * DAY - 1), 14)).toBeUndefined();
  });
  it('at the lapse instant it has lapsed, a millisecond before it is lapsing', () => {
    expect(lapsingWithin('2026-12-04', new Date(lapse), 14)).toBeUndefined();
    expect(lapsingWithin('2026-12-04', new Date(lapse - 1), 14)).toEqual({ lapsesAt: '2026-12-05T00:00:00.000Z', daysLeft: 0 });
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
    write: async (write) => void written.push(write.kind === 'certificate-transfer' ? `reject ${write.target.slice(0, 1)}` : `decline ${write.target}`),
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

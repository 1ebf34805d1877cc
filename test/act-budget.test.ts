import { describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { budgetSource, countPlanned, resolveBudget } from '../src/act/budget.js';
import type { Decision } from '../src/decide/types.js';
import { certificateTransfer, handshake } from './helpers/items.js';

describe('resolveBudget', () => {
  it.each([
    // input, policy, planned → limit, source, tripped
    [undefined, undefined, 0, 10, 'default', false],
    [undefined, undefined, 10, 10, 'default', false],
    [undefined, undefined, 11, 10, 'default', true],
    [undefined, 3, 3, 3, 'policy', false],
    [undefined, 3, 4, 3, 'policy', true],
    [5, 3, 4, 5, 'input', false],
    [5, 50, 6, 5, 'input', true],
    [0, undefined, 0, 0, 'input', false],
    [0, undefined, 1, 0, 'input', true],
    [undefined, 0, 1, 0, 'policy', true],
  ] as const)('input %s, policy %s, planned %s → limit %s from %s, tripped %s', (input, policy, planned, limit, source, tripped) => {
    expect(resolveBudget(input, policy, planned)).toEqual({ limit, source, planned, tripped });
  });

  it.each([
    [5, 3, 'the max-actions input'],
    [0, 3, 'the max-actions input'],
    [undefined, 3, 'limits.max-actions in the policy'],
    [undefined, undefined, 'the default'],
  ] as const)('input %s, policy %s: the limit is credited to %s', (input, policy, words) => {
    expect(budgetSource(resolveBudget(input, policy, 0))).toBe(words);
  });

  it.each([
    [-1, undefined, 0, /input max-actions/],
    [1.5, undefined, 0, /input max-actions/],
    [undefined, Number.NaN, 0, /policy max-actions/],
    [1, undefined, -1, /planned actions/],
  ])('refuses input %s, policy %s, planned %s', (input, policy, planned, message) => {
    throwsWith(() => resolveBudget(input, policy, planned), message);
  });
});

describe('countPlanned', () => {
  it('counts reject and decline decisions only', () => {
    const decisions: Decision[] = [
      { item: certificateTransfer(), action: 'reject', reason: 'r' },
      { item: handshake(), action: 'decline', reason: 'r' },
      { item: handshake(), action: 'allow', reason: 'r' },
      { item: certificateTransfer(), action: 'ignore', reason: 'r' },
      { item: certificateTransfer(), action: 'reject', reason: 'r' },
    ];
    expect(countPlanned(decisions)).toBe(3);
    expect(countPlanned([])).toBe(0);
  });
});

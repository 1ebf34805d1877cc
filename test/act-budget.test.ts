import { describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { budgetLimit, budgetSource, countPlanned, emptyShare, emptyShareWarning, resolveBudget, shardShare, shareWords, trippedAdvice } from '../src/act/budget.js';
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

describe('budgetLimit: the limit and its source, before anything is listed', () => {
  it.each([
    [5, 3, 5, 'input'],
    [undefined, 3, 3, 'policy'],
    [undefined, undefined, 10, 'default'],
  ] as const)('input %s, policy %s → %s from %s (as resolveBudget has it)', (input, policy, limit, source) => {
    expect(budgetLimit(input, policy)).toEqual({ limit, source });
    expect(resolveBudget(input, policy, 0)).toMatchObject({ limit, source });
  });
});

describe('a matrix run\'s budget in words', () => {
  it.each([
    [10, 20, 0],
    [10, 3, 3],
    [40, 4, 10],
    [0, 4, 0],
  ])('⌊%i / %i⌋ = %i', (limit, shards, share) => {
    expect(shardShare(limit, shards)).toBe(share);
  });

  it('says the run\'s limit, where it came from, and each shard\'s share: one phrase for every report', () => {
    expect(shareWords({ source: 'default', share: { runLimit: 10, shards: 20 } })).toBe('the budget of 10 (the default) is split over 20 shards, 0 each');
    expect(shareWords({ source: 'input', share: { runLimit: 40, shards: 4 } })).toBe('the budget of 40 (the max-actions input) is split over 4 shards, 10 each');
  });

  it.each([
    ['10 over 20 shards', { runLimit: 10, shards: 20 }, true],
    ['1 over 2 shards', { runLimit: 1, shards: 2 }, true],
    ['20 over 20 shards', { runLimit: 20, shards: 20 }, false],
    ['0 (never act, as meant)', { runLimit: 0, shards: 20 }, false],
  ])('a share of 0 for %s: %s', (_name, share, empty) => {
    expect(emptyShare({ share })).toBe(empty);
    expect(emptyShareWarning({ source: 'policy', share }) !== undefined).toBe(empty);
  });

  it('no matrix, no share to be empty', () => {
    expect(emptyShare({})).toBe(false);
    expect(trippedAdvice({})).toBe('Check the policy for a mistake; if the list is right, raise max-actions for one run.');
  });

  it('the warning before the sweep: the phrase, what follows, and what to do', () => {
    expect(emptyShareWarning({ source: 'default', share: { runLimit: 10, shards: 20 } })).toBe(
      'The budget of 10 (the default) is split over 20 shards, 0 each: every shard that finds anything to reject or decline will trip its budget (in enforce it then writes nothing and fails). Raise max-actions to at least 20, or use fewer shards.',
    );
  });

  it('a tripped shard with a share of 0 is told to fix the matrix, not to look for a policy mistake', () => {
    expect(trippedAdvice({ share: { runLimit: 10, shards: 20 } })).toBe("Each shard's share is 0. Raise max-actions to at least 20, or use fewer shards.");
    expect(trippedAdvice({ share: { runLimit: 30, shards: 3 } })).toBe('Check the policy for a mistake; if the list is right, raise max-actions for one run.');
  });
});

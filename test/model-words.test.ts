import { describe, expect, it } from 'vitest';
import { capitalise, joinWords } from '../src/model/words.js';

describe('capitalise', () => {
  it.each([
    ['this shard (2/3) found 9 items', 'This shard (2/3) found 9 items'],
    ['the budget of 10', 'The budget of 10'],
    ['Already', 'Already'],
    ['9 items', '9 items'],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(capitalise(text)).toBe(expected);
  });
});

describe('joinWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['1/3', '2/3'], '1/3 and 2/3'],
    [['1/4', '2/4', '4/4'], '1/4, 2/4 and 4/4'],
  ])('%j → %j', (parts, expected) => {
    expect(joinWords(parts)).toBe(expected);
  });
});

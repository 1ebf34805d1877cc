import { describe, expect, it } from 'vitest';
import { capitalise } from '../src/model/words.js';

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

/**
 * Did-you-mean (src/policy/suggest.ts): the distance, the spelling fold, the cut-off, and when no
 * suggestion is offered because it would be a guess. Through parsePolicy where a policy can show
 * it; the exported functions directly for the metric itself. See docs/mutation.md.
 */
import { describe, expect, it } from 'vitest';
import { messageAt } from './helpers/policy-messages.js';
import { closest, editDistance, foldSpelling } from '../src/policy/suggest.js';



const suggestionIn = (message: string): string | undefined => /Did you mean `([^`]+)`\?/.exec(message)?.[1];

describe('editDistance: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment)', () => {
  it.each([
    ['', 'abc', 3],
    ['abc', '', 3],
    ['a', 'ba', 1],
    ['until', 'until', 0],
    ['unitl', 'until', 1],
    ['ab', 'ba', 1],
    ['ab', 'cd', 2],
    ['ab', 'ca', 2],
    ['ab', 'bc', 2],
    ['xab', 'yba', 2],
    ['abcd', 'badc', 2],
    // Optimal string alignment: a swapped pair is not edited again, so this is 3, not 2.
    ['ca', 'abc', 3],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('foldSpelling: one spelling for case, camelCase, `_`, spaces and runs of them', () => {
  it.each([
    ['sourceAccount', 'source-account'],
    ['  Source Account ', 'source-account'],
    ['source__account', 'source-account'],
    ['source - account', 'source-account'],
    ['MAX_ACTIONS', 'max-actions'],
  ])('%j → %s', (word, folded) => {
    expect(foldSpelling(word)).toBe(folded);
  });

  it('a camelCase key is matched to its kebab-case spelling', () => {
    expect(suggestionIn(messageAt('version: 1\nlimits:\n  maxActions: 5\n', 'limits.maxActions'))).toBe('max-actions');
  });
});

describe('the distance cut-off: a third of the shorter word, at least 1', () => {
  it.each([
    ['two edits in a long key', 'version: 1\niot:\n  allow:\n    - sorce-acount: "111122223333"\n', 'iot.allow[0].sorce-acount', 'source-account'],
    ['two letters missing, exactly the cut-off', 'version: 1\nacount: ["111122223333"]\n', 'acount', 'accounts'],
    ['one letter missing in a short key', 'version: 1\niot:\n  alow: []\n', 'iot.alow', 'allow'],
  ])('%s: suggested', (_, text, key, suggestion) => {
    expect(suggestionIn(messageAt(text, key))).toBe(suggestion);
  });

  it('two letters missing from a 7-letter key, in a 5-letter word: not suggested', () => {
    expect(suggestionIn(messageAt('version: 1\ntgets: {}\n', 'tgets'))).toBeUndefined();
  });

  it('nothing close: not suggested', () => {
    expect(suggestionIn(messageAt('version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      colour: red\n', 'iot.allow[0].colour'))).toBeUndefined();
  });
});

describe('the nearest candidate wins, whatever its order', () => {
  const typeMessage = (written: string) => messageAt(`version: 1\norganizations:\n  handshake-types: [${written}]\n`, 'organizations.handshake-types[0]');
  it.each([
    // ENABLE_ALL_FEATURES is 1 away, APPROVE_ALL_FEATURES (listed after it) 5: both within the cut-off.
    ['ANABLE_ALL_FEATURES', 'ENABLE_ALL_FEATURES'],
    // APPROVE_ALL_FEATURES is 1 away, ENABLE_ALL_FEATURES (listed before it) 5.
    ['APROVE_ALL_FEATURES', 'APPROVE_ALL_FEATURES'],
  ])('%s → %s', (written, suggestion) => {
    expect(suggestionIn(typeMessage(written))).toBe(suggestion);
  });
});

describe('part of a key: suggested only when it points to one candidate', () => {
  it.each([
    ['three letters inside one key', 'version: 1\norg: o-exampleorgid11\n', 'org', 'organizations'],
    ['one key inside the word', 'version: 1\nlimits:\n  max-actions-per-run: 3\n', 'limits.max-actions-per-run', 'max-actions'],
    ['a three-letter key inside the word', 'version: 1\naws-iot: {}\n', 'aws-iot', 'iot'],
  ])('%s: suggested', (_, text, key, suggestion) => {
    // `org` is also a synonym of `organization` (an entry key): the suggestion for here is the one after "Or, here".
    const message = messageAt(text, key);
    const here = message.includes('Or, here') ? /Or, here: did you mean `([^`]+)`\?/.exec(message)?.[1] : suggestionIn(message);
    expect(here).toBe(suggestion);
  });

  it.each([
    ['two letters', 'version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      ti: x\n', 'iot.allow[0].ti'],
    ['inside two keys (management-account, management-email)', 'version: 1\norganizations:\n  allow:\n    - organization: o-exampleorgid11\n      management: x\n', 'organizations.allow[0].management'],
    ['two keys inside the word', 'version: 1\niot-ram: {}\n', 'iot-ram'],
  ])('%s: not suggested', (_, text, key) => {
    expect(suggestionIn(messageAt(text, key))).toBeUndefined();
  });

  it('a candidate shorter than three letters is not suggested for containing it', () => {
    expect(closest('ideal', ['id'])).toBeUndefined();
  });

  it('a blank word gets no suggestion, even among one-letter candidates', () => {
    expect(closest('  ', ['a', 'b'])).toBeUndefined();
  });
});

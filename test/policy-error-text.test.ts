/**
 * What a policy error tells the user (src/policy/messages.ts): how a wrong value is described, which
 * key is unknown, where it belongs instead, what is allowed here and which correction is offered.
 * Mostly through parsePolicy on small YAML texts; the exported helpers directly where parsePolicy
 * cannot reach a branch today (fallbackMessage, an empty key list). See docs/mutation.md.
 */
import { describe, expect, it } from 'vitest';
import { describePlace, describeValue, fallbackMessage, keyCandidates, unknownKeyMessage } from '../src/policy/messages.js';
import { messageAt } from './helpers/policy-messages.js';



const TOP_LEVEL = '`version`, `accounts`, `targets`, `iot`, `organizations`, `ram`, `security-services` or `limits`';

describe('a value of the wrong type is described as the YAML reads it', () => {
  it.each([
    ['a number', 'limits: 5', 'not the number 5.'],
    ['a boolean', 'limits: true', 'not the boolean true.'],
    ['a list', 'limits: [1]', 'not a list.'],
    ['a mapping', 'targets:\n  organization: {a: 1}', 'not a mapping.'],
  ])('%s', (_, yaml, described) => {
    const key = yaml.startsWith('targets') ? 'targets.organization' : 'limits';
    expect(messageAt(`version: 1\n${yaml}\n`, key)).toContain(described);
  });

  it('text of 40 characters is quoted in full, longer text cut at 40 with …', () => {
    const forty = 'x'.repeat(40);
    expect(messageAt(`version: 1\nlimits: "${forty}"\n`, 'limits')).toContain(`not the text "${forty}".`);
    expect(messageAt(`version: 1\nlimits: "${forty}yz"\n`, 'limits')).toContain(`not the text "${forty}…".`);
  });

  it('an example is offered only where the schema part has one', () => {
    expect(messageAt('version: 1\ntargets:\n  organization: 5\n', 'targets.organization')).toContain('must be true or false (e.g. `organization: true`), not the number 5.');
    // `limits` has no example: nothing between the expectation and the value.
    expect(messageAt('version: 1\nlimits: 5\n', 'limits')).toMatch(/keys `max-actions`, not the number 5\.$/);
  });

  it.each([
    [undefined, 'nothing'],
    [null, 'an empty value'],
    [BigInt(5), 'a bigint'],
  ])('values YAML does not hand the schema today: %s is %s', (value, described) => {
    expect(describeValue(value)).toBe(described);
  });
});

describe('unknown keys: what is allowed here', () => {
  it('names the key and lists every key allowed at that place', () => {
    const message = messageAt('version: 1\ncolour: red\n', 'colour');
    expect(message).toBe(`unknown key \`colour\`. Allowed here: ${TOP_LEVEL}.`);
  });

  it('a key list with nothing in it reads "nothing"', () => {
    expect(unknownKeyMessage('colour', [])).toBe('unknown key `colour`. Allowed here: nothing.');
  });

  it('a place list with nothing in it is the same as none', () => {
    expect(unknownKeyMessage('colour', ['note'], { key: 'colour', places: [] })).toBe(unknownKeyMessage('colour', ['note']));
  });
});

describe('unknown keys: synonyms are offered only where the synonym is allowed', () => {
  it('`expires` in an entry: did you mean `until`', () => {
    const text = 'version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      expires: 2027-01-31\n';
    expect(messageAt(text, 'iot.allow[0].expires')).toContain('Did you mean `until`?');
  });

  it('`email` at the top level: pointed to the entries where `management-email` is, not offered as a key here', () => {
    const message = messageAt('version: 1\nemail: ops@example.com\n', 'email');
    expect(message).toContain('Did you mean `management-email`? `management-email` belongs in an `organizations.allow` entry: move it there.');
    expect(message).not.toContain('Or, here');
  });

  it('`expires` at the top level: the synonym `until` is looked for elsewhere', () => {
    const message = messageAt('version: 1\nexpires: 2027-01-31\n', 'expires');
    expect(message).toContain('Did you mean `until`? `until` belongs in an `iot.allow` entry');
  });

  it.each([
    ['colour', ['colour']],
    ['max_actions', ['max_actions', 'max-actions']],
    ['Expires', ['Expires', 'expires', 'until']],
    ['until', ['until']],
  ])('keyCandidates(%s): as written, folded, and the synonym', (key, candidates) => {
    expect(keyCandidates(key)).toEqual(candidates);
  });
});

describe('unknown keys: where the key belongs instead', () => {
  it('at the top level', () => {
    const message = messageAt('version: 1\niot:\n  version: 1\n', 'iot.version');
    expect(message).toContain('`version` belongs at the top level: move it there.');
  });

  it('the right key at the wrong place: no did-you-mean of itself, nothing offered here', () => {
    const message = messageAt('version: 1\niot:\n  until: 2027-01-31\n', 'iot.until');
    expect(message).toBe('unknown key `until` here. `until` belongs in an `iot.allow` entry: move it there. Allowed here: `regions`, `allow` or `reject-reason`.');
  });

  it('every nearest place, the last joined with "or"', () => {
    const message = messageAt('version: 1\nuntil: 2027-01-31\n', 'until');
    expect(message).toContain(
      '`until` belongs in an `iot.allow` entry, in an `organizations.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry: move it there.',
    );
  });

  it('two places: joined with "or"', () => {
    const message = messageAt('version: 1\nlimits:\n  org: o-exampleorgid11\n', 'limits.org');
    expect(message).toContain('Did you mean `organization`? `organization` belongs under `targets` or in an `organizations.allow` entry: move it there.');
  });

  it('a near spelling of a key allowed here comes before a synonym allowed elsewhere', () => {
    const message = messageAt('version: 1\ntargets:\n  account: "111122223333"\n', 'targets.account');
    expect(message).toBe(
      'unknown key `account`. Did you mean `accounts`? Allowed here: `role-name`, `accounts`, `roles`, `organization` or `exclude`. If you meant `source-account`: it belongs in an `iot.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry.',
    );
  });

  it('a synonym allowed elsewhere, with nothing near it here: where it belongs', () => {
    const message = messageAt('version: 1\nlimits:\n  account: "111122223333"\n', 'limits.account');
    expect(message).toBe(
      'unknown key `account` here. Did you mean `source-account`? `source-account` belongs in an `iot.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry: move it there. Allowed here: `max-actions`.',
    );
  });

  it('the key as written allowed elsewhere, and a near spelling here: elsewhere first', () => {
    // `organization` is a key under `targets` and in organizations.allow entries; at the top level
    // `organizations` is one letter away. As written, elsewhere is the stronger guess.
    const message = messageAt('version: 1\norganization: o-exampleorgid11\n', 'organization');
    expect(message).toBe(
      'unknown key `organization` here. `organization` belongs under `targets` or in an `organizations.allow` entry: move it there. Or, here: did you mean `organizations`? Allowed here: `version`, `accounts`, `targets`, `iot`, `organizations`, `ram`, `security-services` or `limits`.',
    );
  });

  it.each([
    [['targets'], 'under `targets`'],
    [['targets', 'nested'], 'under `targets.nested`'],
    [['iot', 'allow', '[]'], 'in an `iot.allow` entry'],
    [['ram', 'allow', '[]'], 'in a `ram.allow` entry'],
  ])('describePlace(%j) is %s', (place, text) => {
    expect(describePlace(place)).toBe(text);
  });
});

describe('fallbackMessage: the wording for an issue no schema part words (none reaches a user today)', () => {
  it('a value of the wrong type', () => {
    expect(fallbackMessage({ code: 'invalid_type', input: 5 })).toBe('must be a different kind of value, not the number 5.');
  });

  it('unknown keys are named, singular or plural', () => {
    expect(fallbackMessage({ code: 'unrecognized_keys', keys: ['colour'] })).toBe('unknown key `colour`: remove or rename.');
    expect(fallbackMessage({ code: 'unrecognized_keys', keys: ['colour', 'size'] })).toBe('unknown keys `colour` and `size`: remove or rename.');
  });

  it('anything else names the value and points to the docs', () => {
    expect(fallbackMessage({ code: 'invalid_value', input: 'All' })).toBe('the text "All" is not allowed here: see docs/policy.md for what this key accepts.');
  });
});

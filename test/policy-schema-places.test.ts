/**
 * The policy schema's shape as validation reports it (src/policy/schema.ts, schema-keys.ts): the
 * keys allowed inside nested mappings and list entries, where a misplaced key belongs, the example
 * for `regions`, and allow entries that are not mappings at all.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { PolicySchema } from '../src/policy/schema.js';
import { keyPlaces, keysAt } from '../src/policy/schema-keys.js';
import type { PolicyIssue } from '../src/policy/types.js';

function issuesOf(text: string): readonly PolicyIssue[] {
  const result = parsePolicy(text, 'p.yml');
  if (result.ok) throw new Error('the policy was accepted');
  return result.issues;
}

describe('keys allowed at a place', () => {
  it('inside a section: the section’s keys', () => {
    const issues = issuesOf('version: 1\niot:\n  bar: 2\n');
    expect(issues.map((i) => i.key)).toEqual(['iot.bar']);
    expect(issues[0]?.message).toContain('Allowed here: `regions`, `allow` or `reject-reason`.');
  });

  it('inside a list entry: the entry’s keys', () => {
    const issues = issuesOf('version: 1\nram:\n  allow:\n    - source-account: "111122223333"\n      resource-type: [ec2:Subnet]\n');
    expect(issues.map((i) => i.key)).toEqual(['ram.allow[0].resource-type']);
    expect(issues[0]?.message).toContain('Did you mean `resource-types`?');
    expect(issues[0]?.message).toContain('Allowed here: `source-account`, `resource-types`, `note` or `until`.');
  });

  it('keysAt walks mappings by key and lists by index', () => {
    expect(keysAt(PolicySchema, [])).toContain('version');
    expect(keysAt(PolicySchema, ['targets'])).toEqual(['role-name', 'accounts', 'roles', 'organization', 'exclude']);
    expect(keysAt(PolicySchema, ['organizations', 'allow', 3])).toEqual(['organization', 'management-account', 'management-email', 'handshake-types', 'note', 'until']);
  });
});

describe('where a misplaced key belongs', () => {
  it('a key of list entries, written on the section, points into the entries', () => {
    const issues = issuesOf('version: 1\niot:\n  until: 2027-01-01\n');
    expect(issues[0]?.message).toContain('`until` belongs in an `iot.allow` entry: move it there.');
  });

  it('keyPlaces finds a key inside list entries, nested mappings and at the top', () => {
    expect(keyPlaces(PolicySchema, 'resource-types')).toEqual([['ram', 'allow', '[]']]);
    expect(keyPlaces(PolicySchema, 'role-name')).toEqual([['targets']]);
    expect(keyPlaces(PolicySchema, 'version')).toEqual([[]]);
    expect(keyPlaces(PolicySchema, 'no-such-key')).toEqual([]);
  });
});

describe('regions of the wrong type', () => {
  it('gives `regions: all` as the example', () => {
    const issues = issuesOf('version: 1\niot:\n  regions: 5\n');
    expect(issues.map((i) => i.key)).toEqual(['iot.regions']);
    expect(issues[0]?.message).toContain('must be `all` or a list of region names (e.g. `regions: all`)');
  });
});

describe('organizations allow entries that are not mappings', () => {
  it.each([
    ['5', 'not the number 5'],
    ['[o-exampleorgid11]', 'not a list'],
    ['', 'has no value'],
    ['o-exampleorgid11', 'not the text "o-exampleorgid11"'],
  ])('`- %s` gets one message, that it must be an allow entry, and no "names none of"', (item, text) => {
    const issues = issuesOf(`version: 1\norganizations:\n  allow:\n    - ${item}\n`);
    expect(issues.map((i) => i.key)).toEqual(['organizations.allow[0]']);
    expect(issues[0]?.message).toContain('an allow entry: a mapping with the keys');
    expect(issues[0]?.message).toContain(text);
  });

  it('a mapping naming no selector is told to name one, even with other problems in it', () => {
    const issues = issuesOf('version: 1\norganizations:\n  allow:\n    - note: 5\n');
    expect(issues.map((i) => i.message).join('\n')).toContain('names none of `organization`, `management-account` or `management-email`');
  });
});

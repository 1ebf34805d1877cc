/**
 * A key named like a property every JavaScript object inherits (`constructor`, `toString`,
 * `__proto__`, `hasOwnProperty`) is an unknown key like any other: keyPlaces (schema-keys.ts)
 * looks at the keys a mapping allows, not at what `in` finds on its prototype. It used to say
 * "`constructor` belongs under `iot` or in an `iot.allow` entry: move it there" — where it already was.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { PolicySchema } from '../src/policy/schema.js';
import { keyPlaces } from '../src/policy/schema-keys.js';

const INHERITED = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('a key named like an inherited object property', () => {
  it.each(INHERITED)('%s is allowed nowhere in the schema', (key) => {
    expect(keyPlaces(PolicySchema, key)).toEqual([]);
  });

  it.each(INHERITED)('%s under iot: unknown here, with the keys allowed, and not sent anywhere else', (key) => {
    const result = parsePolicy(`version: 1\niot:\n  ${key}: 1\n`, 'p.yml');
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => `${i.line}:${i.column} ${i.key}`)).toEqual([`3:3 iot.${key}`]);
    expect(issues[0]?.message).toBe(`unknown key \`${key}\`. Allowed here: \`regions\`, \`allow\` or \`reject-reason\`.`);
  });

  it('a key the schema does have is still placed where it belongs', () => {
    expect(keyPlaces(PolicySchema, 'note')).toEqual([
      ['iot', 'allow', '[]'],
      ['organizations', 'allow', '[]'],
      ['ram', 'allow', '[]'],
      ['security-services', 'allow', '[]'],
    ]);
  });
});

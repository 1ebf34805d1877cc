/** docs/policy.md stays true: its example is valid and it documents every key of the schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema } from '../src/policy/json-schema.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

const docs = readFileSync('docs/policy.md', 'utf8');

/** Every property name anywhere in the schema. */
function schemaKeys(node: unknown, keys = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return keys;
  const n = node as Record<string, unknown>;
  for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) {
    keys.add(key);
    schemaKeys(child, keys);
  }
  schemaKeys(n.items, keys);
  return keys;
}

describe('docs/policy.md', () => {
  it('has an example that is a valid policy', () => {
    const example = /## Example\s+```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const result = parsePolicy(example ?? '', '.github/inbound-guard.yml');
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('says which case a resource type may be written in, and the parser agrees with each example it gives', () => {
    const row = docs.split('\n').find((line) => line.startsWith('| `resource-types` |')) ?? '';
    expect(row).toContain('The service code is written in lower case (`EC2:Subnet` is an error that says to write `ec2:Subnet`); the resource type after the colon in any case: `ec2:subnet` and `ec2:SUBNET` mean `ec2:Subnet`');
    const parses = (type: string) => parsePolicy(`version: 1\nram:\n  allow:\n    - source-account: "111122223333"\n      resource-types: [${type}]\n`, 'p.yml').ok;
    expect(['ec2:Subnet', 'ec2:subnet', 'ec2:SUBNET'].map(parses)).toEqual([true, true, true]);
    expect(parses('EC2:Subnet')).toBe(false);
  });

  it.each([...schemaKeys(policyJsonSchema())])('documents the key `%s` in a reference table', (key) => {
    expect(docs).toContain(`| \`${key}\` |`);
  });
});

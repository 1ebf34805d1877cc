/**
 * What each leaf value publishes for editors (its JSON Schema: description, examples, errorMessage,
 * patternErrorMessage, enum descriptions) and the range and list rules built into the field
 * factories of src/policy/fields.ts, identity-fields.ts, region-fields.ts and invitation-fields.ts.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { HANDSHAKE_TYPES } from '../src/model/items.js';
import { handshakeType, maxActions, roleArn, roleName, uniqueList, version } from '../src/policy/fields.js';
import { region } from '../src/policy/region-fields.js';
import { POLICY_SECURITY_SERVICES, resourceType, securityService } from '../src/policy/invitation-fields.js';

type Json = Record<string, unknown>;
const jsonOf = (schema: z.ZodMiniType): Json => z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Json;
/** The text under `key`; fails when it is missing or not text. */
function text(json: Json, key: string): string {
  const value = json[key];
  expect(typeof value, key).toBe('string');
  return String(value);
}

describe('editor text of pattern fields', () => {
  it.each([
    ['region', region(), 'us-east-1'],
    ['role name', roleName(), 'inbound-guard'],
    ['role ARN', roleArn(), 'arn:aws:iam::111122223333:role/inbound-guard'],
    ['RAM resource type', resourceType(), 'ec2:Subnet'],
  ])('%s: a description, an example the field accepts, and both editor messages', (_name, schema, example) => {
    const json = jsonOf(schema);
    expect(text(json, 'description')).toMatch(/\w{4}/);
    expect(json['examples']).toEqual([example]);
    expect(schema.safeParse(example).success).toBe(true);
    expect(text(json, 'errorMessage')).toContain(example.split(':')[0] ?? example);
    expect(text(json, 'patternErrorMessage')).toMatch(/\w{4}/);
    expect(json['patternErrorMessage']).not.toBe(json['errorMessage']);
  });
});

describe('editor text of enums', () => {
  it.each([
    ['handshake types', handshakeType(), HANDSHAKE_TYPES as readonly string[]],
    ['security services', securityService(), POLICY_SECURITY_SERVICES as readonly string[]],
  ])('%s: one description per value, in enum order, and an errorMessage naming every value', (_name, schema, values) => {
    const json = jsonOf(schema);
    expect(json['enum']).toEqual([...values]);
    expect(text(json, 'description')).toMatch(/\w{4}/);
    const plain = json['enumDescriptions'] as string[];
    const markdown = json['markdownEnumDescriptions'] as string[];
    expect(plain).toHaveLength(values.length);
    expect(markdown).toHaveLength(values.length);
    values.forEach((value, i) => {
      expect(plain[i]).toMatch(/\w{4}/);
      expect(markdown[i]).toBe(`\`${value}\`: ${plain[i]}`);
    });
    expect(text(json, 'errorMessage')).toContain(values.join(', '));
  });
});

describe('version and max-actions', () => {
  it('version: described, and the editor message says to write the number', () => {
    const json = jsonOf(version());
    expect(text(json, 'description')).toContain('version');
    expect(text(json, 'errorMessage')).toContain('version: 1');
  });

  it('max-actions accepts 0 to 1000 and refuses what is outside, saying the range', () => {
    for (const ok of [0, 1, 999, 1000]) expect(maxActions().safeParse(ok).success).toBe(true);
    for (const bad of [-1, 1001]) {
      const result = maxActions().safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(`must be a whole number from 0 to 1000 (0 means never act), not ${bad}.`);
    }
  });

  it('max-actions: described with its limit, and the editor message gives the range', () => {
    const json = jsonOf(maxActions());
    expect(text(json, 'description')).toContain('Up to 1000');
    expect(text(json, 'errorMessage')).toContain('from 0 to 1000');
  });
});

describe('lists of unique items', () => {
  const list = () => uniqueList(region(), 'a list of region names', 'regions: [us-east-1]');

  it('not a list: says a list is expected, with the example', () => {
    const result = list().safeParse('us-east-1');
    expect(result.error?.issues[0]?.message).toContain('must be a list of region names (e.g. `regions: [us-east-1]`)');
  });

  it('reports a repeat even when another item is invalid: every problem in one go', () => {
    const result = list().safeParse(['us-east-1', 5, 'us-east-1']);
    expect(result.error?.issues.map((i) => i.path)).toEqual([[1], [2]]);
  });

  it('publishes uniqueItems and an editor message with the example', () => {
    const json = jsonOf(list());
    expect(json['uniqueItems']).toBe(true);
    expect(text(json, 'errorMessage')).toBe('Must be a list of region names, e.g. regions: [us-east-1].');
  });
});

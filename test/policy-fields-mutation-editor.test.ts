/**
 * The field factories of src/policy/fields.ts, identity-fields.ts, region-fields.ts and
 * invitation-fields.ts, each built inside the test that reads it: what a field publishes for
 * editors is what the committed JSON Schema (schema/inbound-guard.schema.json, the file editors
 * load) shows where the policy uses that field, and every refusal is worded by us, never zod's own
 * "Invalid input".
 *
 * The schema in src/policy/schema.ts is built once, at import; a factory called here, in the body
 * of a test, is a second build that a change to the factory cannot escape.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { HANDSHAKE_TYPES } from '../src/model/items.js';
import { calendarDate, handshakeType, maxActions, note, roleArn, roleName, uniqueList, version } from '../src/policy/fields.js';
import { accountId, emailPattern, organizationId } from '../src/policy/identity-fields.js';
import { region } from '../src/policy/region-fields.js';
import { POLICY_SECURITY_SERVICES, resourceType, securityService } from '../src/policy/invitation-fields.js';

type Json = Record<string, unknown>;

const PUBLISHED = JSON.parse(readFileSync('schema/inbound-guard.schema.json', 'utf8')) as Json;

/** The node of the committed schema at a JSON pointer (`/properties/iot/…`); fails when there is none. */
function publishedAt(pointer: string): Json {
  let node: unknown = PUBLISHED;
  for (const part of pointer.split('/').slice(1)) {
    expect(node, `${pointer} at ${part}`).toBeTypeOf('object');
    node = (node as Json)[part];
  }
  expect(node, pointer).toBeTypeOf('object');
  return node as Json;
}

/**
 * A field's JSON Schema as policyJsonSchema() publishes it: the description as written becomes
 * `markdownDescription`, and `description` loses its backticks.
 */
function asPublished(node: unknown): unknown {
  if (Array.isArray(node)) return node;
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'items' ? asPublished(value) : value;
  if (typeof out['description'] === 'string') {
    out['markdownDescription'] = out['description'];
    out['description'] = out['description'].replace(/`/g, '');
  }
  return out;
}

function jsonOf(schema: z.ZodMiniType): Json {
  const { $schema, ...json } = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Json;
  expect($schema).toBe('http://json-schema.org/draft-07/schema#');
  return json;
}

const IOT_ENTRY = '/properties/iot/properties/allow/items/properties';
const ORGANIZATIONS_ENTRY = '/properties/organizations/properties/allow/items/properties';

/** Each factory, and where the policy uses it unchanged. */
const FIELDS: ReadonlyArray<readonly [string, () => z.ZodMiniType, string]> = [
  ['version', () => version(), '/properties/version'],
  ['max-actions', () => maxActions(), '/properties/limits/properties/max-actions'],
  ['role-name', () => roleName(), '/properties/targets/properties/role-name'],
  ['a role ARN', () => roleArn(), '/properties/targets/properties/roles/items'],
  ['a region', () => region(), '/properties/iot/properties/regions/anyOf/1/items'],
  ['a list of regions', () => uniqueList(region(), 'a list of region names', 'regions: [us-east-1]'), '/properties/iot/properties/regions/anyOf/1'],
  ['until', () => calendarDate(), `${IOT_ENTRY}/until`],
  ['note', () => note(), `${IOT_ENTRY}/note`],
  ['organization', () => organizationId(), `${ORGANIZATIONS_ENTRY}/organization`],
  ['management-email', () => emailPattern(), `${ORGANIZATIONS_ENTRY}/management-email`],
  ['a handshake type', () => handshakeType(), '/properties/organizations/properties/handshake-types/items'],
  ['a RAM resource type', () => resourceType(), '/properties/ram/properties/allow/items/properties/resource-types/items'],
  ['a security service', () => securityService(), '/properties/security-services/properties/services/items'],
];

describe('what each field publishes for editors is the committed schema at its place', () => {
  it.each(FIELDS)('%s', (_name, build, pointer) => {
    expect(asPublished(jsonOf(build()))).toEqual(publishedAt(pointer));
  });

  it.each([
    ['source-account', `${IOT_ENTRY}/source-account`],
    ['management-account', `${ORGANIZATIONS_ENTRY}/management-account`],
  ])('an account id under %s, with the description the policy gives it', (key, pointer) => {
    const published = publishedAt(pointer);
    const field = accountId(key, String(published['markdownDescription']));
    expect(asPublished(jsonOf(field))).toEqual(published);
  });
});

describe('what editors show for a value that does not fit', () => {
  it.each([
    ['a region', () => region()],
    ['role-name', () => roleName()],
    ['a role ARN', () => roleArn()],
    ['a RAM resource type', () => resourceType()],
    ['an account id', () => accountId('source-account', 'An account.')],
    ['organization', () => organizationId()],
    ['management-email', () => emailPattern()],
    ['until', () => calendarDate()],
  ])('%s: an example the field accepts, one message for the wrong type and another for the wrong form', (_name, build) => {
    const field = build();
    const json = jsonOf(field);
    const examples = json['examples'] as unknown[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(field.safeParse(example).success, String(example)).toBe(true);
    const wrongType = String(json['errorMessage']);
    const wrongForm = String(json['patternErrorMessage']);
    // Two different messages, one about the type (quoting), one about the form; what to write is shown.
    expect(wrongType).toMatch(/\w+ \w+/);
    expect(wrongForm).toMatch(/\w+ \w+/);
    expect(wrongForm).not.toBe(wrongType);
    expect(`${wrongType} ${wrongForm}`).toContain(String(examples[0]).split(':')[0]);
  });

  it.each([
    ['a handshake type', () => handshakeType(), HANDSHAKE_TYPES as readonly string[]],
    ['a security service', () => securityService(), POLICY_SECURITY_SERVICES as readonly string[]],
  ])('%s: the values in order, each described in plain text and in markdown with the value in code', (_name, build, values) => {
    const json = jsonOf(build());
    expect(json['enum']).toEqual([...values]);
    const plain = json['enumDescriptions'] as string[];
    const markdown = json['markdownEnumDescriptions'] as string[];
    expect(plain).toHaveLength(values.length);
    expect(new Set(plain).size).toBe(values.length);
    values.forEach((value, i) => {
      expect(plain[i]).toMatch(/\w+ \w+/);
      expect(markdown[i]).toBe(`\`${value}\`: ${plain[i]}`);
    });
    expect(String(json['errorMessage'])).toContain(`One of ${values.join(', ')}`);
  });
});

/** zod's own wording, which must never reach the author (messages.ts). */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Expected|Required)\b/;

describe('every refusal is in our words', () => {
  const FACTORIES: ReadonlyArray<readonly [string, () => z.ZodMiniType]> = [
    ['an account id', () => accountId('source-account', 'An account.')],
    ['organization', () => organizationId()],
    ['management-email', () => emailPattern()],
    ['until', () => calendarDate()],
    ['a region', () => region()],
    ['role-name', () => roleName()],
    ['a role ARN', () => roleArn()],
    ['a handshake type', () => handshakeType()],
    ['a RAM resource type', () => resourceType()],
    ['a security service', () => securityService()],
    ['note', () => note()],
    ['version', () => version()],
    ['max-actions', () => maxActions()],
    ['a list of regions', () => uniqueList(region(), 'a list of region names', 'regions: [us-east-1]')],
  ];
  const WRONG: readonly unknown[] = [5, -1, 1001, 2.5, null, true, 'not it', 'Not It!', ['x'], { x: 1 }, ['us-east-1', 'us-east-1']];

  it.each(FACTORIES)('%s', (_name, build) => {
    const field = build();
    let refused = 0;
    for (const input of WRONG) {
      const result = field.safeParse(input);
      if (result.success) continue;
      refused++;
      for (const issue of result.error.issues) {
        expect(issue.message, `${JSON.stringify(input)}: ${issue.message}`).not.toMatch(ZOD_WORDING);
        expect(issue.message.length, JSON.stringify(input)).toBeGreaterThan(10);
      }
    }
    expect(refused).toBeGreaterThan(WRONG.length / 2);
  });

  it('a role name that is not text is asked for as a role name, in the key it belongs to', () => {
    const result = roleName().safeParse(5);
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('must be an IAM role name (e.g. `role-name: inbound-guard`), not the number 5')]);
  });

  it('a role ARN that is not text is asked for in quotes', () => {
    const result = roleArn().safeParse(111122223333);
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('must be an IAM role ARN in quotes')]);
  });

  it('a RAM resource type that is not text names the example', () => {
    const result = resourceType().safeParse(['ec2:Subnet']);
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('must be a RAM resource type (e.g. `ec2:Subnet`), not a list')]);
  });

  it('a note that is not text asks for text, with a note as the example', () => {
    const result = note().safeParse(5);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['must be text (e.g. `note: "why this entry exists"`), not the number 5.']);
  });

  it('a handshake type in lower case gets the upper-case spelling suggested', () => {
    const result = handshakeType().safeParse('invite');
    expect(result.error?.issues[0]?.message).toContain('`invite` is not a handshake type. Did you mean `INVITE`?');
  });

  it('a security service written as AWS writes it gets the policy’s spelling suggested', () => {
    const result = securityService().safeParse('securityhub');
    expect(result.error?.issues[0]?.message).toContain('`securityhub` is not a security service inbound-guard guards. Did you mean `security-hub`?');
  });
});

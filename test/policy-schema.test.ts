/**
 * The JSON Schema: committed copy up to date, and in agreement with the validator — on the
 * fixture corpus and on generated policies. Where they differ by design, the rule is listed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { HANDSHAKE_TYPES } from '../src/model/items.js';
import { KNOWN_REGIONS } from '../src/aws/service-regions.js';
import { DEFAULT_REJECT_REASON } from '../src/policy/defaults.js';
import { EDITOR_KEYWORDS, policyJsonSchema, SCHEMA_ID } from '../src/policy/json-schema.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

const ROOT = 'test/fixtures/policies';
const ymlIn = (dir: string) => readdirSync(`${ROOT}/${dir}`).filter((f) => f.endsWith('.yml')).sort();
const read = (dir: string, file: string) => readFileSync(`${ROOT}/${dir}/${file}`, 'utf8');

// The pattern already enforces real calendar dates; `format: date` is only a hint for editors.
// strictRequired flags `anyOf: [{ required: [organization] }, …]` (the "name at least one
// selector" rule) because the branch does not repeat the property definition; that is valid
// JSON Schema, and every other strict check stays on.
// The editor keywords (markdownDescription, errorMessage, …) are not JSON Schema: Ajv is told they exist.
const ajv = new Ajv({ strict: true, strictRequired: false, allErrors: true, formats: { date: true } });
ajv.addVocabulary([...EDITOR_KEYWORDS]);
const validate = ajv.compile(policyJsonSchema());

/** Invalid fixtures whose only problems are rules a JSON Schema cannot state: the schema accepts them. */
const VALIDATOR_ONLY: Record<string, string> = {
  'duplicate-entries.yml': 'duplicate allow entries compare entries with each other',
  'entry-types-not-governed.yml': 'an entry’s handshake-types must be a subset of a sibling list',
  'entry-types-handshakes-off.yml': 'an entry’s handshake-types must be a subset of a sibling list',
  'reject-reason-too-long.yml': 'the worst-case length depends on the policy path',
  'duplicate-keys.yml': 'a YAML document with duplicate keys reads as one value (the last wins)',
  'alias-reuse.yml': 'aliases are refused while reading YAML; expanded, the value is a valid shape',
};

/** Refused while reading the YAML, before any schema: no value, or one not made of JSON types. */
const YAML_LEVEL: Record<string, 'no value' | 'schema rejects'> = {
  'malformed.yml': 'no value',
  'bad-indentation.yml': 'no value',
  'tab-indent.yml': 'no value',
  'tab-cascade.yml': 'no value',
  'tab-and-other-problems.yml': 'no value',
  'indent-cascade.yml': 'no value',
  'multiple-documents.yml': 'no value',
  'alias-bomb.yml': 'no value',
  'tags.yml': 'schema rejects',
  'collection-key.yml': 'schema rejects',
};

describe('committed schema', () => {
  it('schema/inbound-guard.schema.json is what policyJsonSchema() generates (run scripts/write-schema.js)', () => {
    expect(readFileSync('schema/inbound-guard.schema.json', 'utf8')).toBe(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
  });

  it('is draft-07, closed at every level, and describes every key', () => {
    const schema = policyJsonSchema() as Record<string, unknown>;
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') {
        expect(n.additionalProperties, path).toBe(false);
        for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Record<string, unknown>>)) {
          expect(typeof child.description, `${path}.${key}`).toBe('string');
          visit(child, `${path}.${key}`);
        }
      }
      if (n.type === 'array') visit(n.items, `${path}[]`);
    };
    visit(schema, '$');
  });

  it('has an $id, the URL the docs tell editors to load it from', () => {
    const schema = policyJsonSchema() as Record<string, unknown>;
    expect(schema.$id).toBe(SCHEMA_ID);
    for (const doc of ['README.md', 'docs/policy.md']) expect(readFileSync(doc, 'utf8')).toContain(`# yaml-language-server: $schema=${SCHEMA_ID}`);
  });

  /** Every schema node, with its path. */
  const nodes = (node: unknown, path = '$', out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] => {
    if (typeof node !== 'object' || node === null) return out;
    const n = node as Record<string, unknown>;
    out.push([path, n]);
    for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, unknown>)) nodes(child, `${path}.${key}`, out);
    if (n.items !== undefined) nodes(n.items, `${path}[]`, out);
    return out;
  };

  it('gives editors Markdown: every description also as markdownDescription (backticks kept there, dropped from the plain one)', () => {
    const described = nodes(policyJsonSchema()).filter(([, n]) => n.description !== undefined);
    expect(described.length).toBeGreaterThan(20);
    for (const [path, n] of described) {
      expect(typeof n.markdownDescription, path).toBe('string');
      expect(n.description, path).toBe((n.markdownDescription as string).replace(/`/g, ''));
    }
    expect(described.some(([, n]) => (n.markdownDescription as string).includes('`'))).toBe(true);
  });

  it('describes each handshake type, value by value', () => {
    const enums = nodes(policyJsonSchema()).filter(([path, n]) => Array.isArray(n.enum) && path.includes('handshake-types'));
    expect(enums.length).toBeGreaterThanOrEqual(2);
    for (const [path, n] of enums) {
      expect(n.enum, path).toEqual([...HANDSHAKE_TYPES]);
      expect((n.enumDescriptions as string[]).length, path).toBe(HANDSHAKE_TYPES.length);
      expect((n.markdownEnumDescriptions as string[])[1], path).toMatch(/^`TRANSFER_RESPONSIBILITY`: .*responsibility/);
    }
  });

  it('describes each security service, value by value; no other key takes a fixed list', () => {
    const enums = nodes(policyJsonSchema()).filter(([, n]) => Array.isArray(n.enum));
    const services = enums.filter(([path]) => path.includes('security-services'));
    expect(services.length).toBe(2);
    for (const [path, n] of services) {
      expect(n.enum, path).toEqual(['guardduty', 'macie', 'security-hub', 'detective']);
      expect((n.markdownEnumDescriptions as string[])[2], path).toMatch(/^`security-hub`: AWS Security Hub/);
    }
    expect(enums.filter(([path]) => !path.includes('security-services') && !path.includes('handshake-types'))).toEqual([]);
  });

  it('words what editors show for a wrong value: every pattern has a short patternErrorMessage, every typed value an errorMessage', () => {
    for (const [path, n] of nodes(policyJsonSchema())) {
      if (typeof n.pattern === 'string') {
        expect(typeof n.patternErrorMessage, path).toBe('string');
        // Not the regex again: the date pattern is 200 characters.
        expect((n.patternErrorMessage as string).length, path).toBeLessThan(160);
        expect(n.patternErrorMessage, path).not.toMatch(/\\d|\(\?:|\[\^/);
      }
      if (['string', 'number', 'integer', 'array'].includes(String(n.type)) || Array.isArray(n.enum)) {
        if (path.endsWith('reject-reason')) continue; // a pattern message; any text is a string
        expect(typeof n.errorMessage, path).toBe('string');
      }
    }
    const until = nodes(policyJsonSchema()).find(([path]) => path === '$.iot.allow[].until')?.[1];
    expect(until?.patternErrorMessage).toBe('A date that exists, written YYYY-MM-DD, e.g. 2027-01-31 (the entry lapses at the end of that day, UTC).');
    const account = nodes(policyJsonSchema()).find(([path]) => path === '$.iot.allow[].source-account')?.[1];
    expect(account?.errorMessage).toMatch(/^An AWS account id is 12 digits in quotes/);
  });

  it('carries the defaults the validator fills in', () => {
    const text = JSON.stringify(policyJsonSchema());
    expect(text).toContain(JSON.stringify(DEFAULT_REJECT_REASON));
    expect(text).toContain('"default":["INVITE","TRANSFER_RESPONSIBILITY"]');
  });
});

describe('regions: the schema knows the regions the validator knows', () => {
  const REGIONAL = ['iot', 'ram', 'security-services'];
  const regionsOf = (section: string) =>
    (policyJsonSchema() as { properties: Record<string, { properties: { regions: { anyOf: Array<{ items?: Record<string, unknown> }> } } }> }).properties[section]?.properties.regions.anyOf;

  it.each(REGIONAL)('%s.regions: each item one of KNOWN_REGIONS (the tables of src/aws/service-regions.ts)', (section) => {
    const items = regionsOf(section)?.find((branch) => branch.items !== undefined)?.items;
    expect(items?.enum).toEqual([...KNOWN_REGIONS]);
  });

  it.each(REGIONAL)('%s.regions: a misspelt or unknown name is refused by both; `all`, [] and known names by neither', (section) => {
    for (const regions of [['eu-wst-1'], ['us-east-1', 'eu-wst-1'], ['us-east-9']]) {
      const text = stringify({ version: 1, [section]: { regions } });
      expect(validate(parse(text)), text).toBe(false);
      expect(parsePolicy(text, 'p.yml').ok, text).toBe(false);
    }
    for (const regions of ['all', [], ['us-east-1', 'eu-west-1', 'us-gov-west-1', 'eusc-de-east-1']]) {
      const text = stringify({ version: 1, [section]: { regions } });
      expect(validate(parse(text)), `${text}${JSON.stringify(validate.errors)}`).toBe(true);
      expect(parsePolicy(text, 'p.yml').ok, text).toBe(true);
    }
  });
});

describe('schema and validator agree on the fixtures', () => {
  it.each(ymlIn('valid'))('valid/%s: the schema accepts it', (file) => {
    // Read as YAML 1.2 core, as parsePolicy does even under a %YAML 1.1 directive.
    expect(validate(parse(read('valid', file), { schema: 'core' })), JSON.stringify(validate.errors)).toBe(true);
  });

  const invalid = ymlIn('invalid');
  it('classifies every invalid fixture at most once', () => {
    for (const file of Object.keys(VALIDATOR_ONLY)) expect(invalid).toContain(file);
    for (const file of Object.keys(YAML_LEVEL)) expect(invalid).toContain(file);
    expect(Object.keys(VALIDATOR_ONLY).filter((f) => f in YAML_LEVEL)).toEqual([]);
  });

  it.each(invalid.filter((f) => !(f in VALIDATOR_ONLY) && !(f in YAML_LEVEL)))('invalid/%s: a shape error the schema rejects too', (file) => {
    expect(validate(parse(read('invalid', file), { uniqueKeys: false }) ?? null)).toBe(false);
  });

  it.each(Object.entries(VALIDATOR_ONLY))('invalid/%s: the schema accepts it (%s)', (file) => {
    expect(validate(parse(read('invalid', file), { uniqueKeys: false })), JSON.stringify(validate.errors)).toBe(true);
    expect(parsePolicy(read('invalid', file), file).ok).toBe(false);
  });

  it.each(Object.entries(YAML_LEVEL))('invalid/%s: refused while reading YAML; the schema: %s', (file, schema) => {
    let value: unknown;
    try {
      value = parse(read('invalid', file), { uniqueKeys: false, maxAliasCount: 100, logLevel: 'error' });
    } catch {
      expect(schema).toBe('no value');
      return;
    }
    if (schema === 'no value') {
      // The lenient parse recovered something; our reader still refuses the file.
      expect(parsePolicy(read('invalid', file), file).ok).toBe(false);
      return;
    }
    expect(validate(value)).toBe(false);
  });
});

describe('schema and validator agree on generated policies', () => {
  /** Mostly a good value, sometimes a bad one: enough valid policies to compare both ways. */
  const pick = (good: unknown[], bad: unknown[] = []) =>
    bad.length === 0 ? fc.constantFrom(...good) : fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
  const account = pick(['111122223333', '012345678901', '444455556666'], [111122223333, '12345', null]);
  const until = pick(['2027-01-31', '2028-02-29', '2001-01-01'], ['2027-02-30', '2027-1-31', 20270131]);
  const note = pick(['a note', 'partner: Acme'], [5, null]);
  const withExtra = <T extends object>(arb: fc.Arbitrary<T>) =>
    fc
      .tuple(arb, fc.oneof({ weight: 12, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('extra', 'sourceAccount', 'Note') }))
      .map(([value, key]) => (key === undefined ? value : { ...value, [key]: 1 }));
  const iotEntry = withExtra(fc.record({ 'source-account': account, note, until }, { requiredKeys: [] }));
  const types = fc.array(pick([...HANDSHAKE_TYPES], ['invite', 'BOGUS', 7]), { maxLength: 3 });
  const orgEntry = withExtra(
    fc.record(
      {
        organization: pick(['o-exampleorgid11', 'o-aaaaaaaaaa'], ['o-short', 'O-EXAMPLEORGID11', 5]),
        'management-account': account,
        'management-email': pick(['*@example.com', 'ops@example.com'], ['*@*', 'a@b@c', 'no-at', 'a b@c.d']),
        'handshake-types': types,
        note,
        until,
      },
      { requiredKeys: [] },
    ),
  );
  const policy = withExtra(
    fc.record(
      {
        version: pick([1], [2, '1']),
        iot: withExtra(
          fc.record(
            {
              regions: fc.array(pick(['us-east-1', 'eu-west-1', 'us-gov-west-1'], ['US-EAST-1', 'useast1', 'eu-wst-1', 3]), { maxLength: 3 }),
              allow: fc.oneof({ weight: 8, arbitrary: fc.array(iotEntry, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom({}, 'x', null) }),
              'reject-reason': pick([DEFAULT_REJECT_REASON, '{region}', `${'x'.repeat(100)}{certificate-id}`], ['{bogus}', '', 5]),
            },
            { requiredKeys: [] },
          ),
        ),
        organizations: withExtra(fc.record({ 'handshake-types': types, allow: fc.array(orgEntry, { maxLength: 3 }) }, { requiredKeys: [] })),
        limits: withExtra(fc.record({ 'max-actions': pick([0, 10, 1000], [1001, -1, 2.5, '10']) }, { requiredKeys: [] })),
      },
      { requiredKeys: [] },
    ),
  );
  /** Messages of the rules the schema cannot state (see VALIDATOR_ONLY). */
  const VALIDATOR_ONLY_RULE = /^(duplicates |\S+ is not a governed type|can expand to)/;

  it('accepted by the validator ⇒ accepted by the schema; refused only by the validator ⇒ a validator-only rule', () => {
    let accepted = 0;
    let validatorOnly = 0;
    fc.assert(
      fc.property(policy, (value) => {
        const text = stringify(value);
        const result = parsePolicy(text, '.github/inbound-guard.yml');
        const schemaSays = validate(parse(text));
        if (result.ok) {
          accepted++;
          expect(schemaSays, JSON.stringify(validate.errors)).toBe(true);
        } else if (schemaSays) {
          validatorOnly++;
          expect(result.issues.map((i) => i.message).filter((m) => !VALIDATOR_ONLY_RULE.test(m))).toEqual([]);
        }
        if (!result.ok) for (const issue of result.issues) expect(issue.message).not.toMatch(/Invalid input|Too (big|small)|Unrecognized key/);
      }),
      { numRuns: 600 },
    );
    // The generator must reach both sides, or the property says little.
    expect(accepted).toBeGreaterThan(20);
    expect(validatorOnly).toBeGreaterThan(0);
  });
});

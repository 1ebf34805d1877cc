/** parsePolicy: the normalised shape, defaults, positions, hostile input, ordering and the cap. */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HANDSHAKE_TYPES, DEFAULT_REJECT_REASON, MAX_ISSUES, MAX_POLICY_BYTES } from '../src/policy/defaults.js';
import { formatIssue } from '../src/policy/format-issue.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { closest } from '../src/policy/suggest.js';
import { firstNonText } from '../src/policy/text-checks.js';
import type { Policy, PolicyIssue, PolicyResult } from '../src/policy/types.js';

const FILE = '.github/inbound-guard.yml';
const policyOf = (result: PolicyResult): Policy => {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.policy;
};
const issuesOf = (result: PolicyResult): readonly PolicyIssue[] => (result.ok ? [] : result.issues);
const where = (issues: readonly PolicyIssue[]) => issues.map((i) => `${i.line}:${i.column} ${i.key}`);
const encode = (text: string) => new TextEncoder().encode(text);

describe('normalised policy', () => {
  it('fills every default for a file with only a version', () => {
    expect(policyOf(parsePolicy('version: 1\n', FILE))).toEqual({
      version: 1,
      path: FILE,
      digest: createHash('sha256').update('version: 1\n').digest('hex'),
      iot: { regions: 'all', allow: [], rejectReason: DEFAULT_REJECT_REASON },
      organizations: { handshakeTypes: [...DEFAULT_HANDSHAKE_TYPES], allow: [] },
      limits: {},
    });
  });

  it('reads the example from the docs into the contract shape, with entry positions', () => {
    const bytes = readFileSync('test/fixtures/policies/valid/full.yml');
    const policy = policyOf(parsePolicy(bytes, FILE));
    expect(policy).toEqual({
      version: 1,
      path: FILE,
      digest: createHash('sha256').update(bytes).digest('hex'),
      iot: {
        regions: ['us-east-1', 'eu-west-1'],
        allow: [
          { index: 0, position: { line: 6, column: 7 }, sourceAccount: '111122223333', note: 'factory provisioning account' },
          { index: 1, position: { line: 8, column: 7 }, sourceAccount: '444455556666', until: '2027-01-31' },
        ],
        rejectReason: 'Transfer from {source-account} is not allowlisted by {policy-file}',
      },
      organizations: {
        handshakeTypes: ['INVITE', 'TRANSFER_RESPONSIBILITY'],
        allow: [
          { index: 0, position: { line: 14, column: 7 }, organization: 'o-exampleorgid11' },
          { index: 1, position: { line: 15, column: 7 }, managementAccount: '111111111111', handshakeTypes: ['INVITE'] },
          { index: 2, position: { line: 17, column: 7 }, managementEmail: '*@example.com' },
        ],
      },
      limits: { maxActions: 10 },
    });
  });

  it.each([
    ['absent: every enabled region', 'version: 1\niot:\n  allow: []\n', 'all'],
    ['all', 'version: 1\niot:\n  regions: all\n', 'all'],
    ['empty: IoT not swept', 'version: 1\niot:\n  regions: []\n', []],
    ['listed', 'version: 1\niot:\n  regions: [eu-west-1]\n', ['eu-west-1']],
  ])('iot.regions %s', (_, text, regions) => {
    expect(policyOf(parsePolicy(text, FILE)).iot.regions).toEqual(regions);
  });

  it.each([
    ['All', 'version: 1\niot:\n  regions: All\n', 'iot.regions', /must be `all` or a list of region names/],
    ['a number', 'version: 1\niot:\n  regions: 5\n', 'iot.regions', /must be `all` or a list of region names/],
  ])('iot.regions %s is refused at the key', (_, text, key, message) => {
    const result = parsePolicy(text, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([expect.objectContaining({ key, message: expect.stringMatching(message) })]);
  });

  it('misspelt regions do not turn sections off: each is an error at its file:line:col, with the region meant', () => {
    const text = 'version: 1\niot:\n  regions: [eu-wst-1]\nram:\n  regions: [us-esat-1]\nsecurity-services:\n  regions:\n    - us-east-1\n    - ap-sotheast-2\n';
    const issues = issuesOf(parsePolicy(text, FILE));
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^\.github\/inbound-guard\.yml:3:13: iot\.regions\[0\]: `eu-wst-1` is not an AWS region this release of inbound-guard knows\. Did you mean `eu-west-1`\? If AWS launched it after this release, update inbound-guard/),
      expect.stringMatching(/^\.github\/inbound-guard\.yml:5:13: ram\.regions\[0\]: `us-esat-1` is not an AWS region this release of inbound-guard knows\. Did you mean `us-east-1`\?/),
      expect.stringMatching(/^\.github\/inbound-guard\.yml:9:7: security-services\.regions\[1\]: `ap-sotheast-2` is not an AWS region this release of inbound-guard knows\. Did you mean `ap-southeast-2`\?/),
    ]);
  });

  it('a policy file digest changes with any byte of the file', () => {
    expect(policyOf(parsePolicy('version: 1\n', FILE)).digest).not.toBe(policyOf(parsePolicy('version: 1\n\n', FILE)).digest);
  });

  it('keeps handshake-types: [] (handshakes off) apart from the default', () => {
    expect(policyOf(parsePolicy('version: 1\norganizations:\n  handshake-types: []\n', FILE)).organizations.handshakeTypes).toEqual([]);
  });

  it.each([
    ['unquoted date', 'until: 2027-01-31', '2027-01-31'],
    ['quoted date', "until: '2027-01-31'", '2027-01-31'],
    ['a date already passed', 'until: 2001-01-01', '2001-01-01'],
    ['a leap day', 'until: 2028-02-29', '2028-02-29'],
  ])('keeps until as the string written (%s)', (_, line, until) => {
    const policy = policyOf(parsePolicy(`version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      ${line}\n`, FILE));
    expect(policy.iot.allow[0]?.until).toBe(until);
  });

  it('reads YAML 1.2 core even under a %YAML 1.1 directive (no octal, no yes/no booleans, no timestamps)', () => {
    const policy = policyOf(parsePolicy(readFileSync('test/fixtures/policies/valid/yaml-1-1-directive.yml'), FILE));
    expect(policy.iot.allow[0]).toMatchObject({ sourceAccount: '111122223333', note: 'yes', until: '2027-01-31' });
  });

  it('positions flow-style entries where they start', () => {
    const text = 'version: 1\niot: {allow: [{source-account: "111122223333"}, {source-account: "444455556666"}]}\n';
    const second = text.lastIndexOf('{source-account') - text.indexOf('\n');
    expect(policyOf(parsePolicy(text, FILE)).iot.allow.map((e) => e.position)).toEqual([
      { line: 2, column: 'iot: {allow: ['.length + 1 },
      { line: 2, column: second },
    ]);
  });

  it('locates issues in a file with Windows line endings', () => {
    const issues = issuesOf(parsePolicy('version: 1\r\niot:\r\n  allow:\r\n    - source-account: 5\r\n', FILE));
    expect(where(issues)).toEqual(['4:23 iot.allow[0].source-account']);
  });

  it('shows how to write an entry when a bare value is listed', () => {
    const issues = issuesOf(parsePolicy('version: 1\niot:\n  allow:\n    - "111122223333"\n', FILE));
    expect(where(issues)).toEqual(['4:7 iot.allow[0]']);
    expect(issues[0]?.message).toContain('`- source-account: "111122223333"`');
  });

  it('accepts bytes with a UTF-8 byte order mark', () => {
    expect(parsePolicy(encode('\uFEFFversion: 1\n'), FILE).ok).toBe(true);
  });
});

describe('hostile and broken files', () => {
  const big = `version: 1\n${'# padding\n'.repeat(1024 * 1024)}`;
  const justFits = `version: 1\n#${'x'.repeat(MAX_POLICY_BYTES - 'version: 1\n#\n'.length)}\n`;
  it.each<[string, string | Uint8Array, string, string]>([
    ['a 10 MB text', big, '1:1 ', 'may be at most 256 KiB'],
    ['10 MB of bytes', encode(big), '1:1 ', 'the file is 10.0 MiB'],
    ['one byte over the limit', `${justFits} `, '1:1 ', 'at most 256 KiB'],
    ['NUL bytes', encode('version: 1\niot:\n  \0\0\0\n'), '3:3 ', 'NUL bytes'],
    ['invalid UTF-8', Uint8Array.from([...encode('version: 1\nnote: '), 0xff, 0xfe, 0x0a]), '2:7 ', 'not valid UTF-8 (byte 0xFF)'],
    ['an encoded surrogate (CESU-8)', Uint8Array.from([...encode('a: '), 0xed, 0xa0, 0x80]), '1:4 ', 'not valid UTF-8 (byte 0xED)'],
    ['a truncated sequence at the end', Uint8Array.from([...encode('a: '), 0xe2, 0x82]), '1:4 ', 'not valid UTF-8'],
    ['UTF-16 with a byte order mark', Uint8Array.from([0xff, 0xfe, 0x76, 0x00]), '1:1 ', 'UTF-16'],
    ['a control character', 'version: 1\nx: "\u0001"\n', '2:5 ', 'U+0001'],
    ['a lone surrogate in a string', 'version: 1\nx: "\uD800"\n', '2:5 ', 'lone UTF-16 surrogate'],
    ['deep nesting', `version: 1\nx: ${'['.repeat(20_000)}`, '', 'nested far too deeply'],
    ['nesting beyond 16 levels', `version: 1\nx: ${'['.repeat(40)}${']'.repeat(40)}\n`, '', 'nested more than 16 levels'],
    ['a document of only ---', '---\n', '1:1 ', 'empty'],
    ['a scalar document', '42\n', '1:1 ', 'the single value 42'],
  ])('%s: one located issue, no throw', (_, input, position, text) => {
    const issues = issuesOf(parsePolicy(input, FILE));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(text);
    if (position !== '') expect(where(issues)[0]).toBe(position);
  });

  it('accepts a file of exactly the size limit', () => {
    expect(encode(justFits).byteLength).toBe(MAX_POLICY_BYTES);
    expect(parsePolicy(justFits, FILE).ok).toBe(true);
  });

  it('finds invalid UTF-8 exactly where the platform decoder does', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 20 }).map(encode);
    const damaged = fc.tuple(text, fc.nat(), fc.integer({ min: 0x80, max: 0xff })).map(([bytes, at, byte]) => {
      const copy = Uint8Array.from(bytes);
      if (copy.length > 0) copy[at % copy.length] = byte;
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(text, damaged, fc.uint8Array({ maxLength: 20 })), (bytes) => {
        let decodes = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          decodes = false;
        }
        const problem = firstNonText(bytes);
        if (!decodes) expect(problem).toBeDefined();
        if (problem?.message.includes('not valid UTF-8')) expect(decodes).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, whatever the text or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 300 }), fc.jsonValue().map((v) => stringify(v))), (input) => {
        const result = parsePolicy(input, FILE);
        for (const issue of issuesOf(result)) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reporting', () => {
  it('reports every problem, from the YAML, the schema and the cross-entry rules, sorted by line', () => {
    const text = [
      'version: 1',
      'limits: {max-actions: -1}',
      'iot:',
      '  allow:',
      '    - source-account: "111122223333"',
      '    - source-account: "111122223333"',
      '      colour: red',
      '      note: a',
      '      note: b',
      '  allow2: []',
      'iot2: {}',
    ].join('\n');
    expect(where(issuesOf(parsePolicy(text, FILE)))).toEqual([
      '2:23 limits.max-actions',
      '6:7 iot.allow[1]',
      '7:7 iot.allow[1].colour',
      '9:7 iot.allow[1].note',
      '10:3 iot.allow2',
      '11:1 iot2',
    ]);
  });

  it(`caps the list at ${MAX_ISSUES}, the last saying how many more there are`, () => {
    const entries = Array.from({ length: 60 }, (_, i) => `    - source-account: ${100000000000 + i}`).join('\n');
    const issues = issuesOf(parsePolicy(`version: 1\niot:\n  allow:\n${entries}\n`, FILE));
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.slice(0, -1).every((i) => i.message.includes('quoted'))).toBe(true);
    expect(issues[MAX_ISSUES - 1]).toMatchObject({ line: 4 + MAX_ISSUES - 1, key: '', message: expect.stringContaining('11 more problems') });
  });

  it('for an unsupported version, reports only the version', () => {
    expect(where(issuesOf(parsePolicy('version: 3\nbogus: 1\niot: 5\n', FILE)))).toEqual(['1:10 version']);
  });

  it('for a missing version, still reports everything else', () => {
    expect(where(issuesOf(parsePolicy('bogus: 1\n', FILE)))).toEqual(['1:1 bogus', '1:1 version']);
  });

  // The smallest valid policy is `version: 1`, whatever its path: the default reason is text the
  // user did not write, and expansion shortens the path it sends (policy-template.test.ts).
  it('a `*` for regions, or in a targets account, says wildcards are not taken there and what to write', () => {
    const issues = issuesOf(parsePolicy('version: 1\ntargets:\n  role-name: guard\n  accounts: ["*"]\niot:\n  regions: "*"\n', FILE));
    expect(issues.map((i) => `${i.key}: ${i.message}`)).toEqual([
      'targets.accounts[0]: "*": account ids take no wildcard (only `management-email` matches with `*`): list the 12 digits of each account in quotes, e.g. ["111122223333"]; for every account of the organization, write `organization: true`.',
      'iot.regions: "*": regions take no wildcard (only `management-email` matches with `*`): list each region by name (e.g. [us-east-1, us-east-2]), or write `regions: all` for every enabled region.',
    ]);
  });

  it('never refuses the default reject reason, however long the policy path; a reason the user wrote is still checked', () => {
    const longPath = `${'deeply/nested/'.repeat(6)}pol.yml`;
    expect(longPath).toHaveLength(91);
    expect(parsePolicy('version: 1\n', longPath).ok).toBe(true);
    expect(parsePolicy('version: 1\nlimits:\n  max-actions: 5\n', longPath).ok).toBe(true);
    expect(parsePolicy('version: 1\niot:\n  regions: [us-east-1]\n', longPath).ok).toBe(true);
    const written = issuesOf(parsePolicy('version: 1\niot:\n  reject-reason: "Transfer from {source-account} is not allowlisted by {policy-file}"\n', longPath));
    expect(where(written)).toEqual(['3:18 iot.reject-reason']);
    expect(written[0]?.message).toMatch(/^can expand to 140 characters .* Shorten the text by at least 12 characters or drop a placeholder such as \{policy-file\}\.$/);
  });

  it.each([
    [{ file: 'p.yml', line: 12, column: 7, key: 'iot.allow[1].source-account', message: 'must be exactly 12 digits.' }, 'p.yml:12:7: iot.allow[1].source-account: must be exactly 12 digits.'],
    [{ file: 'p.yml', line: 1, column: 1, key: '', message: 'the policy file is empty.' }, 'p.yml:1:1: the policy file is empty.'],
  ])('formatIssue %#', (issue, line) => {
    expect(formatIssue(issue)).toBe(line);
  });
});

describe('did you mean', () => {
  const KEYS = ['source-account', 'note', 'until'];
  it.each([
    ['sourceAccount', KEYS, 'source-account'],
    ['source_account', KEYS, 'source-account'],
    ['Source-Account', KEYS, 'source-account'],
    ['source-acount', KEYS, 'source-account'],
    ['account', KEYS, 'source-account'],
    ['notes', KEYS, 'note'],
    ['unitl', KEYS, 'until'],
    ['banana', KEYS, undefined],
    ['x', KEYS, undefined],
    ['invite', ['INVITE', 'TRANSFER_RESPONSIBILITY'], 'INVITE'],
    ['TRANSFER', ['INVITE', 'TRANSFER_RESPONSIBILITY'], 'TRANSFER_RESPONSIBILITY'],
    ['transfer-responsibility', ['INVITE', 'TRANSFER_RESPONSIBILITY'], 'TRANSFER_RESPONSIBILITY'],
  ])('%s → %s', (input, candidates, suggestion) => {
    expect(closest(input, candidates)).toBe(suggestion);
  });
});

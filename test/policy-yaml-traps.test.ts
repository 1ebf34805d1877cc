/**
 * readYaml / parsePolicy: the YAML a policy never needs is refused, each refusal at the place it
 * concerns and with what to do. Pins behaviour that mutation testing found unasserted.
 */
import { describe, expect, it } from 'vitest';
import { MAX_POLICY_BYTES } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { readYaml, tooLargeMessage } from '../src/policy/read-yaml.js';
import type { PolicyIssue, PolicyResult } from '../src/policy/types.js';

const FILE = 'p.yml';
const issuesOf = (result: PolicyResult): readonly PolicyIssue[] => (result.ok ? [] : result.issues);
const parse = (text: string | Uint8Array) => issuesOf(parsePolicy(text, FILE));
const at = (issue: PolicyIssue | undefined) => `${issue?.line}:${issue?.column}`;
const encode = (text: string) => new TextEncoder().encode(text);

describe('file size, as the refusal states it', () => {
  it('a file just over the limit is named in KiB, rounded up', () => {
    expect(tooLargeMessage(MAX_POLICY_BYTES + 1)).toMatch(/^the file is 257 KiB; a policy file may be at most 256 KiB\./);
    const issues = parse(`version: 1\n#${'x'.repeat(MAX_POLICY_BYTES)}\n`);
    expect(issues.map((i) => [at(i), i.message.split(';')[0]])).toEqual([['1:1', 'the file is 257 KiB']]);
  });

  it('from exactly 1 MiB the size is in MiB', () => {
    expect(tooLargeMessage(1024 * 1024)).toMatch(/^the file is 1\.0 MiB;/);
    expect(tooLargeMessage(1024 * 1024 - 1)).toMatch(/^the file is 1024 KiB;/);
  });

  it('text under the limit in characters but over it in UTF-8 bytes is refused by its byte size', () => {
    const text = `version: 1\nnote: ${'é'.repeat(200 * 1024)}\n`;
    expect(text.length).toBeLessThan(MAX_POLICY_BYTES);
    const issues = parse(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^the file is 40\d KiB; a policy file may be at most 256 KiB/);
  });

  it('a file within the limit, indented with tabs, is not called too large: its tabs widen it only in the re-reading that finds its other problems', () => {
    let text = 'version: 1\niot:\n  allow:\n';
    for (let i = 0; Buffer.byteLength(text) < MAX_POLICY_BYTES - 100; i++) text += `\t- source-account: "${String(i).padStart(12, '0')}"\n`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_POLICY_BYTES);
    const issues = parse(text);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((i) => /KiB/.test(i.message))).toBe(false);
    expect(issues[0]?.message).toMatch(/tab/i);
  });
});

describe('positions count from after a byte order mark', () => {
  it('a UTF-8 BOM does not shift columns on line 1', () => {
    const issues = parse(encode('\uFEFFversion: x\n'));
    expect(issues.map((i) => `${at(i)} ${i.key}`)).toEqual(['1:10 version']);
  });
});

describe('YAML syntax errors', () => {
  it('a key over 1024 characters (or a missing colon) is refused with what keys look like', () => {
    const issues = parse(`version: 1\n${'k'.repeat(1100)}: 1\n`);
    expect(issues).toHaveLength(1);
    expect(at(issues[0])).toBe('2:1');
    expect(issues[0]?.message).toContain('a key is over 1024 characters long or a `:` is missing');
  });

  it("keeps the parser's description, starting lower-case, and says what to check", () => {
    const issues = parse('{version: 1');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/^the file is not valid YAML here: flow map must end with a \}\. Check the indentation/);
  });

  it('an unclosed flow collection is not reported as an unclosed quote', () => {
    const issues = parse('{version: 1');
    expect(issues[0]?.message).not.toContain('quoted value');
  });

  it("keeps the parser's text whole, dots included, and ends it with one full stop", () => {
    expect(parse('version: 1\nx: !e.g!x a\n')[0]?.message).toContain('could not resolve tag: !e.g!x. Check');
    expect(parse('version: 1\nx: !<!> a\n')[0]?.message).toContain("verbatim tags aren't resolved, so !<!> is invalid. Check");
  });

  it.each([
    ['single', "'", '`\'`'],
    ['double', '"', '`"`'],
  ])('an unclosed %s quote is reported where it opens, with the quote to add', (_, quote, shown) => {
    const issues = parse(`version: 1\niot:\n  reject-reason: ${quote}abc\n  regions: all\n`);
    expect(issues).toHaveLength(1);
    expect(at(issues[0])).toBe('3:18');
    // The value swallows line 4; the line after it (5, empty) is where the parser stops, not the value.
    expect(issues[0]?.message).toBe(`this quoted value has no closing ${shown}, so it runs on to line 4. Add the closing ${shown} where the value ends.`);
  });

  it.each([
    ['at the end of the file', 'version: 1\niot:\n  reject-reason: "abc'],
    ['then only blank lines', 'version: 1\niot:\n  reject-reason: "abc\n\n\n'],
  ])('an unclosed quote on the last line (%s) is not closed on that line, not running on to another', (_, text) => {
    const issues = parse(text);
    expect(issues.map(at)).toEqual(['3:18']);
    expect(issues[0]?.message).toBe('this quoted value has no closing `"` on its line. Add the closing `"` where the value ends.');
  });

  it.each([
    ['on one line', 'version: 1\niot:\n  regions: [eu-west-1, us-east-1\nlimits:\n  max-actions: 3\n', '[', ']'],
    ['over two lines', 'version: 1\niot:\n  regions: [eu-west-1,\n    us-east-1\nlimits:\n  max-actions: 3\n', '[', ']'],
    ['a mapping', 'version: 1\niot: {regions: all\nlimits:\n  max-actions: 3\n', '{', '}'],
  ])('an unclosed flow collection (%s) is reported at its opening bracket, with the bracket to add', (_, text, open, close) => {
    const issues = parse(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(3 - (open === '{' ? 1 : 0));
    expect(issues[0]?.message.startsWith(`this \`${open}\` is not closed where YAML expects it: end the value with \`${close}\``)).toBe(true);
  });

  it.each([
    ['{', 'reject-reason: {source-account} is not allowed', 'mapping', '"{source-account} is not allowed"'],
    ['[', 'reject-reason: [by policy] {source-account}', 'list', '"[by policy] {source-account}"'],
  ])('a plain value starting with %s and going on after the bracket: quote the whole value', (open, line, what, quoted) => {
    const issues = parse(`version: 1\niot:\n  ${line}\n`);
    expect(issues.map(at)).toEqual(['3:18']);
    // The parser may find more after it (a `{` after the `]`); those are left out, as ever.
    expect(issues[0]?.message.startsWith(`a value that starts with \`${open}\` is read as a YAML ${what}, so the text after its \`${open === '{' ? '}' : ']'}\` cannot follow. To write text, quote the whole value: \`${quoted}\`.`)).toBe(true);
  });

  it('a single error is shown without the note that later errors were left out', () => {
    for (const text of ['{version: 1', 'version: 1\n---\nx: 1\n']) {
      const issues = parse(text);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.message).not.toContain('left out');
    }
  });

  it('of several errors, the first in the file is shown, even when the parser reports it second', () => {
    // The parser reports these three errors out of order: line 2 column 4 before line 2 column 1.
    const issues = parse("{b: #   ][', \nb: b: ]\t");
    expect(issues).toHaveLength(1);
    expect(at(issues[0])).toBe('2:1');
    expect(issues[0]?.message).toMatch(/^the file is not valid YAML here: block collections are not allowed within flow collections\..*left out/);
  });

  it('of errors on two lines, the one on the earlier line is shown, whatever their columns', () => {
    const issues = parse('version: 1\nx: "a" b\n]\n');
    expect(issues.map((i) => at(i))).toEqual(['2:8']);
    expect(issues[0]?.message).toMatch(/^the file is not valid YAML here: unexpected scalar/);
  });

  it('a tab used for indentation is reported on every line where it occurs, in line order', () => {
    const issues = parse('version: 1\niot:\n  \tregions: all\n\tallow: []\n');
    expect(issues.map((i) => [at(i), i.message.startsWith('a tab is used for indentation')])).toEqual([
      ['3:3', true],
      ['4:1', true],
    ]);
  });

  it('the rest of a file indented with tabs is checked when every tab width reads the same: no width named', () => {
    const issues = parse('version: 1\niot:\n\tallow:\n\t\t- source-account: "12345"\n\tuntil: 2027-01-01\n');
    expect(issues.map((i) => `${at(i)} ${i.key}`)).toEqual(['3:1 ', '4:1 ', '4:21 iot.allow[0].source-account', '5:1 ', '5:2 iot.until']);
    expect(issues[0]?.message).toBe('a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces.');
    expect(issues[4]?.message).toContain('`until` belongs in an `iot.allow` entry');
  });

  it('when some tab widths do not read as YAML, the first tab error names the widths the rest was checked with', () => {
    const issues = parse('version: 1\niot:\n   allow:\n\t- source-account: "12345"\n');
    expect(issues.map((i) => `${at(i)} ${i.key}`)).toEqual(['4:1 ', '4:20 iot.allow[0].source-account']);
    expect(issues[0]?.message).toBe('a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces. The other problems listed were found with tab stops every 4 or 8 columns, which read the same (with 2 the file is not valid YAML); check them again once the tabs are spaces.');
  });

  it('when the tab widths read differently, or none reads, only the tabs are shown: the rest would be a guess', () => {
    // 2: `regions` is a key of `iot`, beside `allow`; 4 and 8: a key of `allow`'s mapping. Two readings.
    const two = parse('version: 1\niot:\n  allow:\n\tregions: all\nlimits:\n  max-actions: 1001\n');
    expect(two.map((i) => at(i))).toEqual(['4:1']);
    expect(two[0]?.message).toBe('a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces.');
    const none = parse('version: 1\niot:\n  allow:\n    - organization: o-exampleorgid11\n\t\tnote: x\n    - source-account: "12345"\n');
    expect(none.map((i) => at(i))).toEqual(['5:1']);
    // A syntax error besides the tab: no width reads.
    const broken = parse('version: 1\niot:\n\tallow: [\nlimits: "\n');
    expect(broken.map((i) => at(i))).toEqual(['3:1']);
  });

  it('nesting too deep for the parser is one issue, with nothing about errors left out', () => {
    const issues = parse(`version: 1\nx: ${'['.repeat(20_000)}`);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe('the YAML is nested far too deeply here for a policy (which needs at most 5 levels).');
  });
});

describe('structure a policy never needs', () => {
  const nested = (levels: number) => `version: 1\nx: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
  it('nesting of 15 levels passes the YAML checks; 16 is refused', () => {
    expect(readYaml(nested(15)).ok).toBe(true);
    const read = readYaml(nested(16));
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => i.message)).toEqual(['the YAML is nested more than 16 levels deep here; a policy needs at most 5.']);
  });

  it('one alias: refused at the alias, without a count', () => {
    const issues = parse('version: 1\na: &x 1\nb: *x\n');
    expect(issues).toHaveLength(1);
    expect(`${at(issues[0])} ${issues[0]?.key}`).toBe('3:4 b');
    expect(issues[0]?.message).toBe('aliases such as `*x` are not allowed in a policy file: write each value out in full where it is used.');
  });

  it('several aliases: refused at the first in the file, with how many there are', () => {
    const issues = parse('version: 1\na: &x 1\nb: *x\nc: *x\nd: &y 2\ne: *y\n');
    expect(issues).toHaveLength(1);
    expect(`${at(issues[0])} ${issues[0]?.key}`).toBe('3:4 b');
    expect(issues[0]?.message).toMatch(/^aliases such as `\*x` are not allowed in a policy file \(3 aliases in all\): /);
  });

  it('a merge key `<<` merges nothing: it is an unknown key', () => {
    const issues = parse('version: 1\niot:\n  allow:\n    - <<: {source-account: "111122223333"}\n');
    expect(issues.map((i) => `${at(i)} ${i.key}`)).toEqual(['4:7 iot.allow[0].<<', '4:7 iot.allow[0].source-account']);
    expect(issues[0]?.message).toContain('unknown key `<<`');
  });

  it('a duplicate key is reported at its second occurrence, naming the first', () => {
    const issues = parse('version: 1\niot:\n  regions: all\n  regions: [eu-west-1]\n');
    expect(issues.map((i) => `${at(i)} ${i.key}`)).toEqual(['4:3 iot.regions']);
    expect(issues[0]?.message).toContain('the key `regions` appears twice in the same mapping (first at line 3)');
  });

  it.each([
    ['an explicit key with no text', 'version: 1\n? \n: x\n', '2:3'],
    ['a line starting with the colon', 'version: 1\n: x\n', '2:1'],
    ['`null` as the key', 'version: 1\nnull: x\n', '2:1'],
    ['`~` as the key', 'version: 1\n~: x\n', '2:1'],
    // yaml places this empty key at the start of its line, before the indentation.
    ['a key with no name inside a section', 'version: 1\niot:\n  regions: all\n  : x\n', '4:1'],
  ])('a key with no name (%s) is an issue on its own line, not a crash', (_, text, place) => {
    const result = parsePolicy(text, FILE);
    expect(result.ok).toBe(false);
    const issues = issuesOf(result);
    expect(issues.map((i) => at(i))).toEqual([place]);
    expect(issues[0]?.message).toMatch(/^a key with no name \(.*\): write the key\. Allowed here: `/);
  });

  it('a root that is not a mapping is reported where it starts, after leading comments', () => {
    const issues = parse('# policy\n\n- a\n');
    expect(issues.map((i) => at(i))).toEqual(['3:1']);
    expect(issues[0]?.message).toContain('but the file holds a list');
  });
});

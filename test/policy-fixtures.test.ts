/**
 * The fixture corpus: every valid policy parses; every invalid one reports exactly the issues in
 * its sibling `.expected.txt` (line:column key ~ text the message must contain), in that order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/policy/format-issue.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

const ROOT = 'test/fixtures/policies';
const ymlIn = (dir: string) => readdirSync(`${ROOT}/${dir}`).filter((f) => f.endsWith('.yml')).sort();

interface Expected {
  readonly where: string;
  readonly contains?: string;
}

function expectedIssues(file: string): Expected[] {
  return readFileSync(`${ROOT}/invalid/${file.replace(/\.yml$/, '.expected.txt')}`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [where = '', contains] = line.split(' ~ ');
      return contains === undefined ? { where: where.trim() } : { where: where.trim(), contains };
    });
}

/** zod's own wording, which must never reach a user. */
const ZOD_WORDING = /Invalid input|Invalid option|Invalid string|Too (big|small)|Unrecognized key|expected (string|number|array|object)/;

describe('valid fixtures', () => {
  it.each(ymlIn('valid'))('%s is accepted', (file) => {
    const result = parsePolicy(readFileSync(`${ROOT}/valid/${file}`), `${ROOT}/valid/${file}`);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });
});

describe('invalid fixtures', () => {
  it.each(ymlIn('invalid'))('%s reports exactly the expected issues', (file) => {
    const result = parsePolicy(readFileSync(`${ROOT}/invalid/${file}`), file);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    const expected = expectedIssues(file);
    expect(issues.map((i) => `${i.line}:${i.column} ${i.key === '' ? '(file)' : i.key}`)).toEqual(expected.map((e) => e.where));
    expected.forEach((e, index) => {
      if (e.contains !== undefined) expect(issues[index]?.message).toContain(e.contains);
    });
    for (const issue of issues) {
      expect(issue.file).toBe(file);
      expect(issue.message).not.toMatch(ZOD_WORDING);
      expect(issue.message).not.toMatch(/\n|at line \d+, column/);
    }
  });

  it('has an expected-issues file for every fixture and no orphans', () => {
    const expectations = readdirSync(`${ROOT}/invalid`).filter((f) => f.endsWith('.expected.txt'));
    expect(expectations.map((f) => f.replace('.expected.txt', '.yml')).sort()).toEqual(ymlIn('invalid'));
  });
});

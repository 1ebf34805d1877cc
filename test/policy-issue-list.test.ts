/**
 * src/policy/parse-policy.ts, what surviving mutants showed untested (issue 14): the cap on the
 * issue list at exactly MAX_ISSUES, and an unknown key whose intended spelling belongs right here
 * (the fix is to respell it, not to move it to another section).
 */
import { describe, expect, it } from 'vitest';
import { MAX_ISSUES } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { PolicyIssue } from '../src/policy/types.js';

const FILE = '.github/inbound-guard.yml';
const issuesOf = (text: string): readonly PolicyIssue[] => {
  const result = parsePolicy(text, FILE);
  return result.ok ? [] : result.issues;
};
/** `count` iot.allow entries with an unquoted account id: one issue each, at lines 4, 5, … */
const unquoted = (count: number) =>
  `version: 1\niot:\n  allow:\n${Array.from({ length: count }, (_, i) => `    - source-account: ${100000000000 + i}`).join('\n')}\n`;

describe(`the issue list holds at most ${MAX_ISSUES}`, () => {
  it(`exactly ${MAX_ISSUES} problems are all shown, with no "more problems" line`, () => {
    const issues = issuesOf(unquoted(MAX_ISSUES));
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.every((i) => i.message.includes('quoted'))).toBe(true);
    expect(issues[MAX_ISSUES - 1]).toMatchObject({ line: 4 + MAX_ISSUES - 1, key: `iot.allow[${MAX_ISSUES - 1}].source-account` });
  });

  it(`${MAX_ISSUES + 1} problems: ${MAX_ISSUES - 1} shown, then a line at the next one saying 2 more are not shown`, () => {
    const issues = issuesOf(unquoted(MAX_ISSUES + 1));
    expect(issues).toHaveLength(MAX_ISSUES);
    expect(issues.slice(0, -1).every((i) => i.message.includes('quoted'))).toBe(true);
    expect(issues[MAX_ISSUES - 1]).toMatchObject({ line: 4 + MAX_ISSUES - 1, key: '', message: expect.stringMatching(/^2 more problems from here on are not shown/) });
  });
});

describe('an unknown key whose intended spelling is allowed here', () => {
  it('is told to respell it, not to move it to another section', () => {
    const issues = issuesOf('version: 1\niot:\n  allow:\n    - source_account: "111122223333"\n');
    const unknown = issues.filter((i) => i.key === 'iot.allow[0].source_account');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.line).toBe(4);
    expect(unknown[0]?.message).toContain('Did you mean `source-account`?');
    expect(unknown[0]?.message).not.toMatch(/belongs|move it/);
  });

  it('a misspelt required key is one error, at its line: the did-you-mean, not also "source-account: is required"', () => {
    for (const [section, key] of [['iot', 'sourc-account'], ['ram', 'account'], ['security-services', 'source_account']] as const) {
      const issues = issuesOf(`version: 1\n${section}:\n  allow:\n    - ${key}: "111122223333"\n`);
      expect(issues, section).toEqual([expect.objectContaining({ file: FILE, line: 4, column: 7, key: `${section}.allow[0].${key}`, message: expect.stringContaining('Did you mean `source-account`?') })]);
    }
  });

  it('"is required" stays when no misspelling names the key: none there, one that names another key, or one not guessed as it', () => {
    const required = (text: string) => issuesOf(text).filter((i) => i.message.startsWith('is required'));
    expect(required('version: 1\niot:\n  allow:\n    - note: factory\n')).toEqual([expect.objectContaining({ line: 4, key: 'iot.allow[0].source-account' })]);
    expect(required('version: 1\niot:\n  allow:\n    - notes: factory\n')).toEqual([expect.objectContaining({ line: 4, key: 'iot.allow[0].source-account' })]);
    expect(required('version: 1\nram:\n  allow:\n    - organization: o-exampleorgid11\n')).toEqual([expect.objectContaining({ line: 4, key: 'ram.allow[0].source-account' })]);
    // Only the entry the misspelling is in: the next one still lacks its key.
    expect(required('version: 1\niot:\n  allow:\n    - sourc-account: "111122223333"\n    - note: factory\n').map((i) => i.key)).toEqual(['iot.allow[1].source-account']);
  });
});

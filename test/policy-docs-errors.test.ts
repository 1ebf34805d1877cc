/**
 * docs/policy.md's table of errors stays true: each example below is the policy that produces it,
 * and the row must show what the parser says for it (`key: message`, or the message alone for rows
 * written without the key; an example that ends in `…` is a prefix).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';

const docs = readFileSync('docs/policy.md', 'utf8');
const section = docs.slice(docs.indexOf('## Errors'));

/** The first example of a row: the text inside its first pair of `` `` `` or `` ` ``. */
function exampleOf(rule: string): string {
  const row = section.split('\n').find((line) => line.startsWith(`| ${rule} |`));
  if (row === undefined) throw new Error(`docs/policy.md has no error row "${rule}"`);
  const cell = row.slice(`| ${rule} | `.length);
  const m = cell.startsWith('`` ') ? /^`` (.*?) ``/.exec(cell) : /^`([^`]*)`/.exec(cell);
  if (m?.[1] === undefined) throw new Error(`the row "${rule}" has no example`);
  return m[1];
}

const ALLOW = (entries: string) => `version: 1\niot:\n  allow:\n${entries}`;
const ORG_ALLOW = (entries: string) => `version: 1\norganizations:\n  allow:\n${entries}`;

const CASES: [rule: string, policy: string][] = [
  ['Unknown key (did you mean)', 'version: 1\norganisations: {}\n'],
  ['Key at the wrong level', 'version: 1\niot:\n  until: 2027-01-31\n'],
  ['A near key here, a synonym elsewhere', 'version: 1\ntargets:\n  role-name: guard\n  account: ["111122223333"]\n'],
  ['A word whose value decides the key', 'version: 1\ntargets:\n  role: guard\n  accounts: ["111122223333"]\n'],
  ['A key this place cannot express', 'version: 1\nram:\n  allow:\n    - organization: o-exampleorgid11\n      source-account: "111122223333"\n'],
  ['A key the workflow can also set', 'version: 1\nregion: us-east-1\n'],
  ['Key with no name', 'version: 1\niot:\n  : x\n'],
  ['Missing key', ALLOW('    - note: x\n')],
  ['Wrong type', 'version: 1\niot:\n  regions: us-east-1\n'],
  ['Empty value', ALLOW('    - source-account: "111122223333"\n      note:\n')],
  ['Unquoted account id', ALLOW('    - source-account: "111122223333"\n    - source-account: 012345678901\n')],
  ['Unquoted account id, not in decimal digits', ALLOW('    - source-account: 0x1A\n')],
  ['Account id not 12 digits', ALLOW('    - source-account: "111122223333"\n    - source-account: "222233334444"\n    - source-account: "12345"\n')],
  ['Wildcard where none is taken', ALLOW('    - source-account: "*"\n')],
  ['Organization id', ORG_ALLOW('    - organization: o-short\n')],
  ['Email pattern', ORG_ALLOW('    - organization: o-exampleorgid11\n    - management-email: a@b@example.com\n')],
  ['Email pattern, `*` in the domain', ORG_ALLOW('    - management-email: "*@*.com"\n')],
  ['Date that does not exist', ALLOW('    - source-account: "111122223333"\n      until: 2027-02-30\n')],
  ['Region name', 'version: 1\niot:\n  regions: [us-east-1, eu-west-1, useast1]\n'],
  ['Unknown region', 'version: 1\niot:\n  regions: [eu-wst-1]\n'],
  ['Listed twice', 'version: 1\niot:\n  regions: [us-east-1, eu-west-1, eu-west-2, eu-west-3, us-east-1]\n'],
  ['Unknown handshake type', 'version: 1\norganizations:\n  handshake-types: [INVITE, TRANSFER_RESPONSIBILITY, INVITE_ALL, APPROVE_ALL, TRANSFER]\n'],
  ['Entry narrowed to nothing', ORG_ALLOW('    - organization: o-exampleorgid11\n      handshake-types: []\n')],
  ['Entry matching everything', ORG_ALLOW('    - note: x\n')],
  ['Duplicate entry', ALLOW('    - source-account: "111122223333"\n    - source-account: "222233334444"\n    - source-account: "111122223333"\n')],
  ['Unknown placeholder', 'version: 1\niot:\n  reject-reason: "from {sourceAccount}"\n'],
  ['Budget out of range', 'version: 1\nlimits:\n  max-actions: 1001\n'],
  ['Version missing', 'iot: {}\n'],
  ['Version unsupported', 'version: 2\n'],
  ['Duplicate key', 'version: 1\niot:\n  allow: []\n  allow: []\n'],
  ['Malformed YAML', ALLOW('    - source-account: "111122223333\n      note: unterminated quote above\n')],
  ['Invisible character', 'version: 1\nlimits:\n\u00A0 max-actions: 3\n'],
  ['Old Mac line endings', 'version: 1\rlimits:\r  max-actions: 3\r'],
  ['Tabs', 'version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n    \t  note: x\n'],
  ['Aliases', `version: 1\niot:\n  regions: &a [us-east-1]\nram:\n  regions: [${Array.from({ length: 72 }, () => '*a').join(', ')}]\n`],
  ['Not a mapping', '- version: 1\n'],
  ['Empty file', ''],
];

describe("docs/policy.md's errors table", () => {
  it.each(CASES)('%s', (rule, policy) => {
    const result = parsePolicy(policy, '.github/inbound-guard.yml');
    expect(result.ok).toBe(false);
    const said = (result.ok ? [] : result.issues).flatMap((i) => [i.message, `${i.key}: ${i.message}`]);
    const example = exampleOf(rule);
    if (example.endsWith(' …')) expect(said.some((s) => s.startsWith(example.slice(0, -2)))).toBe(true);
    else expect(said).toContain(example);
  });
});

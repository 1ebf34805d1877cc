/**
 * src/policy/normalise.ts for the parts surviving mutants showed unread (issue 14): the `ram` and
 * `security-services` sections (governed only when present), the note of an organizations entry,
 * and what an absent targets key means (organization: false, nothing excluded).
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../src/policy/format-issue.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Policy } from '../src/policy/types.js';

const FILE = '.github/inbound-guard.yml';
const policyOf = (text: string): Policy => {
  const result = parsePolicy(text, FILE);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.policy;
};
const lines = (...rows: string[]) => ['version: 1', ...rows, ''].join('\n');

describe('ram', () => {
  it('absent: RAM is not governed', () => {
    expect(policyOf('version: 1\n').ram).toBeUndefined();
  });

  it('present but empty: governed in every region, nothing allowed', () => {
    expect(policyOf(lines('ram: {}')).ram).toEqual({ position: { line: 2, column: 6 }, regions: 'all', allow: [] });
  });

  it('regions and every entry field are carried, each entry with its index and line', () => {
    const policy = policyOf(
      lines(
        'ram:',
        '  regions: [eu-west-1]',
        '  allow:',
        '    - source-account: "111122223333"',
        '      resource-types: [ec2:Subnet]',
        '      note: shared VPC',
        '      until: 2027-01-31',
        '    - source-account: "444455556666"',
      ),
    );
    expect(policy.ram).toEqual({
      position: { line: 3, column: 3 },
      regions: ['eu-west-1'],
      allow: [
        { index: 0, position: { line: 5, column: 7 }, sourceAccount: '111122223333', resourceTypes: ['ec2:Subnet'], note: 'shared VPC', until: '2027-01-31' },
        { index: 1, position: { line: 9, column: 7 }, sourceAccount: '444455556666' },
      ],
    });
  });
});

describe('ram resource-types', () => {
  // Matched ignoring case, so a type written twice in two cases is listed twice.
  it('refuses a type listed twice in two cases, at the repeat', () => {
    const result = parsePolicy(lines('ram:', '  allow:', '    - source-account: "111122223333"', '      resource-types: [ec2:Subnet, ec2:subnet]'), '.github/inbound-guard.yml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.key, i.message])).toEqual([['ram.allow[0].resource-types[1]', 'ec2:subnet is listed twice (also at position 1); list each once.']]);
  });
});

describe('security-services', () => {
  it('absent: the security services are not governed', () => {
    expect(policyOf('version: 1\n').securityServices).toBeUndefined();
  });

  it('present without services: all four governed (Security Hub by its API name), every region', () => {
    expect(policyOf(lines('security-services: {}')).securityServices).toEqual({
      position: { line: 2, column: 20 },
      services: ['guardduty', 'macie', 'securityhub', 'detective'],
      regions: 'all',
      allow: [],
    });
  });

  it('services, regions and every entry field are carried, each entry with its index and line', () => {
    const policy = policyOf(
      lines(
        'security-services:',
        '  services: [security-hub, guardduty]',
        '  regions: [us-east-1]',
        '  allow:',
        '    - source-account: "111122223333"',
        '      services: [security-hub]',
        '      note: audit account',
        '      until: 2027-01-31',
        '    - source-account: "444455556666"',
      ),
    );
    expect(policy.securityServices).toEqual({
      position: { line: 3, column: 3 },
      services: ['securityhub', 'guardduty'],
      regions: ['us-east-1'],
      allow: [
        { index: 0, position: { line: 6, column: 7 }, sourceAccount: '111122223333', services: ['securityhub'], note: 'audit account', until: '2027-01-31' },
        { index: 1, position: { line: 10, column: 7 }, sourceAccount: '444455556666' },
      ],
    });
  });
});

describe('organizations.allow', () => {
  it('keeps the note of an entry', () => {
    const policy = policyOf(lines('organizations:', '  allow:', '    - organization: o-exampleorgid11', '      note: our partner'));
    expect(policy.organizations.allow).toEqual([{ index: 0, position: { line: 4, column: 7 }, organization: 'o-exampleorgid11', note: 'our partner' }]);
  });
});

describe('targets: what an absent key means', () => {
  it('accounts only: not the whole organization, nothing excluded, no roles', () => {
    const policy = policyOf(lines('targets:', '  role-name: g', '  accounts: ["111122223333"]'));
    expect(policy.targets).toEqual({
      position: { line: 3, column: 3 },
      roleName: 'g',
      accounts: [{ id: '111122223333', position: { line: 4, column: 14 } }],
      roles: [],
      organization: false,
      exclude: [],
    });
  });
});

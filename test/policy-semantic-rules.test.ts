/**
 * The cross-value rules of src/policy/semantic-checks.ts that surviving mutants showed untested
 * (issue 14): duplicate allow entries in every section, entries narrowed to an ungoverned service,
 * the reject reason's length fix, the `accounts` pin — each reported at its line with what to do,
 * and none of them tripped by values the schema already refuses.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { PolicyIssue } from '../src/policy/types.js';

const FILE = '.github/inbound-guard.yml';
const lines = (...rows: string[]) => ['version: 1', ...rows, ''].join('\n');
const problems = (text: string): readonly PolicyIssue[] => {
  const result = parsePolicy(text, FILE);
  return result.ok ? [] : result.issues;
};
/** Only the issues these checks raise (the schema's own are worded differently). */
const DUPLICATE = /^duplicates /;
const duplicatesIn = (text: string) => problems(text).filter((i) => DUPLICATE.test(i.message));

describe('ram.allow: one entry per sending account and set of resource types', () => {
  it('a second entry for the same account is reported at its line, naming the first entry and its line', () => {
    const text = lines('ram:', '  allow:', '    - source-account: "111122223333"', '    - source-account: "444455556666"', '    - source-account: "111122223333"');
    expect(duplicatesIn(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [6, 'ram.allow[2]', 'duplicates ram.allow[0] (line 4): both allow source-account 111122223333. Merge them into one entry.'],
    ]);
  });

  it('the same resource types in another order or case are the same entry, named in lower case and sorted', () => {
    const text = lines(
      'ram:',
      '  allow:',
      '    - source-account: "111122223333"',
      '      resource-types: [ec2:Subnet, ec2:TransitGateway]',
      '    - source-account: "111122223333"',
      '      resource-types: [ec2:transitgateway, ec2:subnet]',
    );
    expect(duplicatesIn(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [6, 'ram.allow[1]', 'duplicates ram.allow[0] (line 4): both allow source-account 111122223333 for ec2:subnet, ec2:transitgateway. Merge them into one entry.'],
    ]);
  });

  it('entries for the same account with different resource types, or with and without them, are a valid policy', () => {
    const text = lines(
      'ram:',
      '  allow:',
      '    - source-account: "111122223333"',
      '      resource-types: [ec2:Subnet]',
      '    - source-account: "111122223333"',
      '      resource-types: [ec2:TransitGateway]',
      '    - source-account: "111122223333"',
    );
    const result = parsePolicy(text, FILE);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('security-services.allow: each entry within the governed services', () => {
  it('a service the section does not govern is refused at the entry, with the governed ones and the fix', () => {
    const text = lines('security-services:', '  services: [guardduty, detective]', '  allow:', '    - source-account: "111122223333"', '    - source-account: "444455556666"', '      services: [guardduty, macie]');
    expect(problems(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [
        7,
        'security-services.allow[1].services[1]',
        'macie is not a governed service (security-services.services governs only `guardduty` and `detective`), so this entry could never apply to it. Add macie to security-services.services or remove it here.',
      ],
    ]);
  });

  it('without services the section governs all four, so an entry may name any of them', () => {
    const text = lines('security-services:', '  allow:', '    - source-account: "111122223333"', '      services: [detective, security-hub]');
    const result = parsePolicy(text, FILE);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('a misspelt governed service is the schema\'s error alone: the governed list names only real services', () => {
    const text = lines('security-services:', '  services: [guardduty, guarduty]', '  allow:', '    - source-account: "111122223333"', '      services: [macie]');
    const governed = problems(text).filter((i) => i.key === 'security-services.allow[0].services[0]');
    expect(governed).toHaveLength(1);
    expect(governed[0]?.message).toContain('(security-services.services governs only `guardduty`)');
  });
});

describe('a governed list whose every name is misspelt (or not a list) misstates nothing', () => {
  it('security-services: no "governs only" with nothing after it, and entries without services duplicate for every governed service', () => {
    const text = lines(
      'security-services:',
      '  services: [guarduty, securityhub]',
      '  allow:',
      '    - source-account: "111122223333"',
      '      services: [macie]',
      '    - source-account: "444455556666"',
      '    - source-account: "444455556666"',
      '      note: the same again',
    );
    const issues = problems(text);
    expect(issues.filter((i) => /governs only/.test(i.message))).toEqual([]);
    expect(issues.map((i) => i.key)).toEqual(['security-services.services[0]', 'security-services.services[1]', 'security-services.allow[2]']);
    expect(duplicatesIn(text).map((i) => i.message)).toEqual([
      'duplicates security-services.allow[1] (line 7): both allow source-account 444455556666 for every governed service. Merge them into one entry.',
    ]);
  });

  it('security-services: services written as one name, not a list, leaves the entries\' duplicates for every governed service', () => {
    const text = lines('security-services:', '  services: guardduty', '  allow:', '    - source-account: "444455556666"', '    - source-account: "444455556666"');
    expect(duplicatesIn(text).map((i) => i.message)).toEqual([
      'duplicates security-services.allow[0] (line 5): both allow source-account 444455556666 for every governed service. Merge them into one entry.',
    ]);
  });

  it('organizations: a misspelt handshake-types list is not read as [] ("no handshake is governed")', () => {
    const text = lines('organizations:', '  handshake-types: [INVIT]', '  allow:', '    - organization: o-exampleorgid11', '      handshake-types: [INVITE]', '    - management-account: "111111111111"', '    - management-account: "111111111111"');
    const issues = problems(text);
    expect(issues.filter((i) => /is not a governed type/.test(i.message))).toEqual([]);
    expect(duplicatesIn(text).map((i) => i.message)).toEqual([
      'duplicates organizations.allow[1] (line 7): both allow management-account 111111111111 for every governed type. Merge them into one entry.',
    ]);
  });

  it('security-services: an entry whose own services are all misspelt is no duplicate ("for no service"): only each name is reported', () => {
    const text = lines(
      'security-services:',
      '  allow:',
      '    - source-account: "444455556666"',
      '      services: [macei]',
      '    - source-account: "444455556666"',
      '      services: [gaurdduty]',
      '    - source-account: "444455556666"',
      '      services: [guarduty, securityhub]',
    );
    expect(problems(text).map((i) => i.key)).toEqual([
      'security-services.allow[0].services[0]',
      'security-services.allow[1].services[0]',
      'security-services.allow[2].services[0]',
      'security-services.allow[2].services[1]',
    ]);
  });

  it('organizations: an entry whose own handshake-types are all misspelt is no duplicate ("for no types"): only each name is reported', () => {
    const text = lines('organizations:', '  allow:', '    - organization: o-exampleorgid11', '      handshake-types: [INVTE]', '    - organization: o-exampleorgid11', '      handshake-types: [APPROVE_ALL]');
    expect(problems(text).map((i) => i.key)).toEqual(['organizations.allow[0].handshake-types[0]', 'organizations.allow[1].handshake-types[0]']);
  });

  it('organizations: handshake-types: [] still says that no handshake is governed', () => {
    const text = lines('organizations:', '  handshake-types: []', '  allow:', '    - organization: o-exampleorgid11', '      handshake-types: [INVITE]');
    expect(problems(text).map((i) => i.message)).toContain(
      'INVITE is not a governed type (organizations.handshake-types is [], so no handshake is governed), so this entry could never apply to it. Add INVITE to organizations.handshake-types or remove it here.',
    );
  });
});

describe('security-services.allow: one entry per administrator account and set of services', () => {
  it('an entry without services covers every governed service: one listing them all (in any order) duplicates it', () => {
    const text = lines(
      'security-services:',
      '  allow:',
      '    - source-account: "111122223333"',
      '    - source-account: "111122223333"',
      '      services: [security-hub, macie, guardduty, detective]',
    );
    expect(duplicatesIn(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [5, 'security-services.allow[1]', 'duplicates security-services.allow[0] (line 4): both allow source-account 111122223333 for detective, guardduty, macie, security-hub. Merge them into one entry.'],
    ]);
  });

  it('the same services in another order are the same entry', () => {
    const text = lines('security-services:', '  allow:', '    - source-account: "111122223333"', '      services: [macie, guardduty]', '    - source-account: "111122223333"', '      services: [guardduty, macie]');
    expect(duplicatesIn(text).map((i) => [i.key, i.message])).toEqual([
      ['security-services.allow[1]', 'duplicates security-services.allow[0] (line 4): both allow source-account 111122223333 for guardduty, macie. Merge them into one entry.'],
    ]);
  });

  it('different services for the same account are a valid policy', () => {
    const text = lines('security-services:', '  allow:', '    - source-account: "111122223333"', '      services: [macie]', '    - source-account: "111122223333"', '      services: [guardduty]');
    const result = parsePolicy(text, FILE);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('two entries that would allow no service are still one too many (said so, next to the empty-list error)', () => {
    const text = lines('security-services:', '  allow:', '    - source-account: "111122223333"', '      services: []', '    - source-account: "111122223333"', '      services: []');
    expect(duplicatesIn(text).map((i) => i.message)).toEqual(['duplicates security-services.allow[0] (line 4): both allow source-account 111122223333 for no service. Merge them into one entry.']);
  });

  it('an invalid service next to valid ones does not hide that two entries allow the same', () => {
    const text = lines('security-services:', '  allow:', '    - source-account: "111122223333"', '      services: [guardduty, guardduty-eu]', '    - source-account: "111122223333"', '      services: [guardduty]');
    expect(duplicatesIn(text).map((i) => i.key)).toEqual(['security-services.allow[1]']);
  });
});

describe('organizations.allow duplicates name what both entries allow', () => {
  it('by management-account alone', () => {
    const text = lines('organizations:', '  allow:', '    - management-account: "111111111111"', '    - management-account: "111111111111"');
    expect(duplicatesIn(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [5, 'organizations.allow[1]', 'duplicates organizations.allow[0] (line 4): both allow management-account 111111111111 for INVITE, TRANSFER_RESPONSIBILITY. Merge them into one entry.'],
    ]);
  });

  it('by management-email, compared and named in lower case', () => {
    const text = lines('organizations:', '  allow:', '    - management-email: "*@Example.com"', '    - management-email: "*@example.COM"');
    expect(duplicatesIn(text).map((i) => i.message)).toEqual([
      'duplicates organizations.allow[0] (line 4): both allow management-email *@example.com for INVITE, TRANSFER_RESPONSIBILITY. Merge them into one entry.',
    ]);
  });

  it('by every key an entry names, joined with "with"', () => {
    const text = lines(
      'organizations:',
      '  allow:',
      '    - organization: o-exampleorgid11',
      '      management-account: "111111111111"',
      '      management-email: "admin@example.com"',
      '    - organization: o-exampleorgid11',
      '      management-account: "111111111111"',
      '      management-email: "admin@example.com"',
    );
    expect(duplicatesIn(text).map((i) => i.message)).toEqual([
      'duplicates organizations.allow[0] (line 4): both allow organization o-exampleorgid11 with management-account 111111111111 with management-email admin@example.com for INVITE, TRANSFER_RESPONSIBILITY. Merge them into one entry.',
    ]);
  });

  it('with organizations.handshake-types in any order, an entry listing the governed types duplicates one without', () => {
    const text = lines(
      'organizations:',
      '  handshake-types: [TRANSFER_RESPONSIBILITY, INVITE]',
      '  allow:',
      '    - organization: o-exampleorgid11',
      '    - organization: o-exampleorgid11',
      '      handshake-types: [INVITE, TRANSFER_RESPONSIBILITY]',
    );
    expect(duplicatesIn(text).map((i) => i.key)).toEqual(['organizations.allow[1]']);
  });

  it('when no handshake type is governed, the duplicate says it is for no types', () => {
    const text = lines('organizations:', '  handshake-types: []', '  allow:', '    - organization: o-exampleorgid11', '    - organization: o-exampleorgid11');
    expect(duplicatesIn(text).map((i) => i.message)).toEqual(['duplicates organizations.allow[0] (line 5): both allow organization o-exampleorgid11 for no types. Merge them into one entry.']);
  });

  it('an invalid handshake type next to a valid one does not hide that two entries allow the same', () => {
    const text = lines('organizations:', '  allow:', '    - organization: o-exampleorgid11', '      handshake-types: [INVITE, INVITES]', '    - organization: o-exampleorgid11', '      handshake-types: [INVITE]');
    expect(duplicatesIn(text).map((i) => i.key)).toEqual(['organizations.allow[1]']);
  });

  it('an invalid governed type does not appear in the list of governed types', () => {
    const text = lines('organizations:', '  handshake-types: [INVITE, INVITES]', '  allow:', '    - organization: o-exampleorgid11', '      handshake-types: [TRANSFER_RESPONSIBILITY]');
    const entry = problems(text).filter((i) => i.key === 'organizations.allow[0].handshake-types[0]');
    expect(entry.map((i) => i.message)).toEqual([expect.stringContaining('(organizations.handshake-types governs only `INVITE`)')]);
  });
});

describe('iot.allow duplicates', () => {
  it('name the account both entries allow', () => {
    const text = lines('iot:', '  allow:', '    - source-account: "111122223333"', '    - source-account: "111122223333"');
    expect(duplicatesIn(text).map((i) => [i.line, i.key, i.message])).toEqual([
      [5, 'iot.allow[1]', 'duplicates iot.allow[0] (line 4): both allow source-account 111122223333. Merge them into one entry.'],
    ]);
  });
});

describe('iot.reject-reason too long', () => {
  it('a reason the user wrote gets the length fix only, not the advice about the default reason', () => {
    const text = lines('iot:', `  reject-reason: "${'x'.repeat(129)}"`);
    const found = problems(text);
    expect(found.map((i) => [i.line, i.key])).toEqual([[3, 'iot.reject-reason']]);
    expect(found[0]?.message).toMatch(/^can expand to 129 characters, but AWS accepts at most 128\. Shorten the text by at least 1 character\.$/);
  });

  it('a reason with a placeholder mistake gets that fix only: its length is judged once the placeholders are right', () => {
    const text = lines('iot:', `  reject-reason: "From {source_account}: ${'x'.repeat(130)}"`);
    const found = problems(text);
    expect(found.map((i) => [i.line, i.key])).toEqual([[3, 'iot.reject-reason']]);
    expect(found[0]?.message).toContain('`{source_account}` is not a placeholder.');
    expect(found[0]?.message).not.toMatch(/can expand to/);
  });
});

describe('values the schema refuses are not compared again: the user gets the schema\'s fix, not a second, confusing error', () => {
  const nonDuplicates = (text: string) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    return found.filter((i) => DUPLICATE.test(i.message) || /account undefined|already a target|not in accounts/.test(i.message));
  };

  it.each([
    ['an account id that is not 12 digits', 'iot:\n  allow:\n    - source-account: "abc"\n    - source-account: "abc"'],
    ['an unquoted account id (a number)', 'iot:\n  allow:\n    - source-account: 111122223333\n    - source-account: 111122223333'],
    ['RAM entries without a source-account', 'ram:\n  allow:\n    - note: a\n    - note: b'],
    ['security-services entries without a source-account', 'security-services:\n  allow:\n    - note: a\n    - note: b'],
    ['organizations entries naming nothing valid', 'organizations:\n  allow:\n    - management-account: "1"\n    - management-account: "1"'],
    ['target accounts that are not ids', 'accounts: ["111122223333"]\ntargets:\n  role-name: g\n  accounts: ["abc", "abd"]'],
    ['a role ARN written as a nested list', 'accounts: ["111122223333"]\ntargets:\n  roles: [["arn:aws:iam::444455556666:role/g"]]'],
  ])('%s', (_case, body) => {
    expect(nonDuplicates(`version: 1\n${body}\n`)).toEqual([]);
  });
});

describe('parsePolicy never throws on values of the wrong shape where the cross-value rules look', () => {
  it.each([
    ['null allow entries', 'iot:\n  allow: [~, ~]\n'],
    ['handshake-types as text, with an entry narrowed', 'organizations:\n  handshake-types: INVITE\n  allow:\n    - organization: o-exampleorgid11\n      handshake-types: [INVITE]\n'],
    ['services as text, with an entry narrowed', 'security-services:\n  services: guardduty\n  allow:\n    - source-account: "111122223333"\n      services: [macie]\n'],
    ['a resource type that is a number', 'ram:\n  allow:\n    - source-account: "111122223333"\n      resource-types: [5]\n'],
  ])('%s: refused with located issues', (_case, body) => {
    const result = parsePolicy(`version: 1\n${body}`, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.every((i) => i.line > 1 && i.key !== '')).toBe(true);
  });
});

describe('the accounts pin', () => {
  it('a target in the pin, by account or by role ARN, is a valid policy', () => {
    const text = lines('accounts: ["111122223333", "444455556666"]', 'targets:', '  role-name: g', '  accounts: ["111122223333"]', '  roles: ["arn:aws:iam::444455556666:role/g"]');
    const result = parsePolicy(text, FILE);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

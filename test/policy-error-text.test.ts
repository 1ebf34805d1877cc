/**
 * What a policy error tells the user (src/policy/messages.ts): how a wrong value is described, which
 * key is unknown, where it belongs instead, what is allowed here and which correction is offered.
 * Mostly through parsePolicy on small YAML texts; the exported helpers directly where parsePolicy
 * cannot reach a branch today (fallbackMessage, an empty key list). See docs/mutation.md.
 */
import { describe, expect, it } from 'vitest';
import { describePlace, describeValue, fallbackMessage, keyCandidates, numberAsWritten, unknownKeyMessage, withNumbersAsWritten } from '../src/policy/messages.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { messageAt } from './helpers/policy-messages.js';



const TOP_LEVEL = '`version`, `accounts`, `targets`, `iot`, `organizations`, `ram`, `security-services` or `limits`';

describe('a value of the wrong type is described as the YAML reads it', () => {
  it.each([
    ['a number', 'limits: 5', 'not the number 5.'],
    ['a boolean', 'limits: true', 'not the boolean true.'],
    ['a list', 'limits: [1]', 'not a list.'],
    ['a mapping', 'targets:\n  organization: {a: 1}', 'not a mapping.'],
  ])('%s', (_, yaml, described) => {
    const key = yaml.startsWith('targets') ? 'targets.organization' : 'limits';
    expect(messageAt(`version: 1\n${yaml}\n`, key)).toContain(described);
  });

  it('text of 40 characters is quoted in full, longer text cut at 40 with …', () => {
    const forty = 'x'.repeat(40);
    expect(messageAt(`version: 1\nlimits: "${forty}"\n`, 'limits')).toContain(`not the text "${forty}".`);
    expect(messageAt(`version: 1\nlimits: "${forty}yz"\n`, 'limits')).toContain(`not the text "${forty}…".`);
  });

  it('an example is offered only where the schema part has one', () => {
    expect(messageAt('version: 1\ntargets:\n  organization: 5\n', 'targets.organization')).toContain('must be true or false (e.g. `organization: true`), not the number 5.');
    // `limits` has no example: nothing between the expectation and the value.
    expect(messageAt('version: 1\nlimits: 5\n', 'limits')).toMatch(/keys `max-actions`, not the number 5\.$/);
  });

  it.each([
    [undefined, 'nothing'],
    [null, 'an empty value'],
    [BigInt(5), 'a bigint'],
  ])('values YAML does not hand the schema today: %s is %s', (value, described) => {
    expect(describeValue(value)).toBe(described);
  });
});

describe('unknown keys: what is allowed here', () => {
  it('names the key and lists every key allowed at that place', () => {
    const message = messageAt('version: 1\ncolour: red\n', 'colour');
    expect(message).toBe(`unknown key \`colour\`. Allowed here: ${TOP_LEVEL}.`);
  });

  it('a key list with nothing in it reads "nothing"', () => {
    expect(unknownKeyMessage('colour', [])).toBe('unknown key `colour`. Allowed here: nothing.');
  });

  it('a place list with nothing in it is the same as none', () => {
    expect(unknownKeyMessage('colour', ['note'], { key: 'colour', places: [] })).toBe(unknownKeyMessage('colour', ['note']));
  });
});

describe('unknown keys: synonyms are offered only where the synonym is allowed', () => {
  it('`expires` in an entry: did you mean `until`', () => {
    const text = 'version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n      expires: 2027-01-31\n';
    expect(messageAt(text, 'iot.allow[0].expires')).toContain('Did you mean `until`?');
  });

  it('`email` at the top level: pointed to the entries where `management-email` is, not offered as a key here', () => {
    const message = messageAt('version: 1\nemail: ops@example.com\n', 'email');
    expect(message).toContain('Did you mean `management-email`? `management-email` belongs in an `organizations.allow` entry: move it there.');
    expect(message).not.toContain('Or, here');
  });

  it('`expires` at the top level: the synonym `until` is looked for elsewhere', () => {
    const message = messageAt('version: 1\nexpires: 2027-01-31\n', 'expires');
    expect(message).toContain('Did you mean `until`? `until` belongs in an `iot.allow` entry');
  });

  it.each([
    ['colour', ['colour']],
    ['max_actions', ['max_actions', 'max-actions']],
    ['Expires', ['Expires', 'expires', 'until']],
    ['until', ['until']],
  ])('keyCandidates(%s): as written, folded, and the synonym', (key, candidates) => {
    expect(keyCandidates(key)).toEqual(candidates);
  });
});

describe('unknown keys: where the key belongs instead', () => {
  it('at the top level', () => {
    const message = messageAt('version: 1\niot:\n  version: 1\n', 'iot.version');
    expect(message).toContain('`version` belongs at the top level: move it there.');
  });

  it('the right key at the wrong place: no did-you-mean of itself, nothing offered here', () => {
    const message = messageAt('version: 1\niot:\n  until: 2027-01-31\n', 'iot.until');
    expect(message).toBe('unknown key `until` here. `until` belongs in an `iot.allow` entry: move it there. Allowed here: `regions`, `allow` or `reject-reason`.');
  });

  it('every nearest place, the last joined with "or"', () => {
    const message = messageAt('version: 1\nuntil: 2027-01-31\n', 'until');
    expect(message).toContain(
      '`until` belongs in an `iot.allow` entry, in an `organizations.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry: move it there.',
    );
  });

  it('two places: joined with "or"', () => {
    const message = messageAt('version: 1\nlimits:\n  org: o-exampleorgid11\n', 'limits.org');
    expect(message).toContain('Did you mean `organization`? `organization` belongs under `targets` or in an `organizations.allow` entry: move it there.');
  });

  it('a near spelling of a key allowed here comes before a synonym allowed elsewhere', () => {
    const message = messageAt('version: 1\ntargets:\n  account: "111122223333"\n', 'targets.account');
    expect(message).toBe(
      'unknown key `account`. Did you mean `accounts`? Allowed here: `role-name`, `accounts`, `roles`, `organization` or `exclude`. If you meant `source-account`: it belongs in an `iot.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry.',
    );
  });

  it('a synonym allowed elsewhere, with nothing near it here: where it belongs', () => {
    const message = messageAt('version: 1\nlimits:\n  account: "111122223333"\n', 'limits.account');
    expect(message).toBe(
      'unknown key `account` here. Did you mean `source-account`? `source-account` belongs in an `iot.allow` entry, in a `ram.allow` entry or in a `security-services.allow` entry: move it there. Allowed here: `max-actions`.',
    );
  });

  it('the key as written allowed elsewhere, and a near spelling here: elsewhere first', () => {
    // `organization` is a key under `targets` and in organizations.allow entries; at the top level
    // `organizations` is one letter away. As written, elsewhere is the stronger guess.
    const message = messageAt('version: 1\norganization: o-exampleorgid11\n', 'organization');
    expect(message).toBe(
      'unknown key `organization` here. `organization` belongs under `targets` or in an `organizations.allow` entry: move it there. Or, here: did you mean `organizations`? Allowed here: `version`, `accounts`, `targets`, `iot`, `organizations`, `ram`, `security-services` or `limits`.',
    );
  });

  it.each([
    [['targets'], 'under `targets`'],
    [['targets', 'nested'], 'under `targets.nested`'],
    [['iot', 'allow', '[]'], 'in an `iot.allow` entry'],
    [['ram', 'allow', '[]'], 'in a `ram.allow` entry'],
  ])('describePlace(%j) is %s', (place, text) => {
    expect(describePlace(place)).toBe(text);
  });
});

describe('unknown keys: a word whose value says which key it means', () => {
  const TARGETS = '`role-name`, `accounts`, `roles`, `organization` or `exclude`';
  const WHY = '`role-name` takes the name of the role to assume in each account (`role-name: inbound-guard`); `roles` takes a list of role ARNs.';

  it('`role: guard` under targets: a role name, so `role-name` (not `roles`, which takes ARNs), and why', () => {
    expect(messageAt('version: 1\ntargets:\n  role: guard\n  organization: true\n', 'targets.role')).toBe(
      `unknown key \`role\`. Did you mean \`role-name\`? ${WHY} Allowed here: ${TARGETS}.`,
    );
  });

  it.each([
    ['an ARN', '"arn:aws:iam::111122223333:role/guard"'],
    ['a list of ARNs', '["arn:aws:iam::111122223333:role/guard"]'],
  ])('`role:` with %s under targets: `roles`, and why', (_name, value) => {
    expect(messageAt(`version: 1\ntargets:\n  role: ${value}\n  organization: true\n`, 'targets.role')).toBe(
      `unknown key \`role\`. Did you mean \`roles\`? ${WHY} Allowed here: ${TARGETS}.`,
    );
  });

  it('`role:` with a value that is neither: the nearest spelling, as for any key', () => {
    expect(messageAt('version: 1\ntargets:\n  role: 5\n  organization: true\n', 'targets.role')).toBe(`unknown key \`role\`. Did you mean \`roles\`? Allowed here: ${TARGETS}.`);
  });

  it('`role: guard` at the top level: `role-name` belongs under targets, or in the role-name input', () => {
    expect(messageAt('version: 1\nrole: guard\n', 'role')).toBe(
      `unknown key \`role\` here. Did you mean \`role-name\`? \`role-name\` belongs under \`targets\`: move it there. ${WHY} Or, in the workflow, set the action's \`role-name\` input (it overrides the policy). Allowed here: ${TOP_LEVEL}.`,
    );
  });

  it.each([
    ['role', 'guard', ['role', 'role-name']],
    ['Role', 'arn:aws:iam::111122223333:role/guard', ['Role', 'role', 'roles']],
    ['role', undefined, ['role']],
  ])('keyCandidates(%s, %s)', (key, value, candidates) => {
    expect(keyCandidates(key, value)).toEqual(candidates);
  });
});

describe('unknown keys: regions at the top level', () => {
  const WHERE = '`regions` belongs under `iot`, under `ram` or under `security-services`: move it there. Or, in the workflow, set the action\'s `regions` input (it overrides the policy).';

  it('`region:` (one letter short): did you mean `regions`, and where regions go', () => {
    expect(messageAt('version: 1\nregion: us-east-1\n', 'region')).toBe(`unknown key \`region\` here. Did you mean \`regions\`? ${WHERE} Allowed here: ${TOP_LEVEL}.`);
  });

  it('`regions:`: where regions go, the input included', () => {
    expect(messageAt('version: 1\nregions: [us-east-1]\n', 'regions')).toBe(`unknown key \`regions\` here. ${WHERE} Allowed here: ${TOP_LEVEL}.`);
  });

  it('a key that is no action input gets no input note', () => {
    expect(messageAt('version: 1\nuntil: 2027-01-31\n', 'until')).not.toContain('input');
  });

  it('`region` under a section that has `regions`: the near spelling, no elsewhere', () => {
    expect(messageAt('version: 1\nram:\n  region: all\n', 'ram.region')).toBe('unknown key `region`. Did you mean `regions`? Allowed here: `regions` or `allow`.');
  });
});

describe('unknown keys that another section has but this one cannot express: what to write here, not "move it there"', () => {
  const RAM_ENTRY = '`source-account`, `resource-types`, `note` or `until`';
  const SECURITY_ENTRY = '`source-account`, `services`, `note` or `until`';
  const ORG_ENTRY = '`organization`, `management-account`, `management-email`, `handshake-types`, `note` or `until`';

  it.each(['organization', 'org', 'organization-id'])('`%s` in a ram.allow entry: RAM names the sending account only, so one entry per account', (key) => {
    expect(messageAt(`version: 1\nram:\n  allow:\n    - ${key}: o-exampleorgid11\n`, `ram.allow[0].${key}`)).toBe(
      `unknown key \`${key}\` here. RAM names only the account that sent an invitation (its \`senderAccountId\`), not that account's organization, so a \`ram.allow\` entry allows one sending account: write an entry with \`source-account\` (e.g. \`source-account: "111122223333"\`) for each account that may share with this one. Allowed here: ${RAM_ENTRY}.`,
    );
  });

  it('`organization` in a security-services.allow entry: the inviting account only', () => {
    const message = messageAt('version: 1\nsecurity-services:\n  allow:\n    - organization: o-exampleorgid11\n', 'security-services.allow[0].organization');
    expect(message).toMatch(/^unknown key `organization` here\. GuardDuty, Macie, Security Hub and Detective name only the inviting account, not its organization/);
    expect(message).not.toContain('move it there');
    expect(message).toMatch(new RegExp(`Allowed here: ${SECURITY_ENTRY.replace(/[`]/g, '.')}\\.$`));
  });

  it.each(['regions', 'region'])('`%s` under organizations: a global service, no region to choose', (key) => {
    const message = messageAt(`version: 1\norganizations:\n  ${key}: [us-east-1]\n`, `organizations.${key}`);
    expect(message).toBe(
      `unknown key \`${key}\` here. AWS Organizations is a global service: an account's handshakes are listed once, in no region, so there is no region to choose here: remove the key. (Regions are chosen for the regional kinds only: \`iot.regions\`, \`ram.regions\`, \`security-services.regions\`, or the action's \`regions\` input.) Allowed here: \`handshake-types\` or \`allow\`.`,
    );
  });

  it.each(['regions', 'region'])('`%s` in an organizations.allow entry: a global service, nothing to narrow to, not "move it under iot"', (key) => {
    const message = messageAt(`version: 1\norganizations:\n  allow:\n    - organization: o-exampleorgid11\n      ${key}: [us-east-1]\n`, `organizations.allow[0].${key}`);
    expect(message).toBe(
      `unknown key \`${key}\` here. AWS Organizations is a global service: an account's handshakes are listed once, in no region, so an entry has no region to narrow to: remove the key. Allowed here: ${ORG_ENTRY}.`,
    );
  });

  it.each(['source-account', 'account', 'sender-account'])('`%s` in an organizations.allow entry: the sender is the management account, not "move it to iot.allow"', (key) => {
    expect(messageAt(`version: 1\norganizations:\n  allow:\n    - ${key}: "111122223333"\n`, `organizations.allow[0].${key}`)).toBe(
      `unknown key \`${key}\` here. A handshake is sent by an organization's management account, and an \`organizations.allow\` entry names it by \`management-account\`: write \`management-account\` with its id instead (e.g. \`management-account: "111122223333"\`), or \`organization\` with the organization's id. Allowed here: ${ORG_ENTRY}.`,
    );
  });

  it.each([
    ['ram', 'management-account', 'RAM names only the account that sent an invitation (its `senderAccountId`)', 'a `ram.allow` entry', RAM_ENTRY],
    ['ram', 'management-email', 'RAM names only the account that sent an invitation (its `senderAccountId`)', 'a `ram.allow` entry', RAM_ENTRY],
    ['ram', 'email', 'RAM names only the account that sent an invitation (its `senderAccountId`)', 'a `ram.allow` entry', RAM_ENTRY],
    ['security-services', 'management-account', 'GuardDuty, Macie, Security Hub and Detective name only the inviting account', 'a `security-services.allow` entry', SECURITY_ENTRY],
    ['security-services', 'management-email', 'GuardDuty, Macie, Security Hub and Detective name only the inviting account', 'a `security-services.allow` entry', SECURITY_ENTRY],
    ['iot', 'management-account', 'AWS IoT names only the account that sent a certificate transfer', 'an `iot.allow` entry', '`source-account`, `note` or `until`'],
  ])('%s.allow entry with `%s`: the sending account is `source-account`, not "move it to organizations.allow"', (section, key, sender, entry, allowed) => {
    expect(messageAt(`version: 1\n${section}:\n  allow:\n    - ${key}: "111122223333"\n`, `${section}.allow[0].${key}`)).toBe(
      `unknown key \`${key}\` here. ${sender}, not an organization's management account or its email: in ${entry} the sending account is named by \`source-account\`. Write \`source-account\` with its id instead (e.g. \`source-account: "111122223333"\`). Allowed here: ${allowed}.`,
    );
  });

  it('`organization` in an iot.allow entry: the sending account only, as for RAM', () => {
    expect(messageAt('version: 1\niot:\n  allow:\n    - organization: o-exampleorgid11\n', 'iot.allow[0].organization')).toMatch(/^unknown key `organization` here\. AWS IoT names only the account that sent a certificate transfer/);
  });

  it('`organization` at the top level, where moving it is the fix, is pointed to where it belongs as before', () => {
    expect(messageAt('version: 1\norganization: o-exampleorgid11\n', 'organization')).toContain('`organization` belongs under `targets` or in an `organizations.allow` entry: move it there.');
  });

  it.each(['aws-global', 'global', 'AWS-Global'])('`%s` in a regions list: no region, the global services\' endpoint, and what to write', (name) => {
    expect(messageAt(`version: 1\nsecurity-services:\n  regions: [us-east-1, ${name}]\n`, 'security-services.regions[1]')).toBe(
      `"${name}" is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: list each region by name (e.g. [us-east-1, us-east-2]), or write \`regions: all\` for every enabled region.`,
    );
  });

  it.each([
    ['security-services', 'aws-global'],
    ['iot', 'Global'],
  ])('%s.regions: %s written alone, not as a list item: the same explanation, not "must be `all` or a list"', (section, name) => {
    expect(messageAt(`version: 1\n${section}:\n  regions: ${name}\n`, `${section}.regions`)).toBe(
      `"${name}" is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: list each region by name (e.g. [us-east-1, us-east-2]), or write \`regions: all\` for every enabled region.`,
    );
  });

  it.each(['administrator-account', 'admin-account', 'sender-account'])('`%s` in a security-services.allow entry: did you mean `source-account`', (key) => {
    expect(messageAt(`version: 1\nsecurity-services:\n  allow:\n    - ${key}: "111122223333"\n`, `security-services.allow[0].${key}`)).toBe(
      `unknown key \`${key}\`. Did you mean \`source-account\`? Allowed here: ${SECURITY_ENTRY}.`,
    );
  });
});

describe('a number is shown as the file wrote it, not as JavaScript prints its value', () => {
  it('an integer too large to be exact: its digits, not a rounded 12345678901234567000', () => {
    const message = messageAt('version: 1\naccounts: [12345678901234567890]\n', 'accounts[0]');
    expect(message).toContain('not the number 12345678901234567890.');
    expect(message).not.toContain('12345678901234567000');
    expect(messageAt('version: 1\nlimits:\n  max-actions: 99999999999999999999\n', 'limits.max-actions')).toMatch(/, not 99999999999999999999\.$/);
  });

  it.each([
    ['0x1A', '26'],
    ['0o17', '15'],
    ['1e3', '1000'],
  ])('an account id written %s: quote it as written, no decimal id made up from %s', (written, value) => {
    const message = messageAt(`version: 1\niot:\n  allow:\n    - source-account: ${written}\n`, 'iot.allow[0].source-account');
    expect(message).toBe(
      `account ids must be quoted strings: YAML reads the unquoted ${written} as the number ${value}. Quote the id as written, "${written}", and check it: an account id is exactly 12 digits.`,
    );
    expect(message).not.toContain('"0000');
  });

  it('any number in a message: max-actions written in hex is shown in hex', () => {
    expect(messageAt('version: 1\nlimits:\n  max-actions: 0x7D0\n', 'limits.max-actions')).toMatch(/, not 0x7D0\.$/);
  });

  it('a value written two ways in one file is shown as JavaScript prints it: a message cannot tell which was meant', () => {
    const both = parsePolicy('version: 1\naccounts: [26, 0x1A]\n', 'p.yml');
    const messages = both.ok ? [] : both.issues.filter((i) => i.key === 'accounts[1]').map((i) => i.message);
    expect(messages[0]).toContain('Here it read 26');
  });

  it('outside a policy parse, numbers are as JavaScript prints them', () => {
    expect(numberAsWritten(26)).toBe('26');
    expect(withNumbersAsWritten(new Map([[26, '0x1A']]), () => numberAsWritten(26))).toBe('0x1A');
    expect(numberAsWritten(26)).toBe('26');
  });
});

describe('fallbackMessage: the wording for an issue no schema part words (none reaches a user today)', () => {
  it('a value of the wrong type', () => {
    expect(fallbackMessage({ code: 'invalid_type', input: 5 })).toBe('must be a different kind of value, not the number 5.');
  });

  it('unknown keys are named, singular or plural', () => {
    expect(fallbackMessage({ code: 'unrecognized_keys', keys: ['colour'] })).toBe('unknown key `colour`: remove or rename.');
    expect(fallbackMessage({ code: 'unrecognized_keys', keys: ['colour', 'size'] })).toBe('unknown keys `colour` and `size`: remove or rename.');
  });

  it('anything else names the value and points to the docs', () => {
    expect(fallbackMessage({ code: 'invalid_value', input: 'All' })).toBe('the text "All" is not allowed here: see docs/policy.md for what this key accepts.');
  });
});

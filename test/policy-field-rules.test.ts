/**
 * The leaf values of the policy (src/policy/fields.ts, identity-fields.ts, region-fields.ts,
 * invitation-fields.ts): what each refuses and what its message tells the author to write instead.
 * Each case pins one branch of a message function; the meaningful part of the message is asserted,
 * not the whole sentence.
 */
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { calendarDate, handshakeType, maxActions, roleArn, roleName, uniqueList, version } from '../src/policy/fields.js';
import { accountId, emailPattern, organizationId } from '../src/policy/identity-fields.js';
import { region } from '../src/policy/region-fields.js';
import { resourceType, securityService } from '../src/policy/invitation-fields.js';
import { KNOWN_REGIONS } from '../src/aws/service-regions.js';

/** The messages a schema gives for `input`; fails the test when the input is accepted. */
function messagesOf(schema: z.ZodMiniType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return result.error.issues.map((issue) => issue.message);
}

/** The one message a schema gives for `input`. */
function messageOf(schema: z.ZodMiniType, input: unknown): string {
  const messages = messagesOf(schema, input);
  expect(messages).toHaveLength(1);
  return messages[0] ?? '';
}

describe('account ids', () => {
  const account = accountId('source-account', 'An account.');

  it('accepts 12 digits as text', () => {
    expect(account.safeParse('012345678901').success).toBe(true);
  });

  it('an unquoted number of fewer than 12 digits: says YAML dropped the leading zeros and shows the id padded to 12', () => {
    const message = messageOf(account, 12345);
    expect(message).toContain('drops leading zeros');
    expect(message).toContain('Here it read 12345');
    expect(message).toContain('"000000012345"');
  });

  it('the number 0 is read as an id with its zeros dropped, too', () => {
    expect(messageOf(account, 0)).toContain('"000000000000"');
  });

  it('an unquoted 12-digit number: asks for quotes around those digits', () => {
    const message = messageOf(account, 111122223333);
    expect(message).toContain('must be quoted strings');
    expect(message).toContain('Write "111122223333" in quotes');
  });

  it.each([
    [-5, 'the number -5'],
    [1234567890123, 'the number 1234567890123'],
    [1.5, 'the number 1.5'],
  ])('a number that cannot be an id with zeros dropped (%s) is a wrong type, not a quoting problem', (input, described) => {
    const message = messageOf(account, input);
    expect(message).toContain('must be a 12-digit AWS account id in quotes');
    expect(message).toContain(described);
    expect(message).not.toContain('leading zeros');
    expect(message).not.toContain('"0000');
  });

  it('12 digits with separators: says which 12 digits to write', () => {
    expect(messageOf(account, '1111-2222-3333')).toContain('nothing else: write "111122223333"');
  });

  it.each([
    ['abc', '"abc" has 3 characters.'],
    ['12345', '"12345" has 5 characters.'],
    ['7', '"7" has 1 character.'],
    ['1234567890123', '"1234567890123" has 13 characters.'],
  ])('other text (%s): says it must be 12 digits and how long it is', (input, count) => {
    const message = messageOf(account, input);
    expect(message).toContain('must be exactly 12 digits (an AWS account id in quotes');
    expect(message).toContain(count);
    expect(message).not.toContain('write "');
  });

  it('another type: names the expected value and an example under the key it is written for', () => {
    const message = messageOf(account, true);
    expect(message).toContain('must be a 12-digit AWS account id in quotes');
    expect(message).toContain('`source-account: "111122223333"`');
    expect(message).toContain('the boolean true');
  });
});

describe('organization ids', () => {
  const organization = organizationId();

  it('upper case: says to write it in lower case', () => {
    expect(messageOf(organization, 'o-EXAMPLEORGID11')).toContain('write o-exampleorgid11');
  });

  it('text that is no organization id: quotes it and gives the form', () => {
    const message = messageOf(organization, 'org-1');
    expect(message).toContain('"org-1" is not an organization id');
    expect(message).toContain('10 to 32 lower-case letters or digits');
  });

  it('not text: says what an organization id is', () => {
    const message = messageOf(organization, 5);
    expect(message).toContain('must be an organization id that must be `o-`');
    expect(message).toContain('e.g. o-exampleorgid11');
  });
});

describe('email patterns', () => {
  const email = emailPattern();

  it.each([
    [5, 'the number 5'],
    [null, 'has no value'],
  ])('not text (%s): asks for an address or pattern in quotes', (input, what) => {
    const message = messageOf(email, input);
    expect(message).toContain('an email address or pattern in quotes');
    expect(message).toContain('`"*@example.com"`');
    expect(message).toContain(what);
  });

  // docs/policy.md: a `*` in the domain stands only for subdomains of a domain of two labels or more.
  it.each(['*@example.com', 'ops@example.com', 'ops@x', '*@*.example.com', '*@sub*.example.com', 'ops+*@*.example.com', '*@*.*.example.com', '*@*.co.uk'])('accepts %s', (input) => {
    expect(email.safeParse(input).success).toBe(true);
  });

  it.each([
    ['*@*e*', '"*@*e*" ends its domain with `*`, so it matches domains anyone can register (example.* matches example.evil.io): after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com), or name the domain without `*`.'],
    ['*@example.*', '"*@example.*" ends its domain with `*`, so it matches domains anyone can register'],
    ['*@*.com', '"*@*.com" names only `.com` after the last `*` of its domain, which countless unrelated domains end with: after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com), or name the domain without `*`.'],
    ['*@*m', '"*@*m" has `m` right after the last `*` of its domain, so it matches any domain that ends that way (*example.com matches evilexample.com): after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com).'],
    ['*@*example.com', '"*@*example.com" has `example.com` right after the last `*` of its domain, so it matches any domain that ends that way (*example.com matches evilexample.com): write *@*.example.com for its subdomains or *@example.com for the domain itself.'],
    // Spelt out only for `*` alone before whole labels: these would name another domain, or a refused one.
    ['ops@sub*example.com', 'after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com).'],
    ['*@ex*ample.com', 'after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com).'],
    ['*@*-.example.com', 'after the last `*` of the domain write a dot and the domain it stands under, at least two labels (e.g. *@*.example.com).'],
    ['*@*.example..com', '"*@*.example..com" has an empty label (two dots in a row, or a dot at the end) after the last `*` of its domain: write it like *@*.example.com.'],
    ['*@*.example.com.', 'has an empty label'],
    ['*@*.-.com', '"*@*.-.com" has a label with no letter or digit after the last `*` of its domain: write it like *@*.example.com.'],
    ['*@*', '"*@*" would match every domain'],
  ])('refuses %s, saying what to write', (input, words) => {
    expect(email.safeParse(input).success).toBe(false);
    expect(messageOf(email, input)).toContain(words);
  });

  it('a long value with `*` in its domain is not echoed in the suggestion', () => {
    const input = `${'b'.repeat(5000)}@*example.com`;
    const message = messageOf(email, input);
    expect(message).toContain('(*example.com matches evilexample.com): after the last `*` of the domain write a dot');
    expect(message.length).toBeLessThan(400);
  });

  it('a value of 60 characters is quoted back whole', () => {
    const input = `${'a'.repeat(59)}@`;
    const message = messageOf(email, input);
    expect(message.startsWith(`${JSON.stringify(input)} needs text on both sides`)).toBe(true);
    expect(message).not.toContain('characters)');
  });

  it('a value longer than 60 characters is quoted back cut to 59 and its length given', () => {
    const input = `${'a'.repeat(60)}@`;
    const message = messageOf(email, input);
    expect(message.startsWith(`"${'a'.repeat(59)}…" (61 characters) needs text on both sides`)).toBe(true);
  });

  it('a very long value is not echoed in full', () => {
    const input = `${'b'.repeat(5000)}@@example.com`;
    const message = messageOf(email, input);
    expect(message).toContain(`"${'b'.repeat(59)}…" (${input.length} characters) has 2 \`@\``);
    expect(message.length).toBeLessThan(300);
  });
});

describe('dates', () => {
  const date = calendarDate();

  it('not text: asks for YYYY-MM-DD with an example under until', () => {
    const message = messageOf(date, 20270131);
    expect(message).toContain('must be a date written YYYY-MM-DD');
    expect(message).toContain('`until: 2027-01-31`');
  });

  it.each(['31/01/2027', '12027-01-31', '2027-01-311', 'x2027-01-31T10:00'])('%s is not in the form: says the form, without a time hint', (input) => {
    const message = messageOf(date, input);
    expect(message).toContain(`${JSON.stringify(input)} is not a date written YYYY-MM-DD; write e.g. 2027-01-31.`);
    expect(message).not.toContain('real date');
  });

  it.each(['2027-01-31T10:00:00Z', '2027-01-31 10:00'])('%s has a time: says to drop it and when the entry lapses', (input) => {
    expect(messageOf(date, input)).toContain('is not a date written YYYY-MM-DD without a time (the entry lapses at the end of that day, UTC)');
  });

  it.each([
    ['2027-13-01', 'there is no month 13'],
    ['2027-00-10', 'there is no month 00'],
  ])('%s: %s', (input, text) => {
    expect(messageOf(date, input)).toContain(text);
  });

  it.each([
    ['2027-01-32', '2027-01 has 31 days'],
    ['2027-12-32', '2027-12 has 31 days'],
    ['2027-02-29', '2027-02 has 28 days'],
    ['2028-02-30', '2028-02 has 29 days'],
    ['2027-04-31', '2027-04 has 30 days'],
  ])('%s is a day the month does not have: %s', (input, text) => {
    const message = messageOf(date, input);
    expect(message).toContain(`${input} is not a real date: ${text}.`);
    expect(message).not.toContain('no month');
  });
});

describe('regions, role names, role ARNs', () => {
  it('a region that is not text: asks for a region name like us-east-1', () => {
    const message = messageOf(region(), 5);
    expect(message).toContain('must be a region name (e.g. `us-east-1`)');
  });

  it.each(['us-east-1', 'us-gov-west-1', 'cn-northwest-1', 'us-isob-east-1', 'eusc-de-east-1'])('a region name of any partition is accepted: %s', (name) => {
    expect(region().safeParse(name).success).toBe(true);
  });

  it.each(KNOWN_REGIONS)('a region this release knows is accepted: %s', (name) => {
    expect(region().safeParse(name).success).toBe(true);
  });

  it.each([
    { input: 'eu-wst-1', meant: 'eu-west-1' },
    { input: 'us-esat-1', meant: 'us-east-1' },
    { input: 'ap-southeast-9', meant: 'ap-southeast-1' },
    { input: 'EU-WST-1', meant: 'eu-west-1' },
  ])('a name written like a region that no table knows ($input): an error naming it, with did-you-mean $meant and the way out', ({ input, meant }) => {
    const message = messageOf(region(), input);
    expect(message).toContain(`\`${input}\` is not an AWS region this release of inbound-guard knows. Did you mean \`${meant}\`?`);
    expect(message).toContain('If AWS launched it after this release, update inbound-guard; until then `all` sweeps every enabled region this release knows and warns about any other.');
  });

  it('an unknown region with nothing near it: no guess, still the way out', () => {
    const message = messageOf(region(), 'zz-nowhere-9');
    expect(message).not.toContain('Did you mean');
    expect(message).toContain('update inbound-guard');
  });

  it('a known region in capitals: asked for lower case, not called unknown', () => {
    expect(messageOf(region(), 'EU-WEST-1')).toBe('region names are lower case: write eu-west-1.');
  });

  it('a role name that is not text: asks for an IAM role name under role-name', () => {
    const message = messageOf(roleName(), 5);
    expect(message).toContain('must be an IAM role name (e.g. `role-name: inbound-guard`)');
  });

  it('a role ARN as role-name: says to write only the name', () => {
    expect(messageOf(roleName(), 'arn:aws:iam::111122223333:role/team/guard')).toContain('is a role ARN; role-name takes the name only (e.g. team/guard)');
  });

  it('a role name with characters IAM refuses: says which characters are allowed, not that it is an ARN', () => {
    const message = messageOf(roleName(), 'inbound guard!');
    expect(message).toContain('"inbound guard!" is not an IAM role name');
    expect(message).toContain('+=,.@_-');
    expect(message).not.toContain('role ARN');
  });

  it('a role ARN that is not text: asks for an ARN in quotes with an example', () => {
    const message = messageOf(roleArn(), 5);
    expect(message).toContain('must be an IAM role ARN in quotes');
    expect(message).toContain('"arn:aws:iam::111122223333:role/inbound-guard"');
  });
});

describe('handshake types', () => {
  it('an unknown name: did-you-mean and the list of types', () => {
    const message = messageOf(handshakeType(), 'INVITES');
    expect(message).toContain('`INVITES` is not a handshake type.');
    expect(message).toContain('Handshake types are');
    expect(message).toContain('TRANSFER_RESPONSIBILITY');
  });

  it('an empty value is called one', () => {
    const message = messageOf(handshakeType(), null);
    expect(message).toContain('must be a handshake type, not an empty value.');
    expect(message).toContain('Handshake types are');
  });

  it('another value is shown as written', () => {
    const message = messageOf(handshakeType(), 5);
    expect(message).toContain('must be a handshake type, not 5.');
    expect(message).not.toContain('empty value');
  });
});

describe('lists of unique items', () => {
  it('a repeat is reported at the repeat, naming the position of the first (counted from 1)', () => {
    const list = uniqueList(region(), 'a list of region names', 'regions: [us-east-1]');
    const result = list.safeParse(['eu-west-1', 'us-east-1', 'eu-west-1']);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: [2], message: expect.stringContaining('eu-west-1 is listed twice (also at position 1)') },
    ]);
  });
});

describe('version', () => {
  it.each(['1', ' 1 '])('the text %j: asks for the number 1 without quotes', (input) => {
    expect(messageOf(version(), input)).toContain('must be the number 1, without quotes.');
  });

  it('other text is not taken for a version', () => {
    const message = messageOf(version(), 'one');
    expect(message).toContain('must be a version number');
    expect(message).toContain('the text "one"');
    expect(message).toContain('Supported versions: 1.');
    expect(message).not.toContain('without quotes');
  });

  it('another number: not understood by this release, upgrade or write version 1', () => {
    const message = messageOf(version(), 2);
    expect(message).toContain('2 is not a policy version this release of inbound-guard understands.');
    expect(message).toContain('upgrade the action');
  });

  it('another type: asks for a version number and lists the supported ones', () => {
    const message = messageOf(version(), true);
    expect(message).toContain('must be a version number');
    expect(message).toContain('Supported versions: 1.');
    expect(message).not.toContain('upgrade');
  });
});

describe('max-actions', () => {
  it('a number in quotes: asks for it without quotes', () => {
    expect(messageOf(maxActions(), '10')).toContain('written without quotes, not the text "10"');
  });

  it('another type: gives the range and an example', () => {
    const message = messageOf(maxActions(), true);
    expect(message).toContain('must be a whole number from 0 to 1000 (0 means never act)');
    expect(message).toContain('`max-actions: 10`');
  });
});

describe('RAM resource types', () => {
  it('refuses a type without the service code', () => {
    const message = messageOf(resourceType(), 'Subnet');
    expect(message).toContain('"Subnet" is not a RAM resource type');
    expect(message).toContain('e.g. ec2:Subnet');
  });

  // docs/policy.md: the service code in lower case, the resource type in any case (compared case-insensitively).
  it.each(['ec2:Subnet', 'ec2:subnet', 'ec2:SUBNET', 'license-manager:LicenseConfiguration'])('accepts %s', (input) => {
    expect(resourceType().safeParse(input).success).toBe(true);
  });

  it.each([
    ['EC2:SUBNET', 'ec2:SUBNET'],
    ['Ec2:Subnet', 'ec2:Subnet'],
    ['License-Manager:LicenseConfiguration', 'license-manager:LicenseConfiguration'],
  ])('a service code not in lower case (%s): says to write %s, and that the type may be in any case', (input, fixed) => {
    const message = messageOf(resourceType(), input);
    expect(message).toBe(`${JSON.stringify(input)}: write the service code before the colon in lower case, as RAM lists it: ${fixed}. (The resource type after the colon may be in any case: it is compared case-insensitively.)`);
  });

  it('not text: asks for a RAM resource type with an example', () => {
    const message = messageOf(resourceType(), 5);
    expect(message).toContain('must be a RAM resource type (e.g. `ec2:Subnet`)');
    expect(message).toContain('the number 5');
  });
});

describe('security services', () => {
  it('a misspelt service: did-you-mean and the list', () => {
    const message = messageOf(securityService(), 'gaurdduty');
    expect(message).toContain('`gaurdduty` is not a security service inbound-guard guards.');
    expect(message).toContain('`guardduty`?');
    expect(message).toContain('The services are');
    expect(message).toContain('security-hub');
  });

  it('an empty value is called one', () => {
    const message = messageOf(securityService(), null);
    expect(message).toContain('must be a security service, not an empty value.');
    expect(message).toContain('The services are');
  });

  it('another value is shown as written', () => {
    const message = messageOf(securityService(), 5);
    expect(message).toContain('must be a security service, not 5.');
    expect(message).not.toContain('empty value');
  });
});

// Only management-email matches with `*`: every other field refuses it, and says that wildcards are
// the problem and what to write instead, rather than "must be exactly 12 digits" alone.
describe('a `*` where no wildcard is taken', () => {
  const NO_WILDCARD = ' take no wildcard (only `management-email` matches with `*`): ';
  it.each([
    ['source-account', accountId('source-account', 'An account.'), '*', '"*": account ids', 'write the 12 digits of one account in quotes, e.g. "111122223333", and an entry of its own for each account.'],
    ['an account id with a `*` inside', accountId('management-account', 'An account.'), '11112222*', '"11112222*": account ids', 'an entry of its own for each account.'],
    ['the accounts pin', accountId('accounts', 'An account.'), '*', '"*": account ids', 'without the key, the policy may govern any account.'],
    ['targets.exclude', accountId('exclude', 'An account.'), '*', '"*": account ids', 'list the 12 digits of each account in quotes, e.g. ["111122223333"].'],
    ['an organization id', organizationId(), 'o-*', '"o-*": organization ids', 'e.g. o-exampleorgid11'],
    ['a region', region(), 'us-east-*', '"us-east-*": region names', 'or write `regions: all` for every enabled region.'],
    ['a role name', roleName(), '*', '"*": role names', 'e.g. inbound-guard.'],
    ['a role ARN', roleArn(), 'arn:aws:iam::*:role/guard', '"arn:aws:iam::*:role/guard": role ARNs', 'list the whole ARN of each role'],
    ['a handshake type', handshakeType(), '*', '"*": handshake types', 'list each type. Handshake types are `INVITE`'],
    ['a RAM resource type', resourceType(), 'ec2:*', '"ec2:*": resource types', 'without `resource-types` the entry allows whatever the account shares.'],
    ['a security service', securityService(), '*', '"*": services', 'list each service (without the key: every one). The services are'],
  ] as const)('%s: says wildcards are not taken here, and what to write', (_case, schema, input, start, instead) => {
    const message = messageOf(schema, input);
    expect(message.startsWith(`${start}${NO_WILDCARD}`)).toBe(true);
    expect(message).toContain(instead);
  });

  it('a long value is shown cut, with its length', () => {
    expect(messageOf(accountId('source-account', 'An account.'), `*${'1'.repeat(60)}`)).toMatch(/^"\*1{38}…" \(61 characters\): account ids take no wildcard/);
  });

  it('a long value is cut by characters: no half emoji, and the count is of characters', () => {
    const message = messageOf(accountId('source-account', 'An account.'), `${'a'.repeat(38)}\u{1F600}*x`);
    expect(message.startsWith(`"${'a'.repeat(38)}\u{1F600}…" (41 characters): account ids`)).toBe(true);
    expect(message).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('the email pattern still takes `*`', () => {
    expect(emailPattern().safeParse('*@example.com').success).toBe(true);
  });
});

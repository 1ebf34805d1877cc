/**
 * The leaf values of the policy language as zod schemas: each carries its JSON Schema
 * description and words its own errors (see messages.ts).
 */
import * as z from 'zod/mini';
import { HANDSHAKE_TYPES, type HandshakeType } from '../model/items.js';
import { isKnownRegion, KNOWN_REGIONS } from '../aws/service-regions.js';
import { MAX_ACTIONS_LIMIT, SUPPORTED_VERSIONS } from './defaults.js';
import { errorFor, noWildcard, numberAsWritten, type RawIssue, typeMessage } from './messages.js';
import { didYouMean, listAlternatives } from './suggest.js';

export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const ORGANIZATION_ID_PATTERN = /^o-[a-z0-9]{10,32}$/;
/** Two or more letters, words, a number: `us-east-1`, `us-gov-west-1`, and the European Sovereign Cloud's `eusc-de-east-1`. */
export const REGION_PATTERN = /^[a-z]{2,}(-[a-z]+)+-\d+$/;
/** An IAM role name, optionally under a path (`team/inbound-guard`): the IAM name and path characters. */
export const ROLE_NAME_PATTERN = /^(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
/** An IAM role ARN in any partition: `arn:aws:iam::111122223333:role/inbound-guard` (a path may precede the name). */
export const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
/** The word that asks for every region enabled for the account. */
export const ALL_REGIONS = 'all';
/**
 * One `@`, something on both sides, no whitespace or control characters, and a domain that names
 * something, in one of two forms:
 * - without `*`: it holds a letter or digit (`example.com`). Read as "no letter or digit, then the
 *   first one, then the rest": one way to match, so a failed match costs one pass. The obvious
 *   `[^@]*[A-Za-z0-9][^@]*` tries every letter as "the" one and is quadratic (a 250 KB `a@aaa…a `
 *   took minutes);
 * - with `*`: after its last `*` comes a dot and at least two labels, each with a letter or digit
 *   (`*.example.com`, `sub*.example.com`), so the `*` stands only for subdomains of a domain someone
 *   owns. `*@*.com`, `*@*e*` and `*@*example.com` (which matches evilexample.com) are refused. The
 *   tail has no `*` and each label no `.`, so the last `*` and each label are found one way only;
 *   within a label, the first letter or digit as above. (It cannot tell `co.uk` from `example.com`:
 *   `*@*.co.uk` passes; docs/policy.md says so.)
 * The two forms are told apart by whether the domain holds a `*`, so they never both match.
 * test/policy-linear.test.ts proves every policy pattern linear.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
export const EMAIL_PATTERN = /^[^\s@\x00-\x1f\x7f]+@(?:[^\s@*\x00-\x1f\x7f0-9A-Za-z]*[0-9A-Za-z][^\s@*\x00-\x1f\x7f]*|[^\s@\x00-\x1f\x7f]*\*(?:\.[^\s@*.\x00-\x1f\x7f0-9A-Za-z]*[0-9A-Za-z][^\s@*.\x00-\x1f\x7f]*){2,})$/;
/** zod's calendar-checked YYYY-MM-DD (2027-02-30 fails); the same regex lands in the JSON Schema. */
const DATE_EXAMPLE = '2027-01-31';

export const isString = (v: unknown): v is string => typeof v === 'string';

/**
 * What editors show for a value of the wrong type (`errorMessage`) or one that does not match the
 * pattern (`patternErrorMessage`): yaml-language-server and VS Code read both from the JSON Schema,
 * instead of `Expected "string"` or the pattern itself (the date pattern is 200 characters).
 */
export function editorMessages(wrongType: string, wrongPattern?: string): { errorMessage: string; patternErrorMessage?: string } {
  return wrongPattern === undefined ? { errorMessage: wrongType } : { errorMessage: wrongType, patternErrorMessage: wrongPattern };
}

/**
 * `schema` with JSON Schema keywords (description, examples, editor messages): what classic zod's
 * `.meta(data)` does, for zod/mini, which has no such method. A copy of the schema with `data` in
 * zod's global registry, where z.toJSONSchema reads it; the copy inherits the original's keywords
 * and the original keeps its own.
 */
export function withMeta<T extends z.ZodMiniType>(schema: T, data: z.core.GlobalMeta): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, data);
  return copy;
}

/** Text matching `pattern`; `error` words both a value that is not text and text that does not match. */
export function patternText(pattern: RegExp, error: (issue: RawIssue) => string) {
  return z.string({ error }).check(z.regex(pattern, { error }));
}

/** What each handshake type is, for editors (enumDescriptions) and the docs. */
export const HANDSHAKE_TYPE_DESCRIPTIONS: Readonly<Record<HandshakeType, string>> = {
  INVITE: 'An invitation to join another organization as a member account.',
  TRANSFER_RESPONSIBILITY: 'Another organization asks to take over responsibility (e.g. billing) for yours: the highest-stakes type.',
  ENABLE_ALL_FEATURES: 'From your own organization: the management account enables all features.',
  APPROVE_ALL_FEATURES: 'From your own organization: members approve enabling all features.',
  ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE: 'From your own organization: adds the Organizations service-linked role.',
};

/** What to write instead of a `*` under each key that takes account ids (noWildcard). */
const ACCOUNT_INSTEAD: Readonly<Record<string, string>> = {
  accounts: 'list the 12 digits of each account in quotes, e.g. ["210987654321"]; without the key, the policy may govern any account',
  exclude: 'list the 12 digits of each account in quotes, e.g. ["111122223333"]',
};
const ACCOUNT_ENTRY_INSTEAD = 'write the 12 digits of one account in quotes, e.g. "111122223333", and an entry of its own for each account';

function accountIdMessage(key: string, issue: RawIssue, instead: string): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'account ids', instead);
  if (wildcard !== undefined) return wildcard;
  // `0x1A`, `1e3`, `1.0`: YAML read a number, but not from the digits of an id. Its decimal digits
  // (26, padded to "000000000026") would be a made-up id: the fix is to quote what was written.
  const written = typeof input === 'number' ? numberAsWritten(input) : '';
  if (typeof input === 'number' && written !== String(input) && !/^\d+$/.test(written)) {
    return `account ids must be quoted strings: YAML reads the unquoted ${written} as the number ${String(input)}. Quote the id as written, "${written}", and check it: an account id is exactly 12 digits.`;
  }
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) {
    const digits = String(input);
    if (digits.length === 12) {
      return `account ids must be quoted strings: YAML reads the unquoted ${digits} as a number (and would read 012345678901 as 12345678901, another account). Write "${digits}" in quotes.`;
    }
    if (digits.length < 12) {
      const padded = digits.padStart(12, '0');
      return (
        `account ids must be quoted strings: YAML reads an unquoted id as a number and drops leading zeros ` +
        `(012345678901 becomes 12345678901, another account). Here it read ${digits}; write the 12 digits in quotes, e.g. "${padded}".`
      );
    }
  }
  if (isString(input)) {
    const digitsOnly = input.replace(/\D/g, '');
    if (digitsOnly.length === 12 && digitsOnly !== input) {
      return `must be exactly 12 digits with nothing else: write "${digitsOnly}".`;
    }
    return `must be exactly 12 digits (an AWS account id in quotes, e.g. "111122223333"); ${JSON.stringify(input)} has ${input.length} character${input.length === 1 ? '' : 's'}.`;
  }
  return typeMessage('a 12-digit AWS account id in quotes', input, `${key}: "111122223333"`);
}

/**
 * A 12-digit AWS account id, as a string; `key` is the key it is written under, for examples.
 * `instead`: what to write rather than a `*` (by default by key: ACCOUNT_INSTEAD, else an entry per account).
 */
export function accountId(key: string, description: string, instead = ACCOUNT_INSTEAD[key] ?? ACCOUNT_ENTRY_INSTEAD) {
  const error = (issue: RawIssue) => accountIdMessage(key, issue, instead);
  return withMeta(patternText(ACCOUNT_ID_PATTERN, error), {
    description,
    examples: ['111122223333'],
    ...editorMessages(
      'An AWS account id is 12 digits in quotes, e.g. "111122223333". Unquoted, YAML reads a number and drops leading zeros (another account).',
      'An AWS account id is exactly 12 digits, in quotes, e.g. "111122223333".',
    ),
  });
}

function organizationIdMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'organization ids', "write one organization's whole id, `o-` followed by 10 to 32 lower-case letters or digits (e.g. o-exampleorgid11), and an entry of its own for each organization");
  if (wildcard !== undefined) return wildcard;
  if (isString(input) && ORGANIZATION_ID_PATTERN.test(input.toLowerCase())) {
    return `organization ids are lower case: write ${input.toLowerCase()}.`;
  }
  const shown = isString(input) ? `${JSON.stringify(input)} is not an organization id: it` : 'must be an organization id that';
  return `${shown} must be \`o-\` followed by 10 to 32 lower-case letters or digits, e.g. o-exampleorgid11.`;
}

export const organizationId = () =>
  withMeta(patternText(ORGANIZATION_ID_PATTERN, organizationIdMessage), {
    description: 'The id of the organization that sent the handshake (`o-…`).',
    examples: ['o-exampleorgid11'],
    ...editorMessages('An organization id is text: o- and 10 to 32 lower-case letters or digits.', 'An organization id is o- followed by 10 to 32 lower-case letters or digits, e.g. o-exampleorgid11.'),
  });

function emailMessage(issue: RawIssue): string {
  const input = issue.input;
  if (!isString(input)) return typeMessage('an email address or pattern in quotes', input, '"*@example.com"');
  const ats = input.split('@').length - 1;
  // Quoted back in full only when short: a message is read in an annotation, not a 250 KB echo.
  const shown = input.length <= 60 ? JSON.stringify(input) : `${JSON.stringify(`${input.slice(0, 59)}…`)} (${input.length} characters)`;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
  if (/[\s\x00-\x1f\x7f]/.test(input)) return `${shown} contains a space or control character; an email pattern has neither.`;
  if (ats !== 1) return `${shown} has ${ats} \`@\`; an email address or pattern has exactly one, e.g. ops@example.com or *@example.com.`;
  const [local, domain] = input.split('@') as [string, string];
  if (local === '' || domain === '') return `${shown} needs text on both sides of the \`@\`, e.g. *@example.com.`;
  if (!/[0-9A-Za-z]/.test(domain)) return `${shown} would match every domain: name the domain (\`*\` may stand for part of it, e.g. *@*.example.com).`;
  return wildcardDomainMessage(shown, input.length <= 60 ? local : undefined, domain);
}

/**
 * A domain with `*` whose text after the last `*` is not a dot and two labels: say what it would
 * let in and what to write, from the value itself where it names a domain (`local` is undefined
 * when the value is too long to echo).
 */
function wildcardDomainMessage(shown: string, local: string | undefined, domain: string): string {
  const tail = domain.slice(domain.lastIndexOf('*') + 1);
  const rule = 'after the last `*` of the domain write a dot and the domain it stands under, at least two labels';
  if (tail === '') return `${shown} ends its domain with \`*\`, so it matches domains anyone can register (example.* matches example.evil.io): ${rule} (e.g. *@*.example.com), or name the domain without \`*\`.`;
  if (!tail.startsWith('.')) {
    // `*example.com`: the value names the domain, so the two ways to write it can be spelt out.
    const head = domain.slice(0, domain.length - tail.length);
    // Only when the domain is `*` alone before the text, and the text is whole labels (each with a
    // letter or digit): `ex*ample.com` or `*-.example.com` would turn into another domain, or a refused one.
    const spelt = head === '*' && tail.includes('.') && tail.split('.').every((label) => /[0-9A-Za-z]/.test(label));
    const fix = local !== undefined && spelt ? `write ${local}@*.${tail} for its subdomains or ${local}@${tail} for the domain itself` : `${rule} (e.g. *@*.example.com)`;
    return `${shown} has \`${tail}\` right after the last \`*\` of its domain, so it matches any domain that ends that way (*example.com matches evilexample.com): ${fix}.`;
  }
  const labels = tail.slice(1).split('.');
  if (labels.includes('')) return `${shown} has an empty label (two dots in a row, or a dot at the end) after the last \`*\` of its domain: write it like *@*.example.com.`;
  if (labels.some((label) => !/[0-9A-Za-z]/.test(label))) return `${shown} has a label with no letter or digit after the last \`*\` of its domain: write it like *@*.example.com.`;
  return `${shown} names only \`${tail}\` after the last \`*\` of its domain, which countless unrelated domains end with: ${rule} (e.g. *@*.example.com), or name the domain without \`*\`.`;
}

export const emailPattern = () =>
  withMeta(patternText(EMAIL_PATTERN, emailMessage), {
    description:
      'The email address of the sending organization\'s management account, or a pattern where `*` matches any characters (e.g. `*@example.com`). Matched case-insensitively. Sender-written: prefer `organization` or `management-account`.',
    examples: ['*@example.com'],
    ...editorMessages(
      'An email address or pattern, in quotes, e.g. "*@example.com".',
      'An email address or pattern: one @, no spaces, a domain that names something. A * in the domain needs a dot and two labels after it: *@*.example.com.',
    ),
  });

function dateMessage(issue: RawIssue): string {
  const input = issue.input;
  if (!isString(input)) return typeMessage('a date written YYYY-MM-DD', input, `until: ${DATE_EXAMPLE}`);
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (parts === null) {
    const time = /^\d{4}-\d{2}-\d{2}[T ]/.test(input) ? ' without a time (the entry lapses at the end of that day, UTC)' : '';
    return `${JSON.stringify(input)} is not a date written YYYY-MM-DD${time}; write e.g. ${DATE_EXAMPLE}.`;
  }
  const [year, month] = [Number(parts[1]), Number(parts[2])];
  if (month < 1 || month > 12) return `${input} is not a real date: there is no month ${parts[2] ?? ''}.`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${input} is not a real date: ${parts[1] ?? ''}-${parts[2] ?? ''} has ${days} days.`;
}

export const calendarDate = () =>
  withMeta(z.iso.date({ error: dateMessage }), {
    description: 'The entry lapses at the end of this day (UTC), written YYYY-MM-DD. A date already passed is not an error: the entry simply no longer allows anything.',
    examples: [DATE_EXAMPLE],
    ...editorMessages(`A date written YYYY-MM-DD, e.g. ${DATE_EXAMPLE}.`, `A date that exists, written YYYY-MM-DD, e.g. ${DATE_EXAMPLE} (the entry lapses at the end of that day, UTC).`),
  });

/**
 * Why a region name written like one is refused: this release's tables (aws/service-regions.ts)
 * do not know it. A misspelling (`eu-wst-1`) would otherwise sweep nothing there and say "not
 * offered"; a region AWS launched after this release cannot be judged either (is the service
 * offered there?), so the way out is an update, and `all` meanwhile warns about it by name.
 */
export function unknownRegionText(name: string): string {
  return (
    `\`${name}\` is not an AWS region this release of inbound-guard knows.${didYouMean(name, KNOWN_REGIONS)} ` +
    `If AWS launched it after this release, update inbound-guard; until then \`${ALL_REGIONS}\` sweeps every enabled region this release knows and warns about any other.`
  );
}

/** What to write instead of a `*` in a region name or for `regions`. */
export const REGIONS_INSTEAD = `list each region by name (e.g. [us-east-1, us-east-2]), or write \`regions: ${ALL_REGIONS}\` for every enabled region`;

function regionMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'region names', REGIONS_INSTEAD);
  if (wildcard !== undefined) return wildcard;
  if (!isString(input)) return typeMessage('a region name', input, 'us-east-1');
  if (REGION_PATTERN.test(input)) return unknownRegionText(input);
  const lower = input.toLowerCase();
  if (REGION_PATTERN.test(lower)) return isKnownRegion(lower) ? `region names are lower case: write ${lower}.` : unknownRegionText(input);
  // What the SDKs and the CLI call the region of a global service's endpoint: no region to sweep.
  if (lower === 'aws-global' || lower === 'global') {
    return `${JSON.stringify(input)} is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: ${REGIONS_INSTEAD}.`;
  }
  return `${JSON.stringify(input)} is not an AWS region name: write it like us-east-1, eu-west-1 or us-gov-west-1.`;
}

/**
 * A region name this release knows (see unknownRegionText). The JSON Schema lists them (`enum`,
 * from the same tables), so editors complete them and refuse `eu-wst-1` too; the pattern stays for
 * its editor message about the shape.
 */
export const region = () =>
  withMeta(patternText(REGION_PATTERN, regionMessage).check(z.refine((name) => !REGION_PATTERN.test(name) || isKnownRegion(name), { error: regionMessage })), {
    description: 'An AWS region name, e.g. `us-east-1`, that this release of inbound-guard knows: a misspelt or unknown name is an error, not a region silently skipped.',
    examples: ['us-east-1'],
    enum: [...KNOWN_REGIONS],
    ...editorMessages(
      'A region name this release of inbound-guard knows, such as us-east-1 (a region launched after it needs an update).',
      'A region name in lower case, like us-east-1, eu-west-1 or us-gov-west-1.',
    ),
  });

function roleNameMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'role names', 'write the name of the one role assumed in every account, e.g. inbound-guard');
  if (wildcard !== undefined) return wildcard;
  if (!isString(input)) return typeMessage('an IAM role name', input, 'role-name: inbound-guard');
  if (ROLE_ARN_PATTERN.test(input)) return `is a role ARN; role-name takes the name only (e.g. ${input.slice(input.indexOf(':role/') + 6)}). List whole ARNs under targets.roles.`;
  return `${JSON.stringify(input)} is not an IAM role name: letters, digits and +=,.@_- only, at most 64 characters, optionally after a path (team/inbound-guard).`;
}

export const roleName = () =>
  withMeta(patternText(ROLE_NAME_PATTERN, roleNameMessage), {
    description: 'The role assumed in every account listed under `accounts` or found in the organization: arn:aws:iam::<account>:role/<role-name>. The action\'s `role-name` input overrides it.',
    examples: ['inbound-guard'],
    ...editorMessages('An IAM role name, e.g. inbound-guard.', 'An IAM role name (letters, digits and +=,.@_-, at most 64), optionally after a path: team/inbound-guard. Not an ARN.'),
  });

function roleArnMessage(issue: RawIssue): string {
  const input = issue.input;
  const wildcard = noWildcard(input, 'role ARNs', 'list the whole ARN of each role, e.g. "arn:aws:iam::111122223333:role/inbound-guard"');
  if (wildcard !== undefined) return wildcard;
  if (!isString(input)) return typeMessage('an IAM role ARN in quotes', input, '"arn:aws:iam::111122223333:role/inbound-guard"');
  return `${JSON.stringify(input)} is not an IAM role ARN: write it like arn:aws:iam::111122223333:role/inbound-guard.`;
}

export const roleArn = () =>
  withMeta(patternText(ROLE_ARN_PATTERN, roleArnMessage), {
    description: 'A role to assume, by ARN; the account it belongs to is guarded.',
    examples: ['arn:aws:iam::111122223333:role/inbound-guard'],
    ...editorMessages('A role ARN in quotes, e.g. "arn:aws:iam::111122223333:role/inbound-guard".', 'A role ARN: arn:aws:iam::<12-digit account>:role/<name>.'),
  });

function handshakeTypeMessage(issue: RawIssue): string {
  const input = issue.input;
  const all = `Handshake types are ${listAlternatives(HANDSHAKE_TYPES)}.`;
  if (!isString(input)) return `must be a handshake type, not ${input === null ? 'an empty value' : String(JSON.stringify(input))}. ${all}`;
  const wildcard = noWildcard(input, 'handshake types', 'list each type');
  if (wildcard !== undefined) return `${wildcard} ${all}`;
  return `\`${input}\` is not a handshake type.${didYouMean(input, HANDSHAKE_TYPES)} ${all}`;
}

export const handshakeType = () =>
  withMeta(z.enum(HANDSHAKE_TYPES, { error: handshakeTypeMessage }), {
    description: 'An AWS Organizations handshake type.',
    // One description per value, in the order of `enum`: editors show them in completion and hover.
    enumDescriptions: HANDSHAKE_TYPES.map((t) => HANDSHAKE_TYPE_DESCRIPTIONS[t]),
    markdownEnumDescriptions: HANDSHAKE_TYPES.map((t) => `\`${t}\`: ${HANDSHAKE_TYPE_DESCRIPTIONS[t]}`),
    errorMessage: `One of ${HANDSHAKE_TYPES.join(', ')} (upper case).`,
  });

/**
 * Each item equal to an earlier one, with the index of the first: one pass over the list, reading
 * each item once (`indexOf` per item would be quadratic in a list the policy author controls).
 */
export function repeats(values: readonly unknown[], keyOf: (value: unknown) => unknown = (value) => value): Array<{ index: number; first: number }> {
  const firstAt = new Map<unknown, number>();
  const found: Array<{ index: number; first: number }> = [];
  for (let index = 0; index < values.length; index++) {
    const value = keyOf(values[index]);
    const first = firstAt.get(value);
    if (first === undefined) firstAt.set(value, index);
    else found.push({ index, first });
  }
  return found;
}

/** A list item as the file wrote it (a number too: `0x1A`, not 26). */
const shown = (item: unknown): string => (typeof item === 'number' ? numberAsWritten(item) : String(item));

/**
 * A list whose items must be unique: one issue per repeated item, at the repeat. `keyOf`: what makes
 * two items the same, when it is not their value (`ec2:Subnet` and `ec2:subnet` are one resource type).
 */
export function uniqueList<T extends z.ZodMiniType>(item: T, expected: string, example: string, keyOf?: (value: unknown) => unknown) {
  const unique = z.superRefine<z.output<T>[]>(
    (values, ctx) => {
      for (const { index, first } of repeats(values, keyOf)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `${shown(values[index])} is listed twice (also at position ${first + 1}); list each once.` });
      }
    },
    // Also when some items are invalid: every problem is reported in one go.
    { when: (payload) => Array.isArray(payload.value) },
  );
  return withMeta(z.array(item, { error: errorFor(expected, example) }).check(unique), { uniqueItems: true, errorMessage: `Must be ${expected}, e.g. ${example}.` });
}

/** A uniqueList that may not be empty: `empty` words the error for [] (it says what [] would mean and what to write instead). */
export function nonEmptyUniqueList<T extends z.ZodMiniType>(item: T, expected: string, example: string, words: { readonly empty: string; readonly description: string; readonly keyOf?: (value: unknown) => unknown }) {
  return withMeta(uniqueList(item, expected, example, words.keyOf).check(z.minLength(1, { error: words.empty })), { description: words.description });
}

export const note = () =>
  withMeta(z.string({ error: errorFor('text', 'note: "why this entry exists"') }), {
    description: 'Why this entry is here; shown in reports and read by reviewers. Not used for matching.',
    errorMessage: 'Text, e.g. note: "factory provisioning account".',
  });

function versionMessage(issue: RawIssue): string {
  const supported = `Supported versions: ${SUPPORTED_VERSIONS.join(', ')}.`;
  const input = issue.input;
  if (input === undefined) return `is missing: add \`version: 1\` at the top of the file. ${supported}`;
  if (isString(input) && SUPPORTED_VERSIONS.some((v) => String(v) === input.trim())) return `must be the number ${input.trim()}, without quotes. ${supported}`;
  if (typeof input === 'number') return `${numberAsWritten(input)} is not a policy version this release of inbound-guard understands. ${supported} Write \`version: 1\` or upgrade the action.`;
  return `${typeMessage('a version number', input)} ${supported}`;
}

export const version = () =>
  withMeta(z.literal(SUPPORTED_VERSIONS, { error: versionMessage }), { description: 'The policy language version. Only `1` exists.', errorMessage: 'Write version: 1 (a number, without quotes).' });

function maxActionsMessage(issue: RawIssue): string {
  const input = issue.input;
  const range = `a whole number from 0 to ${MAX_ACTIONS_LIMIT} (0 means never act)`;
  if (typeof input === 'number') return `must be ${range}, not ${numberAsWritten(input)}.`;
  if (typeof input === 'string') return `must be ${range} written without quotes, not the text ${JSON.stringify(input)}.`;
  return typeMessage(range, input, 'max-actions: 10');
}

export const maxActions = () =>
  withMeta(z.int({ error: maxActionsMessage }).check(z.minimum(0, { error: maxActionsMessage }), z.maximum(MAX_ACTIONS_LIMIT, { error: maxActionsMessage })), {
    description: `The most rejections plus declines one run may perform; a run that would need more acts on none and fails. \`0\`: never act — an enforce run with anything to act on writes nothing and fails, a kill switch that still alerts. Up to ${MAX_ACTIONS_LIMIT}. The action's \`max-actions\` input overrides it; absent: the action's default.`,
    errorMessage: `A whole number from 0 to ${MAX_ACTIONS_LIMIT}, without quotes (0 means never act).`,
  });

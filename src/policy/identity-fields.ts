/**
 * How the policy names an account, an organization and a management account's email: account ids,
 * organization ids and email patterns, as zod schemas that carry their JSON Schema descriptions and
 * word their own errors, like fields.ts.
 */
import { editorMessages, isString, patternText, withMeta } from './fields.js';
import { noWildcard, numberAsWritten, type RawIssue, typeMessage } from './messages.js';

export const ACCOUNT_ID_PATTERN = /^\d{12}$/;
export const ORGANIZATION_ID_PATTERN = /^o-[a-z0-9]{10,32}$/;
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

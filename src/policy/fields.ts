/**
 * The leaf values of the policy language as zod schemas: each carries its JSON Schema
 * description and words its own errors (see messages.ts). Account ids, organization ids and email
 * patterns are in identity-fields.ts, region names in region-fields.ts, both built from the helpers
 * here.
 */
import * as z from 'zod/mini';
import { HANDSHAKE_TYPES, type HandshakeType } from '../model/items.js';
import { MAX_ACTIONS_LIMIT, SUPPORTED_VERSIONS } from './defaults.js';
import { errorFor, noWildcard, numberAsWritten, type RawIssue, typeMessage } from './messages.js';
import { didYouMean, listAlternatives } from './suggest.js';

/** An IAM role name, optionally under a path (`team/inbound-guard`): the IAM name and path characters. */
export const ROLE_NAME_PATTERN = /^(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
/** An IAM role ARN in any partition: `arn:aws:iam::111122223333:role/inbound-guard` (a path may precede the name). */
export const ROLE_ARN_PATTERN = /^arn:aws[a-z-]*:iam::(\d{12}):role\/(?:[\w+=,.@-]{1,512}\/)*[\w+=,.@-]{1,64}$/;
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

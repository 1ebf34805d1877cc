/**
 * Our wording for what zod finds. zod's own messages never reach the user: every schema part
 * carries an error function built here, and parse-policy passes `fallbackMessage` for the rest.
 */
import { Inputs } from '../constants.js';
import { closest, foldSpelling, listAlternatives } from './suggest.js';

/** The subset of a zod raw issue the messages read. */
export interface RawIssue {
  readonly code?: string | undefined;
  readonly input?: unknown;
  readonly keys?: readonly string[] | undefined;
}

/**
 * How the policy text wrote each number whose value JavaScript prints otherwise: `0x1A` is 26, and
 * 12345678901234567890 prints rounded, as 12345678901234567000. zod hands an error function the
 * value only, and a number keeps no trace of how it was written, so parsePolicy sets this for the
 * length of its parse (withNumbersAsWritten). Empty otherwise: numbers are shown as JS prints them.
 */
let writtenNumbers: ReadonlyMap<number, string> = new Map();

/** Runs `run` (a parse, and the reading of its issues) with the numbers as the policy wrote them. */
export function withNumbersAsWritten<T>(numbers: ReadonlyMap<number, string>, run: () => T): T {
  const outer = writtenNumbers;
  writtenNumbers = numbers;
  try {
    return run();
  } finally {
    writtenNumbers = outer;
  }
}

/** A number as the policy text wrote it (`0x1A`), or as JavaScript prints it when that is not known. */
export function numberAsWritten(value: number): string {
  return writtenNumbers.get(value) ?? String(value);
}

/** How a YAML value reads back to a person: `the number 5`, `a list`, `the text "abc"`. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof input === 'number') return `the number ${numberAsWritten(input)}`;
  if (typeof input === 'boolean') return `the boolean ${String(input)}`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  return `a ${typeof input}`;
}

/**
 * The message for a value of the wrong type. `expected` reads after "must be": "a list of
 * region names". Missing and empty values get their own wording because the fix differs.
 */
export function typeMessage(expected: string, input: unknown, example?: string): string {
  const hint = example === undefined ? '' : ` (e.g. \`${example}\`)`;
  if (input === undefined) return `is required: add it${hint}.`;
  if (input === null) return `has no value: write ${expected} after the colon${hint}, or remove the key if it is optional.`;
  return `must be ${expected}${hint}, not ${describeValue(input)}.`;
}

/**
 * The message for a value with `*` under a key that takes no wildcard, or undefined for any other
 * value: only `management-email` matches with `*` (docs/policy.md), and "must be exactly 12
 * digits" alone does not tell someone who wrote `"*"` that patterns are the problem. `what` names
 * the values in the plural ("account ids"); `instead` says what to write.
 */
export function noWildcard(input: unknown, what: string, instead: string): string | undefined {
  if (typeof input !== 'string' || !input.includes('*')) return undefined;
  // Cut by characters (code points), not UTF-16 units: half an emoji is no character.
  const chars = Array.from(input);
  const shown = chars.length > 40 ? `${JSON.stringify(`${chars.slice(0, 39).join('')}…`)} (${chars.length} characters)` : JSON.stringify(input);
  return `${shown}: ${what} take no wildcard (only \`management-email\` matches with \`*\`): ${instead}.`;
}

/** An error function for zod: one wording for every issue a schema part can raise. */
export function errorFor(expected: string, example?: string): (issue: RawIssue) => string {
  return (issue) => typeMessage(expected, issue.input, example);
}

/** Words people use for a key under another name. Only suggested where the key exists. */
const SYNONYMS: Record<string, string> = {
  expires: 'until',
  expiry: 'until',
  expiration: 'until',
  'valid-until': 'until',
  comment: 'note',
  description: 'note',
  reason: 'reject-reason',
  account: 'source-account',
  'account-id': 'source-account',
  // The summary calls a security-service invitation's sender its "administrator account".
  'administrator-account': 'source-account',
  'admin-account': 'source-account',
  'sender-account': 'source-account',
  org: 'organization',
  'organization-id': 'organization',
  email: 'management-email',
  types: 'handshake-types',
  region: 'regions',
};

/**
 * Words whose meaning depends on the value written under them, and what tells the keys apart:
 * `role: guard` names a role (`role-name`); `role: arn:aws:iam::…` or a list of ARNs is `roles`.
 */
const SYNONYMS_BY_VALUE: Record<string, { readonly meant: (value: unknown) => string | undefined; readonly why: string }> = {
  role: {
    meant: (value) => {
      if (typeof value === 'string') return value.startsWith('arn:') ? 'roles' : 'role-name';
      return Array.isArray(value) ? 'roles' : undefined;
    },
    why: '`role-name` takes the name of the role to assume in each account (`role-name: inbound-guard`); `roles` takes a list of role ARNs.',
  },
};

/** The key a word most likely stands for, given the value written under it, and why when the value decided. */
function synonymOf(folded: string, value: unknown): { readonly key: string; readonly why?: string } | undefined {
  if (Object.hasOwn(SYNONYMS_BY_VALUE, folded)) {
    const byValue = SYNONYMS_BY_VALUE[folded];
    const meant = byValue?.meant(value);
    if (byValue !== undefined && meant !== undefined) return { key: meant, why: byValue.why };
  }
  return Object.hasOwn(SYNONYMS, folded) ? { key: SYNONYMS[folded] ?? folded } : undefined;
}

/**
 * Policy keys the workflow can also set, as the action input of the same name (which overrides the
 * policy): where such a key is misplaced, the hint names the input as the other place for it.
 */
const ALSO_INPUTS: readonly string[] = [Inputs.Regions, Inputs.MaxActions, Inputs.RoleName];

const inputNote = (key: string): string =>
  ALSO_INPUTS.includes(key) ? ` Or, in the workflow, set the action's \`${key}\` input (it overrides the policy).` : '';

/** "at the top level", "under `limits`", "in an `iot.allow` entry". */
export function describePlace(place: readonly string[]): string {
  if (place.length === 0) return 'at the top level';
  if (place[place.length - 1] === '[]') {
    const list = place.slice(0, -1).join('.');
    return `in ${/^[aeiou]/.test(list) ? 'an' : 'a'} \`${list}\` entry`;
  }
  return `under \`${place.join('.')}\``;
}

/**
 * For a key the schema does not know. `elsewhere` says where the key (or the key it most likely
 * means) is allowed instead, when it is not allowed here: "`until` belongs in an `iot.allow` entry".
 */
export function unknownKeyMessage(key: string, known: readonly string[], elsewhere?: KeyElsewhere, value?: unknown): string {
  return unknownKey(key, known, elsewhere, value).message;
}

/** Where a key not allowed here (or the key it most likely means) is allowed instead. */
export interface KeyElsewhere {
  readonly key: string;
  readonly places: readonly (readonly string[])[];
}

/**
 * unknownKeyMessage's message, and `meant`: the key allowed here that the message offers as its
 * first guess ("Did you mean `source-account`?"), undefined when it offers none or guesses first
 * that the key belongs elsewhere. A required key a misspelling stands for is then not missing too.
 */
export function unknownKey(key: string, known: readonly string[], elsewhere?: KeyElsewhere, value?: unknown): { readonly message: string; readonly meant?: string } {
  const allowed = known.length === 0 ? 'nothing' : listAlternatives(known);
  // `? `, `: x`, `null:` and `~:` are all a key with no name once read.
  if (key === '') return { message: `a key with no name (nothing before the colon, or \`null\` or \`~\`, which YAML reads as no name): write the key. Allowed here: ${allowed}.` };
  const folded = foldSpelling(key);
  const synonym = synonymOf(folded, value);
  const synonymHere = synonym !== undefined && known.includes(synonym.key);
  const guess = synonymHere ? synonym.key : closest(key, known);
  const suggestion = guess === undefined ? '' : ` Did you mean \`${guess}\`?`;
  const meant = guess === undefined ? {} : { meant: guess };
  // Why the value decided between two keys (`role: guard` is `role-name`, not `roles`), wherever that guess is offered.
  const why = (offered: boolean): string => (offered && synonym?.why !== undefined ? ` ${synonym.why}` : '');
  if (elsewhere === undefined || elsewhere.places.length === 0) return { message: `unknown key \`${key}\`.${suggestion}${why(synonymHere)} Allowed here: ${allowed}.`, ...meant };
  const places = elsewhere.places.map(describePlace);
  const where = places.length <= 2 ? places.join(' or ') : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1] ?? ''}`;
  const input = inputNote(elsewhere.key);
  // A key allowed elsewhere only through a synonym (`account` → `source-account`) is a weaker guess
  // than a near spelling of a key allowed here (`accounts` under `targets`): the near spelling first.
  if (suggestion !== '' && elsewhere.key !== folded) {
    return { message: `unknown key \`${key}\`.${suggestion} Allowed here: ${allowed}. If you meant \`${elsewhere.key}\`: it belongs ${where}.${why(elsewhere.key === synonym?.key)}${input}`, ...meant };
  }
  const there = elsewhere.key === key ? '' : ` Did you mean \`${elsewhere.key}\`?`;
  const here = suggestion === '' ? '' : ` Or, here:${suggestion.replace(' Did you mean', ' did you mean')}`;
  return { message: `unknown key \`${key}\` here.${there} \`${elsewhere.key}\` belongs ${where}: move it there.${why(elsewhere.key === synonym?.key)}${input}${here} Allowed here: ${allowed}.` };
}

/**
 * Keys that exist in another section but cannot mean there what they would mean here: "move it
 * there" would change what the policy does, so the message says what to write here instead. By
 * place (`ram.allow[]`: an entry of that list) and the key the word most likely stands for.
 */
const NOT_HERE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'iot.allow[]': {
    organization: 'AWS IoT names only the account that sent a certificate transfer, not that account\'s organization, so an `iot.allow` entry allows one sending account: write an entry with `source-account` (e.g. `source-account: "111122223333"`) for each account that may transfer certificates to this one.',
    ...sendingAccountOnly('iot.allow', 'AWS IoT names only the account that sent a certificate transfer'),
  },
  'ram.allow[]': {
    organization: 'RAM names only the account that sent an invitation (its `senderAccountId`), not that account\'s organization, so a `ram.allow` entry allows one sending account: write an entry with `source-account` (e.g. `source-account: "111122223333"`) for each account that may share with this one.',
    ...sendingAccountOnly('ram.allow', 'RAM names only the account that sent an invitation (its `senderAccountId`)'),
  },
  'security-services.allow[]': {
    organization: 'GuardDuty, Macie, Security Hub and Detective name only the inviting account, not its organization, so a `security-services.allow` entry allows one administrator account: write `source-account` with its id (e.g. `source-account: "111122223333"`).',
    ...sendingAccountOnly('security-services.allow', 'GuardDuty, Macie, Security Hub and Detective name only the inviting account'),
  },
  organizations: {
    regions: 'AWS Organizations is a global service: an account\'s handshakes are listed once, in no region, so there is no region to choose here: remove the key. (Regions are chosen for the regional kinds only: `iot.regions`, `ram.regions`, `security-services.regions`, or the action\'s `regions` input.)',
  },
  'organizations.allow[]': {
    // `source-account` (or `account`) here most likely means the sender of the handshake: moving it to another section's entry would allow something else.
    'source-account': 'A handshake is sent by an organization\'s management account, and an `organizations.allow` entry names it by `management-account`: write `management-account` with its id instead (e.g. `management-account: "111122223333"`), or `organization` with the organization\'s id.',
    regions: 'AWS Organizations is a global service: an account\'s handshakes are listed once, in no region, so an entry has no region to narrow to: remove the key.',
  },
};

/**
 * `management-account` and `management-email` in an entry of a kind whose requests name only the
 * sending account (`sender`: who says so). A function declaration, so the table above can use it.
 */
function sendingAccountOnly(list: string, sender: string): Readonly<Record<string, string>> {
  const note = `${sender}, not an organization's management account or its email: ${describePlace([list, '[]'])} the sending account is named by \`source-account\`. Write \`source-account\` with its id instead (e.g. \`source-account: "111122223333"\`).`;
  return { 'management-account': note, 'management-email': note };
}

/**
 * For an unknown key that names something this place cannot express (an `organization` in a
 * `ram.allow` entry, `regions` under the global `organizations`): what to do instead, or undefined.
 * `path` is where the key was written (`['ram', 'allow', 0]`).
 */
export function notHereMessage(key: string, path: readonly PropertyKey[], known: readonly string[], value?: unknown): string | undefined {
  const place = path.map((part) => (typeof part === 'number' ? '[]' : String(part))).join('.').replaceAll('.[]', '[]');
  const notes = NOT_HERE[place];
  if (notes === undefined) return undefined;
  const meant = keyCandidates(key, value).find((candidate) => Object.hasOwn(notes, candidate));
  if (meant === undefined) return undefined;
  return `unknown key \`${key}\` here. ${notes[meant] ?? ''} Allowed here: ${known.length === 0 ? 'nothing' : listAlternatives(known)}.`;
}

/**
 * The spellings of a key worth looking for elsewhere: as written, folded (`max_actions` →
 * `max-actions`), and its synonym (for some words, the one its value points to: `role: guard` → `role-name`).
 */
export function keyCandidates(key: string, value?: unknown): string[] {
  const folded = foldSpelling(key);
  const synonym = synonymOf(folded, value);
  return [...new Set([key, folded, ...(synonym === undefined ? [] : [synonym.key])])];
}

/** The last resort for an issue no schema part words itself. Still ours, still actionable. */
export function fallbackMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage('a different kind of value', issue.input);
    case 'unrecognized_keys':
      return `unknown key${(issue.keys ?? []).length === 1 ? '' : 's'} ${listAlternatives(issue.keys ?? [], 'and')}: remove or rename.`;
    default:
      return `${describeValue(issue.input)} is not allowed here: see docs/policy.md for what this key accepts.`;
  }
}

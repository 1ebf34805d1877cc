/**
 * Our wording for what zod finds. zod's own messages never reach the user: every schema part
 * carries an error function built here, and parse-policy passes `fallbackMessage` for the rest.
 */
import { didYouMean, foldSpelling, listAlternatives } from './suggest.js';

/** The subset of a zod raw issue the messages read. */
export interface RawIssue {
  readonly code?: string | undefined;
  readonly input?: unknown;
  readonly keys?: readonly string[] | undefined;
}

/** How a YAML value reads back to a person: `the number 5`, `a list`, `the text "abc"`. */
export function describeValue(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 40)}…` : input;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof input === 'number') return `the number ${String(input)}`;
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
  org: 'organization',
  'organization-id': 'organization',
  email: 'management-email',
  types: 'handshake-types',
};

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
export function unknownKeyMessage(key: string, known: readonly string[], elsewhere?: { readonly key: string; readonly places: readonly (readonly string[])[] }): string {
  const allowed = known.length === 0 ? 'nothing' : listAlternatives(known);
  // `? `, `: x`, `null:` and `~:` are all a key with no name once read.
  if (key === '') return `a key with no name (nothing before the colon, or \`null\` or \`~\`, which YAML reads as no name): write the key. Allowed here: ${allowed}.`;
  const folded = foldSpelling(key);
  const synonym = SYNONYMS[folded];
  const suggestion = synonym !== undefined && known.includes(synonym) ? ` Did you mean \`${synonym}\`?` : didYouMean(key, known);
  if (elsewhere === undefined || elsewhere.places.length === 0) return `unknown key \`${key}\`.${suggestion} Allowed here: ${allowed}.`;
  const places = elsewhere.places.map(describePlace);
  const where = places.length <= 2 ? places.join(' or ') : `${places.slice(0, -1).join(', ')} or ${places[places.length - 1] ?? ''}`;
  // A key allowed elsewhere only through a synonym (`account` → `source-account`) is a weaker guess
  // than a near spelling of a key allowed here (`accounts` under `targets`): the near spelling first.
  if (suggestion !== '' && elsewhere.key !== folded) {
    return `unknown key \`${key}\`.${suggestion} Allowed here: ${allowed}. If you meant \`${elsewhere.key}\`: it belongs ${where}.`;
  }
  const meant = elsewhere.key === key ? '' : ` Did you mean \`${elsewhere.key}\`?`;
  const here = suggestion === '' ? '' : ` Or, here:${suggestion.replace(' Did you mean', ' did you mean')}`;
  return `unknown key \`${key}\` here.${meant} \`${elsewhere.key}\` belongs ${where}: move it there.${here} Allowed here: ${allowed}.`;
}

/** The spellings of a key worth looking for elsewhere: as written, folded (`max_actions` → `max-actions`), and its synonym. */
export function keyCandidates(key: string): string[] {
  const folded = foldSpelling(key);
  const synonym = SYNONYMS[folded];
  return [...new Set([key, folded, ...(synonym === undefined ? [] : [synonym])])];
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

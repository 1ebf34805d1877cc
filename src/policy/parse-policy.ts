/**
 * Policy text to a validated, normalised Policy, or every problem found (up to MAX_ISSUES),
 * each located at a line and column. Pure: no I/O, no clock. Never throws on any input.
 */
import type * as z from 'zod/mini';
import { MAX_ISSUES, SUPPORTED_VERSIONS } from './defaults.js';
import { formatKey, locate, type ValuePath } from './locate.js';
import { fallbackMessage, keyCandidates, notHereMessage, unknownKey, withNumbersAsWritten } from './messages.js';
import { normalise } from './normalise.js';
import { type IssueDraft, readYaml } from './read-yaml.js';
import { columnInOriginal, type TablessReading } from './tab-reading.js';
import { sha256Hex } from '../builtins.js';
import { PolicySchema } from './schema.js';
import { type KeyPlace, keyPlaces, keysAt } from './schema-keys.js';
import { semanticIssues } from './semantic-checks.js';
import type { Policy, PolicyIssue, PolicyResult } from './types.js';

/**
 * Sorted by position, duplicates dropped, capped with a last issue saying how many were left out;
 * errorCount is every problem found, shown or not (that last line is not one).
 */
function finish(file: string, drafts: readonly IssueDraft[]): { readonly ok: false; readonly issues: PolicyIssue[]; readonly errorCount: number } {
  const seen = new Set<string>();
  const unique = drafts.filter((d) => {
    const id = `${d.line}:${d.column}:${d.key}:${d.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const sorted = [...unique].sort((a, b) => a.line - b.line || a.column - b.column);
  const shown = sorted.length > MAX_ISSUES ? sorted.slice(0, MAX_ISSUES - 1) : sorted;
  const issues: PolicyIssue[] = shown.map((d) => ({ file, ...d }));
  const next = sorted[MAX_ISSUES - 1];
  if (sorted.length > MAX_ISSUES && next !== undefined) {
    const more = sorted.length - shown.length;
    issues.push({ file, line: next.line, column: next.column, key: '', message: `${more.toLocaleString('en-US')} more problems from here on are not shown; fix the ones above and validate again.` });
  }
  return { ok: false, issues, errorCount: sorted.length };
}

type ZodIssue = z.core.$ZodIssue;

/**
 * A value that fits one alternative of a union in shape (`iot.regions` as a list rather than `all`)
 * but has problems inside gets those problems, each at its own place, rather than one vague
 * "must be all or a list" at the key. zod reports such a union as one issue when any item is of
 * the wrong type; the alternative whose every issue lies inside the value is the one that fits.
 */
function surfaceUnionBranch(issue: ZodIssue): ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const fitting = issue.errors.filter((branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0));
  if (fitting.length !== 1) return [issue];
  return (fitting[0] ?? []).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/**
 * Where a key unknown at `path` is allowed instead, when it is (as written, or in the spelling it
 * most likely means) and not here: the places nearest `path` (sharing its longest prefix) only, so
 * `until` under `iot` points to `iot.allow` entries, not to `organizations.allow` ones too.
 */
function placeElsewhere(key: string, path: readonly PropertyKey[], known: readonly string[], value: unknown): { key: string; places: KeyPlace[] } | undefined {
  const here = path.map((p) => (typeof p === 'number' ? '[]' : String(p)));
  for (const candidate of keyCandidates(key, value)) {
    if (known.includes(candidate)) return undefined;
    const places = keyPlaces(PolicySchema, candidate);
    if (places.length === 0) continue;
    const shared = (place: KeyPlace): number => {
      let n = 0;
      while (n < place.length && n < here.length && place[n] === here[n]) n++;
      return n;
    };
    const best = Math.max(...places.map(shared));
    return { key: candidate, places: places.filter((p) => shared(p) === best) };
  }
  return undefined;
}

/** The value at `path` in the file as read, or undefined (own keys only: `constructor` is a key like any other). */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** Whether the file as read has the key at `path` (its last part), whatever its value. */
function hasKeyAt(root: unknown, path: readonly PropertyKey[]): boolean {
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  return last !== undefined && typeof parent === 'object' && parent !== null && Object.hasOwn(parent, last);
}

const isUnsupportedVersion = (version: unknown): boolean =>
  typeof version === 'number' && !(SUPPORTED_VERSIONS as readonly number[]).includes(version);

export function parsePolicy(text: string | Uint8Array, path: string): PolicyResult {
  const checked = check(text, path);
  return 'drafts' in checked ? finish(path, checked.drafts) : { ok: true, policy: checked.policy };
}

/**
 * The tab errors, and, when the file reads one way with those tabs as spaces (TablessReading),
 * every other problem of that reading, at its place in the file as written: a tab does not hide
 * the rest. When the reading depends on the tab width, the first tab error says which was used.
 */
function withTabs(tabs: readonly IssueDraft[], reading: TablessReading | undefined, path: string): IssueDraft[] {
  if (reading === undefined) return [...tabs];
  // The copy's tabs are spaces, up to 8 each: it may be larger than the file, which was within the
  // size limit; held to the limit, a file of 250 KiB with tabs was "too large" and nothing else.
  const rest = check(reading.text, path, Number.POSITIVE_INFINITY);
  if (!('drafts' in rest) || rest.drafts.length === 0) return [...tabs];
  const others = rest.drafts.map((d) => ({ ...d, column: columnInOriginal(reading, d.line, d.column) }));
  const [first, ...more] = tabs;
  return [...(first === undefined ? [] : [{ ...first, message: first.message + (reading.note ?? '') }]), ...more, ...others];
}

/** Every problem found, or the policy. */
function check(text: string | Uint8Array, path: string, maxBytes?: number): { readonly drafts: IssueDraft[] } | { readonly policy: Policy } {
  const read = readYaml(text, maxBytes);
  if (!read.ok) return { drafts: withTabs(read.issues, read.withoutTabs, path) };
  const { doc, lineCounter, value, numbers } = read;
  const at = (p: ValuePath, target: 'value' | 'key' = 'value') => locate(doc, lineCounter, p, target);

  // zod parses without compiling a parser per object schema: schema.ts sets `jitless` for all. It
  // words its issues when they are first read: read them here too, while the messages can show a
  // number as the file wrote it (`0x1A`, not 26).
  const { parsed, zodIssues } = withNumbersAsWritten(numbers, () => {
    const result = PolicySchema.safeParse(value, { error: fallbackMessage });
    return { parsed: result, zodIssues: result.success ? [] : result.error.issues.flatMap(surfaceUnionBranch) };
  });
  // Unknown keys first: where one shares a position with another issue, the did-you-mean is the
  // useful one, and the stable sort in finish keeps it first. A misspelt required key is not also
  // "required" when its did-you-mean names it (`offered`).
  const unknownKeys: IssueDraft[] = [];
  const others: IssueDraft[] = [];
  // The keys a misspelt key's message already offers ("Did you mean `source-account`?"), by where they would be.
  const offered = new Set<string>();
  for (const issue of zodIssues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = keysAt(PolicySchema, issue.path);
    for (const key of issue.keys) {
      const keyPath = [...issue.path, key];
      // What the key holds can tell which key it stands for (`role: guard` is `role-name`).
      const held = valueAt(value, keyPath);
      const notHere = notHereMessage(key, issue.path, known, held);
      const unknown = notHere === undefined ? unknownKey(key, known, placeElsewhere(key, issue.path, known, held), held) : { message: notHere };
      if (unknown.meant !== undefined) offered.add(formatKey([...issue.path, unknown.meant]));
      unknownKeys.push({ ...at(keyPath, 'key'), key: formatKey(keyPath), message: unknown.message });
    }
  }
  for (const issue of zodIssues) {
    if (issue.code === 'unrecognized_keys') continue;
    // A required key the misspelling stands for is not said to be missing as well: the did-you-mean says what to write.
    if (offered.has(formatKey(issue.path)) && !hasKeyAt(value, issue.path)) continue;
    others.push({ ...at(issue.path), key: formatKey(issue.path), message: issue.message });
  }
  const drafts: IssueDraft[] = [...read.issues, ...unknownKeys, ...others];

  // A file written for another version would mostly produce noise: say only what matters.
  if (isUnsupportedVersion(value.version)) {
    return { drafts: drafts.filter((d) => d.key === 'version') };
  }

  for (const issue of semanticIssues(value, path, (p) => at(p).line)) {
    drafts.push({ ...at(issue.path), key: formatKey(issue.path), message: issue.message });
  }

  if (drafts.length > 0 || !parsed.success) return { drafts };
  return { policy: normalise(parsed.data, path, () => policyDigest(text), (p) => at(p)) };
}

/** sha256 of the policy file's bytes (UTF-8 for text), hex. */
export function policyDigest(text: string | Uint8Array): string {
  return sha256Hex(text);
}

/**
 * The shape of a row of the whole-policy diff (policy-diff.ts) and the small helpers rows share.
 * Pure.
 */
import type { Policy } from '../policy/types.js';
import type { Effect, PolicyChange, Words } from './types.js';

/** One side of a comparison: the value in force, and whether the file left the key out for it. */
export interface Side<T> {
  readonly value: T;
  /** The file does not set the key: `value` is the default. */
  readonly absent: boolean;
}

/**
 * A policy field: how to read it from a policy (undefined = the key is absent), what absent
 * means, and how two values compare.
 */
export interface FieldRow<T> {
  /** The key as written in the policy file. */
  readonly key: string;
  readonly read: (policy: Policy) => T | undefined;
  /** The line the key is on, when the policy records it: changes point there (the base's line for a key the PR removes). */
  readonly line?: (policy: Policy) => number | undefined;
  /**
   * What an absent key means. `{ value }`: a default compared like any written value. `{ means }`:
   * what it means in words (`accounts`: any account; `targets`: only the account of the workflow's
   * credentials); then `toAbsent` / `fromAbsent` say how dropping or adding the key bears on
   * protection.
   */
  readonly absent:
    | { readonly value: T }
    | {
        readonly means: string;
        readonly toAbsent: (base: T) => Effect;
        /**
         * Setting the key: its effect, and any words to add (`caller`: the credentials' account, when
         * the run knows it; `base`: the base policy, whose other fields may say what the key now
         * takes away, as the `accounts` pin leaves out accounts the base's `targets` reach), and the
         * accounts it newly guards by id (PolicyChange.guards).
         */
        readonly fromAbsent: (head: T, caller: string | undefined, base: Policy) => { readonly effect: Effect; readonly more?: Words; readonly guards?: readonly string[] };
      };
  /** How the value reads in a sentence. */
  readonly show: (value: T) => Words;
  /** The changes from `base` to `head` (both present, or absent with a default value); [] when equal. */
  readonly compare: (base: Side<T>, head: Side<T>) => readonly PolicyChange[];
}

/** A row with its value type hidden, so rows of different types sit in one table. */
export interface PolicyRow {
  readonly key: string;
  /**
   * `now`: the run's clock, for what depends on it (an allow entry's `until` that has already
   * passed). `caller`: the account of the workflow's credentials, when the run read it.
   */
  readonly diff: (base: Policy, head: Policy, now: Date, caller?: string) => readonly PolicyChange[];
}

/** Turns a typed FieldRow into a table row; the absent-key cases are handled here, once for all fields. */
export function fieldRow<T>(row: FieldRow<T>): PolicyRow {
  return {
    key: row.key,
    diff: (base, head, _now, caller) => {
      const b = row.read(base);
      const h = row.read(head);
      if (b === undefined && h === undefined) return [];
      const headLine = row.line?.(head);
      const baseLine = row.line?.(base);
      const at = headLine !== undefined ? { policy: 'head' as const, line: headLine } : baseLine !== undefined ? { policy: 'base' as const, line: baseLine } : undefined;
      const located = (changes: readonly PolicyChange[]): PolicyChange[] => changes.map((c) => (c.at !== undefined || at === undefined ? c : { ...c, at }));
      const { absent } = row;
      if ('value' in absent) {
        return located(row.compare({ value: b ?? absent.value, absent: b === undefined }, { value: h ?? absent.value, absent: h === undefined }));
      }
      if (b === undefined && h !== undefined) {
        const { effect, more = [], guards } = absent.fromAbsent(h, caller, base);
        return located([{ key: row.key, effect, words: [v(row.key), ' set to ', ...row.show(h), `; it was absent, which means ${absent.means}.`, ...more], ...(guards === undefined || guards.length === 0 ? {} : { guards }) }]);
      }
      if (b !== undefined && h === undefined) {
        return located([{ key: row.key, effect: absent.toAbsent(b), words: [v(row.key), ' removed (it was ', ...row.show(b), `): now ${absent.means}.`] }]);
      }
      return located(row.compare({ value: b as T, absent: false }, { value: h as T, absent: false }));
    },
  };
}

/** A policy value inside Words. */
export function v(value: string): { readonly value: string } {
  return { value };
}

/** `a`, `b` and `c` as Words, each a value; `none` for an empty list. */
export function valueList(values: readonly string[], none = 'none'): Words {
  if (values.length === 0) return [none];
  const out: (string | { value: string })[] = [];
  values.forEach((value, i) => {
    if (i > 0) out.push(i === values.length - 1 ? ' and ' : ', ');
    out.push(v(value));
  });
  return out;
}

/** What `head` has that `base` has not, and the reverse, in each list's order. */
export function addedRemoved<T>(base: readonly T[], head: readonly T[]): { added: T[]; removed: T[] } {
  return { added: head.filter((x) => !base.includes(x)), removed: base.filter((x) => !head.includes(x)) };
}

/** Words as one plain line (values in backticks), for the log and annotations; the caller makes it inert. */
export function plainWords(words: Words): string {
  return words.map((w) => (typeof w === 'string' ? w : `\`${w.value}\``)).join('');
}

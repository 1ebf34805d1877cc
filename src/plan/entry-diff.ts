/**
 * Allow entries in the whole-policy diff: entries added and removed, and entries edited in place —
 * widened (a broader email pattern, a selector or a `handshake-types` narrowing dropped, an `until`
 * moved later or removed) or narrowed. Each kind describes its allow list as an EntryKind (its
 * fields, what an entry allows); the generic field comparisons (`selector`, `until`) are here. Pure.
 */
import { isInForce } from '../decide/in-force.js';
import type { AllowListName } from '../decide/types.js';
import type { AllowEntryBase, Policy } from '../policy/types.js';
import { type PolicyRow, v } from './policy-row.js';
import type { Effect, PolicyChange, Words } from './types.js';

/** One field of an allow entry: how an edit of it bears on protection as of `now`, in words. */
export interface EntryField<E> {
  readonly key: string;
  readonly compare: (base: E, head: E, now: Date) => readonly { readonly effect: Effect; readonly words: Words }[];
}

/** An allow list, described for the diff. */
export interface EntryKind<E extends AllowEntryBase> {
  readonly list: AllowListName;
  readonly entries: (policy: Policy) => readonly E[];
  /** What the entry lets in: `certificate transfers from account 111122223333`. */
  readonly allows: (entry: E) => Words;
  /** What happens to what no entry lets in: `rejected`, `declined`. */
  readonly otherwise: string;
  /** Values that make two entries one entry, edited: a shared source account, organization, email. */
  readonly identities: (entry: E) => readonly string[];
  /** Two entries at the same index, sharing no identity, may still be one entry edited in place (e.g. an email pattern rewritten). */
  readonly sameShape: (a: E, b: E) => boolean;
  readonly fields: readonly EntryField<E>[];
}

export type Change = { readonly effect: Effect; readonly words: Words };

/** An optional value of an entry that narrows what it matches (a selector): dropping it widens the entry. */
export function selector<E>(key: string, name: string, read: (e: E) => string | undefined, what: string): EntryField<E> {
  return {
    key,
    compare: (base, head): Change[] => {
      const b = read(base);
      const h = read(head);
      if (b === h) return [];
      if (b === undefined) return [{ effect: 'strengthens', words: [`now also requires ${name} `, v(h ?? '')] }];
      if (h === undefined) return [{ effect: 'weakens', words: [`no longer requires ${name} `, v(b), `: it matches ${what}`] }];
      return [{ effect: 'weakens', words: [`${name} changed from `, v(b), ' to ', v(h), ': it lets in another sender'] }];
    },
  };
}

/**
 * An entry's `until`. What counts is whether the entry is in force at `now` on each side: moving a
 * date that has passed to another that has passed changes nothing, and an entry that had lapsed
 * and is in force again lets its senders in again, however the dates compare.
 */
export const until = <E extends AllowEntryBase>(): EntryField<E> => ({
  key: 'until',
  compare: (base, head, now): Change[] => {
    const b = base.until;
    const h = head.until;
    if (b === h) return [];
    const before = isInForce(base, now);
    const after = isInForce(head, now);
    if (!before && !after) return [{ effect: 'neutral', words: ['its expiry changes from ', v(b ?? ''), ' to ', v(h ?? ''), ', both passed: it stays lapsed and allows nothing'] }];
    if (!before) {
      const from: Words = ['it had lapsed (until ', v(b ?? ''), ') and '];
      return [{ effect: 'weakens', words: h === undefined ? [...from, 'its expiry is removed: it is in force again, for good'] : [...from, 'is in force again until ', v(h)] }];
    }
    if (!after) return [{ effect: 'strengthens', words: ['its expiry moves to ', v(h ?? ''), ', which has passed: it no longer allows anything', ...(b === undefined ? [] : [' (it was until ', v(b), ')'])] }];
    if (b === undefined) return [{ effect: 'strengthens', words: ['now lapses at the end of ', v(h ?? '')] }];
    if (h === undefined) return [{ effect: 'weakens', words: ['its expiry is removed: it no longer lapses (it was until ', v(b), ')'] }];
    // YYYY-MM-DD compares as text in date order.
    return h > b
      ? [{ effect: 'weakens', words: ['its expiry moves later, from ', v(b), ' to ', v(h)] }]
      : [{ effect: 'strengthens', words: ['its expiry moves earlier, from ', v(b), ' to ', v(h)] }];
  },
});

function fieldChanges<E extends AllowEntryBase>(kind: EntryKind<E>, base: E, head: E, now: Date): Change[] {
  return kind.fields.flatMap((f) => f.compare(base, head, now));
}

/**
 * Pairs the entries of two allow lists: identical ones first (by content: moving an entry or editing
 * its note is not a change), then entries sharing an identity, then same-shaped entries at the same
 * index. What is left is added or removed.
 */
export function pairEntries<E extends AllowEntryBase>(kind: EntryKind<E>, base: readonly E[], head: readonly E[], now: Date): { pairs: [E, E][]; added: E[]; removed: E[] } {
  const freeBase = new Set(base.map((_, i) => i));
  const pairs: [E, E][] = [];
  const unpaired: E[] = [];
  const take = (h: E, fits: (b: E) => boolean): boolean => {
    for (const i of freeBase) {
      const b = base[i];
      if (b !== undefined && fits(b)) {
        freeBase.delete(i);
        pairs.push([b, h]);
        return true;
      }
    }
    return false;
  };
  for (const h of head) if (!take(h, (b) => fieldChanges(kind, b, h, now).length === 0)) unpaired.push(h);
  const stillUnpaired = unpaired.filter((h) => !take(h, (b) => kind.identities(b).some((id) => kind.identities(h).includes(id))));
  const added = stillUnpaired.filter((h) => !take(h, (b) => b.index === h.index && kind.sameShape(b, h)));
  const removed = [...freeBase].sort((a, b) => a - b).flatMap((i) => (base[i] === undefined ? [] : [base[i]]));
  return { pairs, added, removed };
}

/** The allow list as a row of the policy diff. */
export function entriesRow<E extends AllowEntryBase>(kind: EntryKind<E>): PolicyRow {
  return {
    key: kind.list,
    diff: (basePolicy, headPolicy, now) => {
      const { pairs, added, removed } = pairEntries(kind, kind.entries(basePolicy), kind.entries(headPolicy), now);
      const out: PolicyChange[] = [];
      for (const [b, h] of pairs) {
        // An entry lapsed in the PR allows nothing: no edit of it can weaken protection.
        const lapsed = !isInForce(h, now);
        for (const change of fieldChanges(kind, b, h, now)) {
          const effect = lapsed && change.effect === 'weakens' ? 'neutral' : change.effect;
          out.push({ key: `${kind.list}[${h.index}]`, effect, at: { policy: 'head', line: h.position.line }, words: ['The entry for ', ...kind.allows(b), ': ', ...change.words, '.'] });
        }
      }
      // An entry whose `until` has passed allows nothing: adding or removing it changes no decision.
      for (const h of added) {
        const at = { policy: 'head' as const, line: h.position.line };
        if (h.until !== undefined && !isInForce(h, now)) {
          out.push({ key: `${kind.list}[${h.index}]`, effect: 'neutral', at, words: ['New allow entry for ', ...kind.allows(h), ', already lapsed (until ', v(h.until), '): it allows nothing.'] });
          continue;
        }
        const lapses: Words = h.until === undefined ? [] : [' (until ', v(h.until), ')'];
        out.push({ key: `${kind.list}[${h.index}]`, effect: 'weakens', at, words: ['New allow entry: ', ...kind.allows(h), ` will no longer be ${kind.otherwise}`, ...lapses, '.'] });
      }
      for (const b of removed) {
        const at = { policy: 'base' as const, line: b.position.line };
        if (b.until !== undefined && !isInForce(b, now)) {
          out.push({ key: `${kind.list}[${b.index}]`, effect: 'neutral', at, words: ['Allow entry removed for ', ...kind.allows(b), '; it had lapsed (until ', v(b.until), ') and allowed nothing.'] });
          continue;
        }
        out.push({ key: `${kind.list}[${b.index}]`, effect: 'strengthens', at, words: ['Allow entry removed: ', ...kind.allows(b), ` will be ${kind.otherwise} unless another entry allows them.`] });
      }
      return out;
    },
  };
}


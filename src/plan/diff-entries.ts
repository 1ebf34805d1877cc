/**
 * The policy change itself, without AWS: which allow entries the PR adds and removes, and which of
 * its entries lapse soon. This is all a plan can say when it has no credentials. Pure.
 */
import { lapsingWithin } from '../decide/in-force.js';
import { KINDS } from '../kinds/registry.js';
import type { Policy } from '../policy/types.js';
import { DEFAULT_LAPSE_WINDOW_DAYS } from '../decide/in-force.js';
import type { EntryDiff, EntryRef, LapsingEntry } from './types.js';


/** Every allow entry of the policy, kind by kind. */
export function allowEntries(policy: Policy): EntryRef[] {
  return KINDS.flatMap((kind) => kind.entryRefs(policy));
}

/** What an entry does: its list, what it allows and until when. Position and note do not count. */
function contentKey(entry: EntryRef): string {
  return JSON.stringify([entry.list, entry.allows, entry.until ?? null]);
}

/**
 * Entries compared by content (a moved or re-noted entry is kept; a changed account, email or
 * `until` is one removed and one added). `base` undefined: no policy in force, every entry is added.
 */
export function diffAllowEntries(base: Policy | undefined, head: Policy): EntryDiff {
  const before = base === undefined ? [] : allowEntries(base);
  const after = allowEntries(head);
  const remaining = new Map<string, number>();
  for (const e of before) remaining.set(contentKey(e), (remaining.get(contentKey(e)) ?? 0) + 1);
  const added: EntryRef[] = [];
  let kept = 0;
  for (const e of after) {
    const key = contentKey(e);
    const count = remaining.get(key) ?? 0;
    if (count > 0) {
      remaining.set(key, count - 1);
      kept += 1;
    } else {
      added.push(e);
    }
  }
  const removed: EntryRef[] = [];
  for (const e of before) {
    const key = contentKey(e);
    const count = remaining.get(key) ?? 0;
    if (count > 0) {
      remaining.set(key, count - 1);
      removed.push(e);
    }
  }
  return { added, removed, kept };
}

/** Entries of `policy` still in force now that lapse within the window, soonest first. */
export function lapsingAllowEntries(policy: Policy, now: Date, windowDays = DEFAULT_LAPSE_WINDOW_DAYS): LapsingEntry[] {
  const out: LapsingEntry[] = [];
  for (const entry of allowEntries(policy)) {
    const soon = entry.until === undefined ? undefined : lapsingWithin(entry.until, now, windowDays);
    if (soon !== undefined) out.push({ entry, ...soon });
  }
  return out.sort((a, b) => a.lapsesAt.localeCompare(b.lapsesAt));
}

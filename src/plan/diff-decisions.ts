/**
 * The heart of a plan: the same pending items decided under two policies, compared item by item.
 * Pure: decisions and the clock in, plain data out.
 */
import { lapsingWithin } from '../decide/in-force.js';
import type { Decision, DecisionAction } from '../decide/types.js';
import { itemKey as kindItemKey } from '../kinds/registry.js';
import type { InboundItem } from '../model/items.js';
import type { ChangeKind, DecisionDiff, ItemChange, LapsingAllowance } from './types.js';

/** How far ahead a lapsing `until` is worth a reviewer's attention. */
export const DEFAULT_LAPSE_WINDOW_DAYS = 14;


/** One pending item's identity across two decision lists: its kind's key (`iot:<region>:<id>`, `organizations:<id>`, …). */
export function itemKey(item: InboundItem): string {
  return kindItemKey(item);
}

export function actsOn(action: DecisionAction | undefined): boolean {
  return action === 'reject' || action === 'decline';
}

export function classifyChange(base: Decision | undefined, head: Decision | undefined): ChangeKind {
  const before = actsOn(base?.action);
  const after = actsOn(head?.action);
  if (before === after) return 'unchanged';
  if (after) return 'newly-acted';
  return head?.action === 'allow' ? 'newly-allowed' : 'newly-left-alone';
}

/**
 * Pairs the decisions by item (not by position: the base may have decided fewer items, or none
 * when the PR adds the policy file) and sorts each pair into a ChangeKind. `base` = [] means no
 * policy is in force today.
 */
export function diffDecisions(
  base: readonly Decision[],
  head: readonly Decision[],
  now: Date,
  options: { lapseWindowDays?: number } = {},
): DecisionDiff {
  const windowDays = options.lapseWindowDays ?? DEFAULT_LAPSE_WINDOW_DAYS;
  const baseByKey = new Map(base.map((d) => [itemKey(d.item), d]));
  const seen = new Set<string>();
  const changes: ItemChange[] = [];
  for (const h of head) {
    const key = itemKey(h.item);
    if (seen.has(key)) continue;
    seen.add(key);
    const b = baseByKey.get(key);
    changes.push({ item: h.item, base: b, head: h, change: classifyChange(b, h) });
  }
  for (const b of base) {
    const key = itemKey(b.item);
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ item: b.item, base: b, head: undefined, change: classifyChange(b, undefined) });
  }

  const lapsingSoon: LapsingAllowance[] = [];
  for (const change of changes) {
    const until = change.head?.action === 'allow' ? change.head.matched?.until : undefined;
    if (until === undefined) continue;
    const soon = lapsingWithin(until, now, windowDays);
    if (soon !== undefined) lapsingSoon.push({ change, until, ...soon });
  }

  const of = (kind: ChangeKind) => changes.filter((c) => c.change === kind);
  return {
    changes,
    newlyAllowed: of('newly-allowed'),
    newlyActed: of('newly-acted'),
    newlyLeftAlone: of('newly-left-alone'),
    unchanged: of('unchanged'),
    lapsingSoon,
  };
}

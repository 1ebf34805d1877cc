/**
 * The heart of a plan: the same pending items decided under two policies, compared item by item.
 * Pure: decisions, the PR's policy and the clock in, plain data out.
 */
import { allowanceChain, allowedThrough } from '../decide/decide.js';
import { lapsingWithin } from '../decide/in-force.js';
import type { Decision, DecisionAction } from '../decide/types.js';
import { itemKey as kindItemKey } from '../kinds/registry.js';
import type { InboundItem } from '../model/items.js';
import { DEFAULT_LAPSE_WINDOW_DAYS } from '../decide/in-force.js';
import type { Policy } from '../policy/types.js';
import type { ChangeKind, DecisionDiff, ItemChange, LapsingAllowance } from './types.js';


/** One pending item's identity within its account: its kind's key (`iot:<region>:<id>`, `organizations:<id>`, …). */
export function itemKey(item: InboundItem): string {
  return kindItemKey(item);
}

/**
 * What pairs an item's two decisions: its account and its key. The key alone is unique only within
 * an account: an INVITE listed in the management account (outgoing) and in the member it invites
 * (incoming), or a transfer between two guarded accounts, is one key in two accounts.
 */
function pairKey(item: InboundItem): string {
  return `${item.account}\n${itemKey(item)}`;
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
 * policy is in force today. `head` are `headPolicy`'s decisions at `now`: the policy is what tells
 * when an allowance really ends (allowanceLapse).
 */
export function diffDecisions(
  base: readonly Decision[],
  head: readonly Decision[],
  headPolicy: Policy,
  now: Date,
  options: { lapseWindowDays?: number } = {},
): DecisionDiff {
  const windowDays = options.lapseWindowDays ?? DEFAULT_LAPSE_WINDOW_DAYS;
  const baseByKey = new Map(base.map((d) => [pairKey(d.item), d]));
  const seen = new Set<string>();
  const changes: ItemChange[] = [];
  for (const h of head) {
    const key = pairKey(h.item);
    if (seen.has(key)) continue;
    seen.add(key);
    const b = baseByKey.get(key);
    changes.push({ item: h.item, base: b, head: h, change: classifyChange(b, h) });
  }
  for (const b of base) {
    const key = pairKey(b.item);
    if (seen.has(key)) continue;
    seen.add(key);
    changes.push({ item: b.item, base: b, head: undefined, change: classifyChange(b, undefined) });
  }

  const lapsingSoon: LapsingAllowance[] = [];
  for (const change of changes) {
    const lapse = change.head === undefined ? undefined : allowanceLapse(change.head, headPolicy, now, windowDays);
    if (lapse !== undefined) lapsingSoon.push({ change, ...lapse });
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

/**
 * How many items a plan found, counted the same way in the comment, the job summary and the log:
 * `all` were found under either policy (diff.changes), `swept` in the parts the PR's policy sweeps
 * (a decision under it: the "Items found now" table), `baseOnly` only in parts the base branch's
 * policy sweeps and the PR's does not (a region or kind dropped), `baseOnlyChanged` of those the
 * base acted on, so the PR stops acting on them. all = swept + baseOnly.
 */
export interface FoundCounts {
  readonly all: number;
  readonly swept: number;
  readonly baseOnly: number;
  readonly baseOnlyChanged: number;
}

export function foundCounts(diff: DecisionDiff): FoundCounts {
  const baseOnly = diff.changes.filter((c) => c.head === undefined);
  return { all: diff.changes.length, swept: diff.changes.length - baseOnly.length, baseOnly: baseOnly.length, baseOnlyChanged: baseOnly.filter((c) => c.change !== 'unchanged').length };
}

/** When an allowance ends: the `until` that ends it, that instant, the days left and the entries that allow the item until then. */
export type AllowanceLapse = Omit<LapsingAllowance, 'change'>;

/**
 * When an item `policy` allows at `now` (its decision then: `decision`) stops being allowed, if
 * that is within `windowDays`; undefined when it is not allowed now, or still allowed after the
 * window, or for good. The entry that allows it now may lapse while a later entry still allows it:
 * allowanceChain (src/decide) follows them, as the run does for the report's `allowedThrough`.
 */
export function allowanceLapse(decision: Decision, policy: Policy, now: Date, windowDays: number): AllowanceLapse | undefined {
  const chain = allowanceChain(decision, policy, now);
  const until = allowedThrough(chain);
  const soon = until === undefined ? undefined : lapsingWithin(until, now, windowDays);
  return until === undefined || soon === undefined ? undefined : { until, ...soon, entries: chain.links.map((l) => l.matched) };
}

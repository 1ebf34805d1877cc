/**
 * The decision engine: plain item records and a validated policy in, one decision per item out.
 * Pure — no I/O, no clock (`now` is passed in). Each item is decided by its kind (src/kinds/),
 * default deny: an item is allowed only when an in-force allow entry of its kind matches it. Each
 * item is decided on its own, so the output is in input order and no decision depends on the others.
 */
import { kindOf } from '../kinds/registry.js';
import type { InboundItem } from '../model/items.js';
import type { Policy } from '../policy/types.js';
import type { Decision, DecisionAction } from './types.js';

export { toMatchedEntry } from './verdicts.js';

export function decide(items: readonly InboundItem[], policy: Policy, now: Date): Decision[] {
  return items.map((item) => decideItem(item, policy, now));
}

export function decideItem(item: InboundItem, policy: Policy, now: Date): Decision {
  const kind = kindOf(item);
  // Only reachable with data that bypassed the types; nothing can be done to it anyway.
  if (kind === undefined) return { item, action: 'ignore', reason: 'not a kind of item inbound-guard knows; left alone' };
  return kind.decide(item, policy, now);
}

// ---- summary ------------------------------------------------------------------------------

export type ActionCounts = Record<DecisionAction, number>;

/** How many decisions of each action, every key present (zero when none). */
export function countByAction(decisions: readonly Pick<Decision, 'action'>[]): ActionCounts {
  const counts: ActionCounts = { allow: 0, reject: 0, decline: 0, ignore: 0 };
  for (const { action } of decisions) counts[action] += 1;
  return counts;
}

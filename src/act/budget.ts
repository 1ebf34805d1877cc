import type { Decision } from '../decide/types.js';
import type { Budget } from './types.js';

/** Writes one run may make when neither the input nor the policy says. */
export const DEFAULT_MAX_ACTIONS = 10;

/**
 * The write budget of a run: the `max-actions` input, else the policy's `limits.max-actions`, else 10.
 * Tripped when more writes are planned than it allows: then nothing at all is written (a run that
 * would reject fifty transfers is more likely a policy mistake than an attack, and half-doing it helps no one).
 */
export function resolveBudget(inputMax: number | undefined, policyMax: number | undefined, planned: number): Budget {
  const [limit, source]: [number, Budget['source']] =
    inputMax !== undefined ? [inputMax, 'input'] : policyMax !== undefined ? [policyMax, 'policy'] : [DEFAULT_MAX_ACTIONS, 'default'];
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new Error(`The ${source} max-actions must be a whole number of 0 or more, got ${limit}.`);
  }
  if (!Number.isSafeInteger(planned) || planned < 0) {
    throw new Error(`The number of planned actions must be a whole number of 0 or more, got ${planned}.`);
  }
  return { limit, source, planned, tripped: planned > limit };
}

/** How many writes the decisions call for: the `reject` and `decline` decisions. */
export function countPlanned(decisions: readonly Decision[]): number {
  return decisions.filter((decision) => decision.action === 'reject' || decision.action === 'decline').length;
}

/** Where a budget's limit came from, in words for the summary and the PR comment. */
export function budgetSource(budget: Budget): string {
  return budget.source === 'input' ? 'the max-actions input' : budget.source === 'policy' ? 'limits.max-actions in the policy' : 'the default';
}

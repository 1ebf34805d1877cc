import type { Decision } from '../decide/types.js';
import { capitalise, joinWords } from '../model/words.js';
import type { Budget } from './types.js';

/** Writes one run may make when neither the input nor the policy says. */
export const DEFAULT_MAX_ACTIONS = 10;

/**
 * The write budget of a run: the `max-actions` input, else the policy's `limits.max-actions`, else 10.
 * Tripped when more writes are planned than it allows: then nothing at all is written (a run that
 * would reject fifty transfers is more likely a policy mistake than an attack, and half-doing it helps no one).
 */
export function resolveBudget(inputMax: number | undefined, policyMax: number | undefined, planned: number): Budget {
  const { limit, source } = budgetLimit(inputMax, policyMax);
  if (!Number.isSafeInteger(planned) || planned < 0) {
    throw new Error(`The number of planned actions must be a whole number of 0 or more, got ${planned}.`);
  }
  return { limit, source, planned, tripped: planned > limit };
}

/** A run's limit and where it came from, known before anything is listed. */
export interface BudgetLimit {
  readonly limit: number;
  readonly source: Budget['source'];
}

/** The `max-actions` input, else the policy's `limits.max-actions`, else 10. */
export function budgetLimit(inputMax: number | undefined, policyMax: number | undefined): BudgetLimit {
  const [limit, source]: [number, Budget['source']] =
    inputMax !== undefined ? [inputMax, 'input'] : policyMax !== undefined ? [policyMax, 'policy'] : [DEFAULT_MAX_ACTIONS, 'default'];
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new Error(`The ${source} max-actions must be a whole number of 0 or more, got ${limit}.`);
  }
  return { limit, source };
}

/** Each shard's share of a matrix run's limit: ⌊limit / n⌋, so the shards together never write more than the run may. */
export function shardShare(limit: number, shards: number): number {
  return Math.floor(limit / shards);
}

/** How many writes the decisions call for: the `reject` and `decline` decisions. */
export function countPlanned(decisions: readonly Decision[]): number {
  return decisions.filter((decision) => decision.action === 'reject' || decision.action === 'decline').length;
}

/** Where a budget's limit came from, in words for the summary and the PR comment. */
export function budgetSource(budget: Pick<Budget, 'source'>): string {
  return budget.source === 'input' ? 'the max-actions input' : budget.source === 'policy' ? 'limits.max-actions in the policy' : 'the default';
}

/** A matrix run's limit and how it is shared. */
export interface BudgetShare {
  readonly source: Budget['source'];
  readonly share: NonNullable<Budget['share']>;
}

/**
 * A matrix run's budget, in the one phrase the job summary, the log's warnings, the step's failure
 * and the alert issue all use: "the budget of 10 (the default) is split over 20 shards, 0 each".
 * Never the share alone: "the budget of 0 (the default)" reads as a limit someone set.
 */
export function shareWords(budget: BudgetShare): string {
  const { runLimit, shards } = budget.share;
  return `the budget of ${runLimit} (${budgetSource(budget)}) is split over ${shards} shards, ${shardShare(runLimit, shards)} each`;
}

/**
 * A matrix run whose limit leaves each shard nothing: ⌊limit / n⌋ = 0 while the limit itself is not
 * 0 (which means "never act", as meant). Every shard that finds anything to act on trips its budget.
 */
export function emptyShare(budget: Pick<Budget, 'share'>): boolean {
  const share = budget.share;
  return share !== undefined && share.runLimit > 0 && shardShare(share.runLimit, share.shards) === 0;
}

/**
 * Which shard of a matrix run found more to act on than its share, with its own count: "shard 2/3
 * found 9 items to reject or decline, more than its share", "shards 1/3 and 2/3 found 6 and 9 items
 * …, more than each one's share"; of a shard's own report (`shard` given), "this shard (2/3) found
 * …". The sum over the shards is no use here: 9 of a run's 12 reads as within the budget, when
 * shard 2/3 alone had 9 against its 4. Undefined when the budget is not a matrix run's, or a merged
 * report does not say which shards tripped.
 */
export function overShareClause(budget: Pick<Budget, 'planned' | 'share' | 'trippedShards'>, shard?: { readonly index: number; readonly count: number }): string | undefined {
  if (budget.share === undefined) return undefined;
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'} to reject or decline`;
  if (shard !== undefined) return `this shard (${shard.index}/${shard.count}) found ${items(budget.planned)}, more than its share`;
  const tripped = budget.trippedShards ?? [];
  if (tripped.length === 0) return undefined;
  const of = budget.share.shards;
  const names = tripped.map((t) => `${t.index}/${of}`);
  if (tripped.length === 1) return `shard ${names.join('')} found ${items(tripped[0]?.planned ?? 0)}, more than its share`;
  const counts = tripped.map((t) => String(t.planned));
  return `shards ${joinWords(names)} found ${joinWords(counts)} items to reject or decline, more than each one's share`;
}

/** What to do about it: more max-actions (`input`: the name as the text shows it), or fewer shards. */
function emptyShareFix(shards: number, input = 'max-actions'): string {
  return `Raise ${input} to at least ${shards}, or use fewer shards.`;
}

/**
 * The warning said before a sweep (and by the merge) when each shard's share is 0; undefined
 * otherwise. In dry-run the shards would only say the budget would trip; in enforce they fail.
 */
export function emptyShareWarning(budget: BudgetShare): string | undefined {
  if (!emptyShare(budget)) return undefined;
  const words = shareWords(budget);
  return `${capitalise(words)}: every shard that finds anything to reject or decline will trip its budget (in enforce it then writes nothing and fails). ${emptyShareFix(budget.share.shards)}`;
}

/**
 * What a tripped budget asks of a person when each shard's share is 0 (emptyShare): the matrix to
 * fix, not a policy mistake to look for, since any one item trips a shard; undefined otherwise. The
 * one advice the log, the step's failure, the alert issue and the job summary give in that case;
 * `input`: the input's name as the text shows it (the job summary quotes it as code).
 */
export function emptyShareAdvice(budget: Pick<Budget, 'share'>, input = 'max-actions'): string | undefined {
  return budget.share !== undefined && emptyShare(budget) ? `Each shard's share is 0. ${emptyShareFix(budget.share.shards, input)}` : undefined;
}

/** What a tripped budget asks of a person: a policy mistake to look for, or, when every share is 0, the matrix to fix. */
export function trippedAdvice(budget: Pick<Budget, 'share'>): string {
  return emptyShareAdvice(budget) ?? 'Check the policy for a mistake; if the list is right, raise max-actions for one run.';
}

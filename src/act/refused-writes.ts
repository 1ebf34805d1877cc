/**
 * Writes AWS refused as not allowed, by cause. Each such failed item carries its hint (ItemResult.hint,
 * the JSON report's `items[].hint`: run/targets-hint.ts refusedWriteHints), and writes refused alike
 * carry the same one: with the read-only role used for enforce, every write of the account. The
 * step's failures, the job summary, the alert issue and the log say each hint once, with how many
 * writes it is for, never once per item. Pure.
 */
import { plural } from '../model/words.js';
import type { Outcome } from './types.js';

/** One hint, and how many failed writes carry it. */
export interface RefusalCause {
  readonly hint: string;
  readonly count: number;
}

/**
 * Causes the step's failures and the job summary name one by one, at most; the rest are counted. An
 * organization's guard role without the writes is one hint per account (each names its role and
 * account), and they come early in the step's failures, which the failing annotation keeps its first
 * reasons of.
 */
export const MAX_REFUSAL_CAUSES_NAMED = 3;

/** The hints of the failed writes, each once with its count, in the order the items first give them. */
function refusalCauses(items: readonly { readonly outcome: Outcome; readonly hint?: string | undefined }[]): RefusalCause[] {
  const counts = new Map<string, number>();
  for (const i of items) if (i.outcome === 'failed' && i.hint !== undefined) counts.set(i.hint, (counts.get(i.hint) ?? 0) + 1);
  return [...counts].map(([hint, count]) => ({ hint, count }));
}

/** "2 writes were refused as not allowed.": what goes before a cause's hint. */
export function refusedWords(count: number): string {
  return `${count} ${plural(count, 'write was', 'writes were')} refused as not allowed.`;
}

/**
 * The causes of the failed writes as the step's failures, the job summary and the alert issue say
 * them: the first MAX_REFUSAL_CAUSES_NAMED (refusalCauses), and the rest counted, "4 more writes
 * were refused as not allowed, for 2 more causes" (undefined when none are left).
 */
export function refusalsSaid(items: readonly { readonly outcome: Outcome; readonly hint?: string | undefined }[]): { readonly named: readonly RefusalCause[]; readonly more: string | undefined } {
  const causes = refusalCauses(items);
  const rest = causes.slice(MAX_REFUSAL_CAUSES_NAMED);
  const writes = rest.reduce((sum, c) => sum + c.count, 0);
  const more = rest.length === 0 ? undefined : `${writes} more ${plural(writes, 'write was', 'writes were')} refused as not allowed, for ${rest.length} more ${plural(rest.length, 'cause', 'causes')}`;
  return { named: causes.slice(0, MAX_REFUSAL_CAUSES_NAMED), more };
}

/**
 * The step's failures for the writes refused as not allowed: one per cause, its count then its
 * hint (AWS's text is not in it: each item's detail has that), the first MAX_REFUSAL_CAUSES_NAMED;
 * then how many more, and where each is said: the JSON report's items (`listedIn` `report`), and
 * the log, whose line of the first write refused for a cause ends with its hint (report/log.ts).
 */
export function refusalFailures(items: readonly { readonly outcome: Outcome; readonly hint?: string | undefined }[], listedIn: 'report' | 'log' | 'nowhere'): string[] {
  const said = refusalsSaid(items);
  const named = said.named.map((c) => `${refusedWords(c.count)} ${c.hint}`);
  const { more } = said;
  if (more === undefined) return named;
  const where = listedIn === 'report' ? "each failed item's hint in the JSON report (items[].hint) says its cause, as the log does at the first write of each" : 'the log says each cause at the first write refused for it';
  return [...named, `${more}: ${where}.`];
}

/**
 * The whole-policy diff as Markdown: the loud banner of the changes that weaken protection (first
 * thing in the comment), and the table of every change. Pure. Policy values go through code(), our
 * own words through inertMarkdownWithCode, so nothing a PR writes into the policy becomes markup.
 */
import { plural } from '../model/words.js';
import { lineUrl, type SourceLinks } from '../report/describe-item.js';
import { code, inertMarkdownWithCode } from '../report/escape.js';
import { answeredAsAnother } from '../run/run-report.js';
import type { SweepError } from '../sweep/events.js';
import type { Budgeter } from './comment-budget.js';
import { valueList } from './policy-row.js';
import type { Effect, PolicyChange, Words } from './types.js';

/** At most this many weakening changes are spelt out in the banner; the table has them all. */
const BANNER_MAX = 15;

export interface ChangeLinks {
  readonly headLinks?: SourceLinks | undefined;
  readonly baseLinks?: SourceLinks | undefined;
}

export function wordsMarkdown(words: Words): string {
  return words.map((w) => (typeof w === 'string' ? inertMarkdownWithCode(w, 2000) : code(w.value))).join('');
}

const EFFECT_LABEL: Record<Effect, string> = { weakens: '⚠️ weakens', strengthens: '🛡️ strengthens', neutral: 'changes' };

/** The table's order: what weakens protection, then what strengthens it, then what does neither. */
const EFFECT_ORDER: Record<Effect, number> = { weakens: 0, strengthens: 1, neutral: 2 };

/** `iot.allow[2]`, linked to its line at the commit of the policy that has it. */
function changeKey(change: PolicyChange, links: ChangeLinks): string {
  const at = change.at;
  const link = at === undefined ? undefined : at.policy === 'head' ? links.headLinks : links.baseLinks;
  if (at === undefined || link === undefined) return code(change.key);
  return `[${code(change.key)} (line ${at.line}${at.policy === 'base' ? ', base' : ''})](${lineUrl(link, at.line)})`;
}

/**
 * The caution block that opens the comment when the PR weakens protection, even if no pending item
 * changes today: what matters is what the next sender could do. [] when nothing weakens.
 */
export function weakeningBanner(changes: readonly PolicyChange[] | undefined, links: ChangeLinks): string[] {
  const weak = (changes ?? []).filter((c) => c.effect === 'weakens');
  if (weak.length === 0) return [];
  const shown = weak.slice(0, BANNER_MAX).map((c) => `> - ${wordsMarkdown(c.words)} <sub>${changeKey(c, links)}</sub>`);
  const more = weak.length > BANNER_MAX ? [`> - …and ${weak.length - BANNER_MAX} more in the table of policy changes below.`] : [];
  return [
    '> [!CAUTION]',
    `> **This PR weakens the protection the policy gives (${weak.length} ${weak.length === 1 ? 'change' : 'changes'}).** Whatever is pending today, once merged:`,
    ...shown,
    ...more,
    '',
  ];
}

/** `### Policy changes (N)` and a row per change: weakening ones first, then strengthening, then neutral; in the diff's order within each. */
export function policyChangesSection(changes: readonly PolicyChange[] | undefined, links: ChangeLinks, budget: Budgeter): string[] {
  if (changes === undefined) return [];
  const lines = [`### Policy changes (${changes.length})`, ''];
  budget.spend(lines);
  if (changes.length === 0) {
    lines.push('_None: the PR’s policy governs the same as the base branch’s (notes, comments, order and layout aside)._', '');
    return lines;
  }
  // Array.prototype.sort is stable: within an effect, the diff's order (the policy's fields as a reviewer reads them).
  const sorted = [...changes].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]);
  lines.push(budget.table(['Effect', 'Key', 'Change'], sorted, (c) => [EFFECT_LABEL[c.effect], changeKey(c, links), wordsMarkdown(c.words)], 0.4), '');
  return lines;
}

/**
 * A plan's changes, each that newly guards accounts (PolicyChange.guards) saying of those whose
 * guard role the plan could not use (an STS error of Plan.errors: not assumed, or answered as
 * another account) that they cannot be guarded until their own role is there: "Now guarded" alone
 * would read as done. The ids are the policy's own values; a summary comment counts them instead
 * when the row names several, so as not to tie an account to what AWS answered.
 */
export function withGuardRoleNotes(changes: readonly PolicyChange[], errors: readonly SweepError[], summary: boolean): PolicyChange[] {
  const roles = errors.filter((e) => e.service === 'sts' && e.account !== undefined);
  const refused = new Set(roles.filter((e) => !answeredAsAnother(e)).map((e) => e.account));
  const elsewhere = new Set(roles.filter(answeredAsAnother).map((e) => e.account));
  return changes.map((change) => {
    const ids = change.guards ?? [];
    const note = [...roleNote(ids, ids.filter((id) => refused.has(id)), 'refused', summary), ...roleNote(ids, ids.filter((id) => elsewhere.has(id) && !refused.has(id)), 'elsewhere', summary)];
    return note.length === 0 ? change : { ...change, words: [...change.words, ...note] };
  });
}

/** " Its guard role could not be assumed: it cannot be guarded until the role exists there." and the like; [] for none. */
function roleNote(all: readonly string[], these: readonly string[], why: 'refused' | 'elsewhere', summary: boolean): Words {
  const n = these.length;
  if (n === 0) return [];
  const whose: Words = all.length === 1 ? [' Its guard role'] : summary ? [` The guard ${plural(n, 'role', 'roles')} of ${n} of them`] : [` The guard ${plural(n, 'role', 'roles')} of `, ...valueList(these)];
  const did = why === 'refused' ? ' could not be assumed' : ` answered as ${plural(n, 'another account', 'other accounts')}`;
  const it = all.length === 1 ? 'it' : plural(n, 'it', 'they');
  const role = why === 'refused' ? plural(n, 'the role exists', 'the roles exist') : plural(n, 'its own role exists', 'their own roles exist');
  return [...whose, `${did}: ${it} cannot be guarded until ${role} there.`];
}

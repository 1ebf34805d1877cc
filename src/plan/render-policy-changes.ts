/**
 * The whole-policy diff as Markdown: the loud banner of the changes that weaken protection (first
 * thing in the comment), and the table of every change. Pure. Policy values go through code(), our
 * own words through inertMarkdownWithCode, so nothing a PR writes into the policy becomes markup.
 */
import { plural } from '../model/words.js';
import { lineUrl, type SourceLinks } from '../report/describe-item.js';
import { code, inertMarkdownWithCode } from '../report/escape.js';
import { answeredAsAnother } from '../run/report-errors.js';
import { ASSUME_ROLE_DENIED } from '../run/targets-hint.js';
import type { SweepError } from '../sweep/events.js';
import { SERVICE_LABEL } from '../kinds/services.js';
import type { Budgeter } from './comment-budget.js';
import type { NewPermissions } from './new-permissions.js';
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
 * The line under the table of policy changes when the PR's policy reads a service the base's did
 * not (or newly lists the enabled regions): the IAM actions the role scheduled runs use needs for
 * it, once for every account, as iam/read.json and iam/enforce.json grant them. A plan's own read
 * fails on a refused read only where there was something to read, and never tries a write: a role
 * that leaves out the families the base did not govern (iam/README.md allows it) would fail only at
 * the next enforce run. [] for none.
 */
export function newPermissionsLines(perms: NewPermissions | undefined, budget: Budgeter): string[] {
  if (perms === undefined) return [];
  const list = (actions: readonly string[]): string => actions.map(code).join(', ');
  const what =
    perms.services.length > 0
      ? `🔑 **Newly governed: ${perms.services.map((s) => SERVICE_LABEL[s].short).join(', ')}.**`
      : '🔑 **Newly read: the list of enabled regions** (a kind is now read in every enabled region).';
  const role = 'The role scheduled runs use in each account (the guard role, with `targets`) needs';
  const line =
    perms.write.length === 0
      ? `${what} ${role} ${list(perms.read)} (in inbound-guard’s \`iam/read.json\` and \`iam/enforce.json\`).`
      : `${what} ${role} ${list(perms.read)} (in inbound-guard’s \`iam/read.json\`, for \`dry-run\` and \`plan\`) and, for \`enforce\`, ${list(perms.write)} too (all in \`iam/enforce.json\`): a role that leaves out what the base branch’s policy did not govern lacks them, and a missing write shows only when an enforce run makes one.`;
  const lines = [line, ''];
  budget.spend(lines);
  return lines;
}

/**
 * A plan's changes, each that newly guards accounts (PolicyChange.guards) saying of those whose
 * role this plan could not use (an STS error of Plan.errors: not assumed, or answered as another
 * account) what it tried and what AWS answered: "Now guarded" alone would read as done. Nothing
 * more: the role is the one this plan reads with (`roles`, by account; the `role-name` input may
 * name a read-only one), and a throttled or refused call says nothing of whether the guard role a
 * scheduled run assumes is there. The ids are the policy's own values; a summary comment names no
 * role nor answer (an ARN holds its account id), and counts the accounts when the row names several,
 * so as not to tie an account to what AWS answered.
 */
export function withGuardRoleNotes(changes: readonly PolicyChange[], errors: readonly SweepError[], summary: boolean, roles: Readonly<Record<string, string>> = {}): PolicyChange[] {
  const byAccount = new Map<string, SweepError>();
  for (const e of errors) if (e.service === 'sts' && e.account !== undefined && !byAccount.has(e.account)) byAccount.set(e.account, e);
  return changes.map((change) => {
    const ids = change.guards ?? [];
    const failed = ids.flatMap((id) => {
      const error = byAccount.get(id);
      return error === undefined ? [] : [{ account: id, role: roles[id], code: error.code, elsewhere: answeredAsAnother(error) }];
    });
    const note = [...roleNote(ids.length, failed.filter((f) => !f.elsewhere), 'refused', summary), ...roleNote(ids.length, failed.filter((f) => f.elsewhere), 'elsewhere', summary)];
    return note.length === 0 ? change : { ...change, words: [...change.words, ...note] };
  });
}

/** An account of a row whose role this plan could not use: the ARN it tried (when known), AWS's error name, and whether the role answered as another account instead. */
interface RoleFailure {
  readonly account: string;
  readonly role: string | undefined;
  readonly code: string | undefined;
  readonly elsewhere: boolean;
}

/**
 * " This plan could not assume `arn` (AWS: `Throttling`): nothing of the account was read." and the
 * like; [] for none. Only AccessDenied is AWS's answer for a role that does not exist, and then as
 * well for one that does not trust these credentials and for credentials not allowed to assume it.
 */
function roleNote(all: number, these: readonly RoleFailure[], why: 'refused' | 'elsewhere', summary: boolean): Words {
  const n = these.length;
  if (n === 0) return [];
  const read = all === 1 ? 'nothing of the account was read' : n === 1 ? 'nothing of that account was read' : 'nothing of those accounts was read';
  if (summary) {
    const where = all === 1 ? 'there' : `in ${n} of them`;
    return why === 'refused'
      ? [` This plan could not assume the role it tried ${where}: ${read}.`]
      : [` The role this plan tried ${where} answered as ${plural(n, 'another account', 'other accounts')}: ${read} with it.`];
  }
  const role = (f: RoleFailure): Words => (f.role === undefined ? ['the role it tried in ', { value: f.account }] : [{ value: f.role }]);
  const joined = (parts: readonly Words[], last: string): Words => parts.flatMap((p, i) => [...(i === 0 ? [] : [i === parts.length - 1 ? last : ', ']), ...p]);
  if (why === 'elsewhere') return [` The ${plural(n, 'role', 'roles')} this plan tried, `, ...joined(these.map(role), ' and '), `, answered as ${plural(n, 'another account', 'other accounts')}: ${read} with ${plural(n, 'it', 'them')}.`];
  const denied = these.some((f) => f.code === ASSUME_ROLE_DENIED);
  return [
    ' This plan could not assume ',
    ...joined(these.map((f) => [...role(f), ' (AWS: ', { value: f.code ?? '' }, ')']), ' nor '),
    `: ${read}.`,
    ...(denied ? [` AWS answers ${ASSUME_ROLE_DENIED} alike for a role that does not exist there, one that does not trust these credentials, and credentials not allowed to assume it.`] : []),
  ];
}

/**
 * A plan's counts in words: the verdict line under the title, the changes it counts (which a summary
 * comment says instead of its table), and the note on items found only where the base sweeps. Pure.
 */
import { code } from '../report/escape.js';
import { joinWords } from '../report/markdown.js';
import { type FoundCounts, foundCounts } from './diff-decisions.js';
import { isOrganizationListing, organizationUnlisted } from '../run/report-errors.js';
import type { SweepError } from '../sweep/events.js';
import type { Plan } from './types.js';
import { plural } from '../model/words.js';

export function verdict(plan: Plan, summary: boolean): string {
  const found = foundWords(plan, summary);
  const counts = changeCounts(plan);
  const policyChanged = (plan.policyChanges ?? []).length > 0;
  const weakens = (plan.policyChanges ?? []).filter((c) => c.effect === 'weakens').length;
  const lost = lostAccounts(plan);
  const valid = lost === '' ? '**✅ Valid.**' : lost;
  const policyChangesWords = `**${plan.policyChanges?.length ?? 0} policy ${plural(plan.policyChanges?.length ?? 0, 'change', 'changes')}**${weakens > 0 ? `, **${weakens} weakening protection** (above)` : ''}`;
  // No account read: nothing was compared, so "no change" or "none fares differently" would claim what no one saw.
  const effect = counts === '' && readNothing(plan)
    ? `${lost === '' ? '**✅ Valid, but nothing could be compared:**' : `${valid} Nothing could be compared:`} ${found}${policyChanged ? `; the policy itself changes: ${policyChangesWords}` : ''}.`
    : counts === ''
      ? policyChanged
        ? `${lost === '' ? `${valid} None of the ${found} fares differently today, but` : `${valid} Of the ${found}, none fares differently today;`} the policy itself changes: ${policyChangesWords}.`
        : lost === '' ? `**✅ Valid. No change** to the ${found}: each fares the same as under the base branch’s policy.` : `${valid} **No change** to the ${found}: each fares the same as under the base branch’s policy.`
      : `${valid} Merged, this policy would ${counts} of the ${found}.`;
  const acts = `With it, a scheduled enforce run would reject or decline **${plan.budget.planned}** (budget ${plan.budget.limit}).`;
  // "Valid" is of the policy: a plan that fails on parts it could not read says so here too, not only in the warning below.
  const fails = plan.errors.length > 0 ? ' **This plan fails: parts this policy reads could not be read** (see the warning below); a scheduled run with it would fail on them too.' : '';
  return `${effect} ${acts}${fails}`;
}

/**
 * "9 items found in 2 accounts": the items every count is of, and where they were found. Only what
 * was read is claimed: an account nothing could be read of (its role not assumed) is not counted
 * among the accounts, but said apart ("1 more account could not be read"); when no account was read
 * at all, the line says so and names none (nothingRead); and when some part of an
 * account could not be read (a region, a service, its region list, a region this release does not
 * know) the items are those found "in the parts read", so that "none fares differently" never reads
 * as a complete comparison. The organization's account list not read is no part of the accounts
 * counted, which were read whole: the verdict's opening (baseUnlisted) or the warning of the parts
 * not read says which accounts are unknown. The changes counted include items in parts
 * only the base sweeps (a region dropped): the total holds them too, and says so.
 */
function foundWords(plan: Plan, summary: boolean): string {
  const n = foundCounts(plan.diff);
  const items = `${n.all} ${plural(n.all, 'item', 'items')} found`;
  const unread = unreadAccounts(plan);
  const read = plan.accounts.filter((account) => !unread.includes(account));
  const [first] = read;
  if (first === undefined) return `${items} (${nothingRead(plan, unread, summary)})`;
  const accounts = read.length > 1 ? `${read.length} accounts` : summary ? (unread.length === 0 ? 'the account' : '1 account') : `account ${code(first)}`;
  const where = partlyRead(plan) ? `the parts read of ${accounts}` : accounts;
  const notRead = unread.length === 0 ? [] : [`${unread.length} more ${plural(unread.length, 'account', 'accounts')} could not be read`];
  const notes = n.baseOnly === 0 ? notRead : [`${n.all === 1 ? 'only' : `${n.baseOnly} of them only`} where the base branch’s policy sweeps and this one does not`, ...notRead];
  return `${items} in ${where}${n.baseOnly === 0 ? '' : ' under either policy'}${notes.length === 0 ? '' : ` (${notes.join('; ')})`}`;
}

/** Whether no account was read at all (none to read, or nothing of any: foundWords says which). */
function readNothing(plan: Plan): boolean {
  const unread = unreadAccounts(plan);
  return plan.accounts.every((account) => unread.includes(account));
}

/**
 * Why no account was read: their roles not assumed, or none to read — the organization's accounts
 * not listed (the PR's only targets are the organization's), or none guarded. Never the
 * credentials' own account (Plan.account), which this run did not read either.
 */
function nothingRead(plan: Plan, unread: readonly string[], summary: boolean): string {
  const [only] = unread;
  if (only === undefined) return organizationUnlisted(eitherPolicyErrors(plan)) ? 'no account could be read: the organization’s accounts could not be listed' : 'no account was read';
  const which = unread.length > 1 ? `the ${unread.length} accounts` : summary ? 'the account' : `account ${code(only)}`;
  return `nothing could be read of ${which}`;
}

/** What could not be read, for either policy (Plan.errors, Plan.baseOnlyErrors). */
function eitherPolicyErrors(plan: Pick<Plan, 'errors' | 'baseOnlyErrors'>): readonly SweepError[] {
  return [...plan.errors, ...(plan.baseOnlyErrors ?? [])];
}

/** The accounts of a plan nothing could be read of: their role could not be assumed, for either policy (Plan.errors, Plan.baseOnlyErrors). */
export function unreadAccounts(plan: Pick<Plan, 'accounts' | 'errors' | 'baseOnlyErrors'>): string[] {
  const blind = new Set(eitherPolicyErrors(plan).filter((e) => e.service === 'sts').map((e) => e.account));
  return plan.accounts.filter((account) => blind.has(account));
}

/**
 * Whether some part of an account read was not: for either policy (Plan.errors, Plan.baseOnlyErrors:
 * not a role, which leaves nothing of the account read, nor the organization's account list, which is
 * of no account), or a region this release does not know (Plan.unknownRegions).
 */
function partlyRead(plan: Pick<Plan, 'errors' | 'baseOnlyErrors' | 'unknownRegions'>): boolean {
  return eitherPolicyErrors(plan).some((e) => e.service !== 'sts' && !isOrganizationListing(e)) || (plan.unknownRegions ?? []).length > 0;
}

/**
 * The verdict's opening when the PR's policy leaves unguarded accounts the base branch's guards
 * (Plan.noLongerGuarded), '' when none: said first, since what is pending there is in no count
 * where the run could not read it (its role not assumed: the warnings below name them), and the rest
 * of the line would otherwise read as "nothing changes". Counts only: no account is named here.
 */
function lostAccounts(plan: Plan): string {
  const lost = plan.noLongerGuarded ?? [];
  const n = lost.length;
  // The organization's accounts not listed for the base: its losses there are unknown, never "none".
  const unlisted = baseUnlisted(plan);
  if (n === 0) return unlisted ? '**✅ Valid, but the organization’s accounts could not be listed for the base branch’s policy, which guards the organization:** how many of them this one no longer guards is not counted (see the warning below).' : '';
  const uncounted = unlisted ? ' The organization’s accounts, which it also guards, could not be listed for it: how many more this one no longer guards is not counted either (see the warning below).' : '';
  const unread = lostNotRead(plan).length;
  const head = `**✅ Valid, but ${n} ${plural(n, 'account', 'accounts')} the base branch’s policy guards ${plural(n, 'is', 'are')} not guarded by this one.**`;
  if (unread === 0) return `${head}${uncounted}`;
  const notRead = unread < n ? `${unread} of them ${plural(unread, 'was', 'were')} not read` : n === 1 ? 'It was not read' : 'None of them was read';
  return `${head} ${notRead} (see the warning below), so what is pending there is not counted here.${uncounted}`;
}

/**
 * Whether the organization's accounts could not be listed for the base branch's policy alone (it
 * guards the organization, the PR's does not: Plan.baseOnlyErrors holds the listing's error). Which
 * accounts the base guards through it is then unknown: the plan decides those it read as if the
 * organization lists them, and cannot count the others it loses.
 */
export function baseUnlisted(plan: Pick<Plan, 'baseOnlyErrors'>): boolean {
  return organizationUnlisted(plan.baseOnlyErrors ?? []);
}

/**
 * The accounts lost (Plan.noLongerGuarded) that nothing was read of: read for the base alone (an
 * account outside the PR's pin too) and its role not assumed (Plan.baseOnlyErrors), or not read at
 * all: what is pending there is in no count. The verdict and the log's Plan line count them.
 */
export function lostNotRead(plan: Plan): string[] {
  const read = new Set(plan.accounts);
  const blind = new Set((plan.baseOnlyErrors ?? []).filter((e) => e.service === 'sts').map((e) => e.account));
  return (plan.noLongerGuarded ?? []).filter((account) => !read.has(account) || blind.has(account));
}

/** Below "Items found now" when the base sweeps parts the PR's policy does not: the items found there, which that table leaves out. */
export function baseOnlyNote(n: FoundCounts): string {
  const these = `${n.baseOnly} ${plural(n.baseOnly, 'item', 'items')} found only where the base branch’s policy sweeps and this one does not`;
  const fate = n.baseOnlyChanged === 0
    ? `the base branch’s policy does not act on ${n.baseOnly === 1 ? 'it' : 'them'} either`
    : n.baseOnlyChanged === n.baseOnly
      ? `${n.baseOnly === 1 ? 'it is' : 'they are'} in the table above, as no longer acted on`
      : `the ${n.baseOnlyChanged} the base branch’s policy acts on ${n.baseOnlyChanged === 1 ? 'is' : 'are'} in the table above, as no longer acted on`;
  return `_Not listed here: ${these}; ${fate}._`;
}

/** "**newly allow 2**, **newly reject or decline 1** and **stop acting on 1**", or '' when nothing changes. */
export function changeCounts(plan: Plan): string {
  const { diff } = plan;
  return joinWords([
    diff.newlyAllowed.length > 0 ? `**newly allow ${diff.newlyAllowed.length}**` : '',
    diff.newlyActed.length > 0 ? `**newly reject or decline ${diff.newlyActed.length}**` : '',
    diff.newlyLeftAlone.length > 0 ? `**stop acting on ${diff.newlyLeftAlone.length}**` : '',
  ].filter(Boolean));
}


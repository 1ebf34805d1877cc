/**
 * The whole-policy diff: every change a PR makes to the policy, and whether it weakens the
 * protection the policy gives — what the *next* sender could do, whether or not anything is
 * pending today. Pure: two policies in, a list of changes out.
 *
 * One row per policy field, in FIELD_ROWS: how to read the field, what leaving it out means, how
 * to compare two values (which also says whether a change weakens protection) and the words.
 * A kind's section brings its own rows (src/kinds/<kind>/plan.ts); the rows here are the fields
 * of no kind. Allow entries are rows too (entry-diff.ts compares them entry by entry).
 */
import { DEFAULT_MAX_ACTIONS } from '../act/budget.js';
import { KINDS } from '../kinds/registry.js';
import type { Policy } from '../policy/types.js';
import { addedRemoved, fieldRow, type PolicyRow, v, valueList } from './policy-row.js';
import type { PolicyChange } from './types.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

// ---- the fields ------------------------------------------------------------------------------

const accounts = fieldRow<readonly string[]>({
  key: 'accounts',
  read: (p) => p.accounts?.ids,
  line: (p) => p.accounts?.position.line,
  absent: { means: 'the policy may govern any account', toAbsent: () => 'weakens', fromAbsent: () => ({ effect: 'strengthens' }) },
  show: (ids) => valueList(ids),
  compare: (base, head) => {
    const { added, removed } = addedRemoved(base.value, head.value);
    const out: PolicyChange[] = [];
    if (added.length > 0) {
      out.push({ key: 'accounts', effect: 'weakens', words: ['The ', v('accounts'), ' pin is widened: the policy may now also govern ', plural(added.length, 'account ', 'accounts '), ...valueList(added), '.'] });
    }
    if (removed.length > 0) {
      out.push({ key: 'accounts', effect: 'strengthens', words: ['The ', v('accounts'), ' pin no longer lists ', ...valueList(removed), ': a run there now stops before reading anything.'] });
    }
    return out;
  },
});

/** Which accounts a policy guards, in a form two policies compare by. */
interface TargetsValue {
  readonly organization: boolean;
  readonly accounts: readonly string[];
  readonly roles: readonly string[];
  readonly exclude: readonly string[];
  readonly roleName: string;
}

const targets = fieldRow<TargetsValue>({
  key: 'targets',
  read: (p) =>
    p.targets === undefined
      ? undefined
      : { organization: p.targets.organization, accounts: p.targets.accounts.map((a) => a.id), roles: p.targets.roles.map((r) => r.arn), exclude: p.targets.exclude, roleName: p.targets.roleName ?? '' },
  line: (p) => p.targets?.position.line,
  absent: {
    means: "only the account of the workflow's credentials is guarded",
    // Dropping targets leaves only the credentials' own account guarded.
    toAbsent: () => 'weakens',
    // Setting targets guards the accounts it names, and the credentials' own account only if it is one of them.
    fromAbsent: (t, caller) => {
      const guarded = guardsCaller(t, caller);
      if (guarded === true) return { effect: 'strengthens' };
      return {
        effect: 'weakens',
        more:
          guarded === false
            ? [' The account of the workflow\'s credentials, ', v(caller ?? ''), ', is not among them: it is no longer guarded.']
            : [' The account of the workflow\'s credentials stays guarded only if they name it (in ', v('accounts'), ' or ', v('roles'), ', or in the organization and not in ', v('exclude'), ').'],
      };
    },
  },
  show: (t) => [
    ...(t.organization ? ['every ACTIVE account of the organization'] : []),
    ...(t.accounts.length ? [t.organization ? ', accounts ' : 'accounts ', ...valueList(t.accounts)] : []),
    ...(t.roles.length ? [t.organization || t.accounts.length ? ', roles ' : 'roles ', ...valueList(t.roles)] : []),
    ...(t.exclude.length ? [' except ', ...valueList(t.exclude)] : []),
  ],
  compare: (base, head) => {
    const key = 'targets';
    const b = base.value;
    const h = head.value;
    const out: PolicyChange[] = [];
    if (b.organization && !h.organization) out.push({ key, effect: 'weakens', words: ['The organization is no longer guarded as a whole (', v('organization: false'), '): only the accounts listed are.'] });
    if (!b.organization && h.organization) out.push({ key, effect: 'strengthens', words: ['Every ACTIVE account of the organization is now guarded (', v('organization: true'), ').'] });
    for (const [field, what] of [['accounts', 'accounts'], ['roles', 'roles']] as const) {
      const { added, removed } = addedRemoved(b[field], h[field]);
      if (removed.length > 0) out.push({ key, effect: 'weakens', words: [`No longer guarded through targets.${what}: `, ...valueList(removed), '.'] });
      if (added.length > 0) out.push({ key, effect: 'strengthens', words: [`Now guarded through targets.${what}: `, ...valueList(added), '.'] });
    }
    const exclude = addedRemoved(b.exclude, h.exclude);
    if (exclude.added.length > 0) out.push({ key, effect: 'weakens', words: ['Newly excluded (never guarded): ', ...valueList(exclude.added), '.'] });
    if (exclude.removed.length > 0) out.push({ key, effect: 'strengthens', words: ['No longer excluded: ', ...valueList(exclude.removed), '.'] });
    if (b.roleName !== h.roleName) out.push({ key, effect: 'neutral', words: ['The role assumed in each account changes from ', v(b.roleName || '(none)'), ' to ', v(h.roleName || '(none)'), '.'] });
    return out;
  },
});

/**
 * Whether targets `t` guard the credentials' account `caller`: true when it names it (an account, a
 * role in it, or the organization without excluding it — the credentials are the organization's),
 * false when the caller is known and not named, undefined when it cannot be told without the caller.
 */
function guardsCaller(t: TargetsValue, caller: string | undefined): boolean | undefined {
  if (caller === undefined) return t.organization && t.exclude.length === 0 ? true : undefined;
  if (t.accounts.includes(caller) || t.roles.some((arn) => arn.split(':')[4] === caller)) return true;
  return t.organization && !t.exclude.includes(caller);
}

const maxActions = fieldRow<number>({
  key: 'limits.max-actions',
  read: (p) => p.limits.maxActions,
  absent: { value: DEFAULT_MAX_ACTIONS },
  show: (n) => [v(String(n))],
  compare: (base, head) => {
    if (base.value === head.value) {
      // 10 written out where it was the default (or the reverse) changes nothing.
      return [];
    }
    const from = [v(String(base.value)), base.absent ? ' (the default)' : ''];
    const to = [v(String(head.value)), head.absent ? ' (the default)' : ''];
    return head.value > base.value
      ? [{ key: 'limits.max-actions', effect: 'weakens', words: ['The budget is raised from ', ...from, ' to ', ...to, ' actions per run: one run may now reject or decline that many items before the budget stops it.'] }]
      : [{ key: 'limits.max-actions', effect: 'strengthens', words: ['The budget is lowered from ', ...from, ' to ', ...to, ' actions per run.'] }];
  },
});

/**
 * Every field of the policy, in the order a reviewer reads them: who is guarded, then each kind's
 * section (its rows are the kind's, src/kinds/), then the budget. The test table in
 * test/plan-policy-diff.test.ts has a case per row.
 */
export const FIELD_ROWS: readonly PolicyRow[] = [accounts, targets, ...KINDS.flatMap((kind) => kind.policyRows), maxActions];

/**
 * Every change from `base` to `head` as of `now`, field by field in FIELD_ROWS order. `caller`: the
 * account of the workflow's credentials, when the run read it (without, a change whose effect
 * depends on it is judged as if it might weaken).
 */
export function diffPolicies(base: Policy, head: Policy, now: Date, options: { readonly caller?: string | undefined; readonly rows?: readonly PolicyRow[] } = {}): PolicyChange[] {
  return (options.rows ?? FIELD_ROWS).flatMap((row) => row.diff(base, head, now, options.caller));
}

/** The changes that weaken protection: the comment's loud section and the `::warning::`. */
export function weakening(changes: readonly PolicyChange[]): PolicyChange[] {
  return changes.filter((c) => c.effect === 'weakens');
}

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
import type { PolicyChange, Words } from './types.js';
import { plural } from '../model/words.js';

// ---- the fields ------------------------------------------------------------------------------

/**
 * What a policy's `targets` reach that an `accounts` pin can leave out: the organization's accounts
 * (less `exclude`), and the accounts `targets` name (`accounts`, and those of `roles`). Without
 * `targets` the policy guards the credentials' own account, which a pin leaving it out stops the
 * run at (an error the plan shows at the pin's line): nothing here.
 */
interface Reach {
  /** The policy has `targets`. */
  readonly targets: boolean;
  readonly organization: boolean;
  readonly named: readonly string[];
  readonly exclude: readonly string[];
}

function reachOf(policy: Policy): Reach {
  const t = policy.targets;
  if (t === undefined) return { targets: false, organization: false, named: [], exclude: [] };
  return { targets: true, organization: t.organization, named: [...t.accounts.map((a) => a.id), ...t.roles.map((r) => r.account)], exclude: t.exclude };
}

/** The pin, with what its policy's targets reach. */
interface PinValue {
  readonly ids: readonly string[];
  readonly reach: Reach;
}

/** What a pin of the PR's leaves out of what the base's targets reach (leftOut). */
interface LeftOut {
  /** Accounts the base's targets name. */
  readonly named: readonly string[];
  /** Accounts of the organization, both policies guarding it: by id (a narrowed pin), or `outside`: every one the pin does not list. */
  readonly organization: readonly string[] | 'outside';
  /** Of `organization`'s ids, those the PR's policy still reaches through the organization (not in its `exclude`): its runs fail on each. */
  readonly failing: readonly string[];
}

/**
 * Of what the base's targets reach, what a pin of the PR's (`head`) leaves out: the accounts the
 * base names (the PR's targets, named within their own pin, must have dropped them) and, the base
 * guarding the organization, its accounts outside the pin — known by id when the pin no longer
 * lists them (`dropped`, a narrowed pin); a pin where there was none (`dropped` undefined), both
 * guarding the organization, leaves out whichever the organization lists that it does not, which
 * only a run can tell.
 * Undefined when it leaves out nothing the base guards.
 */
function leftOut(base: Reach, head: PinValue, dropped?: readonly string[]): LeftOut | undefined {
  const named = base.named.filter((id) => !head.ids.includes(id) && (dropped === undefined || dropped.includes(id)));
  // A dropped id the base guarded through the organization is lost whatever the PR's targets: outside
  // its pin, the PR's policy cannot guard it. Which accounts a new pin leaves out is known only when
  // both guard the organization (then: every one it does not list).
  const organization =
    dropped !== undefined
      ? base.organization
        ? dropped.filter((id) => !named.includes(id) && !base.exclude.includes(id))
        : []
      : base.organization && head.reach.organization
        ? ('outside' as const)
        : [];
  if (named.length === 0 && organization.length === 0) return undefined;
  const failing = organization === 'outside' || !head.reach.organization ? [] : organization.filter((id) => !head.reach.exclude.includes(id));
  return { named, organization, failing };
}

/** The ids a LeftOut names (none for `outside`). */
function leftOutIds(lost: LeftOut): string[] {
  return [...lost.named, ...(lost.organization === 'outside' ? [] : lost.organization)];
}

/** What a pin leaves out, in words: what is no longer guarded, and what runs do instead. */
function leftOutWords(lost: LeftOut): Words {
  const out: (string | { value: string })[] = [];
  if (lost.named.length > 0) {
    out.push(' ', ...valueList(lost.named), ', which the base branch’s ', v('targets'), ` name, ${plural(lost.named.length, 'is', 'are')} no longer guarded.`);
  }
  if (lost.organization === 'outside') {
    out.push(' With ', v('organization: true'), ', the accounts the organization lists outside it, today and as they join, are no longer guarded: runs read nothing of them and fail on each.');
  } else {
    // Those the PR's policy still lists through the organization fail its runs; the others (organization off, or excluded) are only lost.
    const failing = lost.failing;
    const quiet = lost.organization.filter((id) => !failing.includes(id));
    if (failing.length > 0) {
      const them = plural(failing.length, 'it', 'them');
      out.push(' With ', v('organization: true'), ', ', ...valueList(failing), ` ${plural(failing.length, 'is', 'are')} no longer guarded if the organization lists ${them}: runs read nothing of ${them} and fail on ${plural(failing.length, 'it', 'each')}.`);
    }
    if (quiet.length > 0) {
      out.push(' ', ...valueList(quiet), ', guarded through the base branch’s ', v('organization: true'), `, ${plural(quiet.length, 'is', 'are')} no longer guarded if the organization lists ${plural(quiet.length, 'it', 'them')}.`);
    }
  }
  return out;
}

const accounts = fieldRow<PinValue>({
  key: 'accounts',
  read: (p) => (p.accounts === undefined ? undefined : { ids: p.accounts.ids, reach: reachOf(p) }),
  line: (p) => p.accounts?.position.line,
  absent: {
    means: 'the policy may govern any account',
    toAbsent: () => 'weakens',
    // A pin where there was none narrows what the policy may govern, unless it leaves out accounts the base's targets reach.
    fromAbsent: (head, _caller, base) => {
      const lost = leftOut(reachOf(base), head);
      return lost === undefined ? { effect: 'strengthens' } : { effect: 'weakens', more: leftOutWords(lost) };
    },
  },
  show: (pin) => valueList(pin.ids),
  compare: (base, head) => {
    const { added, removed } = addedRemoved(base.value.ids, head.value.ids);
    const out: PolicyChange[] = [];
    if (added.length > 0) {
      out.push({ key: 'accounts', effect: 'weakens', words: ['The ', v('accounts'), ' pin is widened: the policy may now also govern ', plural(added.length, 'account ', 'accounts '), ...valueList(added), '.'] });
    }
    const lost = removed.length === 0 ? undefined : leftOut(base.value.reach, head.value, removed);
    const lostIds = lost === undefined ? [] : leftOutIds(lost);
    if (lost !== undefined) out.push({ key: 'accounts', effect: 'weakens', words: ['The ', v('accounts'), ' pin no longer lists ', ...valueList(removed.filter((id) => lostIds.includes(id))), '.', ...leftOutWords(lost)] });
    const rest = removed.filter((id) => !lostIds.includes(id));
    if (rest.length > 0) {
      // Without targets a run whose credentials' account is outside the pin stops at it; with them, an account outside it is not guarded.
      const then = head.value.reach.targets ? `: the policy may no longer govern ${plural(rest.length, 'it', 'them')}.` : ': a run there now stops before reading anything.';
      out.push({ key: 'accounts', effect: 'strengthens', words: ['The ', v('accounts'), ' pin no longer lists ', ...valueList(rest), then] });
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
  /** The policy's `accounts` pin: of the organization, only the accounts it lists are guarded. */
  readonly pin: readonly string[] | undefined;
}

const targets = fieldRow<TargetsValue>({
  key: 'targets',
  read: (p) =>
    p.targets === undefined
      ? undefined
      : { organization: p.targets.organization, accounts: p.targets.accounts.map((a) => a.id), roles: p.targets.roles.map((r) => r.arn), exclude: p.targets.exclude, roleName: p.targets.roleName ?? '', pin: p.accounts?.ids },
  line: (p) => p.targets?.position.line,
  absent: {
    means: "only the account of the workflow's credentials is guarded",
    // Dropping targets leaves only the credentials' own account guarded.
    toAbsent: () => 'weakens',
    // Setting targets guards the accounts it names, and the credentials' own account only if it is one of them.
    fromAbsent: (t, caller) => {
      const guarded = guardsCaller(t, caller);
      // The accounts it names, but the credentials' own (guarded before: without targets, it is the one).
      const guards = [...new Set([...t.accounts, ...t.roles.map(roleAccount)])].filter((id) => id !== caller && !t.exclude.includes(id) && (t.pin === undefined || t.pin.includes(id)));
      if (guarded === true) return { effect: 'strengthens', guards };
      const whose = ' The account of the workflow\'s credentials';
      if (caller === undefined) {
        const pin = t.pin === undefined ? [] : [' and the ', v('accounts'), ' pin lists it'];
        return { effect: 'weakens', more: [`${whose} stays guarded only if they name it (in `, v('accounts'), ' or ', v('roles'), ', or in the organization and not in ', v('exclude'), ')', ...pin, '.'], guards };
      }
      const outsidePin = t.pin !== undefined && !t.pin.includes(caller);
      return { effect: 'weakens', more: [`${whose}, `, v(caller), ...(outsidePin ? [', is outside the ', v('accounts'), ' pin'] : [', is not among them']), ': it is no longer guarded.'], guards };
    },
  },
  show: (t) => [
    ...(t.organization ? ['every ACTIVE account of the organization', ...(t.pin === undefined ? [] : [' in the ', v('accounts'), ' pin'])] : []),
    ...(t.accounts.length ? [t.organization ? ', accounts ' : 'accounts ', ...valueList(t.accounts)] : []),
    ...(t.roles.length ? [t.organization || t.accounts.length ? ', roles ' : 'roles ', ...valueList(t.roles)] : []),
    ...(t.exclude.length ? [' except ', ...valueList(t.exclude)] : []),
  ],
  // Each change weakens or strengthens by what the two policies guard, statically (reachedBy), not key by key:
  // an account named in one and reached through the other's organization: true is neither lost nor gained.
  compare: (base, head) => {
    const key = 'targets';
    const b = base.value;
    const h = head.value;
    const out: PolicyChange[] = [];
    if (b.organization !== h.organization) out.push(organizationChange(b, h));
    for (const [field, what] of [['accounts', 'accounts'], ['roles', 'roles']] as const) {
      const { added, removed } = addedRemoved(b[field], h[field]);
      const accountOf = field === 'roles' ? roleAccount : (id: string) => id;
      // A role's ARN is listed, its account is what is guarded: "its account" where an account id reads "it".
      const them = (n: number) => (field === 'roles' ? plural(n, 'its account', 'their accounts') : plural(n, 'it', 'them'));
      const list = `targets.${what}`;
      const removedBy = (reach: Reached) => removed.filter((x) => reachedBy(h, accountOf(x)) === reach);
      const lost = removedBy(undefined);
      const stillNamed = removedBy('named');
      const nowThroughOrganization = removedBy('organization');
      if (lost.length > 0) out.push({ key, effect: 'weakens', words: [`No longer guarded through ${list}: `, ...valueList(lost), '.'] });
      if (stillNamed.length > 0) out.push({ key, effect: 'neutral', words: [`No longer in ${list}: `, ...valueList(stillNamed), `; this policy’s targets still name ${them(stillNamed.length)}.`] });
      if (nowThroughOrganization.length > 0) {
        const n = nowThroughOrganization.length;
        const subject = field === 'roles' ? `${plural(n, 'its account is', 'their accounts are')} now guarded` : 'now guarded';
        out.push({ key, effect: 'neutral', words: [`No longer in ${list}: `, ...valueList(nowThroughOrganization), `; ${subject} through the organization (`, v('organization: true'), `), if it lists ${plural(n, 'it', 'them')}.`] });
      }
      const addedBy = (reach: Reached) => added.filter((x) => reachedBy(b, accountOf(x)) === reach);
      const gained = addedBy(undefined);
      const alreadyNamed = addedBy('named');
      const alreadyThroughOrganization = addedBy('organization');
      if (gained.length > 0) out.push({ key, effect: 'strengthens', words: [`Now guarded through ${list}: `, ...valueList(gained), '.'], guards: gained.map(accountOf) });
      if (alreadyNamed.length > 0) out.push({ key, effect: 'neutral', words: [`Now in ${list}: `, ...valueList(alreadyNamed), `; the base branch’s targets already name ${them(alreadyNamed.length)}.`] });
      if (alreadyThroughOrganization.length > 0) {
        const n = alreadyThroughOrganization.length;
        const subject = field === 'roles' ? `${plural(n, 'its account was', 'their accounts were')} already guarded` : 'already guarded';
        out.push({ key, effect: 'neutral', words: [`Now in ${list}: `, ...valueList(alreadyThroughOrganization), `; ${subject} through the base branch’s `, v('organization: true'), `, if the organization lists ${plural(n, 'it', 'them')}.`] });
      }
    }
    // An exclude takes away only what the base guarded; lifting one gives only what this policy then guards.
    const exclude = addedRemoved(b.exclude, h.exclude);
    const newlyLost = exclude.added.filter((id) => reachedBy(b, id) !== undefined);
    const neverGuarded = exclude.added.filter((id) => reachedBy(b, id) === undefined);
    const nowGuarded = exclude.removed.filter((id) => reachedBy(h, id) !== undefined);
    const stillUnguarded = exclude.removed.filter((id) => reachedBy(h, id) === undefined);
    // Worded by what is true of the base: it guarded those now lost, not the others.
    if (newlyLost.length > 0) out.push({ key, effect: 'weakens', words: ['Newly excluded (no longer guarded): ', ...valueList(newlyLost), '.'] });
    if (neverGuarded.length > 0) out.push({ key, effect: 'neutral', words: ['Newly excluded (never guarded): ', ...valueList(neverGuarded), `; the base branch’s policy did not guard ${plural(neverGuarded.length, 'it', 'them')} either.`] });
    if (nowGuarded.length > 0) out.push({ key, effect: 'strengthens', words: ['No longer excluded: ', ...valueList(nowGuarded), '.'], guards: nowGuarded });
    if (stillUnguarded.length > 0) out.push({ key, effect: 'neutral', words: ['No longer excluded: ', ...valueList(stillUnguarded), `; this policy does not guard ${plural(stillUnguarded.length, 'it', 'them')} either.`] });
    if (b.roleName !== h.roleName) out.push({ key, effect: 'neutral', words: ['The role assumed in each account changes from ', v(b.roleName || '(none)'), ' to ', v(h.roleName || '(none)'), '.'] });
    return out;
  },
});

/** How targets reach an account, statically: they name it, or their `organization: true` does if the organization lists it, or not at all. */
type Reached = 'named' | 'organization' | undefined;

/** The account of a role's ARN. */
function roleAccount(arn: string): string {
  return arn.split(':')[4] ?? '';
}

/**
 * How targets `t` reach account `id`: never when excluded or outside the policy's `accounts` pin;
 * `named` when `accounts` or `roles` name it; `organization` when `organization: true` takes it in
 * (the organization lists it: only a run can tell); else not at all.
 */
function reachedBy(t: TargetsValue, id: string): Reached {
  if (t.exclude.includes(id) || (t.pin !== undefined && !t.pin.includes(id))) return undefined;
  if (t.accounts.includes(id) || t.roles.some((arn) => roleAccount(arn) === id)) return 'named';
  return t.organization ? 'organization' : undefined;
}

/**
 * `organization: true` turned off or on. Without a pin the organization's accounts are open-ended:
 * turning it off loses, turning it on gains, whichever it lists. Within a pin they are known: off
 * loses nothing when the PR's targets name every account of the base's pin that the base reached
 * only through the organization; on gains nothing when the base already named every account of the
 * PR's pin that the organization now reaches.
 */
function organizationChange(b: TargetsValue, h: TargetsValue): PolicyChange {
  const key = 'targets';
  if (b.organization) {
    const lost = b.pin === undefined ? undefined : b.pin.filter((id) => reachedBy(b, id) === 'organization' && reachedBy(h, id) === undefined);
    if (lost === undefined || lost.length > 0) return { key, effect: 'weakens', words: ['The organization is no longer guarded as a whole (', v('organization: false'), '): only the accounts listed are.'] };
    return { key, effect: 'neutral', words: ['The organization is no longer guarded as a whole (', v('organization: false'), '), but the accounts listed include every account of the base branch’s ', v('accounts'), ' pin it guarded: none is lost.'] };
  }
  const gained = h.pin === undefined ? undefined : h.pin.filter((id) => reachedBy(h, id) === 'organization' && reachedBy(b, id) === undefined);
  const words = ['Every ACTIVE account of the organization', ...(h.pin === undefined ? [] : [' in the ', v('accounts'), ' pin']), ' is now guarded (', v('organization: true'), ')'];
  // Within a pin the accounts it takes in are known by id; without one, only a run can tell which the organization lists.
  if (gained === undefined || gained.length > 0) return { key, effect: 'strengthens', words: [...words, '.'], ...(gained === undefined ? {} : { guards: gained }) };
  return { key, effect: 'neutral', words: [...words, ', but the base branch’s targets already name each account of the pin it takes in: none is gained.'] };
}

/**
 * Whether targets `t` guard the credentials' account `caller`: true when it names it (an account, a
 * role in it, or the organization without excluding it — the credentials are the organization's)
 * and the policy's `accounts` pin, if any, lists it; false when the caller is known and not named,
 * or outside the pin; undefined when it cannot be told without the caller.
 */
function guardsCaller(t: TargetsValue, caller: string | undefined): boolean | undefined {
  if (caller === undefined) return t.organization && t.exclude.length === 0 && t.pin === undefined ? true : undefined;
  // Named targets are within the pin (the validator's rule); the organization's accounts outside it are not guarded.
  if (t.pin !== undefined && !t.pin.includes(caller)) return false;
  if (t.accounts.includes(caller) || t.roles.some((arn) => roleAccount(arn) === caller)) return true;
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

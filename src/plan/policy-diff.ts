/**
 * The whole-policy diff: every change a PR makes to the policy, and whether it weakens the
 * protection the policy gives — what the *next* sender could do, whether or not anything is
 * pending today. Pure: two policies in, a list of changes out.
 *
 * One row per policy field, in FIELD_ROWS: how to read the field, what leaving it out means, how
 * to compare two values (which also says whether a change weakens protection) and the words.
 * Adding a field to the policy language is adding a row here. Allow entries are rows too
 * (entry-diff.ts compares them entry by entry).
 */
import { DEFAULT_MAX_ACTIONS } from '../act/budget.js';
import type { Policy } from '../policy/types.js';
import { iotAllowRow, organizationsAllowRow } from './entry-diff.js';
import { addedRemoved, fieldRow, type PolicyRow, v, valueList } from './policy-row.js';
import type { PolicyChange } from './types.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

// ---- the fields ------------------------------------------------------------------------------

const accounts = fieldRow<readonly string[]>({
  key: 'accounts',
  read: (p) => p.accounts?.ids,
  line: (p) => p.accounts?.position.line,
  absent: { means: 'the policy may govern any account', toAbsent: () => 'weakens', fromAbsent: () => 'strengthens' },
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

const regions = fieldRow<readonly string[]>({
  key: 'iot.regions',
  read: (p) => p.iot.regions,
  absent: {
    means: 'the IoT regions swept come from the workflow (the `regions` input, else `AWS_REGION`)',
    // From a written list to "whatever the workflow says": the list's regions may no longer be swept.
    toAbsent: (base) => (base.length === 0 ? 'strengthens' : 'weakens'),
    fromAbsent: (head) => (head.length === 0 ? 'weakens' : 'neutral'),
  },
  show: (list) => (list.length === 0 ? [v('[]'), ' (no region)'] : valueList(list)),
  compare: (base, head) => {
    const { added, removed } = addedRemoved(base.value, head.value);
    const out: PolicyChange[] = [];
    if (removed.length > 0 && head.value.length === 0) {
      out.push({ key: 'iot.regions', effect: 'weakens', words: ['IoT is no longer swept in any region (', v('iot.regions: []'), '): no certificate transfer will be rejected. It was swept in ', ...valueList(removed), '.'] });
    } else if (removed.length > 0) {
      out.push({ key: 'iot.regions', effect: 'weakens', words: [plural(removed.length, 'IoT region ', 'IoT regions '), ...valueList(removed), ' no longer swept: certificate transfers there will not be rejected.'] });
    }
    if (added.length > 0) out.push({ key: 'iot.regions', effect: 'strengthens', words: [plural(added.length, 'IoT region ', 'IoT regions '), ...valueList(added), ' now swept.'] });
    return out;
  },
});

const handshakeTypes = fieldRow<readonly string[]>({
  key: 'organizations.handshake-types',
  read: (p) => p.organizations.handshakeTypes,
  // Never absent: normalise fills in the default types, which compare like written ones.
  absent: { value: [] },
  show: (types) => valueList(types),
  compare: (base, head) => {
    const { added, removed } = addedRemoved(base.value, head.value);
    const out: PolicyChange[] = [];
    if (removed.length > 0 && head.value.length === 0) {
      out.push({ key: 'organizations.handshake-types', effect: 'weakens', words: ['Handshakes are no longer governed at all (', v('organizations.handshake-types: []'), '): no ', ...valueList(removed), ' handshake will be declined.'] });
    } else if (removed.length > 0) {
      out.push({ key: 'organizations.handshake-types', effect: 'weakens', words: [...valueList(removed), ' handshakes are no longer governed: they will not be declined.'] });
    }
    if (added.length > 0) out.push({ key: 'organizations.handshake-types', effect: 'strengthens', words: [...valueList(added), ' handshakes are now governed: declined unless an entry allows them.'] });
    return out;
  },
});

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

const rejectReason = fieldRow<string>({
  key: 'iot.reject-reason',
  read: (p) => p.iot.rejectReason,
  // Never absent: normalise fills in the default reason.
  absent: { value: '' },
  show: (text) => [v(text)],
  compare: (base, head) =>
    base.value === head.value ? [] : [{ key: 'iot.reject-reason', effect: 'neutral', words: ['The reject reason sent to senders changes from ', v(base.value), ' to ', v(head.value), '.'] }],
});

/**
 * Every field of the policy, in the order a reviewer reads them. Add a row when the policy
 * language grows a field; the test table in test/plan-policy-diff.test.ts has a case per row.
 */
export const FIELD_ROWS: readonly PolicyRow[] = [accounts, regions, handshakeTypes, maxActions, rejectReason, iotAllowRow, organizationsAllowRow];

/** Every change from `base` to `head`, field by field in FIELD_ROWS order. */
export function diffPolicies(base: Policy, head: Policy, rows: readonly PolicyRow[] = FIELD_ROWS): PolicyChange[] {
  return rows.flatMap((row) => row.diff(base, head));
}

/** The changes that weaken protection: the comment's loud section and the `::warning::`. */
export function weakening(changes: readonly PolicyChange[]): PolicyChange[] {
  return changes.filter((c) => c.effect === 'weakens');
}

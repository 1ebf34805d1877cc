/** RAM invitations in the plan: the `ram` rows of the whole-policy diff and the ram.allow entries. Pure. */
import { entriesRow, type Change, type EntryField, type EntryKind, selector, until } from '../../plan/entry-diff.js';
import { foldAsciiCase } from '../../decide/email-pattern.js';
import { v, valueList } from '../../plan/policy-row.js';
import { governedSectionRow, regionSelectionRow, withinSection } from '../../plan/section-rows.js';
import type { EntryRef, Words } from '../../plan/types.js';
import type { Policy, RamAllowEntry } from '../../policy/types.js';

const governs = (p: Policy): boolean => p.ram !== undefined;

export const ramSectionRow = governedSectionRow({ key: 'ram', title: 'RAM resource-share invitations', done: 'rejected' }, (p) =>
  p.ram === undefined ? undefined : { line: p.ram.position.line, allowed: p.ram.allow.length },
);

export const ramRegionsRow = withinSection(
  regionSelectionRow(
    { key: 'ram.regions', label: 'RAM', one: 'resource-share invitation', many: 'resource-share invitations', parked: 'invitations waiting', done: 'rejected' },
    (p) => p.ram?.regions,
  ),
  governs,
);

/** `resource-types` narrows an entry: dropping it widens the entry to any resource, adding types widens it too. */
const resourceTypes: EntryField<RamAllowEntry> = {
  key: 'resource-types',
  compare: (base, head): Change[] => {
    const b = base.resourceTypes;
    const h = head.resourceTypes;
    if (b === undefined && h === undefined) return [];
    if (b === undefined) return [{ effect: 'strengthens', words: ['now narrowed to ', ...valueList(h ?? [])] }];
    if (h === undefined) return [{ effect: 'weakens', words: ['its ', v('resource-types'), ' narrowing (', ...valueList(b), ') is removed: it now allows any resource'] }];
    // Compared as matching compares them: `ec2:subnet` is `ec2:Subnet` written otherwise, not a change.
    const folded = (types: readonly string[]) => new Set(types.map(foldAsciiCase));
    const added = h.filter((t) => !folded(b).has(foldAsciiCase(t)));
    const removed = b.filter((t) => !folded(h).has(foldAsciiCase(t)));
    return [
      ...(added.length > 0 ? [{ effect: 'weakens' as const, words: ['now also allows ', ...valueList(added)] }] : []),
      ...(removed.length > 0 ? [{ effect: 'strengthens' as const, words: ['no longer allows ', ...valueList(removed)] }] : []),
    ];
  },
};

function allows(e: RamAllowEntry): Words {
  return ['resource-share invitations from account ', v(e.sourceAccount), ...(e.resourceTypes === undefined ? [] : [' (only ', ...valueList(e.resourceTypes), ')'])];
}

export const RAM_ALLOW: EntryKind<RamAllowEntry> = {
  list: 'ram.allow',
  entries: (p) => p.ram?.allow ?? [],
  allows,
  otherwise: 'rejected',
  identities: (e) => [e.sourceAccount],
  sameShape: () => false,
  fields: [selector<RamAllowEntry>('source-account', 'source account', (e) => e.sourceAccount, 'another account'), resourceTypes, until<RamAllowEntry>()],
};

export const ramAllowRow = withinSection(entriesRow(RAM_ALLOW), governs);

export function ramEntryRef(entry: RamAllowEntry): EntryRef {
  const types = entry.resourceTypes === undefined ? '' : `; resource types ${entry.resourceTypes.join(', ')}`;
  return { list: 'ram.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}${types}`, until: entry.until, note: entry.note };
}

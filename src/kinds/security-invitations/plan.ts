/** Security-service invitations in the plan: the `security-services` rows of the whole-policy diff and its allow entries. Pure. */
import { entriesRow, type Change, type EntryField, type EntryKind, selector, until } from '../../plan/entry-diff.js';
import { addedRemoved, fieldRow, v, valueList } from '../../plan/policy-row.js';
import { governedSectionRow, regionSelectionRow, withinSection } from '../../plan/section-rows.js';
import type { EntryRef, PolicyChange, Words } from '../../plan/types.js';
import type { SecurityServiceName } from '../../model/items.js';
import { POLICY_NAME_OF } from '../../policy/invitation-fields.js';
import type { Policy, SecurityServicesAllowEntry } from '../../policy/types.js';

const governs = (p: Policy): boolean => p.securityServices !== undefined;
const named = (services: readonly SecurityServiceName[]): string[] => services.map((s) => POLICY_NAME_OF[s]);

export const securitySectionRow = governedSectionRow({ key: 'security-services', title: 'Security-service administrator invitations', done: 'declined' }, (p) =>
  p.securityServices === undefined ? undefined : { line: p.securityServices.position.line, allowed: p.securityServices.allow.length },
);

export const securityServicesRow = withinSection(
  fieldRow<readonly string[]>({
    key: 'security-services.services',
    read: (p) => (p.securityServices === undefined ? undefined : named(p.securityServices.services)),
    // Never absent inside the section: normalise fills in all four.
    absent: { value: [] },
    show: (services) => valueList(services),
    compare: (base, head) => {
      const key = 'security-services.services';
      const { added, removed } = addedRemoved(base.value, head.value);
      const out: PolicyChange[] = [];
      if (removed.length > 0) out.push({ key, effect: 'weakens', words: [...valueList(removed), ' administrator invitations are no longer governed: they will not be declined.'] });
      if (added.length > 0) out.push({ key, effect: 'strengthens', words: [...valueList(added), ' administrator invitations are now governed: declined unless an entry allows them.'] });
      return out;
    },
  }),
  governs,
);

export const securityRegionsRow = withinSection(
  regionSelectionRow(
    { key: 'security-services.regions', label: 'Security-service', subject: 'Security-service invitations', one: 'administrator invitation', many: 'administrator invitations', parked: 'invitations waiting', done: 'declined' },
    (p) => p.securityServices?.regions,
  ),
  governs,
);

/** `services` narrows an entry: dropping it widens the entry to every governed service. */
const services: EntryField<SecurityServicesAllowEntry> = {
  key: 'services',
  compare: (base, head): Change[] => {
    const b = base.services === undefined ? undefined : named(base.services);
    const h = head.services === undefined ? undefined : named(head.services);
    if (b === undefined && h === undefined) return [];
    if (b === undefined) return [{ effect: 'strengthens', words: ['now narrowed to ', ...valueList(h ?? [])] }];
    if (h === undefined) return [{ effect: 'weakens', words: ['its ', v('services'), ' narrowing (', ...valueList(b), ') is removed: it now applies to every governed service'] }];
    const { added, removed } = addedRemoved(b, h);
    return [
      ...(added.length > 0 ? [{ effect: 'weakens' as const, words: ['now also applies to ', ...valueList(added)] }] : []),
      ...(removed.length > 0 ? [{ effect: 'strengthens' as const, words: ['no longer applies to ', ...valueList(removed)] }] : []),
    ];
  },
};

function allows(e: SecurityServicesAllowEntry): Words {
  return ['administrator invitations from account ', v(e.sourceAccount), ...(e.services === undefined ? [] : [' (only ', ...valueList(named(e.services)), ')'])];
}

export const SECURITY_ALLOW: EntryKind<SecurityServicesAllowEntry> = {
  list: 'security-services.allow',
  entries: (p) => p.securityServices?.allow ?? [],
  allows,
  otherwise: 'declined',
  identities: (e) => [e.sourceAccount],
  sameShape: () => false,
  fields: [selector<SecurityServicesAllowEntry>('source-account', 'source account', (e) => e.sourceAccount, 'another account'), services, until<SecurityServicesAllowEntry>()],
};

export const securityAllowRow = withinSection(entriesRow(SECURITY_ALLOW), governs);

export function securityEntryRef(entry: SecurityServicesAllowEntry): EntryRef {
  const only = entry.services === undefined ? '' : `; services ${named(entry.services).join(', ')}`;
  return { list: 'security-services.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}${only}`, until: entry.until, note: entry.note };
}

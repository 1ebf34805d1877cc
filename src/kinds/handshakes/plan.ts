/** Handshakes in the plan: the `organizations` rows of the whole-policy diff and the organizations.allow entries. Pure. */
import { foldAsciiCase, patternCovers } from '../../decide/email-pattern.js';
import { type Change, entriesRow, type EntryField, type EntryKind, selector, until } from '../../plan/entry-diff.js';
import { addedRemoved, fieldRow, v, valueList } from '../../plan/policy-row.js';
import type { EntryRef, PolicyChange, Words } from '../../plan/types.js';
import type { OrganizationsAllowEntry } from '../../policy/types.js';

export const handshakeTypesRow = fieldRow<readonly string[]>({
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

const email: EntryField<OrganizationsAllowEntry> = {
  key: 'management-email',
  compare: (base, head, now): Change[] => {
    const b = base.managementEmail;
    const h = head.managementEmail;
    if (b === undefined || h === undefined) return [...selector<OrganizationsAllowEntry>('management-email', 'management email', (e) => e.managementEmail, 'any management email').compare(base, head, now)];
    const wider = patternCovers(h, b);
    const narrower = patternCovers(b, h);
    if (wider && narrower) return [];
    if (wider) return [{ effect: 'weakens', words: ['management email broadened from ', v(b), ' to ', v(h)] }];
    if (narrower) return [{ effect: 'strengthens', words: ['management email narrowed from ', v(b), ' to ', v(h)] }];
    return [{ effect: 'weakens', words: ['management email changed from ', v(b), ' to ', v(h), ': it lets in other senders'] }];
  },
};

const entryTypes: EntryField<OrganizationsAllowEntry> = {
  key: 'handshake-types',
  compare: (base, head): Change[] => {
    const b = base.handshakeTypes;
    const h = head.handshakeTypes;
    if (b === undefined && h === undefined) return [];
    if (b === undefined) return [{ effect: 'strengthens', words: ['now narrowed to ', ...valueList(h ?? [])] }];
    if (h === undefined) return [{ effect: 'weakens', words: ['its ', v('handshake-types'), ' narrowing (', ...valueList(b), ') is removed: it now applies to every governed type'] }];
    const { added, removed } = addedRemoved(b, h);
    return [
      ...(added.length > 0 ? [{ effect: 'weakens' as const, words: ['now also applies to ', ...valueList(added)] }] : []),
      ...(removed.length > 0 ? [{ effect: 'strengthens' as const, words: ['no longer applies to ', ...valueList(removed)] }] : []),
    ];
  },
};

const ORGANIZATION_SELECTORS = ['organization', 'managementAccount', 'managementEmail'] as const;

export const ORGANIZATIONS_ALLOW: EntryKind<OrganizationsAllowEntry> = {
  list: 'organizations.allow',
  entries: (p) => p.organizations.allow,
  allows: (e) => {
    const parts: Words[] = [
      e.organization === undefined ? [] : ['organization ', v(e.organization)],
      e.managementAccount === undefined ? [] : ['management account ', v(e.managementAccount)],
      e.managementEmail === undefined ? [] : ['management email ', v(e.managementEmail)],
    ].filter((p) => p.length > 0);
    const joined = parts.flatMap((p, i) => (i === 0 ? p : [' with ', ...p]));
    const types: Words = e.handshakeTypes === undefined ? [] : [' (only ', ...valueList(e.handshakeTypes), ')'];
    return ['handshakes from ', ...joined, ...types];
  },
  otherwise: 'declined',
  identities: (e) => [
    ...(e.organization === undefined ? [] : [`organization:${e.organization}`]),
    ...(e.managementAccount === undefined ? [] : [`account:${e.managementAccount}`]),
    ...(e.managementEmail === undefined ? [] : [`email:${foldAsciiCase(e.managementEmail)}`]),
  ],
  sameShape: (a, b) => ORGANIZATION_SELECTORS.every((k) => (a[k] === undefined) === (b[k] === undefined)),
  fields: [
    selector<OrganizationsAllowEntry>('organization', 'organization', (e) => e.organization, 'handshakes from any organization with that sender'),
    selector<OrganizationsAllowEntry>('management-account', 'management account', (e) => e.managementAccount, 'any management account'),
    email,
    entryTypes,
    until<OrganizationsAllowEntry>(),
  ],
};

export const organizationsAllowRow = entriesRow(ORGANIZATIONS_ALLOW);

export function organizationsEntryRef(entry: OrganizationsAllowEntry): EntryRef {
  const allows = [
    entry.organization === undefined ? '' : `organization ${entry.organization}`,
    entry.managementAccount === undefined ? '' : `management account ${entry.managementAccount}`,
    entry.managementEmail === undefined ? '' : `management email ${entry.managementEmail}`,
    entry.handshakeTypes === undefined ? '' : `types ${entry.handshakeTypes.join(', ')}`,
  ].filter(Boolean).join('; ');
  return { list: 'organizations.allow', index: entry.index, line: entry.position.line, allows, until: entry.until, note: entry.note };
}

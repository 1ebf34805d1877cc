/** Certificate transfers in the plan: the `iot` rows of the whole-policy diff and the iot.allow entries. Pure. */
import { entriesRow, type EntryKind, selector, until } from '../../plan/entry-diff.js';
import { fieldRow, v } from '../../plan/policy-row.js';
import { regionSelectionRow } from '../../plan/section-rows.js';
import type { EntryRef } from '../../plan/types.js';
import type { IotAllowEntry } from '../../policy/types.js';

export const iotRegionsRow = regionSelectionRow(
  { key: 'iot.regions', label: 'IoT', one: 'certificate transfer', many: 'certificate transfers', parked: 'transfers parked', done: 'rejected' },
  (p) => p.iot.regions,
);

export const rejectReasonRow = fieldRow<string>({
  key: 'iot.reject-reason',
  read: (p) => p.iot.rejectReason,
  // Never absent: normalise fills in the default reason.
  absent: { value: '' },
  show: (text) => [v(text)],
  compare: (base, head) =>
    base.value === head.value ? [] : [{ key: 'iot.reject-reason', effect: 'neutral', words: ['The reject reason sent to senders changes from ', v(base.value), ' to ', v(head.value), '.'] }],
});

export const IOT_ALLOW: EntryKind<IotAllowEntry> = {
  list: 'iot.allow',
  entries: (p) => p.iot.allow,
  allows: (e) => ['certificate transfers from account ', v(e.sourceAccount)],
  otherwise: 'rejected',
  identities: (e) => [e.sourceAccount],
  sameShape: () => false,
  fields: [selector<IotAllowEntry>('source-account', 'source account', (e) => e.sourceAccount, 'another account'), until<IotAllowEntry>()],
};

export const iotAllowRow = entriesRow(IOT_ALLOW);

export function iotEntryRef(entry: IotAllowEntry): EntryRef {
  return { list: 'iot.allow', index: entry.index, line: entry.position.line, allows: `source account ${entry.sourceAccount}`, until: entry.until, note: entry.note };
}

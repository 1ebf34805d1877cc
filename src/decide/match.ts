/**
 * Whether one allow entry matches one item, per kind. Pure: the entry, the item and `now` in,
 * a verdict out. `decide.ts` turns verdicts into decisions and `reasons.ts` into sentences.
 */
import type { CertificateTransferItem, HandshakeItem } from '../model/items.js';
import type { AllowEntryBase, IotAllowEntry, OrganizationsAllowEntry } from '../policy/types.js';
import { matchesEmailPattern } from './email-pattern.js';
import { isInForce } from './in-force.js';

export { isInForce, lapsesAt } from './in-force.js';
export { matchesEmailPattern } from './email-pattern.js';

/**
 * match         — every field matches and the entry is in force.
 * lapsed        — every field matches but the entry's `until` has passed.
 * type-excluded — (handshakes) the entry names the sender, but its `handshake-types` leave this type out.
 * no-match      — the entry is about someone else.
 */
export type EntryVerdict = 'match' | 'lapsed' | 'type-excluded' | 'no-match';

/** An empty string from an adapter says no more than undefined does. */
function known(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}

/** `iot.allow` entry vs an incoming transfer: the source account, then time. */
export function iotEntryVerdict(entry: IotAllowEntry, item: CertificateTransferItem, now: Date): EntryVerdict {
  if (!known(item.sourceAccount) || entry.sourceAccount !== item.sourceAccount) return 'no-match';
  return isInForce(entry, now) ? 'match' : 'lapsed';
}

/**
 * Every identifying field the entry sets matches the handshake's sender. An entry that sets
 * none identifies nobody: the parser forbids it, and here it must not turn into "allow all".
 */
export function entryIdentifiesSender(entry: OrganizationsAllowEntry, item: HandshakeItem): boolean {
  const { organization, managementAccount, managementEmail } = entry;
  if (organization === undefined && managementAccount === undefined && managementEmail === undefined) return false;
  if (organization !== undefined && organization !== item.organizationId) return false;
  if (managementAccount !== undefined && managementAccount !== item.managementAccountId) return false;
  if (managementEmail !== undefined) {
    // No email on the handshake: an entry that asks for one cannot match.
    if (!known(item.managementEmail)) return false;
    if (!matchesEmailPattern(managementEmail, item.managementEmail)) return false;
  }
  return true;
}

/** An entry without `handshake-types` covers every governed type. */
export function entryCoversType(entry: OrganizationsAllowEntry, type: string): boolean {
  return entry.handshakeTypes === undefined || (entry.handshakeTypes as readonly string[]).includes(type);
}

/** `organizations.allow` entry vs an open, governed, incoming handshake. */
export function organizationsEntryVerdict(entry: OrganizationsAllowEntry, item: HandshakeItem, now: Date): EntryVerdict {
  if (!entryIdentifiesSender(entry, item)) return 'no-match';
  if (!entryCoversType(entry, item.type)) return 'type-excluded';
  return isInForce(entry, now) ? 'match' : 'lapsed';
}

/** The first entry (in list order, i.e. lowest index) with each interesting verdict. */
export interface AllowListSearch<E extends AllowEntryBase> {
  readonly matched?: E;
  readonly lapsed?: E;
  readonly typeExcluded?: E;
}

export function searchAllowList<E extends AllowEntryBase>(
  entries: readonly E[],
  verdictOf: (entry: E) => EntryVerdict,
): AllowListSearch<E> {
  let lapsed: E | undefined;
  let typeExcluded: E | undefined;
  for (const entry of entries) {
    const verdict = verdictOf(entry);
    if (verdict === 'match') return { matched: entry };
    if (verdict === 'lapsed') lapsed ??= entry;
    if (verdict === 'type-excluded') typeExcluded ??= entry;
  }
  return {
    ...(lapsed === undefined ? {} : { lapsed }),
    ...(typeExcluded === undefined ? {} : { typeExcluded }),
  };
}

import type { InboundItem } from './items.js';

/**
 * Who sent an item, as one stable string a trail across runs can group by:
 * `account:<12 digits>` for a certificate transfer, a resource-share invitation (its sender account)
 * or a security-service invitation (the inviting administrator account), `organization:<o-id>` for
 * a handshake (else `management-account:<12 digits>`), `unknown` when AWS did not tell. Built from identifiers only —
 * never from sender-written text (names, emails, notes) — and only when they have AWS's shape, so
 * the value is safe to group on, to put in an output, or to show.
 */
export function itemSender(item: InboundItem): string {
  if (item.kind === 'certificate-transfer') {
    return item.sourceAccount !== undefined && ACCOUNT_ID.test(item.sourceAccount) ? `account:${item.sourceAccount}` : UNKNOWN_SENDER;
  }
  if (item.kind === 'resource-share-invitation') return accountSender(item.senderAccountId);
  if (item.kind === 'security-invitation') return accountSender(item.administratorAccountId);
  if (item.organizationId !== undefined && ORGANIZATION_ID.test(item.organizationId)) return `organization:${item.organizationId}`;
  if (item.managementAccountId !== undefined && ACCOUNT_ID.test(item.managementAccountId)) return `management-account:${item.managementAccountId}`;
  return UNKNOWN_SENDER;
}

function accountSender(account: string | undefined): string {
  return account !== undefined && ACCOUNT_ID.test(account) ? `account:${account}` : UNKNOWN_SENDER;
}

export const UNKNOWN_SENDER = 'unknown';

const ACCOUNT_ID = /^\d{12}$/;
/** AWS Organizations: o- and 10 to 32 lowercase letters or digits. */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

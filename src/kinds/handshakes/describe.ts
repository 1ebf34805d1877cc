/** How a handshake reads in the summary, the PR comment and the log. Sender-written text is made inert. */
import type { ClaimedHandshakeSender, HandshakeItem } from '../../model/items.js';
import { isAccountId, isOrganizationId, isPlainEmail, UNIDENTIFIED_SENDER } from '../../model/sender.js';
import { code, inertLogText, inertMarkdown, quotedMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeHandshake: ItemDescriber<HandshakeItem> = {
  kindCell: (item) => `Handshake ${code(item.type)}`,
  sourceCell: (item) => {
    const notes = item.notes ? `<br>note: ${quotedMarkdown(item.notes, 120)}` : '';
    // Sent by this account's own organization (it manages it): to whom, as for an outgoing transfer.
    if (item.direction === 'outgoing') return `this account’s organization${item.organizationId ? ` ${code(item.organizationId)}` : ''} → ${item.recipient ? code(item.recipient) : 'unknown'}${notes}`;
    const parts = [
      item.organizationId ? `org ${code(item.organizationId)}` : '',
      item.managementAccountId ? `account ${code(item.managementAccountId)}` : '',
      item.managementEmail ? inertMarkdown(item.managementEmail, 100) : '',
      item.managementName ? quotedMarkdown(item.managementName, 60) : '',
    ].filter(Boolean);
    if (parts.length > 0) return parts.join(', ') + notes;
    const claimed = claimedParts(item.claimedSender, code, (email) => inertMarkdown(email, 100), (name) => quotedMarkdown(name, 60));
    return `${UNIDENTIFIED_SENDER}${claimed === '' ? '' : ` (claims ${claimed}, unverified)`}${notes}`;
  },
  logLabel: (item) => {
    const head = `handshake ${safe(item.id)} (${safe(item.type)}, ${safe(item.state)})`;
    // Outgoing: the ARN names this account as the sending organization's management account, and the parties agree (toHandshakeItem).
    if (item.direction === 'outgoing') return `${head} sent by ${safe(item.account)}'s organization${item.organizationId ? ` ${safe(item.organizationId)}` : ''} to ${safe(item.recipient ?? 'a recipient AWS did not name')}`;
    const from = item.organizationId ?? item.managementAccountId ?? (item.managementEmail === undefined ? undefined : `management email ${item.managementEmail}`);
    if (from !== undefined) return `${head} to ${safe(item.account)} from ${safe(from)}`;
    const claimed = claimedParts(item.claimedSender, safe, safe, logQuoted);
    return `${head} to ${safe(item.account)} from an ${UNIDENTIFIED_SENDER}${claimed === '' ? '' : ` (claims ${claimed}, unverified)`}`;
  },
};

/**
 * "o-… / 666677778888 / finance@… / “Name”": each value through the sink's own escaping, and the
 * ids and the email only when they have AWS's shape (organization id, 12 digits, plain email), so
 * the sender cannot write words of ours into the claim (`o-x / 1, verified) (was`). The name, free
 * text, is quoted by `name`, which must keep an embedded quote from closing it. '' when nothing is shown.
 */
function claimedParts(claimed: ClaimedHandshakeSender | undefined, id: (text: string) => string, email: (text: string) => string, name: (text: string) => string): string {
  if (claimed === undefined) return '';
  return [
    isOrganizationId(claimed.organizationId) ? id(claimed.organizationId) : '',
    isAccountId(claimed.managementAccountId) ? id(claimed.managementAccountId) : '',
    isPlainEmail(claimed.managementEmail) ? email(claimed.managementEmail) : '',
    claimed.managementName === undefined || claimed.managementName === '' ? '' : name(claimed.managementName),
  ]
    .filter(Boolean)
    .join(' / ');
}

/**
 * A sender-written name in the log, JSON-quoted (an embedded `"` or `\\` is escaped, so it cannot
 * close the quotes) after being cut to 60 characters, then made inert; never cut again, so the
 * closing quote stays (60 characters JSON-escaped are at most 362).
 */
function logQuoted(text: string): string {
  return inertLogText(JSON.stringify(Array.from(text).slice(0, 60).join('')), 400);
}

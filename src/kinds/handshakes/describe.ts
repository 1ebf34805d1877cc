/** How a handshake reads in the summary, the PR comment and the log. Sender-written text is made inert. */
import type { ClaimedHandshakeSender, HandshakeItem } from '../../model/items.js';
import { UNIDENTIFIED_SENDER } from '../../model/sender.js';
import { code, inertLogText, inertMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeHandshake: ItemDescriber<HandshakeItem> = {
  kindCell: (item) => `Handshake ${code(item.type)}`,
  sourceCell: (item) => {
    const notes = item.notes ? `<br>note: “${inertMarkdown(item.notes, 120)}”` : '';
    // Sent by this account's own organization (it manages it): to whom, as for an outgoing transfer.
    if (item.direction === 'outgoing') return `this account’s organization${item.organizationId ? ` ${code(item.organizationId)}` : ''} → ${item.recipient ? code(item.recipient) : 'unknown'}${notes}`;
    const parts = [
      item.organizationId ? `org ${code(item.organizationId)}` : '',
      item.managementAccountId ? `account ${code(item.managementAccountId)}` : '',
      item.managementEmail ? inertMarkdown(item.managementEmail, 100) : '',
      item.managementName ? `“${inertMarkdown(item.managementName, 60)}”` : '',
    ].filter(Boolean);
    if (parts.length > 0) return parts.join(', ') + notes;
    const claims = item.claimedSender === undefined ? '' : ` (claims ${claimedParts(item.claimedSender, code, (email) => inertMarkdown(email, 100), (name) => `“${inertMarkdown(name, 60)}”`)}, unverified)`;
    return `${UNIDENTIFIED_SENDER}${claims}${notes}`;
  },
  logLabel: (item) => {
    const head = `handshake ${safe(item.id)} (${safe(item.type)}, ${safe(item.state)})`;
    // Outgoing: the ARN names this account as the sending organization's management account, and the parties agree (toHandshakeItem).
    if (item.direction === 'outgoing') return `${head} sent by ${safe(item.account)}'s organization${item.organizationId ? ` ${safe(item.organizationId)}` : ''} to ${safe(item.recipient ?? 'a recipient AWS did not name')}`;
    const from = item.organizationId ?? item.managementAccountId ?? (item.managementEmail === undefined ? undefined : `management email ${item.managementEmail}`);
    if (from !== undefined) return `${head} to ${safe(item.account)} from ${safe(from)}`;
    const claims = item.claimedSender === undefined ? '' : ` (claims ${claimedParts(item.claimedSender, safe, safe, (name) => `"${safe(name)}"`)}, unverified)`;
    return `${head} to ${safe(item.account)} from an ${UNIDENTIFIED_SENDER}${claims}`;
  },
};

/** "o-… / 666677778888 / finance@… / “Name”": each value through the sink's own escaping. */
function claimedParts(claimed: ClaimedHandshakeSender, id: (text: string) => string, email: (text: string) => string, name: (text: string) => string): string {
  return [
    id(claimed.organizationId),
    claimed.managementAccountId === undefined ? '' : id(claimed.managementAccountId),
    claimed.managementEmail === undefined ? '' : email(claimed.managementEmail),
    claimed.managementName === undefined ? '' : name(claimed.managementName),
  ]
    .filter(Boolean)
    .join(' / ');
}

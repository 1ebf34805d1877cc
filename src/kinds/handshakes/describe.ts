/** How a handshake reads in the summary, the PR comment and the log. Sender-written text is made inert. */
import type { HandshakeItem } from '../../model/items.js';
import { code, inertLogText, inertMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeHandshake: ItemDescriber<HandshakeItem> = {
  kindCell: (item) => `Handshake ${code(item.type)}`,
  sourceCell: (item) => {
    const parts = [
      item.organizationId ? `org ${code(item.organizationId)}` : '',
      item.managementAccountId ? `account ${code(item.managementAccountId)}` : '',
      item.managementEmail ? inertMarkdown(item.managementEmail, 100) : '',
      item.managementName ? `“${inertMarkdown(item.managementName, 60)}”` : '',
    ].filter(Boolean);
    const notes = item.notes ? `<br>note: “${inertMarkdown(item.notes, 120)}”` : '';
    return (parts.join(', ') || 'unknown') + notes;
  },
  logLabel: (item) => `handshake ${safe(item.id)} (${safe(item.type)}, ${safe(item.state)}) to ${safe(item.account)} from ${safe(item.organizationId ?? item.managementAccountId ?? 'an unknown organization')}`,
};

/** How a certificate transfer reads in the summary, the PR comment and the log. Sender-written text is made inert. */
import type { CertificateTransferItem } from '../../model/items.js';
import { code, inertLogText, inertMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeCertificateTransfer: ItemDescriber<CertificateTransferItem> = {
  kindCell: () => 'IoT certificate transfer',
  sourceCell: (item) => {
    if (item.direction === 'outgoing') return `this account → ${item.targetAccount ? code(item.targetAccount) : 'unknown'}`;
    const from = item.sourceAccount ? `account ${code(item.sourceAccount)}` : 'unknown account';
    return item.transferMessage ? `${from}<br>“${inertMarkdown(item.transferMessage, 128)}”` : from;
  },
  logLabel: (item) => `IoT transfer ${safe(item.certificateId)} in ${safe(item.account)} ${safe(item.region)} from ${safe(item.sourceAccount ?? 'an unknown account')}`,
};

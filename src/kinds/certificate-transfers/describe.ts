/** How a certificate transfer reads in the summary, the PR comment and the log. Sender-written text is made inert. */
import type { CertificateTransferItem } from '../../model/items.js';
import { code, inertLogText, quotedMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeCertificateTransfer: ItemDescriber<CertificateTransferItem> = {
  kindCell: () => 'IoT certificate transfer',
  sourceCell: (item) => {
    if (item.direction === 'outgoing') return `this account → ${item.targetAccount ? code(item.targetAccount) : 'unknown'}`;
    const from = item.sourceAccount ? `account ${code(item.sourceAccount)}` : 'unknown account';
    return item.transferMessage ? `${from}<br>${quotedMarkdown(item.transferMessage, 128)}` : from;
  },
  logLabel: (item) =>
    item.direction === 'outgoing'
      // Its sourceAccount is this account: the destination is what tells it apart.
      ? `IoT transfer ${safe(item.certificateId)} in ${safe(item.account)} ${safe(item.region)} sent by ${safe(item.account)} to ${safe(item.targetAccount ?? 'an unknown account')}`
      : `IoT transfer ${safe(item.certificateId)} in ${safe(item.account)} ${safe(item.region)} from ${safe(item.sourceAccount ?? 'an unknown account')}`,
};

/** How a RAM invitation reads in the summary, the PR comment and the log. The share name and resource ARNs are sender-chosen: inert. */
import type { ResourceShareInvitationItem } from '../../model/items.js';
import { code, inertLogText, inertMarkdown, quotedMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

/** `ec2:Subnet ×2, ec2:TransitGateway`: what it would share, by type. */
function byType(item: ResourceShareInvitationItem): string {
  const counts = new Map<string, number>();
  for (const r of item.resources) counts.set(r.type ?? 'unknown type', (counts.get(r.type ?? 'unknown type') ?? 0) + 1);
  return [...counts].map(([type, n]) => `${code(type)}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

export const describeResourceShareInvitation: ItemDescriber<ResourceShareInvitationItem> = {
  kindCell: () => 'RAM resource share',
  sourceCell: (item) => {
    const from = item.senderAccountId ? `account ${code(item.senderAccountId)}` : 'unknown account';
    const name = item.shareName ? `<br>${quotedMarkdown(item.shareName, 100)}` : '';
    const shares = item.resources.length === 0 ? '<br>shares: nothing listed' : `<br>shares: ${byType(item)}`;
    const arns = item.resources.slice(0, 3).map((r) => inertMarkdown(r.arn, 120));
    const more = item.resources.length > 3 ? ` …and ${item.resources.length - 3} more` : '';
    return `${from}${name}${shares}${arns.length ? `<br><sub>${arns.join('<br>')}${more}</sub>` : ''}`;
  },
  // The whole ARN, as the summary shows it and RejectResourceShareInvitation takes it: the log can be searched for what the summary names.
  logLabel: (item) => `RAM invitation ${safe(item.invitationArn)} in ${safe(item.account)} ${safe(item.region)} from ${safe(item.senderAccountId ?? 'an unknown account')}`,
};

/**
 * How a security-service invitation reads in the summary, the PR comment and the log. Detective's
 * member email is the invited account's (its root user's) as the administrator entered it when it
 * added the account to its behavior graph (CreateMembers): administrator-written, inert, and said
 * to be that, not the administrator's own.
 */
import type { SecurityInvitationItem } from '../../model/items.js';
import { SERVICE_LABEL } from '../services.js';
import { code, inertLogText, quotedMarkdown } from '../../report/escape.js';
import type { ItemDescriber } from '../kind.js';

const safe = (text: string): string => inertLogText(text, 200);

export const describeSecurityInvitation: ItemDescriber<SecurityInvitationItem> = {
  kindCell: (item) => `${SERVICE_LABEL[item.service]?.short ?? 'Security service'} invitation`,
  sourceCell: (item) => {
    const from = item.administratorAccountId ? `administrator account ${code(item.administratorAccountId)}` : 'unknown account';
    return item.memberEmail ? `${from}<br>to ${quotedMarkdown(item.memberEmail, 100)} (the invited account's email, as the administrator entered it)` : from;
  },
  logLabel: (item) =>
    `${SERVICE_LABEL[item.service]?.short ?? 'security service'} invitation to ${safe(item.account)} ${safe(item.region)} from ${safe(item.administratorAccountId || 'an unknown account')}`,
};

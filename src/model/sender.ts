/**
 * Who sent an item, as one stable string a trail across runs can group by: `account:<12 digits>`
 * for a certificate transfer or a RAM invitation, `organization:<o-id>` for a handshake (else
 * `management-account:<12 digits>`), `administrator:<12 digits>` for a security-service
 * invitation, `unknown` when AWS did not tell. Built from identifiers only — never from
 * sender-written text (names, emails, notes) — and only when they have AWS's shape, so the value is
 * safe to group on, to put in an output, or to show. Each kind says which identifier is its
 * sender (src/kinds/<kind>/model.ts, `sender`); these are the forms.
 */
export const UNKNOWN_SENDER = 'unknown';

/**
 * The one phrase the log, the summary and the reasons use for a handshake whose sender could not be
 * identified (no organization, management account or email: toHandshakeItem leaves them out when
 * the ARN names this account's side), so no allow entry can match it.
 */
export const UNIDENTIFIED_SENDER = 'unidentified sender';

const ACCOUNT_ID = /^\d{12}$/;

/** Whether `id` has the shape of an AWS account id: 12 digits. */
export function isAccountId(id: string | undefined): id is string {
  return id !== undefined && ACCOUNT_ID.test(id);
}
/** AWS Organizations: o- and 10 to 32 lowercase letters or digits. */
const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

/** Whether `id` has the shape of an AWS Organizations organization id. */
export function isOrganizationId(id: string | undefined): id is string {
  return id !== undefined && ORGANIZATION_ID.test(id);
}

/**
 * Whether `email` is plain email text: one `@` between the characters decide/reasons.ts quotes back
 * as ordinary id/email text (letters, digits, `._+-`; the domain without `_+`), at most 64
 * characters (AWS's limit for an account's email). Only such a sender-written email is shown where
 * nothing else vouches for it (a handshake's claimed sender).
 */
export function isPlainEmail(email: string | undefined): email is string {
  return email !== undefined && email.length <= 64 && /^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+$/.test(email);
}

/** `<label>:<12 digits>` when `id` is an account id, else `unknown`. */
export function accountSender(label: 'account' | 'management-account' | 'administrator', id: string | undefined): string {
  return isAccountId(id) ? `${label}:${id}` : UNKNOWN_SENDER;
}

/** `organization:<o-id>` when `id` is an organization id, else undefined. */
export function organizationSender(id: string | undefined): string | undefined {
  return isOrganizationId(id) ? `organization:${id}` : undefined;
}

/** The labels before an account id. */
const ACCOUNT_LABELS: readonly string[] = ['account', 'management-account', 'administrator'];

/**
 * Whether `sender` is one of the forms above: what a sender read back from a file must be (a
 * shard's report, in a merge), since summary-json passes it on as safe to show.
 */
export function isSenderForm(sender: string): boolean {
  if (sender === UNKNOWN_SENDER) return true;
  const colon = sender.indexOf(':');
  const [label, id] = [sender.slice(0, colon), sender.slice(colon + 1)];
  return colon > 0 && (label === 'organization' ? ORGANIZATION_ID.test(id) : ACCOUNT_LABELS.includes(label) && ACCOUNT_ID.test(id));
}

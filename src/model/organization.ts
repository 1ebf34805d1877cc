/**
 * An AWS Organizations organization as a run knows it, from identifiers AWS formats (never from
 * sender-written text): its id and its management account.
 */
export interface OrganizationIdentity {
  /** o- and 10 to 32 lowercase letters or digits. */
  readonly id: string;
  /** 12 digits. */
  readonly managementAccount: string;
}

/**
 * What a ListAccounts `Account.Arn` says: `arn:<partition>:organizations::<management-account>:account/<o-id>/<account-id>`.
 * Undefined unless it has that shape and names `accountId` (the account's own `Id`) last.
 */
export function organizationOfAccountArn(arn: string | undefined, accountId: string): OrganizationIdentity | undefined {
  const match = /^arn:[a-z-]+:organizations::(\d{12}):account\/(o-[a-z0-9]{10,32})\/(\d{12})$/.exec(arn ?? '');
  if (match === null || match[3] !== accountId) return undefined;
  const [, managementAccount, id] = match;
  return managementAccount === undefined || id === undefined ? undefined : { id, managementAccount };
}

/**
 * The organization every listed account belongs to, by their ARNs: undefined when the list is
 * empty, when some account's ARN did not name one, or when they do not all name the same one. Only
 * then may a run treat it as the organization it guards.
 */
export function organizationOfAll(accounts: readonly { readonly organization?: OrganizationIdentity | undefined }[]): OrganizationIdentity | undefined {
  const [first] = accounts;
  const organization = first?.organization;
  if (organization === undefined) return undefined;
  const same = accounts.every((a) => a.organization?.id === organization.id && a.organization.managementAccount === organization.managementAccount);
  return same ? organization : undefined;
}

/**
 * What a handshake ARN says: `arn:<partition>:organizations::<management-account>:handshake/<o-id>/<type>/<h-id>`.
 * The shape is the Organizations model's `HandshakeArn` pattern (botocore
 * data/organizations/2016-11-28/service-2.json: `handshake\/o-[a-z0-9]{10,32}\/[a-z_]{1,32}\/h-…`,
 * so `transfer_responsibility` fits the type segment; the type is not read here). That the account
 * and organization are the sending organization's is shown only by AWS's INVITE examples (the
 * same model's examples-1.json: InviteAccountToOrganization, AcceptHandshake, DescribeHandshake …):
 * AWS publishes no TRANSFER_RESPONSIBILITY handshake ARN, so for that type the reading is
 * unconfirmed: its ARN may name the recipient's management account. toHandshakeItem does not bet on
 * it (directionOf): an ARN naming this account makes a handshake outgoing only with its parties'
 * consent, and when they say it was sent to us the ARN's fields are not taken for the sender's.
 */
export interface HandshakeArnParts {
  readonly managementAccountId?: string | undefined;
  readonly organizationId?: string | undefined;
}

/** The management account and organization a handshake's ARN names (AWS formats it); {} for any other shape. */
export function parseHandshakeArn(arn: string | undefined): HandshakeArnParts {
  const match = /^arn:[^:]+:organizations::(\d{12}):handshake\/(o-[a-z0-9]+)\//.exec(arn ?? '');
  if (match === null) return {};
  return { managementAccountId: match[1], organizationId: match[2] };
}

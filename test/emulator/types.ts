/**
 * The emulator's public data model: the scenario format (what a .yml/.json file or `seed()` may
 * contain), the knob rules, the call log and the inspection snapshots.
 * Field names of the snapshots follow the AWS wire names where one exists.
 */

export type ServiceName = 'iot' | 'organizations' | 'sts' | 'account' | InvitationServiceName;

/** Services of the invitation kinds, by SigV4 signing name (each is regional and REST-JSON). */
export const INVITATION_SERVICES = ['ram', 'guardduty', 'macie2', 'securityhub', 'detective'] as const;
export type InvitationServiceName = (typeof INVITATION_SERVICES)[number];
/** The security services whose invitations make the inviter the administrator of our findings. */
export const SECURITY_SERVICES = ['guardduty', 'macie2', 'securityhub', 'detective'] as const;
export type SecurityServiceName = (typeof SECURITY_SERVICES)[number];

/** RAM ResourceShareInvitationStatus. */
export const RESOURCE_SHARE_INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED'] as const;
export type ResourceShareInvitationStatus = (typeof RESOURCE_SHARE_INVITATION_STATUSES)[number];

export const CERTIFICATE_STATUSES = [
  'ACTIVE',
  'INACTIVE',
  'REVOKED',
  'PENDING_TRANSFER',
  'REGISTER_INACTIVE',
  'PENDING_ACTIVATION',
] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const HANDSHAKE_ACTIONS = [
  'INVITE',
  'TRANSFER_RESPONSIBILITY',
  'ENABLE_ALL_FEATURES',
  'APPROVE_ALL_FEATURES',
  'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE',
] as const;
export type HandshakeAction = (typeof HANDSHAKE_ACTIONS)[number];

export const HANDSHAKE_STATES = ['REQUESTED', 'OPEN', 'CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type HandshakeStateName = (typeof HANDSHAKE_STATES)[number];

/**
 * A point in time: an ISO-8601 string, a relative offset from the moment the scenario is seeded
 * (`"-3d"`, `"+12h"`, `"-90m"`, `"-20s"`, `"now"`), or epoch milliseconds.
 */
export type TimeSpec = string | number;

/** Which DescribeCertificate field names the source while a transfer is pending (aws-facts: unconfirmed). */
export type PendingOwnerField = 'ownedBy' | 'previousOwnedBy' | 'none';

export interface Scenario {
  /** Seeds every random choice (generated ids, fault rates, empty pages). Default 1. */
  seed?: number;
  /** The account `env()` acts as when none is given. */
  defaultAccount?: string;
  /** AWS_REGION in `env()`, and the region of certificates that do not name one. Default us-east-1. */
  defaultRegion?: string;
  /**
   * While a transfer is pending, what the *destination* sees in DescribeCertificate:
   * `ownedBy` (default): ownedBy = source, previousOwnedBy absent;
   * `previousOwnedBy`: ownedBy = destination, previousOwnedBy = source;
   * `none`: ownedBy = destination, previousOwnedBy absent (the source cannot be told).
   */
  pendingOwnerField?: PendingOwnerField;
  /** Extra access key ids: `{ AKIDEXAMPLE: "123456789012" }` or with a principal. */
  credentials?: Record<string, string | CredentialSeed>;
  accounts?: AccountSeed[];
  organizations?: OrganizationSeed[];
  /** Large virtual certificate populations (generated on demand, up to millions). */
  fleets?: FleetSeed[];
  /** Individual certificates, incl. pending transfers. */
  certificates?: CertificateSeed[];
  handshakes?: HandshakeSeed[];
  /** IAM roles other accounts may assume (STS AssumeRole), by rule: see RoleSeed. */
  roles?: RoleSeed[];
  /** AWS RAM resource-share invitations (regional). */
  resourceShareInvitations?: ResourceShareInvitationSeed[];
  /** GuardDuty / Macie / Security Hub / Detective administrator invitations (regional). */
  securityInvitations?: SecurityInvitationSeed[];
  /** Where Security Hub or Macie is not enabled: their invitation APIs then answer as AWS does for an unsubscribed account. */
  securityServices?: SecurityServiceSeed[];
  knobs?: KnobSettings;
}

export interface CredentialSeed {
  account: string;
  /** What GetCallerIdentity answers as Arn. */
  arn?: string;
}

export interface AccountSeed {
  id: string;
  email?: string;
  name?: string;
  /** What GetCallerIdentity answers as Arn for this account's default key. */
  arn?: string;
  /** Lifecycle state (Organizations ListAccounts `State`). Default ACTIVE. */
  state?: AccountStateName;
  /** Region opt-in statuses that differ from the defaults (ENABLED_BY_DEFAULT regions, opt-in regions DISABLED). */
  regions?: Record<string, RegionOptStatusName>;
  /** When it joined its organization (ListAccounts `JoinedTimestamp`). Default: derived from the id, 30..630 days before seeding (700..900 for a management account). */
  joinedAt?: TimeSpec;
  /** ListAccounts `JoinedMethod`. Default INVITED for the management account, CREATED for members. */
  joinedMethod?: 'INVITED' | 'CREATED';
}

export interface OrganizationSeed {
  /** o-[a-z0-9]{10,32} */
  id: string;
  managementAccount: string;
  managementEmail?: string;
  managementName?: string;
  /** Resource names used in this organization's handshakes: older MASTER_* or newer MANAGEMENT_*. Default management. */
  resourceStyle?: 'master' | 'management';
  members?: string[];
  /** Member accounts that may call ListAccounts (and ListRegions with AccountId) like the management account. */
  delegatedAdministrators?: string[];
  /** Which of ListAccounts' `State` (new) and `Status` (retired 2026-09-09) are sent. Default both. */
  accountFields?: 'both' | 'state' | 'status';
  /** Add `count` members with consecutive ids from `firstId`, and what each of them holds. */
  generateMembers?: GenerateMembersSeed;
}

export interface FleetSeed {
  account: string;
  region?: string;
  count: number;
  /** Relative weights, e.g. `{ ACTIVE: 95, INACTIVE: 4, REVOKED: 1 }`. Default all ACTIVE. */
  statuses?: Partial<Record<CertificateStatus, number>>;
  /** Creation dates are spread evenly between these. Defaults: -900d .. -1d. */
  createdFrom?: TimeSpec;
  createdTo?: TimeSpec;
}

export interface CertificateSeed {
  /** 64 lowercase hex characters; generated when absent. Not allowed with count > 1. */
  id?: string;
  /** Create this many alike (ids generated). Default 1. */
  count?: number;
  region?: string;
  owner: string;
  /** Default: PENDING_TRANSFER when `transfer` is pending, else ACTIVE. */
  status?: CertificateStatus;
  createdAt?: TimeSpec;
  mode?: 'DEFAULT' | 'SNI_ONLY';
  caCertificateId?: string;
  previousOwner?: string;
  transfer?: TransferSeed;
}

export interface TransferSeed {
  /** Destination account. */
  to: string;
  /** Sender-written, at most 128 characters. */
  message?: string;
  at?: TimeSpec;
  /** A past, finished transfer: set one of these (the certificate is then not pending). */
  rejectedAt?: TimeSpec;
  rejectReason?: string;
  acceptedAt?: TimeSpec;
}

export interface HandshakeSeed {
  /** h-[0-9a-z]{8,32}; generated when absent. */
  id?: string;
  action: HandshakeAction;
  /** Default OPEN. */
  state?: HandshakeStateName;
  /** The originating organization (must be listed in `organizations`). */
  organization: string;
  /** The receiving account. */
  to: string;
  /** Address the invitation by email (party type EMAIL) instead of account id. */
  toEmail?: string;
  /** Override the organization's MASTER_* / MANAGEMENT_* choice for this handshake. */
  resourceStyle?: 'master' | 'management';
  /** Sender-written NOTES resource. */
  notes?: string;
  requestedAt?: TimeSpec;
  expiresAt?: TimeSpec;
  /** When a final state was entered (final handshakes vanish 30 days later). Default: seeding time. */
  closedAt?: TimeSpec;
  parentHandshakeId?: string;
  /** TRANSFER_RESPONSIBILITY details. */
  transfer?: { id?: string; type?: string; startAt?: TimeSpec; name?: string };
  /**
   * Whose management account and organization the ARN names. Default `sender` (AWS's INVITE
   * examples); `recipient`: the organization `to` manages (it must manage one), the reading AWS
   * has not ruled out for TRANSFER_RESPONSIBILITY. Parties and Resources are built as for `sender`.
   */
  arnNames?: 'sender' | 'recipient';
  /** Replace the generated Parties / Resources verbatim. */
  parties?: HandshakeParty[];
  resources?: HandshakeResource[];
  /** Create this many alike (ids generated). Default 1. */
  count?: number;
}

export interface HandshakeParty {
  Id: string;
  Type: 'ACCOUNT' | 'ORGANIZATION' | 'EMAIL';
}

export interface HandshakeResource {
  Type: string;
  Value?: string;
  Resources?: HandshakeResource[];
}

export interface ResourceShareInvitationSeed {
  /** The id in the invitation ARN (a UUID); generated when absent. Not allowed with count > 1. */
  id?: string;
  /** Create this many alike (ids generated). Default 1. */
  count?: number;
  region?: string;
  /** senderAccountId: the account that owns the share. */
  from: string;
  /** receiverAccountId. */
  to: string;
  /** Set when the share names an IAM role or user of the receiver rather than the account. */
  receiverArn?: string;
  /** resourceShareName: written by the sender. Default "Shared resources". */
  shareName?: string;
  /** The id in the share ARN; generated when absent (all invitations of one seed entry share it). */
  shareId?: string;
  /** Default PENDING. A PENDING invitation reads EXPIRED once past expiresAt. */
  status?: ResourceShareInvitationStatus;
  invitedAt?: TimeSpec;
  /** Default invitedAt + 7 days (12 hours for some resource types; set it). */
  expiresAt?: TimeSpec;
  /** What ListPendingInvitationResources answers for this invitation. */
  resources?: SharedResourceSeed[];
}

export interface SharedResourceSeed {
  /** service-code:resource-code, e.g. ec2:Subnet, ec2:TransitGateway, license-manager:LicenseConfiguration. */
  type: string;
  /** Generated from the type, region and sender when absent. Not allowed with count > 1. */
  arn?: string;
  /** Create this many alike. Default 1. */
  count?: number;
  /** AVAILABLE (default) | ZONAL_RESOURCE_INACCESSIBLE | LIMIT_EXCEEDED | UNAVAILABLE | PENDING */
  status?: string;
  statusMessage?: string;
  /** REGIONAL (default) | GLOBAL */
  scope?: 'REGIONAL' | 'GLOBAL';
  resourceGroupArn?: string;
}

export interface SecurityInvitationSeed {
  service: SecurityServiceName;
  region?: string;
  /** The inviting (administrator) account. Give `from`, or `count` for that many invitations from generated accounts. */
  from?: string;
  /** The invited (member) account. */
  to: string;
  /** invitationId (GuardDuty, Macie, Security Hub) or the behavior graph id (Detective): 32 lowercase hex; generated. */
  id?: string;
  /** The service's own spelling; default its pending status (Invited, or INVITED for Detective). */
  status?: string;
  invitedAt?: TimeSpec;
  /** Detective: EmailAddress, the member's root email as the administrator typed it (administrator-written). */
  email?: string;
  count?: number;
}

export interface SecurityServiceSeed {
  service: 'securityhub' | 'macie2';
  account: string;
  /** Default: every region. */
  region?: string;
  enabled: boolean;
}

// ---------------------------------------------------------------- knobs

export interface RateLimitRule {
  service: ServiceName;
  /** Default: every operation of the service, each with its own bucket (AWS quotas are per API). */
  operation?: string;
  /** Default: every region, each with its own bucket (quotas are per account and region). */
  region?: string;
  /** Tokens added per second. */
  tps: number;
  /** Bucket size (and initial fill). */
  burst: number;
}

export type FaultKind = 'http500' | 'http503' | 'reset' | 'hang' | 'error';

/** The error a fault of kind `error` answers: any status, error type and message (say, a 403 that echoes the request). */
export interface FaultError {
  status: number;
  type: string;
  message: string;
}

export interface FaultRule {
  service?: ServiceName;
  operation: string;
  /** Fire on the nth matching call (1-based) counted from when the rule was installed. */
  nth?: number;
  /** Fire on each matching call with this probability (seeded). */
  rate?: number;
  kind: FaultKind;
  /** With kind `error`: the error to answer. */
  error?: FaultError;
  /** How many times the rule may fire. Default 1 with `nth`, unlimited with `rate`. */
  times?: number;
  /** Only calls by this account / in this region / on this certificate or handshake id. */
  account?: string;
  region?: string;
  id?: string;
  /**
   * `before` (default): the request is not processed. `after`: the request is processed, then the
   * response is replaced by the fault (the caller cannot know its change went through).
   */
  phase?: 'before' | 'after';
}

/**
 * What "someone else" does: accepted (the receiver), cancelled (the sender withdraws: the item is
 * gone), declined / rejected (the receiver, in another session), expired (RAM: the invitation
 * times out).
 */
export type RaceOutcome = 'accepted' | 'cancelled' | 'declined' | 'rejected' | 'expired';

export interface RaceRule {
  /** The operation whose next matching call triggers the race, e.g. RejectCertificateTransfer. */
  operation: string;
  /**
   * The certificate, handshake or invitation the race applies to; default: the one the triggering
   * call names (RAM: the invitation ARN; GuardDuty/Macie/Security Hub: the inviting account id;
   * Detective: the graph ARN).
   */
  id?: string;
  /** What "someone else" does just before the call is processed. */
  outcome: RaceOutcome;
}

export interface KnobSettings {
  /** Added before every response. */
  latencyMs?: number;
  rateLimits?: RateLimitRule[];
  faults?: FaultRule[];
  races?: RaceRule[];
  /** Organizations: probability that a ListHandshakesForAccount page comes back empty but with a NextToken. */
  emptyPageRate?: number;
  /** Organizations: the last real page still carries a NextToken, which leads to an empty final page. */
  trailingEmptyPage?: boolean;
  /** IoT: a full page carries nextMarker even when nothing follows (the next page is then empty). */
  fullPageMarker?: boolean;
  /** GuardDuty, Macie, Security Hub, Detective: the last page carries an empty-string next token instead of none. */
  blankFinalToken?: boolean;
  /**
   * IoT ListCertificates / ListOutgoingCertificates, Organizations ListHandshakesForAccount: probability
   * that a page reached with a marker / NextToken repeats, in front of its own items, the items of
   * the page that handed out that token, as they were sent then (seeded).
   */
  duplicatePageRate?: number;
  /** The same list operations: probability that a page's items come in a shuffled order (seeded). */
  reorderPageRate?: number;
}

// ---------------------------------------------------------------- inspection

export interface CallRecord {
  service: ServiceName;
  operation: string;
  account: string;
  region: string;
  params: Record<string, unknown>;
  /** HTTP status sent; 0 when the connection was reset or left hanging. */
  status: number;
  /** The AWS error code sent (or `ConnectionReset` / `Hang`). */
  errorType?: string;
  /** Set when a fault rule or race fired on this call. */
  fault?: FaultKind;
  race?: RaceOutcome;
  /** Order of arrival, from 1. */
  seq: number;
  /** When the request's body had arrived: performance.now() in the emulator's process, in ms (the benchmark's timeline). */
  at: number;
}

export interface EmulatedTransfer {
  from: string;
  to: string;
  message?: string;
  transferDate: Date;
  acceptDate?: Date;
  rejectDate?: Date;
  rejectReason?: string;
  /** Set when the source cancelled. */
  cancelDate?: Date;
}

export interface EmulatedCertificate {
  certificateId: string;
  /** As the owner sees it. */
  certificateArn: string;
  region: string;
  ownedBy: string;
  previousOwnedBy?: string;
  status: CertificateStatus;
  certificateMode: 'DEFAULT' | 'SNI_ONLY';
  creationDate: Date;
  lastModifiedDate: Date;
  caCertificateId?: string;
  /** The latest transfer, pending or finished. */
  transfer?: EmulatedTransfer;
  /** True when the certificate belongs to a virtual fleet and was never changed. */
  virtual: boolean;
}

export interface EmulatedHandshake {
  Id: string;
  Arn: string;
  Action: HandshakeAction;
  State: HandshakeStateName;
  Parties: HandshakeParty[];
  Resources: HandshakeResource[];
  RequestedTimestamp: Date;
  ExpirationTimestamp: Date;
  /** Emulator bookkeeping, not on the wire: */
  organizationId: string;
  senderAccount: string;
  recipientAccount: string;
  parentHandshakeId?: string;
}

// ---------------------------------------------------------------- accounts, roles, regions (issue 8)

/** Organizations `AccountState` (the model of @aws-sdk/client-organizations 3.1169). */
export const ACCOUNT_STATES = ['PENDING_ACTIVATION', 'ACTIVE', 'SUSPENDED', 'PENDING_CLOSURE', 'CLOSED'] as const;
export type AccountStateName = (typeof ACCOUNT_STATES)[number];

/** Account API `RegionOptStatus`. */
export const REGION_OPT_STATUSES = ['ENABLED', 'ENABLING', 'DISABLING', 'DISABLED', 'ENABLED_BY_DEFAULT'] as const;
export type RegionOptStatusName = (typeof REGION_OPT_STATUSES)[number];

/**
 * Which accounts a rule covers: every account (`"*"`), every account of an organization
 * (management account and members, generated ones included, evaluated when used), or a list.
 */
export type AccountSelector = '*' | { organization: string } | string[];

/**
 * A role that exists in every selected account: `arn:aws:iam::<account>:role/<name>`.
 * `trust` is who may assume it: an account id (any principal of that account, like
 * `arn:aws:iam::<id>:root`, which is accepted too), a role ARN (its sessions), a user ARN, an
 * assumed-role session ARN, or `"*"`.
 */
export interface RoleSeed {
  name: string;
  accounts: AccountSelector;
  /** These accounts have no such role (AssumeRole is denied, as for any missing role). */
  except?: string[];
  trust: string[];
  /** The trust policy's sts:ExternalId condition: AssumeRole must send exactly this. */
  externalId?: string;
  /** 3600..43200 seconds, default 3600 (as IAM). */
  maxSessionDuration?: number;
}

export interface GenerateMembersSeed {
  /** How many members (1..100,000). */
  count: number;
  /** The first id; the others follow by +1. */
  firstId: string;
  /** Templates: `{n}` is the 1-based index (zero-padded to the width of count), `{id}` the account id. */
  name?: string;
  email?: string;
  /** Opt-in statuses of every generated member (see AccountSeed.regions). */
  regions?: Record<string, RegionOptStatusName>;
  /** A fleet of this many certificates per member and region. */
  fleet?: { count: number; regions?: string[]; statuses?: Partial<Record<CertificateStatus, number>> };
  /** Per member and region, `count` certificates pending transfer to the member, senders taken in turn from `from`. */
  pendingTransfers?: { count: number; regions?: string[]; from: string[]; message?: string; at?: TimeSpec };
  /** Per member, handshakes it received (as HandshakeSeed, without `to`). */
  handshakes?: Omit<HandshakeSeed, 'to' | 'id' | 'toEmail'>[];
}

/** A session AssumeRole handed out (`sessions()` on the handle). */
export interface AssumedSession {
  accessKeyId: string;
  /** The account the credentials act in (the role's). */
  account: string;
  roleArn: string;
  roleSessionName: string;
  /** arn:aws:sts::<account>:assumed-role/<role>/<session> */
  arn: string;
  /** The caller that assumed it (its GetCallerIdentity Arn) and its account. */
  sourceArn: string;
  sourceAccount: string;
  externalId?: string;
  durationSeconds: number;
  expiration: Date;
}

export interface EmulatedSharedResource {
  arn: string;
  type: string;
  resourceShareArn: string;
  status: string;
  statusMessage?: string;
  resourceRegionScope: 'REGIONAL' | 'GLOBAL';
  resourceGroupArn?: string;
  creationTime: Date;
  lastUpdatedTime: Date;
}

export interface EmulatedResourceShareInvitation {
  resourceShareInvitationArn: string;
  resourceShareArn: string;
  resourceShareName: string;
  senderAccountId: string;
  receiverAccountId: string;
  receiverArn?: string;
  status: ResourceShareInvitationStatus;
  invitationTimestamp: Date;
  /** Emulator bookkeeping, not on the wire: */
  region: string;
  expiresAt: Date;
  respondedAt?: Date;
  /** True once the sender withdrew it (race outcome `cancelled`): every call then meets "not found". */
  withdrawn: boolean;
  resources: EmulatedSharedResource[];
}

export interface EmulatedSecurityInvitation {
  service: SecurityServiceName;
  region: string;
  administratorAccountId: string;
  memberAccountId: string;
  /** invitationId; for Detective the graph ARN. */
  invitationId: string;
  /** The service's own status, as listed. */
  status: string;
  invitedAt: Date;
  email?: string;
  /** Set once it is no longer listed: declined by the member, or withdrawn by the administrator. */
  removed?: 'declined' | 'withdrawn';
  removedAt?: Date;
}

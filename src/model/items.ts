/**
 * The plain records the AWS adapters produce and every later stage reads.
 * Nothing here knows about the SDK or the runner: a test can build an item by hand.
 * Text fields marked "sender-written" come from a stranger's account and are untrusted.
 */

/** The handshake action types AWS Organizations defines (HandshakeAction / ActionType). */
export const HANDSHAKE_TYPES = [
  'INVITE',
  'TRANSFER_RESPONSIBILITY',
  'ENABLE_ALL_FEATURES',
  'APPROVE_ALL_FEATURES',
  'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE',
] as const;
export type HandshakeType = (typeof HANDSHAKE_TYPES)[number];

/** The handshake states; only OPEN and REQUESTED can still be declined. */
export const HANDSHAKE_STATES = ['REQUESTED', 'OPEN', 'CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;
export type HandshakeState = (typeof HANDSHAKE_STATES)[number];

/** A certificate in PENDING_TRANSFER as seen from this account, in one region. */
export interface CertificateTransferItem {
  readonly kind: 'certificate-transfer';
  /** The guarded account it was found in (the destination of an incoming transfer). */
  readonly account: string;
  /** 64 hex characters. */
  readonly certificateId: string;
  readonly certificateArn: string;
  readonly region: string;
  /**
   * `incoming`: another account offers it to us (ours to accept or reject).
   * `outgoing`: this account is transferring its own certificate away (never ours to judge).
   */
  readonly direction: 'incoming' | 'outgoing';
  /** The sending account; undefined when DescribeCertificate did not tell it apart from ours. */
  readonly sourceAccount?: string | undefined;
  /** For outgoing transfers: the destination account (ListOutgoingCertificates.transferredTo). */
  readonly targetAccount?: string | undefined;
  /** ISO-8601. */
  readonly transferDate?: string | undefined;
  /** Sender-written, at most 128 characters. */
  readonly transferMessage?: string | undefined;
  readonly caCertificateId?: string | undefined;
  /** DEFAULT | SNI_ONLY. */
  readonly certificateMode?: string | undefined;
  /** ISO-8601. */
  readonly creationDate?: string | undefined;
  /**
   * Set only when ListCertificates listed it as PENDING_TRANSFER and DescribeCertificate then found it
   * in another status and owned by this account: accepted here in between. The status it had (ACTIVE, …).
   */
  readonly acceptedStatus?: string | undefined;
}

/** An Organizations handshake listed for this account (global service). */
export interface HandshakeItem {
  readonly kind: 'handshake';
  /** The guarded account it was listed for. */
  readonly account: string;
  /** h-[0-9a-z]{8,32} */
  readonly id: string;
  readonly arn: string;
  /** The Action field. Kept as a string: AWS may add types we do not know yet. */
  readonly type: string;
  readonly state: string;
  /**
   * `incoming`: this account received it (ours to decline); anything not shown to be outgoing.
   * `outgoing`: this account's own organization sent it: the ARN names our account, and for any
   * type but the own-organization ones no ACCOUNT party names us as its target (toHandshakeItem,
   * directionOf: the ARN is known to name the sender only for INVITE).
   */
  readonly direction: 'incoming' | 'outgoing';
  /**
   * The originating organization (o-...), from the ARN, the parties or the resources; undefined
   * when the ARN names this account for a handshake sent to it (then it does not name the sender).
   */
  readonly organizationId?: string | undefined;
  /** The originating organization's management account, from the ARN; undefined as organizationId. */
  readonly managementAccountId?: string | undefined;
  /** Sender-written: MANAGEMENT_EMAIL or the older MASTER_EMAIL resource. */
  readonly managementEmail?: string | undefined;
  /** Sender-written: MANAGEMENT_NAME or the older MASTER_NAME resource. */
  readonly managementName?: string | undefined;
  /** Sender-written: the NOTES resource. */
  readonly notes?: string | undefined;
  /**
   * Only when the sender is unidentified (the ARN names this account for a handshake sent to it):
   * what the handshake's parties and resources say of the other organization, for a reader to see
   * who it claims to be. Sender-written and unverified: never matched, never the item's `sender`.
   * Our own organization's values are left out (toHandshakeItem, claimedSenderOf).
   */
  readonly claimedSender?: ClaimedHandshakeSender | undefined;
  /**
   * The party it was sent to, from Parties: an account id, an email address (an invitation by
   * email) or, between two organizations, the other organization's id; undefined when the parties
   * name none, or more than one. What says to whom an outgoing handshake went.
   */
  readonly recipient?: string | undefined;
  /** ISO-8601. */
  readonly requestedAt?: string | undefined;
  /** ISO-8601. */
  readonly expiresAt?: string | undefined;
}

/** What a handshake whose sender is unidentified says of the organization that sent it: sender-written, unverified. */
export interface ClaimedHandshakeSender {
  /** An ORGANIZATION party or resource other than ours. */
  readonly organizationId: string;
  /** The rest only from the resources nested under that organization's ORGANIZATION resource. */
  readonly managementAccountId?: string | undefined;
  readonly managementEmail?: string | undefined;
  readonly managementName?: string | undefined;
}

/** A resource that a pending RAM invitation would share with this account. */
export interface SharedResourceRef {
  /** Sender-chosen names may be part of it (a subnet's, a rule's). */
  readonly arn: string;
  /** service:resource as AWS gave it, e.g. `ec2:Subnet`. */
  readonly type?: string | undefined;
}

/** A PENDING AWS RAM resource-share invitation this account received, in one region. */
export interface ResourceShareInvitationItem {
  readonly kind: 'resource-share-invitation';
  /** The guarded account that received it. */
  readonly account: string;
  readonly region: string;
  /** What RejectResourceShareInvitation takes. */
  readonly invitationArn: string;
  readonly shareArn?: string | undefined;
  /** Sender-written: the resource share's name. */
  readonly shareName?: string | undefined;
  /** The account offering the share; undefined when RAM did not say. */
  readonly senderAccountId?: string | undefined;
  /** Set when the share names one of our IAM roles or users rather than the account. */
  readonly receiverArn?: string | undefined;
  /** PENDING for every item the sweep reports (the others are answered already). */
  readonly status: string;
  /** ISO-8601. */
  readonly invitedAt?: string | undefined;
  /** What it would share (ListPendingInvitationResources), in the order AWS listed them. */
  readonly resources: readonly SharedResourceRef[];
}

/** The security services whose administrator invitations are guarded (Macie's API is `macie2`). */
export const SECURITY_SERVICES = ['guardduty', 'macie', 'securityhub', 'detective'] as const;
export type SecurityServiceName = (typeof SECURITY_SERVICES)[number];

/**
 * An administrator invitation of a security service this account received, in one region: accepting
 * it makes the inviting account the administrator of this account's findings there.
 */
export interface SecurityInvitationItem {
  readonly kind: 'security-invitation';
  /** The guarded account that was invited (the member). */
  readonly account: string;
  readonly region: string;
  readonly service: SecurityServiceName;
  /** The inviting account, which would become the administrator. */
  readonly administratorAccountId: string;
  /** GuardDuty, Macie, Security Hub: the InvitationId. Detective: the behavior graph ARN (what RejectInvitation takes). */
  readonly invitationId?: string | undefined;
  /** The service's own spelling: Invited (Detective: INVITED) for every item the sweep reports. */
  readonly status: string;
  /** ISO-8601. */
  readonly invitedAt?: string | undefined;
  /** Detective only, written by the administrator: the email address it entered for this account. */
  readonly memberEmail?: string | undefined;
}

export type InboundItem = CertificateTransferItem | HandshakeItem | ResourceShareInvitationItem | SecurityInvitationItem;

/** The kinds of inbound request there are; src/kinds/registry.ts has the shape of each. */
export type KindName = InboundItem['kind'];

/**
 * What a decline names, and so how the invitation is found again after one: Detective rejects by
 * behavior graph (the invitation's id, its ARN); the others decline by the inviting account.
 */
export function securityWriteTarget(invitation: { readonly service: string; readonly invitationId?: string | undefined; readonly administratorAccountId: string }): string | undefined {
  return invitation.service === 'detective' ? invitation.invitationId : invitation.administratorAccountId;
}

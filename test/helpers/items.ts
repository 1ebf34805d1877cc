/** Hand-built inventory items with plausible defaults; override what the test is about. */
import type { CertificateTransferItem, HandshakeItem, ResourceShareInvitationItem, SecurityInvitationItem } from '../../src/model/items.js';

export const THIS_ACCOUNT = '111111111111';

type Overrides<T> = { -readonly [K in keyof T]?: T[K] };

export function certificateTransfer(overrides: Overrides<CertificateTransferItem> = {}): CertificateTransferItem {
  const certificateId = overrides.certificateId ?? 'a'.repeat(64);
  const region = overrides.region ?? 'eu-west-1';
  return {
    kind: 'certificate-transfer',
    account: THIS_ACCOUNT,
    certificateId,
    certificateArn: `arn:aws:iot:${region}:${THIS_ACCOUNT}:cert/${certificateId}`,
    region,
    direction: 'incoming',
    sourceAccount: '999988887777',
    ...overrides,
  };
}

export function handshake(overrides: Overrides<HandshakeItem> = {}): HandshakeItem {
  const id = overrides.id ?? 'h-examplehandshakeid';
  const organizationId = 'organizationId' in overrides ? overrides.organizationId : 'o-exampleorgid';
  const managementAccountId = 'managementAccountId' in overrides ? overrides.managementAccountId : '222233334444';
  const type = overrides.type ?? 'INVITE';
  return {
    kind: 'handshake',
    account: THIS_ACCOUNT,
    id,
    arn: `arn:aws:organizations::${managementAccountId ?? '000000000000'}:handshake/${organizationId ?? 'o-unknown'}/${type.toLowerCase()}/${id}`,
    type,
    state: 'OPEN',
    direction: 'incoming',
    organizationId,
    managementAccountId,
    managementEmail: 'admin@example.com',
    ...overrides,
  };
}

export function resourceShareInvitation(overrides: Overrides<ResourceShareInvitationItem> = {}): ResourceShareInvitationItem {
  const region = overrides.region ?? 'eu-west-1';
  const sender = 'senderAccountId' in overrides ? overrides.senderAccountId : '999988887777';
  return {
    kind: 'resource-share-invitation',
    account: THIS_ACCOUNT,
    region,
    invitationArn: `arn:aws:ram:${region}:${sender ?? '000000000000'}:resource-share-invitation/00000000-0000-4000-a000-000000000001`,
    shareName: 'Shared subnets',
    senderAccountId: sender,
    status: 'PENDING',
    resources: [{ arn: `arn:aws:ec2:${region}:${sender ?? '000000000000'}:subnet/subnet-0123456789abcdef0`, type: 'ec2:Subnet' }],
    ...overrides,
  };
}

export function securityInvitation(overrides: Overrides<SecurityInvitationItem> = {}): SecurityInvitationItem {
  const service = overrides.service ?? 'guardduty';
  const administrator = overrides.administratorAccountId ?? '999988887777';
  const region = overrides.region ?? 'eu-west-1';
  return {
    kind: 'security-invitation',
    account: THIS_ACCOUNT,
    region,
    service,
    administratorAccountId: administrator,
    invitationId: service === 'detective' ? `arn:aws:detective:${region}:${administrator}:graph:${'a'.repeat(32)}` : 'b'.repeat(32),
    status: service === 'detective' ? 'INVITED' : 'Invited',
    ...overrides,
  };
}

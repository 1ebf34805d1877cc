/** Hand-built inventory items with plausible defaults; override what the test is about. */
import type { CertificateTransferItem, HandshakeItem } from '../../src/model/items.js';

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

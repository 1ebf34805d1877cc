/**
 * The AWS half of every kind, loaded on first use: a run loads the SDK client of a kind only when
 * the policy governs it (validate loads none, an IoT-only policy no RAM or security-service client).
 */
import type { KindName } from '../../model/items.js';
import type { ItemOf } from '../../kinds/registry.js';
import type { AwsKind } from './kind.js';

const LOADERS: { readonly [N in KindName]: () => Promise<AwsKind<ItemOf<N>>> } = {
  'certificate-transfer': async () => (await import('./certificate-transfers.js')).awsCertificateTransfers,
  handshake: async () => (await import('./handshakes.js')).awsHandshakes,
  'resource-share-invitation': async () => (await import('./resource-share-invitations.js')).awsResourceShareInvitations,
  'security-invitation': async () => (await import('./security-invitations.js')).awsSecurityInvitations,
};

const loaded = new Map<KindName, Promise<AwsKind>>();

export function loadAwsKind(name: KindName): Promise<AwsKind> {
  let kind = loaded.get(name);
  if (kind === undefined) {
    // Sound: the loader of `name` yields the AWS half of the kind named `name`.
    kind = LOADERS[name]() as unknown as Promise<AwsKind>;
    loaded.set(name, kind);
  }
  return kind;
}

/** Handshakes with the Organizations SDK: listed once per account by sweep.ts, declined with DeclineHandshake. */
import type { HandshakeItem } from '../../model/items.js';
import { sweepHandshakes } from '../../sweep/sweep.js';
import { declineHandshake } from '../organizations/decline-handshake.js';
import type { AwsKind } from './kind.js';

export const awsHandshakes: AwsKind<HandshakeItem> = {
  name: 'handshake',
  sweep: (clients, unit, options) => sweepHandshakes(clients, unit.account, options.log),
  write: (clients, write) => declineHandshake(clients.organizations, write.target),
};

/** Handshakes with the Organizations SDK: listed once per account by sweep.ts, declined with DeclineHandshake. */
import type { HandshakeItem } from '../../model/items.js';
import { sweepHandshakes } from '../../sweep/sweep.js';
import type { RaceEndState } from '../errors.js';
import { declineHandshake } from '../organizations/decline-handshake.js';
import { listHandshakes } from '../organizations/list-handshakes.js';
import type { AwsKind } from './kind.js';

/** A handshake's state as an end state (finished handshakes stay listed for 30 days); OPEN and REQUESTED are still pending. */
const END_STATES: Readonly<Record<string, RaceEndState>> = { ACCEPTED: 'accepted', DECLINED: 'declined', CANCELED: 'withdrawn', EXPIRED: 'expired', OPEN: 'pending', REQUESTED: 'pending' };

export const awsHandshakes: AwsKind<HandshakeItem> = {
  name: 'handshake',
  sweep: (clients, unit, options) => sweepHandshakes(clients, unit.account, options.log),
  write: (clients, write) => declineHandshake(clients.organizations, write.target),
  // InvalidHandshakeTransitionException says accepted, cancelled or expired; the account's listing tells which (or that it is still open).
  endState: async (clients, write) => {
    const handshake = (await listHandshakes(clients.organizations)).find((h) => h.Id === write.target);
    if (handshake === undefined) return 'gone';
    return Object.hasOwn(END_STATES, handshake.State ?? '') ? END_STATES[handshake.State ?? ''] : undefined;
  },
};

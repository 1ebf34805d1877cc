/**
 * The AWS half of a kind: how its items are listed in one (account, region) or once per account,
 * and how its write is made, with the SDK adapters. The SDK-free half is src/kinds/<kind>/; both
 * are found by kind name (src/kinds/registry.ts, ./index.ts).
 */
import type { KindWrite } from '../../kinds/kind.js';
import type { ServiceName } from '../../kinds/services.js';
import type { InboundItem } from '../../model/items.js';
import type { SweepEvent } from '../../sweep/events.js';
import type { Part } from '../../sweep/sweep.js';
import type { AwsClients } from '../clients.js';
import type { RaceEndState } from '../errors.js';

/** One service of one kind, read in one region of one account (or once, for a global kind). */
export interface SweepUnit {
  readonly account: string;
  readonly service: ServiceName;
  /** Undefined for a global kind. */
  readonly region?: string | undefined;
}

export interface SweepOptions {
  /** Calls at once within one unit that look at items one by one (DescribeCertificate, ListPendingInvitationResources). */
  readonly describeConcurrency: number;
  /** The clock of progress lines, epoch milliseconds. */
  readonly now: () => number;
  /** A progress line at this interval while a long part lasts (IoT). */
  readonly progressIntervalMs: number;
  readonly log: (event: SweepEvent) => void;
}

export interface AwsKind<I extends InboundItem = InboundItem> {
  readonly name: I['kind'];
  /**
   * The unit's pending items, sorted by the kind's order. Never throws for an AWS failure: it is the
   * part's SweepError, and the part contributes no items (no partial inventory).
   */
  sweep(clients: AwsClients, unit: SweepUnit, options: SweepOptions): Promise<Part<I>>;
  /** Makes the write with the clients the account was read with; a race is thrown as the AWS error it is. */
  write(clients: AwsClients, write: KindWrite): Promise<void>;
  /**
   * After a write raced (and the error's name did not tell): what became of the item, re-read with a
   * call the read permissions already allow; undefined when that cannot tell. May throw (treated as unknown).
   */
  endState?(clients: AwsClients, write: KindWrite): Promise<RaceEndState | undefined>;
}

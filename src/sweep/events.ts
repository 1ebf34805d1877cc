import type { AwsErrorKind } from '../aws/errors.js';

/** A part of the account that could not be read: the run cannot vouch for it. */
export interface SweepError {
  /** `iot` errors belong to one region; `organizations` is global. */
  readonly service: 'iot' | 'organizations' | 'sts';
  readonly region?: string | undefined;
  /** Error name and message as AWS gave them. */
  readonly message: string;
}

/**
 * Progress of a sweep, as plain data for the report writer to turn into log lines.
 * Counts and AWS-given identifiers only; `error.message` is AWS's text (escape it before logging).
 */
export type SweepEvent =
  | { readonly type: 'region-started'; readonly region: string }
  | {
      readonly type: 'region-finished';
      readonly region: string;
      /** Certificates in PENDING_TRANSFER, incoming and outgoing. */
      readonly pending: number;
      readonly incoming: number;
      readonly outgoing: number;
      /** Listed as pending, then gone or no longer pending when described (a race): not reported as items. */
      readonly vanished: number;
    }
  | { readonly type: 'region-failed'; readonly region: string; readonly errorKind: AwsErrorKind; readonly error: SweepError }
  | { readonly type: 'handshakes-started' }
  | {
      readonly type: 'handshakes-finished';
      /** Every handshake listed, in any state. */
      readonly listed: number;
      readonly incoming: number;
      readonly outgoing: number;
      /** Listed without an Id: nothing can be done with them, so they are not items. */
      readonly withoutId: number;
    }
  | { readonly type: 'handshakes-failed'; readonly errorKind: AwsErrorKind; readonly error: SweepError };

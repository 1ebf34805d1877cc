import type { AwsErrorKind } from '../aws/errors.js';
import type { RegionProgress } from './progress.js';
import type { KindName } from '../model/items.js';
import type { ServiceName } from '../kinds/services.js';
import type { Shard } from './shard.js';
import type { OrganizationIdentity } from '../model/organization.js';

/** A part of the guarded accounts that could not be read: the run cannot vouch for it. */
export interface SweepError {
  /**
   * A kind's service (`iot`, `ram`, `guardduty`, …): that service in one region of one account.
   * `organizations`: an account's handshakes, or (without `account`) the organization's account
   * list. `sts`: the caller's identity or a role that could not be assumed. `account`: an account's
   * region list (Account ListRegions). `shard`: a merged report only, a shard of the matrix run whose
   * report the merge did not find: every unit it owns, in every account (`shard` says which).
   */
  readonly service: ServiceName | 'sts' | 'account' | 'shard';
  /** Service `shard` only: the shard whose report is missing. */
  readonly shard?: Shard | undefined;
  /** The guarded account it concerns; absent for the caller's own identity and the organization listing. */
  readonly account?: string | undefined;
  readonly region?: string | undefined;
  /** Error name and message as AWS gave them, redacted and bounded (aws/errors.ts), not escaped: the report keeps them so; escape them to show them. */
  readonly message: string;
  /** The AWS error name (AccessDeniedException, ThrottlingException …, or a Node network code) when an AWS call failed; absent for our own findings (a role that answered as another account). */
  readonly code?: string | undefined;
  /**
   * The IAM action of the AWS call that failed (`guardduty:ListInvitations`, `iot:DescribeCertificate`),
   * when known: a refused read's hint names it (run/targets-hint.ts).
   */
  readonly action?: string | undefined;
  /** Our words on what the error most likely means here, when we know better than its text (run/opt-in-hint.ts). */
  readonly hint?: string | undefined;
}

/**
 * Progress of a sweep, as plain data for the report writer to turn into log lines.
 * Counts and AWS-given identifiers only; `error.message` is AWS's text (escape it before logging).
 */
export type SweepEvent =
  | { readonly type: 'region-started'; readonly account: string; readonly region: string }
  /** A region's sweep has lasted another interval (src/sweep/progress.ts): counts so far. */
  | ({ readonly type: 'region-progress'; readonly account: string; readonly region: string } & RegionProgress)
  | {
      readonly type: 'region-finished';
      readonly account: string;
      readonly region: string;
      /** Certificates in PENDING_TRANSFER, incoming and outgoing. */
      readonly pending: number;
      readonly incoming: number;
      readonly outgoing: number;
      /** Listed as pending, then gone or no longer pending when described (a race): not reported as items. */
      readonly vanished: number;
      /** Certificates AWS listed more than once (on several pages): each is judged once. */
      readonly duplicates: number;
    }
  | ({ readonly type: 'region-failed'; readonly account: string; readonly region: string; readonly errorKind: AwsErrorKind; readonly error: SweepError } & PlanMark)
  | { readonly type: 'handshakes-started'; readonly account: string }
  | {
      readonly type: 'handshakes-finished';
      readonly account: string;
      /** Every handshake listed, in any state. */
      readonly listed: number;
      readonly incoming: number;
      readonly outgoing: number;
      /** Listed without an Id: nothing can be done with them, so they are not items. */
      readonly withoutId: number;
      /** Handshakes AWS listed more than once: each is judged once. */
      readonly duplicates: number;
    }
  | ({ readonly type: 'handshakes-failed'; readonly account: string; readonly errorKind: AwsErrorKind; readonly error: SweepError } & PlanMark)
  /** Kinds without events of their own (RAM, the security services): one service of one kind in one region started. */
  | { readonly type: 'part-started'; readonly account: string; readonly kind: KindName; readonly service: ServiceName; readonly region?: string | undefined }
  | {
      readonly type: 'part-finished';
      readonly account: string;
      readonly kind: KindName;
      readonly service: ServiceName;
      readonly region?: string | undefined;
      /** Everything listed, in any status. */
      readonly listed: number;
      /** Still pending: the items of this part. */
      readonly pending: number;
      /** Listed as pending, then gone when looked at more closely (a race): not items. */
      readonly vanished: number;
      /** Listed more than once: each is judged once. */
      readonly duplicates: number;
      /** The service is not in use here (not enabled): nothing was listed, nothing can be accepted. */
      readonly notInUse?: string | undefined;
    }
  | ({ readonly type: 'part-failed'; readonly account: string; readonly kind: KindName; readonly service: ServiceName; readonly region?: string | undefined; readonly errorKind: AwsErrorKind; readonly error: SweepError } & PlanMark)
  /**
   * An organization run that sweeps the accounts of each page of the organization's list as it
   * arrives (TargetChoice.early) starts reading that list, with the credentials of `caller`: the
   * accounts' own events follow while it is read, and `targets-resolved` (`listed`) once it is complete.
   */
  | { readonly type: 'organization-listing'; readonly caller: string }
  /**
   * The accounts to guard are known (a plan: to read, and for which policy: PlanReading). `listed`:
   * after `organization-listing`, the organization's list was read to its end (its accounts being
   * swept already), with the organization every account's ARN named (organizationOfAll), if one.
   */
  | {
      readonly type: 'targets-resolved';
      readonly targets: number;
      readonly skipped: number;
      readonly viaRoles: number;
      readonly plan?: PlanReading | undefined;
      readonly listed?: { readonly organization?: OrganizationIdentity | undefined } | undefined;
    }
  /** An account's regions for one regional kind are known (listed, or given). */
  | {
      readonly type: 'regions-resolved';
      readonly account: string;
      readonly kind: KindName;
      readonly swept: readonly string[];
      readonly skipped: readonly RegionSkip[];
      /** The account's region list was listed (Account ListRegions answered): its credentials were accepted there. */
      readonly listed?: true | undefined;
    }
  /** Nothing of this account could be read: its role could not be assumed, or it is not the account the role named. */
  | ({ readonly type: 'account-failed'; readonly account: string; readonly errorKind: AwsErrorKind; readonly error: SweepError } & PlanMark)
  /** Accounts or regions that could not be listed at all (organization accounts, an account's regions). */
  | ({ readonly type: 'listing-failed'; readonly what: string; readonly errorKind: AwsErrorKind; readonly error: SweepError } & PlanMark)
  /**
   * The organization's list failed midway (after `organization-listing`), and this many of its
   * members, from the pages read before, were being swept already: none of them is the run's. Said
   * once they have finished, after their lines.
   */
  | { readonly type: 'organization-dropped'; readonly dropped: number };

/**
 * A plan's mark on a failure (run/plan-run.ts; the sweep never sets it): `baseOnly`, the part is
 * read for the base branch's policy alone, so not reading it is a gap in the comparison
 * (Plan.baseOnlyErrors), not a failure of the PR's policy, and the log says so without a warning.
 * `neither`: no policy reads the part (the plan's one sweep reads the union of both policies'
 * services and regions in every account either guards): neither a failure nor a gap.
 */
export interface PlanMark {
  readonly baseOnly?: true | undefined;
  readonly neither?: true | undefined;
}

/** A region the run chose not to read, and why (never a failure: failures are SweepErrors). */
export interface RegionSkip {
  readonly region: string;
  readonly reason: string;
}

/**
 * What a plan reads for which policy: `guarded`, the accounts the PR's policy guards; `baseOnly`,
 * those read for the base branch's policy alone; `base`, whether a base policy is in force to read
 * for at all (none: the PR adds the policy, the base is invalid, or its pin stops it).
 */
export interface PlanReading {
  readonly guarded: number;
  readonly baseOnly: number;
  readonly base: boolean;
}

import type { Budget } from '../act/types.js';
import type { SweepError } from '../sweep/events.js';
import type { Lapse } from '../decide/in-force.js';
import type { AllowListName, Decision, MatchedEntry } from '../decide/types.js';
import type { KindScope } from '../kinds/kind.js';
import type { HandshakeType, InboundItem } from '../model/items.js';
import type { Policy, PolicyProblems, RegionSelection } from '../policy/types.js';
import type { SkippedTarget } from '../targets/resolve-targets.js';
import type { NewPermissions } from './new-permissions.js';

/**
 * How one pending item's fate changes when the PR's policy replaces the base branch's.
 * "Acts on" means reject (certificate transfers) or decline (handshakes).
 *
 * newly-allowed      the base policy acts on it; the PR's policy allows it.
 * newly-acted        the base policy leaves it alone (allows it, ignores it, or is absent); the PR's acts on it.
 * newly-left-alone   the base policy acts on it; the PR's ignores it (e.g. a handshake type no longer governed).
 * unchanged          acted on by both, or by neither (the allow entry may differ).
 */
export type ChangeKind = 'newly-allowed' | 'newly-acted' | 'newly-left-alone' | 'unchanged';

export interface ItemChange {
  readonly item: InboundItem;
  /** The decision under the base policy; undefined when the base decides nothing about it (no base policy, or outside its regions). */
  readonly base?: Decision | undefined;
  /** The decision under the PR's policy; undefined when it is outside the PR policy's regions. */
  readonly head?: Decision | undefined;
  readonly change: ChangeKind;
}

/**
 * An item the PR's policy allows now, and no longer allows from an instant within the window: the
 * entries with `until` that allow it (one after another when they chain) all lapse by then, and no
 * other entry allows it after.
 */
export interface LapsingAllowance extends Lapse {
  readonly change: ItemChange;
  /** The `until` (YYYY-MM-DD) of the last entry that allows it: the day after, it is no longer allowed. */
  readonly until: string;
  /** The entries that allow it until then, in the order they take over: the first is the one that allows it now. */
  readonly entries: readonly MatchedEntry[];
}

export interface DecisionDiff {
  /** Every item either policy decided, in the order the sweep listed them. */
  readonly changes: readonly ItemChange[];
  readonly newlyAllowed: readonly ItemChange[];
  readonly newlyActed: readonly ItemChange[];
  readonly newlyLeftAlone: readonly ItemChange[];
  readonly unchanged: readonly ItemChange[];
  /** Allowed under the PR's policy now, and no longer within the window (LapsingAllowance). */
  readonly lapsingSoon: readonly LapsingAllowance[];
}

/** One allow entry, of any list, as a reviewer compares them. */
export interface EntryRef {
  readonly list: AllowListName;
  readonly index: number;
  readonly line: number;
  /** What the entry allows, in plain words made of policy values (not yet escaped). */
  readonly allows: string;
  readonly until?: string | undefined;
  readonly note?: string | undefined;
}

/** Allow entries added and removed by the PR (an edited entry shows as one removed and one added). */
export interface EntryDiff {
  readonly added: readonly EntryRef[];
  readonly removed: readonly EntryRef[];
  /** Entries present in both, by content. */
  readonly kept: number;
}

/** An allow entry of the PR's policy that lapses within the window, whether or not an item needs it now. */
export interface LapsingEntry extends Lapse {
  readonly entry: EntryRef;
}

/** How a change to the policy bears on the protection it gives. */
export type Effect = 'weakens' | 'strengthens' | 'neutral';

/**
 * A sentence of our own words with policy values marked: each renderer escapes values its own way
 * (a code span in Markdown, backticks in the log), so no value is ever pasted into markup raw.
 */
export type Words = readonly (string | { readonly value: string })[];

/** One change the PR makes to the policy itself, whether or not a pending item feels it today. */
export interface PolicyChange {
  /** The key as written in the policy: `iot.regions`, `organizations.allow[2]`. */
  readonly key: string;
  readonly effect: Effect;
  readonly words: Words;
  /** Where to point a reviewer: the line in the PR's policy, or in the base's for what it removes. */
  readonly at?: { readonly policy: 'base' | 'head'; readonly line: number } | undefined;
  /**
   * The accounts the change newly guards, by id, when it names them (`Now guarded through
   * targets.accounts: …`): a plan says of each whose guard role it could not use that it is not
   * guarded until that role is there (render-policy-changes.ts, guardRoleNotes).
   */
  readonly guards?: readonly string[] | undefined;
}

/** What one policy has the account read: the IoT regions (the input, else the policy), the handshake types, and every kind it governs. */
export interface SweepScope {
  /** IoT's: `all`: every region enabled in each account. */
  readonly regions: RegionSelection;
  readonly handshakeTypes: readonly HandshakeType[];
  /** The kinds the policy governs, each with its services and regions. */
  readonly kinds: readonly KindScope[];
}

/** The base branch's policy as read through the GitHub API at the PR's base commit. */
export type BasePolicy =
  /** No such file at the base commit: the PR adds it. Nothing is in force today. */
  | { readonly state: 'missing' }
  /** It exists but does not validate: scheduled runs fail on it and act on nothing. */
  | ({ readonly state: 'invalid' } & PolicyProblems)
  | { readonly state: 'valid'; readonly policy: Policy };

/** Everything the PR comment and the report say about a plan computed against the account. */
export interface Plan {
  /** The account the workflow's credentials belong to. */
  readonly account: string;
  /** Every account read (sorted); just `account` when the policies name no targets. */
  readonly accounts: readonly string[];
  /** When the plan was computed (ISO-8601). */
  readonly generatedAt: string;
  readonly base: BasePolicy;
  /**
   * Set when the base policy is valid but has no `targets`, and its `accounts` pin (at `line`)
   * leaves out `account`: today's scheduled runs with these credentials stop at the pin and do
   * nothing, so the base decides no item (diff.changes have no `base`).
   */
  readonly baseStopsAtPin?: { readonly line: number } | undefined;
  readonly head: Policy;
  readonly diff: DecisionDiff;
  readonly entries: EntryDiff;
  readonly lapsingEntries: readonly LapsingEntry[];
  /** The budget the next scheduled run would have with the PR's policy (and this run's max-actions input). */
  readonly budget: Budget;
  /**
   * Parts the PR's policy reads that could not be read: the plan cannot vouch for them, and fails
   * on each, as a scheduled run with that policy would.
   */
  readonly errors: readonly SweepError[];
  /**
   * Parts read for the base branch's policy alone that could not be read (an account only its
   * targets reach; a region or a service only it sweeps, or the region list when only it reads
   * every enabled region; the organization's account list when only the base guards the organization):
   * what it does there today is unknown, a gap in the comparison. A scheduled run with the PR's
   * policy does not read them, so the plan does not fail on them. With the list among them, which
   * accounts the base guards is unknown: those read are decided for it as if the organization lists
   * them, and noLongerGuarded holds only those it names (the verdict says the rest is not counted).
   * A part neither policy reads (the plan's one sweep reads the union of their services and regions
   * in every account either guards) is in neither this nor `errors`.
   */
  readonly baseOnlyErrors?: readonly SweepError[] | undefined;
  /**
   * Every part the base branch's policy reads that could not be read: baseOnlyErrors and those of
   * `errors` it reads too. The footer marks the base's scope with them, the PR's with `errors`.
   */
  readonly baseErrors?: readonly SweepError[] | undefined;
  /**
   * The role this plan read each account through (its ARN, by account id), for accounts read
   * through one: the `role-name` input's when given (a read-only role), not necessarily the one a
   * scheduled run assumes. A policy change's note on an account it could not use names it.
   */
  readonly roles?: Readonly<Record<string, string>> | undefined;
  readonly regions: { readonly requested: readonly string[]; readonly swept: readonly string[] };
  /**
   * Items found accepted in their account from senders the PR's policy does not allow (handshakes
   * listed ACCEPTED, certificates described as accepted): nothing is left to write, but the plan job
   * fails on them, so the comment says why. Each with the decision's reason.
   */
  readonly acceptedAgainstPolicy?: readonly { readonly item: InboundItem; readonly reason: string }[] | undefined;
  /**
   * Accounts the PR policy's targets named or the organization listed that were not guarded, and
   * why (the run report's skippedAccounts): those outside its `accounts` pin fail the plan job, as
   * they would a scheduled run with it, so the comment says which (failingSkips); one of them the
   * base guards is read for the base all the same (noLongerGuarded). An account only the base's
   * targets reach is not here: it is read for the base (noLongerGuarded).
   */
  readonly skippedAccounts?: readonly SkippedTarget[] | undefined;
  /**
   * Accounts the base branch's policy guards that the PR's does not (sorted): its targets, resolved
   * with its own pin and the organization's list as this run read it, less the PR policy's. Each
   * is read for the base (those the PR's targets reach outside its pin too, which are also in
   * skippedAccounts); one whose role could not be assumed (baseOnlyErrors) has items no count
   * holds: the verdict says so, so that a plan never reads as "nothing changes" while they are lost.
   */
  readonly noLongerGuarded?: readonly string[] | undefined;
  /** Regions an account's region list named that this release does not know: not swept (unknownRegions in run-report.ts). */
  readonly unknownRegions?: readonly string[] | undefined;
  readonly handshakesSwept: boolean;
  /** What each policy has swept: the footer names both when they differ. `base` is undefined without a valid base policy, or when it stops at its pin (baseStopsAtPin). */
  readonly scopes: { readonly base?: SweepScope | undefined; readonly head: SweepScope };
  /** Every change to the policy itself (diffPolicies); undefined when there is no valid base policy to compare with. */
  readonly policyChanges?: readonly PolicyChange[] | undefined;
  /** The IAM actions the PR's policy needs that the base's did not (new-permissions.ts); undefined for none, or without a valid base policy. */
  readonly newPermissions?: NewPermissions | undefined;
}

/** What a plan-mode run found, before it is rendered. */
export type PlanView =
  /** The PR's policy is invalid: no AWS call was made. */
  | ({ readonly kind: 'invalid'; readonly policyPath: string; readonly base: BasePolicy } & PolicyProblems)
  /** Valid, but no AWS credentials (a fork's PR gets no OIDC token): validation only. */
  | {
      readonly kind: 'validation-only';
      readonly head: Policy;
      readonly base: BasePolicy;
      readonly entries: EntryDiff;
      readonly lapsingEntries: readonly LapsingEntry[];
      readonly why: string;
      /** Every change to the policy itself; undefined without a valid base policy. */
      readonly policyChanges?: readonly PolicyChange[] | undefined;
      /** The IAM actions the PR's policy needs that the base's did not; undefined for none, or without a valid base policy. */
      readonly newPermissions?: NewPermissions | undefined;
    }
  | { readonly kind: 'planned'; readonly plan: Plan };

import type { DecisionAction } from '../decide/types.js';
import type { SweepError } from '../sweep/events.js';
import { itemKey } from './diff-decisions.js';
import type { NewPermissions } from './new-permissions.js';
import { plainWords } from './policy-row.js';
import type { BasePolicy, ChangeKind, Effect, EntryDiff, LapsingEntry, Plan, PolicyChange } from './types.js';

/** The `plan` field of the JSON report in plan mode: the diff against the base policy, compactly. */
export interface PlanReportSection {
  /** `governsCaller: false`: valid, but without `targets` and with an `accounts` pin that leaves out the credentials' account (Plan.baseStopsAtPin). */
  readonly base: { readonly state: BasePolicy['state']; readonly issues?: number | undefined; readonly governsCaller?: false | undefined };
  readonly counts: Readonly<Record<'newlyAllowed' | 'newlyActed' | 'newlyLeftAlone' | 'unchanged' | 'lapsingSoon', number>>;
  /** Items whose fate the PR changes (unchanged ones are in `items` with the PR's decision). */
  readonly changes: readonly {
    /** The item's account: its key is unique only within it. */
    readonly account: string;
    readonly key: string;
    readonly change: ChangeKind;
    readonly base?: DecisionAction | undefined;
    readonly head?: DecisionAction | undefined;
    readonly baseReason?: string | undefined;
  }[];
  readonly lapsingSoon: readonly { readonly account: string; readonly key: string; readonly until: string; readonly lapsesAt: string }[];
  readonly entries: EntryDiff;
  readonly lapsingEntries: readonly LapsingEntry[];
  /** The PR's policy acts on more items than the budget: the next scheduled run would act on none and fail. */
  readonly budgetWouldTrip: boolean;
  /** Every change to the policy itself, in plain words; absent when there is no valid base policy to compare with. */
  readonly policyChanges?: readonly PolicyChangeRecord[] | undefined;
  /**
   * The IAM actions the PR's policy needs that the base's did not (Plan.newPermissions): the services
   * it newly reads, their read actions (iam/read.json) and their writes (iam/enforce.json); absent
   * for none, or without a valid base policy.
   */
  readonly newPermissions?: NewPermissions | undefined;
  /** Accounts the base branch's policy guards that the PR's does not (Plan.noLongerGuarded), sorted. */
  readonly noLongerGuarded: readonly string[];
  /** Parts only the base branch's policy reads that could not be read (Plan.baseOnlyErrors): not in the report's `errors`, no failure. */
  readonly baseOnlyErrors: readonly SweepError[];
  /**
   * Every part the base branch's policy reads that could not be read (Plan.baseErrors): those of
   * `baseOnlyErrors`, and those of the report's `errors` it reads too, as they are there. What it
   * does in them today is unknown: the comment marks the base's scope "(not read)" with them.
   */
  readonly baseErrors: readonly SweepError[];
}

/** A PolicyChange in the report: the words as one line, values in backticks. */
export interface PolicyChangeRecord {
  readonly key: string;
  readonly effect: Effect;
  readonly change: string;
  readonly at?: PolicyChange['at'];
  /**
   * The accounts the change newly guards, by id, when it names them (PolicyChange.guards): the
   * report's `accounts` has the role each was read through (`roleArn`), and `errors` AWS's answer
   * when it could not be used (`service: "sts"`), as the comment's note on the change says.
   */
  readonly newlyGuarded?: readonly string[] | undefined;
}

export function policyChangeRecords(changes: readonly PolicyChange[]): PolicyChangeRecord[] {
  return changes.map((c) => ({ key: c.key, effect: c.effect, change: plainWords(c.words), ...(c.at === undefined ? {} : { at: c.at }), ...(c.guards === undefined ? {} : { newlyGuarded: c.guards }) }));
}

export function planReportSection(plan: Plan): PlanReportSection {
  const { diff } = plan;
  return {
    base: plan.base.state === 'invalid' ? { state: 'invalid', issues: plan.base.errorCount } : { state: plan.base.state, ...(plan.baseStopsAtPin === undefined ? {} : { governsCaller: false as const }) },
    counts: {
      newlyAllowed: diff.newlyAllowed.length,
      newlyActed: diff.newlyActed.length,
      newlyLeftAlone: diff.newlyLeftAlone.length,
      unchanged: diff.unchanged.length,
      lapsingSoon: diff.lapsingSoon.length,
    },
    changes: diff.changes
      .filter((c) => c.change !== 'unchanged')
      .map((c) => ({ account: c.item.account, key: itemKey(c.item), change: c.change, base: c.base?.action, head: c.head?.action, baseReason: c.base?.reason })),
    lapsingSoon: diff.lapsingSoon.map((l) => ({ account: l.change.item.account, key: itemKey(l.change.item), until: l.until, lapsesAt: l.lapsesAt })),
    entries: plan.entries,
    lapsingEntries: plan.lapsingEntries,
    budgetWouldTrip: plan.budget.tripped,
    ...(plan.policyChanges === undefined ? {} : { policyChanges: policyChangeRecords(plan.policyChanges) }),
    ...(plan.newPermissions === undefined ? {} : { newPermissions: plan.newPermissions }),
    noLongerGuarded: plan.noLongerGuarded ?? [],
    baseOnlyErrors: plan.baseOnlyErrors ?? [],
    baseErrors: plan.baseErrors ?? [],
  };
}

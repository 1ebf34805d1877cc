/**
 * The shape every kind of inbound request fills in, SDK-free: how the policy governs it and where
 * it is read (scope, services, regions), how an item is decided, which write an act decision calls
 * for, how items are keyed and ordered, and how they are described in the summary, the log and the
 * plan. The engine (sweep, decide, act, report, plan, merge) runs any kind through this shape and
 * knows no kind by name; the AWS half of each kind (listing and writing with the SDK) is
 * src/aws/kinds/. A new kind is a new folder under src/kinds/ plus its entry in registry.ts.
 */
import type { RaceEndState } from '../aws/errors.js';
import type { Decision, DecisionContext } from '../decide/types.js';
import type { InboundItem, KindName } from '../model/items.js';
import type { PolicyRow } from '../plan/policy-row.js';
import type { EntryRef } from '../plan/types.js';
import type { Policy, RegionSelection } from '../policy/types.js';

export type { KindName } from '../model/items.js';

import type { ServiceName } from './services.js';

export type { ServiceName } from './services.js';

/** The two writes there are: reject (transfers, resource shares) and decline (handshakes, security invitations). */
export type WriteAction = 'reject' | 'decline';

/**
 * The one write an act decision calls for, as plain data: which service, where, and the id it
 * names. The kind's AWS half turns it into the SDK call (src/aws/kinds/).
 */
export interface KindWrite {
  readonly kind: KindName;
  readonly service: ServiceName;
  /** The guarded account the write is made in (with the clients it was read with). */
  readonly account: string;
  /** The region of a regional service; undefined for a global one. */
  readonly region?: string | undefined;
  /** What the call names: a certificate id, a handshake id, an invitation ARN, an administrator account, a graph ARN. */
  readonly target: string;
  /** Certificate transfers: the rejectReason sent (the report shows it). */
  readonly rejectReason?: string | undefined;
}

/**
 * The write for a decision; or why none may be made (a decision that cannot be right is refused, never
 * sent). An item found accepted already is not a write at all: its decision says so (Decision.acceptedAgainstPolicy).
 */
export type WritePlan = { readonly write: KindWrite } | { readonly refused: string };

/** What one policy has a kind read: the services (security invitations: the ones selected) and, for regional kinds, the regions. */
export interface KindScope {
  readonly kind: KindName;
  readonly services: readonly ServiceName[];
  /** Regional kinds: `all` (every enabled region where the service is offered) or a list. Global kinds: []. */
  readonly regions: RegionSelection;
}

/**
 * How an item reads in the job summary, the PR comment and the log. Every function returns inert
 * text. The Id cell is not here: every table shows the kind's itemId, whole (report/describe-item.ts).
 */
export interface ItemDescriber<I extends InboundItem> {
  /** The Kind cell (Markdown): `IoT certificate transfer`, `Handshake <code>INVITE</code>`. */
  kindCell(item: I): string;
  /** The Source cell (Markdown): who sent it, with sender-written text made inert. */
  sourceCell(item: I): string;
  /** One log line's worth (inert log text): `IoT transfer … in 111111111111 eu-west-1 from 999988887777`. */
  logLabel(item: I): string;
}

/** How a kind's part of the policy reads in the validate summary (Markdown, inert). */
export interface PolicySummary {
  /** Bullet lines (without the `- `): what is governed and where, or that the kind is not governed. */
  lines(policy: Policy): readonly string[];
  /** Rows of the allow-entry table: entry, line, what it allows, in force, note. */
  rows(policy: Policy): readonly (readonly string[])[];
}

export interface Kind<I extends InboundItem = InboundItem> {
  readonly name: I['kind'];
  /** The policy section that governs it, as written in the file. */
  readonly section: string;
  /** Plural, for headings and tables: `IoT certificate transfers`. */
  readonly title: string;
  /** Short, for log lines and table headings: `IoT`, `RAM`. */
  readonly label: string;
  /**
   * What the job summary's footer calls it, as the subject of "… swept in 17 regions", when the
   * label does not read as one (`Security-service` is an adjective: `security-service invitations`);
   * the label otherwise (`RAM swept in 17 regions`).
   */
  readonly footerName?: string;
  /** `regional`: read per (account, region). `global`: once per account. */
  readonly scope: 'regional' | 'global';
  /** The write this kind's act decisions make. */
  readonly verb: WriteAction;
  /**
   * What our own write leaves the item in, as a race tells it (aws/errors.ts's RaceEndState, by the
   * error's name or a re-read; `unknown` when neither tells). When an attempt of the write's call
   * went unanswered (its reply lost: aws/unanswered-attempts.ts) and the retry then meets the item
   * answered already in one of these states, the act stage credits the write to the run (`verb`'s
   * outcome, not already-handled); any other end state is someone else's doing.
   */
  readonly ownWriteEndStates: readonly (RaceEndState | 'unknown')[];
  /** The output that counts this kind's successful writes (action.yml declares it). */
  readonly output: { readonly name: string; readonly description: string };
  /**
   * Whether the policy governs the kind at all. Not governed: nothing is read or decided, and the
   * summary says "not governed". IoT always is; handshakes unless no type is; RAM and the security
   * services only when the policy has their section.
   */
  governed(policy: Policy): boolean;
  /** Why it is not governed, in words for the summary (when governed() is false). */
  readonly notGoverned: string;
  /** What this policy has it read; `regionsInput` (the action's `regions` input) overrides a regional kind's regions. */
  sweepScope(policy: Policy, regionsInput: RegionSelection | undefined): KindScope;
  /** The service an item was read from (security invitations: its own). */
  serviceOf(item: I): ServiceName;
  /**
   * The decision for one item under the policy. Pure; default deny for what the kind governs.
   * `context`: what the run knows beyond the policy (the organization it guards), the same for every item.
   */
  decide(item: I, policy: Policy, now: Date, context: DecisionContext): Decision<I>;
  /** The write an act decision (action === verb) calls for, or a refusal (outgoing, not pending …). */
  writeFor(item: I, policy: Policy): WritePlan;
  /** Who sent it, from identifiers only, in one of the forms of model/sender.ts (`account:…`, `organization:…`, …). */
  sender(item: I): string;
  /**
   * Of an item decide flags as accepted against the policy when read: true when the read listed it
   * pending and a later call of the same read found it accepted (accepted after the run listed it),
   * false when the listing itself showed it accepted (accepted before). The job summary's and the
   * alert issue's When cell says which, as the item's Why does.
   */
  acceptedSinceListed(item: I): boolean;
  /**
   * The id AWS gives the item (certificate id, handshake id, invitation ARN, …), for outputs and
   * trails, and whole in every table's Id cell: what a reader looks the item up in AWS by.
   */
  itemId(item: I): string;
  /** The item's identity across sweeps and policies (dedupe, plan keys). Unique within one account. */
  key(item: I): string;
  /** Its place within an account and kind: by region (`` for global kinds), then by id. */
  order(item: I): readonly [region: string, id: string];
  readonly describe: ItemDescriber<I>;
  /** Rows of the whole-policy diff for this kind's section (plan). */
  readonly policyRows: readonly PolicyRow[];
  /** The section's allow entries, as the plan lists them. */
  entryRefs(policy: Policy): readonly EntryRef[];
  readonly policySummary: PolicySummary;
}

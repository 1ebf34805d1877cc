import type { HandshakeType, SecurityServiceName } from '../model/items.js';

/** Where something stands in the policy file. Lines and columns are 1-based. */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Fields every allow entry may carry. */
export interface AllowEntryBase {
  /** 0-based position of the entry in its `allow` list. */
  readonly index: number;
  /** Where the entry starts in the policy file: decisions cite it. */
  readonly position: SourcePosition;
  readonly note?: string | undefined;
  /** YYYY-MM-DD: the entry lapses at the end of that day, UTC. */
  readonly until?: string | undefined;
}

export interface IotAllowEntry extends AllowEntryBase {
  /** 12 digits. */
  readonly sourceAccount: string;
}

/** At least one of organization, managementAccount, managementEmail is set (validated). */
export interface OrganizationsAllowEntry extends AllowEntryBase {
  /** o-[a-z0-9]{10,32} */
  readonly organization?: string | undefined;
  /** 12 digits. */
  readonly managementAccount?: string | undefined;
  /** An email address or a pattern with `*` wildcards, matched case-insensitively. */
  readonly managementEmail?: string | undefined;
  /** Narrows the entry to these types; undefined = every governed type. */
  readonly handshakeTypes?: readonly HandshakeType[] | undefined;
}

/** A `ram.allow` entry: invitations from this account, optionally only for these resource types. */
export interface RamAllowEntry extends AllowEntryBase {
  /** 12 digits. */
  readonly sourceAccount: string;
  /**
   * service:resource types (`ec2:Subnet`); the entry matches an invitation only when every resource
   * it shares is of one of these (compared case-insensitively). Undefined: any resource.
   */
  readonly resourceTypes?: readonly string[] | undefined;
}

/** A `security-services.allow` entry: invitations from this administrator account, optionally only of these services. */
export interface SecurityServicesAllowEntry extends AllowEntryBase {
  /** 12 digits: the inviting (administrator) account. */
  readonly sourceAccount: string;
  /** Narrows the entry to these services (each governed); undefined: every governed service. */
  readonly services?: readonly SecurityServiceName[] | undefined;
}

/** `all`: every region enabled for the account (listed per account at run time); else these regions. */
export type RegionSelection = 'all' | readonly string[];

/** `targets`: which accounts a run guards, and through which roles. */
export interface PolicyTargets {
  /** Where the `targets` key is. */
  readonly position: SourcePosition;
  /** The role assumed in `accounts` and organization accounts; required by the validator when either is used. */
  readonly roleName?: string | undefined;
  readonly accounts: readonly { readonly id: string; readonly position: SourcePosition }[];
  readonly roles: readonly { readonly arn: string; readonly account: string; readonly position: SourcePosition }[];
  /** Every ACTIVE account of the caller's organization. */
  readonly organization: boolean;
  readonly exclude: readonly string[];
}

/** A validated policy, normalised: every default filled in. */
export interface Policy {
  readonly version: 1;
  /** The path the policy was read from, relative to the workspace: reports and {policy-file} use it. */
  readonly path: string;
  /** sha256 of the file's bytes, hex: tells shard reports of one run apart from another policy's. */
  readonly digest: string;
  /** The only accounts this policy may govern, and where the list is; undefined: any account. */
  readonly accounts?: { readonly ids: readonly string[]; readonly position: SourcePosition } | undefined;
  /** The accounts to guard; undefined: the credentials' own account only. */
  readonly targets?: PolicyTargets | undefined;
  readonly iot: {
    /** `all` (the default when the file says nothing): every region enabled for the account; []: IoT is not swept. */
    readonly regions: RegionSelection;
    readonly allow: readonly IotAllowEntry[];
    /** A template; placeholders in braces, see policy/template.ts. */
    readonly rejectReason: string;
  };
  readonly organizations: {
    /** The handshake types the action governs; [] turns handshakes off. */
    readonly handshakeTypes: readonly HandshakeType[];
    readonly allow: readonly OrganizationsAllowEntry[];
  };
  /** RAM resource-share invitations; undefined (no `ram` section): not governed, left alone. */
  readonly ram?: {
    /** Where the `ram` key is. */
    readonly position: SourcePosition;
    /** `all` (the default): every enabled region where RAM is offered; []: RAM is not swept. */
    readonly regions: RegionSelection;
    readonly allow: readonly RamAllowEntry[];
  } | undefined;
  /** Security-service administrator invitations; undefined (no `security-services` section): not governed. */
  readonly securityServices?: {
    readonly position: SourcePosition;
    /** The services governed (the policy writes `security-hub` for `securityhub`); default all four. */
    readonly services: readonly SecurityServiceName[];
    readonly regions: RegionSelection;
    readonly allow: readonly SecurityServicesAllowEntry[];
  } | undefined;
  readonly limits: {
    /** undefined: the action's default budget applies. */
    readonly maxActions?: number | undefined;
  };
}

/** One thing wrong with a policy file, located precisely enough for an annotation. */
export interface PolicyIssue {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Dotted path to the key, e.g. `iot.allow[1].source-account`; '' for the whole file. */
  readonly key: string;
  /** What is wrong and what to do about it, in one or two sentences. */
  readonly message: string;
}

/**
 * Why a policy does not validate: the issues to show, at most MAX_ISSUES (the last may say how many
 * more there are), and how many problems were found in all. Counts said to people use
 * `errorCount`, never `issues.length`, which is capped and may end with that "more problems" line.
 */
export interface PolicyProblems {
  readonly issues: readonly PolicyIssue[];
  readonly errorCount: number;
}

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  | ({ readonly ok: false } & PolicyProblems);

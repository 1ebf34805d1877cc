/**
 * What AWS's refusals to reach, read or write the guarded accounts most likely mean, in our words:
 * the organization's account list refused, a guard role that could not be assumed, or a read or an
 * enforce run's write refused to a guard role or to the workflow's own credentials. AWS's own text
 * names neither who the credentials are nor what to deploy where; the caller's identity
 * (GetCallerIdentity, read before anything else) does. Pure; no SDK. Like OPT_IN_HINT, a hint is
 * shown after AWS's message wherever the part not read is (the step's failures, the job summary,
 * the alert issue, the JSON report's `errors[].hint`); the caller's ARN in it is escaped there as
 * AWS's text is. A refused write's hint is its item's (`items[].hint`), said once per hint by the
 * step's failures, the job summary and the log (act/refused-writes.ts).
 */
import type { CallerIdentity } from '../aws/sts/get-caller-account.js';
import type { KindWrite } from '../kinds/kind.js';
import { WRITE_PERMISSION } from '../kinds/services.js';
import type { SweepError } from '../sweep/events.js';
import type { Target } from '../targets/resolve-targets.js';

/** ListAccounts' answer to a member account, or to a management account whose credentials lack organizations:ListAccounts. */
export const ORGANIZATION_DENIED = 'AccessDeniedException';
/** ListAccounts' answer to an account that belongs to no organization. */
export const ORGANIZATION_NOT_IN_USE = 'AWSOrganizationsNotInUseException';
/** STS AssumeRole's answer when the role is missing, does not trust the caller, or the caller may not assume it. */
export const ASSUME_ROLE_DENIED = 'AccessDenied';

/** Who the credentials are, as the hints say it: "account 111122223333 (arn:aws:sts::…)". */
function whoAmI(caller: CallerIdentity): string {
  return `account ${caller.account}${caller.arn === '' ? '' : ` (${caller.arn})`}`;
}

/** What lists an organization, and the way out that needs no Organizations at all. */
const WHO_LISTS =
  "only the organization's management account or a delegated administrator of AWS Organizations may list its accounts, with organizations:ListAccounts allowed: " +
  'run with the orchestrator role in one of those accounts (iam/orchestrator.json; README, "Guard an organization"), or name the accounts in targets.accounts instead';

/**
 * The hint for the organization's account list (ListAccounts) refused with `code`, for
 * `targets.organization: true`; undefined for any other error (a throttle, a network failure:
 * AWS's text says enough).
 */
export function organizationListingHint(code: string | undefined, caller: CallerIdentity): string | undefined {
  if (code === ORGANIZATION_DENIED) return `These credentials are ${whoAmI(caller)}; ${WHO_LISTS}.`;
  if (code === ORGANIZATION_NOT_IN_USE) return `These credentials are ${whoAmI(caller)}, which belongs to no organization; ${WHO_LISTS}.`;
  return undefined;
}

/** How to stop guarding an account, by the part of `targets` that named it. */
const LEAVE_OUT: Readonly<Record<Target['via'], (account: string) => string>> = {
  organization: (account) => `add ${account} to targets.exclude`,
  accounts: (account) => `remove ${account} from targets.accounts`,
  roles: (account) => `remove ${account} from targets.roles`,
  credentials: (account) => `add ${account} to targets.exclude`,
};

/**
 * The principal a trust policy names for `arn`: for an assumed role's session
 * (`arn:<partition>:sts::<account>:assumed-role/<role>/<session>`) its role's ARN
 * (`arn:<partition>:iam::<account>:role/<role>`: the session name changes with each run, and a
 * trust policy names the role; a role's path is not in the session ARN, so none is given); any
 * other ARN (a user's) as it is; '' when unknown.
 */
export function trustedPrincipal(arn: string): string {
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\/[^/]+$/.exec(arn);
  return session === null ? arn : `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`;
}

/**
 * The hint for a guard role AssumeRole refused with `code`; undefined for any other error. AWS
 * answers AccessDenied alike for a role that does not exist, one whose trust policy does not name
 * the caller, and a caller whose own policy does not allow sts:AssumeRole on it: the hint names all
 * three, with the principal the trust policy must accept (the role behind the session, not the
 * session: trustedPrincipal).
 */
export function assumeRoleHint(code: string | undefined, target: Target, caller: CallerIdentity): string | undefined {
  if (code !== ASSUME_ROLE_DENIED || target.roleArn === undefined) return undefined;
  const principal = trustedPrincipal(caller.arn);
  // A session ARN does not carry its role's path: the ARN given lacks it too when the role has one.
  const trusted = principal === '' ? `account ${caller.account}` : principal === caller.arn ? principal : `${principal}, with the role's path if it has one`;
  return (
    `The guard role ${target.roleArn} is missing, does not trust these credentials (${trusted}), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
    `deploy it in account ${target.account}, trusted by the workflow's role, with the permissions its mode needs (iam/README.md; README, "Guard an organization"), or ${LEAVE_OUT[target.via](target.account)}.`
  );
}

/** The error names AWS gives a call that the credentials' IAM policy does not allow. */
export const NOT_ALLOWED_NAMES: readonly string[] = ['AccessDeniedException', 'AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation'];

/** The mode whose IAM document (iam/) a hint names; undefined: the hint names each mode's. */
export type PermissionsMode = 'dry-run' | 'enforce' | 'plan';

/** What a refused read asks for, in the hints' words: the mode's document in iam/ (read.json ⊆ enforce.json). */
function guardPermissions(mode: PermissionsMode | undefined): string {
  if (mode === undefined) return "this mode's guard permissions (iam/read.json for dry-run and plan, iam/enforce.json for enforce; iam/README.md)";
  return mode === 'enforce' ? "enforce's guard permissions (iam/enforce.json; iam/README.md)" : `a ${mode}'s read permissions (iam/read.json; iam/README.md)`;
}

/**
 * What a refused call asks for: the mode's document; for a write, the IAM action it needs
 * (WRITE_PERMISSION), one of that document's.
 */
function needs(mode: PermissionsMode | undefined, write: string | undefined): string {
  return write === undefined ? guardPermissions(mode) : `${write}, one of ${guardPermissions(mode)}`;
}

/** Whether AWS refused `error` as a call the IAM policy of whoever made it does not allow. */
function notAllowed(error: Pick<SweepError, 'code'>): boolean {
  return error.code !== undefined && NOT_ALLOWED_NAMES.includes(error.code);
}

/**
 * The hint for a part of the credentials' own account (a target `via: 'credentials'`) that AWS
 * refused as not allowed: that account is read with the workflow's own credentials, never through a
 * guard role (resolveTargets), so an orchestrator given only iam/orchestrator.json cannot read it.
 * `withTargets`: whether the policy names targets (then leaving the account out is a way too).
 * `write`: for an enforce run's write refused, the IAM action it needs (refusedWriteHints).
 * Undefined for any other error, or another target.
 */
export function ownCredentialsHint(error: Pick<SweepError, 'code'>, target: Target, caller: CallerIdentity, withTargets: boolean, mode?: PermissionsMode, write?: string): string | undefined {
  if (target.via !== 'credentials' || !notAllowed(error)) return undefined;
  const read = `their policy needs ${needs(mode, write)}`;
  return withTargets
    ? `These credentials are ${whoAmI(caller)}: that account is ${write === undefined ? 'read' : 'read and written'} with them, not through a guard role, so ${read}, or ${LEAVE_OUT.credentials(target.account)}.`
    : `These credentials are ${whoAmI(caller)}; ${read}.`;
}

/**
 * The hint for a part of an account reached through a guard role that AWS refused as not allowed:
 * the role was assumed (its refusal is assumeRoleHint's), so it is there and trusts the workflow,
 * but its own policy lacks the call. `roleNameInput`: the `role-name` input, when given: the role
 * it names (a plan's read-only role, say) replaces the policy's, and is the one to give the
 * permissions. `write`: for an enforce run's write refused, the IAM action it needs
 * (refusedWriteHints). Undefined for any other error, or a target read with the workflow's own credentials.
 */
export function guardRoleReadHint(error: Pick<SweepError, 'code'>, target: Target, mode: PermissionsMode | undefined, roleNameInput: string | undefined, write?: string): string | undefined {
  if (target.roleArn === undefined || !notAllowed(error)) return undefined;
  // A targets.roles ARN is assumed as written; every other role is named by role-name, the input's when given.
  const role = roleNameInput !== undefined && target.via !== 'roles' ? `The guard role ${target.roleArn} (named by the role-name input)` : `The guard role ${target.roleArn}`;
  return `${role} was assumed in account ${target.account}, but this call was refused to it: the role's policy needs ${needs(mode, write)}, or ${LEAVE_OUT[target.via](target.account)}.`;
}

/** What an enforce run knows to hint its refused writes with (refusedWriteHints). */
export interface WriteHintContext {
  /** Who the workflow's credentials are (GetCallerIdentity). */
  readonly caller: CallerIdentity;
  /** Every guarded account, as it was reached: each write is made with the clients its account was read with. */
  readonly targets: readonly Target[];
  /** Whether the policy names targets (then leaving an account out is a way too). */
  readonly withTargets: boolean;
  /** The `role-name` input, when given. */
  readonly roleNameInput: string | undefined;
}

/**
 * The hint for an enforce run's write AWS refused with `code` as not allowed, as a refused read's
 * (ownCredentialsHint, guardRoleReadHint): who made it (the workflow's own credentials in their own
 * account, or the guard role of the write's account, assumed) and the IAM action it needs
 * (WRITE_PERMISSION), one of iam/enforce.json's. Most often the read-only role (iam/read.json) was
 * used for enforce, or iam/enforce.json was not applied to the guard role: every write then fails
 * alike. Undefined for any other error (throttled, a server or network error, a race: AWS's text
 * says enough), or an account not guarded.
 */
export function refusedWriteHints(context: WriteHintContext): (write: Pick<KindWrite, 'account' | 'service'>, code: string | undefined) => string | undefined {
  const targets = new Map(context.targets.map((target) => [target.account, target]));
  return (write, code) => {
    const target = targets.get(write.account);
    if (target === undefined) return undefined;
    const permission = WRITE_PERMISSION[write.service];
    return ownCredentialsHint({ code }, target, context.caller, context.withTargets, 'enforce', permission) ?? guardRoleReadHint({ code }, target, 'enforce', context.roleNameInput, permission);
  };
}

/** `error` with `hint` when there is one; otherwise `error` unchanged. */
export function withHint(error: SweepError, hint: string | undefined): SweepError {
  return hint === undefined ? error : { ...error, hint };
}

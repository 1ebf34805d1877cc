/**
 * What AWS's refusals to reach, read or write the guarded accounts most likely mean, in our words:
 * the organization's account list refused, a guard role that could not be assumed, or a read or an
 * enforce run's write refused to a guard role or to the workflow's own credentials. AWS's own text
 * names neither who the credentials are nor what to deploy where; the caller's identity
 * (GetCallerIdentity, read before anything else) does. Pure; no SDK. Like OPT_IN_HINT, a hint is
 * shown after AWS's message wherever the part not read is (the step's failures, the job summary,
 * the alert issue, the JSON report's `errors[].hint`); the caller's ARN in it is escaped there as
 * AWS's text is. A refused write's hint is its item's (`items[].hint`), said once per hint by the
 * step's failures, the job summary, the alert issue and the log (act/refused-writes.ts). What AWS's
 * message says refused a call is aws-refusal.ts's; how a hint ends (leaving the account or a region
 * out), region-leave-out.ts's.
 */
import type { CallerIdentity } from '../aws/sts/get-caller-account.js';
import type { KindWrite } from '../kinds/kind.js';
import { WRITE_PERMISSION } from '../kinds/services.js';
import type { RegionSelection } from '../policy/types.js';
import type { SweepError } from '../sweep/events.js';
import type { Target } from '../targets/resolve-targets.js';
import { notAllowed, refusalOf, refusedBecause, type PolicyNames, type Refused } from './aws-refusal.js';
import { deniedRegion, orLeaveOut, orLeaveRegionOut } from './region-leave-out.js';

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
 * `targets.organization: true`, after `pagesListed` of its pages were listed; undefined for any
 * other error (a throttle, a network failure: AWS's text says enough).
 */
export function organizationListingHint(code: string | undefined, caller: CallerIdentity, pagesListed = 0): string | undefined {
  // The same credentials listed the first pages: they may list, and the refusal came midway.
  if (code === ORGANIZATION_DENIED && pagesListed > 0) return `These credentials are ${whoAmI(caller)}; they listed the organization's first ${pagesListed === 1 ? 'page' : `${pagesListed} pages`} of accounts, and ListAccounts was refused midway: their policies, or a policy over them (a service control policy, a permissions boundary), most likely changed during the run. Check that organizations:ListAccounts is still allowed to them, and run again.`;
  if (code === ORGANIZATION_DENIED) return `These credentials are ${whoAmI(caller)}; ${WHO_LISTS}.`;
  if (code === ORGANIZATION_NOT_IN_USE) return `These credentials are ${whoAmI(caller)}, which belongs to no organization; ${WHO_LISTS}.`;
  return undefined;
}

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
 * Where an explicit deny AWS does not place (an older message) may be for AssumeRole: on the
 * caller's side, as for any call (deniesAnywhere), or on the guard role's, its trust policy or an
 * RCP over its account.
 */
const ASSUME_ROLE_DENIES = "their own, their organization's SCP, a permissions boundary or a session policy, or the guard role's trust policy or its organization's RCP";

/**
 * The hint for a guard role AssumeRole refused with `error.code`; undefined for any other error.
 * AWS answers AccessDenied alike for a role that does not exist, one whose trust policy does not
 * name the caller, and a caller whose own policy does not allow sts:AssumeRole on it: the hint
 * names all three, with the principal the trust policy must accept (the role behind the session,
 * not the session: trustedPrincipal). When AWS's message says a deny or another policy refused it
 * (refusalOf), the hint names that policy instead, on the side it is (assumeRolePolicies), and a
 * deny it does not place, every policy on either side it may be in (ASSUME_ROLE_DENIES): more
 * permissions do not lift it.
 */
export function assumeRoleHint(error: Pick<Refused, 'code' | 'message'>, target: Target, caller: CallerIdentity): string | undefined {
  if (error.code !== ASSUME_ROLE_DENIED || target.roleArn === undefined) return undefined;
  const principal = trustedPrincipal(caller.arn);
  // A session ARN does not carry its role's path: the ARN given lacks it too when the role has one.
  const trusted = principal === '' ? `account ${caller.account}` : principal === caller.arn ? principal : `${principal}, with the role's path if it has one`;
  const refusal = refusalOf(error.message, assumeRolePolicies(target.account, caller, trusted));
  if (refusal.by !== 'missing') {
    return `AssumeRole on the guard role ${target.roleArn} was refused to these credentials (${whoAmI(caller)}): ${refusedBecause(refusal, 'their', 'iam/orchestrator.json', calls('sts:AssumeRole'), ASSUME_ROLE_DENIES)}${orLeaveOut(target)}.`;
  }
  return (
    `The guard role ${target.roleArn} is missing, does not trust these credentials (${trusted}), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
    `deploy it in account ${target.account}, trusted by the workflow's role, with the permissions its mode needs (iam/README.md; README, "Guard an organization")${orLeaveOut(target)}.`
  );
}

/**
 * How assumeRoleHint names the other policies. The workflow's credentials call AssumeRole, so an
 * SCP, a permissions boundary, a session policy or a VPC endpoint policy that refused it is on
 * their side (the orchestrator's account and its organization), not the guard role's; an RCP, or a
 * resource-based policy (the role's trust policy, which must trust `trusted`), is on the role's
 * side (`account`).
 */
function assumeRolePolicies(account: string, caller: CallerIdentity, trusted: string): PolicyNames {
  const theirs = caller.account === account ? "these credentials' account" : `these credentials' account, not the guard role's ${account}`;
  return {
    'service control policy': `service control policy (SCP) of account ${caller.account}'s organization (${theirs})`,
    'resource control policy': `resource control policy (RCP) of account ${account}'s organization (the guard role's account)`,
    'permissions boundary': 'permissions boundary of the IAM role or user behind these credentials',
    'session policy': "session policy of these credentials' session (configure-aws-credentials' inline-session-policy or managed-session-policies, say)",
    'resource-based policy': `trust policy of the guard role (it must trust ${trusted})`,
    'VPC endpoint policy': 'VPC endpoint policy of the STS endpoint these credentials called',
  };
}

/** The mode whose IAM document (iam/) a hint names; undefined: the hint names each mode's. */
export type PermissionsMode = 'dry-run' | 'enforce' | 'plan';

/** What a refused read asks for, in the hints' words: the mode's document in iam/ (read.json ⊆ enforce.json). */
function guardPermissions(mode: PermissionsMode | undefined): string {
  if (mode === undefined) return "this mode's guard permissions (iam/read.json for dry-run and plan, iam/enforce.json for enforce; iam/README.md)";
  return mode === 'enforce' ? "enforce's guard permissions (iam/enforce.json; iam/README.md)" : `a ${mode}'s read permissions (iam/read.json; iam/README.md)`;
}

/**
 * What a refused call asks for: the mode's document; with the IAM action it needs (a write's,
 * WRITE_PERMISSION; a read's when the error says which call it was, SweepError.action), that
 * action, one of that document's.
 */
function needs(mode: PermissionsMode | undefined, action: string | undefined): string {
  return action === undefined ? guardPermissions(mode) : `${action}, one of ${guardPermissions(mode)}`;
}

/** What inbound-guard makes there, in a hint's words: its read calls, or a write's action. */
function calls(write: string | undefined): string {
  return write === undefined ? 'read calls' : `${write} calls`;
}

/**
 * The hint for a part of the credentials' own account (a target `via: 'credentials'`) that AWS
 * refused as not allowed: that account is read with the workflow's own credentials, never through a
 * guard role (resolveTargets), so an orchestrator given only iam/orchestrator.json cannot read it.
 * `withTargets`: whether the policy names targets (then leaving the account out is a way too).
 * `regionsInput`: the `regions` input, when given (where to leave a region out: orLeaveRegionOut).
 * `write`: for an enforce run's write refused, the IAM action it needs (refusedWriteHints); for a
 * read, the error's own `action` (the call refused) is named when known.
 * Undefined for any other error, or another target.
 */
export function ownCredentialsHint(error: Refused, target: Target, caller: CallerIdentity, withTargets: boolean, mode?: PermissionsMode, regionsInput?: RegionSelection, write?: string): string | undefined {
  if (target.via !== 'credentials' || !notAllowed(error)) return undefined;
  const refusal = refusalOf(error.message);
  const why = refusedBecause(refusal, 'their', needs(mode, write ?? error.action), calls(write));
  const region = deniedRegion(refusal, error);
  return withTargets
    ? `These credentials are ${whoAmI(caller)}: that account is ${write === undefined ? 'read' : 'read and written'} with them, not through a guard role${refusal.by === 'missing' ? ', so' : ';'} ${why}${orLeaveOut(target, region, regionsInput)}.`
    : `These credentials are ${whoAmI(caller)}; ${why}${orLeaveRegionOut(region, regionsInput)}.`;
}

/**
 * The hint for a part of an account reached through a guard role that AWS refused as not allowed:
 * the role was assumed (its refusal is assumeRoleHint's), so it is there and trusts the workflow,
 * but its own policy lacks the call. `roleNameInput`: the `role-name` input, when given: the role
 * it names (a plan's read-only role, say) replaces the policy's, and is the one to give the
 * permissions. `regionsInput`: the `regions` input, when given (where to leave a region out:
 * orLeaveRegionOut). `write`: for an enforce run's write refused, the IAM action it needs
 * (refusedWriteHints); for a read, the error's own `action` (the call refused) is named when known.
 * Undefined for any other error, or a target read with the workflow's own credentials.
 */
export function guardRoleReadHint(error: Refused, target: Target, mode: PermissionsMode | undefined, roleNameInput: string | undefined, regionsInput?: RegionSelection, write?: string): string | undefined {
  if (target.roleArn === undefined || !notAllowed(error)) return undefined;
  // A targets.roles ARN is assumed as written; every other role is named by role-name, the input's when given.
  const role = roleNameInput !== undefined && target.via !== 'roles' ? `The guard role ${target.roleArn} (named by the role-name input)` : `The guard role ${target.roleArn}`;
  const refusal = refusalOf(error.message);
  // Worded for one call or many: a write's hint is said once for every write refused alike ("6 writes were refused as not allowed. …": refusalFailures),
  // a read's once for the parts refused alike in several regions of the account ("Could not read IoT in 16 regions of …": alikeByRegion).
  const refused = `its ${calls(write)} were refused`;
  return `${role} was assumed in account ${target.account}, but ${refused}: ${refusedBecause(refusal, "the role's", needs(mode, write ?? error.action), calls(write))}${orLeaveOut(target, deniedRegion(refusal, error), regionsInput)}.`;
}

/** What a run knows to hint a call refused as not allowed with (notAllowedHint). */
export interface HintContext {
  /** Who the workflow's credentials are (GetCallerIdentity). */
  readonly caller: CallerIdentity;
  /** Whether the policy names targets (then leaving an account out is a way too). */
  readonly withTargets: boolean;
  /** The run's mode: the iam/ document the hint names (each mode's when undefined). */
  readonly mode?: PermissionsMode | undefined;
  /** The `role-name` input, when given. */
  readonly roleNameInput: string | undefined;
  /** The `regions` input, when given. */
  readonly regionsInput: RegionSelection | undefined;
}

/**
 * The hint for a call of `target`'s account AWS refused as not allowed, by who made it: the
 * workflow's own credentials in their own account (ownCredentialsHint), else the guard role
 * (guardRoleReadHint). `write`: for an enforce run's write, the IAM action it needs. Undefined for
 * any other error.
 */
export function notAllowedHint(error: Refused, target: Target, context: HintContext, write?: string): string | undefined {
  const { caller, withTargets, mode, roleNameInput, regionsInput } = context;
  return ownCredentialsHint(error, target, caller, withTargets, mode, regionsInput, write) ?? guardRoleReadHint(error, target, mode, roleNameInput, regionsInput, write);
}

/** What an enforce run knows to hint its refused writes with (refusedWriteHints). */
export interface WriteHintContext extends Omit<HintContext, 'mode'> {
  /** Every guarded account, as it was reached: each write is made with the clients its account was read with. */
  readonly targets: readonly Target[];
}

/**
 * The hint for an enforce run's write AWS refused with `code` as not allowed, as a refused read's
 * (ownCredentialsHint, guardRoleReadHint): who made it (the workflow's own credentials in their own
 * account, or the guard role of the write's account, assumed) and the IAM action it needs
 * (WRITE_PERMISSION), one of iam/enforce.json's, unless AWS's message says another policy or a deny refused it (refusalOf). Most often the read-only role (iam/read.json) was
 * used for enforce, or iam/enforce.json was not applied to the guard role: every write then fails
 * alike. Undefined for any other error (throttled, a server or network error, a race: AWS's text
 * says enough), or an account not guarded.
 */
export function refusedWriteHints(context: WriteHintContext): (write: Pick<KindWrite, 'account' | 'service' | 'region'>, error: Pick<Refused, 'code' | 'message'>) => string | undefined {
  const targets = new Map(context.targets.map((target) => [target.account, target]));
  return (write, error) => {
    const target = targets.get(write.account);
    if (target === undefined) return undefined;
    return notAllowedHint({ ...error, region: write.region, service: write.service }, target, { ...context, mode: 'enforce' }, WRITE_PERMISSION[write.service]);
  };
}

/** `error` with `hint` when there is one; otherwise `error` unchanged. */
export function withHint(error: SweepError, hint: string | undefined): SweepError {
  return hint === undefined ? error : { ...error, hint };
}

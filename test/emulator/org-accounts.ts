/**
 * Organizations ListAccounts (AWS JSON 1.1): every account of the caller's organization, the
 * management account included, for the management account or a delegated administrator only.
 * Shapes from @aws-sdk/client-organizations 3.1169 (Account: Id, Arn, Email, Name, Status,
 * State, Paths, JoinedMethod, JoinedTimestamp; Paths is not sent: the emulator has no OUs).
 */
import type { Organization } from './org-state.ts';
import type { OrgContext } from './organizations-api.ts';
import { ApiError, type ApiResult } from './protocol.ts';
import { epochSeconds } from './time.ts';
import type { AccountStateName } from './types.ts';

/** The retired `Status` for each `State` (PENDING_ACTIVATION and CLOSED have no Status value: a guess). */
const STATUS_OF: Record<AccountStateName, 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE'> = {
  PENDING_ACTIVATION: 'ACTIVE',
  ACTIVE: 'ACTIVE',
  SUSPENDED: 'SUSPENDED',
  PENDING_CLOSURE: 'PENDING_CLOSURE',
  CLOSED: 'SUSPENDED',
};

export function listAccounts(ctx: OrgContext, p: Record<string, unknown>): ApiResult {
  let max = 20;
  if (p.MaxResults !== undefined) {
    if (typeof p.MaxResults !== 'number' || !Number.isInteger(p.MaxResults)) throw inputError('INVALID_ENUM', 'MaxResults must be an integer');
    if (p.MaxResults < 1) throw inputError('MIN_VALUE_EXCEEDED', 'MaxResults must be at least 1.');
    if (p.MaxResults > 20) throw inputError('MAX_VALUE_EXCEEDED', 'MaxResults must be at most 20.');
    max = p.MaxResults;
  }
  const token = p.NextToken === undefined ? { after: null, empties: 0 } : decodeToken(p.NextToken);
  const { world } = ctx;
  const me = ctx.caller.account;
  const org = world.orgs.memberOf(me);
  if (!org) throw new ApiError(404, 'AWSOrganizationsNotInUseException', "Your account isn't a member of an organization.");
  if (org.managementAccount !== me && !world.estate.isDelegatedAdministrator(org.id, me)) {
    throw new ApiError(
      403,
      'AccessDeniedException',
      "You don't have permissions to perform the requested operation. The user or role that is making the request must have at least one IAM permissions policy attached that grants the required permissions. For more information, see Access Management in the IAM User Guide.",
    );
  }
  // The service may answer an empty page that still has a NextToken (the model's note on List* operations).
  if (token.empties < 3 && ctx.knobs.emptyPage()) {
    return { status: 200, body: { Accounts: [], NextToken: encodeToken(token.after, token.empties + 1) } };
  }
  const ids = sortedAccounts(org);
  const start = token.after === null ? 0 : firstAfter(ids, token.after);
  const page = ids.slice(start, start + max);
  const more = start + max < ids.length;
  const fields = world.estate.accountFields(org.id);
  const accounts = page.map((id) => {
    const info = world.accounts.get(id);
    const isManagement = id === org.managementAccount;
    const state = world.estate.state(id);
    const account: Record<string, unknown> = {
      Id: id,
      Arn: `arn:aws:organizations::${org.managementAccount}:account/${org.id}/${id}`,
      Email: info?.email ?? (isManagement ? org.managementEmail : `aws+${id}@example.com`),
      Name: info?.name ?? (isManagement ? org.managementName : `Account ${id}`),
    };
    if (fields !== 'state') account.Status = STATUS_OF[state];
    if (fields !== 'status') account.State = state;
    account.JoinedMethod = world.estate.joinedMethod(id, isManagement);
    account.JoinedTimestamp = epochSeconds(world.estate.joinedMs(id, isManagement));
    return account;
  });
  const body: Record<string, unknown> = { Accounts: accounts };
  const last = page[page.length - 1];
  if (last !== undefined && (more || ctx.knobs.trailingEmptyPage)) body.NextToken = encodeToken(last, 0);
  return { status: 200, body };
}

/**
 * Account ids of the organization in ascending order, cached until the membership changes: a new
 * member set (OrganizationsState.join replaces it), or one grown in place.
 */
const sortedCache = new WeakMap<Organization, { members: ReadonlySet<string>; size: number; ids: string[] }>();

function sortedAccounts(org: Organization): string[] {
  const cached = sortedCache.get(org);
  if (cached && cached.members === org.members && cached.size === org.members.size) return cached.ids;
  const ids = [...new Set([org.managementAccount, ...org.members])].sort();
  sortedCache.set(org, { members: org.members, size: org.members.size, ids });
  return ids;
}

function firstAfter(ids: string[], after: string): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ids[mid] as string) > after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function inputError(reason: string, message: string): ApiError {
  return new ApiError(400, 'InvalidInputException', message, { Reason: reason });
}

function encodeToken(after: string | null, empties: number): string {
  return Buffer.from(JSON.stringify({ a: after, e: empties, v: 1, op: 'ListAccounts' })).toString('base64');
}

function decodeToken(token: unknown): { after: string | null; empties: number } {
  try {
    const t = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as { a?: unknown; e?: unknown; v?: unknown; op?: unknown };
    if (t.v === 1 && t.op === 'ListAccounts' && typeof t.e === 'number' && (t.a === null || typeof t.a === 'string')) return { after: t.a, empties: t.e };
  } catch {
    // fall through
  }
  throw inputError('INVALID_NEXT_TOKEN', 'The NextToken is not valid; get it from the response to a previous call of the operation.');
}

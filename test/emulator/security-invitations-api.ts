/**
 * The member side of administrator invitations: GuardDuty, Macie, Security Hub (ListInvitations ->
 * DeclineInvitations) and Detective (ListInvitations -> RejectInvitation). All REST-JSON; paths,
 * member names and spellings, limits, errors and their HTTP statuses as in each API model
 * (aws/api-models-aws); what the models leave open is listed under "Guesses" in README.md.
 */
import { GRAPH_ARN } from './ids.ts';
import type { Knobs } from './knobs.ts';
import { decodePageToken, encodePageToken, pageAfter, type PageKey } from './paging.ts';
import { ApiError, type ApiResult, type Routed } from './protocol.ts';
import { graphArnOf, PENDING_STATUS, type SecurityInvitationRecord } from './security-state.ts';
import type { SecurityServiceName } from './types.ts';
import type { Caller, World } from './world.ts';

export interface SecurityContext {
  world: World;
  knobs: Knobs;
  caller: Caller;
}

type Route = readonly [method: string, path: string, operation: string];

const ROUTES: Readonly<Record<SecurityServiceName, readonly Route[]>> = {
  guardduty: [
    ['GET', '/invitation', 'ListInvitations'],
    ['POST', '/invitation/decline', 'DeclineInvitations'],
  ],
  macie2: [
    ['GET', '/invitations', 'ListInvitations'],
    ['POST', '/invitations/decline', 'DeclineInvitations'],
  ],
  securityhub: [
    ['GET', '/invitations', 'ListInvitations'],
    ['POST', '/invitations/decline', 'DeclineInvitations'],
  ],
  detective: [
    ['POST', '/invitations/list', 'ListInvitations'],
    ['POST', '/invitation/removal', 'RejectInvitation'],
  ],
};

/** ListInvitations page sizes: the model's maximum, and the default when none is asked for. */
export const LIST_LIMITS: Readonly<Record<SecurityServiceName, { max: number; default: number }>> = {
  guardduty: { max: 50, default: 50 }, // "The default value is 50. The maximum value is 50."
  macie2: { max: 25, default: 25 }, // max 25; default not documented
  securityhub: { max: 50, default: 50 }, // max 50; default not documented
  detective: { max: 200, default: 100 }, // max 200 ("currently 200"); default not documented
};

/** GuardDuty DeclineInvitations: 1..50 account ids of exactly 12 characters. */
const GUARDDUTY_MAX_DECLINE = 50;

export function routeSecurity(service: SecurityServiceName, method: string, url: URL, body: string): Routed {
  const route = ROUTES[service].find(([m, path]) => m === method && path === url.pathname);
  if (!route) throw new ApiError(404, 'UnknownOperationException', `No ${service} operation matches ${method} ${url.pathname}`);
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (body.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new ApiError(400, 'SerializationException', 'Request body is not valid JSON');
    }
    if (typeof parsed === 'object' && parsed !== null) Object.assign(params, parsed);
  }
  const ids = params.accountIds ?? params.AccountIds;
  const targetId = typeof params.GraphArn === 'string' ? params.GraphArn : Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : undefined;
  return { operation: route[2], params, targetId };
}

export function runSecurity(ctx: SecurityContext, service: SecurityServiceName, operation: string, p: Record<string, unknown>): ApiResult {
  requireEnabled(ctx, service);
  if (operation === 'ListInvitations') return list(ctx, service, p);
  if (service === 'detective') return reject(ctx, p);
  return decline(ctx, service, p);
}

/**
 * Security Hub and Macie must be enabled in the region before an account can be invited; for an
 * account without them the invitation APIs answer Security Hub's well-known "not subscribed"
 * (InvalidAccessException, 401) and Macie's AccessDeniedException "Macie is not enabled" with HTTP
 * 401, as a real answer shows (github.com/mondoohq/mql PR #5988; the model gives the error 403).
 */
function requireEnabled(ctx: SecurityContext, service: SecurityServiceName): void {
  const { account, region } = ctx.caller;
  if (ctx.world.security.isEnabled(service, account, region)) return;
  if (service === 'securityhub') throw new ApiError(401, 'InvalidAccessException', `Account ${account} is not subscribed to AWS Security Hub`, { Code: 'InvalidAccessException' });
  throw new ApiError(401, 'AccessDeniedException', 'Macie is not enabled for this account in this Region.');
}

// ------------------------------------------------------------ ListInvitations

function list(ctx: SecurityContext, service: SecurityServiceName, p: Record<string, unknown>): ApiResult {
  const [maxName, tokenName] = service === 'securityhub' || service === 'detective' ? ['MaxResults', 'NextToken'] : ['maxResults', 'nextToken'];
  const limits = LIST_LIMITS[service];
  let max = limits.default;
  if (p[maxName] !== undefined) {
    const n = Number(p[maxName]);
    if (!Number.isInteger(n) || n < 1 || n > limits.max) {
      throw invalid(service, `1 validation error detected: Value '${String(p[maxName])}' at '${maxName}' failed to satisfy constraint: Member must have value between 1 and ${limits.max}`);
    }
    max = n;
  }
  let after: PageKey | null = null;
  if (p[tokenName] !== undefined) {
    const token = decodePageToken(service, p[tokenName]);
    if (!token) throw invalid(service, `The ${tokenName} is not valid: use the value from the previous response.`);
    after = token.key;
  }
  const all = ctx.world.security.listed(service, ctx.caller.region, ctx.caller.account);
  const { items, more } = pageAfter(all, keyOf, after, max);
  const [listKey, nextKey] = service === 'securityhub' || service === 'detective' ? ['Invitations', 'NextToken'] : ['invitations', 'nextToken'];
  const body: Record<string, unknown> = { [listKey]: items.map((r) => wireInvitation(r)) };
  const last = items[items.length - 1];
  if (last !== undefined && more) body[nextKey] = encodePageToken(service, { key: keyOf(last), empties: 0 });
  else if (ctx.knobs.blankFinalToken) body[nextKey] = '';
  return { status: 200, body };
}

function keyOf(r: SecurityInvitationRecord): PageKey {
  return { ms: r.invitedMs, id: r.administrator };
}

function wireInvitation(r: SecurityInvitationRecord): Record<string, unknown> {
  const invitedAt = new Date(r.invitedMs).toISOString();
  switch (r.service) {
    case 'guardduty':
      // InvitedAt is a plain string in this model (not a timestamp): ISO-8601 as the CLI example shows.
      return { accountId: r.administrator, invitationId: r.id, relationshipStatus: r.status, invitedAt };
    case 'macie2':
      return { accountId: r.administrator, invitationId: r.id, invitedAt, relationshipStatus: r.status };
    case 'securityhub':
      return { AccountId: r.administrator, InvitationId: r.id, InvitedAt: invitedAt, MemberStatus: r.status };
    case 'detective': {
      // AccountId is the member (the caller); the inviter is AdministratorId (and the older MasterId).
      const item: Record<string, unknown> = {
        AccountId: r.member,
        GraphArn: graphArnOf(r),
        MasterId: r.administrator,
        AdministratorId: r.administrator,
        Status: r.status,
        InvitedTime: invitedAt,
        UpdatedTime: new Date(r.updatedMs).toISOString(),
        InvitationType: 'INVITATION',
      };
      if (r.email !== undefined) item.EmailAddress = r.email;
      return item;
    }
  }
}

// ------------------------------------------------------------ DeclineInvitations

/**
 * Declines the pending invitation of each listed administrator. An account that cannot be declined
 * (no invitation, already declined or withdrawn, or accepted) is not an error: it comes back in
 * UnprocessedAccounts with the service's reason (the reasons' wording is a guess).
 */
function decline(ctx: SecurityContext, service: Exclude<SecurityServiceName, 'detective'>, p: Record<string, unknown>): ApiResult {
  const name = service === 'securityhub' ? 'AccountIds' : 'accountIds';
  const ids = p[name];
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((id) => typeof id !== 'string' || id.trim() === '')) {
    throw invalid(service, `${name} is required: a non-empty list of account ids.`);
  }
  if (service === 'guardduty') {
    if (ids.length > GUARDDUTY_MAX_DECLINE) throw invalid(service, `1 validation error detected: Value at 'accountIds' failed to satisfy constraint: Member must have length less than or equal to ${GUARDDUTY_MAX_DECLINE}`);
    if (ids.some((id) => (id as string).length !== 12)) throw invalid(service, "1 validation error detected: Value at 'accountIds' failed to satisfy constraint: Member must satisfy constraint: [Member must have length less than or equal to 12, Member must have length greater than or equal to 12]");
  }
  const { world, caller } = ctx;
  const unprocessed: { id: string; reason: string }[] = [];
  for (const id of ids as string[]) {
    const r = world.security.find(service, caller.region, caller.account, id);
    if (!r || r.removed !== undefined) unprocessed.push({ id, reason: `The request is rejected because the current account has no pending invitation from account ${id}.` });
    else if (r.status !== PENDING_STATUS[service]) unprocessed.push({ id, reason: `The request is rejected because the invitation from account ${id} is ${r.status}, not ${PENDING_STATUS[service]}.` });
    else world.security.remove(r, 'declined', world.now());
  }
  if (service === 'guardduty') return { status: 200, body: { unprocessedAccounts: unprocessed.map((u) => ({ accountId: u.id, result: u.reason })) } };
  if (service === 'macie2') return { status: 200, body: { unprocessedAccounts: unprocessed.map((u) => ({ accountId: u.id, errorCode: 'ClientError', errorMessage: u.reason })) } };
  return { status: 200, body: { UnprocessedAccounts: unprocessed.map((u) => ({ AccountId: u.id, ProcessingResult: u.reason })) } };
}

// ------------------------------------------------------------ Detective RejectInvitation

/**
 * Rejects the invitation to a behavior graph; the member's status must be INVITED. Accepted
 * (ENABLED, ACCEPTED_BUT_DISABLED) or in verification: ConflictException (409). No membership (never
 * invited, rejected already, removed, graph gone): ResourceNotFoundException (404).
 */
function reject(ctx: SecurityContext, p: Record<string, unknown>): ApiResult {
  const arn = p.GraphArn;
  if (typeof arn !== 'string' || !GRAPH_ARN.test(arn)) {
    throw new ApiError(400, 'ValidationException', `1 validation error detected: Value '${String(arn)}' at 'graphArn' failed to satisfy constraint: Member must satisfy regular expression pattern: ${GRAPH_ARN.source}`, {
      ErrorCode: 'INVALID_GRAPH_ARN',
      ErrorCodeReason: 'The graph ARN is malformed.',
    });
  }
  const [, , , region = '', administrator = '', rest = ''] = arn.split(':');
  const graphId = arn.slice(arn.lastIndexOf(':') + 1);
  const { world, caller } = ctx;
  const r = region === caller.region && rest === 'graph' ? world.security.find('detective', region, caller.account, administrator) : undefined;
  if (!r || r.removed !== undefined || r.id !== graphId) throw new ApiError(404, 'ResourceNotFoundException', 'The request refers to a nonexistent resource.');
  if (r.status !== PENDING_STATUS.detective) throw new ApiError(409, 'ConflictException', `The request attempted an invalid action: the member status in behavior graph ${arn} is ${r.status}, not INVITED.`);
  world.security.remove(r, 'declined', world.now());
  return { status: 200 };
}

function invalid(service: SecurityServiceName, message: string): ApiError {
  switch (service) {
    case 'guardduty':
      return new ApiError(400, 'BadRequestException', message);
    case 'securityhub':
      return new ApiError(400, 'InvalidInputException', message, { Code: 'InvalidInputException' });
    case 'detective':
      return new ApiError(400, 'ValidationException', message, { ErrorCode: 'INVALID_REQUEST_BODY', ErrorCodeReason: 'The request body is invalid.' });
    default:
      return new ApiError(400, 'ValidationException', message);
  }
}

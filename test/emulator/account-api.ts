/**
 * AWS Account Management, REST-JSON (global; SigV4 service name `account`): ListRegions,
 * `POST /listRegions` with a JSON body {AccountId?, MaxResults?, NextToken?,
 * RegionOptStatusContains?}. Members, constraints and errors from the model
 * (aws/api-models-aws account-2021-02-01 and @aws-sdk/client-account 3.1169): MaxResults 1..50,
 * NextToken at most 1000 characters, AccountId ^\d{12}$; AccessDeniedException 403,
 * ValidationException 400 {message, reason, fieldList[{name, message}]},
 * TooManyRequestsException 429, InternalServerException 500.
 */
import { ApiError, type ApiResult, type Routed } from './protocol.ts';
import { REGION_OPT_STATUSES, type RegionOptStatusName } from './types.ts';
import type { Caller, World } from './world.ts';

export interface AccountContext {
  world: World;
  caller: Caller;
}

const ROUTES: Record<string, string> = { '/listRegions': 'ListRegions' };

export function routeAccount(method: string, url: URL, body: string): Routed {
  const operation = ROUTES[url.pathname];
  if (method !== 'POST' || operation === undefined) throw new ApiError(404, 'UnknownOperationException', `No Account operation matches ${method} ${url.pathname}`);
  let params: Record<string, unknown> = {};
  if (body.trim() !== '') {
    try {
      const parsed: unknown = JSON.parse(body);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) params = parsed as Record<string, unknown>;
    } catch {
      throw new ApiError(400, 'SerializationException', 'Request body is not valid JSON');
    }
  }
  return { operation, params, targetId: typeof params.AccountId === 'string' ? params.AccountId : undefined };
}

export function runAccount(ctx: AccountContext, operation: string, p: Record<string, unknown>): ApiResult {
  if (operation === 'ListRegions') return listRegions(ctx, p);
  throw new ApiError(404, 'UnknownOperationException', `Unknown operation ${operation}`);
}

function validation(name: string, message: string): ApiError {
  return new ApiError(400, 'ValidationException', `1 validation error detected: ${message}`, { reason: 'fieldValidationFailed', fieldList: [{ name, message }] });
}

function listRegions(ctx: AccountContext, p: Record<string, unknown>): ApiResult {
  let max = 20;
  if (p.MaxResults !== undefined && p.MaxResults !== null) {
    const m = p.MaxResults;
    if (typeof m !== 'number' || !Number.isInteger(m) || m < 1) throw validation('MaxResults', `Value '${String(m)}' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1`);
    if (m > 50) throw validation('MaxResults', `Value '${m}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50`);
    max = m;
  }
  let after: string | null = null;
  if (p.NextToken !== undefined && p.NextToken !== null) {
    const t = String(p.NextToken);
    if (t.length > 1000) throw validation('NextToken', `Value at 'nextToken' failed to satisfy constraint: Member must have length less than or equal to 1000`);
    after = decodeToken(t);
  }
  let filter: Set<string> | undefined;
  if (p.RegionOptStatusContains !== undefined && p.RegionOptStatusContains !== null) {
    const list = p.RegionOptStatusContains;
    if (!Array.isArray(list) || list.some((s) => !REGION_OPT_STATUSES.includes(s as RegionOptStatusName))) {
      throw validation(
        'RegionOptStatusContains',
        `Value '${JSON.stringify(list)}' at 'regionOptStatusContains' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [${REGION_OPT_STATUSES.join(', ')}]]`,
      );
    }
    if (list.length > 0) filter = new Set(list as string[]);
  }
  const target = p.AccountId === undefined || p.AccountId === null ? ctx.caller.account : targetAccount(ctx, p.AccountId);
  const regions = ctx.world.estate.regions(target).filter((r) => !filter || filter.has(r.RegionOptStatus));
  const start = after === null ? 0 : regions.findIndex((r) => r.RegionName > (after as string));
  const page = start < 0 ? [] : regions.slice(start, start + max);
  const body: Record<string, unknown> = { Regions: page };
  const last = page[page.length - 1];
  if (last && start + max < regions.length) body.NextToken = encodeToken(last.RegionName);
  return { status: 200, body };
}

/**
 * `AccountId` names a member of the caller's organization, for the management account or a
 * delegated administrator only; the management account may not name itself ("standalone
 * context" only, as AWS answers it).
 */
function targetAccount(ctx: AccountContext, value: unknown): string {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) {
    throw validation('AccountId', `Value '${String(value)}' at 'accountId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d{12}$`);
  }
  const { world, caller } = ctx;
  const org = world.orgs.memberOf(caller.account);
  const denied = (detail: string): ApiError => new ApiError(403, 'AccessDeniedException', `User: ${caller.arn} is not authorized to perform: account:ListRegions ${detail}`);
  if (!org) throw denied(`on resource: arn:aws:account::${value}:account`);
  const resource = `on resource: arn:aws:account::${org.managementAccount}:account/${org.id}/${value}`;
  if (value === org.managementAccount && caller.account === org.managementAccount) {
    throw denied('(The management account can only be managed using the standalone context from the management account)');
  }
  const admin = caller.account === org.managementAccount || world.estate.isDelegatedAdministrator(org.id, caller.account);
  if (!admin || !(org.members.has(value) || value === org.managementAccount)) throw denied(resource);
  return value;
}

function encodeToken(after: string): string {
  return Buffer.from(JSON.stringify({ a: after, v: 1, op: 'ListRegions' })).toString('base64');
}

function decodeToken(token: string): string {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as { a?: unknown; v?: unknown; op?: unknown };
    if (t.v === 1 && t.op === 'ListRegions' && typeof t.a === 'string') return t.a;
  } catch {
    // fall through
  }
  throw validation('NextToken', 'Value at \'nextToken\' failed to satisfy constraint: the token is not valid; get it from the response to a previous call of the operation');
}

/**
 * AWS Organizations, AWS JSON 1.1 (`POST /`, `X-Amz-Target: AWSOrganizationsV20161128.<Op>`):
 * the handshake operations. Error names and HTTP statuses follow the API model in
 * @aws-sdk/client-organizations (its httpError traits), reasons its InvalidInputExceptionReason.
 */
import { ACCOUNT_ID, HANDSHAKE_ID, newHandshakeId, newTransferId } from './ids.ts';
import type { Knobs } from './knobs.ts';
import { listAccounts } from './org-accounts.ts';
import { DAY_MS, arnOf, buildParties, buildResources, type HandshakeRecord, type Organization } from './org-state.ts';
import { ApiError, type ApiResult, type Routed } from './protocol.ts';
import { epochSeconds } from './time.ts';
import { HANDSHAKE_ACTIONS, type HandshakeAction, type HandshakeStateName } from './types.ts';
import type { Caller, World } from './world.ts';

export const TARGET_PREFIX = 'AWSOrganizationsV20161128.';

export interface OrgContext {
  world: World;
  knobs: Knobs;
  caller: Caller;
}

const OPERATIONS = [
  'ListHandshakesForAccount',
  'DescribeHandshake',
  'DeclineHandshake',
  'AcceptHandshake',
  'CancelHandshake',
  'InviteAccountToOrganization',
  'InviteOrganizationToTransferResponsibility',
  'ListAccounts',
];

export function routeOrganizations(target: string | undefined, body: string): Routed {
  const operation = target?.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  if (!OPERATIONS.includes(operation)) throw new ApiError(400, 'UnknownOperationException', `Unknown operation ${target ?? '(no X-Amz-Target)'}`);
  let params: Record<string, unknown> = {};
  if (body.trim() !== '') {
    try {
      params = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new ApiError(400, 'SerializationException', 'Request body is not valid JSON');
    }
  }
  return { operation, params, targetId: typeof params.HandshakeId === 'string' ? params.HandshakeId : undefined };
}

export function runOrganizations(ctx: OrgContext, operation: string, p: Record<string, unknown>): ApiResult {
  switch (operation) {
    case 'ListHandshakesForAccount':
      return list(ctx, p);
    case 'DescribeHandshake':
      return { status: 200, body: { Handshake: wire(find(ctx, p)) } };
    case 'DeclineHandshake':
      return { status: 200, body: { Handshake: wire(move(ctx, p, 'DECLINED', 'recipient')) } };
    case 'AcceptHandshake':
      return { status: 200, body: { Handshake: wire(move(ctx, p, 'ACCEPTED', 'recipient')) } };
    case 'CancelHandshake':
      return { status: 200, body: { Handshake: wire(move(ctx, p, 'CANCELED', 'sender')) } };
    case 'InviteAccountToOrganization':
      return { status: 200, body: { Handshake: wire(invite(ctx, p, 'INVITE')) } };
    case 'ListAccounts':
      return listAccounts(ctx, p);
    default:
      return { status: 200, body: { Handshake: wire(invite(ctx, p, 'TRANSFER_RESPONSIBILITY')) } };
  }
}

function list(ctx: OrgContext, p: Record<string, unknown>): ApiResult {
  let filter: ((h: HandshakeRecord) => boolean) | undefined;
  if (p.Filter !== undefined && p.Filter !== null) {
    const f = p.Filter as Record<string, unknown>;
    if (f.ActionType !== undefined && f.ParentHandshakeId !== undefined) {
      throw inputError('MAX_LIMIT_EXCEEDED_FILTER', 'You can specify only one filter parameter for the operation.');
    }
    if (f.ActionType !== undefined) {
      if (!HANDSHAKE_ACTIONS.includes(f.ActionType as HandshakeAction)) throw inputError('INVALID_ENUM', `Invalid value for Filter.ActionType: ${String(f.ActionType)}`);
      filter = (h) => h.action === f.ActionType;
    } else if (f.ParentHandshakeId !== undefined) {
      handshakeId(f.ParentHandshakeId, 'Filter.ParentHandshakeId');
      filter = (h) => h.parentHandshakeId === f.ParentHandshakeId;
    }
  }
  let max = 20;
  if (p.MaxResults !== undefined) {
    if (typeof p.MaxResults !== 'number' || !Number.isInteger(p.MaxResults)) throw inputError('INVALID_ENUM', 'MaxResults must be an integer');
    if (p.MaxResults < 1) throw inputError('MIN_VALUE_EXCEEDED', 'MaxResults must be at least 1.');
    if (p.MaxResults > 20) throw inputError('MAX_VALUE_EXCEEDED', 'MaxResults must be at most 20.');
    max = p.MaxResults;
  }
  const token = p.NextToken === undefined ? { key: null, empties: 0 } : decodeToken(p.NextToken);
  // The service may answer with an empty page that still has a NextToken (aws-facts.md).
  if (token.empties < 3 && ctx.knobs.emptyPage()) {
    return { status: 200, body: { Handshakes: [], NextToken: encodeToken(token.key, token.empties + 1) } };
  }
  const { items, more } = ctx.world.orgs.pageFor(ctx.caller.account, token.key, max, ctx.world.now(), filter ?? (() => true));
  const last = items[items.length - 1];
  const body: Record<string, unknown> = {};
  if (last && (more || ctx.knobs.trailingEmptyPage)) body.NextToken = encodeToken([last.requestedMs, last.id], 0);
  body.Handshakes = ctx.knobs.pageItems(`ListHandshakesForAccount|${ctx.caller.account}`, typeof p.NextToken === 'string' ? p.NextToken : undefined, body.NextToken as string | undefined, items.map(wire));
  return { status: 200, body };
}

function find(ctx: OrgContext, p: Record<string, unknown>): HandshakeRecord {
  const id = handshakeId(p.HandshakeId, 'HandshakeId');
  const h = ctx.world.orgs.get(id, ctx.world.now());
  const me = ctx.caller.account;
  if (!h || (h.recipientAccount !== me && h.senderAccount !== me)) {
    throw new ApiError(404, 'HandshakeNotFoundException', "We can't find a handshake with the HandshakeId that you specified.");
  }
  return h;
}

/**
 * Why AcceptHandshake refuses the INVITE `h` to its recipient, or undefined when it may accept.
 * Member and standalone accounts may accept: a member leaves its organization for the inviting one
 * (AcceptHandshake). A management account must delete its organization first; a member of the
 * inviting organization is in it already. An `accepted` race (races.ts) asks the same.
 */
export function inviteAcceptRefusal(world: World, h: HandshakeRecord): ApiError | undefined {
  const me = h.recipientAccount;
  const managed = world.orgs.managedBy(me);
  if (managed !== undefined) {
    return new ApiError(400, 'MasterCannotLeaveOrganizationException', `You can't remove a management account from an organization: account ${me} manages ${managed.id}; delete that organization first to join another.`);
  }
  const org = world.orgs.organizations.get(h.organizationId);
  if (org?.members.has(me) === true) return constraint('ALREADY_IN_AN_ORGANIZATION', `Account ${me} is already a member of ${org.id}.`);
  return undefined;
}

/** Decline / accept (recipient only) or cancel (sender only): OPEN or REQUESTED -> `to`. */
function move(ctx: OrgContext, p: Record<string, unknown>, to: HandshakeStateName, who: 'recipient' | 'sender'): HandshakeRecord {
  const h = find(ctx, p);
  const me = ctx.caller.account;
  if ((who === 'recipient' ? h.recipientAccount : h.senderAccount) !== me) {
    throw new ApiError(403, 'AccessDeniedException', `You don't have permissions to perform the requested operation: only the ${who} of handshake ${h.id} can do this.`);
  }
  if (h.state === to) throw new ApiError(409, 'HandshakeAlreadyInStateException', `The handshake ${h.id} is already in the requested state ${to}.`);
  if (h.state !== 'OPEN' && h.state !== 'REQUESTED') {
    throw new ApiError(409, 'InvalidHandshakeTransitionException', `You can't perform the operation on handshake ${h.id} in its current state ${h.state}.`);
  }
  if (to === 'ACCEPTED' && h.action === 'INVITE') {
    const refusal = inviteAcceptRefusal(ctx.world, h);
    if (refusal !== undefined) throw refusal;
    ctx.world.joinByInvite(me, h.organizationId, ctx.world.now());
  }
  ctx.world.orgs.transition(h, to, ctx.world.now());
  return h;
}

function invite(ctx: OrgContext, p: Record<string, unknown>, action: 'INVITE' | 'TRANSFER_RESPONSIBILITY'): HandshakeRecord {
  const me = ctx.caller.account;
  const orgs = ctx.world.orgs;
  const org: Organization | undefined = orgs.managedBy(me);
  const target = p.Target as Record<string, unknown> | undefined;
  if (!target || typeof target !== 'object') throw inputError('INPUT_REQUIRED', 'You must include a value for Target.');
  if (target.Type === 'ORGANIZATION') throw inputError('INVALID_PARTY_TYPE_TARGET', 'Target.Type must be ACCOUNT or EMAIL.');
  if (target.Type !== 'ACCOUNT' && target.Type !== 'EMAIL') throw inputError('INVALID_ENUM', `Invalid value for Target.Type: ${String(target.Type)}`);
  const targetId = String(target.Id ?? '');
  if (target.Type === 'ACCOUNT' && !ACCOUNT_ID.test(targetId)) throw inputError('INVALID_PARTY_TYPE_TARGET', `Target.Id ${targetId} is not an account id.`);
  if (target.Type === 'EMAIL' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(targetId)) throw inputError('INVALID_EMAIL_ADDRESS_TARGET', `Target.Id ${targetId} is not an email address.`);
  if (p.Notes !== undefined && (typeof p.Notes !== 'string' || p.Notes.length > 1024)) throw inputError('MAX_LENGTH_EXCEEDED', 'Notes must be at most 1024 characters.');
  let transfer: { id: string; type: string; startMs: number } | undefined;
  if (action === 'TRANSFER_RESPONSIBILITY') {
    if (p.Type !== 'BILLING') throw inputError('INVALID_ENUM', `Invalid value for Type: ${String(p.Type)}; only BILLING is supported.`);
    if (typeof p.StartTimestamp !== 'number') throw inputError('INPUT_REQUIRED', 'You must include a value for StartTimestamp.');
    if (typeof p.SourceName !== 'string' || p.SourceName.length < 1) throw inputError('INPUT_REQUIRED', 'You must include a value for SourceName.');
    if (p.SourceName.length > 128) throw inputError('MAX_LENGTH_EXCEEDED', 'SourceName must be at most 128 characters.');
    if (!/^[ -~]+$/.test(p.SourceName)) throw inputError('INVALID_PATTERN', 'SourceName must be printable ASCII.');
    transfer = { id: newTransferId(ctx.world.rng), type: 'BILLING', startMs: p.StartTimestamp * 1000 };
  }
  if (!org) {
    if (orgs.memberOf(me)) throw new ApiError(403, 'AccessDeniedException', "You don't have permissions to perform the requested operation: only the management account can invite.");
    throw new ApiError(404, 'AWSOrganizationsNotInUseException', "Your account isn't a member of an organization.");
  }
  const recipient = target.Type === 'ACCOUNT' ? targetId : ([...ctx.world.accounts.values()].find((a) => a.email === targetId)?.id ?? '');
  if (recipient === me) throw constraint('SOURCE_AND_TARGET_CANNOT_MATCH', 'You cannot invite your own account.');
  if (action === 'INVITE' && org.members.has(recipient)) throw constraint('ALREADY_IN_AN_ORGANIZATION', `Account ${recipient} is already a member of ${org.id}.`);
  const now = ctx.world.now();
  const duplicate = orgs.all(now).some((h) => h.action === action && h.organizationId === org.id && h.recipientAccount === recipient && (h.state === 'OPEN' || h.state === 'REQUESTED'));
  if (duplicate) throw new ApiError(409, 'DuplicateHandshakeException', `A handshake with the same action and target already exists for ${recipient || targetId}.`);
  const details = {
    organization: org,
    recipientAccount: recipient,
    recipientEmail: target.Type === 'EMAIL' ? targetId : undefined,
    notes: typeof p.Notes === 'string' ? p.Notes : undefined,
    transfer,
  };
  const h: HandshakeRecord = {
    id: newHandshakeId(ctx.world.rng),
    action,
    state: 'OPEN',
    requestedMs: now,
    expirationMs: now + 15 * DAY_MS,
    organizationId: org.id,
    senderAccount: me,
    recipientAccount: recipient,
    parties: buildParties(details),
    resources: buildResources(action, details),
  };
  orgs.addHandshake(h);
  return h;
}

export function wire(h: HandshakeRecord): Record<string, unknown> {
  return {
    Id: h.id,
    Arn: arnOf(h),
    Parties: h.parties,
    State: h.state,
    RequestedTimestamp: epochSeconds(h.requestedMs),
    ExpirationTimestamp: epochSeconds(h.expirationMs),
    Action: h.action,
    Resources: h.resources,
  };
}

function handshakeId(value: unknown, name: string): string {
  if (value === undefined || value === '') throw inputError('INPUT_REQUIRED', `You must include a value for ${name}.`);
  if (typeof value !== 'string' || value.length > 34) throw inputError('MAX_LENGTH_EXCEEDED', `${name} must be at most 34 characters.`);
  if (!HANDSHAKE_ID.test(value)) throw inputError('INVALID_PATTERN', `${name} "${value}" does not match ^h-[0-9a-z]{8,32}$.`);
  return value;
}

function inputError(reason: string, message: string): ApiError {
  return new ApiError(400, 'InvalidInputException', message, { Reason: reason });
}

function constraint(reason: string, message: string): ApiError {
  return new ApiError(409, 'HandshakeConstraintViolationException', message, { Reason: reason });
}

function encodeToken(key: [number, string] | null, empties: number): string {
  return Buffer.from(JSON.stringify({ k: key, e: empties, v: 1 })).toString('base64');
}

function decodeToken(token: unknown): { key: [number, string] | null; empties: number } {
  try {
    const t = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as { k?: unknown; e?: unknown; v?: unknown };
    const k = t.k;
    if (t.v === 1 && typeof t.e === 'number' && (k === null || (Array.isArray(k) && typeof k[0] === 'number' && typeof k[1] === 'string'))) {
      return { key: k as [number, string] | null, empties: t.e };
    }
  } catch {
    // fall through
  }
  throw inputError('INVALID_NEXT_TOKEN', 'The NextToken is not valid; get it from the response to a previous call of the operation.');
}

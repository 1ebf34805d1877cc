/**
 * AWS RAM, REST-JSON (every operation `POST /<lowercased name>` with a JSON body): the receiving
 * side of resource-share invitations. Paths, members, enums, errors and their HTTP statuses as in
 * the API model (aws/api-models-aws ram-2018-01-04); what the model leaves open is listed under
 * "Guesses" in README.md.
 */
import { newUuid, RESOURCE_SHARE_ARN, RESOURCE_SHARE_INVITATION_ARN } from './ids.ts';
import type { Knobs } from './knobs.ts';
import { decodePageToken, encodePageToken, pageAfter, type PageKey } from './paging.ts';
import { ApiError, type ApiResult, type Routed } from './protocol.ts';
import type { RamInvitationRecord } from './ram-state.ts';
import { epochSeconds } from './time.ts';
import type { Caller, World } from './world.ts';

export interface RamContext {
  world: World;
  knobs: Knobs;
  caller: Caller;
}

const OPERATIONS: Readonly<Record<string, string>> = {
  '/getresourceshareinvitations': 'GetResourceShareInvitations',
  '/listpendinginvitationresources': 'ListPendingInvitationResources',
  '/rejectresourceshareinvitation': 'RejectResourceShareInvitation',
  '/acceptresourceshareinvitation': 'AcceptResourceShareInvitation',
};

/** GetResourceShareInvitations / ListPendingInvitationResources: maxResults 1..500 (model). The default is not documented. */
export const RAM_MAX_RESULTS = 500;
export const RAM_DEFAULT_PAGE = 50;
/** The longest clientToken accepted (not documented; InvalidClientTokenException beyond it). */
export const RAM_MAX_CLIENT_TOKEN = 64;

export function routeRam(method: string, url: URL, body: string): Routed {
  const operation = OPERATIONS[url.pathname];
  if (method !== 'POST' || operation === undefined) throw new ApiError(404, 'UnknownOperationException', `No RAM operation matches ${method} ${url.pathname}`);
  let params: Record<string, unknown> = {};
  if (body.trim() !== '') {
    try {
      params = JSON.parse(body) as Record<string, unknown>;
    } catch {
      throw new ApiError(400, 'SerializationException', 'Request body is not valid JSON');
    }
  }
  const arn = params.resourceShareInvitationArn;
  return { operation, params, targetId: typeof arn === 'string' ? arn : undefined };
}

export function runRam(ctx: RamContext, operation: string, p: Record<string, unknown>): ApiResult {
  switch (operation) {
    case 'GetResourceShareInvitations':
      return getInvitations(ctx, p);
    case 'ListPendingInvitationResources':
      return listPendingResources(ctx, p);
    case 'RejectResourceShareInvitation':
      return respond(ctx, p, 'RejectResourceShareInvitation', 'REJECTED');
    default:
      return respond(ctx, p, 'AcceptResourceShareInvitation', 'ACCEPTED');
  }
}

// ------------------------------------------------------------ listing

function getInvitations(ctx: RamContext, p: Record<string, unknown>): ApiResult {
  const { world, caller } = ctx;
  const now = world.now();
  const max = maxResults(p.maxResults, () => new ApiError(400, 'InvalidMaxResultsException', `The specified value for MaxResults (${String(p.maxResults)}) isn't valid; use 1-${RAM_MAX_RESULTS}.`));
  const token = pageToken(p.nextToken);
  let list = world.ram.received(caller.account, caller.region, now);
  if (p.resourceShareInvitationArns !== undefined) {
    const arns = stringList(p.resourceShareInvitationArns, 'resourceShareInvitationArns');
    for (const arn of arns) {
      if (!RESOURCE_SHARE_INVITATION_ARN.test(arn)) throw malformed(arn);
      if (!list.some((r) => r.arn === arn)) throw arnNotFound(arn);
    }
    list = list.filter((r) => arns.includes(r.arn));
  }
  if (p.resourceShareArns !== undefined) {
    const arns = stringList(p.resourceShareArns, 'resourceShareArns');
    for (const arn of arns) {
      if (!RESOURCE_SHARE_ARN.test(arn)) throw malformed(arn);
      if (!world.ram.knowsShare(arn)) throw new ApiError(400, 'UnknownResourceException', `The resource share ${arn} could not be found.`);
    }
    list = list.filter((r) => arns.includes(r.shareArn));
  }
  return page(ctx, 'resourceShareInvitations', list, (r) => ({ ms: r.invitedMs, id: r.arn }), token, max, wireInvitation);
}

function listPendingResources(ctx: RamContext, p: Record<string, unknown>): ApiResult {
  const arn = p.resourceShareInvitationArn;
  if (arn === undefined || arn === '') throw new ApiError(400, 'MissingRequiredParameterException', 'The request is missing the required parameter resourceShareInvitationArn.');
  const max = maxResults(p.maxResults, () => invalidParameter(`The specified value for maxResults (${String(p.maxResults)}) isn't valid; use 1-${RAM_MAX_RESULTS}.`));
  const token = pageToken(p.nextToken);
  const scope = p.resourceRegionScope ?? 'ALL';
  if (scope !== 'ALL' && scope !== 'REGIONAL' && scope !== 'GLOBAL') throw invalidParameter(`resourceRegionScope must be ALL, REGIONAL or GLOBAL, not ${String(scope)}.`);
  const r = invitationFor(ctx, arn);
  if (r.status === 'REJECTED') throw alreadyRejected(r.arn);
  if (r.status === 'EXPIRED') throw expired(r.arn);
  // ACCEPTED: the model names no error for it; the resources are answered (README, guesses).
  const resources = r.resources
    .filter((s) => scope === 'ALL' || s.scope === scope)
    .sort((a, b) => b.creationMs - a.creationMs || (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
  return page(ctx, 'resources', resources, (s) => ({ ms: s.creationMs, id: s.arn }), token, max, (s) => {
    const item: Record<string, unknown> = {
      arn: s.arn,
      type: s.type,
      resourceShareArn: r.shareArn,
      status: s.status,
      creationTime: epochSeconds(s.creationMs),
      lastUpdatedTime: epochSeconds(s.lastUpdatedMs),
      resourceRegionScope: s.scope,
    };
    if (s.statusMessage !== undefined) item.statusMessage = s.statusMessage;
    if (s.resourceGroupArn !== undefined) item.resourceGroupArn = s.resourceGroupArn;
    return item;
  });
}

/**
 * One page of `list` after the token's key. The model's own warning ("can occasionally return an
 * empty set of results even when there are more results available") is the emptyPageRate knob;
 * trailingEmptyPage makes the last real page point at an empty final one.
 */
function page<T>(
  ctx: RamContext,
  member: string,
  list: readonly T[],
  keyOf: (item: T) => PageKey,
  token: { key: PageKey | null; empties: number },
  max: number,
  wire: (item: T) => unknown,
): ApiResult {
  if (token.empties < 3 && ctx.knobs.emptyPage()) {
    return { status: 200, body: { [member]: [], nextToken: encodePageToken('ram', { key: token.key, empties: token.empties + 1 }) } };
  }
  const { items, more } = pageAfter(list, keyOf, token.key, max);
  const body: Record<string, unknown> = { [member]: items.map(wire) };
  const last = items[items.length - 1];
  if (last !== undefined && (more || ctx.knobs.trailingEmptyPage)) body.nextToken = encodePageToken('ram', { key: keyOf(last), empties: 0 });
  return { status: 200, body };
}

// ------------------------------------------------------------ accept / reject

/**
 * Only the receiver may answer, and only a PENDING invitation. A clientToken makes the call
 * idempotent: the same token with the same ARN replays the first answer (so a retry of a reject
 * that went through is a success, not "already rejected"); with another ARN it is
 * IdempotentParameterMismatchException. Without one, AWS "generates a random one for you".
 */
function respond(ctx: RamContext, p: Record<string, unknown>, operation: string, to: 'ACCEPTED' | 'REJECTED'): ApiResult {
  const { world, caller } = ctx;
  const arn = p.resourceShareInvitationArn;
  if (typeof arn !== 'string' || arn === '') throw malformed(String(arn ?? ''));
  let clientToken: string;
  if (p.clientToken !== undefined) {
    if (typeof p.clientToken !== 'string' || p.clientToken === '' || p.clientToken.length > RAM_MAX_CLIENT_TOKEN) {
      throw new ApiError(400, 'InvalidClientTokenException', 'The specified client token isn\'t valid.');
    }
    clientToken = p.clientToken;
    const earlier = world.ram.reply(`${caller.account}|${operation}|${clientToken}`);
    if (earlier) {
      if (earlier.arn !== arn) throw new ApiError(400, 'IdempotentParameterMismatchException', `The client token ${clientToken} was already used with different parameters.`);
      return { status: 200, body: earlier.body };
    }
  } else {
    clientToken = newUuid(world.rng);
  }
  const r = invitationFor(ctx, arn);
  if (r.status === 'ACCEPTED') throw new ApiError(400, 'ResourceShareInvitationAlreadyAcceptedException', `The invitation ${r.arn} was already accepted.`);
  if (r.status === 'REJECTED') throw alreadyRejected(r.arn);
  if (r.status === 'EXPIRED') throw expired(r.arn);
  world.ram.respond(r, to, world.now());
  const body = { resourceShareInvitation: wireInvitation(r), clientToken };
  world.ram.remember(`${caller.account}|${operation}|${clientToken}`, { arn: r.arn, body });
  return { status: 200, body };
}

/** The invitation `arn` as its receiver may see it, or the error AWS gives. */
function invitationFor(ctx: RamContext, arn: unknown): RamInvitationRecord {
  const { world, caller } = ctx;
  if (typeof arn !== 'string' || !RESOURCE_SHARE_INVITATION_ARN.test(arn)) throw malformed(String(arn));
  const r = world.ram.get(arn, world.now());
  if (r && r.region === caller.region) {
    if (r.receiver === caller.account) return r;
    if (r.sender === caller.account) throw new ApiError(400, 'OperationNotPermittedException', `Only the receiver of invitation ${arn} can respond to it or list its resources.`);
  }
  throw arnNotFound(arn);
}

// ------------------------------------------------------------ wire and input

function wireInvitation(r: RamInvitationRecord): Record<string, unknown> {
  const item: Record<string, unknown> = {
    resourceShareInvitationArn: r.arn,
    resourceShareName: r.shareName,
    resourceShareArn: r.shareArn,
    senderAccountId: r.sender,
    receiverAccountId: r.receiver,
    invitationTimestamp: epochSeconds(r.invitedMs),
    status: r.status,
  };
  if (r.receiverArn !== undefined) item.receiverArn = r.receiverArn;
  return item;
}

function maxResults(value: unknown, invalid: () => ApiError): number {
  if (value === undefined) return RAM_DEFAULT_PAGE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > RAM_MAX_RESULTS) throw invalid();
  return value;
}

function pageToken(value: unknown): { key: PageKey | null; empties: number } {
  if (value === undefined) return { key: null, empties: 0 };
  const token = decodePageToken('ram', value);
  if (!token) throw new ApiError(400, 'InvalidNextTokenException', 'The specified value for NextToken isn\'t valid. You must specify a value you received in the NextToken response of a previous call to this operation.');
  return token;
}

function stringList(value: unknown, name: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw invalidParameter(`${name} must be a list of ARNs.`);
  return value as string[];
}

function malformed(arn: string): ApiError {
  return new ApiError(400, 'MalformedArnException', `The ARN ${arn} has a format that isn't valid.`);
}

function arnNotFound(arn: string): ApiError {
  return new ApiError(400, 'ResourceShareInvitationArnNotFoundException', `The invitation ARN ${arn} was not found.`);
}

function alreadyRejected(arn: string): ApiError {
  return new ApiError(400, 'ResourceShareInvitationAlreadyRejectedException', `The invitation ${arn} was already rejected.`);
}

function expired(arn: string): ApiError {
  return new ApiError(400, 'ResourceShareInvitationExpiredException', `The invitation ${arn} is past its expiration date and time.`);
}

function invalidParameter(message: string): ApiError {
  return new ApiError(400, 'InvalidParameterException', message);
}

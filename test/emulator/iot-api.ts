/**
 * AWS IoT control plane, REST-JSON: routes (paths and names as in @aws-sdk/client-iot's schema),
 * input validation as the API model states it, and the transfer operations.
 */
import { ACCOUNT_ID, certificateArn, isCertificateId } from './ids.ts';
import { arnFor, fakePem } from './certificate-shape.ts';
import { isPending, isVisibleTo, type CertRecord, type RegionState } from './iot-state.ts';
import type { Knobs } from './knobs.ts';
import { ApiError, type ApiResult, type Routed } from './protocol.ts';
import type { SortKey } from './sorted.ts';
import { epochSeconds } from './time.ts';
import type { CertificateStatus } from './types.ts';
import type { Caller, World } from './world.ts';

export interface IotContext {
  world: World;
  knobs: Knobs;
  caller: Caller;
}

const ROUTES: ReadonlyArray<readonly [string, RegExp, string]> = [
  ['GET', /^\/certificates$/, 'ListCertificates'],
  ['GET', /^\/certificates-out-going$/, 'ListOutgoingCertificates'],
  ['GET', /^\/certificates\/([^/]+)$/, 'DescribeCertificate'],
  ['PUT', /^\/certificates\/([^/]+)$/, 'UpdateCertificate'],
  ['PATCH', /^\/reject-certificate-transfer\/([^/]+)$/, 'RejectCertificateTransfer'],
  ['PATCH', /^\/accept-certificate-transfer\/([^/]+)$/, 'AcceptCertificateTransfer'],
  ['PATCH', /^\/cancel-certificate-transfer\/([^/]+)$/, 'CancelCertificateTransfer'],
  ['PATCH', /^\/transfer-certificate\/([^/]+)$/, 'TransferCertificate'],
];

export function routeIot(method: string, url: URL, body: string): Routed {
  for (const [m, re, operation] of ROUTES) {
    const match = re.exec(url.pathname);
    if (m !== method || !match) continue;
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (match[1] !== undefined) params.certificateId = decodeURIComponent(match[1]);
    if (body.trim() !== '') {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new ApiError(400, 'SerializationException', 'Request body is not valid JSON');
      }
      if (typeof parsed === 'object' && parsed !== null) Object.assign(params, parsed);
    }
    return { operation, params, targetId: typeof params.certificateId === 'string' ? params.certificateId : undefined };
  }
  throw new ApiError(404, 'UnknownOperationException', `No IoT operation matches ${method} ${url.pathname}`);
}

export function runIot(ctx: IotContext, operation: string, p: Record<string, unknown>): ApiResult {
  const region = ctx.world.region(ctx.caller.region);
  switch (operation) {
    case 'ListCertificates':
      return listCertificates(ctx, region, p);
    case 'ListOutgoingCertificates':
      return listOutgoing(ctx, region, p);
    case 'DescribeCertificate':
      return describe(ctx, region, p);
    case 'UpdateCertificate':
      return update(ctx, region, p);
    case 'RejectCertificateTransfer':
      return respond(ctx, region, p, 'reject');
    case 'AcceptCertificateTransfer':
      return respond(ctx, region, p, 'accept');
    case 'CancelCertificateTransfer':
      return cancel(ctx, region, p);
    case 'TransferCertificate':
      return transfer(ctx, region, p);
  }
  throw new ApiError(404, 'UnknownOperationException', `Unknown operation ${operation}`);
}

// ------------------------------------------------------------ listing

function listCertificates(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const { pageSize, ascending, after } = listInput(p);
  const { items, more } = region.page(ctx.caller.account, after, ascending, pageSize);
  const certificates = items.map((c) => ({
    certificateArn: arnFor(c, ctx.caller.account),
    certificateId: c.id,
    status: c.status,
    certificateMode: c.mode,
    creationDate: epochSeconds(c.creationMs),
  }));
  const body: Record<string, unknown> = {};
  const last = items[items.length - 1];
  if (last && (more || (ctx.knobs.fullPageMarker && items.length === pageSize))) body.nextMarker = encodeMarker(last);
  body.certificates = ctx.knobs.pageItems(`ListCertificates|${ctx.caller.account}|${region.region}`, p.marker === undefined ? undefined : String(p.marker), body.nextMarker as string | undefined, certificates);
  return { status: 200, body };
}

function listOutgoing(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const { pageSize, ascending, after } = listInput(p);
  const { items, more } = region.outgoingPage(ctx.caller.account, after, ascending, pageSize);
  const outgoingCertificates = items.map((c) => {
      const t = c.transfer;
      const item: Record<string, unknown> = {
        certificateArn: certificateArn(c.region, c.owner, c.id),
        certificateId: c.id,
        transferredTo: t?.to,
        transferDate: t ? epochSeconds(t.transferMs) : undefined,
        creationDate: epochSeconds(c.creationMs),
      };
      if (t?.message !== undefined) item.transferMessage = t.message;
      return item;
    });
  const body: Record<string, unknown> = {};
  const last = items[items.length - 1];
  if (last && (more || (ctx.knobs.fullPageMarker && items.length === pageSize))) body.nextMarker = encodeMarker(last);
  body.outgoingCertificates = ctx.knobs.pageItems(`ListOutgoingCertificates|${ctx.caller.account}|${region.region}`, p.marker === undefined ? undefined : String(p.marker), body.nextMarker as string | undefined, outgoingCertificates);
  return { status: 200, body };
}

function listInput(p: Record<string, unknown>): { pageSize: number; ascending: boolean; after: SortKey | undefined } {
  let pageSize = 25;
  if (p.pageSize !== undefined) {
    const n = Number(p.pageSize);
    if (!Number.isInteger(n)) throw invalid(`Value '${String(p.pageSize)}' at 'pageSize' is not an integer`);
    if (n < 1) throw validation(`Value '${n}' at 'pageSize' failed to satisfy constraint: Member must have value greater than or equal to 1`);
    if (n > 250) throw validation(`Value '${n}' at 'pageSize' failed to satisfy constraint: Member must have value less than or equal to 250`);
    pageSize = n;
  }
  let ascending = false;
  if (p.isAscendingOrder !== undefined) {
    if (p.isAscendingOrder !== 'true' && p.isAscendingOrder !== 'false') throw invalid(`Value '${String(p.isAscendingOrder)}' at 'isAscendingOrder' is not a boolean`);
    ascending = p.isAscendingOrder === 'true';
  }
  const after = p.marker === undefined ? undefined : decodeMarker(String(p.marker));
  return { pageSize, ascending, after };
}

function encodeMarker(c: CertRecord): string {
  return Buffer.from(JSON.stringify([c.creationMs, c.id])).toString('base64');
}

function decodeMarker(marker: string): SortKey {
  try {
    const [ms, id] = JSON.parse(Buffer.from(marker, 'base64').toString('utf8')) as unknown[];
    if (typeof ms === 'number' && typeof id === 'string') return { ms, id };
  } catch {
    // fall through
  }
  throw invalid(`Invalid marker: ${marker.slice(0, 64)}`);
}

// ------------------------------------------------------------ one certificate

function describe(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const record = visible(ctx, region, certificateId(p));
  const me = ctx.caller.account;
  let ownedBy = record.owner;
  let previousOwnedBy = record.previousOwner;
  if (isPending(record) && record.transfer?.to === me && ctx.world.pendingOwnerField !== 'ownedBy') {
    ownedBy = me;
    previousOwnedBy = ctx.world.pendingOwnerField === 'previousOwnedBy' ? record.owner : undefined;
  }
  const d: Record<string, unknown> = {
    certificateArn: arnFor(record, me),
    certificateId: record.id,
    status: record.status,
    certificatePem: fakePem(record.id),
    ownedBy,
    creationDate: epochSeconds(record.creationMs),
    lastModifiedDate: epochSeconds(record.lastModifiedMs),
    customerVersion: record.customerVersion,
    generationId: `${record.id.slice(0, 8)}-${record.customerVersion}-emulator`,
    validity: { notBefore: epochSeconds(record.creationMs), notAfter: epochSeconds(Date.UTC(2049, 11, 31, 23, 59, 59)) },
    certificateMode: record.mode,
  };
  if (previousOwnedBy !== undefined) d.previousOwnedBy = previousOwnedBy;
  if (record.caCertificateId !== undefined) d.caCertificateId = record.caCertificateId;
  const t = record.transfer;
  if (t) {
    const data: Record<string, unknown> = { transferDate: epochSeconds(t.transferMs) };
    if (t.message !== undefined) data.transferMessage = t.message;
    if (t.rejectReason !== undefined) data.rejectReason = t.rejectReason;
    if (t.acceptMs !== undefined) data.acceptDate = epochSeconds(t.acceptMs);
    if (t.rejectMs !== undefined) data.rejectDate = epochSeconds(t.rejectMs);
    d.transferData = data;
  }
  return { status: 200, body: { certificateDescription: d } };
}

function update(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const id = certificateId(p);
  const allowed: CertificateStatus[] = ['ACTIVE', 'INACTIVE', 'REVOKED', 'REGISTER_INACTIVE'];
  if (typeof p.newStatus !== 'string' || !allowed.includes(p.newStatus as CertificateStatus)) {
    throw invalid(`newStatus must be one of ${allowed.join(', ')}, got ${String(p.newStatus)}`);
  }
  const record = owned(ctx, region, id);
  if (isPending(record)) throw new ApiError(406, 'CertificateStateException', `Certificate ${id} is pending transfer and cannot be updated.`);
  region.setStatus(record, p.newStatus as CertificateStatus, ctx.world.now());
  return { status: 200 };
}

function respond(ctx: IotContext, region: RegionState, p: Record<string, unknown>, action: 'reject' | 'accept'): ApiResult {
  const id = certificateId(p);
  let reason: string | undefined;
  let setAsActive = false;
  if (action === 'reject' && p.rejectReason !== undefined) {
    if (typeof p.rejectReason !== 'string') throw invalid('rejectReason must be a string');
    if (p.rejectReason.length > 128) throw validation(`Value at 'rejectReason' failed to satisfy constraint: Member must have length less than or equal to 128`);
    reason = p.rejectReason;
  }
  if (action === 'accept' && p.setAsActive !== undefined) {
    if (p.setAsActive !== 'true' && p.setAsActive !== 'false') throw invalid(`Value '${String(p.setAsActive)}' at 'setAsActive' is not a boolean`);
    setAsActive = p.setAsActive === 'true';
  }
  const me = ctx.caller.account;
  const record = pendingTransfer(region, id, me);
  if (record.transfer?.to !== me) throw new ApiError(401, 'UnauthorizedException', `Only the transfer destination may ${action} the transfer of certificate ${id}.`);
  if (action === 'reject') region.reject(record, reason, ctx.world.now());
  else region.accept(record, setAsActive, ctx.world.now());
  return { status: 200 };
}

/**
 * The certificate whose pending transfer `me` (source or destination) wants to act on, or the
 * error AWS gives: not found, already completed (accepted, rejected or cancelled), or not pending.
 */
function pendingTransfer(region: RegionState, id: string, me: string) {
  // Pending transfers are always stored records, so a plain lookup is enough here.
  const record = region.lookup(id);
  if (!record || !isVisibleTo(record, me)) {
    if (record?.transfer && (record.transfer.to === me || record.transfer.from === me)) throw alreadyCompleted(id);
    throw notFound(id);
  }
  if (!isPending(record)) {
    if (record.transfer) throw alreadyCompleted(id);
    throw invalid(`Certificate ${id} has no pending transfer.`);
  }
  return record;
}

function cancel(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const id = certificateId(p);
  const me = ctx.caller.account;
  const record = pendingTransfer(region, id, me);
  if (record.owner !== me) throw new ApiError(401, 'UnauthorizedException', `Only the transfer source may cancel the transfer of certificate ${id}.`);
  region.cancel(record, ctx.world.now());
  return { status: 200 };
}

function transfer(ctx: IotContext, region: RegionState, p: Record<string, unknown>): ApiResult {
  const id = certificateId(p);
  const target = p.targetAwsAccount;
  if (typeof target !== 'string' || target === '') throw invalid('targetAwsAccount is required');
  if (!ACCOUNT_ID.test(target)) throw validation(`Value '${target}' at 'targetAwsAccount' failed to satisfy constraint: Member must have length 12 and match pattern [0-9]+`);
  if (p.transferMessage !== undefined && (typeof p.transferMessage !== 'string' || p.transferMessage.length > 128)) {
    throw validation(`Value at 'transferMessage' failed to satisfy constraint: Member must have length less than or equal to 128`);
  }
  const record = owned(ctx, region, id);
  if (target === ctx.caller.account) throw invalid('You cannot transfer a certificate to its own account.');
  if (record.status !== 'INACTIVE') {
    throw new ApiError(406, 'CertificateStateException', `Certificate ${id} is ${record.status}; only an INACTIVE certificate can be transferred (deactivate it with UpdateCertificate first).`);
  }
  region.transfer(record, target, p.transferMessage as string | undefined, ctx.world.now());
  return { status: 200, body: { transferredCertificateArn: certificateArn(region.region, target, id) } };
}

// ------------------------------------------------------------ helpers

function certificateId(p: Record<string, unknown>): string {
  const id = String(p.certificateId ?? '');
  if (id.length !== 64) {
    throw validation(`Value '${id}' at 'certificateId' failed to satisfy constraint: Member must have length ${id.length < 64 ? 'greater than or equal to' : 'less than or equal to'} 64`);
  }
  if (!isCertificateId(id)) throw validation(`Value '${id}' at 'certificateId' failed to satisfy constraint: Member must satisfy regular expression pattern: (0x)?[a-fA-F0-9]+`);
  return id;
}

function visible(ctx: IotContext, region: RegionState, id: string): CertRecord {
  const record = region.lookup(id);
  if (!record || !isVisibleTo(record, ctx.caller.account)) throw notFound(id);
  return record;
}

function owned(ctx: IotContext, region: RegionState, id: string): CertRecord {
  const seen = visible(ctx, region, id);
  if (seen.owner !== ctx.caller.account) throw new ApiError(401, 'UnauthorizedException', `You are not the owner of certificate ${id}.`);
  return region.materialize(id) as CertRecord;
}

function notFound(id: string): ApiError {
  return new ApiError(404, 'ResourceNotFoundException', `The certificate ${id} does not exist.`);
}

function alreadyCompleted(id: string): ApiError {
  return new ApiError(410, 'TransferAlreadyCompletedException', `The transfer of certificate ${id} is already complete; it can no longer be changed.`);
}

function invalid(message: string): ApiError {
  return new ApiError(400, 'InvalidRequestException', message);
}

function validation(detail: string): ApiError {
  return invalid(`1 validation error detected: ${detail}`);
}

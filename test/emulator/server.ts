/**
 * The loopback HTTP server: one port for IoT, Organizations, STS, Account, RAM, GuardDuty, Macie,
 * Security Hub and Detective. For every request:
 * route -> region has an endpoint? -> authenticate -> region enabled? -> latency -> fault (before)
 * -> rate limit -> race -> operation -> fault (after) -> respond, and one CallRecord in the log.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { routeAccount, runAccount } from './account-api.ts';
import { parseAuthorization, serviceOf } from './auth.ts';
import { hasEndpoint } from './aws-regions.ts';
import { isInvitationService, routeInvitationApi, runInvitationApi } from './invitation-apis.ts';
import { routeIot, runIot } from './iot-api.ts';
import type { CallContext, Knobs } from './knobs.ts';
import { routeOrganizations, runOrganizations } from './organizations-api.ts';
import { ApiError, missingAuth, send, sendError, serverFault, throttled, unrecognizedKey, type ApiResult, type Routed } from './protocol.ts';
import { applyRace } from './races.ts';
import { sha256Hex } from './random.ts';
import { routeSts, runAssumeRole, runSts } from './sts-api.ts';
import type { CallRecord, FaultError, FaultKind, ServiceName } from './types.ts';
import type { Caller, World } from './world.ts';

export interface ServerDeps {
  world: World;
  knobs: Knobs;
  /** Appended to for every call. */
  calls: CallRecord[];
  /** Told about each call once it is answered (or reset, or abandoned). */
  onCall?: ((call: CallRecord) => void) | undefined;
}

const MAX_BODY = 1024 * 1024;

export function createEmulatorServer(deps: ServerDeps): Server {
  let seq = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      seq += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      handle(deps, req, res, body, seq).catch((error: unknown) => {
        // A bug in the emulator itself: answer 500 rather than leaving the client hanging.
        if (!res.headersSent) {
          res.statusCode = 500;
          res.end(`emulator error: ${(error as Error).stack ?? String(error)}`);
        }
      });
    });
  });
  server.keepAliveTimeout = 5_000;
  return server;
}

async function handle(deps: ServerDeps, req: IncomingMessage, res: ServerResponse, body: string, seq: number): Promise<void> {
  const { world, knobs } = deps;
  const requestId = uuidFrom(`${world.seedValue}|${seq}`);
  const url = new URL(req.url ?? '/', 'http://emulator.local');
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const scope = parseAuthorization(header('authorization'));
  const service = serviceOf(scope, header('x-amz-target'), header('content-type'), body);
  const record: CallRecord = { service, operation: 'Unknown', account: '', region: scope?.region ?? '', params: {}, status: 0, seq, at: performance.now() };
  deps.calls.push(record);
  if (deps.onCall) res.once('close', () => deps.onCall?.(record));
  const fail = (error: ApiError): void => {
    record.status = error.status;
    record.errorType = error.code;
    sendError(res, service, requestId, error);
  };

  let routed: Routed;
  try {
    routed = route(service, req.method ?? 'GET', url, header('x-amz-target'), body);
  } catch (error) {
    return fail(asApiError(error));
  }
  record.operation = routed.operation;
  record.params = { ...routed.params };

  // No endpoint in this region (IoT outside its regions): AWS's host name does not resolve and the
  // SDK fails with ENOTFOUND before sending anything. The nearest a loopback server can do: drop
  // the connection unanswered (the SDK sees ECONNRESET). README: "Not emulated (and guesses)".
  if (scope && !hasEndpoint(service, scope.region)) {
    record.account = world.accountForKey(scope.accessKeyId)?.account ?? '';
    record.errorType = 'NoEndpoint';
    res.socket?.destroy();
    return;
  }
  if (!scope) return fail(missingAuth(service));
  const who = world.accountForKey(scope.accessKeyId);
  if (!who) return fail(unrecognizedKey(service));
  const caller: Caller = { account: who.account, region: scope.region, accessKeyId: scope.accessKeyId, arn: world.callerArn(who.account, who.arn) };
  record.account = caller.account;
  // An opt-in region the account has not enabled: AWS rejects the credentials there.
  if (service === 'iot' && !world.estate.regionUsable(caller.account, caller.region)) return fail(unrecognizedKey(service));
  const call: CallContext = { service, operation: routed.operation, account: caller.account, region: caller.region, targetId: routed.targetId };

  if (knobs.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, knobs.latencyMs));
  const fault = knobs.faultFor(call);
  if (fault?.phase === 'before') return injectFault(res, record, service, requestId, fault);
  if (!knobs.take(call)) return fail(throttled(service));
  const race = knobs.raceFor(call);
  if (race && applyRace(world, service, caller.region, race.id, race.outcome, caller.account)) record.race = race.outcome;

  let result: ApiResult;
  try {
    result = execute(deps, service, caller, routed);
  } catch (error) {
    if (fault?.phase === 'after') return injectFault(res, record, service, requestId, fault);
    return fail(asApiError(error));
  }
  if (fault?.phase === 'after') return injectFault(res, record, service, requestId, fault);
  record.status = result.status;
  send(res, service, routed.operation, requestId, result);
}

function route(service: ServiceName, method: string, url: URL, target: string | undefined, body: string): Routed {
  if (service === 'organizations') {
    if (method !== 'POST' || url.pathname !== '/') throw new ApiError(404, 'UnknownOperationException', `Organizations takes POST /, not ${method} ${url.pathname}`);
    return routeOrganizations(target, body);
  }
  if (service === 'sts') return routeSts(url, body);
  if (service === 'account') return routeAccount(method, url, body);
  if (isInvitationService(service)) return routeInvitationApi(service, method, url, body);
  return routeIot(method, url, body);
}

function execute(deps: ServerDeps, service: ServiceName, caller: Caller, routed: Routed): ApiResult {
  const ctx = { world: deps.world, knobs: deps.knobs, caller };
  if (service === 'iot') return runIot(ctx, routed.operation, routed.params);
  if (service === 'organizations') return runOrganizations(ctx, routed.operation, routed.params);
  if (service === 'account') return runAccount(ctx, routed.operation, routed.params);
  if (service === 'sts' && routed.operation === 'AssumeRole') return runAssumeRole(deps.world, caller, routed.params);
  if (isInvitationService(service)) return runInvitationApi(ctx, service, routed.operation, routed.params);
  return runSts(caller);
}

function injectFault(res: ServerResponse, record: CallRecord, service: ServiceName, requestId: string, fault: { kind: FaultKind; error?: FaultError | undefined }): void {
  const { kind } = fault;
  record.fault = kind;
  if (kind === 'http500' || kind === 'http503' || kind === 'error') {
    const error = kind === 'error' && fault.error ? new ApiError(fault.error.status, fault.error.type, fault.error.message) : serverFault(service, kind === 'http500' ? 500 : 503);
    record.status = error.status;
    record.errorType = error.code;
    sendError(res, service, requestId, error);
  } else if (kind === 'reset') {
    record.errorType = 'ConnectionReset';
    res.socket?.destroy();
  } else {
    // hang: never answer; the socket is destroyed when the client gives up or the emulator closes.
    record.errorType = 'Hang';
  }
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  throw error;
}

function uuidFrom(text: string): string {
  const h = sha256Hex(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

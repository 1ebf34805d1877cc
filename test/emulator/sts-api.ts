/**
 * AWS STS, awsQuery protocol (form-encoded POST, XML response): GetCallerIdentity and
 * AssumeRole. Constraints are the model's (aws/api-models-aws sts-2011-06-15); errors as STS
 * sends them: ValidationError 400 with Coral's "N validation errors detected: ..." text,
 * AccessDenied 403 "User: <caller> is not authorized to perform: sts:AssumeRole on resource:
 * <RoleArn>" for an untrusted caller, a wrong ExternalId and a role that does not exist alike.
 */
import { trusts } from './estate.ts';
import { ApiError, escapeXml, type ApiResult, type Routed } from './protocol.ts';
import { sha256Hex } from './random.ts';
import type { AssumedSession } from './types.ts';
import type { Caller, World } from './world.ts';

const OPERATIONS = ['GetCallerIdentity', 'AssumeRole'];

export function routeSts(url: URL, body: string): Routed {
  const form = new URLSearchParams(body);
  for (const [k, v] of url.searchParams) if (!form.has(k)) form.set(k, v);
  const operation = form.get('Action') ?? '';
  if (!OPERATIONS.includes(operation)) throw new ApiError(400, 'InvalidAction', `Could not find operation ${operation || '(no Action)'} for version ${form.get('Version') ?? 'NO_VERSION_SPECIFIED'}`);
  if (form.get('Version') !== '2011-06-15') throw new ApiError(400, 'InvalidParameterValue', `Version ${form.get('Version') ?? '(none)'} is not 2011-06-15`);
  const params: Record<string, unknown> = Object.fromEntries([...form].filter(([k]) => k !== 'Action' && k !== 'Version'));
  return { operation, params, targetId: typeof params.RoleArn === 'string' ? params.RoleArn : undefined };
}

/** The unique id IAM gives a role (AROA...), stable per account and role name. */
export function roleId(account: string, roleName: string): string {
  return `AROA${sha256Hex(`${account}|role/${roleName}`).slice(0, 17).toUpperCase()}`;
}

export function runSts(caller: Caller): ApiResult {
  const session = caller.arn.split('/').pop() ?? 'session';
  const role = /:assumed-role\/([^/]+)\//.exec(caller.arn);
  const userId = role ? `${roleId(caller.account, role[1] as string)}:${session}` : `AIDA${sha256Hex(`${caller.account}|${caller.arn}`).slice(0, 17).toUpperCase()}`;
  return {
    status: 200,
    body: `    <Arn>${escapeXml(caller.arn)}</Arn>\n    <UserId>${escapeXml(userId)}</UserId>\n    <Account>${caller.account}</Account>\n`,
  };
}

// ---------------------------------------------------------------- AssumeRole

// The model's pattern for RoleArn: tab, LF, CR and the printable characters.
// eslint-disable-next-line no-control-regex
const ROLE_ARN_CHARS = /^[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]+$/u;
const ROLE_ARN_PATTERN_TEXT = '[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+';
const SESSION_NAME = /^[\w+=,.@-]*$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]*$/;
/** IAM role ARNs the emulator can resolve (no path: scenario roles have none). */
const ROLE_ARN = /^arn:aws:iam::(\d{12}):role\/([\w+=,.@-]{1,64})$/;
const CHAINED_LIMIT_S = 3600;

/** Coral's constraint messages, collected over all members, as STS words them. */
function validate(p: Record<string, unknown>): void {
  const errors: string[] = [];
  const text = (name: string, value: unknown, min: number, max: number, re: RegExp, reText: string): void => {
    if (value === undefined) {
      if (min > 0) errors.push(`Value null at '${name}' failed to satisfy constraint: Member must not be null`);
      return;
    }
    const v = String(value);
    if (!re.test(v)) errors.push(`Value '${v}' at '${name}' failed to satisfy constraint: Member must satisfy regular expression pattern: ${reText}`);
    if ([...v].length < min) errors.push(`Value '${v}' at '${name}' failed to satisfy constraint: Member must have length greater than or equal to ${min}`);
    if ([...v].length > max) errors.push(`Value '${v}' at '${name}' failed to satisfy constraint: Member must have length less than or equal to ${max}`);
  };
  text('roleArn', p.RoleArn, 20, 2048, ROLE_ARN_CHARS, ROLE_ARN_PATTERN_TEXT);
  text('roleSessionName', p.RoleSessionName, 2, 64, SESSION_NAME, '[\\w+=,.@-]*');
  if (p.DurationSeconds !== undefined) {
    const d = Number(p.DurationSeconds);
    if (!(d >= 900)) errors.push(`Value '${String(p.DurationSeconds)}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900`);
    else if (d > 43200) errors.push(`Value '${String(p.DurationSeconds)}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200`);
  }
  if (p.ExternalId !== undefined) text('externalId', p.ExternalId, 2, 1224, EXTERNAL_ID, '[\\w+=,.@:\\/-]*');
  if (errors.length > 0) {
    throw new ApiError(400, 'ValidationError', `${errors.length} validation error${errors.length > 1 ? 's' : ''} detected: ${errors.join('; ')}`);
  }
}

function accessDenied(caller: Caller, roleArn: string): ApiError {
  return new ApiError(403, 'AccessDenied', `User: ${caller.arn} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`);
}

export function runAssumeRole(world: World, caller: Caller, p: Record<string, unknown>): ApiResult {
  validate(p);
  const roleArn = String(p.RoleArn);
  const sessionName = String(p.RoleSessionName);
  const match = ROLE_ARN.exec(roleArn);
  if (!match) throw accessDenied(caller, roleArn);
  const [, account, roleName] = match as unknown as [string, string, string];
  const role = world.estate.role(account, roleName, world.orgs);
  // A missing role, an account that is not ACTIVE, an untrusted caller and a wrong or missing
  // ExternalId all look the same to the caller.
  if (!role || world.estate.state(account) !== 'ACTIVE') throw accessDenied(caller, roleArn);
  if (!role.trust.some((principal) => trusts(principal, caller.account, caller.arn))) throw accessDenied(caller, roleArn);
  if (role.externalId !== undefined && p.ExternalId !== role.externalId) throw accessDenied(caller, roleArn);
  const duration = p.DurationSeconds === undefined ? 3600 : Number(p.DurationSeconds);
  if (caller.arn.includes(':assumed-role/') && duration > CHAINED_LIMIT_S) {
    throw new ApiError(400, 'ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.');
  }
  if (duration > (role.maxSessionDuration ?? 3600)) throw new ApiError(400, 'ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');

  const session = issue(world, caller, account, roleName, roleArn, sessionName, duration, typeof p.ExternalId === 'string' ? p.ExternalId : undefined);
  const secret = session.secretAccessKey;
  return {
    status: 200,
    body:
      `    <AssumedRoleUser>\n      <AssumedRoleId>${roleId(account, roleName)}:${escapeXml(sessionName)}</AssumedRoleId>\n      <Arn>${escapeXml(session.arn)}</Arn>\n    </AssumedRoleUser>\n` +
      `    <Credentials>\n      <AccessKeyId>${session.accessKeyId}</AccessKeyId>\n      <SecretAccessKey>${secret}</SecretAccessKey>\n` +
      `      <SessionToken>${session.sessionToken}</SessionToken>\n      <Expiration>${isoSeconds(session.expiration.getTime())}</Expiration>\n    </Credentials>\n`,
  };
}

const KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const SECRET_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * New temporary credentials acting in `account`: `ASIA` + the account id + 4 characters (20 in
 * all, like a real key id), so auth.ts attributes every later call to that account even without
 * the session table; the table adds the assumed-role ARN GetCallerIdentity reports.
 */
function issue(
  world: World,
  caller: Caller,
  account: string,
  roleName: string,
  roleArn: string,
  sessionName: string,
  duration: number,
  externalId: string | undefined,
): AssumedSession & { secretAccessKey: string; sessionToken: string } {
  let accessKeyId: string;
  do accessKeyId = `ASIA${account}${world.rng.chars(4, KEY_CHARS)}`;
  while (world.keys.has(accessKeyId));
  const arn = `arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}`;
  world.keys.set(accessKeyId, { account, arn });
  // The SDK compares Expiration with the real clock to decide when to refresh: use the real
  // clock, not setClock's, or a test that moves the emulator clock would see endless refreshes.
  const expiration = new Date(Math.floor(Date.now() / 1000) * 1000 + duration * 1000);
  const session: AssumedSession = {
    accessKeyId,
    account,
    roleArn,
    roleSessionName: sessionName,
    arn,
    sourceArn: caller.arn,
    sourceAccount: caller.account,
    durationSeconds: duration,
    expiration,
  };
  if (externalId !== undefined) session.externalId = externalId;
  world.estate.sessions.push(session);
  return { ...session, secretAccessKey: world.rng.chars(40, SECRET_CHARS), sessionToken: `IQoJb3JpZ2luX2Vj${world.rng.chars(356, SECRET_CHARS)}` };
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

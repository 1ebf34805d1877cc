/** AWS STS, awsQuery protocol (form-encoded POST, XML response): GetCallerIdentity only. */
import { ApiError, escapeXml, type ApiResult, type Routed } from './protocol.ts';
import { sha256Hex } from './random.ts';
import type { Caller } from './world.ts';

export function routeSts(url: URL, body: string): Routed {
  const form = new URLSearchParams(body);
  for (const [k, v] of url.searchParams) if (!form.has(k)) form.set(k, v);
  const operation = form.get('Action') ?? '';
  if (operation !== 'GetCallerIdentity') throw new ApiError(400, 'InvalidAction', `Could not find operation ${operation || '(no Action)'} for version ${form.get('Version') ?? 'NO_VERSION_SPECIFIED'}`);
  if (form.get('Version') !== '2011-06-15') throw new ApiError(400, 'InvalidParameterValue', `Version ${form.get('Version') ?? '(none)'} is not 2011-06-15`);
  const params: Record<string, unknown> = Object.fromEntries([...form].filter(([k]) => k !== 'Action' && k !== 'Version'));
  return { operation, params };
}

export function runSts(caller: Caller): ApiResult {
  const session = caller.arn.split('/').pop() ?? 'session';
  const isRole = caller.arn.includes(':assumed-role/');
  const uniqueId = (isRole ? 'AROA' : 'AIDA') + sha256Hex(`${caller.account}|${caller.arn}`).slice(0, 17).toUpperCase();
  const userId = isRole ? `${uniqueId}:${session}` : uniqueId;
  return {
    status: 200,
    body: `    <Arn>${escapeXml(caller.arn)}</Arn>\n    <UserId>${escapeXml(userId)}</UserId>\n    <Account>${caller.account}</Account>\n`,
  };
}

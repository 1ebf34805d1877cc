/**
 * Who is calling, from the SigV4 Authorization header: the access key id names the account, the
 * credential scope names the region and the service (all services share one port).
 * Signatures are not verified.
 */
import type { ServiceName } from './types.ts';

export interface SigV4Scope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** `AWS4-HMAC-SHA256 Credential=AKID/20261121/us-east-1/iot/aws4_request, SignedHeaders=..., Signature=...` */
export function parseAuthorization(header: string | undefined): SigV4Scope | undefined {
  if (!header) return undefined;
  const match = /Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request/.exec(header);
  if (!match) return undefined;
  const [, accessKeyId, date, region, service] = match as unknown as [string, string, string, string, string];
  return { accessKeyId, date, region, service };
}

/** The service a request is for: the signing name, else what the request looks like. */
export function serviceOf(scope: SigV4Scope | undefined, target: string | undefined, contentType: string | undefined, body: string): ServiceName {
  if (scope?.service === 'account') return 'account';
  if (scope?.service === 'iot' || scope?.service === 'organizations' || scope?.service === 'sts') return scope.service;
  if (target?.startsWith('AWSOrganizations')) return 'organizations';
  if (contentType?.includes('x-www-form-urlencoded') && /(^|&)Action=/.test(body)) return 'sts';
  return 'iot';
}

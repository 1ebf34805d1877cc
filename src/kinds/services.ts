/** The AWS services the kinds read and write, and how people call them. SDK-free. */
import type { KindName } from '../model/items.js';

/**
 * The services behind the kinds. A sweep error, a write lane and the table of the regions a
 * service is offered in are each per service. (Macie's API and endpoint are `macie2`.)
 */
export type ServiceName = 'iot' | 'organizations' | 'ram' | 'guardduty' | 'macie' | 'securityhub' | 'detective';

export const SERVICE_NAMES: readonly ServiceName[] = ['iot', 'organizations', 'ram', 'guardduty', 'macie', 'securityhub', 'detective'];

/** The kind each service is read for: an account's parts are read, and their errors reported, kind by kind (KIND_NAMES order). */
export const KIND_OF_SERVICE: Readonly<Record<ServiceName, KindName>> = {
  iot: 'certificate-transfer',
  organizations: 'handshake',
  ram: 'resource-share-invitation',
  guardduty: 'security-invitation',
  macie: 'security-invitation',
  securityhub: 'security-invitation',
  detective: 'security-invitation',
};

/** The services a kind is read from, in SERVICE_NAMES order: security invitations have four, the others one. */
export function servicesOfKind(kind: KindName): readonly ServiceName[] {
  return SERVICE_NAMES.filter((service) => KIND_OF_SERVICE[service] === kind);
}

/** Short names for log lines and tables, and the product names for "not offered in this region". */
export const SERVICE_LABEL: Readonly<Record<ServiceName, { readonly short: string; readonly product: string }>> = {
  iot: { short: 'IoT', product: 'AWS IoT Core' },
  organizations: { short: 'Organizations', product: 'AWS Organizations' },
  ram: { short: 'RAM', product: 'AWS RAM' },
  guardduty: { short: 'GuardDuty', product: 'Amazon GuardDuty' },
  macie: { short: 'Macie', product: 'Amazon Macie' },
  securityhub: { short: 'Security Hub', product: 'AWS Security Hub' },
  detective: { short: 'Detective', product: 'Amazon Detective' },
};

/** The reason a region is skipped for a service: `AWS IoT Core is not offered in this region`. */
export function notOfferedReason(service: ServiceName): string {
  return `${SERVICE_LABEL[service].product} is not offered in this region`;
}

/** The reason a region is "not in use" for a service not enabled there: `Amazon Macie is not enabled in this region for this account`. */
export function notEnabledReason(service: ServiceName): string {
  return `${SERVICE_LABEL[service].product} is not enabled in this region for this account`;
}

/**
 * The service a region's skip reason is about (notOfferedReason, notEnabledReason: each starts with
 * its product name); undefined for a reason about no one service (UNKNOWN_REGION_REASON). A plan
 * reads the union of both policies' services, so it tells one policy's skips by this.
 */
export function skipReasonService(reason: string): ServiceName | undefined {
  return SERVICE_NAMES.find((service) => reason.startsWith(`${SERVICE_LABEL[service].product} is `));
}

/**
 * The reason a region is skipped when no table of this release knows it (aws/service-regions.ts):
 * Account ListRegions named it under `all`, so AWS launched it after this release. Not "not
 * offered" (nobody knows): the run warns about it and the summary names it (unknownRegions).
 */
export const UNKNOWN_REGION_REASON = 'a region this release does not know: update inbound-guard';

/**
 * The IAM action each service's one write needs (its kind's rejection or decline: src/aws/kinds/),
 * as iam/enforce.json grants it: what a write AWS refused as not allowed lacks (run/targets-hint.ts).
 */
export const WRITE_PERMISSION: Readonly<Record<ServiceName, string>> = {
  iot: 'iot:RejectCertificateTransfer',
  organizations: 'organizations:DeclineHandshake',
  ram: 'ram:RejectResourceShareInvitation',
  guardduty: 'guardduty:DeclineInvitations',
  macie: 'macie2:DeclineInvitations',
  securityhub: 'securityhub:DeclineInvitations',
  detective: 'detective:RejectInvitation',
};

/**
 * The IAM actions each service's sweep reads with (src/aws/<service>/: the commands it sends), as
 * iam/read.json and iam/enforce.json grant them. Some are called only when there is something to
 * look at (IoT's DescribeCertificate for a pending transfer, RAM's ListPendingInvitationResources
 * for a pending invitation), so a plan's read can succeed without them: the plan comment names
 * them all for a service a PR newly governs (plan/new-permissions.ts). Not here: the orchestrator's
 * organizations:ListAccounts (iam/orchestrator.json) and LIST_REGIONS_PERMISSION.
 */
export const READ_PERMISSIONS: Readonly<Record<ServiceName, readonly string[]>> = {
  iot: ['iot:ListCertificates', 'iot:DescribeCertificate', 'iot:ListOutgoingCertificates'],
  organizations: ['organizations:ListHandshakesForAccount'],
  ram: ['ram:GetResourceShareInvitations', 'ram:ListPendingInvitationResources'],
  guardduty: ['guardduty:ListInvitations'],
  macie: ['macie2:ListInvitations'],
  securityhub: ['securityhub:ListInvitations'],
  detective: ['detective:ListInvitations'],
};

/** The IAM action of the account's region list, read when a regional kind's regions are `all` (run/resolve-regions.ts). */
export const LIST_REGIONS_PERMISSION = 'account:ListRegions';

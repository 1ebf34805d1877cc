/**
 * Where each AWS service inbound-guard calls is offered: the regions with a
 * `<endpoint prefix>.<region>.amazonaws.com` (or the partition's own suffix). The SDK builds that host
 * name for any region, so in a region where the service is not offered a call fails in DNS
 * (ENOTFOUND, retried like any network error) rather than with an AWS error: a sweep skips such
 * regions by name instead. IoT has its own table (iot/iot-regions.ts); Organizations is global.
 *
 * Source: botocore `botocore/data/endpoints.json`, `services.<prefix>.endpoints` of every partition,
 * without the deprecated `fips-*` aliases — github.com/boto/botocore at commit 0e6e2404b85d
 * (2026-08-07), read 2026-11, the same commit as the IoT table. Endpoint prefixes: `ram`,
 * `guardduty`, `macie2`, `securityhub`, `api.detective`. Commercial regions without the service at
 * that date: RAM, GuardDuty, Security Hub none; Macie ap-east-2, ap-south-2, ap-southeast-3,
 * ap-southeast-4, ap-southeast-5, ap-southeast-6, ap-southeast-7, ca-west-1, eu-central-2,
 * eu-south-2, me-central-1, mx-central-1; Detective the same and ap-northeast-3. No SDK import.
 */
import type { ServiceName } from '../kinds/services.js';
import { IOT_REGIONS } from './iot/iot-regions.js';

/** AWS Resource Access Manager (RAM). */
export const RAM_REGIONS: readonly string[] = [
  // aws
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  // aws-cn
  'cn-north-1',
  'cn-northwest-1',
  // aws-us-gov
  'us-gov-east-1',
  'us-gov-west-1',
  // aws-iso
  'us-iso-east-1',
  'us-iso-west-1',
  // aws-iso-b
  'us-isob-east-1',
  'us-isob-west-1',
  // aws-iso-e
  'eu-isoe-west-1',
  // aws-iso-f
  'us-isof-east-1',
  'us-isof-south-1',
  // aws-eusc
  'eusc-de-east-1',
];

/** Amazon GuardDuty. */
export const GUARDDUTY_REGIONS: readonly string[] = [
  // aws
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  // aws-cn
  'cn-north-1',
  'cn-northwest-1',
  // aws-us-gov
  'us-gov-east-1',
  'us-gov-west-1',
  // aws-iso
  'us-iso-east-1',
  'us-iso-west-1',
  // aws-iso-b
  'us-isob-east-1',
  // aws-iso-f
  'us-isof-east-1',
  'us-isof-south-1',
  // aws-eusc
  'eusc-de-east-1',
];

/** Amazon Macie (API `macie2`). */
export const MACIE_REGIONS: readonly string[] = [
  // aws
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/** AWS Security Hub. */
export const SECURITYHUB_REGIONS: readonly string[] = [
  // aws
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  // aws-cn
  'cn-north-1',
  'cn-northwest-1',
  // aws-us-gov
  'us-gov-east-1',
  'us-gov-west-1',
  // aws-iso
  'us-iso-east-1',
  'us-iso-west-1',
  // aws-iso-b
  'us-isob-east-1',
  'us-isob-west-1',
  // aws-iso-f
  'us-isof-east-1',
  'us-isof-south-1',
  // aws-eusc
  'eusc-de-east-1',
];

/** Amazon Detective (endpoint prefix `api.detective`). */
export const DETECTIVE_REGIONS: readonly string[] = [
  // aws
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  // aws-us-gov
  'us-gov-east-1',
  'us-gov-west-1',
];

/** The regional services' tables, by service. */
const OFFERED: Readonly<Record<Exclude<ServiceName, 'organizations'>, ReadonlySet<string>>> = {
  iot: new Set(IOT_REGIONS),
  ram: new Set(RAM_REGIONS),
  guardduty: new Set(GUARDDUTY_REGIONS),
  macie: new Set(MACIE_REGIONS),
  securityhub: new Set(SECURITYHUB_REGIONS),
  detective: new Set(DETECTIVE_REGIONS),
};

/**
 * Every region some table here (or IoT's) names, sorted: the regions this release knows. A name
 * outside it is a misspelling, or a region AWS launched after these tables were read: either way
 * no table can say whether a service is offered there, so the policy and the `regions` input
 * refuse it and a region listed through `all` is reported as unknown, never as "not offered".
 */
export const KNOWN_REGIONS: readonly string[] = [...new Set([...IOT_REGIONS, ...RAM_REGIONS, ...GUARDDUTY_REGIONS, ...MACIE_REGIONS, ...SECURITYHUB_REGIONS, ...DETECTIVE_REGIONS])].sort();

const KNOWN: ReadonlySet<string> = new Set(KNOWN_REGIONS);

/** Whether this release knows `region` (exact, case-sensitive region name): see KNOWN_REGIONS. */
export function isKnownRegion(region: string): boolean {
  return KNOWN.has(region);
}

/** Whether `service` has an endpoint in `region` (exact, case-sensitive region name). A global service is offered everywhere. */
export function offeredIn(service: ServiceName, region: string): boolean {
  return service === 'organizations' || OFFERED[service].has(region);
}

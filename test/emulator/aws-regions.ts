/**
 * The emulator's own picture of AWS regions: the commercial ("aws") partition, which of its
 * regions are opt-in, and where AWS IoT Core has an endpoint. Deliberately a copy, not an import
 * of src/aws/iot/iot-regions.ts: the emulator models AWS, the product has its own table, and a
 * test (emulator-coverage.test.ts) checks that the two agree.
 *
 * Source: botocore data/endpoints.json (github.com/boto/botocore, commit 0e6e2404b85d of
 * 2026-08-07, read 2026-11): partition "aws" `regions`, and `services.iot.endpoints` of every
 * partition (fips-* aliases left out). Opt-in regions: those launched after 2019-03-20, which AWS
 * creates DISABLED in every account.
 */

/** Enabled in every account, cannot be disabled (Account API: ENABLED_BY_DEFAULT). */
export const DEFAULT_REGIONS: readonly string[] = [
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
];

/** Opt-in regions of the commercial partition: DISABLED until the account enables them. */
export const OPT_IN_REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-south-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-west-1',
  'eu-central-2',
  'eu-south-1',
  'eu-south-2',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
];

/** Every region ListRegions reports, in the order it reports them (by name). */
export const COMMERCIAL_REGIONS: readonly string[] = [...DEFAULT_REGIONS, ...OPT_IN_REGIONS].sort();

const OPT_IN = new Set(OPT_IN_REGIONS);

export function isOptInRegion(region: string): boolean {
  return OPT_IN.has(region);
}

/** Regions with an `iot.<region>.amazonaws.com(.cn)` endpoint, all partitions. */
export const IOT_REGIONS: ReadonlySet<string> = new Set([
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-5',
  'ca-central-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'cn-north-1',
  'cn-northwest-1',
  'us-gov-east-1',
  'us-gov-west-1',
]);

/** Whether `service` has an endpoint in `region` (only IoT is regional and missing somewhere here). */
export function hasEndpoint(service: string, region: string): boolean {
  return service !== 'iot' || IOT_REGIONS.has(region);
}

/**
 * The regions where AWS IoT Core is offered, i.e. where `iot.<region>.amazonaws.com` (or
 * `.amazonaws.com.cn`) exists. The SDK builds that host name for any region, so in a region
 * without IoT Core the request fails in DNS (ENOTFOUND, retried like any network error) instead
 * of with an AWS error: a sweep must skip such regions by name, not interpret their failure.
 *
 * Source: botocore `botocore/data/endpoints.json`, `services.iot.endpoints` of every partition
 * (aws, aws-cn, aws-us-gov; the aws-iso* and aws-eusc partitions list no IoT), without the
 * deprecated `fips-*` aliases — github.com/boto/botocore at commit 0e6e2404b85d (2026-08-07),
 * read 2026-11. Commercial regions without IoT Core at that date: af-south-1, ap-east-2,
 * ap-northeast-3, ap-south-2, ap-southeast-3, ap-southeast-4, ap-southeast-6, ap-southeast-7,
 * ca-west-1, eu-central-2, mx-central-1.
 */
export const IOT_REGIONS: readonly string[] = [
  // aws
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
  // aws-cn
  'cn-north-1',
  'cn-northwest-1',
  // aws-us-gov
  'us-gov-east-1',
  'us-gov-west-1',
];

const OFFERED: ReadonlySet<string> = new Set(IOT_REGIONS);

/** Whether AWS IoT Core has an endpoint in `region` (exact, case-sensitive region name). */
export function offersIot(region: string): boolean {
  return OFFERED.has(region);
}

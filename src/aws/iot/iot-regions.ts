/**
 * The regions where AWS IoT Core is offered (provisional list; replaced by the one read from
 * botocore's endpoints data). A region not listed has no IoT endpoint: calls there fail in DNS.
 */
export const IOT_REGIONS: readonly string[] = [
  'ap-east-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2',
  'ca-central-1', 'cn-north-1', 'cn-northwest-1', 'eu-central-1', 'eu-north-1', 'eu-south-1', 'eu-west-1',
  'eu-west-2', 'eu-west-3', 'me-central-1', 'me-south-1', 'sa-east-1', 'us-east-1', 'us-east-2',
  'us-gov-east-1', 'us-gov-west-1', 'us-west-1', 'us-west-2',
];

export function offersIot(region: string): boolean {
  return IOT_REGIONS.includes(region);
}

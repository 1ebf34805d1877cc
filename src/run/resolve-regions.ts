/**
 * The IoT regions to sweep: the `regions` input, else the policy's `iot.regions`, else AWS_REGION.
 * An explicit empty list in the policy means IoT is not swept.
 */
export function resolveRegions(input: readonly string[] | undefined, policy: readonly string[] | undefined, awsRegion: string | undefined): string[] {
  if (input !== undefined) return [...input];
  if (policy !== undefined) return [...policy];
  if (awsRegion) return [awsRegion];
  throw new Error('No IoT region to sweep: set iot.regions in the policy, the regions input, or AWS_REGION (aws-actions/configure-aws-credentials sets it). To sweep no IoT region, set iot.regions: [] in the policy.');
}

import type { RegionSelection } from '../policy/types.js';

/**
 * The IoT regions to sweep: the `regions` input, else the policy's `iot.regions` (which is `all`
 * when the file says nothing). `all` is listed per account at run time.
 */
export function resolveRegions(input: RegionSelection | undefined, policy: RegionSelection): RegionSelection {
  return input ?? policy;
}

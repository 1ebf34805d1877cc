/**
 * How a hint ends (run/targets-hint.ts): the other way out of a refused part, leaving the account
 * out of `targets` (LEAVE_OUT), and for a part of one region a deny or another policy refused, the
 * region out of the regions read, where the `regions` input or the kind's `regions` key says
 * (orLeaveRegionOut). Pure; no SDK.
 */
import { SERVICE_LABEL, type ServiceName } from '../kinds/services.js';
import type { RegionSelection } from '../policy/types.js';
import type { Target } from '../targets/resolve-targets.js';
import type { Refusal, Refused } from './aws-refusal.js';

/** How to stop guarding an account, by the part of `targets` that named it. */
const LEAVE_OUT: Readonly<Record<Target['via'], (account: string) => string>> = {
  organization: (account) => `add ${account} to targets.exclude`,
  accounts: (account) => `remove ${account} from targets.accounts`,
  roles: (account) => `remove ${account} from targets.roles`,
  credentials: (account) => `add ${account} to targets.exclude`,
};

/** One list for every security service the section reads (security-services.services). */
const SECURITY_REGIONS = 'security-services.regions';

/** The policy key that lists the regions a service is read in (each regional kind's section has one). */
const REGIONS_KEY: Readonly<Record<ServiceName, string | undefined>> = {
  iot: 'iot.regions',
  organizations: undefined,
  ram: 'ram.regions',
  guardduty: SECURITY_REGIONS,
  macie: SECURITY_REGIONS,
  securityhub: SECURITY_REGIONS,
  detective: SECURITY_REGIONS,
};

/** A refused part's region, and the service it was refused for when known: what deniedRegion advises leaving out. */
export interface DeniedRegion {
  readonly region: string;
  readonly service?: Refused['service'];
}

/**
 * `, or leave ap-east-1 out of the regions read: …`: where, and what else it changes. The
 * `regions` input, when given (`regionsInput`), overrides every kind's regions, so it is the one
 * to change: remove the region from its list, or under `all` list the others. Otherwise the kind's
 * `regions` key (REGIONS_KEY; security-services.regions is every security service's). Either
 * applies to every guarded account. The cost under `all` (a key's default): leaving one out means
 * listing every other, so regions enabled later are not read.
 */
export function orLeaveRegionOut(denied: DeniedRegion | undefined, regionsInput: RegionSelection | undefined): string {
  if (denied === undefined) return '';
  const leave = `, or leave ${denied.region} out of the regions read: `;
  const later = '; regions enabled later are then not read';
  if (regionsInput !== undefined) {
    const input = "the regions input (it sets every kind's regions, in every guarded account)";
    return regionsInput === 'all' ? `${leave}list the others in ${input}${later}` : `${leave}remove it from ${input}`;
  }
  const service = denied.service !== undefined && Object.hasOwn(REGIONS_KEY, denied.service) ? (denied.service as ServiceName) : undefined;
  const key = service === undefined ? undefined : REGIONS_KEY[service];
  const where =
    service === undefined || key === undefined
      ? "its kind's regions (iot.regions, ram.regions or security-services.regions; each applies to every guarded account)"
      : key === SECURITY_REGIONS
        ? `${key} (it applies to every guarded account, and to every security service read, not only ${SERVICE_LABEL[service].short})`
        : `${key} (it applies to every guarded account)`;
  return `${leave}list the others in ${where}${later}`;
}

/**
 * How the hints end: `, or <how to stop guarding the account>` (LEAVE_OUT). `denied`: a part of one
 * region, which leaving out of the regions read is a way too (an organization's region-deny policy,
 * say), where `regionsInput` (the `regions` input, when given) or the kind's key says (orLeaveRegionOut).
 * For a plan's account only the base branch's policy guards (Target.readFor), neither: the PR's
 * policy leaves it out already, and the hint says so.
 */
export function orLeaveOut(target: Target, denied?: DeniedRegion, regionsInput?: RegionSelection): string {
  if (target.readFor === 'base') return "; only the base branch's policy guards this account (the PR's policy leaves it out already)";
  return `, or ${LEAVE_OUT[target.via](target.account)}${orLeaveRegionOut(denied, regionsInput)}`;
}

/** The region a hint may advise leaving out: a part's region, when a deny or another policy refused it (an organization's region-deny SCP, say); not when the permissions are missing. */
export function deniedRegion(refusal: Refusal, error: Refused): DeniedRegion | undefined {
  return refusal.by === 'missing' || error.region === undefined ? undefined : { region: error.region, service: error.service };
}

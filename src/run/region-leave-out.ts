/**
 * How a hint ends (run/targets-hint.ts): the other way out of a refused part, leaving the account
 * out of `targets` (LEAVE_OUT), and for a part of one region a deny or another policy refused, the
 * region out of the regions read, where the `regions` input or the kind's `regions` key says
 * (orLeaveRegionOut). Pure; no SDK.
 */
import { kindNamed } from '../kinds/registry.js';
import { KIND_OF_SERVICE, SERVICE_LABEL, SERVICE_NAMES, servicesOfKind, type ServiceName } from '../kinds/services.js';
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

/**
 * The policy key that lists the regions a service is read in: its kind's section's `regions`
 * (`iot.regions`, `security-services.regions` …); undefined for a global kind's (handshakes).
 */
function regionsKey(service: ServiceName): string | undefined {
  const kind = kindNamed(KIND_OF_SERVICE[service]);
  return kind.scope === 'regional' ? `${kind.section}.regions` : undefined;
}

/** Whether a service's kind reads other services too (security-services.regions is every security service's). */
function sharesRegions(service: ServiceName): boolean {
  return servicesOfKind(KIND_OF_SERVICE[service]).length > 1;
}

/** Every regional kind's regions key, for a part whose service is not known. */
function everyRegionsKey(): string {
  const keys = [...new Set(SERVICE_NAMES.map(regionsKey).filter((key) => key !== undefined))];
  return keys.length <= 1 ? (keys[0] ?? '') : `${keys.slice(0, -1).join(', ')} or ${keys.at(-1) ?? ''}`;
}

/** A refused part's region, and the service it was refused for when known: what deniedRegion advises leaving out. */
export interface DeniedRegion {
  readonly region: string;
  readonly service?: Refused['service'];
}

/**
 * `, or leave ap-east-1 out of the regions read: …`: where, and what else it changes. The
 * `regions` input, when given (`regionsInput`), overrides every kind's regions, so it is the one
 * to change: remove the region from its list, or under `all` list the others. Otherwise the kind's
 * `regions` key (regionsKey; security-services.regions is every security service's). Either
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
  const service = denied.service !== undefined && (SERVICE_NAMES as readonly string[]).includes(denied.service) ? (denied.service as ServiceName) : undefined;
  const key = service === undefined ? undefined : regionsKey(service);
  const where =
    service === undefined || key === undefined
      ? `its kind's regions (${everyRegionsKey()}; each applies to every guarded account)`
      : sharesRegions(service)
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

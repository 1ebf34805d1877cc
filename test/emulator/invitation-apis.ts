/**
 * The invitation kinds' services behind one entry point for the server: RAM resource-share
 * invitations and the security services' administrator invitations. Routing, execution and races.
 */
import type { Knobs } from './knobs.ts';
import type { ApiResult, Routed } from './protocol.ts';
import { routeRam, runRam } from './ram-api.ts';
import { routeSecurity, runSecurity } from './security-invitations-api.ts';
import { PENDING_STATUS } from './security-state.ts';
import { INVITATION_SERVICES, type InvitationServiceName, type RaceOutcome } from './types.ts';
import type { Caller, World } from './world.ts';

export function isInvitationService(service: string): service is InvitationServiceName {
  return (INVITATION_SERVICES as readonly string[]).includes(service);
}

export function routeInvitationApi(service: InvitationServiceName, method: string, url: URL, body: string): Routed {
  return service === 'ram' ? routeRam(method, url, body) : routeSecurity(service, method, url, body);
}

export function runInvitationApi(ctx: { world: World; knobs: Knobs; caller: Caller }, service: InvitationServiceName, operation: string, params: Record<string, unknown>): ApiResult {
  return service === 'ram' ? runRam(ctx, operation, params) : runSecurity(ctx, service, operation, params);
}

/**
 * "Someone else" answers the invitation `id` of `account` (the invited one) just before the racing
 * call: RAM `id` is the invitation ARN; GuardDuty/Macie/Security Hub the inviting account id;
 * Detective the graph ARN. accepted / declined|rejected / cancelled (withdrawn by the sender) /
 * expired (RAM only). False when the invitation is not pending (nothing to race).
 */
export function applyInvitationRace(world: World, service: InvitationServiceName, region: string, account: string, id: string, outcome: RaceOutcome): boolean {
  const now = world.now();
  if (service === 'ram') {
    const r = world.ram.get(id, now);
    if (!r || r.status !== 'PENDING') return false;
    if (outcome === 'cancelled') world.ram.withdraw(r);
    else world.ram.respond(r, outcome === 'accepted' ? 'ACCEPTED' : outcome === 'expired' ? 'EXPIRED' : 'REJECTED', now);
    return true;
  }
  const administrator = service === 'detective' ? (id.split(':')[4] ?? '') : id;
  const r = world.security.find(service, region, account, administrator);
  if (!r || r.removed !== undefined || r.status !== PENDING_STATUS[service] || outcome === 'expired') return false;
  if (outcome === 'accepted') world.security.accept(r, now);
  else world.security.remove(r, outcome === 'cancelled' ? 'withdrawn' : 'declined', now);
  return true;
}

/**
 * Races: "someone else" changes an item just before the emulator processes a call about it, so
 * the real call meets the state a real race would leave (accepted or cancelled meanwhile).
 */
import { applyInvitationRace, isInvitationService } from './invitation-apis.ts';
import { isPending } from './iot-state.ts';
import { inviteAcceptRefusal } from './organizations-api.ts';
import type { RaceOutcome, ServiceName } from './types.ts';
import type { World } from './world.ts';

/**
 * Apply the outcome to the certificate (in `region`), handshake or invitation `id` (of `account`,
 * the caller); false if nothing was pending.
 */
export function applyRace(world: World, service: ServiceName, region: string, id: string, outcome: RaceOutcome, account = ''): boolean {
  const now = world.now();
  if (isInvitationService(service)) return applyInvitationRace(world, service, region, account, id, outcome);
  if (outcome === 'expired' && service === 'iot') return false;
  if (service === 'iot') {
    const state = world.region(region);
    const record = state.lookup(id);
    if (!record || !isPending(record)) return false;
    if (outcome === 'accepted') state.accept(record, true, now);
    else if (outcome === 'cancelled') state.cancel(record, now);
    else state.reject(record, 'Rejected by another caller (emulator race)', now);
    return true;
  }
  if (service === 'organizations') {
    const h = world.orgs.get(id, now);
    if (!h || (h.state !== 'OPEN' && h.state !== 'REQUESTED')) return false;
    const to = outcome === 'accepted' ? 'ACCEPTED' : outcome === 'cancelled' ? 'CANCELED' : outcome === 'expired' ? 'EXPIRED' : 'DECLINED';
    // Accepted by someone else, as AcceptHandshake would: a member moves. An INVITE AcceptHandshake
    // refuses (to a management account, or to a member of the inviting organization) stays as it
    // was: no one could have accepted it, so nothing races.
    if (to === 'ACCEPTED' && h.action === 'INVITE') {
      if (inviteAcceptRefusal(world, h) !== undefined) return false;
      world.joinByInvite(h.recipientAccount, h.organizationId, now);
    }
    world.orgs.transition(h, to, now);
    return true;
  }
  return false;
}

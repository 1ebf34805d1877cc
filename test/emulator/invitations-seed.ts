/**
 * Seeding of the invitation kinds from a (validated) scenario: RAM resource-share invitations,
 * security-service administrator invitations, and where Security Hub / Macie are not enabled.
 */
import { newUuid, resourceShareArn, resourceShareInvitationArn } from './ids.ts';
import { DAY_MS } from './org-state.ts';
import { HEX } from './random.ts';
import type { RamInvitationRecord, SharedResource } from './ram-state.ts';
import { PENDING_STATUS } from './security-state.ts';
import { resolveTime } from './time.ts';
import type { ResourceShareInvitationSeed, Scenario, SecurityInvitationSeed, SharedResourceSeed } from './types.ts';
import type { World } from './world.ts';

/** RAM: "you have seven days to accept the invitation" (12 hours for some resource types; set expiresAt). */
export const RAM_INVITATION_LIFETIME_MS = 7 * DAY_MS;

export function seedInvitations(world: World, s: Scenario, now: number): void {
  (s.resourceShareInvitations ?? []).forEach((seed, i) => seedResourceShareInvitation(world, seed, `resourceShareInvitations[${i}]`, now));
  (s.securityInvitations ?? []).forEach((seed, i) => seedSecurityInvitation(world, seed, `securityInvitations[${i}]`, now));
  for (const e of s.securityServices ?? []) world.security.setEnabled(e.service, e.account, e.region, e.enabled);
}

function seedResourceShareInvitation(world: World, seed: ResourceShareInvitationSeed, path: string, now: number): void {
  const region = seed.region ?? world.defaultRegion;
  const shareArn = resourceShareArn(region, seed.from, seed.shareId ?? newUuid(world.rng));
  for (let n = 0; n < (seed.count ?? 1); n++) {
    const invitedMs = resolveTime(seed.invitedAt, now - world.rng.int(3 * DAY_MS), now, `${path}.invitedAt`);
    const record: RamInvitationRecord = {
      arn: resourceShareInvitationArn(region, seed.from, seed.id ?? newUuid(world.rng)),
      region,
      shareArn,
      shareName: seed.shareName ?? 'Shared resources',
      sender: seed.from,
      receiver: seed.to,
      receiverArn: seed.receiverArn,
      status: seed.status ?? 'PENDING',
      invitedMs,
      expiresMs: resolveTime(seed.expiresAt, invitedMs + RAM_INVITATION_LIFETIME_MS, now, `${path}.expiresAt`),
      respondedMs: seed.status === undefined || seed.status === 'PENDING' ? undefined : now,
      withdrawn: false,
      resources: (seed.resources ?? []).flatMap((r, j) => sharedResources(world, r, region, seed.from, invitedMs, `${path}.resources[${j}]`)),
    };
    world.ram.add(record);
  }
}

function sharedResources(world: World, seed: SharedResourceSeed, region: string, owner: string, sharedMs: number, path: string): SharedResource[] {
  const [service = 'unknown', resource = 'resource'] = seed.type.split(':');
  const kind = resource.toLowerCase();
  if (seed.arn !== undefined && (seed.count ?? 1) > 1) throw new Error(`${path}: give either arn or count > 1, not both`);
  return Array.from({ length: seed.count ?? 1 }, (_, n) => {
    const creationMs = sharedMs - (n + 1) * 1000;
    return {
      arn: seed.arn ?? `arn:aws:${service}:${seed.scope === 'GLOBAL' ? '' : region}:${owner}:${kind}/${kind.slice(0, 6)}-${world.rng.chars(17, HEX)}`,
      type: seed.type,
      status: seed.status ?? 'AVAILABLE',
      statusMessage: seed.statusMessage,
      scope: seed.scope ?? 'REGIONAL',
      resourceGroupArn: seed.resourceGroupArn,
      creationMs,
      lastUpdatedMs: sharedMs,
    };
  });
}

function seedSecurityInvitation(world: World, seed: SecurityInvitationSeed, path: string, now: number): void {
  const count = seed.count ?? 1; // with count > 1, `from` and `id` are absent (validated)
  const region = seed.region ?? world.defaultRegion;
  // Generated inviters: 9xxxxxxxxxxx, consecutive from a random base, so never twice the same.
  const base = 900_000_000_000 + world.rng.int(1_000_000) * 100_000;
  for (let n = 0; n < count; n++) {
    const invitedMs = resolveTime(seed.invitedAt, now - world.rng.int(10 * DAY_MS), now, `${path}.invitedAt`);
    world.security.add({
      service: seed.service,
      region,
      administrator: seed.from ?? String(base + n),
      member: seed.to,
      id: seed.id ?? world.rng.chars(32, HEX),
      status: seed.status ?? PENDING_STATUS[seed.service],
      invitedMs,
      updatedMs: invitedMs,
      email: seed.email,
    });
  }
}

/**
 * `organizations[].generateMembers`: turns one short block into the member accounts of a large
 * organization and what each of them holds, as ordinary scenario entries (accounts, members,
 * fleets, certificates, handshakes), so the usual seeding applies. Ids are consecutive from
 * `firstId`; generated certificate and handshake ids come from the scenario's seed, as always.
 */
import type { AccountSeed, CertificateSeed, FleetSeed, GenerateMembersSeed, HandshakeSeed, Scenario } from './types.ts';

export function memberIds(g: GenerateMembersSeed): string[] {
  const first = Number(g.firstId);
  return Array.from({ length: g.count }, (_, i) => String(first + i).padStart(12, '0'));
}

function fill(template: string, n: number, width: number, id: string): string {
  return template.replaceAll('{n}', String(n).padStart(width, '0')).replaceAll('{id}', id);
}

/** The scenario with every generateMembers block written out (the scenario itself when there is none). */
export function expandGeneratedMembers(s: Scenario): Scenario {
  if (!(s.organizations ?? []).some((o) => o.generateMembers)) return s;
  const accounts: AccountSeed[] = [];
  const fleets: FleetSeed[] = [];
  const certificates: CertificateSeed[] = [];
  const handshakes: HandshakeSeed[] = [];
  const organizations = (s.organizations ?? []).map((o) => {
    const g = o.generateMembers;
    if (!g) return o;
    const ids = memberIds(g);
    const width = String(g.count).length;
    ids.forEach((id, i) => {
      const account: AccountSeed = {
        id,
        name: fill(g.name ?? 'member-{n}', i + 1, width, id),
        email: fill(g.email ?? 'aws+{id}@example.com', i + 1, width, id),
      };
      if (g.regions) account.regions = { ...g.regions };
      accounts.push(account);
      if (g.fleet && g.fleet.count > 0) {
        for (const region of g.fleet.regions ?? [undefined]) {
          const fleet: FleetSeed = { account: id, count: g.fleet.count };
          if (region !== undefined) fleet.region = region;
          if (g.fleet.statuses) fleet.statuses = g.fleet.statuses;
          fleets.push(fleet);
        }
      }
      const t = g.pendingTransfers;
      if (t) {
        for (const region of t.regions ?? [undefined]) {
          // Transfer k comes from from[k % from.length]: one seed per sender, with its share as count.
          t.from.forEach((sender, j) => {
            const share = Math.floor(t.count / t.from.length) + (j < t.count % t.from.length ? 1 : 0);
            if (share === 0) return;
            const cert: CertificateSeed = { owner: sender, count: share, transfer: { to: id } };
            if (region !== undefined) cert.region = region;
            if (t.message !== undefined) (cert.transfer as { message?: string }).message = t.message;
            if (t.at !== undefined) (cert.transfer as { at?: string | number }).at = t.at;
            certificates.push(cert);
          });
        }
      }
      for (const h of g.handshakes ?? []) handshakes.push({ ...h, to: id });
    });
    const rest = { ...o, members: [...(o.members ?? []), ...ids] };
    delete rest.generateMembers;
    return rest;
  });
  return {
    ...s,
    organizations,
    // Explicit accounts entries come after the generated ones, so they override them (e.g. a state).
    accounts: [...accounts, ...(s.accounts ?? [])],
    fleets: [...(s.fleets ?? []), ...fleets],
    certificates: [...(s.certificates ?? []), ...certificates],
    handshakes: [...(s.handshakes ?? []), ...handshakes],
  };
}

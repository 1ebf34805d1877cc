/**
 * Organizations conformance: the handshake operations through the real
 * @aws-sdk/client-organizations, its paginator (incl. empty pages with a NextToken) and its
 * typed exceptions, against the sample scenario.
 */
import {
  AWSOrganizationsNotInUseException,
  AcceptHandshakeCommand,
  AccessDeniedException,
  CancelHandshakeCommand,
  DeclineHandshakeCommand,
  DescribeHandshakeCommand,
  DuplicateHandshakeException,
  HandshakeAlreadyInStateException,
  HandshakeNotFoundException,
  InvalidHandshakeTransitionException,
  InvalidInputException,
  InviteAccountToOrganizationCommand,
  InviteOrganizationToTransferResponsibilityCommand,
  ListHandshakesForAccountCommand,
  paginateListHandshakesForAccount,
  type Handshake,
  type HandshakeResource,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type KnobSettings } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const SAMPLE = fileURLToPath(new URL('./emulator/scenarios/sample.yml', import.meta.url));
const ME = '210987654321';
const ALLOWED_MGMT = '111111111111';
const H = {
  allowedInvite: 'h-h4tuiz9mk6flzbqwu9fzs3uy',
  strangerInvite: 'h-upx7focnp0gsdlzk0ym21rqv',
  transfer: 'h-usts6j4f4arj8jz9ukk3ergt',
  requested: 'h-n9dpk0xem4dklbsvzty3m6fn',
  accepted: 'h-pbgy2h12hnemcpszjma00p88',
  declined: 'h-3ws9pnuvg3mpiicsr412aamf',
  canceled: 'h-bxwz1oyui6jkebwsi1yy1z9a',
  expired: 'h-tiu6tmyqi4h3djy10hulx8z6',
  enableAll: 'h-5tw2rnvtyiriq1jseule46d4',
  sent: 'h-u9t3v3r5ut9rfyof8tmfm1tk',
};

let emu: EmulatorHandle;
let org: OrganizationsClient;

async function start(knobs?: KnobSettings): Promise<void> {
  emu = await startEmulator({ scenario: SAMPLE });
  if (knobs) emu.setKnobs(knobs);
  org = sdkClients(emu, ME).organizations;
}

async function listAll(client: OrganizationsClient, pageSize?: number): Promise<{ handshakes: Handshake[]; pages: number; emptyWithToken: number }> {
  const handshakes: Handshake[] = [];
  let pages = 0;
  let emptyWithToken = 0;
  for await (const page of paginateListHandshakesForAccount({ client, ...(pageSize ? { pageSize } : {}) }, {})) {
    pages += 1;
    if ((page.Handshakes ?? []).length === 0 && page.NextToken) emptyWithToken += 1;
    handshakes.push(...(page.Handshakes ?? []));
  }
  return { handshakes, pages, emptyWithToken };
}

function resource(h: Handshake | undefined, type: string): HandshakeResource | undefined {
  const walk = (list: HandshakeResource[] | undefined): HandshakeResource | undefined => {
    for (const r of list ?? []) {
      if (r.Type === type) return r;
      const nested = walk(r.Resources);
      if (nested) return nested;
    }
    return undefined;
  };
  return walk(h?.Resources);
}

beforeEach(() => start());
afterEach(() => emu.close());

describe('ListHandshakesForAccount', () => {
  it('lists every handshake the account received or sent, in every state', async () => {
    const { handshakes } = await listAll(org);
    const states = Object.fromEntries(handshakes.map((h) => [h.Id, `${h.Action} ${h.State}`]));
    expect(states).toEqual({
      [H.allowedInvite]: 'INVITE OPEN',
      [H.strangerInvite]: 'INVITE OPEN',
      [H.transfer]: 'TRANSFER_RESPONSIBILITY OPEN',
      [H.requested]: 'INVITE REQUESTED',
      [H.accepted]: 'INVITE ACCEPTED',
      [H.declined]: 'INVITE DECLINED',
      [H.canceled]: 'INVITE CANCELED',
      [H.expired]: 'INVITE EXPIRED',
      [H.enableAll]: 'ENABLE_ALL_FEATURES OPEN',
      [H.sent]: 'INVITE OPEN',
    });
    const times = handshakes.map((h) => h.RequestedTimestamp?.getTime() ?? 0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('shapes ARNs, parties and MASTER_* / MANAGEMENT_* resources like AWS', async () => {
    const { handshakes } = await listAll(org);
    const byId = new Map(handshakes.map((h) => [h.Id, h]));
    const allowed = byId.get(H.allowedInvite);
    expect(allowed?.Arn).toBe(`arn:aws:organizations::${ALLOWED_MGMT}:handshake/o-exampleorgid11/invite/${H.allowedInvite}`);
    expect(allowed?.Parties).toEqual([{ Type: 'ACCOUNT', Id: ME }, { Type: 'ORGANIZATION', Id: 'o-exampleorgid11' }]);
    expect(resource(allowed, 'MASTER_EMAIL')?.Value).toBe('cloud-admin@example.com');
    expect(resource(allowed, 'MANAGEMENT_EMAIL')).toBeUndefined();
    const stranger = byId.get(H.strangerInvite);
    expect(resource(stranger, 'MANAGEMENT_NAME')?.Value).toContain('<img src=x');
    expect(resource(stranger, 'NOTES')?.Value).toContain('::add-mask::');
    expect(stranger?.Parties?.[0]).toEqual({ Type: 'EMAIL', Id: 'iot-ops@guard.example.com' });
    expect(byId.get(H.sent)?.Arn).toBe(`arn:aws:organizations::${ME}:handshake/o-oxiw4s6dzh/invite/${H.sent}`);
    expect(byId.get(H.enableAll)?.Arn).toContain('/enable_all_features/');
    expect(stranger?.ExpirationTimestamp?.getTime()).toBeGreaterThan(stranger?.RequestedTimestamp?.getTime() ?? Infinity);
  });

  it('gives TRANSFER_RESPONSIBILITY handshakes their transfer resources', async () => {
    const h = (await org.send(new DescribeHandshakeCommand({ HandshakeId: H.transfer }))).Handshake;
    expect(h?.Arn).toBe(`arn:aws:organizations::666677778888:handshake/o-ysztebow2w/transfer_responsibility/${H.transfer}`);
    expect(resource(h, 'RESPONSIBILITY_TRANSFER')?.Value).toBe('rt-4lkznfpt4ftdkcx8');
    expect(resource(h, 'TRANSFER_TYPE')?.Value).toBe('BILLING');
    // The scenario says requestedAt -6h, startAt +30d, both from the moment of seeding: compare the
    // two emulator times with each other, not with the real clock.
    const requested = h?.RequestedTimestamp?.getTime() ?? Number.NaN;
    const start = Date.parse(resource(h, 'TRANSFER_START_TIMESTAMP')?.Value ?? '');
    expect(Math.abs(start - requested - (30 * 24 + 6) * 3_600_000)).toBeLessThan(1000);
    expect(resource(h, 'MANAGEMENT_ACCOUNT')?.Value).toBe('666677778888');
  });

  it('pages with MaxResults and NextToken', async () => {
    const { handshakes, pages } = await listAll(org, 3);
    expect(handshakes).toHaveLength(10);
    expect(new Set(handshakes.map((h) => h.Id)).size).toBe(10);
    expect(pages).toBe(4);
  });

  it('can answer empty pages that still carry a NextToken; the paginator still gets everything', async () => {
    await emu.close();
    await start({ emptyPageRate: 0.5 });
    const { handshakes, pages, emptyWithToken } = await listAll(org, 3);
    expect(emptyWithToken).toBeGreaterThan(0);
    expect(pages).toBe(4 + emptyWithToken);
    expect(new Set(handshakes.map((h) => h.Id)).size).toBe(10);
  });

  it('with trailingEmptyPage, the last real page points at an empty final page', async () => {
    await emu.close();
    await start({ trailingEmptyPage: true });
    const first = await org.send(new ListHandshakesForAccountCommand({}));
    expect(first.Handshakes).toHaveLength(10);
    expect(first.NextToken).toEqual(expect.any(String));
    const last = await org.send(new ListHandshakesForAccountCommand({ NextToken: first.NextToken }));
    expect(last.Handshakes).toEqual([]);
    expect(last.NextToken).toBeUndefined();
  });

  it('filters by ActionType or ParentHandshakeId', async () => {
    const transfers = await org.send(new ListHandshakesForAccountCommand({ Filter: { ActionType: 'TRANSFER_RESPONSIBILITY' } }));
    expect(transfers.Handshakes?.map((h) => h.Id)).toEqual([H.transfer]);
    emu.seed({ handshakes: [{ id: 'h-childhandshake01', action: 'APPROVE_ALL_FEATURES', organization: 'o-oxiw4s6dzh', to: ME, parentHandshakeId: H.enableAll }] });
    const children = await org.send(new ListHandshakesForAccountCommand({ Filter: { ParentHandshakeId: H.enableAll } }));
    expect(children.Handshakes?.map((h) => h.Id)).toEqual(['h-childhandshake01']);
    expect(resource(children.Handshakes?.[0], 'PARENT_HANDSHAKE')?.Value).toBe(H.enableAll);
  });

  it.each([
    ['both filters', { Filter: { ActionType: 'INVITE' as const, ParentHandshakeId: H.enableAll } }, 'MAX_LIMIT_EXCEEDED_FILTER'],
    ['an unknown ActionType', { Filter: { ActionType: 'JOIN' as never } }, 'INVALID_ENUM'],
    ['MaxResults 0', { MaxResults: 0 }, 'MIN_VALUE_EXCEEDED'],
    ['MaxResults 21', { MaxResults: 21 }, 'MAX_VALUE_EXCEEDED'],
    ['a forged NextToken', { NextToken: 'bm90IGEgdG9rZW4=' }, 'INVALID_NEXT_TOKEN'],
  ])('answers %s with InvalidInputException and its Reason', async (_label, input, reason) => {
    const error = await org.send(new ListHandshakesForAccountCommand(input)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputException);
    expect((error as InvalidInputException).Reason).toBe(reason);
    expect((error as InvalidInputException).$metadata.httpStatusCode).toBe(400);
  });

  it('shows another account only its own handshakes', async () => {
    const other = sdkClients(emu, '222233334444').organizations;
    const { handshakes } = await listAll(other);
    expect(handshakes.map((h) => h.Id)).toEqual([H.sent]);
  });
});

describe('DescribeHandshake and DeclineHandshake', () => {
  it('declines OPEN and REQUESTED handshakes; a second decline is HandshakeAlreadyInState', async () => {
    const declined = await org.send(new DeclineHandshakeCommand({ HandshakeId: H.strangerInvite }));
    expect(declined.Handshake).toMatchObject({ Id: H.strangerInvite, State: 'DECLINED', Action: 'INVITE' });
    expect(emu.handshake(H.strangerInvite)?.State).toBe('DECLINED');
    expect((await org.send(new DeclineHandshakeCommand({ HandshakeId: H.requested }))).Handshake?.State).toBe('DECLINED');
    const again = await org.send(new DeclineHandshakeCommand({ HandshakeId: H.strangerInvite })).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(HandshakeAlreadyInStateException);
    expect((again as HandshakeAlreadyInStateException).$metadata.httpStatusCode).toBe(409);
  });

  it.each([H.accepted, H.canceled, H.expired])('refuses to decline %s (InvalidHandshakeTransitionException)', async (id) => {
    await expect(org.send(new DeclineHandshakeCommand({ HandshakeId: id }))).rejects.toBeInstanceOf(InvalidHandshakeTransitionException);
  });

  it('lets only the recipient decline: the sender gets AccessDeniedException', async () => {
    await expect(org.send(new DeclineHandshakeCommand({ HandshakeId: H.sent }))).rejects.toBeInstanceOf(AccessDeniedException);
    expect(emu.handshake(H.sent)?.State).toBe('OPEN');
  });

  it('answers unknown or foreign ids with HandshakeNotFoundException and malformed ones with InvalidInputException', async () => {
    await expect(org.send(new DescribeHandshakeCommand({ HandshakeId: 'h-doesnotexist1' }))).rejects.toBeInstanceOf(HandshakeNotFoundException);
    const other = sdkClients(emu, '222233334444').organizations;
    await expect(other.send(new DescribeHandshakeCommand({ HandshakeId: H.transfer }))).rejects.toBeInstanceOf(HandshakeNotFoundException);
    for (const bad of ['h-SHOUTING123', 'h-short', 'x-abcdefgh12', `h-${'a'.repeat(33)}`]) {
      const error = await org.send(new DeclineHandshakeCommand({ HandshakeId: bad })).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(InvalidInputException);
    }
  });

  it('expires OPEN handshakes after their ExpirationTimestamp and forgets final ones after 30 days', async () => {
    const expiry = (await org.send(new DescribeHandshakeCommand({ HandshakeId: H.strangerInvite }))).Handshake?.ExpirationTimestamp?.getTime() ?? 0;
    emu.setClock(() => expiry + 1000);
    expect((await org.send(new DescribeHandshakeCommand({ HandshakeId: H.strangerInvite }))).Handshake?.State).toBe('EXPIRED');
    await expect(org.send(new DeclineHandshakeCommand({ HandshakeId: H.strangerInvite }))).rejects.toBeInstanceOf(InvalidHandshakeTransitionException);
    emu.setClock(() => expiry + 31 * 86_400_000);
    await expect(org.send(new DescribeHandshakeCommand({ HandshakeId: H.strangerInvite }))).rejects.toBeInstanceOf(HandshakeNotFoundException);
  });
});

describe('seeding through the API: invitations, accept, cancel', () => {
  it('a management account invites; the recipient sees it, accepts it, and cannot accept twice', async () => {
    const mgmt = sdkClients(emu, ALLOWED_MGMT).organizations;
    const { Handshake: h } = await mgmt.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: '303030303030' }, Notes: 'hi' }));
    expect(h).toMatchObject({ Action: 'INVITE', State: 'OPEN' });
    expect(h?.Id).toMatch(/^h-[0-9a-z]{8,32}$/);
    expect(h?.Arn).toBe(`arn:aws:organizations::${ALLOWED_MGMT}:handshake/o-exampleorgid11/invite/${h?.Id}`);
    const recipient = sdkClients(emu, '303030303030').organizations;
    expect((await listAll(recipient)).handshakes.map((x) => x.Id)).toEqual([h?.Id]);
    expect((await recipient.send(new AcceptHandshakeCommand({ HandshakeId: h?.Id }))).Handshake?.State).toBe('ACCEPTED');
    await expect(recipient.send(new AcceptHandshakeCommand({ HandshakeId: h?.Id }))).rejects.toBeInstanceOf(HandshakeAlreadyInStateException);
  });

  it('refuses a duplicate open invitation, and invitations from accounts that manage no organization', async () => {
    const mgmt = sdkClients(emu, ALLOWED_MGMT).organizations;
    await expect(mgmt.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: ME } }))).rejects.toBeInstanceOf(DuplicateHandshakeException);
    const loner = sdkClients(emu, '404040404040').organizations;
    await expect(loner.send(new InviteAccountToOrganizationCommand({ Target: { Type: 'ACCOUNT', Id: ME } }))).rejects.toBeInstanceOf(AWSOrganizationsNotInUseException);
  });

  it('the sender cancels; the recipient may not', async () => {
    await expect(org.send(new CancelHandshakeCommand({ HandshakeId: H.allowedInvite }))).rejects.toBeInstanceOf(AccessDeniedException);
    const mgmt = sdkClients(emu, ALLOWED_MGMT).organizations;
    expect((await mgmt.send(new CancelHandshakeCommand({ HandshakeId: H.allowedInvite }))).Handshake?.State).toBe('CANCELED');
    await expect(org.send(new DeclineHandshakeCommand({ HandshakeId: H.allowedInvite }))).rejects.toBeInstanceOf(InvalidHandshakeTransitionException);
  });

  it('InviteOrganizationToTransferResponsibility creates a TRANSFER_RESPONSIBILITY handshake', async () => {
    const mgmt = sdkClients(emu, ALLOWED_MGMT).organizations;
    const start = new Date(Date.now() + 10 * 86_400_000);
    const { Handshake: h } = await mgmt.send(
      new InviteOrganizationToTransferResponsibilityCommand({ Type: 'BILLING', Target: { Type: 'ACCOUNT', Id: ME }, StartTimestamp: start, SourceName: 'billing takeover', Notes: 'n' }),
    );
    expect(h?.Action).toBe('TRANSFER_RESPONSIBILITY');
    expect(h?.Arn).toContain('/transfer_responsibility/');
    expect(resource(h, 'RESPONSIBILITY_TRANSFER')?.Value).toMatch(/^rt-[0-9a-z]{8,32}$/);
    expect(resource(h, 'TRANSFER_START_TIMESTAMP')?.Value).toBe(start.toISOString());
    const bad = await mgmt
      .send(new InviteOrganizationToTransferResponsibilityCommand({ Type: 'PAYROLL' as never, Target: { Type: 'ACCOUNT', Id: ME }, StartTimestamp: start, SourceName: 'x' }))
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidInputException);
    expect((bad as InvalidInputException).Reason).toBe('INVALID_ENUM');
  });
});

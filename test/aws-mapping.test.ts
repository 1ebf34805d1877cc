import type { Handshake } from '@aws-sdk/client-organizations';
import { describe, expect, it } from 'vitest';
import { sourceAccountOf, toIncomingTransfer, toOutgoingTransfer } from '../src/aws/iot/to-certificate-transfer.js';
import { parseHandshakeArn, toHandshakeItem } from '../src/aws/organizations/to-handshake-item.js';
import { decideHandshake } from '../src/kinds/handshakes/decide.js';
import { handshakes } from '../src/kinds/handshakes/model.js';
import type { HandshakeItem } from '../src/model/items.js';
import { buildPolicy } from './helpers/policy.js';

const ME = '111111111111';
const SENDER = '999988887777';
const OTHER = '555566667777';
const ID = 'a'.repeat(64);

describe('sourceAccountOf (which of ownedBy / previousOwnedBy names the sender is unconfirmed)', () => {
  it.each([
    { case: 'ownedBy sender, no previousOwnedBy', ownedBy: SENDER, previousOwnedBy: undefined, source: SENDER },
    { case: 'ownedBy sender, previousOwnedBy us', ownedBy: SENDER, previousOwnedBy: ME, source: SENDER },
    { case: 'moved to us, previousOwnedBy sender', ownedBy: ME, previousOwnedBy: SENDER, source: SENDER },
    { case: 'previousOwnedBy only (any earlier owner)', ownedBy: undefined, previousOwnedBy: SENDER, source: undefined },
    { case: 'ownedBy sender, previousOwnedBy third', ownedBy: SENDER, previousOwnedBy: OTHER, source: SENDER },
    { case: 'both are us', ownedBy: ME, previousOwnedBy: ME, source: undefined },
    { case: 'ownedBy us, previousOwnedBy absent', ownedBy: ME, previousOwnedBy: undefined, source: undefined },
    { case: 'neither present', ownedBy: undefined, previousOwnedBy: undefined, source: undefined },
    { case: 'empty strings', ownedBy: '', previousOwnedBy: '', source: undefined },
  ])('$case → $source', ({ ownedBy, previousOwnedBy, source }) => {
    expect(sourceAccountOf({ ownedBy, previousOwnedBy }, ME)).toBe(source);
  });
});

describe('certificate transfer items', () => {
  it('maps an incoming transfer: listing fields first, transfer data from the description', () => {
    const item = toIncomingTransfer(
      'eu-west-1',
      { certificateId: ID, certificateArn: 'arn:list', certificateMode: 'DEFAULT', creationDate: '2026-01-01T00:00:00.000Z' },
      {
        certificateId: ID,
        certificateArn: 'arn:describe',
        status: 'PENDING_TRANSFER',
        ownedBy: SENDER,
        previousOwnedBy: undefined,
        transferMessage: 'hello',
        transferDate: '2026-01-03T00:00:00.000Z',
        caCertificateId: 'c'.repeat(64),
      },
      ME,
    );
    expect(item).toEqual({
      kind: 'certificate-transfer',
      account: ME,
      certificateId: ID,
      certificateArn: 'arn:list',
      region: 'eu-west-1',
      direction: 'incoming',
      sourceAccount: SENDER,
      transferDate: '2026-01-03T00:00:00.000Z',
      transferMessage: 'hello',
      caCertificateId: 'c'.repeat(64),
      certificateMode: 'DEFAULT',
      creationDate: '2026-01-01T00:00:00.000Z',
    });
  });

  it('an incoming transfer whose source cannot be told apart has no sourceAccount, and missing fields do not throw', () => {
    const item = toIncomingTransfer('eu-west-1', { certificateId: ID }, { certificateId: ID, ownedBy: ME }, ME);
    expect(item).toMatchObject({ direction: 'incoming', sourceAccount: undefined, certificateArn: '' });
  });

  it('maps an outgoing transfer with its destination and our own message', () => {
    expect(
      toOutgoingTransfer('us-east-1', { certificateId: ID, certificateArn: 'arn:o', transferredTo: OTHER, transferMessage: 'to staging' }, ME),
    ).toMatchObject({ direction: 'outgoing', region: 'us-east-1', sourceAccount: ME, targetAccount: OTHER, transferMessage: 'to staging', certificateArn: 'arn:o' });
  });
});

/** The sample from the DeclineHandshake reference page (seeds/DeclineHandshake.txt). */
const SEED: Handshake = {
  Id: 'h-examplehandshakeid111',
  State: 'OPEN',
  Resources: [
    {
      Type: 'ORGANIZATION',
      Value: 'o-exampleorgid',
      Resources: [
        { Type: 'MASTER_EMAIL', Value: 'diego@example.com' },
        { Type: 'MASTER_NAME', Value: 'Management account' },
      ],
    },
    { Type: 'EMAIL', Value: 'anaya@example.com' },
    { Type: 'NOTES', Value: "This is an invitation to Anaya's account to join the Diego's organization." },
  ],
  Parties: [
    { Type: 'EMAIL', Id: 'anaya@example.com' },
    { Type: 'ORGANIZATION', Id: 'o-exampleorgid' },
  ],
  Action: 'INVITE',
  RequestedTimestamp: new Date(1470684478687),
  ExpirationTimestamp: new Date(1471980478687),
  Arn: 'arn:aws:organizations::111111111111:handshake/o-exampleorgid/invite/h-examplehandshakeid111',
};

describe('toHandshakeItem', () => {
  it('maps the reference sample (older MASTER_* resources nested under ORGANIZATION)', () => {
    expect(toHandshakeItem(SEED, '222222222222')).toEqual({
      kind: 'handshake',
      account: '222222222222',
      id: 'h-examplehandshakeid111',
      arn: SEED.Arn,
      type: 'INVITE',
      state: 'OPEN',
      direction: 'incoming',
      organizationId: 'o-exampleorgid',
      managementAccountId: '111111111111',
      managementEmail: 'diego@example.com',
      managementName: 'Management account',
      notes: "This is an invitation to Anaya's account to join the Diego's organization.",
      recipient: 'anaya@example.com',
      requestedAt: '2016-08-08T19:27:58.687Z',
      expiresAt: '2016-08-23T19:27:58.687Z',
    });
  });

  it('is outgoing when the ARN names our own account (our organization sent it)', () => {
    expect(toHandshakeItem(SEED, '111111111111')?.direction).toBe('outgoing');
  });

  it.each([
    { case: 'an invitation to an account', parties: [{ Type: 'ACCOUNT', Id: '222233334444' }, { Type: 'ORGANIZATION', Id: 'o-exampleorgid' }], recipient: '222233334444' },
    { case: 'an invitation by email', parties: SEED.Parties, recipient: 'anaya@example.com' },
    { case: 'between two organizations: the other one', parties: [{ Type: 'ORGANIZATION', Id: 'o-exampleorgid' }, { Type: 'ORGANIZATION', Id: 'o-otherorg0001' }], recipient: 'o-otherorg0001' },
    { case: 'two parties besides the sender: none', parties: [{ Type: 'ACCOUNT', Id: '222233334444' }, { Type: 'EMAIL', Id: 'x@example.com' }, { Type: 'ORGANIZATION', Id: 'o-exampleorgid' }], recipient: undefined },
    { case: 'no parties', parties: [], recipient: undefined },
    { case: 'a party without an id or a type', parties: [{ Type: 'ACCOUNT' }, { Id: '222233334444' }, { Type: 'ORGANIZATION', Id: 'o-exampleorgid' }], recipient: undefined },
  ] as const)('the recipient, from the parties: $case', ({ parties, recipient }) => {
    expect(toHandshakeItem({ ...SEED, Parties: parties as Handshake['Parties'] }, '111111111111')?.recipient).toBe(recipient);
  });

  it('reads the newer MANAGEMENT_* resources, preferred over MASTER_*, at any depth', () => {
    const item = toHandshakeItem(
      {
        ...SEED,
        Resources: [
          { Type: 'MASTER_EMAIL', Value: 'old@example.com' },
          {
            Type: 'RESPONSIBILITY_TRANSFER',
            Value: 'rt-1',
            Resources: [{ Type: 'ORGANIZATION', Value: 'o-exampleorgid', Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'new@example.com' }, { Type: 'MANAGEMENT_NAME', Value: 'New' }] }],
          },
        ],
      },
      ME,
    );
    expect(item).toMatchObject({ managementEmail: 'new@example.com', managementName: 'New', notes: undefined });
  });

  it("reads the sender's email and name under the sender's ORGANIZATION, never another organization's listed first", () => {
    const item = toHandshakeItem(
      {
        ...SEED,
        Action: 'TRANSFER_RESPONSIBILITY',
        Arn: 'arn:aws:organizations::666677778888:handshake/o-theirs0000x/transfer_responsibility/h-bbbbbbbbbb',
        Resources: [
          { Type: 'ORGANIZATION', Value: 'o-ours00000xx', Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'admin@ourcorp.example' }, { Type: 'MANAGEMENT_NAME', Value: 'Us' }] },
          { Type: 'ORGANIZATION', Value: 'o-theirs0000x', Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'finance@stranger.example' }, { Type: 'MANAGEMENT_NAME', Value: 'Them' }] },
        ],
      },
      ME,
    );
    expect(item).toMatchObject({ organizationId: 'o-theirs0000x', managementEmail: 'finance@stranger.example', managementName: 'Them' });
  });

  it('with no way to tell whose resources they are, keeps an email only when every candidate agrees', () => {
    const two = { ...SEED, Arn: undefined, Parties: [], Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'a@one.example' }, { Type: 'MANAGEMENT_EMAIL', Value: 'b@two.example' }] } as Handshake;
    expect(toHandshakeItem(two, ME)?.managementEmail).toBeUndefined();
    const same = { ...two, Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'a@one.example' }, { Type: 'MANAGEMENT_EMAIL', Value: 'a@one.example' }] } as Handshake;
    expect(toHandshakeItem(same, ME)?.managementEmail).toBe('a@one.example');
  });

  it('keeps an action type it does not know as a string', () => {
    expect(toHandshakeItem({ ...SEED, Action: 'TRANSFER_EVERYTHING' as Handshake['Action'] }, ME)?.type).toBe('TRANSFER_EVERYTHING');
  });

  it('never throws on a handshake with nothing but an Id', () => {
    expect(toHandshakeItem({ Id: 'h-aaaaaaaa' }, ME)).toEqual({
      kind: 'handshake',
      account: ME,
      id: 'h-aaaaaaaa',
      arn: '',
      type: 'UNKNOWN',
      state: 'UNKNOWN',
      direction: 'incoming',
      organizationId: undefined,
      managementAccountId: undefined,
      managementEmail: undefined,
      managementName: undefined,
      notes: undefined,
      requestedAt: undefined,
      expiresAt: undefined,
    });
  });

  it('returns undefined for a handshake without an Id', () => {
    expect(toHandshakeItem({ ...SEED, Id: undefined }, ME)).toBeUndefined();
  });

  it('without an ARN, takes the organization from the ORGANIZATION party and resource when they agree', () => {
    expect(toHandshakeItem({ ...SEED, Arn: undefined }, ME)).toMatchObject({ organizationId: 'o-exampleorgid', managementAccountId: undefined, direction: 'incoming' });
  });

  it('without an ARN, leaves the organization unknown when parties and resources name different ones', () => {
    const item = toHandshakeItem(
      { ...SEED, Arn: undefined, Parties: [{ Type: 'ORGANIZATION', Id: 'o-ours000000' }, { Type: 'ORGANIZATION', Id: 'o-theirs0000' }] },
      ME,
    );
    expect(item?.organizationId).toBeUndefined();
  });

  describe('without an ARN, the management account from MANAGEMENT_ACCOUNT resources', () => {
    const noArn = (resources: Handshake['Resources']): Handshake => ({ ...SEED, Arn: undefined, Resources: resources });

    // The sender writes the resources: naming this account there never makes a handshake outgoing
    // (only an ARN naming it can), and its sender is then unknown, as when the ARN names our side.
    it('a nested MANAGEMENT_ACCOUNT naming the caller: still incoming, its sender unknown', () => {
      const item = toHandshakeItem(noArn([{ Type: 'ORGANIZATION', Value: 'o-exampleorgid', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: ME }] }]), ME);
      expect(item).toMatchObject({ organizationId: undefined, managementAccountId: undefined, direction: 'incoming' });
    });

    it.each([
      ['no ARN', undefined],
      ['an ARN that does not parse', `junk:arn:aws:organizations::${ME}:handshake/o-exampleorgid/invite/h-x`],
    ])('%s: an INVITE by email whose resources name the caller is incoming and declined, even under an entry for the caller', (_case, arn) => {
      const item = toHandshakeItem(
        { Id: 'h-abcdefgh02', State: 'OPEN', Action: 'INVITE', ...(arn === undefined ? {} : { Arn: arn }), Parties: [{ Type: 'EMAIL', Id: 'root@us.example' }, { Type: 'ORGANIZATION', Id: 'o-evil0000001' }], Resources: [{ Type: 'ORGANIZATION', Value: 'o-evil0000001', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: ME }] }] },
        ME,
      ) as HandshakeItem;
      expect(item).toMatchObject({ direction: 'incoming', managementAccountId: undefined });
      expect(decideHandshake(item, buildPolicy({ organizationsAllow: [{ managementAccount: ME }] }), new Date('2026-01-01T00:00:00Z')).action).toBe('decline');
    });

    it('a nested MANAGEMENT_ACCOUNT naming another account is incoming, with that account', () => {
      const item = toHandshakeItem(noArn([{ Type: 'ORGANIZATION', Value: 'o-exampleorgid', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: SENDER }] }]), ME);
      expect(item).toMatchObject({ managementAccountId: SENDER, direction: 'incoming' });
    });

    it('two that agree count as one', () => {
      const item = toHandshakeItem(noArn([{ Type: 'MANAGEMENT_ACCOUNT', Value: SENDER }, { Type: 'ORGANIZATION', Value: 'o-exampleorgid', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: SENDER }] }]), ME);
      expect(item).toMatchObject({ managementAccountId: SENDER, direction: 'incoming' });
    });

    it.each([
      ['the caller first', [ME, SENDER]],
      ['the caller last', [SENDER, ME]],
    ])('two that disagree (%s): unknown account, and incoming', (_case, [first, second]) => {
      const item = toHandshakeItem(
        noArn([
          { Type: 'ORGANIZATION', Value: 'o-ours00000xx', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: first }] },
          { Type: 'ORGANIZATION', Value: 'o-theirs0000x', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: second }] },
        ]),
        ME,
      );
      expect(item).toMatchObject({ managementAccountId: undefined, direction: 'incoming' });
    });

    it('the ARN wins over a MANAGEMENT_ACCOUNT resource naming the caller', () => {
      const caller = '222222222222';
      const item = toHandshakeItem({ ...SEED, Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: caller }] }, caller);
      expect(item).toMatchObject({ managementAccountId: '111111111111', direction: 'incoming' });
    });
  });

  it('prefers the ARN over a body that names another organization', () => {
    expect(toHandshakeItem({ ...SEED, Parties: [{ Type: 'ORGANIZATION', Id: 'o-other00000' }] }, ME)?.organizationId).toBe('o-exampleorgid');
  });
});

/**
 * The ARN's account is the sender's management account only on AWS's INVITE examples; for
 * TRANSFER_RESPONSIBILITY it may be the recipient's (ours). ME manages OURS here; THEIRS is another
 * organization, managed by THEIR_MGMT.
 */
describe('toHandshakeItem: outgoing only when the evidence says our organization sent it', () => {
  const OURS = 'o-ourorg00001';
  const THEIRS = 'o-theirorg001';
  const THEIR_MGMT = '666677778888';
  const INVITEE = '222233334444';
  const arnOf = (account: string, organization: string, type: string): string => `arn:aws:organizations::${account}:handshake/${organization}/${type.toLowerCase()}/h-abcdefgh01`;
  const party = (Type: 'ACCOUNT' | 'EMAIL' | 'ORGANIZATION', Id: string) => ({ Type, Id });
  const handshakeOf = (type: string, arnAccount: string, arnOrganization: string, parties: Handshake['Parties'], caller = ME): HandshakeItem | undefined =>
    toHandshakeItem({ Id: 'h-abcdefgh01', State: 'OPEN', Action: type as Handshake['Action'], Arn: arnOf(arnAccount, arnOrganization, type), Parties: parties }, caller);

  it.each([
    // INVITE: the ARN's reading is confirmed.
    { case: 'an INVITE we sent to an account', type: 'INVITE', arn: [ME, OURS], parties: [party('ACCOUNT', INVITEE), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'an INVITE we sent by email', type: 'INVITE', arn: [ME, OURS], parties: [party('EMAIL', 'new@example.com'), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'an INVITE to us', type: 'INVITE', arn: [THEIR_MGMT, THEIRS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', THEIRS)], direction: 'incoming' },
    { case: 'an INVITE whose ARN names us but whose target is us', type: 'INVITE', arn: [ME, OURS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', OURS)], direction: 'incoming' },
    // TRANSFER_RESPONSIBILITY: the ARN may name either side.
    { case: 'a TRANSFER_RESPONSIBILITY to us, the ARN naming theirs', type: 'TRANSFER_RESPONSIBILITY', arn: [THEIR_MGMT, THEIRS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', THEIRS)], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY to us by id, the ARN naming ours', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', THEIRS)], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY to us by id, the ARN and parties naming ours', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', OURS)], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY to us by email, the ARN naming ours', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('EMAIL', 'billing@ours.example'), party('ORGANIZATION', THEIRS)], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY to us by email, the ARN and parties naming ours', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('EMAIL', 'billing@ours.example'), party('ORGANIZATION', OURS)], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY naming ours with an account and an email as targets', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('ACCOUNT', THEIR_MGMT), party('EMAIL', 'billing@ours.example')], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY naming ours without parties', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [], direction: 'incoming' },
    { case: 'a TRANSFER_RESPONSIBILITY we sent to another management account by id', type: 'TRANSFER_RESPONSIBILITY', arn: [ME, OURS], parties: [party('ACCOUNT', THEIR_MGMT), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'a type AWS adds later, naming ours, to another account', type: 'TRANSFER_EVERYTHING', arn: [ME, OURS], parties: [party('ACCOUNT', THEIR_MGMT), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'a type AWS adds later, naming ours, to an email', type: 'TRANSFER_EVERYTHING', arn: [ME, OURS], parties: [party('EMAIL', 'x@example.com'), party('ORGANIZATION', OURS)], direction: 'incoming' },
    // Own organization's: the ARN alone, as before.
    { case: 'ENABLE_ALL_FEATURES in the management account (AWS\'s example: the organization only)', type: 'ENABLE_ALL_FEATURES', arn: [ME, OURS], parties: [party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'ENABLE_ALL_FEATURES in the management account, naming it as a party', type: 'ENABLE_ALL_FEATURES', arn: [ME, OURS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'APPROVE_ALL_FEATURES in the management account, naming it as a party', type: 'APPROVE_ALL_FEATURES', arn: [ME, OURS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE in the management account', type: 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE', arn: [ME, OURS], parties: [party('ORGANIZATION', OURS)], direction: 'outgoing' },
    { case: 'ENABLE_ALL_FEATURES in a member account', type: 'ENABLE_ALL_FEATURES', arn: [THEIR_MGMT, THEIRS], parties: [party('ACCOUNT', ME), party('ORGANIZATION', THEIRS)], direction: 'incoming' },
  ] as const)('$case: $direction', ({ type, arn: [account, organization], parties, direction }) => {
    expect(handshakeOf(type, account, organization, parties as unknown as Handshake['Parties'])?.direction).toBe(direction);
  });

  it('without an ARN, a MANAGEMENT_ACCOUNT resource naming us does not make a TRANSFER_RESPONSIBILITY sent to us outgoing', () => {
    const item = toHandshakeItem(
      { Id: 'h-abcdefgh01', State: 'OPEN', Action: 'TRANSFER_RESPONSIBILITY', Parties: [party('ACCOUNT', ME)], Resources: [{ Type: 'ORGANIZATION', Value: OURS, Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: ME }] }] },
      ME,
    );
    expect(item).toMatchObject({ direction: 'incoming', organizationId: undefined, managementAccountId: undefined });
  });

  describe('a TRANSFER_RESPONSIBILITY to us whose ARN names our side: its sender is unknown, never our organization', () => {
    /** Both organizations described, ours first (as a recipient-side reading might list them). */
    const transfer: Handshake = {
      Id: 'h-abcdefgh01',
      State: 'OPEN',
      Action: 'TRANSFER_RESPONSIBILITY',
      Arn: arnOf(ME, OURS, 'TRANSFER_RESPONSIBILITY'),
      Parties: [party('ACCOUNT', ME), party('ORGANIZATION', OURS)],
      Resources: [
        { Type: 'ORGANIZATION', Value: OURS, Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: ME }, { Type: 'MANAGEMENT_EMAIL', Value: 'admin@ours.example' }, { Type: 'MANAGEMENT_NAME', Value: 'Us' }] },
        { Type: 'NOTES', Value: 'We will pay your bills' },
      ],
    };

    it('no organization, management account, email or name is read; the notes are', () => {
      expect(toHandshakeItem(transfer, ME)).toMatchObject({
        direction: 'incoming',
        organizationId: undefined,
        managementAccountId: undefined,
        managementEmail: undefined,
        managementName: undefined,
        recipient: undefined,
        notes: 'We will pay your bills',
      });
    });

    it('nor a claimed sender: the body names only our own organization', () => {
      expect(toHandshakeItem(transfer, ME)?.claimedSender).toBeUndefined();
    });

    it('nor an email at the top level that all candidates agree on', () => {
      const item = toHandshakeItem({ ...transfer, Resources: [{ Type: 'MANAGEMENT_EMAIL', Value: 'admin@ours.example' }] }, ME);
      expect(item?.managementEmail).toBeUndefined();
    });

    it.each([
      ['a policy that does not allow its sender', [{ organization: THEIRS }]],
      ['a policy allowing our own organization by id', [{ organization: OURS }]],
      ['a policy allowing our own management account', [{ managementAccount: ME }]],
      ['a policy allowing our own management email', [{ managementEmail: '*@ours.example' }]],
    ] as const)('is declined under %s', (_case, organizationsAllow) => {
      const item = toHandshakeItem(transfer, ME);
      if (item === undefined) throw new Error('no item');
      const decision = decideHandshake(item, buildPolicy({ organizationsAllow }), new Date('2026-01-01T00:00:00Z'));
      expect(decision).toMatchObject({ action: 'decline', reason: expect.stringMatching(/^no organizations\.allow entry can match the TRANSFER_RESPONSIBILITY handshake from an unidentified sender\. To accept one you expect, leave TRANSFER_RESPONSIBILITY out of organizations\.handshake-types/) });
    });
  });

  describe('its claimed sender: what the body says of the other organization, shown but never matched', () => {
    const ourOrganization = { Type: 'ORGANIZATION' as const, Value: OURS, Resources: [{ Type: 'MANAGEMENT_ACCOUNT' as const, Value: ME }, { Type: 'MANAGEMENT_EMAIL' as const, Value: 'admin@ours.example' }, { Type: 'MANAGEMENT_NAME' as const, Value: 'Us' }] };
    const theirOrganization = { Type: 'ORGANIZATION' as const, Value: THEIRS, Resources: [{ Type: 'MANAGEMENT_ACCOUNT' as const, Value: THEIR_MGMT }, { Type: 'MANAGEMENT_EMAIL' as const, Value: 'finance@theirs.example' }, { Type: 'MANAGEMENT_NAME' as const, Value: 'Their billing' }] };
    /** Both organizations described, ours first: a recipient-side reading might list them so. */
    const transfer = (resources: Handshake['Resources'], parties: Handshake['Parties'] = [party('ACCOUNT', ME), party('ORGANIZATION', THEIRS)], arn: string | undefined = arnOf(ME, OURS, 'TRANSFER_RESPONSIBILITY')): Handshake => ({
      Id: 'h-abcdefgh01',
      State: 'OPEN',
      Action: 'TRANSFER_RESPONSIBILITY',
      ...(arn === undefined ? {} : { Arn: arn }),
      Parties: parties,
      Resources: resources,
    });
    const THEIR_CLAIM = { organizationId: THEIRS, managementAccountId: THEIR_MGMT, managementEmail: 'finance@theirs.example', managementName: 'Their billing' };

    it("the other organization's id, management account, email and name; none of ours, and the sender stays unknown", () => {
      const item = toHandshakeItem(transfer([ourOrganization, theirOrganization]), ME);
      expect(item?.claimedSender).toEqual(THEIR_CLAIM);
      expect(item).toMatchObject({ organizationId: undefined, managementAccountId: undefined, managementEmail: undefined, managementName: undefined });
      expect(handshakes.sender(item as HandshakeItem)).toBe('unknown');
    });

    it("without an ARN, ours is the organization whose resources name this account as its management account", () => {
      expect(toHandshakeItem(transfer([ourOrganization, theirOrganization], [party('ACCOUNT', ME)], undefined), ME)?.claimedSender).toEqual(THEIR_CLAIM);
      expect(toHandshakeItem(transfer([ourOrganization], [party('ACCOUNT', ME), party('ORGANIZATION', OURS)], undefined), ME)?.claimedSender).toBeUndefined();
    });

    it('only the id when no resource describes that organization; the older MASTER_* resources read as the newer', () => {
      expect(toHandshakeItem(transfer([ourOrganization]), ME)?.claimedSender).toEqual({ organizationId: THEIRS });
      const older = { Type: 'ORGANIZATION' as const, Value: THEIRS, Resources: [{ Type: 'MASTER_EMAIL' as const, Value: 'finance@theirs.example' }, { Type: 'MASTER_NAME' as const, Value: 'Their billing' }] };
      expect(toHandshakeItem(transfer([older]), ME)?.claimedSender).toEqual({ organizationId: THEIRS, managementEmail: 'finance@theirs.example', managementName: 'Their billing' });
    });

    it('none when the other organization names this account as its management account; nothing read outside its resource', () => {
      // Their resource naming this account as its manager makes it one of ours.
      const namingUs = { ...theirOrganization, Resources: [{ Type: 'MANAGEMENT_ACCOUNT' as const, Value: ME }] };
      expect(toHandshakeItem(transfer([namingUs]), ME)?.claimedSender).toBeUndefined();
      const flat: Handshake['Resources'] = [{ Type: 'ORGANIZATION', Value: THEIRS }, { Type: 'MANAGEMENT_EMAIL', Value: 'admin@ours.example' }];
      expect(toHandshakeItem(transfer(flat), ME)?.claimedSender).toEqual({ organizationId: THEIRS, managementAccountId: undefined, managementEmail: undefined, managementName: undefined });
    });

    it('none when the body names two other organizations, or the sender is identified', () => {
      expect(toHandshakeItem(transfer([theirOrganization], [party('ACCOUNT', ME), party('ORGANIZATION', 'o-thirdorg0001')]), ME)?.claimedSender).toBeUndefined();
      const identified = toHandshakeItem(transfer([theirOrganization], undefined, arnOf(THEIR_MGMT, THEIRS, 'TRANSFER_RESPONSIBILITY')), ME);
      expect(identified).toMatchObject({ organizationId: THEIRS, managementEmail: 'finance@theirs.example' });
      expect(identified).not.toHaveProperty('claimedSender');
    });

    it.each([
      ['its claimed organization', [{ organization: THEIRS }]],
      ['its claimed management account', [{ managementAccount: THEIR_MGMT }]],
      ['its claimed management email', [{ managementEmail: '*@theirs.example' }]],
    ] as const)('no entry naming %s matches it: declined, saying what to do', (_case, organizationsAllow) => {
      const item = toHandshakeItem(transfer([ourOrganization, theirOrganization]), ME) as HandshakeItem;
      const decision = decideHandshake(item, buildPolicy({ organizationsAllow }), new Date('2026-01-01T00:00:00Z'));
      expect(decision).toMatchObject({ action: 'decline' });
      expect(decision.reason).toBe(
        'no organizations.allow entry can match the TRANSFER_RESPONSIBILITY handshake from an unidentified sender. ' +
          'To accept one you expect, leave TRANSFER_RESPONSIBILITY out of organizations.handshake-types (through a reviewed pull request) until 30 days after you accept it, ' +
          'when Organizations stops listing it (a run flags it till then); meanwhile no TRANSFER_RESPONSIBILITY handshake is declined in any guarded account, ' +
          'another one accepted early on may never be flagged, and allow entries narrowed to that type must change too (see docs/policy.md#handshakes-from-an-unidentified-sender)',
      );
    });

    it('accepted before the run: flagged, and its detail says how to stop that (no entry can)', () => {
      const item = toHandshakeItem({ ...transfer([ourOrganization, theirOrganization]), State: 'ACCEPTED' }, ME) as HandshakeItem;
      const decision = decideHandshake(item, buildPolicy({ organizationsAllow: [{ organization: THEIRS }] }), new Date('2026-01-01T00:00:00Z'));
      expect(decision.reason).toBe('accepted before this run, though the policy does not allow it: no organizations.allow entry can match the TRANSFER_RESPONSIBILITY handshake from an unidentified sender');
      expect(decision.acceptedAgainstPolicy).toContain('If it was intended: no organizations.allow entry can match an unidentified sender, but the flag stops by itself');
      expect(decision.acceptedAgainstPolicy).toContain('Leaving TRANSFER_RESPONSIBILITY out of organizations.handshake-types (through a reviewed pull request) until then stops it sooner');
      expect(decision.acceptedAgainstPolicy).not.toContain('allowing the sender');
    });
  });
});

describe('parseHandshakeArn', () => {
  it.each([
    [SEED.Arn, { managementAccountId: '111111111111', organizationId: 'o-exampleorgid' }],
    ['arn:aws-cn:organizations::123456789012:handshake/o-abcdefghij/transfer_responsibility/h-abcdefgh', { managementAccountId: '123456789012', organizationId: 'o-abcdefghij' }],
    ['arn:aws:organizations::1111:handshake/o-exampleorgid/invite/h-x', {}],
    ['arn:aws:iot:eu-west-1:111111111111:cert/abc', {}],
    ['', {}],
    [undefined, {}],
  ])('%s', (arn, parts) => {
    expect(parseHandshakeArn(arn)).toEqual(parts);
  });
});

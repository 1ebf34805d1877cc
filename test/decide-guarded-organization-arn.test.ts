/**
 * isGuardedOrganizationInvite's contract: "only when the handshake names both its id and its management account
 * (the ARN's two fields), as AWS formats them: never from sender-written text". toHandshakeItem falls back to
 * Parties / Resources (documented there as sender-written) when the ARN is missing or of another shape.
 */
import { expect, it } from 'vitest';
import { toHandshakeItem } from '../src/aws/organizations/to-handshake-item.js';
import { decide } from '../src/decide/decide.js';
import { buildPolicy } from './helpers/policy.js';

const GUARDED = { id: 'o-acmeguard01', managementAccount: '400000000000' };
const MEMBER = '111111111111';

it('an INVITE without an ARN, naming the guarded organization only in Parties/Resources, is not exempted', () => {
  const item = toHandshakeItem(
    {
      Id: 'h-spoofspoof01',
      // No Arn (or one of another shape): the organization and management account come from the body.
      Action: 'INVITE',
      State: 'OPEN',
      Parties: [
        { Type: 'ORGANIZATION', Id: 'o-acmeguard01' },
        { Type: 'ACCOUNT', Id: MEMBER },
      ],
      Resources: [
        { Type: 'ORGANIZATION', Value: 'o-acmeguard01', Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: '400000000000' }, { Type: 'MANAGEMENT_EMAIL', Value: 'x@evil.example' }] },
      ],
    },
    MEMBER,
  );
  if (item === undefined) throw new Error('no item');
  expect(item.arn).toBe('');
  const [decision] = decide([item], buildPolicy({ targets: { organization: true } as never }), new Date('2026-01-01T00:00:00Z'), { guardedOrganization: GUARDED });
  // Without the ARN, nothing AWS formatted ties it to the guarded organization: default deny.
  expect(decision?.action).toBe('decline');
});

it('an ARN of another shape (not parsed) falls back to the body too', () => {
  const item = toHandshakeItem(
    {
      Id: 'h-spoofspoof02',
      Arn: 'arn:aws:organizations::999999999999:handshake/O-NOTPARSED/invite/h-spoofspoof02',
      Action: 'INVITE',
      State: 'OPEN',
      Parties: [{ Type: 'ORGANIZATION', Id: 'o-acmeguard01' }],
      Resources: [{ Type: 'MANAGEMENT_ACCOUNT', Value: '400000000000' }],
    },
    MEMBER,
  );
  if (item === undefined) throw new Error('no item');
  const [decision] = decide([item], buildPolicy(), new Date('2026-01-01T00:00:00Z'), { guardedOrganization: GUARDED });
  expect(decision?.action).toBe('decline');
});

it('an INVITE whose ARN names the guarded organization and this account, sent to this very account, is not exempted', () => {
  // Only its management account could be the caller here; a handshake that names it as its target
  // was not sent by it, so the ARN is not taken for the sender's (toHandshakeItem): default deny.
  const item = toHandshakeItem(
    {
      Id: 'h-selftarget01',
      Arn: 'arn:aws:organizations::400000000000:handshake/o-acmeguard01/invite/h-selftarget01',
      Action: 'INVITE',
      State: 'OPEN',
      Parties: [
        { Type: 'ACCOUNT', Id: GUARDED.managementAccount },
        { Type: 'ORGANIZATION', Id: GUARDED.id },
      ],
    },
    GUARDED.managementAccount,
  );
  if (item === undefined) throw new Error('no item');
  expect(item).toMatchObject({ direction: 'incoming', organizationId: undefined });
  const [decision] = decide([item], buildPolicy(), new Date('2026-01-01T00:00:00Z'), { guardedOrganization: GUARDED });
  expect(decision?.action).toBe('decline');
});

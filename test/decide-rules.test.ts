/**
 * One row per rule of the decision engine: an item, a policy fragment and `now` in; the
 * action, the matched entry's index and a piece of the reason out.
 */
import { describe, expect, it } from 'vitest';
import { HANDSHAKE_STATES, type InboundItem } from '../src/model/items.js';
import type { DecisionAction, DecisionContext } from '../src/decide/types.js';
import { decide } from '../src/decide/decide.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';
import { certificateTransfer, handshake } from './helpers/items.js';

const NOW = new Date('2026-06-15T12:00:00Z');

interface Row {
  readonly name: string;
  readonly item: InboundItem;
  readonly policy: PolicyFragment;
  readonly now?: Date;
  readonly action: DecisionAction;
  /** The matched entry's index; undefined when nothing is matched. */
  readonly index?: number;
  /** A fragment of the reason (or all of it). */
  readonly reason: string;
  /** Flagged as accepted before this run (an `ignore` carrying acceptedAgainstPolicy): a fragment of its detail. Absent: not flagged. */
  readonly flagged?: string;
  /** What the run knows beyond the policy; absent: nothing (a run that guards no organization). */
  readonly context?: DecisionContext;
}

function check(row: Row): void {
  const [decision] = decide([row.item], buildPolicy(row.policy), row.now ?? NOW, row.context);
  expect(decision).toBeDefined();
  expect(decision?.item).toBe(row.item);
  expect(decision?.action).toBe(row.action);
  expect(decision?.matched?.index).toBe(row.index);
  expect(decision?.reason).toContain(row.reason);
  // matched is set exactly when the action is allow
  expect(decision?.matched !== undefined).toBe(row.action === 'allow');
  // acceptedAgainstPolicy is set exactly when the row says the item is flagged, and only on an ignore
  if (row.flagged === undefined) expect(decision?.acceptedAgainstPolicy).toBeUndefined();
  else {
    expect(row.action).toBe('ignore');
    expect(decision?.acceptedAgainstPolicy).toContain(row.flagged);
  }
}

const FACTORY = '111122223333';
const PARTNER = '444455556666';
const STRANGER = '999988887777';

describe('certificate transfers', () => {
  const rows: Row[] = [
    {
      name: 'outgoing → ignore, naming the destination',
      item: certificateTransfer({ direction: 'outgoing', sourceAccount: undefined, targetAccount: PARTNER }),
      policy: {},
      action: 'ignore',
      reason: `outgoing transfer to ${PARTNER}: this account is the source; only the destination can reject it`,
    },
    {
      name: 'outgoing is ignored even when nothing would allow its source',
      item: certificateTransfer({ direction: 'outgoing', sourceAccount: STRANGER, targetAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }] },
      action: 'ignore',
      reason: 'only the destination can reject it',
    },
    {
      name: 'outgoing with no known destination → ignore',
      item: certificateTransfer({ direction: 'outgoing', targetAccount: undefined }),
      policy: {},
      action: 'ignore',
      reason: 'outgoing transfer to an account that could not be determined',
    },
    {
      name: 'incoming, unknown source → reject (default deny), even with a catch-all-looking list',
      item: certificateTransfer({ sourceAccount: undefined }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }, { sourceAccount: STRANGER }] },
      action: 'reject',
      reason: 'the source account could not be determined, so no iot.allow entry can match it (default deny)',
    },
    {
      name: 'incoming, empty source string counts as unknown',
      item: certificateTransfer({ sourceAccount: '' }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }] },
      action: 'reject',
      reason: 'could not be determined',
    },
    {
      name: 'incoming, source in iot.allow[0] → allow, citing line and note',
      item: certificateTransfer({ sourceAccount: FACTORY }),
      policy: { iotAllow: [{ sourceAccount: FACTORY, note: 'factory provisioning account' }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by iot.allow[0] (line 5): factory provisioning account',
    },
    {
      name: 'incoming, source not listed → reject',
      item: certificateTransfer({ sourceAccount: STRANGER }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }, { sourceAccount: PARTNER }] },
      action: 'reject',
      reason: `source account ${STRANGER} is not in iot.allow`,
    },
    {
      name: 'incoming, empty iot.allow → reject',
      item: certificateTransfer({ sourceAccount: FACTORY }),
      policy: {},
      action: 'reject',
      reason: `source account ${FACTORY} is not in iot.allow`,
    },
    {
      name: 'the first matching entry is recorded',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }, { sourceAccount: PARTNER, note: 'first' }, { sourceAccount: PARTNER, note: 'second' }] },
      action: 'allow',
      index: 1,
      reason: 'allowed by iot.allow[1] (line 8): first',
    },
    {
      name: 'account ids compare as exact strings (a leading zero matters)',
      item: certificateTransfer({ sourceAccount: '12345678901' }),
      policy: { iotAllow: [{ sourceAccount: '012345678901' }] },
      action: 'reject',
      reason: 'source account 12345678901 is not in iot.allow',
    },
    {
      name: 'until: last second of the day (23:59:59Z) → still in force',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2026-10-31' }] },
      now: new Date('2026-10-31T23:59:59Z'),
      action: 'allow',
      index: 0,
      reason: 'allowed by iot.allow[0] (line 5) until the end of 2026-10-31 (UTC)',
    },
    {
      name: 'until: last millisecond of the day → still in force',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2026-10-31' }] },
      now: new Date('2026-10-31T23:59:59.999Z'),
      action: 'allow',
      index: 0,
      reason: 'allowed by iot.allow[0]',
    },
    {
      name: 'until: first instant of the day → in force',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2026-10-31' }] },
      now: new Date('2026-10-31T00:00:00Z'),
      action: 'allow',
      index: 0,
      reason: 'allowed by iot.allow[0]',
    },
    {
      name: 'until: next day 00:00:00Z → lapsed, and the reason says so',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: FACTORY }, { sourceAccount: PARTNER, until: '2026-10-31' }] },
      now: new Date('2026-11-01T00:00:00Z'),
      action: 'reject',
      reason: `iot.allow[1] (line 8) would allow ${PARTNER} but lapsed at the end of 2026-10-31 (UTC)`,
    },
    {
      name: 'until: same instant seen from a non-UTC offset is still lapsed',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2026-10-31' }] },
      now: new Date('2026-10-31T20:00:00-04:00'),
      action: 'reject',
      reason: 'lapsed at the end of 2026-10-31 (UTC)',
    },
    {
      name: 'a lapsed entry is skipped for a later in-force one',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2025-12-31' }, { sourceAccount: PARTNER, note: 'permanent' }] },
      action: 'allow',
      index: 1,
      reason: 'allowed by iot.allow[1] (line 8): permanent',
    },
    {
      name: 'two lapsed entries: the first is cited',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2025-12-31' }, { sourceAccount: PARTNER, until: '2026-01-31' }] },
      action: 'reject',
      reason: 'iot.allow[0] (line 5) would allow 444455556666 but lapsed at the end of 2025-12-31 (UTC)',
    },
    {
      name: 'a lapsed entry for another account is not mentioned',
      item: certificateTransfer({ sourceAccount: STRANGER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2025-12-31' }] },
      action: 'reject',
      reason: `source account ${STRANGER} is not in iot.allow`,
    },
    {
      name: 'an impossible until date (bypassing the parser) matches nothing',
      item: certificateTransfer({ sourceAccount: PARTNER }),
      policy: { iotAllow: [{ sourceAccount: PARTNER, until: '2026-02-30' }] },
      action: 'reject',
      reason: 'has an until (2026-02-30) that is not a valid YYYY-MM-DD date, so it is treated as lapsed',
    },
  ];
  it.each(rows)('$name', check);
});

const ORG = 'o-exampleorgid';
const MGMT = '222233334444';

describe('handshakes: direction, state, governed types', () => {
  const allowOrg: PolicyFragment = { organizationsAllow: [{ organization: ORG }] };
  const rows: Row[] = [
    {
      name: 'outgoing → ignore',
      item: handshake({ direction: 'outgoing', organizationId: 'o-zzzzzzzzzz' }),
      policy: {},
      action: 'ignore',
      reason: "outgoing handshake: sent by this account's own organization; only the recipient can decline it",
    },
    {
      name: 'outgoing, to a named party → ignore, naming it',
      item: handshake({ direction: 'outgoing', organizationId: 'o-zzzzzzzzzz', recipient: '222233334444' }),
      policy: {},
      action: 'ignore',
      reason: "outgoing handshake to 222233334444: sent by this account's own organization; only the recipient can decline it",
    },
    {
      name: 'outgoing → ignore even when the type is not governed and the state is final',
      item: handshake({ direction: 'outgoing', type: 'FUTURE_THING', state: 'DECLINED' }),
      policy: { handshakeTypes: ['INVITE'] },
      action: 'ignore',
      reason: 'outgoing handshake',
    },
    ...HANDSHAKE_STATES.filter((state) => state !== 'ACCEPTED').map(
      (state): Row =>
        state === 'OPEN' || state === 'REQUESTED'
          ? {
              name: `state ${state}, not allowed → decline`,
              item: handshake({ state, organizationId: 'o-zzzzzzzzzz' }),
              policy: allowOrg,
              action: 'decline',
              reason: 'no organizations.allow entry matches the INVITE handshake from organization o-zzzzzzzzzz',
            }
          : {
              name: `state ${state} → ignore`,
              item: handshake({ state, organizationId: 'o-zzzzzzzzzz' }),
              policy: allowOrg,
              action: 'ignore',
              reason: `already ${state}; only OPEN and REQUESTED handshakes can be declined`,
            },
    ),
    {
      name: 'state compares exactly: "open" is not OPEN',
      item: handshake({ state: 'open', organizationId: 'o-zzzzzzzzzz' }),
      policy: allowOrg,
      action: 'ignore',
      reason: 'in state open, which this release does not know; only OPEN and REQUESTED handshakes can be declined',
    },
    {
      name: 'a state AWS adds later is named as unknown, not "already"',
      item: handshake({ state: 'PENDING_REVIEW', organizationId: 'o-zzzzzzzzzz' }),
      policy: allowOrg,
      action: 'ignore',
      reason: 'in state PENDING_REVIEW, which this release does not know; only OPEN and REQUESTED handshakes can be declined',
    },
    {
      name: 'a final state is ignored even when an entry would allow it',
      item: handshake({ state: 'DECLINED' }),
      policy: allowOrg,
      action: 'ignore',
      reason: 'already DECLINED',
    },
    {
      name: 'type outside a narrowed organizations.handshake-types → ignore',
      item: handshake({ type: 'TRANSFER_RESPONSIBILITY', organizationId: 'o-zzzzzzzzzz' }),
      policy: { handshakeTypes: ['INVITE'] },
      action: 'ignore',
      reason: 'type TRANSFER_RESPONSIBILITY is not governed by organizations.handshake-types',
    },
    {
      name: 'type inside a narrowed organizations.handshake-types → judged',
      item: handshake({ type: 'INVITE', organizationId: 'o-zzzzzzzzzz' }),
      policy: { handshakeTypes: ['INVITE'] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'handshake-types [] turns handshakes off',
      item: handshake({ type: 'INVITE', organizationId: 'o-zzzzzzzzzz' }),
      policy: { handshakeTypes: [] },
      action: 'ignore',
      reason: 'type INVITE is not governed',
    },
    {
      name: 'an unknown future type → ignore, even with every known type governed',
      item: handshake({ type: 'TRANSFER_EVERYTHING', organizationId: 'o-zzzzzzzzzz' }),
      policy: {},
      action: 'ignore',
      reason: 'type TRANSFER_EVERYTHING is not governed by organizations.handshake-types',
    },
    {
      name: 'types compare exactly: "invite" is not INVITE',
      item: handshake({ type: 'invite' }),
      policy: {},
      action: 'ignore',
      reason: 'type invite is not governed',
    },
  ];
  it.each(rows)('$name', check);
});

describe('handshakes: organizations.allow entries', () => {
  const rows: Row[] = [
    {
      name: 'organization matches → allow',
      item: handshake({ organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, note: 'our parent org' }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0] (line 20): our parent org',
    },
    {
      name: 'organization differs → decline, describing the sender',
      item: handshake({ organizationId: 'o-zzzzzzzzzz', managementAccountId: MGMT, managementEmail: 'boss@evil.io' }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'decline',
      reason:
        'no organizations.allow entry matches the INVITE handshake from organization o-zzzzzzzzzz, management account 222233334444, management email boss@evil.io',
    },
    {
      name: 'management account matches → allow',
      item: handshake({ managementAccountId: MGMT }),
      policy: { organizationsAllow: [{ managementAccount: MGMT }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0] (line 20)',
    },
    {
      name: 'management account differs → decline',
      item: handshake({ managementAccountId: '999999999999' }),
      policy: { organizationsAllow: [{ managementAccount: MGMT }] },
      action: 'decline',
      reason: 'management account 999999999999',
    },
    {
      name: 'all fields must match: organization right, management account wrong → decline',
      item: handshake({ organizationId: ORG, managementAccountId: '999999999999' }),
      policy: { organizationsAllow: [{ organization: ORG, managementAccount: MGMT }] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'all fields must match: organization and account right, email wrong → decline',
      item: handshake({ organizationId: ORG, managementAccountId: MGMT, managementEmail: 'x@other.com' }),
      policy: { organizationsAllow: [{ organization: ORG, managementAccount: MGMT, managementEmail: '*@example.com' }] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'all three fields match → allow',
      item: handshake({ organizationId: ORG, managementAccountId: MGMT, managementEmail: 'x@example.com' }),
      policy: { organizationsAllow: [{ organization: ORG, managementAccount: MGMT, managementEmail: '*@example.com' }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0]',
    },
    {
      name: 'an item with no organization never matches an entry that sets one',
      item: handshake({ organizationId: undefined }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'decline',
      reason: 'from management account 222233334444',
    },
    {
      name: 'an item that carries nothing identifying is described as such',
      item: handshake({ organizationId: undefined, managementAccountId: undefined, managementEmail: undefined }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'decline',
      reason: 'no organizations.allow entry can match the INVITE handshake from an unidentified sender',
    },
    {
      name: 'an item with no email never matches an entry that sets one, even "*"',
      item: handshake({ managementEmail: undefined }),
      policy: { organizationsAllow: [{ managementEmail: '*' }] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'an empty email counts as no email',
      item: handshake({ managementEmail: '' }),
      policy: { organizationsAllow: [{ managementEmail: '*' }] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'an item with no email still matches an entry that sets no email',
      item: handshake({ managementEmail: undefined, organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0]',
    },
    {
      name: 'an entry that names nobody (bypassing the parser) allows nothing',
      item: handshake(),
      policy: { organizationsAllow: [{ note: 'empty' }] },
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'the first matching entry is recorded',
      item: handshake({ organizationId: ORG, managementAccountId: MGMT }),
      policy: {
        organizationsAllow: [{ organization: 'o-zzzzzzzzzz' }, { managementAccount: MGMT, note: 'by account' }, { organization: ORG }],
      },
      action: 'allow',
      index: 1,
      reason: 'allowed by organizations.allow[1] (line 23): by account',
    },
    {
      name: "entry handshake-types leave the item's type out → decline, saying so",
      item: handshake({ type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }] },
      action: 'decline',
      reason:
        'organizations.allow[0] (line 20) names the sender of the TRANSFER_RESPONSIBILITY handshake from organization o-exampleorgid, management account 222233334444, management email admin@example.com but its handshake-types cover only INVITE',
    },
    {
      name: "entry handshake-types include the item's type → allow",
      item: handshake({ type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE', 'TRANSFER_RESPONSIBILITY'] }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0]',
    },
    {
      name: 'a narrowed entry is skipped for a later one that covers the type',
      item: handshake({ type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }, { organization: ORG }] },
      action: 'allow',
      index: 1,
      reason: 'allowed by organizations.allow[1] (line 23)',
    },
    {
      name: 'until: last second of the day → in force',
      item: handshake({ organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, until: '2026-10-31', note: 'migration' }] },
      now: new Date('2026-10-31T23:59:59Z'),
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0] (line 20) until the end of 2026-10-31 (UTC): migration',
    },
    {
      name: 'until: next day 00:00:00Z → lapsed, and the reason says so',
      item: handshake({ organizationId: ORG, managementAccountId: undefined, managementEmail: undefined }),
      policy: { organizationsAllow: [{ organization: ORG, until: '2026-10-31' }] },
      now: new Date('2026-11-01T00:00:00Z'),
      action: 'decline',
      reason:
        'organizations.allow[0] (line 20) would allow the INVITE handshake from organization o-exampleorgid but lapsed at the end of 2026-10-31 (UTC)',
    },
    {
      name: 'lapsed is reported before a type mismatch',
      item: handshake({ type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: {
        organizationsAllow: [
          { organization: ORG, handshakeTypes: ['INVITE'] },
          { organization: ORG, until: '2026-01-01' },
        ],
      },
      action: 'decline',
      reason: 'organizations.allow[1] (line 23) would allow',
    },
    {
      name: 'sender-written text that is not plain id/email text is not echoed',
      item: handshake({ organizationId: undefined, managementAccountId: undefined, managementEmail: '<img src=x>@evil.io' }),
      policy: { organizationsAllow: [{ managementEmail: '*@example.com' }] },
      action: 'decline',
      reason: 'management email (a value of 19 characters with unusual characters, not shown)',
    },
  ];
  it.each(rows)('$name', check);
});

/**
 * A handshake from an unidentified sender: no entry can match it. Only a TRANSFER_RESPONSIBILITY
 * (the one type whose ARN may name our side) is told how to get one through, with what that costs;
 * any other type (an INVITE, the main protection) gets the plain reason.
 */
describe('handshakes from an unidentified sender: what the reason advises', () => {
  const unidentified = (type: string, state = 'OPEN') => handshake({ type, state, organizationId: undefined, managementAccountId: undefined, managementEmail: undefined });
  const decideOne = (type: string, state?: string) => decide([unidentified(type, state)], buildPolicy({ organizationsAllow: [{ organization: ORG }] }), NOW)[0];
  const COSTS = [
    'no TRANSFER_RESPONSIBILITY handshake is declined in any guarded account',
    'another one accepted early on may never be flagged',
    'allow entries narrowed to that type must change too',
    'docs/policy.md#handshakes-from-an-unidentified-sender',
  ];

  it('a pending INVITE: the plain reason, never advice to ungovern INVITE', () => {
    expect(decideOne('INVITE')).toMatchObject({ action: 'decline', reason: 'no organizations.allow entry can match the INVITE handshake from an unidentified sender' });
  });

  it('a pending TRANSFER_RESPONSIBILITY: how to accept one you expect, and what that costs', () => {
    const decision = decideOne('TRANSFER_RESPONSIBILITY');
    expect(decision?.action).toBe('decline');
    expect(decision?.reason).toContain('To accept one you expect, leave TRANSFER_RESPONSIBILITY out of organizations.handshake-types');
    for (const cost of COSTS) expect(decision?.reason).toContain(cost);
  });

  it('an accepted TRANSFER_RESPONSIBILITY: waiting is offered first, ungoverning second with its costs; no organization is named', () => {
    const detail = decideOne('TRANSFER_RESPONSIBILITY', 'ACCEPTED')?.acceptedAgainstPolicy ?? '';
    const wait = detail.indexOf('the flag stops by itself once Organizations stops listing the handshake, 30 days after it was accepted');
    const ungovern = detail.indexOf('Leaving TRANSFER_RESPONSIBILITY out of organizations.handshake-types');
    expect(wait).toBeGreaterThan(0);
    expect(ungovern).toBeGreaterThan(wait);
    for (const cost of COSTS) expect(detail).toContain(cost);
    expect(detail).toContain("The organization that sent it may now be responsible for this organization's billing");
    expect(detail).not.toMatch(/that organization/i);
  });

  it('an accepted INVITE: the flag stops by itself; no advice to ungovern INVITE', () => {
    const detail = decideOne('INVITE', 'ACCEPTED')?.acceptedAgainstPolicy ?? '';
    expect(detail).toContain('the flag stops by itself once Organizations stops listing the handshake');
    expect(detail).toContain('The account may now be a member of the organization that sent it');
    expect(detail).not.toContain('handshake-types');
  });
});

describe('handshakes accepted before this run', () => {
  const stranger = { organizationId: 'o-zzzzzzzzzz', managementAccountId: MGMT, managementEmail: undefined };
  const rows: Row[] = [
    {
      name: 'governed type, no entry matches → flagged (still an ignore: nothing to decline)',
      item: handshake({ state: 'ACCEPTED', ...stranger }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'ignore',
      reason:
        'accepted before this run, though the policy does not allow it: no organizations.allow entry matches the INVITE handshake from organization o-zzzzzzzzzz, management account 222233334444',
      flagged: 'Accepted in this account before this run: the handshake listing shows it ACCEPTED (Organizations keeps finished handshakes listed for 30 days)',
    },
    {
      name: 'the detail names the sender, says the policy does not allow it, and what to do (INVITE: membership)',
      item: handshake({ state: 'ACCEPTED', ...stranger }),
      policy: {},
      action: 'ignore',
      reason: 'no organizations.allow entry matches',
      flagged:
        'It is the INVITE handshake from organization o-zzzzzzzzzz, management account 222233334444, which the policy does not allow. The account may now be a member of that organization: review its organization membership now. If it was intended, acknowledge it by allowing the sender in organizations.allow through a reviewed pull request; the report then stops flagging it.',
    },
    {
      name: 'TRANSFER_RESPONSIBILITY: the detail says to review the billing transfer',
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_RESPONSIBILITY', ...stranger }),
      policy: {},
      action: 'ignore',
      reason: 'the TRANSFER_RESPONSIBILITY handshake from organization o-zzzzzzzzzz',
      flagged: "responsible for this organization's billing: review the billing transfer now",
    },
    {
      name: 'an in-force entry allows it → left alone, as any final handshake',
      item: handshake({ state: 'ACCEPTED', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG }] },
      action: 'ignore',
      reason: 'already ACCEPTED; only OPEN and REQUESTED handshakes can be declined',
    },
    {
      name: 'an in-force entry with until allows it → left alone',
      item: handshake({ state: 'ACCEPTED', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, until: '2026-12-31' }] },
      action: 'ignore',
      reason: 'already ACCEPTED',
    },
    {
      name: 'only a lapsed entry matches → not flagged: it may have been in force when it was accepted',
      item: handshake({ state: 'ACCEPTED', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, until: '2026-01-31' }] },
      action: 'ignore',
      reason: 'already ACCEPTED',
    },
    {
      name: 'a lapsed entry wins over one that leaves the type out → not flagged',
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }, { organization: ORG, until: '2026-01-01' }] },
      action: 'ignore',
      reason: 'already ACCEPTED',
    },
    {
      name: "the entry that names the sender leaves the type out → flagged, saying so",
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_RESPONSIBILITY', organizationId: ORG }),
      policy: { organizationsAllow: [{ organization: ORG, handshakeTypes: ['INVITE'] }] },
      action: 'ignore',
      reason: 'accepted before this run, though the policy does not allow it: organizations.allow[0] (line 20) names the sender of the TRANSFER_RESPONSIBILITY handshake from organization o-exampleorgid',
      flagged: 'which the policy does not allow',
    },
    {
      name: 'an entry for another organization does not help',
      item: handshake({ state: 'ACCEPTED', ...stranger }),
      policy: { organizationsAllow: [{ organization: ORG }, { managementAccount: '999999999999' }] },
      action: 'ignore',
      reason: 'no organizations.allow entry matches',
      flagged: 'Accepted in this account before this run',
    },
    {
      name: 'outgoing → ignored as before, never flagged',
      item: handshake({ state: 'ACCEPTED', direction: 'outgoing', ...stranger }),
      policy: {},
      action: 'ignore',
      reason: 'outgoing handshake',
    },
    {
      name: 'a type outside organizations.handshake-types → ignored as before',
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_RESPONSIBILITY', ...stranger }),
      policy: { handshakeTypes: ['INVITE'] },
      action: 'ignore',
      reason: 'already ACCEPTED; only OPEN and REQUESTED handshakes can be declined',
    },
    {
      name: 'handshake-types [] → ignored as before',
      item: handshake({ state: 'ACCEPTED', ...stranger }),
      policy: { handshakeTypes: [] },
      action: 'ignore',
      reason: 'already ACCEPTED',
    },
    {
      name: 'an unknown future type → ignored as before',
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_EVERYTHING', ...stranger }),
      policy: {},
      action: 'ignore',
      reason: 'already ACCEPTED',
    },
    ...(['DECLINED', 'CANCELED', 'EXPIRED'] as const).map(
      (state): Row => ({
        name: `${state} from a sender nothing allows → ignored as before`,
        item: handshake({ state, ...stranger }),
        policy: {},
        action: 'ignore',
        reason: `already ${state}; only OPEN and REQUESTED handshakes can be declined`,
      }),
    ),
    {
      name: 'states compare exactly: "accepted" is not ACCEPTED',
      item: handshake({ state: 'accepted', ...stranger }),
      policy: {},
      action: 'ignore',
      reason: 'in state accepted, which this release does not know',
    },
    {
      name: 'sender-written text in the detail is described, not echoed',
      item: handshake({ state: 'ACCEPTED', organizationId: undefined, managementAccountId: undefined, managementEmail: '<img src=x>@evil.io' }),
      policy: {},
      action: 'ignore',
      reason: 'management email (a value of 19 characters with unusual characters, not shown)',
      flagged: 'from management email (a value of 19 characters with unusual characters, not shown), which the policy does not allow',
    },
  ];
  it.each(rows)('$name', check);
});

describe('handshakes: an INVITE from the organization the run guards (targets.organization)', () => {
  // As organization.yml's o-acmeguard01: ListAccounts' Arns name it and its management account.
  const GUARDED = { id: 'o-acmeguard01', managementAccount: '400000000000' };
  const orgMode: DecisionContext = { guardedOrganization: GUARDED };
  const own = { organizationId: GUARDED.id, managementAccountId: GUARDED.managementAccount, managementEmail: 'aws-root@acme.example' };
  const from = 'the INVITE handshake from organization o-acmeguard01, management account 400000000000, management email aws-root@acme.example';
  const rows: Row[] = [
    {
      name: 'ACCEPTED: how the account joined the guarded organization → not flagged, the reason names it',
      item: handshake({ state: 'ACCEPTED', ...own }),
      policy: {},
      context: orgMode,
      action: 'ignore',
      reason: `already ACCEPTED: ${from} comes from the organization this run guards (targets.organization: its ListAccounts named it): that is how the account joined it, not against the policy`,
    },
    {
      name: 'OPEN: the guarded organization inviting an account the run guards → not declined',
      item: handshake({ state: 'OPEN', ...own }),
      policy: {},
      context: orgMode,
      action: 'ignore',
      reason: `${from} comes from the organization this run guards (targets.organization: its ListAccounts named it): it is how an account joins that organization, so it is not declined`,
    },
    {
      name: 'REQUESTED: the same',
      item: handshake({ state: 'REQUESTED', ...own }),
      policy: {},
      context: orgMode,
      action: 'ignore',
      reason: 'so it is not declined',
    },
    {
      name: 'an entry naming the guarded organization changes nothing: the organization rule comes first (it never lapses)',
      item: handshake({ state: 'OPEN', ...own }),
      policy: { organizationsAllow: [{ organization: GUARDED.id, until: '2026-06-20' }] },
      context: orgMode,
      action: 'ignore',
      reason: 'comes from the organization this run guards',
    },
    {
      name: 'a run that guards no organization (one account, targets.accounts): ACCEPTED is flagged as before',
      item: handshake({ state: 'ACCEPTED', ...own }),
      policy: {},
      action: 'ignore',
      reason: `accepted before this run, though the policy does not allow it: no organizations.allow entry matches ${from}`,
      flagged: 'review its organization membership now',
    },
    {
      name: 'a run that guards no organization: OPEN is declined as before',
      item: handshake({ state: 'OPEN', ...own }),
      policy: {},
      action: 'decline',
      reason: `no organizations.allow entry matches ${from}`,
    },
    {
      name: 'there, organizations.allow naming it is what allows it',
      item: handshake({ state: 'OPEN', ...own }),
      policy: { organizationsAllow: [{ organization: GUARDED.id }] },
      action: 'allow',
      index: 0,
      reason: 'allowed by organizations.allow[0]',
    },
    {
      name: 'another organization than the one guarded: flagged',
      item: handshake({ state: 'ACCEPTED', organizationId: 'o-p76zu5911y', managementAccountId: '777788889999' }),
      policy: {},
      context: orgMode,
      action: 'ignore',
      reason: 'no organizations.allow entry matches the INVITE handshake from organization o-p76zu5911y',
      flagged: 'review its organization membership now',
    },
    {
      name: 'the guarded id with another management account (not what ListAccounts named): declined',
      item: handshake({ state: 'OPEN', ...own, managementAccountId: '777788889999' }),
      policy: {},
      context: orgMode,
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'the guarded id with no management account known: declined (both must be read)',
      item: handshake({ state: 'OPEN', ...own, managementAccountId: undefined }),
      policy: {},
      context: orgMode,
      action: 'decline',
      reason: 'no organizations.allow entry matches',
    },
    {
      name: 'only INVITE: a TRANSFER_RESPONSIBILITY from the guarded organization is declined',
      item: handshake({ state: 'OPEN', type: 'TRANSFER_RESPONSIBILITY', ...own }),
      policy: {},
      context: orgMode,
      action: 'decline',
      reason: 'no organizations.allow entry matches the TRANSFER_RESPONSIBILITY handshake from organization o-acmeguard01',
    },
    {
      name: 'only INVITE: an accepted TRANSFER_RESPONSIBILITY from it is flagged',
      item: handshake({ state: 'ACCEPTED', type: 'TRANSFER_RESPONSIBILITY', ...own }),
      policy: {},
      context: orgMode,
      action: 'ignore',
      reason: 'no organizations.allow entry matches',
      flagged: 'review the billing transfer now',
    },
    {
      name: 'INVITE not governed: not judged, as any other',
      item: handshake({ state: 'OPEN', ...own }),
      policy: { handshakeTypes: ['TRANSFER_RESPONSIBILITY'] },
      context: orgMode,
      action: 'ignore',
      reason: 'type INVITE is not governed by organizations.handshake-types',
    },
  ];
  it.each(rows)('$name', check);
});

describe('handshakes: management-email patterns', () => {
  interface EmailRow {
    readonly pattern: string;
    readonly email: string;
    readonly action: DecisionAction;
  }
  const rows: EmailRow[] = [
    { pattern: '*@example.com', email: 'a@example.com', action: 'allow' },
    { pattern: '*@example.com', email: 'a@example.com.evil.io', action: 'decline' },
    { pattern: '*@example.com', email: 'a@sub.example.com', action: 'decline' },
    { pattern: '*example.com', email: 'a@sub.example.com', action: 'allow' },
    { pattern: '*@example.com', email: 'a@evilexample.com', action: 'decline' },
    { pattern: '*@example.com', email: '@example.com', action: 'allow' },
    { pattern: '*@*.example.com', email: 'a@sub.example.com', action: 'allow' },
    { pattern: '*@*.example.com', email: 'a@example.com', action: 'decline' },
    { pattern: '*@example.com', email: 'A@EXAMPLE.COM', action: 'allow' },
    { pattern: 'ADMIN@Example.Com', email: 'admin@example.com', action: 'allow' },
    { pattern: 'admin@example.com', email: 'admin@example.com', action: 'allow' },
    { pattern: 'admin@example.com', email: 'xadmin@example.com', action: 'decline' },
    { pattern: 'admin@example.com', email: 'admin@example.comx', action: 'decline' },
    { pattern: 'a.b@example.com', email: 'axb@example.com', action: 'decline' },
    { pattern: 'a.b@example.com', email: 'a.b@example.com', action: 'allow' },
    { pattern: 'a+b@example.com', email: 'aab@example.com', action: 'decline' },
    { pattern: 'a+b@example.com', email: 'a+b@example.com', action: 'allow' },
    { pattern: 'ab?@example.com', email: 'a@example.com', action: 'decline' },
    { pattern: 'ab?@example.com', email: 'ab?@example.com', action: 'allow' },
    { pattern: 'a(@example.com', email: 'a(@example.com', action: 'allow' },
    { pattern: '(a|b)@example.com', email: 'a@example.com', action: 'decline' },
    { pattern: '[ab]@example.com', email: 'a@example.com', action: 'decline' },
    { pattern: '^a$@example.com', email: '^a$@example.com', action: 'allow' },
    { pattern: 'a\\d@example.com', email: 'a1@example.com', action: 'decline' },
    { pattern: '.*@example.com', email: 'a@example.com', action: 'decline' },
    { pattern: '*', email: 'anyone@anywhere.io', action: 'allow' },
    { pattern: 'a**b@x.io', email: 'ab@x.io', action: 'allow' },
    { pattern: 'ab*ab@x.io', email: 'ab@x.io', action: 'decline' },
    { pattern: '*@kelvin.com', email: 'a@\u212Aelvin.com', action: 'decline' },
  ];
  it.each(rows)('"$pattern" vs "$email" → $action', ({ pattern, email, action }) => {
    const item = handshake({ managementEmail: email });
    const [decision] = decide([item], buildPolicy({ organizationsAllow: [{ managementEmail: pattern }] }), NOW);
    expect(decision?.action).toBe(action);
    expect(decision?.matched?.index).toBe(action === 'allow' ? 0 : undefined);
  });
});

/**
 * Safety rules that surviving mutants showed untested (issue 14, "Mutation score"). Each block
 * names the rule whose mutant it kills, by file and function (never by line: lines move); each was
 * confirmed by applying the mutant by hand and seeing it fail.
 */
import type { Handshake, HandshakeResource } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions, type Effects } from '../src/act/execute.js';
import { parseHandshakeArn, toHandshakeItem } from '../src/aws/organizations/to-handshake-item.js';
import { getCallerAccount } from '../src/aws/sts/get-caller-account.js';
import { decide } from '../src/decide/decide.js';
import { matchesEmailPattern } from '../src/decide/email-pattern.js';
import { lapsesAt, lapsingWithin } from '../src/decide/in-force.js';
import { shown } from '../src/decide/reasons.js';
import type { Decision } from '../src/decide/types.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { certificateTransfer, handshake } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { rejectsWith } from './helpers/rejections.js';

const DAY = 86_400_000;
const ME = '210987654321';

describe('policy/normalise.ts: the until of an organizations.allow entry is kept (an expired entry must not allow)', () => {
  const text = 'version: 1\norganizations:\n  allow:\n    - organization: o-exampleorgid11\n      until: 2026-01-31\n';

  it('is carried into the policy', () => {
    const result = parsePolicy(text, 'p.yml');
    expect(result.ok && result.policy.organizations.allow[0]?.until).toBe('2026-01-31');
  });

  it('so a handshake from that organization is allowed on the last day and declined the day after', () => {
    const result = parsePolicy(text, 'p.yml');
    if (!result.ok) throw new Error('the policy should be valid');
    const item = handshake({ organizationId: 'o-exampleorgid11' });
    expect(decide([item], result.policy, new Date('2026-01-31T23:59:59.999Z'))[0]?.action).toBe('allow');
    expect(decide([item], result.policy, new Date('2026-02-01T00:00:00Z'))[0]?.action).toBe('decline');
  });
});

describe('decide/email-pattern.ts: middle segments are consumed (`from = at + segment.length`)', () => {
  it.each([
    ['*a*a*', 'a', false],
    ['*a*a*', 'aa', true],
    ['*ab*ab*@x', 'ab@x', false],
    ['*ab*ab*@x', 'abab@x', true],
    ['*@*ex*ex*', 'a@ex', false],
    ['a*b*b*c', 'abc', false],
    ['a*b*b*c', 'abbc', true],
  ])('%s against %s → %s', (pattern, email, matches) => {
    expect(matchesEmailPattern(pattern, email)).toBe(matches);
  });
});

describe('decide/reasons.ts: PRINTABLE is anchored at both ends (sender text is described, not echoed)', () => {
  it.each(['o-abc<script>::warning::x', '<script>::warning::x o-abc', 'o-abc\n::error::x', 'ok@example.com '])('%j is not echoed', (value) => {
    expect(shown(value)).toBe(`(a value of ${value.length} characters with unusual characters, not shown)`);
  });

  it('plain id and email text is', () => {
    expect(shown('o-abc')).toBe('o-abc');
    expect(shown('ops+aws@example.com')).toBe('ops+aws@example.com');
  });
});

describe('aws/organizations/to-handshake-item.ts: toHandshakeItem', () => {
  const base: Handshake = { Id: 'h-abcdefgh', Action: 'INVITE', State: 'OPEN' };
  const org = (id: string, ...children: HandshakeResource[]): HandshakeResource => ({ Type: 'ORGANIZATION', Value: id, Resources: children });
  const email = (value: string): HandshakeResource => ({ Type: 'MANAGEMENT_EMAIL', Value: value });

  describe('parseHandshakeArn (model/organization.ts): the ARN pattern is anchored and exact', () => {
    it.each([
      ['text before the ARN', 'x arn:aws:organizations::111111111111:handshake/o-exampleorgid/invite/h-x'],
      ['a 13-digit account', 'arn:aws:organizations::1111111111112:handshake/o-exampleorgid/invite/h-x'],
      ['another service', 'arn:aws:iam::111111111111:handshake/o-exampleorgid/invite/h-x'],
      ['no organization id', 'arn:aws:organizations::111111111111:handshake/invite/h-x'],
      ['an upper-case organization id', 'arn:aws:organizations::111111111111:handshake/O-EXAMPLEORGID/invite/h-x'],
      ['an organization id with other characters', 'arn:aws:organizations::111111111111:handshake/o-exa<mple>/invite/h-x'],
      ['an organization id not followed by /', 'arn:aws:organizations::111111111111:handshake/o-exampleorgid'],
      ['an organization id cut at a colon', 'arn:aws:organizations::111111111111:handshake/o-abc:x/invite/h-x'],
      ['organizations:: only after another service', 'arn:aws:iam::999999999999:role/x:organizations::111111111111:handshake/o-exampleorgid/invite/h-x'],
    ])('%s: nothing is read from it', (_, arn) => {
      expect(parseHandshakeArn(arn)).toEqual({});
    });

    it('an ARN naming this account after junk does not make a stranger\'s handshake outgoing', () => {
      const item = toHandshakeItem({ ...base, Arn: `junk:arn:aws:organizations::${ME}:handshake/o-exampleorgid/invite/h-x` }, ME);
      expect(item?.direction).toBe('incoming');
    });
  });

  describe('organizationFromBody: without an ARN, the organization comes from ORGANIZATION parties and resources only', () => {
    it('an ACCOUNT party (the recipient) is not an organization', () => {
      const item = toHandshakeItem({ ...base, Parties: [{ Type: 'ACCOUNT', Id: ME }, { Type: 'ORGANIZATION', Id: 'o-sender1234' }], Resources: [org('o-sender1234')] }, ME);
      expect(item?.organizationId).toBe('o-sender1234');
    });

    it('an ORGANIZATION party without an Id does not make the organization unknown', () => {
      const item = toHandshakeItem({ ...base, Parties: [{ Type: 'ORGANIZATION', Id: '' }], Resources: [org('o-sender1234')] }, ME);
      expect(item?.organizationId).toBe('o-sender1234');
    });

    it('a resource naming another organization than the party makes it unknown', () => {
      const item = toHandshakeItem({ ...base, Parties: [{ Type: 'ORGANIZATION', Id: 'o-sender1234' }], Resources: [org('o-other12345')] }, ME);
      expect(item?.organizationId).toBeUndefined();
    });

    it('the resources count too: a party alone is enough, a resource alone is enough', () => {
      expect(toHandshakeItem({ ...base, Parties: [{ Type: 'ORGANIZATION', Id: 'o-sender1234' }] }, ME)?.organizationId).toBe('o-sender1234');
      expect(toHandshakeItem({ ...base, Resources: [org('o-sender1234')] }, ME)?.organizationId).toBe('o-sender1234');
    });
  });

  describe("senderResources and senderValue: the sender's email is read under the sender's own ORGANIZATION resource", () => {
    it('with the organization unknown, an ORGANIZATION resource without a value is not taken for the sender\'s', () => {
      const item = toHandshakeItem(
        { ...base, Parties: [{ Type: 'ORGANIZATION', Id: 'o-sender1234' }, { Type: 'ORGANIZATION', Id: 'o-other12345' }], Resources: [{ Type: 'ORGANIZATION', Resources: [email('evil@attacker.example')] }, email('real@sender.example')] },
        ME,
      );
      expect(item?.organizationId).toBeUndefined();
      // Unscoped, the two candidates disagree: no email at all (default deny), not the first one.
      expect(item?.managementEmail).toBeUndefined();
    });

    it('with no ORGANIZATION resource for the sender, a single top-level email is still read', () => {
      const item = toHandshakeItem({ ...base, Arn: 'arn:aws:organizations::111111111111:handshake/o-sender1234/invite/h-abcdefgh', Resources: [email('ops@sender.example')] }, ME);
      expect(item?.managementEmail).toBe('ops@sender.example');
    });

    it("under the sender's ORGANIZATION, an email nested deeper is read too", () => {
      const item = toHandshakeItem(
        { ...base, Arn: 'arn:aws:organizations::111111111111:handshake/o-sender1234/invite/h-abcdefgh', Resources: [org('o-sender1234', { Type: 'NOTES', Value: 'n', Resources: [email('deep@sender.example')] })] },
        ME,
      );
      expect(item?.managementEmail).toBe('deep@sender.example');
    });

    it("under the sender's ORGANIZATION, its email wins over another organization's listed first", () => {
      const item = toHandshakeItem(
        { ...base, Arn: 'arn:aws:organizations::111111111111:handshake/o-sender1234/invite/h-abcdefgh', Resources: [org('o-ours123456', email('us@ours.example')), org('o-sender1234', email('them@sender.example'))] },
        ME,
      );
      expect(item?.managementEmail).toBe('them@sender.example');
    });
  });

  describe('flatten: resources are read to a depth of 8, no deeper, and a cycle ends', () => {
    /** MANAGEMENT_ACCOUNT (the sender's, not ours) nested `depth` levels below the top-level resource list. */
    const SENDER = '999988887777';
    const nested = (depth: number): HandshakeResource[] => {
      let resources: HandshakeResource[] = [{ Type: 'MANAGEMENT_ACCOUNT', Value: SENDER }];
      for (let i = 0; i < depth; i++) resources = [{ Type: 'NOTES', Value: `level ${depth - i - 1}`, Resources: resources }];
      return resources;
    };

    // Without an ARN the management account is read from the resources (naming us there would not
    // make the handshake outgoing: only the ARN can; toHandshakeItem, directionOf).
    it('a resource at depth 8 is read', () => {
      expect(toHandshakeItem({ ...base, Resources: nested(8) }, ME)).toMatchObject({ managementAccountId: SENDER, direction: 'incoming' });
    });

    it('a resource at depth 9 is not', () => {
      expect(toHandshakeItem({ ...base, Resources: nested(9) }, ME)).toMatchObject({ managementAccountId: undefined, direction: 'incoming' });
    });

    it('a resource that contains itself is read a bounded number of times, without throwing', () => {
      const loop: HandshakeResource = { Type: 'NOTES', Value: 'again' };
      loop.Resources = [loop, loop];
      expect(toHandshakeItem({ ...base, Resources: [loop] }, ME)?.notes).toBe('again');
    });
  });
});

describe('act/execute.ts, executeDecisions: a plan of exactly the budget is carried out', () => {
  const decisions: Decision[] = ['a', 'b', 'c'].map((c) => ({ item: certificateTransfer({ certificateId: c.repeat(64) }), action: 'reject' as const, reason: 'not allowed' }));
  const effects = (): { effects: Effects; writes: string[] } => {
    const writes: string[] = [];
    return {
      writes,
      effects: {
        write: async (w) => void writes.push(w.target),
      },
    };
  };

  it('3 planned, budget 3: all three written', async () => {
    const { effects: e, writes } = effects();
    const results = await executeDecisions(decisions, { mode: 'enforce', effects: e, budget: resolveBudget(3, undefined, 3), policy: buildPolicy({ rejectReason: 'r' }) });
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(writes).toHaveLength(3);
  });

  it('3 planned, budget 2: none written', async () => {
    const { effects: e, writes } = effects();
    const results = await executeDecisions(decisions, { mode: 'enforce', effects: e, budget: resolveBudget(2, undefined, 3), policy: buildPolicy({ rejectReason: 'r' }) });
    expect(results.map((r) => r.outcome)).toEqual(['held-by-budget', 'held-by-budget', 'held-by-budget']);
    expect(writes).toEqual([]);
  });
});

describe('policy/semantic-checks.ts: organizationsIssues', () => {
  const issues = (text: string) => {
    const result = parsePolicy(text, 'p.yml');
    return result.ok ? [] : result.issues.map((i) => [i.line, i.key, i.message]);
  };

  it('governedTypes: with the default governed types, an entry narrowed to an ungoverned type is an error', () => {
    expect(issues('version: 1\norganizations:\n  allow:\n    - organization: o-exampleorgid11\n      handshake-types: [ENABLE_ALL_FEATURES]\n')).toEqual([
      [
        5,
        'organizations.allow[0].handshake-types[0]',
        'ENABLE_ALL_FEATURES is not a governed type (organizations.handshake-types governs only `INVITE` and `TRANSFER_RESPONSIBILITY`), so this entry could never apply to it. Add ENABLE_ALL_FEATURES to organizations.handshake-types or remove it here.',
      ],
    ]);
  });

  it('duplicates: an entry for every governed type duplicates one that lists them all', () => {
    const found = issues('version: 1\norganizations:\n  allow:\n    - organization: o-exampleorgid11\n    - organization: o-exampleorgid11\n      handshake-types: [TRANSFER_RESPONSIBILITY, INVITE]\n');
    expect(found).toHaveLength(1);
    expect(found[0]?.slice(0, 2)).toEqual([5, 'organizations.allow[1]']);
    expect(found[0]?.[2]).toContain('duplicates organizations.allow[0] (line 4): both allow organization o-exampleorgid11 for INVITE, TRANSFER_RESPONSIBILITY.');
  });
});

describe('policy/read-yaml.ts, structuralIssues: a tag on a key is refused like a tag on a value', () => {
  it.each([
    ['!custom', 'version: 1\n!custom iot: {}\n'],
    ['!!binary', 'version: 1\n!!binary aW90: {}\n'],
  ])('%s', (tag, text) => {
    const result = parsePolicy(text, 'p.yml');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toContain(`the tag \`${tag}\` is not allowed in a policy file: remove it (quote the value if it is text).`);
  });
});

describe('aws/sts/get-caller-account.ts, getCallerAccount (isAccountId): the caller account is exactly 12 digits (it decides incoming vs outgoing)', () => {
  const sts = new STSClient({ region: 'us-east-1', credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' } });
  const stsMock = mockClient(sts);

  it.each(['2109876543210', 'x210987654321', '210987654321x', '21098765432'])('%s is refused', async (account) => {
    stsMock.reset();
    stsMock.on(GetCallerIdentityCommand).resolves({ Account: account });
    await rejectsWith(getCallerAccount(sts), /no usable account id/);
  });
});

describe('decide/in-force.ts, lapsingWithin: the lapsing window includes its far end and excludes the lapse itself', () => {
  const lapse = lapsesAt('2026-12-31')?.getTime() ?? Number.NaN;
  it.each([
    ['at the lapse: already lapsed', 0, undefined],
    ['1 ms before', 1, 0],
    ['exactly 14 days before', 14 * DAY, 14],
    ['14 days and 1 ms before', 14 * DAY + 1, undefined],
  ])('%s', (_, before, daysLeft) => {
    const result = lapsingWithin('2026-12-31', new Date(lapse - before), 14);
    expect(result?.daysLeft).toBe(daysLeft);
    if (daysLeft !== undefined) expect(result?.lapsesAt).toBe('2027-01-01T00:00:00.000Z');
  });
});

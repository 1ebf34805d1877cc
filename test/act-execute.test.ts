import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPlanned, resolveBudget } from '../src/act/budget.js';
import { executeDecisions, LOST_REPLY, type ActEvent, type Effects } from '../src/act/execute.js';
import { possibleOutcomes } from '../src/act/outcomes.js';
import type { ItemResult } from '../src/act/types.js';
import type { Decision, DecisionAction } from '../src/decide/types.js';
import { kindNamed } from '../src/kinds/registry.js';
import type { RaceEndState } from '../src/aws/errors.js';
import { InvitationNoLongerPendingError } from '../src/aws/security/unprocessed.js';
import { addUnansweredAttempts } from '../src/aws/unanswered-attempts.js';
import { decide } from '../src/decide/decide.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { acceptedAgainstPolicy } from '../src/decide/verdicts.js';
import type { CertificateTransferItem, InboundItem } from '../src/model/items.js';
import { anyKindItemArb } from './arbitraries.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation, THIS_ACCOUNT as ME } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { rejectsWith } from './helpers/rejections.js';

type Call =
  | { readonly effect: 'reject'; readonly account: string; readonly region: string; readonly certificateId: string; readonly reason: string }
  | { readonly effect: 'decline'; readonly account: string; readonly id: string }
  /** Any other kind's write. */
  | { readonly effect: 'write'; readonly kind: string; readonly account: string; readonly region: string; readonly target: string };

/** Effects that record every call; `fail(call)` may throw to simulate AWS. */
function recordingEffects(fail: (call: Call) => unknown = () => undefined): { effects: Effects; calls: Call[] } {
  const calls: Call[] = [];
  const run = async (call: Call): Promise<void> => {
    calls.push(call);
    await Promise.resolve();
    const error = fail(call);
    if (error !== undefined) throw error;
  };
  return {
    calls,
    effects: {
      write: (w) =>
        run(
          w.kind === 'certificate-transfer'
            ? { effect: 'reject', account: w.account, region: w.region ?? '', certificateId: w.target, reason: w.rejectReason ?? '' }
            : w.kind === 'handshake'
              ? { effect: 'decline', account: w.account, id: w.target }
              : { effect: 'write', kind: w.kind, account: w.account, region: w.region ?? '', target: w.target },
        ),
    },
  };
}

const awsError = (name: string, message: string): Error => Object.assign(new Error(message), { name });
/** An error as a client of clients.ts throws it after `unanswered` attempts of the call got no answer or a 5xx. */
const afterLostReplies = <E extends Error>(error: E, unanswered = 1): E => (addUnansweredAttempts(error, unanswered), error);
/** The policy the decisions were made under: its reject reason names the certificate. */
const POLICY = buildPolicy({ rejectReason: 'Rejected: {certificate-id}' });
const NOW = new Date('2026-11-21T00:00:00Z');
const REJECTED_A = `Rejected: ${'a'.repeat(64)}`;
const roomy = (decisions: readonly Decision[]) => resolveBudget(1000, undefined, decisions.filter((d) => d.action === 'reject' || d.action === 'decline').length);

const cert = (c: string, overrides: Partial<CertificateTransferItem> = {}): CertificateTransferItem => certificateTransfer({ certificateId: c.repeat(64), ...overrides });
const decision = (item: InboundItem, action: DecisionAction): Decision => ({ item, action, reason: `because ${action}` });

// ---- property tests -----------------------------------------------------------------------

/** Any decision at all, of any kind, even ones the engine would never make (reject a handshake, decline an outgoing one …). */
const anyDecisionArb: fc.Arbitrary<Decision> = fc
  .record({ item: anyKindItemArb(), action: fc.constantFrom<DecisionAction>('allow', 'reject', 'decline', 'ignore'), reason: fc.string({ maxLength: 20 }) })
  .map(({ item, action, reason }) => ({ item, action, reason }));

/** Each kind's write, written out here rather than read from the registry. */
const WRITE_OF: Record<InboundItem['kind'], 'reject' | 'decline'> = { 'certificate-transfer': 'reject', handshake: 'decline', 'resource-share-invitation': 'reject', 'security-invitation': 'decline' };

/** Whether a write may be made at all: incoming transfers and handshakes, pending invitations. */
const writable = (item: InboundItem): boolean =>
  'direction' in item ? item.direction === 'incoming' : item.kind === 'resource-share-invitation' ? item.status === 'PENDING' : item.status.toLowerCase() === 'invited';

/** An ignore that flags the item as accepted before the run (nothing to write, reported accepted-meanwhile). */
const flagged = (item: InboundItem): Decision => acceptedAgainstPolicy(item, 'accepted before this run', `Accepted before this run: ${item.kind}`);

/** Decisions the engine can make: each kind's own write, only on what may be written to; an ignore may be flagged. */
const wellFormedDecisionArb: fc.Arbitrary<Decision> = anyKindItemArb().chain((item) => {
  const write = WRITE_OF[item.kind];
  const actions: (DecisionAction | 'flagged')[] = writable(item) ? ['allow', 'ignore', 'flagged', write, write] : ['ignore', 'flagged'];
  return fc.constantFrom(...actions).map((action) => (action === 'flagged' ? flagged(item) : decision(item, action)));
});

const isWrite = (d: Decision): boolean => d.action === 'reject' || d.action === 'decline';
const callKey = (call: Call): string =>
  call.effect === 'reject' ? `reject ${call.region} ${call.certificateId}` : call.effect === 'decline' ? `decline ${call.id}` : `${call.kind} ${call.region} ${call.target}`;
const decisionKey = (d: Decision): string =>
  d.item.kind === 'certificate-transfer'
    ? `reject ${d.item.region} ${d.item.certificateId}`
    : d.item.kind === 'handshake'
      ? `decline ${d.item.id}`
      : d.item.kind === 'resource-share-invitation'
        ? `${d.item.kind} ${d.item.region} ${d.item.invitationArn}`
        : `${d.item.kind} ${d.item.region} ${d.item.service === 'detective' ? d.item.invitationId : d.item.administratorAccountId}`;

describe('executeDecisions, properties', () => {
  it('dry-run and plan never call an effect, whatever the decisions and the budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyDecisionArb, { maxLength: 25 }), fc.constantFrom('dry-run' as const, 'plan' as const), fc.nat({ max: 30 }), async (decisions, mode, limit) => {
        const { effects, calls } = recordingEffects();
        const results = await executeDecisions(decisions, { mode, budget: resolveBudget(limit, undefined, decisions.filter(isWrite).length), effects, policy: POLICY });
        expect(calls).toEqual([]);
        expect(results.map((r) => r.decision)).toEqual(decisions);
        for (const result of results) expect(['rejected', 'declined', 'held-by-budget', 'already-handled']).not.toContain(result.outcome);
      }),
    );
  });

  it('enforce with a tripped budget calls no effect and holds every planned item', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wellFormedDecisionArb, { maxLength: 25 }), async (decisions) => {
        const planned = decisions.filter(isWrite).length;
        fc.pre(planned > 0);
        const { effects, calls } = recordingEffects();
        const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(planned - 1, undefined, planned), effects, policy: POLICY });
        expect(calls).toEqual([]);
        expect(results.map((r) => r.outcome === 'held-by-budget')).toEqual(decisions.map(isWrite));
      }),
    );
  });

  it('enforce calls effects exactly for the reject and decline decisions, once each, and never for allow or ignore', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(wellFormedDecisionArb, { maxLength: 25 }), async (decisions) => {
        const { effects, calls } = recordingEffects();
        const results = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
        expect(calls.map(callKey).sort()).toEqual(decisions.filter(isWrite).map(decisionKey).sort());
        expect(results.map((r) => r.decision)).toEqual(decisions);
        const expected: Record<DecisionAction, ItemResult['outcome']> = { allow: 'allowed', ignore: 'ignored', reject: 'rejected', decline: 'declined' };
        expect(results.map((r) => r.outcome)).toEqual(decisions.map((d) => (d.acceptedAgainstPolicy === undefined ? expected[d.action] : 'accepted-meanwhile')));
      }),
    );
  });

  it('every outcome is one possibleOutcomes lists for its mode, decision and budget: the table the merge refuses a shard report by', async () => {
    // How each write goes, in turn: it succeeds, fails, or races and a re-read finds it in some end state (or cannot tell);
    // and whether an earlier attempt of its call went unanswered (the race may then be with our own write).
    const fateArb = fc.constantFrom<'ok' | 'denied' | RaceEndState | 'unknown'>('ok', 'denied', 'accepted', 'declined', 'rejected', 'expired', 'withdrawn', 'gone', 'pending', 'unknown');
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(anyDecisionArb, wellFormedDecisionArb), { maxLength: 20 }),
        fc.constantFrom('dry-run' as const, 'plan' as const, 'enforce' as const),
        fc.nat({ max: 25 }),
        fc.array(fc.tuple(fateArb, fc.boolean()), { minLength: 1, maxLength: 8 }),
        async (decisions, mode, limit, fates) => {
          let call = 0;
          const fateOf = new Map<string, (typeof fates)[number][0]>();
          const { effects } = recordingEffects((c) => {
            const [fate, lost] = fates[call++ % fates.length] ?? ['ok', false];
            fateOf.set(callKey(c), fate);
            if (fate === 'ok') return undefined;
            const error = fate === 'denied' ? awsError('AccessDeniedException', 'no') : awsError('TransferAlreadyCompletedException', 'raced');
            return lost ? afterLostReplies(error) : error;
          });
          const endState = async (w: Parameters<NonNullable<Effects['endState']>>[0]): Promise<RaceEndState | undefined> => {
            const fate = [...fateOf.entries()].find(([key]) => key.endsWith(w.target))?.[1];
            return fate === 'ok' || fate === 'denied' || fate === 'unknown' ? undefined : fate;
          };
          const budget = resolveBudget(limit, undefined, countPlanned(decisions));
          const results = await executeDecisions(decisions, mode === 'enforce' ? { mode, budget, effects: { ...effects, endState }, policy: POLICY } : { mode, budget, policy: POLICY });
          for (const { decision: d, outcome, detail } of results) {
            const possible = possibleOutcomes({ mode, action: d.action, verb: kindNamed(d.item.kind).verb, tripped: budget.tripped });
            expect(possible).toContain(outcome);
            seen.add(`${mode} ${d.action} ${outcome}`);
            if (detail?.startsWith(LOST_REPLY) === true) seen.add(`${mode} ${d.action} ${outcome} after a lost reply`);
          }
        },
      ),
      { numRuns: 300 },
    );
    // The runs reached every outcome of enforce (not a table that only ever saw previews).
    for (const outcome of ['rejected', 'declined', 'already-handled', 'accepted-meanwhile', 'failed', 'held-by-budget', 'rejected after a lost reply', 'declined after a lost reply']) {
      expect([...seen].some((s) => s.startsWith('enforce') && s.endsWith(` ${outcome}`))).toBe(true);
    }
  });

  it.each([
    ['dry-run', 'reject', 'reject', false, ['would-reject', 'failed']],
    ['plan', 'decline', 'decline', true, ['would-decline', 'failed']],
    ['enforce', 'reject', 'reject', false, ['rejected', 'already-handled', 'accepted-meanwhile', 'failed']],
    ['enforce', 'decline', 'decline', true, ['held-by-budget', 'failed']],
    ['enforce', 'reject', 'decline', false, ['failed']],
    ['dry-run', 'allow', 'reject', false, ['allowed']],
    ['enforce', 'ignore', 'decline', true, ['ignored', 'accepted-meanwhile']],
  ] as const)('possibleOutcomes: %s, a %s of a kind that is to %s (tripped: %s)', (mode, action, verb, tripped, outcomes) => {
    expect(possibleOutcomes({ mode, action, verb, tripped })).toEqual(outcomes);
  });

  it('enforce never calls an effect for a decision that cannot be right (any decisions)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyDecisionArb, { maxLength: 25 }), async (decisions) => {
        const { effects, calls } = recordingEffects();
        await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
        const allowedWrites = decisions.filter((d) => writable(d.item) && d.action === WRITE_OF[d.item.kind]);
        expect(calls.map(callKey).sort()).toEqual(allowedWrites.map(decisionKey).sort());
      }),
    );
  });
});

// ---- examples -----------------------------------------------------------------------------

describe('executeDecisions', () => {
  const mixed: Decision[] = [
    decision(cert('a'), 'reject'),
    decision(handshake({ id: 'h-allowed01' }), 'allow'),
    decision(handshake({ id: 'h-decline01' }), 'decline'),
    decision(cert('b', { direction: 'outgoing' }), 'ignore'),
  ];

  it.each(['dry-run', 'plan'] as const)('%s reports the writes enforce would make, with the reason', async (mode) => {
    const results = await executeDecisions(mixed, { mode, budget: roomy(mixed), policy: POLICY });
    expect(results).toEqual([
      { decision: mixed[0], outcome: 'would-reject', rejectReason: REJECTED_A },
      { decision: mixed[1], outcome: 'allowed' },
      { decision: mixed[2], outcome: 'would-decline' },
      { decision: mixed[3], outcome: 'ignored' },
    ]);
  });

  it('enforce writes and records the reason sent', async () => {
    const { effects, calls } = recordingEffects();
    const results = await executeDecisions(mixed, { mode: 'enforce', budget: roomy(mixed), effects, policy: POLICY });
    expect(results.map((r) => [r.outcome, r.rejectReason])).toEqual([
      ['rejected', REJECTED_A],
      ['allowed', undefined],
      ['declined', undefined],
      ['ignored', undefined],
    ]);
    expect(calls).toEqual([
      { effect: 'reject', account: ME, region: 'eu-west-1', certificateId: 'a'.repeat(64), reason: REJECTED_A },
      { effect: 'decline', account: ME, id: 'h-decline01' },
    ]);
  });

  it('cuts the reject reason to 128 characters before sending and reporting it', async () => {
    const { effects, calls } = recordingEffects();
    const decisions = [decision(cert('a'), 'reject')];
    const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: buildPolicy({ rejectReason: 'y'.repeat(300) }) });
    expect(result?.rejectReason).toBe('y'.repeat(128));
    expect(calls).toEqual([{ effect: 'reject', account: ME, region: 'eu-west-1', certificateId: 'a'.repeat(64), reason: 'y'.repeat(128) }]);
  });

  it('a policy without reject-reason at a long path is valid, and sends the default reason with the path shortened from the front', async () => {
    const path = `${'platform/security/'.repeat(5)}policies/inbound-guard.yml`;
    const parsed = parsePolicy('version: 1\nlimits:\n  max-actions: 5\n', path);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const { effects, calls } = recordingEffects();
    const decisions = [decision(cert('a', { sourceAccount: '999988887777' }), 'reject')];
    const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: parsed.policy });
    const reason = `Transfer from 999988887777 is not allowlisted by ...${path.slice(-76)}`;
    expect(reason).toHaveLength(128);
    expect(result?.rejectReason).toBe(reason);
    expect(calls).toEqual([{ effect: 'reject', account: ME, region: 'eu-west-1', certificateId: 'a'.repeat(64), reason }]);
  });

  it('a tripped budget holds every planned item, writes nothing, and says so once', async () => {
    const { effects, calls } = recordingEffects();
    const events: ActEvent[] = [];
    const budget = resolveBudget(1, undefined, 2);
    const results = await executeDecisions(mixed, { mode: 'enforce', budget, effects, policy: POLICY, log: (e) => events.push(e) });
    expect(calls).toEqual([]);
    expect(results.map((r) => r.outcome)).toEqual(['held-by-budget', 'allowed', 'held-by-budget', 'ignored']);
    expect(events).toEqual([{ type: 'budget-tripped', budget }]);
  });

  it('treats a budget that understates the planned writes as tripped', async () => {
    const { effects, calls } = recordingEffects();
    const understated = { limit: 1, source: 'input' as const, planned: 1, tripped: false };
    const results = await executeDecisions(mixed, { mode: 'enforce', budget: understated, effects, policy: POLICY });
    expect(calls).toEqual([]);
    expect(results[0]?.outcome).toBe('held-by-budget');
  });

  it.each([
    ['TransferAlreadyCompletedException', 'reject', ''],
    ['ResourceNotFoundException', 'reject', ''],
    ['HandshakeAlreadyInStateException', 'decline', 'Already declined ('],
    ['InvalidHandshakeTransitionException', 'decline', ''],
    ['HandshakeNotFoundException', 'decline', 'No longer found in this account (cancelled or withdrawn by the sender, or rejected) ('],
  ] as const)('a race (%s) is already-handled, with what became of it when the error tells, and what AWS said', async (name, action, state) => {
    const { effects } = recordingEffects(() => awsError(name, 'someone got there first'));
    const decisions = [decision(action === 'reject' ? cert('a') : handshake(), action)];
    const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
    expect(result).toMatchObject({ outcome: 'already-handled', detail: `${state}${name}: someone got there first${state ? ')' : ''}` });
  });

  describe('a race after an attempt whose reply was lost (no answer, or a 5xx: the write may have been made then)', () => {
    const gd = securityInvitation({ service: 'guardduty' });
    const detective = securityInvitation({ service: 'detective', invitationId: 'arn:aws:detective:us-east-1:999988887777:graph:0123456789abcdef' });
    // [kind, item, error, the re-read's answer ('none': no re-read), outcome, the detail's start]
    it.each([
      ['IoT', cert('a'), 'TransferAlreadyCompletedException', 'gone', 'rejected', LOST_REPLY],
      ['IoT', cert('a'), 'TransferAlreadyCompletedException', undefined, 'rejected', LOST_REPLY],
      ['IoT', cert('a'), 'TransferAlreadyCompletedException', 'accepted', 'accepted-meanwhile', 'Accepted in this account after it was listed ('],
      ['IoT', cert('a'), 'TransferAlreadyCompletedException', 'pending', 'failed', 'Still pending'],
      ['handshake', handshake(), 'HandshakeAlreadyInStateException', 'none', 'declined', LOST_REPLY],
      ['handshake', handshake(), 'InvalidHandshakeTransitionException', 'declined', 'declined', LOST_REPLY],
      ['handshake', handshake(), 'InvalidHandshakeTransitionException', 'withdrawn', 'already-handled', 'Withdrawn by the sender ('],
      ['handshake', handshake(), 'InvalidHandshakeTransitionException', 'accepted', 'accepted-meanwhile', 'Accepted in this account after it was listed ('],
      ['handshake', handshake(), 'InvalidHandshakeTransitionException', undefined, 'already-handled', 'InvalidHandshakeTransitionException: '],
      ['handshake', handshake(), 'HandshakeNotFoundException', 'none', 'already-handled', 'No longer found in this account'],
      ['RAM', resourceShareInvitation(), 'ResourceShareInvitationAlreadyRejectedException', 'none', 'rejected', LOST_REPLY],
      ['RAM', resourceShareInvitation(), 'ResourceShareInvitationArnNotFoundException', 'none', 'already-handled', 'Withdrawn by the sender ('],
      ['RAM', resourceShareInvitation(), 'ResourceShareInvitationExpiredException', 'none', 'already-handled', 'Expired ('],
      ['GuardDuty', gd, 'InvitationNoLongerPending', 'gone', 'declined', LOST_REPLY],
      ['GuardDuty', gd, 'InvitationNoLongerPending', undefined, 'declined', LOST_REPLY],
      ['GuardDuty', gd, 'InvitationNoLongerPending', 'accepted', 'accepted-meanwhile', 'Accepted in this account after it was listed ('],
      ['Detective', detective, 'ResourceNotFoundException', 'gone', 'declined', LOST_REPLY],
      ['Detective', detective, 'ConflictException', 'accepted', 'accepted-meanwhile', 'Accepted in this account after it was listed ('],
    ] as const)('%s: %s, re-read %s, is %s', async (_kind, item, name, reRead, outcome, detail) => {
      const error = name === 'InvitationNoLongerPending' ? new InvitationNoLongerPendingError('GuardDuty did not decline the invitation; it is no longer pending.') : awsError(name, 'already done');
      const { effects } = recordingEffects(() => afterLostReplies(error));
      const endState = reRead === 'none' ? async () => expect.unreachable('the error tells') : async () => reRead;
      const decisions = [decision(item, kindNamed(item.kind).verb)];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState }, policy: POLICY });
      expect(result?.outcome).toBe(outcome);
      expect(result?.detail).toMatch(new RegExp(`^${detail.replace(/[()]/g, '\\$&')}`));
      if (detail === LOST_REPLY) expect(result?.detail).toMatch(new RegExp(` ${outcome} already \\(${name}: `));
    });

    it('names what AWS answered the retry, and keeps the reject reason sent', async () => {
      const { effects } = recordingEffects(() => afterLostReplies(awsError('TransferAlreadyCompletedException', 'The transfer is already complete.'), 2));
      const decisions = [decision(cert('a'), 'reject')];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState: async () => 'gone' }, policy: POLICY });
      expect(result).toEqual({
        decision: decisions[0],
        outcome: 'rejected',
        detail: "Made by this run: an earlier attempt's reply was lost (no answer, or a server error), and the retry found it rejected already (TransferAlreadyCompletedException: The transfer is already complete.)",
        rejectReason: REJECTED_A,
      });
    });

    it('a race met without an unanswered attempt (a first try, or retries after throttling only) stays already-handled', async () => {
      const decisions = [decision(cert('a'), 'reject'), decision(handshake(), 'decline'), decision(securityInvitation(), 'decline')];
      const { effects } = recordingEffects((c) =>
        c.effect === 'reject' ? awsError('TransferAlreadyCompletedException', 'done') : c.effect === 'decline' ? awsError('HandshakeAlreadyInStateException', 'done') : new InvitationNoLongerPendingError('gone', 'gone'),
      );
      const results = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState: async () => 'gone' }, policy: POLICY });
      expect(results.map((r) => r.outcome)).toEqual(['already-handled', 'already-handled', 'already-handled']);
    });

    it('a failure after a lost reply is still a failure', async () => {
      const { effects } = recordingEffects(() => afterLostReplies(awsError('InternalFailureException', 'still broken')));
      const decisions = [decision(cert('a'), 'reject')];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
      expect(result).toMatchObject({ outcome: 'failed', detail: 'InternalFailureException: still broken' });
    });
  });

  describe('a race whose item was accepted in this account meanwhile', () => {
    const race = (name: string) => recordingEffects(() => awsError(name, 'someone got there first'));

    it('is accepted-meanwhile when the re-read says accepted, with what AWS said', async () => {
      const { effects } = race('TransferAlreadyCompletedException');
      const asked: string[] = [];
      const withReRead: Effects = { ...effects, endState: async (w) => (asked.push(w.target), 'accepted') };
      const decisions = [decision(cert('a'), 'reject')];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: withReRead, policy: POLICY });
      expect(result).toMatchObject({ outcome: 'accepted-meanwhile', detail: 'Accepted in this account after it was listed (TransferAlreadyCompletedException: someone got there first)' });
      expect(asked).toEqual(['a'.repeat(64)]);
    });

    it('is already-handled when the re-read says gone, and when the re-read fails', async () => {
      const { effects } = race('TransferAlreadyCompletedException');
      const decisions = [decision(cert('a'), 'reject')];
      const gone = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState: async () => 'gone' }, policy: POLICY });
      expect(gone[0]).toMatchObject({ outcome: 'already-handled', detail: expect.stringMatching(/^No longer found in this account .*\(TransferAlreadyCompletedException: /) });
      const broken = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState: () => Promise.reject(new Error('no')) }, policy: POLICY });
      expect(broken[0]).toMatchObject({ outcome: 'already-handled', detail: 'TransferAlreadyCompletedException: someone got there first' });
    });

    it("a RAM invitation already accepted is accepted-meanwhile from the error's name alone (no re-read)", async () => {
      const { effects } = race('ResourceShareInvitationAlreadyAcceptedException');
      let reRead = false;
      const item = resourceShareInvitation();
      const decisions = [decision(item, 'reject')];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects: { ...effects, endState: async () => ((reRead = true), undefined) }, policy: POLICY });
      expect(result?.outcome).toBe('accepted-meanwhile');
      expect(reRead).toBe(false);
    });

    it('a transfer the sweep already found accepted is accepted-meanwhile in every mode, nothing is written for it, and it uses no budget', async () => {
      const accepted = cert('b', { acceptedStatus: 'ACTIVE' });
      const decisions = decide([cert('a'), accepted], POLICY, NOW);
      expect(decisions.map((d) => d.action)).toEqual(['reject', 'ignore']);
      expect(countPlanned(decisions)).toBe(1);
      for (const mode of ['dry-run', 'plan', 'enforce'] as const) {
        const { effects, calls } = recordingEffects();
        const results = await executeDecisions(decisions, { mode, budget: resolveBudget(1, undefined, countPlanned(decisions)), effects, policy: POLICY });
        expect(results.map((r) => r.outcome)).toEqual([mode === 'enforce' ? 'rejected' : 'would-reject', 'accepted-meanwhile']);
        expect(results[1]?.detail).toMatch(/found it ACTIVE and owned by this account/);
        expect(calls.map((c) => ('certificateId' in c ? c.certificateId : ''))).toEqual(mode === 'enforce' ? ['a'.repeat(64)] : []);
      }
    });

    it('a reject decision for a transfer found accepted is refused, never sent', async () => {
      const { effects, calls } = recordingEffects();
      const decisions = [decision(cert('b', { acceptedStatus: 'ACTIVE' }), 'reject')];
      const [result] = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
      expect(result).toMatchObject({ outcome: 'failed', detail: expect.stringMatching(/^Refused: DescribeCertificate found this certificate accepted/) });
      expect(calls).toEqual([]);
    });

    it('an accepted transfer the policy allows stays allowed', async () => {
      const results = await executeDecisions([decision(cert('b', { acceptedStatus: 'ACTIVE' }), 'allow')], { mode: 'enforce', budget: roomy([]), effects: recordingEffects().effects, policy: POLICY });
      expect(results[0]?.outcome).toBe('allowed');
    });
  });

  describe('a handshake accepted before this run (an ignore carrying acceptedAgainstPolicy)', () => {
    const DETAIL = 'Accepted in this account before this run: the handshake listing shows it ACCEPTED.';
    const accepted = acceptedAgainstPolicy(handshake({ id: 'h-accepted01', state: 'ACCEPTED' }), 'accepted before this run, though the policy does not allow it: …', DETAIL);
    const open = decision(handshake({ id: 'h-decline01' }), 'decline');

    it.each(['dry-run', 'plan', 'enforce'] as const)('%s: accepted-meanwhile with its detail, and no write is attempted for it', async (mode) => {
      const { effects, calls } = recordingEffects();
      const decisions = [accepted, open];
      const results = await executeDecisions(decisions, { mode, budget: roomy(decisions), effects, policy: POLICY });
      expect(results[0]).toEqual({ decision: accepted, outcome: 'accepted-meanwhile', detail: DETAIL });
      expect(results[1]?.outcome).toBe(mode === 'enforce' ? 'declined' : 'would-decline');
      expect(calls).toEqual(mode === 'enforce' ? [{ effect: 'decline', account: ME, id: 'h-decline01' }] : []);
    });

    it('is not a planned write: max-actions 0 with one accepted handshake does not trip the budget', async () => {
      const { effects, calls } = recordingEffects();
      const events: ActEvent[] = [];
      const budget = resolveBudget(0, undefined, countPlanned([accepted]));
      expect(budget).toMatchObject({ planned: 0, tripped: false });
      const results = await executeDecisions([accepted], { mode: 'enforce', budget, effects, policy: POLICY, log: (e) => events.push(e) });
      expect(results.map((r) => r.outcome)).toEqual(['accepted-meanwhile']);
      expect(calls).toEqual([]);
      expect(events).toEqual([]);
    });

    it('a budget tripped by the other items holds them, and still reports the accepted one (never held)', async () => {
      const { effects, calls } = recordingEffects();
      const decisions = [accepted, open];
      const results = await executeDecisions(decisions, { mode: 'enforce', budget: resolveBudget(0, undefined, countPlanned(decisions)), effects, policy: POLICY });
      expect(results.map((r) => r.outcome)).toEqual(['accepted-meanwhile', 'held-by-budget']);
      expect(calls).toEqual([]);
    });
  });

  it('a failure in the middle is failed with its detail, and every other item is still done', async () => {
    const decisions = ['a', 'b', 'c', 'd', 'e'].map((c) => decision(cert(c), 'reject'));
    decisions.push(decision(handshake({ id: 'h-first0001' }), 'decline'), decision(handshake({ id: 'h-second001' }), 'decline'));
    const { effects, calls } = recordingEffects((call) => {
      if (call.effect === 'reject' && call.certificateId === 'c'.repeat(64)) return awsError('AccessDeniedException', 'not authorized');
      if (call.effect === 'decline' && call.id === 'h-first0001') return awsError('ServiceException', 'internal');
      return undefined;
    });
    const events: ActEvent[] = [];
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY, concurrency: 2, log: (e) => events.push(e) });
    expect(results.map((r) => r.outcome)).toEqual(['rejected', 'rejected', 'failed', 'rejected', 'rejected', 'failed', 'declined']);
    expect(results[2]?.detail).toBe('AccessDeniedException: not authorized');
    expect(results[5]?.detail).toBe('ServiceException: internal');
    expect(calls).toHaveLength(7);
    expect(events.filter((e) => e.type === 'write-finished').map((e) => e.type === 'write-finished' && e.index).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses, without calling anything, decisions that cannot be right', async () => {
    const decisions = [
      decision(handshake(), 'reject'),
      decision(cert('a'), 'decline'),
      decision(cert('b', { direction: 'outgoing' }), 'reject'),
      decision(handshake({ direction: 'outgoing' }), 'decline'),
    ];
    const { effects, calls } = recordingEffects();
    const results = await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY });
    expect(calls).toEqual([]);
    expect(results.map((r) => r.outcome)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(results.every((r) => r.detail?.startsWith('Refused:'))).toBe(true);
  });

  it('works out every write before writing anything: a policy that cannot fill in the second reject reason writes nothing', async () => {
    const decisions = [decision(cert('a'), 'reject'), decision(cert('b'), 'reject')];
    const { effects, calls } = recordingEffects();
    let reads = 0;
    // The first reason is filled in from iot; reading it again for the second one fails.
    const policy = {
      ...POLICY,
      get iot(): typeof POLICY.iot {
        reads += 1;
        if (reads > 1) throw new Error('template broke');
        return POLICY.iot;
      },
    };
    await rejectsWith(executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy }), 'template broke');
    expect(reads).toBe(2);
    expect(calls).toEqual([]);
  });

  it('writes at most `concurrency` at once per lane (account and region; account for handshakes), every lane at once', async () => {
    const running = new Map<string, number>();
    const peaks = new Map<string, number>();
    const track = async (lane: string): Promise<void> => {
      running.set(lane, (running.get(lane) ?? 0) + 1);
      peaks.set(lane, Math.max(peaks.get(lane) ?? 0, running.get(lane) ?? 0));
      for (let i = 0; i < 5; i++) await Promise.resolve();
      running.set(lane, (running.get(lane) ?? 0) - 1);
    };
    const effects: Effects = {
      write: (w) => track(w.kind === 'certificate-transfer' ? `${w.account}/${w.region ?? ''}` : `${w.account}/organizations`),
    };
    const other = '222222222222';
    const decisions = [
      ...'abcdefgh'.split('').map((c) => decision(cert(c, { region: 'eu-west-1' }), 'reject')),
      ...'abcdefgh'.split('').map((c) => decision(cert(c, { region: 'us-east-1' }), 'reject')),
      ...'abcdefgh'.split('').map((c) => decision(cert(c, { region: 'us-east-1', account: other }), 'reject')),
      ...[1, 2, 3, 4].map((n) => decision(handshake({ id: `h-0000000${n}` }), 'decline')),
      ...[1, 2, 3, 4].map((n) => decision(handshake({ id: `h-0000000${n}`, account: other }), 'decline')),
    ];
    await executeDecisions(decisions, { mode: 'enforce', budget: roomy(decisions), effects, policy: POLICY, concurrency: 3 });
    expect(Object.fromEntries(peaks)).toEqual({ [`${ME}/eu-west-1`]: 3, [`${ME}/us-east-1`]: 3, [`${other}/us-east-1`]: 3, [`${ME}/organizations`]: 3, [`${other}/organizations`]: 3 });
  });

  it('returns nothing for no decisions', async () => {
    expect(await executeDecisions([], { mode: 'enforce', budget: roomy([]), effects: recordingEffects().effects, policy: POLICY })).toEqual([]);
  });
});

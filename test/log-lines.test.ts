import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { ItemResult } from '../src/act/types.js';
import { decide } from '../src/decide/decide.js';
import type { Decision } from '../src/decide/types.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { alertFacts } from '../src/alert/alert-facts.js';
import { logDecisions, runLogger } from '../src/report/log.js';
import { actLogLine, itemLabel, sweepLogLine } from '../src/report/log-lines.js';
import * as runner from '../src/runner/commands.js';
import { withoutAccountIds } from '../src/report/redact.js';
import { countOutputs } from '../src/report/outputs.js';
import { Outputs } from '../src/constants.js';
import { NOT_GUARDED_GROUP } from '../src/report/failure-reasons.js';
import { oneAccountReport } from './helpers/report.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation, THIS_ACCOUNT as ME } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const hex = (n: number) => n.toString(16).padStart(64, '0');
const policy = buildPolicy({ iotAllow: [{ sourceAccount: '111122223333', note: 'factory' }], organizationsAllow: [{ organization: 'o-exampleorgid11' }] });
const HOSTILE = 'x\n::add-mask::y';

/** Inert: one line, and no `::` a runner could read as a command anywhere in it. */
function expectInert(line: string): void {
  expect(line).not.toMatch(/[\r\n]/);
  expect(line).not.toContain('::');
}

/** What the code under test writes to stdout, as lines; nothing reaches the real stdout. */
function captureStdout(): { lines: () => string[] } {
  let spy: MockInstance | undefined;
  beforeEach(() => {
    spy = vi.spyOn(runner.stdout, 'write').mockImplementation(() => undefined);
  });
  afterEach(() => {
    spy?.mockRestore();
  });
  return {
    lines: () => (spy?.mock.calls ?? []).map((call) => String(call[0])).join('').split(/\r?\n/).filter((l) => l !== ''),
  };
}

describe('sweepLogLine', () => {
  it('never lets an AWS error message start or carry a workflow command', () => {
    const line = sweepLogLine({ type: 'region-failed', account: '111111111111', region: 'eu-west-1', errorKind: 'denied', error: { service: 'iot', account: '111111111111', region: 'eu-west-1', message: HOSTILE } });
    expect(line.startsWith('111111111111 IoT eu-west-1')).toBe(true);
    expectInert(line);
  });

  it('the accounts to read: a dry-run or enforce run guards them all; a plan says which it reads for which policy', () => {
    const event = { type: 'targets-resolved', targets: 5, skipped: 2, viaRoles: 4 } as const;
    expect(sweepLogLine(event)).toBe('Guarding 5 accounts (4 through a role); 2 not guarded (see the summary)');
    expect(sweepLogLine({ ...event, skipped: 0 })).toBe('Guarding 5 accounts (4 through a role)');
    // An organization's accounts swept as its list was read: the total closes the list, after their lines.
    expect(sweepLogLine({ ...event, listed: {} })).toBe("The organization's account list is complete: guarding 5 accounts (4 through a role); 2 not guarded (see the summary)");
    expect(sweepLogLine({ ...event, listed: { organization: { id: 'o-exampleorg1', managementAccount: '111111111111' } } })).toMatch(/^The organization's account list is complete \(o-exampleorg1, management account 111111111111\): guarding 5 /);
    expect(sweepLogLine({ ...event, plan: { guarded: 1, baseOnly: 4, base: true } })).toBe("Reading 5 accounts for the two policies (4 through a role): 1 the PR's policy guards, 4 only the base branch's; 2 not guarded by the PR's policy (see the summary)");
    expect(sweepLogLine({ ...event, targets: 1, skipped: 0, viaRoles: 0, plan: { guarded: 1, baseOnly: 0, base: true } })).toBe("Reading 1 account for the two policies (0 through a role): 1 the PR's policy guards");
    expect(sweepLogLine({ ...event, targets: 2, skipped: 0, viaRoles: 1, plan: { guarded: 2, baseOnly: 0, base: false } })).toBe("Reading 2 accounts for the PR's policy (1 through a role)");
  });
});

describe('sweepLogLine: counts and regions', () => {
  it.each([
    [{ type: 'region-finished', account: ME, region: 'us-east-1', pending: 1, incoming: 1, outgoing: 0, vanished: 0, duplicates: 1 }, `${ME} IoT us-east-1: 1 pending transfer (1 incoming, 0 outgoing); AWS listed 1 certificate more than once (each judged once)`],
    [{ type: 'region-finished', account: ME, region: 'us-east-1', pending: 2, incoming: 2, outgoing: 0, vanished: 0, duplicates: 0 }, `${ME} IoT us-east-1: 2 pending transfers (2 incoming, 0 outgoing)`],
    [{ type: 'handshakes-finished', account: ME, listed: 1, incoming: 1, outgoing: 0, withoutId: 0, duplicates: 0 }, `${ME} Organizations: 1 handshake listed (1 received, 0 sent by this account's organization)`],
    [{ type: 'handshakes-finished', account: ME, listed: 0, incoming: 0, outgoing: 0, withoutId: 0, duplicates: 0 }, `${ME} Organizations: 0 handshakes listed (0 received, 0 sent by this account's organization)`],
    [{ type: 'targets-resolved', targets: 1, skipped: 0, viaRoles: 1 }, 'Guarding 1 account (1 through a role)'],
    [
      { type: 'region-progress', account: ME, region: 'us-east-1', elapsedMs: 12_000, pages: 1, certificates: 1, pending: 1, described: 0, listed: false, pagesPerSecond: 0.1 },
      `${ME} IoT us-east-1: still listing after 12s: 1 certificate on 1 page (0.1 pages/s), 1 pending so far, 0 described; time left unknown (ListCertificates gives no total, and the creation dates give no estimate yet)`,
    ],
  ] satisfies [SweepEvent, string][])('one of a thing is said in the singular: %j', (event, line) => {
    expect(sweepLogLine(event)).toBe(line);
  });

  it('names the regions skipped, by reason, the first 10 of a reason and how many more', () => {
    const iotAbsent = 'AWS IoT Core is not offered in this region';
    const event: SweepEvent = {
      type: 'regions-resolved',
      account: ME,
      kind: 'certificate-transfer',
      swept: ['us-east-1'],
      skipped: [
        { region: 'ap-east-2', reason: iotAbsent },
        { region: 'xx-new-1', reason: 'a region this release does not know: update inbound-guard' },
        { region: 'mx-central-1', reason: iotAbsent },
      ],
    };
    expect(sweepLogLine(event)).toBe(`${ME}: IoT regions to sweep: us-east-1; skipped 3: ap-east-2, mx-central-1 (${iotAbsent}); xx-new-1 (a region this release does not know: update inbound-guard)`);
    const many = Array.from({ length: 13 }, (_, i) => ({ region: `zz-test-${i + 1}`, reason: iotAbsent }));
    const line = sweepLogLine({ ...event, skipped: many });
    expect(line).toBe(`${ME}: IoT regions to sweep: us-east-1; skipped 13: ${many.slice(0, 10).map((s) => s.region).join(', ')} and 3 more (${iotAbsent})`);
    expect(line).not.toContain('zz-test-11');
  });

  it('a skipped region or reason with commands: inert', () => {
    expectInert(sweepLogLine({ type: 'regions-resolved', account: ME, kind: 'certificate-transfer', swept: [], skipped: [{ region: HOSTILE, reason: HOSTILE }] }));
  });
});

describe('actLogLine', () => {
  const [decision] = decide([certificateTransfer({ certificateId: hex(7), sourceAccount: '999988887777', region: 'us-east-1' })], policy, NOW);

  it('names the outcome and the item of each write', () => {
    const line = actLogLine({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'rejected' } });
    expect(line).toBe(`🛑 rejected: IoT transfer ${hex(7)} in ${ME} us-east-1 from 999988887777`);
  });

  it('a refused write\'s hint is set off from AWS\'s message (which has no full stop), not run on into it', () => {
    const detail = 'AccessDeniedException: User: arn:aws:sts::210987654321:assumed-role/guard/run is not authorized to perform: iot:RejectCertificateTransfer';
    const hint = 'These credentials are account 210987654321; their policy needs iot:RejectCertificateTransfer (iam/enforce.json).';
    const line = actLogLine({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'failed', detail, hint } }, true);
    expect(line).toBe(`❌ failed: IoT transfer ${hex(7)} in ${ME} us-east-1 from 999988887777 — ${detail} — ${hint}`);
  });

  it('keeps the detail AWS answered inert: no command, no line break', () => {
    const line = actLogLine({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'failed', detail: HOSTILE } });
    expect(line.startsWith('❌ failed: IoT transfer')).toBe(true);
    expect(line).toContain('add-mask');
    expectInert(line);
  });
});

describe('itemLabel', () => {
  it.each([
    ['a management account id that is a command', handshake({ organizationId: undefined, managementAccountId: '::error::x' })],
    ['an organization id that is a command', handshake({ organizationId: '::warning::o' })],
    ['a handshake id, type and state with commands', handshake({ id: '::error::id', type: '::stop-commands::t', state: 'a\n::add-mask::s' })],
    ['a transfer whose id, region and source are commands', certificateTransfer({ certificateId: '::error::c', region: '::notice::r', sourceAccount: HOSTILE })],
  ])('%s: inert', (_case, item) => {
    expectInert(itemLabel(item));
  });

  it('a RAM invitation is named by its whole ARN, as the job summary names it and RejectResourceShareInvitation takes it', () => {
    const item = resourceShareInvitation();
    expect(itemLabel(item)).toBe(`RAM invitation ${item.invitationArn} in ${ME} eu-west-1 from 999988887777`);
  });

  it('a RAM invitation ARN with commands: inert', () => {
    expectInert(itemLabel(resourceShareInvitation({ invitationArn: 'arn:aws:ram:x:1:resource-share-invitation/a\n::error::b' })));
  });

  it('falls back to the management account when the organization is unknown', () => {
    expect(itemLabel(handshake({ id: 'h-aaaaaaaa01', organizationId: undefined, managementAccountId: '222233334444' }))).toBe(`handshake h-aaaaaaaa01 (INVITE, OPEN) to ${ME} from 222233334444`);
  });

  it('an outgoing handshake is named as sent by this account’s organization, to its recipient, not as sent to this account', () => {
    const sent = handshake({ id: 'h-aaaaaaaa02', direction: 'outgoing', organizationId: 'o-ourorg0001', managementAccountId: ME, recipient: '222233334444' });
    expect(itemLabel(sent)).toBe(`handshake h-aaaaaaaa02 (INVITE, OPEN) sent by ${ME}'s organization o-ourorg0001 to 222233334444`);
    expect(itemLabel({ ...sent, organizationId: undefined, recipient: undefined })).toBe(`handshake h-aaaaaaaa02 (INVITE, OPEN) sent by ${ME}'s organization to a recipient AWS did not name`);
    expectInert(itemLabel({ ...sent, recipient: 'a\n::error::b@example.com' }));
  });

  it('an outgoing transfer is named by its destination, not as from this account', () => {
    const sent = certificateTransfer({ certificateId: hex(9), region: 'us-east-1', direction: 'outgoing', sourceAccount: ME, targetAccount: '888899990000' });
    expect(itemLabel(sent)).toBe(`IoT transfer ${hex(9)} in ${ME} us-east-1 sent by ${ME} to 888899990000`);
    expect(itemLabel({ ...sent, targetAccount: undefined })).toBe(`IoT transfer ${hex(9)} in ${ME} us-east-1 sent by ${ME} to an unknown account`);
  });
});

describe('logDecisions', () => {
  const stdout = captureStdout();

  function reportWith(decisions: readonly Decision[], outcome: ItemResult['outcome']) {
    return oneAccountReport({
      mode: 'enforce',
      generatedAt: NOW.toISOString(),
      policyPath: policy.path,
      budget: { limit: 10, source: 'default', planned: decisions.length, tripped: false },
      results: decisions.map((decision) => ({ decision, outcome })),
    });
  }

  it('writes a decision reason containing commands as inert text, inside its own group', () => {
    const decision: Decision = { item: certificateTransfer({ certificateId: hex(9), region: 'us-east-1' }), action: 'reject', reason: `because ${HOSTILE}` };
    logDecisions(reportWith([decision], 'rejected'), NOW);
    const lines = stdout.lines();
    expect(lines[0]).toBe('::group::Decisions (1 item)');
    expect(lines).toContain('::endgroup::');
    const ours = /^::(group|endgroup)::/;
    const itemLine = lines.find((l) => l.includes(hex(9)));
    expect(itemLine).toMatch(/^🛑 rejected: IoT transfer .*: because x\\n:/);
    for (const line of lines.filter((l) => !ours.test(l))) expectInert(line);
  });

  it("a reason is logged whole, however long the sender's values: they are bounded where it is built", () => {
    const email = 'ops\n::warning::x@stranger.example';
    const decisions = decide([handshake({ id: 'h-longreason01', organizationId: 'o-strangerorg0123456789abcdefghijklmn', managementAccountId: '246813579024', managementEmail: email })], policy, NOW);
    logDecisions(reportWith(decisions, 'declined'), NOW);
    const line = stdout.lines().find((l) => l.includes('h-longreason01'));
    expect(line).toMatch(new RegExp(`management email \\(a value of ${email.length} characters with unusual characters, not shown\\)$`));
    expectInert(line ?? '');
  });

  it('then every account not guarded, with why, in a group of its own (named by NOT_GUARDED_GROUP); none, no group', () => {
    const skippedAccounts = [
      ...Array.from({ length: 1500 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin", fails: true })),
      { account: '200000000000', reason: 'excluded by targets.exclude', fails: false },
      { account: '::warning::x', reason: `hostile ${HOSTILE}`, fails: false },
    ];
    logDecisions({ ...reportWith([], 'rejected'), skippedAccounts }, NOW);
    const lines = stdout.lines();
    const start = lines.indexOf(`::group::${NOT_GUARDED_GROUP} (1502 accounts)`);
    expect(start).toBeGreaterThan(lines.indexOf('::group::Decisions (0 items)'));
    const group = lines.slice(start + 1, lines.indexOf('::endgroup::', start));
    expect(group).toHaveLength(1502);
    expect(group[0]).toBe("not guarded (fails the step): 100000000000: not in the policy's accounts pin");
    expect(group[1500]).toBe('not guarded: 200000000000: excluded by targets.exclude');
    for (const line of group) expectInert(line);
  });

  it('no account left unguarded: no such group', () => {
    logDecisions(reportWith([], 'rejected'), NOW);
    expect(stdout.lines().some((l) => l.includes(NOT_GUARDED_GROUP))).toBe(false);
  });

  // The alert issue's cut table of allowances lapsing soon sends readers to these marks: the log
  // marks exactly the items the alert lists, judged at the same instant.
  it('marks each allowance lapsing within 14 days with the time left, exactly the ones the alert lists; the day only when the reason does not say it', () => {
    const lapsingPolicy = buildPolicy({
      iotAllow: [
        { sourceAccount: '444455556666', until: '2026-11-30' }, // lapses in 9 days 12 h
        { sourceAccount: '555566667777', until: '2026-11-25' }, // chained: a later entry takes over…
        { sourceAccount: '555566667777', until: '2026-12-02' }, // …until the 2nd
        { sourceAccount: '777788889999', until: '2027-06-30' }, // far off
        { sourceAccount: '111122223333' }, // for good
      ],
      organizationsAllow: [{ organization: 'o-exampleorgid11', until: '2026-11-21' }], // lapses tonight
    });
    const items = [
      certificateTransfer({ certificateId: hex(1), sourceAccount: '444455556666' }),
      certificateTransfer({ certificateId: hex(2), sourceAccount: '555566667777' }),
      certificateTransfer({ certificateId: hex(3), sourceAccount: '777788889999' }),
      certificateTransfer({ certificateId: hex(4), sourceAccount: '111122223333' }),
      certificateTransfer({ certificateId: hex(5), sourceAccount: '999988887777' }),
      handshake({ id: 'h-friendinvite01', organizationId: 'o-exampleorgid11' }),
    ];
    const decisions = decide(items, lapsingPolicy, NOW);
    const report = oneAccountReport({ mode: 'enforce', generatedAt: NOW.toISOString(), budget: { limit: 10, source: 'default', planned: 1, tripped: false }, results: decisions.map((decision) => ({ decision, outcome: decision.action === 'allow' ? 'allowed' : 'rejected' })) });
    logDecisions(report, NOW);
    const lines = stdout.lines();
    const group = lines.slice(1, lines.indexOf('::endgroup::'));
    const marked = group.filter((l) => l.includes('⏳ lapses in'));
    // The reason says the cited entry's until ("until the end of 2026-11-30 (UTC)"): the mark does not say it again.
    expect(marked).toEqual([
      expect.stringMatching(new RegExp(`^✅ allowed: IoT transfer ${hex(1)} .* until the end of 2026-11-30 \\(UTC\\) — ⏳ lapses in 9 days 12 h$`)),
      // Chained: the reason cites the entry until the 25th; the allowance's own last day is a later entry's, and said.
      expect.stringMatching(new RegExp(`^✅ allowed: IoT transfer ${hex(2)} .* until the end of 2026-11-25 \\(UTC\\) — ⏳ lapses in 11 days 12 h: a later entry allows it through 2026-12-02 \\(UTC\\)$`)),
      expect.stringMatching(/^✅ allowed: handshake h-friendinvite01 .* until the end of 2026-11-21 \(UTC\) — ⏳ lapses in 12 h$/),
    ]);
    for (const line of group) expectInert(line);
    const listed = alertFacts({ kind: 'report', report }, NOW).lapsing.map((l) => itemLabel(l.item.item)).sort();
    expect(items.map(itemLabel).filter((label) => marked.some((l) => l.includes(`${label}:`))).sort()).toEqual(listed);
  });

  it('ends with the counts of the run', () => {
    logDecisions(reportWith(decide([certificateTransfer({ sourceAccount: '999988887777' })], policy, NOW), 'rejected'), NOW);
    expect(stdout.lines().at(-1)).toBe('Rejected 1 (IoT certificate transfers 1), declined 0, no longer pending 0, failed 0, held by budget 0, allowed 0, ignored 0.');
  });

  it('counts the writes as the outputs do: rejected and declined over every kind, then each kind by its own output', () => {
    const act = (item: Decision['item'], action: 'reject' | 'decline'): Decision => ({ item, action, reason: 'not allowed' });
    const report = oneAccountReport({
      mode: 'enforce',
      generatedAt: NOW.toISOString(),
      budget: { limit: 10, source: 'default', planned: 5, tripped: false },
      results: [
        { decision: act(certificateTransfer({ certificateId: hex(1) }), 'reject'), outcome: 'rejected' },
        { decision: act(resourceShareInvitation({ invitationArn: 'arn:aws:ram:us-east-1:999988887777:resource-share-invitation/1' }), 'reject'), outcome: 'rejected' },
        { decision: act(resourceShareInvitation({ invitationArn: 'arn:aws:ram:us-east-1:999988887777:resource-share-invitation/2' }), 'reject'), outcome: 'rejected' },
        // Detective's invitations are rejected (RejectInvitation), yet counted with the security invitations declined.
        { decision: act(securityInvitation({ service: 'detective' }), 'decline'), outcome: 'declined' },
        { decision: act(handshake({ id: 'h-declined0001' }), 'decline'), outcome: 'declined' },
      ],
    });
    logDecisions(report, NOW);
    const totals = stdout.lines().at(-1);
    expect(totals).toBe(
      'Rejected 3 (IoT certificate transfers 1, RAM resource-share invitations 2), declined 2 (Organizations handshakes 1, Security-service administrator invitations 1), no longer pending 0, failed 0, held by budget 0, allowed 0, ignored 0.',
    );
    // Each number is an output's: rejected (its kinds rejected-certificate-transfers and rejected-share-invitations), then declined.
    const outputs = countOutputs(report);
    expect(outputs).toMatchObject({
      [Outputs.Acted]: 5,
      [Outputs.Rejected]: 3,
      [Outputs.Declined]: 2,
      [Outputs.RejectedCertificateTransfers]: 1,
      [Outputs.RejectedShareInvitations]: 2,
      [Outputs.DeclinedHandshakes]: 1,
      [Outputs.DeclinedSecurityInvitations]: 1,
    });
    expect(totals).toMatch(new RegExp(`^Rejected ${outputs[Outputs.Rejected]} .*, declined ${outputs[Outputs.Declined]} `));
  });

  it("a dry-run's budget that would trip, over one item: in the singular", () => {
    const decisions = decide([certificateTransfer({ sourceAccount: '999988887777' })], policy, NOW);
    logDecisions({ ...reportWith(decisions, 'would-reject'), mode: 'dry-run', budget: { limit: 0, source: 'input', planned: 1, tripped: true } }, NOW);
    expect(stdout.lines().find((l) => l.startsWith('::warning'))).toMatch(/::1 item calls for rejection or decline, more than the budget of 0 \(the max-actions input\): an enforce run would write nothing and fail\./);
  });

  it('a handshake accepted before the run: its line and the counts say accepted against the policy', () => {
    const decisions = decide([handshake({ id: 'h-joinedforeign1', state: 'ACCEPTED', organizationId: 'o-strangerorg01', managementEmail: undefined })], policy, NOW);
    logDecisions(reportWith(decisions, 'accepted-meanwhile'), NOW);
    const lines = stdout.lines();
    expect(lines).toContain(
      `⚠️ accepted against the policy: handshake h-joinedforeign1 (INVITE, ACCEPTED) to ${ME} from o-strangerorg01: accepted before this run, though the policy does not allow it: no organizations.allow entry matches the INVITE handshake from organization o-strangerorg01, management account 222233334444`,
    );
    expect(lines.at(-1)).toBe('Rejected 0, declined 0, no longer pending 0, accepted against the policy 1, failed 0, held by budget 0, allowed 0, ignored 0.');
  });
});

describe('runLogger', () => {
  const stdout = captureStdout();
  const failed: SweepEvent = { type: 'region-failed', account: ME, region: 'eu-west-1', errorKind: 'other', error: { service: 'iot', account: ME, region: 'eu-west-1', message: 'InternalFailure: boom' } };

  // A part not read fails the step, whose failures (one ::error:: at the end) name each: an annotation here too said it twice.
  it('a region that could not be read is a plain line, no annotation', () => {
    runLogger().sweep(failed);
    expect(stdout.lines()).toEqual([`${ME} IoT eu-west-1: could not be read (other): InternalFailure: boom`]);
  });

  it('handshakes that could not be read are a plain line, no annotation', () => {
    runLogger().sweep({ type: 'handshakes-failed', account: ME, errorKind: 'denied', error: { service: 'organizations', account: ME, message: 'AccessDeniedException: no' } });
    expect(stdout.lines()).toEqual([`${ME} Organizations: handshakes could not be read (denied): AccessDeniedException: no`]);
  });

  it("a dozen parts not read spend none of GitHub's 10 warning annotations a step: they are left to the warnings after the sweep (a budget that would trip)", () => {
    const log = runLogger();
    for (let n = 0; n < 12; n += 1) log.sweep({ ...failed, account: String(400000000100 + n), error: { ...failed.error, account: String(400000000100 + n) } });
    log.sweep({ type: 'listing-failed', what: "the organization's accounts", errorKind: 'denied', error: { service: 'organizations', message: 'ListAccounts: AccessDeniedException: no' } });
    expect(stdout.lines()).toHaveLength(13);
    expect(stdout.lines().filter((l) => l.startsWith('::'))).toEqual([]);
  });

  it("a plan's part read for the base branch's policy alone that could not be read is a plain line, saying why it is no warning", () => {
    const refused: SweepEvent = { type: 'account-failed', account: '400000000015', errorKind: 'denied', error: { service: 'sts', account: '400000000015', message: 'could not assume arn:aws:iam::400000000015:role/g: AccessDenied' } };
    runLogger().sweep({ ...refused, baseOnly: true });
    runLogger().sweep({ ...failed, baseOnly: true });
    // Unmarked, the same failure of a part the PR's policy reads fails the step: a plain line without the note, named again by the step's failures.
    runLogger().sweep(refused);
    expect(stdout.lines()).toEqual([
      "400000000015: could not be read (denied): could not assume arn:aws:iam::400000000015:role/g: AccessDenied (read for the base branch's policy alone: a gap in the plan's comparison, not a failure)",
      `${ME} IoT eu-west-1: could not be read (other): InternalFailure: boom (read for the base branch's policy alone: a gap in the plan's comparison, not a failure)`,
      '400000000015: could not be read (denied): could not assume arn:aws:iam::400000000015:role/g: AccessDenied',
    ]);
  });

  // comment-detail summary (a public repository): AWS's message is cut to 200 characters in the line, through the
  // second id. Redacted after the cut, that id was left `21098765432…`: 11 of its 12 digits in a public log.
  it('with redact, an AWS message is redacted whole before its line cuts it: no id is left in part', () => {
    const ID = '210987654321';
    const message = `AccessDeniedException: User: arn:aws:sts::${ID}:assumed-role/ig-reader/inbound-guard-plan-4242 is not authorized to perform: iot:ListCertificates on resource: arn:aws:iot:eu-west-1:${ID}:cert/*`;
    runLogger({ redact: withoutAccountIds }).sweep({ type: 'region-failed', account: ID, region: 'eu-west-1', errorKind: 'denied', error: { service: 'iot', account: ID, region: 'eu-west-1', message, code: 'AccessDeniedException' } });
    const [line] = stdout.lines();
    expect(line).toMatch(/^<account> IoT eu-west-1: could not be read \(denied\): AccessDeniedException: User: arn:aws:sts::<account>:assumed-role\/.* on resource: arn:aws:iot:eu-west-1:<account>:cert…$/);
    expect(line).not.toMatch(/\d{5}/);
  });

  it('a region read to the end is a plain line', () => {
    runLogger().sweep({ type: 'region-finished', account: ME, region: 'us-east-1', pending: 3, incoming: 2, outgoing: 1, vanished: 0, duplicates: 0 });
    expect(stdout.lines()).toEqual([`${ME} IoT us-east-1: 3 pending transfers (2 incoming, 1 outgoing)`]);
  });

  it('a listing in which AWS repeated items says so', () => {
    runLogger().sweep({ type: 'region-finished', account: ME, region: 'us-east-1', pending: 3, incoming: 3, outgoing: 0, vanished: 0, duplicates: 2 });
    runLogger().sweep({ type: 'handshakes-finished', account: ME, listed: 4, incoming: 3, outgoing: 0, withoutId: 0, duplicates: 1 });
    expect(stdout.lines()).toEqual([
      `${ME} IoT us-east-1: 3 pending transfers (3 incoming, 0 outgoing); AWS listed 2 certificates more than once (each judged once)`,
      `${ME} Organizations: 4 handshakes listed (3 received, 0 sent by this account's organization); AWS listed 1 handshake more than once (each judged once)`,
    ]);
  });

  it("an account whose role could not be assumed is a plain line naming it, AWS's text inert", () => {
    runLogger().sweep({ type: 'account-failed', account: '222222222222', errorKind: 'denied', error: { service: 'sts', account: '222222222222', message: 'could not assume arn:aws:iam::222222222222:role/x: AccessDenied: ::stop-commands::y' } });
    const [line] = stdout.lines();
    expect(line).toMatch(/^222222222222: could not be read \(denied\): could not assume/);
    expect(line).not.toContain('::stop-commands::');
  });

  it('a write is a plain line', () => {
    const [decision] = decide([certificateTransfer({ certificateId: hex(7), sourceAccount: '999988887777', region: 'us-east-1' })], policy, NOW);
    runLogger().act({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'rejected' } });
    expect(stdout.lines()).toEqual([`🛑 rejected: IoT transfer ${hex(7)} in ${ME} us-east-1 from 999988887777`]);
  });

  it('with actGroup, the first write closes the open group and opens the act group; later writes stay in it', () => {
    const [decision] = decide([certificateTransfer({ certificateId: hex(7), sourceAccount: '999988887777', region: 'us-east-1' })], policy, NOW);
    const log = runLogger({ actGroup: 'Act: reject and decline' });
    log.sweep({ type: 'region-finished', account: ME, region: 'us-east-1', pending: 1, incoming: 1, outgoing: 0, vanished: 0, duplicates: 0 });
    log.act({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'rejected' } });
    log.act({ type: 'write-finished', index: 0, result: { decision: decision!, outcome: 'rejected' } });
    expect(stdout.lines()).toEqual([
      `${ME} IoT us-east-1: 1 pending transfer (1 incoming, 0 outgoing)`,
      '::endgroup::',
      '::group::Act: reject and decline',
      `🛑 rejected: IoT transfer ${hex(7)} in ${ME} us-east-1 from 999988887777`,
      `🛑 rejected: IoT transfer ${hex(7)} in ${ME} us-east-1 from 999988887777`,
    ]);
  });
});

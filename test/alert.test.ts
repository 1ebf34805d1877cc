/**
 * The alert decided from a report (alertFacts) and rendered (render-alert): what needs a person,
 * the fingerprint that decides whether an update notifies, and a body that stays inert and under
 * GitHub's size limit whatever the senders wrote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countPlanned, resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import type { Budget, ItemResult, Mode, Outcome } from '../src/act/types.js';
import { alertFacts, somethingNew, type AlertFacts, type AlertSubject } from '../src/alert/alert-facts.js';
import { alertMarker, MAX_STATE_ELEMENTS, readAlertState, renderAlertBody, renderAlertTitle, renderChangeComment, renderCloseComment, stateMarker } from '../src/alert/render-alert.js';
import { decide } from '../src/decide/decide.js';
import type { Decision } from '../src/decide/types.js';
import type { InboundItem } from '../src/model/items.js';
import { byteSize, COMMENT_MAX_LENGTH } from '../src/plan/comment-budget.js';
import { missingShardError } from '../src/merge/merge-reports.js';
import type { RunReport } from '../src/run/report-types.js';
import { MAX_ROWS } from '../src/report/run-summary-cut.js';
import type { SweepError } from '../src/sweep/events.js';
import { certificateTransfer, handshake } from './helpers/items.js';
import { buildPolicy, type PolicyFragment } from './helpers/policy.js';
import { oneAccountReport } from './helpers/report.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const hex = (n: number) => n.toString(16).padStart(64, '0');
const policy = buildPolicy({
  iotAllow: [
    { sourceAccount: '111122223333' },
    { sourceAccount: '444455556666', until: '2026-11-30' }, // lapses in 8 days: within 14
    { sourceAccount: '777788889999', until: '2027-06-30' }, // far off
  ],
  organizationsAllow: [{ organization: 'o-exampleorgid11', until: '2026-11-21' }], // lapses tonight
});
const RUN = { id: 4242, attempt: 1, repository: 'acme/guard', url: 'https://github.com/acme/guard/actions/runs/4242' };

const outcomeFor = (mode: RunReport['mode']) => (d: Decision): Outcome =>
  d.action === 'allow' ? 'allowed' : d.action === 'ignore' ? 'ignored' : mode === 'enforce' ? (d.action === 'reject' ? 'rejected' : 'declined') : d.action === 'reject' ? 'would-reject' : 'would-decline';

/** `result`: what else an item's result carries (a failed write's detail and hint, say). */
function report(items: readonly InboundItem[], options: { mode?: RunReport['mode']; outcome?: (d: Decision) => Outcome; result?: (d: Decision) => Partial<ItemResult>; budget?: Partial<Budget>; errors?: readonly SweepError[] } = {}): RunReport {
  const mode = options.mode ?? 'enforce';
  const results: ItemResult[] = decide(items, policy, NOW).map((decision) => ({ decision, outcome: (options.outcome ?? outcomeFor(mode))(decision), ...options.result?.(decision) }));
  const planned = results.filter((r) => r.decision.action === 'reject' || r.decision.action === 'decline').length;
  return oneAccountReport({ mode, generatedAt: NOW.toISOString(), budget: { limit: 10, source: 'default', planned, tripped: false, ...options.budget }, results, errors: options.errors ?? [] });
}
const facts = (r: RunReport) => alertFacts({ kind: 'report', report: r }, NOW);

const allowedOnly = certificateTransfer({ certificateId: hex(1), sourceAccount: '111122223333' });
const stranger = certificateTransfer({ certificateId: hex(2), sourceAccount: '999988887777' });
const lapsingSoon = certificateTransfer({ certificateId: hex(3), sourceAccount: '444455556666' });
const lapsingLater = certificateTransfer({ certificateId: hex(4), sourceAccount: '777788889999' });
const outgoing = certificateTransfer({ certificateId: hex(5), direction: 'outgoing', targetAccount: '888899990000' });
const invite = handshake({ id: 'h-strangerinvite1', organizationId: 'o-strangerorg01' });
const friendTonight = handshake({ id: 'h-friendinvite01', organizationId: 'o-exampleorgid11' });
const regionDown: SweepError = { service: 'iot', account: '210987654321', region: 'eu-west-1', message: 'InternalFailureException: boom (request 1)' };
const unlisted: SweepError = { service: 'organizations', message: 'ListAccounts: AccessDeniedException: no', code: 'AccessDeniedException' };

describe('alertFacts: what needs a person', () => {
  it.each([
    ['nothing pending', report([]), false],
    ['only allowed (no until) and ignored items', report([allowedOnly, outgoing]), false],
    ['an allowance lapsing after the window', report([lapsingLater]), false],
    ['a rejection in enforce', report([stranger]), true],
    ['a decline in dry-run', report([invite], { mode: 'dry-run' }), true],
    ['an item someone else handled first (already-handled) only', report([stranger], { outcome: (d) => (d.action === 'reject' ? 'already-handled' : 'allowed') }), false],
    ['a write that failed', report([stranger], { outcome: (d) => (d.action === 'reject' ? 'failed' : 'allowed') }), true],
    ['an allowance lapsing within 14 days', report([lapsingSoon]), true],
    ['an allowance lapsing tonight', report([friendTonight]), true],
    ['a region not read', report([], { errors: [regionDown] }), true],
    ['a tripped budget', report([], { budget: { planned: 12, tripped: true } }), true],
    ['an item the policy denies, accepted in the account meanwhile', report([stranger], { outcome: (d) => (d.action === 'reject' ? 'accepted-meanwhile' : 'allowed') }), true],
  ])('%s → %s', (_case, r, needed) => {
    expect(facts(r).needsAttention).toBe(needed);
  });

  it("a part not read shows AWS's message with the hint the run added (an opt-in region not enabled)", () => {
    const optIn: SweepError = { ...regionDown, region: 'ap-east-1', message: 'UnrecognizedClientException', hint: 'check the Regions settings of the account' };
    const body = renderAlertBody(facts(report([], { errors: [optIn] })), '.github/inbound-guard.yml');
    expect(body).toMatch(/UnrecognizedClientException — check the Regions settings of the account/);
  });

  it("a hint survives AWS's longest messages: each is cut on its own (AWS's AccessDenied runs past 300 characters)", () => {
    const hint = `These credentials are account 400000000011; ${'only the management account may list it, '.repeat(10)}the end.`;
    const denied: SweepError = { service: 'sts', account: '400000000015', message: `AccessDenied: ${'x'.repeat(400)}`, hint };
    const row = renderAlertBody(facts(report([], { errors: [denied] })), '.github/inbound-guard.yml').split('\n').find((l) => l.startsWith('| account 400000000015'))!;
    expect(row).toContain('x… — These credentials are account 400000000011; only');
    expect(row).toContain('the end.');
  });

  it('parts not read: a role not assumed comes before handshakes not read, however many accounts lack that permission', () => {
    const handshakes: SweepError[] = Array.from({ length: 150 }, (_, n) => ({ service: 'organizations', account: String(400000000000 + n), message: 'AccessDeniedException: no organizations:ListHandshakesForAccount' }));
    const roles: SweepError[] = ['999900000001', '999900000002'].map((account) => ({ service: 'sts', account, message: 'AccessDenied: not authorized to perform sts:AssumeRole' }));
    const body = renderAlertBody(facts(report([], { errors: [...handshakes, ...roles] })), '.github/inbound-guard.yml');
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Where') && !l.startsWith('| ---'));
    expect(rows.slice(0, 2).map((r) => r.split(' | ')[0])).toEqual(['| account 999900000001 &#40;STS&#41;', '| account 999900000002 &#40;STS&#41;']);
  });

  it('parts not read: what stopped a whole account comes before what stopped one region', () => {
    const handshakesDown: SweepError = { service: 'organizations', account: '210987654321', message: 'AccessDeniedException: no' };
    const body = renderAlertBody(facts(report([], { errors: [regionDown, { ...regionDown, region: 'us-east-1' }, handshakesDown] })), '.github/inbound-guard.yml');
    const rows = body.split('\n').filter((l) => l.startsWith('| ') && l.includes('of 210987654321'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| Organizations handshakes of 210987654321', '| IoT in 2 regions of 210987654321 &#40;eu&#45;west&#45;1, us&#45;east&#45;1&#41;']);
  });

  it("parts alike in many regions (one permission missing): one row naming the regions, the heading and title counting parts; the state line still a part each, so the same run again comments nothing", () => {
    const member = '400000000011';
    const regions = ['ap-south-1', 'eu-west-1', 'us-east-1', 'us-west-2'];
    const hint = "The guard role inbound-guard in 400000000011 does not allow iot:ListCertificates: add it to the role's policy.";
    // AWS's message names the region in the resource ARN: alike apart from it.
    const denied = (region: string): SweepError => ({ service: 'iot', account: member, region, code: 'AccessDeniedException', message: `AccessDeniedException: not authorized to perform iot:ListCertificates on arn:aws:iot:${region}:${member}:cert/*`, hint });
    const other: SweepError = { service: 'ram', account: member, region: 'eu-west-1', code: 'InternalFailure', message: 'InternalFailure: boom' };
    const errors = [...regions.map(denied), other];
    const f = facts(report([], { errors }));
    const body = renderAlertBody(f, '.github/inbound-guard.yml');
    expect(renderAlertTitle(f)).toBe('inbound-guard: 5 parts not read · account 210987654321');
    expect(body).toContain('### ⚠️ Not read (5) — items there were not checked');
    const rows = body.slice(body.indexOf('### ⚠️ Not read')).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Where') && !l.startsWith('| ---'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([`| IoT in 4 regions of ${member} &#40;ap&#45;south&#45;1, eu&#45;west&#45;1, us&#45;east&#45;1, us&#45;west&#45;2&#41;`, `| RAM in eu&#45;west&#45;1 of ${member}`]);
    // The long hint once, not a row each.
    expect(body.split('does not allow')).toHaveLength(2);
    // Display only: the findings stay a part each.
    expect(f.unread).toHaveLength(5);
    expect(f.elements).toHaveLength(5);
    const recorded = readAlertState(body);
    expect(recorded?.elements?.size).toBe(5);
    expect(somethingNew(recorded, facts(report([], { errors })))).toBe(false);
    // One more region refused alike: the same row, and news.
    expect(somethingNew(recorded, facts(report([], { errors: [...errors, denied('sa-east-1')] })))).toBe(true);
  });

  it('an item accepted while the run acted is named in the title, and listed once: with the others accepted against the policy, saying when', () => {
    const r = report([stranger, lapsingLater, invite], { outcome: (d) => (d.item === stranger ? 'accepted-meanwhile' : outcomeFor('enforce')(d)) });
    expect(renderAlertTitle(facts(r))).toBe('inbound-guard: 1 declined, 1 accepted against the policy · account 210987654321');
    const body = renderAlertBody(facts(r), '.github/inbound-guard.yml');
    const section = body.slice(body.indexOf('### ⚠️ Accepted against the policy (1)'), body.indexOf('### 🛑'));
    expect(section).toContain(`<wbr>${hex(2).slice(48)}</code>`);
    expect(section).toContain('| accepted while this run acted, before its rejection |');
    // Not also among the rows rejected or declined, whose heading counts only what was written.
    expect(body.slice(body.indexOf('### 🛑'))).not.toContain(hex(2).slice(48));
    expect(body).toContain('### 🛑 Rejected or declined in the last run (1)');
  });

  describe('a handshake accepted before this run, from a sender the policy does not allow', () => {
    const joined = handshake({ id: 'h-joinedforeign1', state: 'ACCEPTED', organizationId: 'o-strangerorg01' });

    /** decide → act → report, as a run does (enforce: writes that succeed). */
    async function run(items: readonly InboundItem[], mode: 'dry-run' | 'enforce' = 'enforce'): Promise<RunReport> {
      const decisions = decide(items, policy, NOW);
      const budget = resolveBudget(10, undefined, countPlanned(decisions));
      const results = await executeDecisions(decisions, mode === 'enforce' ? { mode, budget, policy, effects: { write: async () => undefined } } : { mode, budget, policy });
      return oneAccountReport({ mode, generatedAt: NOW.toISOString(), budget, results });
    }

    it.each(['dry-run', 'enforce'] as const)('%s: needs a person; named in the title; its own section in the body, with what to do', async (mode) => {
      const f = facts(await run([joined, stranger], mode));
      expect(f.needsAttention).toBe(true);
      expect(renderAlertTitle(f)).toBe(`inbound-guard: ${mode === 'enforce' ? '1 rejected' : 'would reject 1'}, 1 accepted against the policy · account 210987654321`);
      const body = renderAlertBody(f, '.github/inbound-guard.yml');
      const section = body.slice(body.indexOf('### ⚠️ Accepted against the policy (1)'), body.indexOf('### 🛑'));
      expect(section).toContain('<code>h&#45;joinedforeign1</code>');
      expect(section).toContain('| already accepted when this run read it |');
      expect(section).toContain('review its organization membership now');
      expect(body).toContain(mode === 'enforce' ? '### 🛑 Rejected or declined in the last run (1)' : '### 🛑 To reject or decline (dry run: nothing was written) (1)');
      expect(body.slice(body.indexOf('### 🛑'))).not.toContain('joinedforeign1');
    });

    it('alone, it keeps the issue open; allowed (or gone), the issue closes', async () => {
      expect(facts(await run([joined])).needsAttention).toBe(true);
      expect(facts(await run([handshake({ ...joined, organizationId: 'o-exampleorgid11' })])).needsAttention).toBe(false);
      expect(facts(await run([])).needsAttention).toBe(false);
    });
  });

  it('lists lapsing allowances soonest first, with their entry and the days and hours left', () => {
    const f = facts(report([lapsingSoon, friendTonight, lapsingLater]));
    expect(f.lapsing.map((l) => [l.item.item.kind, l.until, l.lapsesAt, l.daysLeft, l.hoursLeft])).toEqual([
      ['handshake', '2026-11-21', '2026-11-22T00:00:00.000Z', 0, 12],
      ['certificate-transfer', '2026-11-30', '2026-12-01T00:00:00.000Z', 9, 12],
    ]);
  });

  it('a stopped run and an invalid policy always need a person', () => {
    const stopped: AlertSubject = { kind: 'stopped', mode: 'enforce', message: 'STS said no' };
    expect(alertFacts(stopped, NOW)).toMatchObject({ needsAttention: true, acted: [] });
    const invalid: AlertSubject = { kind: 'invalid-policy', mode: 'dry-run', policyPath: 'p.yml', issues: [], errorCount: 0 };
    expect(alertFacts(invalid, NOW).needsAttention).toBe(true);
    expect(alertFacts(stopped, NOW).fingerprint).not.toBe(alertFacts(invalid, NOW).fingerprint);
  });
});

describe('the fingerprint: what needs attention, not how it is worded', () => {
  const base = facts(report([stranger, invite], { errors: [regionDown] })).fingerprint;

  it('is the same for the same findings in another order, with other error wording, at another time', () => {
    const again = alertFacts({ kind: 'report', report: report([invite, stranger], { errors: [{ ...regionDown, message: 'InternalFailureException: boom (request 2)' }] }) }, new Date('2026-11-21T13:00:00Z'));
    expect(again.fingerprint).toBe(base);
  });

  it.each([
    ['another item acted on', report([stranger, invite, certificateTransfer({ certificateId: hex(9), sourceAccount: '555566667777' })], { errors: [regionDown] })],
    ['one item fewer', report([stranger], { errors: [regionDown] })],
    ['the same item with another outcome (dry-run)', report([stranger, invite], { mode: 'dry-run', errors: [regionDown] })],
    ['the region read again', report([stranger, invite])],
    ['another region down', report([stranger, invite], { errors: [{ ...regionDown, region: 'us-east-1' }] })],
    ['the budget tripped', report([stranger, invite], { errors: [regionDown], budget: { tripped: true } })],
  ])('changes with %s', (_case, r) => {
    expect(facts(r).fingerprint).not.toBe(base);
  });

  it('is read back from the body it was written into, with the hash of each element', () => {
    const f = facts(report([stranger, invite], { errors: [regionDown] }));
    expect(f.elements).toHaveLength(3);
    expect(readAlertState(renderAlertBody(f, '.github/inbound-guard.yml'))).toEqual({ fingerprint: f.fingerprint, elements: new Set(f.elements) });
    expect(readAlertState('no marker here')).toBeUndefined();
    expect(stateMarker(f)).toBe(`<!-- inbound-guard:alert-state:${f.fingerprint} ${f.elements.join(',')} -->`);
  });

  it('reads the state line an earlier release wrote: the fingerprint alone', () => {
    expect(readAlertState('<!-- inbound-guard:alert:p.yml -->\n<!-- inbound-guard:alert-state:42f574d98821e8d9 -->\n## …')).toEqual({ fingerprint: '42f574d98821e8d9', elements: undefined });
  });

  it('stays small with thousands of items: over MAX_STATE_ELEMENTS, the fingerprint alone', () => {
    const many = (n: number) => facts(report(Array.from({ length: n }, (_, k) => certificateTransfer({ certificateId: hex(1000 + k), sourceAccount: '999988887777' })), { budget: { limit: 5000 } }));
    const capped = many(MAX_STATE_ELEMENTS);
    expect(capped.elements).toHaveLength(MAX_STATE_ELEMENTS);
    expect(byteSize(stateMarker(capped))).toBeLessThan(5000);
    expect(readAlertState(stateMarker(capped))?.elements?.size).toBe(MAX_STATE_ELEMENTS);
    const over = many(3000);
    expect(stateMarker(over)).toBe(`<!-- inbound-guard:alert-state:${over.fingerprint} -->`);
    const body = renderAlertBody(over, '.github/inbound-guard.yml');
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(readAlertState(body)).toEqual({ fingerprint: over.fingerprint, elements: undefined });
  });
});

describe('somethingNew: whether an edit of the issue comments', () => {
  const other = certificateTransfer({ certificateId: hex(9), sourceAccount: '555566667777' });
  const recorded = (f: AlertFacts) => readAlertState(renderAlertBody(f, '.github/inbound-guard.yml'));
  const last = facts(report([stranger, invite], { errors: [regionDown] }));
  const stopped = (message: string): AlertFacts => alertFacts({ kind: 'stopped', mode: 'merge', message }, NOW);

  it.each([
    ['the same findings', false, last],
    ['an item gone, the others unchanged', false, facts(report([stranger], { errors: [regionDown] }))],
    ['the region read again', false, facts(report([stranger, invite]))],
    ['nothing left but the part not read', false, facts(report([], { errors: [regionDown] }))],
    ['another item', true, facts(report([stranger, invite, other], { errors: [regionDown] }))],
    ['one item gone and another come', true, facts(report([stranger, other], { errors: [regionDown] }))],
    ['the same item with another outcome (dry-run)', true, facts(report([stranger, invite], { mode: 'dry-run', errors: [regionDown] }))],
    ['another region down', true, facts(report([stranger, invite], { errors: [regionDown, { ...regionDown, region: 'us-east-1' }] }))],
    ['the budget tripped', true, facts(report([stranger, invite], { errors: [regionDown], budget: { tripped: true } }))],
    ['the run stopped', true, stopped('STS said no')],
  ])('after a report: %s → new: %s', (_case, expected, now) => {
    expect(somethingNew(recorded(last), now)).toBe(expected);
  });

  it("the organization's account list refused for another cause (other credentials, another fix): new; for the same: not", () => {
    const unlisted = (code: string): AlertFacts => facts(report([], { errors: [{ service: 'organizations', message: `ListAccounts: ${code}: no`, code }] }));
    expect(somethingNew(recorded(unlisted('AccessDeniedException')), unlisted('AccessDeniedException'))).toBe(false);
    expect(somethingNew(recorded(unlisted('AccessDeniedException')), unlisted('AWSOrganizationsNotInUseException'))).toBe(true);
  });

  it('a merge refused for fewer of the same reasons: nothing new; for another: new', () => {
    // The refusals as mergeShardReports words them (a shard whose report is missing is no refusal: it is merged as a gap).
    const twice = (index: number) => `- Shard ${index}/3 is there 2 times (reports/a/shard-${index}.json, reports/b/shard-${index}.json): keep one report per shard.`;
    const two = stopped(`The shard reports cannot be merged:\n${twice(2)}\n${twice(3)}`);
    expect(somethingNew(recorded(two), stopped(`The shard reports cannot be merged:\n${twice(3)}`))).toBe(false);
    expect(somethingNew(recorded(two), stopped(`The shard reports cannot be merged:\n${twice(1)}`))).toBe(true);
  });

  it('no state recorded: new; the fingerprint alone (an earlier release, or over the cap): new when it differs', () => {
    const smaller = facts(report([stranger], { errors: [regionDown] }));
    expect(somethingNew(undefined, last)).toBe(true);
    expect(somethingNew({ fingerprint: last.fingerprint }, last)).toBe(false);
    expect(somethingNew({ fingerprint: last.fingerprint }, smaller)).toBe(true);
  });
});

describe('the fingerprint of a run that could not check anything: its cause, not what changes from run to run', () => {
  const stopped = (message: string, mode: Mode = 'enforce') => alertFacts({ kind: 'stopped', mode, message }, NOW).fingerprint;
  const invalid = (issues: readonly { line: number; key: string; message: string }[]) =>
    alertFacts({ kind: 'invalid-policy', mode: 'dry-run', policyPath: 'p.yml', issues: issues.map((i) => ({ file: 'p.yml', column: 3, ...i })), errorCount: issues.length }, NOW).fingerprint;
  const PIN = '.github/inbound-guard.yml:1: These AWS credentials belong to account 111122223333, but accounts lets this policy govern only 210987654321. Nothing was read or written.';
  const FOLDER = "Cannot read the reports folder nothing-here (ENOENT: no such file or directory, scandir '/home/runner/work/guard/guard/nothing-here'); download the shard artifacts into it first.";
  const STS = 'Could not tell which AWS account these credentials belong to (STS GetCallerIdentity: InvalidClientTokenId: The security token included in the request is invalid.). Check the credentials step.';

  it('another cause is another fingerprint: the accounts pin, a missing reports folder, refused credentials (the run after another)', () => {
    const prints = [stopped(PIN), stopped(FOLDER, 'merge'), stopped(STS), stopped(PIN.replace('111122223333', '444455556666'))];
    expect(new Set(prints).size).toBe(prints.length);
  });

  it.each([
    ['request ids', 'AccessDeniedException: not authorized (Service: Organizations, Status Code: 400, Request ID: 1f2e3d4c-aaaa-bbbb-cccc-0123456789ab)', 'AccessDeniedException: not authorized (Service: Organizations, Status Code: 400, Request ID: 9e8d7c6b-1111-2222-3333-ba9876543210)'],
    ['a bare UUID and a RequestId of another shape', 'ServiceUnavailable 0f8fad5b-d9cb-469f-a165-70867728950e RequestId=4442587FB7D0A2F9', 'ServiceUnavailable 7c9e6679-7425-40de-944b-e07fc1f90ae7 RequestId=ABCDEF0123456789'],
    ['the role session named after the run', 'AccessDenied: User: arn:aws:sts::210987654321:assumed-role/inbound-guard/inbound-guard-501 is not authorized to perform: sts:AssumeRole', 'AccessDenied: User: arn:aws:sts::210987654321:assumed-role/inbound-guard/inbound-guard-502 is not authorized to perform: sts:AssumeRole'],
    ['timestamps', 'SignatureDoesNotMatch: Signature expired: 20261121T120000Z is now earlier than 20261121T120500Z (20261121T121000Z - 15 min.)', 'SignatureDoesNotMatch: Signature expired: 20261122T080000Z is now earlier than 20261122T080500Z (20261122T081000Z - 15 min.)'],
    ['ISO, HTTP and clock times', 'ExpiredToken: expired at 2026-11-21T12:00:00.123Z (Sat, 21 Nov 2026 12:00:00 GMT, 12:00:00 UTC)', 'ExpiredToken: expired at 2026-11-22 08:30:05 UTC (Sun, 22 Nov 2026 08:30:05 GMT, 08:30:05 UTC)'],
    ['durations and counts of seconds', 'ThrottlingException: Rate exceeded; gave up after 30 s (retry after 12 seconds, waited 500 ms)', 'ThrottlingException: Rate exceeded; gave up after 31.5 s (retry after 7 seconds, waited 80 ms)'],
    ['the workflow run', 'The shard reports cannot be merged:\n- reports/b.json comes from workflow run 101, reports/a.json from run 102: download only this run\'s shard reports.', 'The shard reports cannot be merged:\n- reports/b.json comes from workflow run 101, reports/a.json from run 103: download only this run\'s shard reports.'],
    ['the address a network error reached, and white space', 'Could not tell which AWS account (STS GetCallerIdentity: ETIMEDOUT: connect ETIMEDOUT 52.94.1.2:443).', 'Could not tell which  AWS account (STS GetCallerIdentity: ETIMEDOUT: connect ETIMEDOUT 54.239.28.85:443). '],
  ])('the same cause with other %s: the same fingerprint', (_case, first, second) => {
    expect(stopped(first)).toBe(stopped(second));
  });

  it('keeps what names the cause: account ids, regions, policy lines and dates, shards', () => {
    expect(stopped('AccessDenied in 210987654321')).not.toBe(stopped('AccessDenied in 210987654322'));
    expect(stopped('IoT in eu-west-1 refused')).not.toBe(stopped('IoT in eu-west-2 refused'));
    expect(stopped('policy.yml:12:34: until 2026-11-30 is not a date')).not.toBe(stopped('policy.yml:12:35: until 2026-11-30 is not a date'));
    // As merge-reports.ts words a missing shard (missingShardError).
    const missing = (index: number) => `Shard ${index}/3's report is missing: the accounts and regions it owns were not reported (its job may have failed before uploading; re-run it, then re-run this merge)`;
    expect(missing(2)).toBe(missingShardError({ index: 2, count: 3 }).message);
    expect(stopped(missing(2))).not.toBe(stopped(missing(3)));
  });

  it('an invalid policy: its problems, each at its line, in any order — not just "invalid"', () => {
    const unknownKey = { line: 4, key: 'iot.alow', message: 'Unknown key alow; did you mean allow?' };
    const badAccount = { line: 7, key: 'iot.allow[0].source-account', message: 'source-account must be 12 digits, got 1234.' };
    expect(invalid([unknownKey, badAccount])).toBe(invalid([badAccount, unknownKey]));
    expect(invalid([unknownKey])).not.toBe(invalid([badAccount]));
    expect(invalid([unknownKey])).not.toBe(invalid([{ ...unknownKey, line: 5 }]));
    expect(invalid([unknownKey])).not.toBe(invalid([{ ...unknownKey, message: 'Unknown key alow.' }]));
    // The count in the last "more problems" line is not a problem of its own.
    const more = (n: number) => ({ line: 90, key: '', message: `${n.toLocaleString('en-US')} more problems from here on are not shown; fix the ones above and validate again.` });
    expect(invalid([unknownKey, more(1200)])).toBe(invalid([unknownKey, more(3)]));
  });
});

describe('alertFacts: an allowance lapses when no entry allows the item after the cited one', () => {
  // The allow list is searched in order: the report cites the first entry that matches. When it has
  // an `until` and a later entry also allows the item, the item is still allowed after that day.
  const item = certificateTransfer({ certificateId: hex(11), sourceAccount: '444455556666' });
  const under = (iotAllow: NonNullable<PolicyFragment['iotAllow']>, now = NOW): RunReport => {
    const results: ItemResult[] = decide([item], buildPolicy({ iotAllow }), now).map((decision) => ({ decision, outcome: outcomeFor('enforce')(decision) }));
    return oneAccountReport({ mode: 'enforce', generatedAt: now.toISOString(), budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results });
  };
  const lapsing = (r: RunReport) => facts(r).lapsing.map((l) => [l.item.matched?.index, l.until, l.lapsesAt, l.daysLeft]);

  it('a later entry without until also allows it: nothing lapses, nothing needs a person', () => {
    const r = under([{ sourceAccount: '444455556666', until: '2026-11-25' }, { sourceAccount: '444455556666' }]);
    expect(r.items[0]).toMatchObject({ action: 'allow', matched: { index: 0, until: '2026-11-25' } });
    expect(r.items[0]?.allowedThrough).toBeUndefined();
    expect(lapsing(r)).toEqual([]);
    expect(facts(r).needsAttention).toBe(false);
  });

  it('chained entries with until: the later date is the one listed, the row naming the entry cited and the later until', () => {
    const r = under([{ sourceAccount: '444455556666', until: '2026-11-25' }, { sourceAccount: '444455556666', until: '2026-11-30' }]);
    expect(r.items[0]?.allowedThrough).toBe('2026-11-30');
    expect(lapsing(r)).toEqual([[0, '2026-11-30', '2026-12-01T00:00:00.000Z', 9]]);
    const body = renderAlertBody(facts(r), '.github/inbound-guard.yml');
    expect(body).toMatch(/iot\.allow\[0\] \(line \d+\)\S* until 2026-11-25, then a later entry until 2026-11-30 \| allowed through <code>2026&#45;11&#45;30<\/code> \(UTC\): lapses in 9 days 12 h \|/);
  });

  it('chained entries whose last until is after the window: not lapsing within it', () => {
    expect(lapsing(under([{ sourceAccount: '444455556666', until: '2026-11-25' }, { sourceAccount: '444455556666', until: '2027-06-30' }]))).toEqual([]);
  });

  it('a later entry that lapses before the cited one does not extend it: the cited until, and the row as before', () => {
    const r = under([{ sourceAccount: '444455556666', until: '2026-11-25' }, { sourceAccount: '444455556666', until: '2026-11-22' }]);
    expect(lapsing(r)).toEqual([[0, '2026-11-25', '2026-11-26T00:00:00.000Z', 4]]);
    expect(renderAlertBody(facts(r), '.github/inbound-guard.yml')).not.toContain('then a later entry');
  });

  it('the fingerprint follows the end of the allowance: a later entry extended notifies, the cited one extended within the chain does not', () => {
    const chain = (first: string, second: string) => facts(under([{ sourceAccount: '444455556666', until: first }, { sourceAccount: '444455556666', until: second }])).fingerprint;
    expect(chain('2026-11-25', '2026-11-30')).not.toBe(chain('2026-11-25', '2026-12-02'));
    expect(chain('2026-11-25', '2026-11-30')).toBe(chain('2026-11-27', '2026-11-30'));
  });
});

describe('renderAlertTitle', () => {
  it.each([
    ['enforce', report([stranger, invite]), 'inbound-guard: 1 rejected, 1 declined · account 210987654321'],
    ['dry-run', report([stranger, invite], { mode: 'dry-run' }), 'inbound-guard: would reject 1, would decline 1 · account 210987654321'],
    ['held and tripped', report([stranger], { outcome: (d) => (d.action === 'reject' ? 'held-by-budget' : 'allowed'), budget: { tripped: true } }), 'inbound-guard: 1 held by the budget, budget tripped · account 210987654321'],
    ['lapsing and unread', report([lapsingSoon], { errors: [regionDown] }), 'inbound-guard: 1 allowance lapsing soon, 1 part not read · account 210987654321'],
    // The organization's account list is every account it has: said in words, the other parts counted as more.
    ['the organization not listed', report([], { errors: [unlisted] }), "inbound-guard: the organization's accounts could not be listed · account 210987654321"],
    ['the organization not listed, and a region', report([stranger], { errors: [unlisted, regionDown] }), "inbound-guard: 1 rejected, the organization's accounts could not be listed, 1 more part not read · account 210987654321"],
    ['no account read at all', { ...report([], { errors: [unlisted] }), accounts: [] }, "inbound-guard: the organization's accounts could not be listed · no account checked"],
  ])('%s', (_case, r, title) => {
    expect(renderAlertTitle(facts(r))).toBe(title);
  });

  it('carries nothing a sender wrote', () => {
    const hostile = certificateTransfer({ certificateId: hex(7), sourceAccount: '999988887777', transferMessage: '#1 @octocat <b>x</b>' });
    expect(renderAlertTitle(facts(report([hostile])))).toBe('inbound-guard: 1 rejected · account 210987654321');
  });
});

describe('renderAlertBody', () => {
  it('starts with the marker and the fingerprint, and links the run and each lapsing entry at its line', () => {
    const f = facts(report([stranger, lapsingSoon]));
    const links = { serverUrl: 'https://github.com', repository: 'acme/guard', sha: 'f'.repeat(40), policyPath: '.github/inbound-guard.yml' };
    const body = renderAlertBody(f, '.github/inbound-guard.yml', { run: RUN, links });
    expect(body.split('\n').slice(0, 3)).toEqual([alertMarker('.github/inbound-guard.yml'), stateMarker(f), '## 🚨 inbound-guard needs attention · enforce · account <code>210987654321</code>']);
    expect(body).toContain(`[The last run](${RUN.url}) (run 4242), at 2026-11-21 12:00:00 UTC, found: **1 rejected · 1 allowance lapsing soon**.`);
    expect(body).toContain(`[iot.allow[1] (line 8)](https://github.com/acme/guard/blob/${'f'.repeat(40)}/.github/inbound-guard.yml#L8) until 2026-11-30`);
    expect(body).toContain('| allowed through <code>2026&#45;11&#45;30</code> (UTC): lapses in 9 days 12 h |');
  });

  it('shows each item by its whole id, to look up in AWS, in the acted rows and the lapsing ones alike', () => {
    const body = renderAlertBody(facts(report([stranger, lapsingSoon, friendTonight])), '.github/inbound-guard.yml');
    const whole = (id: string) => `<code>${(id.match(/.{16}/g) ?? []).join('<wbr>')}</code>`;
    expect(body).toMatch(new RegExp(`^\\| 🛑 rejected \\| IoT certificate transfer \\| ${whole(hex(2))} \\|`, 'm'));
    expect(body).toMatch(new RegExp(`^\\| IoT certificate transfer \\| ${whole(hex(3))} \\|.*\\| allowed through <code>2026&#45;11&#45;30</code> \\(UTC\\): lapses in 9 days 12 h \\|$`, 'm'));
    // Tonight, at 12:00 UTC: the handshake's allowance lapses at midnight UTC, 12 h away, not "within a day".
    expect(body).toContain('| <code>h&#45;friendinvite01</code> |');
    expect(body).toContain('| allowed through <code>2026&#45;11&#45;21</code> (UTC): lapses in 12 h |');
    expect(body).not.toContain('…</code>');
  });

  it('a tripped budget says what the job summary says: the run\'s budget and, for a matrix, how it was split', () => {
    const held = { outcome: (d: Decision): Outcome => (d.action === 'reject' || d.action === 'decline' ? 'held-by-budget' : outcomeFor('enforce')(d)) };
    const one = renderAlertBody(facts(report([stranger, invite], { ...held, budget: { limit: 1, source: 'input', tripped: true } })), '.github/inbound-guard.yml');
    expect(one).toContain('> **Budget tripped: 2 items call for action, the budget is 1 (the max-actions input).** Nothing was written. Check the policy for a mistake; if the list is right, raise max-actions for one run.');
    // A merged matrix run: its limit is the sum of the shares (here 0), never to be shown as "the budget is 0";
    // the shard that tripped is named with its own count.
    const matrix = renderAlertBody(facts(report([stranger, invite], { ...held, budget: { limit: 0, source: 'default', tripped: true, share: { runLimit: 10, shards: 20 }, trippedShards: [{ index: 7, planned: 2 }] } })), '.github/inbound-guard.yml');
    expect(matrix).toContain("> **Budget tripped: shard 7/20 found 2 items to reject or decline, more than its share; the budget of 10 (the default) is split over 20 shards, 0 each.** That shard wrote nothing. Each shard's share is 0. Raise max-actions to at least 20, or use fewer shards.");
    expect(matrix).not.toMatch(/budget is 0/);
    // One that does not say which shard tripped says its count is all the shards' together.
    const unnamed = renderAlertBody(facts(report([stranger, invite], { ...held, budget: { limit: 0, source: 'default', tripped: true, share: { runLimit: 10, shards: 20 } } })), '.github/inbound-guard.yml');
    expect(unnamed).toContain('> **Budget tripped in at least one shard: 2 items call for action in all shards together; the budget of 10 (the default) is split over 20 shards, 0 each.**');
    // The rows' heading says what became of them, not "rejected or declined" over items never written.
    expect(one).toContain('### 🛑 Held by the budget in the last run: nothing was written (2)');
    expect(one).not.toContain('Rejected or declined in the last run');
  });

  it('an enforce run whose writes partly failed says so in the heading of its rows', () => {
    const body = renderAlertBody(facts(report([stranger, invite], { outcome: (d: Decision): Outcome => (d.action === 'reject' ? 'failed' : outcomeFor('enforce')(d)) })), '.github/inbound-guard.yml');
    expect(body).toContain('### 🛑 To reject or decline in the last run: 1 rejected or declined, 1 failed (2)');
  });

  describe('writes refused as not allowed', () => {
    // Two rejections refused alike (the read-only role used for enforce), the decline failed otherwise (no hint).
    const other = certificateTransfer({ certificateId: hex(6), sourceAccount: '999988887777' });
    const hint = (session: string) =>
      `These credentials are account 210987654321 (arn:aws:sts::210987654321:assumed-role/gha/${session}); their policy needs <b>iot:RejectCertificateTransfer</b>, one of enforce's guard permissions (iam/enforce.json; iam/README.md).`;
    const refused = (session: string) =>
      facts(
        report([stranger, other, invite], {
          outcome: () => 'failed',
          result: (d) => (d.action === 'reject' ? { detail: 'AccessDeniedException: User: arn:aws:sts::210987654321:assumed-role/gha/x is not authorized', hint: hint(session) } : { detail: 'ThrottlingException: slow down' }),
        }),
      );

    it('each hint once, under the failed rows, inert, as the job summary says it', () => {
      const body = renderAlertBody(refused('run-1'), '.github/inbound-guard.yml', { run: RUN });
      expect(body).toContain(
        '\n\n**2 writes were refused as not allowed.** These credentials are account 210987654321 &#40;arn&#58;aws&#58;sts&#58;&#58;210987654321&#58;assumed&#45;role/gha/run&#45;1&#41;; their policy needs &#60;b&#62;iot&#58;RejectCertificateTransfer&#60;/b&#62;, one of',
      );
      expect(body.split('refused as not allowed').length).toBe(2);
      expect(body).not.toContain('<b>');
      // After the table: its rows keep AWS's answer each.
      expect(body.indexOf('refused as not allowed')).toBeGreaterThan(body.lastIndexOf('| ❌ failed'));
      // Past three causes (a role per account, say), counted, with where each is said.
      const four = [2, 6, 7, 8].map((n) => certificateTransfer({ certificateId: hex(n), sourceAccount: '999988887777' }));
      const causes = facts(report(four, { outcome: () => 'failed', result: (d) => ({ detail: 'AccessDeniedException: no', hint: hint(`run-${d.item.kind === 'certificate-transfer' ? d.item.certificateId.slice(-1) : ''}`) }) }));
      const many = renderAlertBody(causes, '.github/inbound-guard.yml', { run: RUN });
      expect(many.split('**1 write was refused as not allowed.**').length).toBe(4);
      expect(many).toContain(`\n\n_…1 more write was refused as not allowed, for 1 more cause: see them in the log of the [run](${RUN.url}) (its Decisions group lists every item) and its JSON report, `);
    });

    it("is no finding of its own: the same run again, or with another session in the hint's ARN, comments nothing", () => {
      const first = refused('run-1');
      const recorded = readAlertState(renderAlertBody(first, '.github/inbound-guard.yml'));
      expect(somethingNew(recorded, refused('run-1'))).toBe(false);
      expect(somethingNew(recorded, refused('run-2'))).toBe(false);
      // The state line is the findings' alone: the same without any hint.
      const plain = facts(report([stranger, other, invite], { outcome: () => 'failed' }));
      expect(stateMarker(first)).toBe(stateMarker(plain));
    });
  });

  it("shows the run's time as a reader reads it, and a merged report's time that is not one inert", () => {
    const hostile = { ...report([stranger]), generatedAt: '<img src=x onerror=alert(1)>' };
    const body = renderAlertBody(facts(hostile), '.github/inbound-guard.yml');
    expect(body).not.toContain('<img');
    expect(body).toContain('at &#60;img src&#61;x onerror&#61;alert&#40;1&#41;&#62;, found:');
  });

  it('a marker cannot be closed early by the policy path', () => {
    expect(alertMarker('a --> b/x.yml')).toBe('<!-- inbound-guard:alert:a%20--%3E%20b/x.yml -->');
  });

  it('stays under GitHub’s limit with thousands of hostile items, and says how many rows it left out', () => {
    const items = Array.from({ length: 3000 }, (_, i) =>
      i % 2 === 0
        ? certificateTransfer({ certificateId: hex(1000 + i), sourceAccount: '999988887777', transferMessage: `<img src=x>&@everyone [${'x'.repeat(90)}](https://evil.example) #${i}` })
        : handshake({ id: `h-${String(i).padStart(10, '0')}`, organizationId: 'o-strangerorg01', notes: '@'.repeat(120), managementName: '|'.repeat(60) }),
    );
    const body = renderAlertBody(facts(report(items, { errors: Array.from({ length: 200 }, (_, i) => ({ ...regionDown, region: `xx-test-${i}` })) })), '.github/inbound-guard.yml', { run: RUN });
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(body).toMatch(/_…and \d+ more rows, not shown here: see them in the log of the \[run\]\(https:\/\/github\.com\/acme\/guard\/actions\/runs\/4242\) \(its Decisions group lists every item\) and its JSON report, the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._/);
    expect(body.endsWith('</sub>')).toBe(true);
  });

  // The job summary's tables stop at MAX_ROWS (50), fewer than the issue shows: it is not where the rest are.
  it('a cut table sends readers where the rest really are: the log, the failures, the JSON report only when written', () => {
    const items = Array.from({ length: 300 }, (_, i) => certificateTransfer({ certificateId: hex(5000 + i), sourceAccount: '999988887777' }));
    // Each its own failure (alike ones would be one row: alikeByRegion).
    const errors = Array.from({ length: 150 }, (_, i) => ({ ...regionDown, region: `xx-test-${i}`, message: `InternalFailureException: boom #${i}` }));
    const r = { ...report(items, { errors }), skippedAccounts: [{ account: '700000000002', reason: "not in the policy's accounts pin", fails: true }] };
    const shownRows = (body: string) => body.split('\n').filter((l) => l.startsWith('| 🛑')).length;
    const notReadRows = (body: string) => body.slice(body.indexOf('### ⚠️ Not read'), body.indexOf('_…and')).split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Where') && !l.startsWith('| ---')).length;
    const cutLines = (body: string) => body.split('\n').filter((l) => l.startsWith('_…and'));
    const run = '[run](https://github.com/acme/guard/actions/runs/4242)';

    const written = renderAlertBody(facts(r), '.github/inbound-guard.yml', { run: RUN });
    expect(shownRows(written)).toBeGreaterThan(MAX_ROWS);
    expect(cutLines(written)).toEqual([
      `_…and ${150 + 1 - notReadRows(written)} more rows, not shown here: see them in the failures of the ${run} (each part not read), the "Not guarded" group of its log (each account not guarded) and its JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._`,
      `_…and ${300 - shownRows(written)} more rows, not shown here: see them in the log of the ${run} (its Decisions group lists every item) and its JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._`,
    ]);

    const unwritten = renderAlertBody(facts(r), '.github/inbound-guard.yml', { run: RUN, reportWritten: false });
    expect(cutLines(unwritten)).toEqual([
      expect.stringMatching(/ more rows, not shown here: see them in the failures of the \[run\]\(\S+\) \(each part not read\), the "Not guarded" group of its log \(each account not guarded\); its JSON report could not be written\._$/),
      expect.stringMatching(/ more rows, not shown here: see them in the log of the \[run\]\(\S+\) \(its Decisions group lists every item\); its JSON report could not be written\._$/),
    ]);
    expect(unwritten).not.toContain('job summary');
    expect(unwritten).not.toContain('report&#45;file');
  });

  // The Decisions group lists every item, allowed ones by the thousand: the cut line of the
  // lapsing table names the mark the log puts on exactly these (logDecisions, test/log-lines).
  it('a cut table of lapsing allowances sends readers to the mark the log puts on each of them', () => {
    const r = report([lapsingSoon, friendTonight, stranger]);
    const run = '[run](https://github.com/acme/guard/actions/runs/4242)';
    const cutLines = (body: string) => body.split('\n').filter((l) => l.startsWith('_…and'));
    expect(cutLines(renderAlertBody(facts(r), 'p.yml', { run: RUN, maxRows: 1 }))).toEqual([
      `_…and 1 more row, not shown here: see them in the log of the ${run} (its Decisions group marks each "⏳ lapses in …") and its JSON report, the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)._`,
    ]);
    expect(cutLines(renderAlertBody(facts(r), 'p.yml', { run: RUN, maxRows: 1, reportWritten: false }))).toEqual([
      `_…and 1 more row, not shown here: see them in the log of the ${run} (its Decisions group marks each "⏳ lapses in …"); its JSON report could not be written._`,
    ]);
  });

  // The job summary may be cut too (capSummary), or not written: a body cut as a whole sends readers
  // where its other cut lines do, the run's log (and the JSON report only when it was written).
  it('a body too long even for its tables is cut with a note that names the run and its log, never the job summary', () => {
    const stopped = renderAlertBody(alertFacts({ kind: 'stopped', mode: 'enforce', message: 'x'.repeat(3000) }, NOW), 'p.yml', { run: RUN, maxLength: 900 });
    expect(byteSize(stopped)).toBeLessThanOrEqual(900);
    expect(stopped.endsWith('\n\n_…cut to fit; see the rest in the log of the [run](https://github.com/acme/guard/actions/runs/4242)._')).toBe(true);

    const r = report([stranger, lapsingSoon]);
    const written = renderAlertBody(facts(r), '.github/inbound-guard.yml', { run: RUN, maxLength: 900 });
    expect(byteSize(written)).toBeLessThanOrEqual(900);
    expect(written).toMatch(/\n\n_…cut to fit; see the rest in the log of the \[run\]\(https:\/\/github\.com\/acme\/guard\/actions\/runs\/4242\) and its JSON report, the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._$/);
    const unwritten = renderAlertBody(facts(r), '.github/inbound-guard.yml', { run: RUN, maxLength: 900, reportWritten: false });
    expect(byteSize(unwritten)).toBeLessThanOrEqual(900);
    expect(unwritten.endsWith('_…cut to fit; see the rest in the log of the [run](https://github.com/acme/guard/actions/runs/4242); its JSON report could not be written._')).toBe(true);
    for (const body of [stopped, written, unwritten]) expect(body).not.toContain('job summary');
  });

  it('shows an invalid policy’s errors and a stopped run’s reason, both inert', () => {
    const invalid = renderAlertBody(alertFacts({ kind: 'invalid-policy', mode: 'enforce', policyPath: 'p.yml', issues: [{ file: 'p.yml', line: 3, column: 7, key: 'iot.allow', message: 'bad <b>@x</b>' }], errorCount: 1 }, NOW), 'p.yml');
    expect(invalid).toContain('| 3:7 | <code>iot.allow</code> | bad &#60;b&#62;@\u200Bx&#60;/b&#62; |');
    // The list is capped; the count is every problem found.
    const many = renderAlertBody(alertFacts({ kind: 'invalid-policy', mode: 'enforce', policyPath: 'p.yml', issues: [{ file: 'p.yml', line: 3, column: 7, key: '', message: 'x' }], errorCount: 7313 }, NOW), 'p.yml');
    expect(many).toContain('has 7,313 errors.');
    // No JSON report for a policy that did not validate: the log has each problem, annotated at its line.
    const issues = Array.from({ length: 150 }, (_, i) => ({ file: 'p.yml', line: i + 1, column: 1, key: '', message: 'x' }));
    const cutIssues = renderAlertBody(alertFacts({ kind: 'invalid-policy', mode: 'enforce', policyPath: 'p.yml', issues, errorCount: 150 }, NOW), 'p.yml', { run: RUN });
    expect(cutIssues).toContain('_…and 50 more rows, not shown here: see them in the log of the [run](https://github.com/acme/guard/actions/runs/4242), which annotates each at its line._');
    const stopped = renderAlertBody(alertFacts({ kind: 'stopped', mode: 'merge', message: 'shard 2/2 is missing\n::error::x @y' }, NOW), 'p.yml');
    // Its lines kept as lines (a merge's list of problems), each inert.
    expect(stopped).toContain('account:\n\nshard 2/2 is missing\n\n&#58;&#58;error&#58;&#58;x @\u200By\n');
  });
});

describe('sender-written text is inert in the body and the comments (property)', () => {
  const hostileText = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.constantFrom('<img src=x onerror=alert(1)>', '@octocat', '#12', 'acme/guard#3', 'GH-4', '[x](https://evil.example)', 'https://evil.example', '\n::error::pwned', '|', '`', '<!--', '-->', '\u202E', '![i](x)'), { maxLength: 12 }).map((parts) => parts.join(' ')),
  );
  it('no tags, mentions, issue references, links or HTML comments come from it', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (message, notes, name) => {
        const items = [
          certificateTransfer({ certificateId: hex(1), sourceAccount: '999988887777', transferMessage: message }),
          handshake({ id: 'h-strangerinvite1', organizationId: 'o-strangerorg01', notes, managementName: name, managementEmail: name }),
        ];
        const f = facts(report(items, { errors: [{ ...regionDown, message }] }));
        const body = renderAlertBody(f, '.github/inbound-guard.yml');
        // Our own lines: the two markers (first), the run link, policy links. Everything else is checked.
        const rest = body.split('\n').slice(2).join('\n');
        expect(rest).not.toMatch(/<(?!\/?(code|br|sub)>|wbr>)[A-Za-z!/]/);
        expect(rest).not.toMatch(/@[A-Za-z0-9]/);
        expect(rest).not.toMatch(/(^|[^&])#\d/);
        expect(rest).not.toMatch(/\b(GH-\d|[\w-]+\/[\w.-]+#\d)/i);
        expect(rest).not.toMatch(/https?:\/\/(?!github\.com\/acme)/);
        expect(rest).not.toContain('-->');
        expect(rest).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
        for (const comment of [renderChangeComment(f), renderCloseComment(report([]))]) {
          expect(comment).not.toMatch(/@[A-Za-z0-9]|<[A-Za-z]|(^|[^&])#\d/);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('a cut table keeps room for its own "…and N more" line', () => {
  // The lapsing table's cut line names the run's URL and the log's mark: with a long owner/repo it
  // passes 400 bytes, which a fixed reserve did not cover, and the body fell to the last-resort cut.
  it('600 lapsing allowances and a 130-character owner/repo: the tables fit and the footer stays', () => {
    const now = new Date('2026-11-21T12:00:00Z');
    const lapsing = buildPolicy({ iotAllow: [{ sourceAccount: '444455556666', until: '2026-11-30' }] });
    const items = Array.from({ length: 600 }, (_, i) => certificateTransfer({ certificateId: i.toString(16).padStart(64, '0'), sourceAccount: '444455556666', region: 'us-east-1' }));
    const results = decide(items, lapsing, now).map((decision) => ({ decision, outcome: 'allowed' as const }));
    const report = oneAccountReport({ mode: 'enforce', generatedAt: now.toISOString(), budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results });
    const repo = `${'o'.repeat(39)}/${'r'.repeat(90)}`;
    const run = { id: 12345678901, attempt: 2, repository: repo, url: `https://github.com/${repo}/actions/runs/12345678901/attempts/2` };
    for (const maxLength of [59_000, 59_140, 59_500, 60_000]) {
      const body = renderAlertBody(alertFacts({ kind: 'report', report }, now), lapsing.path, { run, maxRows: 5000, maxLength });
      expect(byteSize(body)).toBeLessThanOrEqual(maxLength);
      expect(body).not.toContain('cut to fit');
      expect(body).toContain('Keep the <code>inbound&#45;guard</code> label');
      expect(body).toMatch(/_…and \d+ more rows, not shown here: see them [^\n]*_$/m);
    }
  });
});

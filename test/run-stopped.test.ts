/**
 * A run that stops on an error after its sweep (deciding, acting, reporting) has no report to fail
 * the step with, and the sweep logs each part not read as a plain line only: its failure, job
 * summary and alert issue must still name those parts (run/stopped.ts, report/log.ts runLogger).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { alertFacts, somethingNew } from '../src/alert/alert-facts.js';
import { renderAlertBody } from '../src/alert/render-alert.js';
import { decide } from '../src/decide/decide.js';
import { runLogger } from '../src/report/log.js';
import { renderRunError, stoppedHeading, stoppedProgress } from '../src/report/run-error.js';
import { inertLogLines } from '../src/report/escape.js';
import * as runner from '../src/runner/commands.js';
import { OPT_IN_HINT } from '../src/run/opt-in-hint.js';
import { MAX_NOT_READ_NAMED, withPartsNotRead } from '../src/run/stopped.js';
import { RunStoppedError, type MergeStoppedAt, type PlanStoppedAt, type StoppedAt, type SweepStoppedAt } from '../src/run/stopped-at.js';
import { AccountNotGovernedError } from '../src/run/account-guard.js';
import { stoppedPlan } from '../src/github/plan-mode.js';
import type { SweepError } from '../src/sweep/events.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { ROOT } from './helpers/run-dist.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';
import { certificateTransfer } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';

// The one way this file makes a run stop after its sweep: the job summary's renderer throws (as a bug in it would).
vi.mock('../src/report/run-summary.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/report/run-summary.js')>()),
  renderRunSummary: () => {
    throw new Error('the summary renderer broke');
  },
}));

const refused: SweepError = {
  service: 'sts',
  account: '400000000015',
  message: 'could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied: not authorized to perform sts:AssumeRole',
  code: 'AccessDenied',
  hint: 'Deploy the guard role in 400000000015.',
};
const region = (n: number): SweepError => ({ service: 'iot', account: '111122223333', region: `r-${n}`, message: `AccessDeniedException: no ${n}`, code: 'AccessDeniedException' });

describe('withPartsNotRead', () => {
  it('nothing not read: the error itself, untouched (its class too, which main.ts may branch on)', () => {
    const error = new TypeError('x');
    expect(withPartsNotRead(error, [])).toBe(error);
  });

  it("names each part after the error's message, in the words of the step's failures, hint included; the error is the cause", () => {
    const error = new Error('Cannot read properties of undefined (reading \'outcome\')');
    const stopped = withPartsNotRead(error, [refused]) as Error;
    expect(stopped.message).toBe(
      [
        "Cannot read properties of undefined (reading 'outcome')",
        'Before it stopped, the run could not read 1 part, which fails the step too:',
        '- Could not read account 400000000015 (STS): could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied: not authorized to perform sts:AssumeRole. Deploy the guard role in 400000000015. Items there were not checked.',
      ].join('\n'),
    );
    expect(stopped.cause).toBe(error);
    expect((withPartsNotRead('a string thrown', [refused]) as Error).message.split('\n')[0]).toBe('a string thrown');
  });

  it(`thousands: the first ${MAX_NOT_READ_NAMED}, then how many more and where each is`, () => {
    const lines = (withPartsNotRead(new Error('boom'), Array.from({ length: 3000 }, (_, i) => region(i))) as Error).message.split('\n');
    expect(lines[1]).toBe('Before it stopped, the run could not read 3000 parts, which fail the step too:');
    expect(lines.slice(2, -1)).toHaveLength(MAX_NOT_READ_NAMED);
    expect(lines[2]).toBe('- Could not read IoT in r-0 of 111122223333: AccessDeniedException: no 0. Items there were not checked.');
    expect(lines.at(-1)).toBe("- …and 2980 more parts not read: the log's Sweep group names each.");
  });

  it("parts alike in several regions of an account: one line naming the regions, as the step's failures say them; the first lines named, the rest counted in parts", () => {
    const hint = "The guard role inbound-guard in 400000000011 does not allow iot:ListCertificates: add it to the role's policy.";
    // AWS's message names the region in the resource ARN: alike apart from it.
    const denied = (account: string, region: string): SweepError => ({ service: 'iot', account, region, code: 'AccessDeniedException', message: `AccessDeniedException: not authorized to perform iot:ListCertificates on arn:aws:iot:${region}:${account}:cert/*`, hint });
    const regions = ['us-west-2', 'eu-west-1', 'ap-south-1'];
    const lines = (errors: SweepError[]) => (withPartsNotRead(new Error('boom'), errors) as Error).message.split('\n');
    expect(lines([...regions.map((r) => denied('400000000011', r)), region(7)])).toEqual([
      'boom',
      'Before it stopped, the run could not read 4 parts, which fail the step too:',
      '- Could not read IoT in r-7 of 111122223333: AccessDeniedException: no 7. Items there were not checked.',
      `- Could not read IoT in 3 regions of 400000000011 (ap-south-1, eu-west-1, us-west-2): ${denied('400000000011', 'ap-south-1').message}. ${hint} Items there were not checked.`,
    ]);
    // 30 accounts refused alike in 3 regions each: 30 lines of 90 parts, the first 20 named, the other 10 lines' 30 parts counted.
    const many = lines(Array.from({ length: 30 }, (_, i) => regions.map((r) => denied(String(400000000100 + i), r))).flat());
    expect(many[1]).toBe('Before it stopped, the run could not read 90 parts, which fail the step too:');
    expect(many.slice(2, -1)).toHaveLength(MAX_NOT_READ_NAMED);
    expect(many[2]).toMatch(/^- Could not read IoT in 3 regions of 400000000100 \(ap-south-1, eu-west-1, us-west-2\): /);
    expect(many.at(-1)).toBe("- …and 30 more parts not read: the log's Sweep group names each.");
  });

  it("names the parts in the report's order (report-errors.ts compareErrors), not the order they were logged in", () => {
    const at = (account: string | undefined, service: SweepError['service'], region?: string): SweepError => ({ service, ...(account === undefined ? {} : { account }), ...(region === undefined ? {} : { region }), message: 'AccessDeniedException: no' });
    const reportOrder = [
      at(undefined, 'organizations'),
      at('111111111111', 'sts'),
      at('222222222222', 'account'),
      at('222222222222', 'iot', 'eu-west-1'),
      at('222222222222', 'iot', 'us-east-1'),
      at('222222222222', 'organizations'),
      at('222222222222', 'ram', 'ap-south-1'),
      at('222222222222', 'macie', 'ap-south-1'),
      at('222222222222', 'guardduty', 'eu-west-1'),
      at('222222222222', 'securityhub', 'eu-west-1'),
      at('333333333333', 'iot', 'eu-west-1'),
    ];
    const named = (errors: SweepError[]) => (withPartsNotRead(new Error('boom'), errors) as Error).message.split('\n').slice(2);
    expect(named([...reportOrder].reverse())).toEqual(named(reportOrder));
    expect(named(reportOrder)[0]).toMatch(/^- Could not read the organization's accounts/);
    expect(named(reportOrder).at(-1)).toMatch(/^- Could not read IoT in eu-west-1 of 333333333333/);
    expect(named([reportOrder[4]!, reportOrder[3]!])).toEqual(named(reportOrder.slice(3, 5)));
  });

  it('the same cause and the same parts in another order: the alert issue sees nothing new (no comment, no notification)', () => {
    const part = (n: number): SweepError => ({ service: 'iot', account: String(400000000100 + n), region: 'us-east-1', message: 'AccessDeniedException: not authorized', code: 'AccessDeniedException' });
    const facts = (errors: SweepError[]) => alertFacts({ kind: 'stopped', mode: 'enforce', message: (withPartsNotRead(new Error('the summary renderer broke'), errors) as Error).message }, new Date());
    const parts = Array.from({ length: 25 }, (_, i) => part(i));
    const first = facts(parts);
    const second = facts([...parts].reverse());
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(somethingNew({ fingerprint: first.fingerprint, elements: new Set(first.elements) }, second)).toBe(false);
  });

  it("AWS's text stays text, one line a part: inert in the failing annotation and the job summary, its line breaks starting no line of their own", () => {
    const hostile: SweepError = { ...region(1), message: 'x\n::add-mask::y <img src=x> @octocat\n- Could not read nothing: all is well' };
    const message = (withPartsNotRead(new Error('boom'), [hostile]) as Error).message;
    expect(message.split('\n')).toHaveLength(3);
    for (const line of inertLogLines(message).split('\n')) expect(line).not.toContain('::');
    const md = renderRunError(message);
    expect(md).toContain('\n- Could not read IoT in r&#45;1 of 111122223333&#58; x&#92;n&#58;&#58;add&#45;mask&#58;&#58;y &#60;img src&#61;x&#62; @\u200Boctocat&#92;n&#45; Could not read nothing&#58; all is well. Items there were not checked.\n');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\n- Could not read nothing');
  });
});

describe('runLogger keeps the parts not read that fail the step', () => {
  let spy: MockInstance | undefined;
  beforeEach(() => {
    spy = vi.spyOn(runner.stdout, 'write').mockImplementation(() => undefined);
  });
  afterEach(() => spy?.mockRestore());

  it('each failure event, in order; not a plan\'s part read for the base branch\'s policy alone, nor a part read', () => {
    const log = runLogger();
    log.sweep({ type: 'account-failed', account: '400000000015', errorKind: 'denied', error: refused });
    log.sweep({ type: 'part-failed', account: '111122223333', kind: 'resource-share-invitation', service: 'ram', region: 'eu-west-1', errorKind: 'denied', error: region(2), baseOnly: true });
    log.sweep({ type: 'region-finished', account: '111122223333', region: 'us-east-1', pending: 0, incoming: 0, outgoing: 0, vanished: 0, duplicates: 0 });
    log.sweep({ type: 'region-failed', account: '111122223333', region: 'r-3', errorKind: 'denied', error: region(3) });
    expect(log.notRead()).toEqual([refused, region(3)]);
  });
});

describe('runLogger: what a stopped run says besides its error', () => {
  let spy: MockInstance | undefined;
  beforeEach(() => {
    spy = vi.spyOn(runner.stdout, 'write').mockImplementation(() => undefined);
  });
  afterEach(() => spy?.mockRestore());
  const token = (account: string, region: string): SweepError => ({ service: 'iot', account, region, message: 'UnrecognizedClientException: The security token included in the request is invalid.', code: 'UnrecognizedClientException' });
  const failed = (error: SweepError) => ({ type: 'region-failed', account: error.account!, region: error.region!, errorKind: 'denied', error }) as const;

  it("the opt-in-region hint, as the report gives it: only where the account's credentials were accepted, by a part read (before or after) or its region list", () => {
    const log = runLogger();
    log.sweep(failed(token('111111111111', 'me-south-1')));
    log.sweep({ type: 'region-finished', account: '111111111111', region: 'us-east-1', pending: 0, incoming: 0, outgoing: 0, vanished: 0, duplicates: 0 });
    log.sweep(failed(token('222222222222', 'me-south-1')));
    log.sweep({ type: 'regions-resolved', account: '222222222222', kind: 'certificate-transfer', swept: ['me-south-1'], skipped: [], listed: true });
    log.sweep(failed(token('333333333333', 'me-south-1')));
    log.sweep({ type: 'regions-resolved', account: '333333333333', kind: 'certificate-transfer', swept: ['me-south-1'], skipped: [] });
    log.sweep(failed({ ...token('111111111111', 'eu-west-1'), message: 'AccessDeniedException: no', code: 'AccessDeniedException' }));
    expect(log.notRead().map((e) => e.hint)).toEqual([OPT_IN_HINT, OPT_IN_HINT, undefined, undefined]);
  });

  it('the writes: attempted, made (rejected or declined), and a tripped budget', () => {
    const [decision] = decide([certificateTransfer({ sourceAccount: '999988887777', region: 'us-east-1' })], buildPolicy({}), new Date('2026-11-21T12:00:00Z'));
    const log = runLogger();
    expect(log.acted()).toEqual({ tripped: false, attempted: 0, made: 0 });
    for (const outcome of ['rejected', 'declined', 'failed', 'already-handled'] as const) log.act({ type: 'write-finished', index: 0, result: { decision: decision!, outcome } });
    expect(log.acted()).toEqual({ tripped: false, attempted: 4, made: 2 });
    const tripped = runLogger();
    tripped.act({ type: 'budget-tripped', budget: { planned: 5, limit: 2, tripped: true, source: 'input' } });
    expect(tripped.acted()).toEqual({ tripped: true, attempted: 0, made: 0 });
  });
});

describe('stoppedHeading and stoppedProgress: how far a stopped run had got, and no further than is known', () => {
  const at = (over: Partial<Omit<SweepStoppedAt, 'act'>> & { act?: Partial<SweepStoppedAt['act']> }): SweepStoppedAt => ({ mode: 'enforce', reporting: false, reportWritten: false, countsFromReport: false, ...over, act: { tripped: false, attempted: 0, made: 0, ...over.act } });
  const merge = (over: Partial<MergeStoppedAt>): MergeStoppedAt => ({ mode: 'merge', reporting: true, merged: 'enforce', reportWritten: false, countsFromReport: false, ...over });
  it.each<[string, StoppedAt | undefined, string, string[]]>([
    ['not a sweep (inputs, merge): as before', undefined, 'inbound-guard stopped before it could report', []],
    ['reporting, after 9 writes, the report written', at({ reporting: true, reportWritten: true, countsFromReport: true, act: { attempted: 9, made: 9 } }), 'inbound-guard stopped while reporting, after 9 writes', [
      "Before it stopped, it had made 9 writes to AWS (rejected or declined): the `acted` output, the JSON report (the `report-file` output) and the log's Act group list them.",
      'The JSON report was written (the `report-file` output names it).',
    ]],
    ['reporting, the report file not written (the counts are set)', at({ reporting: true, countsFromReport: true, act: { attempted: 3, made: 2 } }), 'inbound-guard stopped while reporting, after 2 writes', [
      "Before it stopped, it had sent AWS 3 writes, 2 of them made (rejected or declined): the `acted` output and the log's Act group list them.",
      'No JSON report was written.',
    ]],
    ['acting (a bug in the act stage): the `acted` output is 0', at({ act: { attempted: 1, made: 1 } }), 'inbound-guard stopped before it could report, after 1 write', [
      "Before it stopped, it had made 1 write to AWS (rejected or declined): the log's Act group lists each. The `acted` output says 0: the run stopped before its report set the count outputs.",
      'No JSON report was written.',
    ]],
    ['reporting, nothing to write', at({ reporting: true }), 'inbound-guard stopped while reporting', ['Its act stage had nothing to write: nothing was written to AWS.', 'No JSON report was written.']],
    ['before the report, no write logged', at({}), 'inbound-guard stopped before it could report', ["It had logged no write when it stopped: the log's Act group lists any it made.", 'No JSON report was written.']],
    ['the budget tripped', at({ reporting: true, act: { tripped: true } }), 'inbound-guard stopped while reporting', ['The budget tripped: nothing was written to AWS.', 'No JSON report was written.']],
    ['a dry run', at({ mode: 'dry-run', reporting: true, reportWritten: true, countsFromReport: true }), 'inbound-guard stopped while reporting', ['A dry run: nothing was written to AWS.', 'The JSON report was written (the `report-file` output names it).']],
    ['a merge of enforce shards, its report and counts written: no count of writes (it made none)', merge({ merged: 'enforce', reportWritten: true, countsFromReport: true }), 'inbound-guard stopped while reporting', [
      "A merge writes nothing to AWS: each enforce shard's job lists the writes it made in its log's Act group and its JSON report. The `acted` output counts the writes of the shard reports it merged.",
      'The JSON report was written (the `report-file` output names it).',
    ]],
    ['a merge of enforce shards, stopped before the count outputs', merge({ merged: 'enforce' }), 'inbound-guard stopped while reporting', [
      "A merge writes nothing to AWS: each enforce shard's job lists the writes it made in its log's Act group and its JSON report. The `acted` output says 0: the merge stopped before its report set the count outputs.",
      'No JSON report was written.',
    ]],
    ['a merge of dry-run shards', merge({ merged: 'dry-run', reportWritten: true, countsFromReport: true }), 'inbound-guard stopped while reporting', ['A merge of dry-run shards: nothing was written to AWS.', 'The JSON report was written (the `report-file` output names it).']],
    ['a plan, stopped after its JSON report and count outputs', { mode: 'plan', reporting: true, reportWritten: true, countsFromReport: true }, 'inbound-guard stopped while reporting', [
      'A plan writes nothing to AWS. Its report set the count outputs (`planned`, …) before it stopped.',
      'The JSON report was written (the `report-file` output names it).',
    ]],
    ['a plan, stopped while sweeping or deciding', { mode: 'plan', reporting: false, reportWritten: false, countsFromReport: false }, 'inbound-guard stopped before it could report', [
      'A plan writes nothing to AWS. The count outputs (`planned`, …) say 0: no report of it set them.',
      'No JSON report was written.',
    ]],
  ])('%s', (_, stopped, heading, progress) => {
    expect(stoppedHeading(stopped)).toBe(heading);
    expect(stoppedProgress(stopped)).toEqual(progress);
    expect(renderRunError('boom', stopped)).toBe([`## ❌ ${heading}`, '', 'boom', '', ...progress.flatMap((p) => [p, '']), 'The log shows how far it got.'].join('\n'));
  });

  it('the alert issue says it as the summary does; the count of writes is not part of the cause (no new notification for it)', () => {
    const stopped = at({ reporting: true, reportWritten: true, countsFromReport: true, act: { attempted: 9, made: 9 } });
    const facts = alertFacts({ kind: 'stopped', mode: 'enforce', message: 'boom', at: stopped }, new Date());
    const body = renderAlertBody(facts, '.github/inbound-guard.yml');
    expect(body).toContain('\n## ❌ inbound-guard stopped while reporting, after 9 writes\n');
    for (const p of stoppedProgress(stopped)) expect(body).toContain(`\n\n${p}\n\n`);
    expect(facts.fingerprint).toBe(alertFacts({ kind: 'stopped', mode: 'enforce', message: 'boom', at: { ...stopped, act: { ...stopped.act, made: 8 } } }, new Date()).fingerprint);
  });
});

describe('stoppedPlan: the error a plan stopped on', () => {
  const reporting: PlanStoppedAt = { mode: 'plan', reporting: true, reportWritten: true, countsFromReport: true };
  const arn = 'arn:aws:iam::123456789012:role/inbound-guard';

  it('says how far the plan got, with or without parts not read; the error is the cause', () => {
    const error = new Error('the renderer broke');
    for (const notRead of [[], [refused]]) {
      const stopped = stoppedPlan(error, notRead, 'full', reporting);
      expect(stopped).toBeInstanceOf(RunStoppedError);
      expect((stopped as RunStoppedError).at).toBe(reporting);
      expect((stopped as RunStoppedError).cause).toBe(error);
    }
    expect((stoppedPlan(error, [refused], 'full', reporting) as Error).message).toContain('400000000015');
  });

  it('comment-detail summary: the message names no account, parts not read or not', () => {
    const error = new Error(`could not read ${arn}`);
    expect((stoppedPlan(error, [], 'summary', reporting) as Error).message).toBe('could not read arn:aws:iam::<account>:role/inbound-guard');
    expect((stoppedPlan(error, [refused], 'summary', reporting) as Error).message).not.toMatch(/\d{12}/);
    expect((stoppedPlan(error, [], 'full', reporting) as Error).message).toBe(error.message);
  });

  it('the credentials outside the pin passes through as it is: main.ts reports it at its line', () => {
    const policy = buildPolicy({});
    const error = new AccountNotGovernedError({ ...policy, accounts: { ids: ['111122223333'], position: { line: 2, column: 1 } } }, '123456789012', { ids: ['111122223333'], position: { line: 2, column: 1 } });
    expect(stoppedPlan(error, [refused], 'summary', reporting)).toBe(error);
  });
});

describe('a run that stops after its sweep, end to end (main.ts run(), the organization scenario)', () => {
  const emulatorEnvironment = useEmulatorEnvironment();
  restoreRunnerEnvAfterEach();

  it('its failure and its job summary name the account whose role was refused, with the hint, besides the error', async () => {
    await emulatorEnvironment.start({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml'), account: '400000000001' });
    const workspace = testTempDir('inbound-guard-stopped-');
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n');
    const r = await runInProcess({ workspace, action: 'guard', inputs: { mode: 'dry-run' } });
    expect(r.code).toBe(1);
    const failures = r.log.split('\n').filter((line) => line.startsWith('::error::'));
    expect(failures).toHaveLength(1);
    const lines = failures[0]!.slice('::error::'.length).split('%0A');
    expect(lines[0]).toBe('inbound-guard: the summary renderer broke');
    expect(lines[1]).toBe('Before it stopped, the run could not read 1 part, which fails the step too:');
    expect(lines[2]).toMatch(/^- Could not read account 400000000015 \(STS\): could not assume arn:aws:iam::400000000015:role\/inbound-guard: AccessDenied.* Items there were not checked\.$/);
    // The hint the step's failures would have carried (run/targets-hint.ts): what to deploy where.
    expect(lines[2]).toContain('The guard role arn:aws:iam::400000000015:role/inbound-guard is missing, does not trust these credentials');
    expect(lines).toHaveLength(3);
    // It stopped while reporting (the summary renderer), a dry run, its JSON report written.
    expect(r.summary.split('\n')[0]).toBe('## ❌ inbound-guard stopped while reporting');
    expect(r.summary).toContain('\n\nA dry run: nothing was written to AWS.\n\nThe JSON report was written (the `report-file` output names it).\n\n');
    expect(r.summary).toMatch(/\n- Could not read account 400000000015 &#40;STS&#41;&#58; could not assume /);
  });

  it("the credentials' own account's refused part carries the hint a report gives it (ownCredentialsHint): read with them, not through a guard role", async () => {
    const emulator = await emulatorEnvironment.start({ scenario: join(ROOT, 'test', 'emulator', 'scenarios', 'organization.yml'), account: '400000000001' });
    emulator.injectFault({ service: 'iot', operation: 'ListCertificates', account: '400000000001', region: 'us-east-1', rate: 1, kind: 'error', error: { status: 403, type: 'AccessDeniedException', message: 'not authorized to perform iot:ListCertificates' } });
    const workspace = testTempDir('inbound-guard-stopped-own-');
    mkdirSync(join(workspace, '.github'));
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\niot:\n  allow:\n    - source-account: "111122223333"\n');
    const r = await runInProcess({ workspace, action: 'guard', inputs: { mode: 'dry-run' } });
    expect(r.code).toBe(1);
    const failure = r.log.split('\n').find((line) => line.startsWith('::error::'))!;
    const own = failure.split('%0A').find((line) => line.startsWith('- Could not read IoT in us-east-1 of 400000000001'));
    expect(own).toContain('These credentials are account 400000000001');
    expect(own).toContain('that account is read with them, not through a guard role');
    expect(own).toContain('iam/read.json');
    expect(own).toMatch(/add 400000000001 to targets\.exclude\. Items there were not checked\.$/);
    expect(r.summary).toMatch(/\n- Could not read IoT in us&#45;east&#45;1 of 400000000001&#58; AccessDeniedException&#58; not authorized .*These credentials are account 400000000001 .*add 400000000001 to targets\.exclude\. Items there were not checked\.\n/);
  });
});

/**
 * mode merge reads shard reports from downloaded artifacts: whoever can change an artifact writes
 * them. A field that is not as inbound-guard writes it refuses the file, naming the file and the
 * field (merge/shard-report.ts); nothing a file says reaches the log, the job summary or the alert
 * issue as markup, a mention or a workflow command; and the step fails with the reason.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countPlanned } from '../src/act/budget.js';
import { possibleOutcomes } from '../src/act/outcomes.js';
import type { Outcome } from '../src/act/types.js';
import { alertFacts } from '../src/alert/alert-facts.js';
import { renderAlertBody, renderAlertTitle } from '../src/alert/render-alert.js';
import { decide } from '../src/decide/decide.js';
import { mergeShardReports, type ShardReportFile } from '../src/merge/merge-reports.js';
import { readShardReports } from '../src/merge/read-shard-reports.js';
import { asShardReport, MAX_PROBLEMS_NAMED } from '../src/merge/shard-report.js';
import type { InboundItem } from '../src/model/items.js';
import { isSenderForm } from '../src/model/sender.js';
import { uniqueBy } from '../src/model/unique-by.js';
import { itemKey, itemSender, kindNamed } from '../src/kinds/registry.js';
import { logDecisions } from '../src/report/log.js';
import { renderRunSummary } from '../src/report/run-summary.js';
import { summaryJson } from '../src/report/summary-json.js';
import { buildRunReport, withRunContext } from '../src/run/run-report.js';
import { countBreakdown, countReportItems } from '../src/run/report-counts.js';
import type { ReportItem, RunReport } from '../src/run/report-types.js';
import * as runner from '../src/runner/commands.js';
import { anyKindItemArb } from './arbitraries.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakeCoverage } from './helpers/report.js';
import { rejectsWith, throwsWith } from './helpers/rejections.js';
import { parseOutputFile } from './helpers/run-dist.js';
import { runInProcess } from './helpers/run-in-process.js';
import { ownsUnit, unitKey } from '../src/sweep/shard.js';
import { testTempDir } from './helpers/temp-dir.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const ACCOUNT = '111111111111';
const FILE = join('reports', 'shard-2.json');
const policy = buildPolicy({
  iotAllow: [{ sourceAccount: '111122223333', until: '2026-11-25', note: 'factory' }],
  organizationsAllow: [{ organization: 'o-exampleorgid11' }],
  ram: { allow: [{ sourceAccount: '111122223333' }] },
  securityServices: { services: ['guardduty', 'detective'] },
});

/** Items of every kind, some allowed (with `matched` and `allowedThrough`), some to act on. */
function items(): InboundItem[] {
  return [
    certificateTransfer({ account: ACCOUNT, region: 'us-east-1', certificateId: 'a'.repeat(64), sourceAccount: '111122223333', transferMessage: 'from the factory' }),
    certificateTransfer({ account: ACCOUNT, region: 'us-east-1', certificateId: 'b'.repeat(64), sourceAccount: '999988887777' }),
    handshake({ account: ACCOUNT, id: 'h-examplehandshake01', organizationId: 'o-strangerorg01', notes: 'join us' }),
    resourceShareInvitation({ account: ACCOUNT, region: 'us-east-1' }),
    securityInvitation({ account: ACCOUNT, region: 'us-east-1', service: 'detective' }),
    // Outgoing, with the party it went to: a merged report keeps `recipient`.
    handshake({ account: ACCOUNT, id: 'h-exampleoutgoing01', direction: 'outgoing', organizationId: 'o-ourownorg0001', recipient: '222233334444' }),
  ];
}

/**
 * A shard report as a dry-run shard writes it (one shard of one: a complete set alone): every
 * kind, an allowed item, a part that could not be read, accounts not guarded, a budget share.
 */
function shardReport(): RunReport {
  const all = items();
  const decisions = decide(all, policy, NOW);
  const preview = (action: string): Outcome => (action === 'reject' ? 'would-reject' : action === 'decline' ? 'would-decline' : action === 'allow' ? 'allowed' : 'ignored');
  const regions = { selection: 'list' as const, swept: ['us-east-1'], skipped: [{ region: 'me-central-1', reason: 'AWS IoT Core is not offered in this region' }], failed: ['eu-west-1'] };
  const coverage = iotAndHandshakeCoverage(regions, 'swept');
  const report = buildRunReport({
    mode: 'dry-run',
    toolVersion: '9.9.9',
    generatedAt: NOW.toISOString(),
    callerAccount: '210987654321',
    policy: { path: '.github/inbound-guard.yml', digest: 'd'.repeat(64) },
    shard: { index: 1, count: 1 },
    accounts: [
      {
        target: { account: ACCOUNT, via: 'organization', roleArn: `arn:aws:iam::${ACCOUNT}:role/guard` },
        kinds: { ...coverage, 'resource-share-invitation': { state: 'swept', regions: { ...regions, failed: [] } }, 'security-invitation': { state: 'swept', regions: { ...regions, failed: [] } } },
        items: all,
        errors: [{ service: 'iot', account: ACCOUNT, region: 'eu-west-1', message: 'AccessDeniedException: no', code: 'AccessDeniedException', hint: 'check the role' }],
      },
    ],
    governed: ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'],
    skippedAccounts: [
      { account: '555555555555', reason: 'the organization lists it as SUSPENDED, not ACTIVE', fails: false },
      { account: '666666666666', reason: "not in the policy's accounts pin", fails: true },
    ],
    globalErrors: [],
    budget: { limit: 5, source: 'input', planned: countPlanned(decisions), tripped: false, share: { runLimit: 5, shards: 1 } },
    results: decisions.map((decision) => ({ decision, outcome: preview(decision.action) })),
  });
  return withRunContext(report, { id: 42, attempt: 1, repository: 'acme/guard', url: 'https://github.com/acme/guard/actions/runs/42' });
}

/** A report as JSON: a test reaches anywhere into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file's JSON, any shape
type Json = Record<string, any>;

/** A JSON copy of the report with `edit` applied, as a file would hold it. */
function edited(edit: (r: Json) => void, report: RunReport = shardReport()): Json {
  const copy = JSON.parse(JSON.stringify(report)) as Json;
  edit(copy);
  return copy;
}

/** Writes shard reports into a fresh workspace's reports/ folder. */
function workspaceWith(files: Record<string, unknown>): string {
  const workspace = testTempDir('inbound-guard-shard-report-');
  mkdirSync(join(workspace, 'reports'));
  for (const [name, value] of Object.entries(files)) writeFileSync(join(workspace, 'reports', name), JSON.stringify(value));
  return workspace;
}

describe('a shard report as inbound-guard writes it', () => {
  it('is read as written, and merges', async () => {
    const files = await readShardReports(workspaceWith({ 'shard-1.json': shardReport() }), 'reports');
    expect(files.map((f) => f.report)).toEqual([shardReport()]);
    expect(mergeShardReports(files).report.items).toHaveLength(items().length);
  });

  it('property: any report a run writes, whatever its items, budget and outcomes, is accepted as written', () => {
    fc.assert(
      fc.property(fc.array(anyKindItemArb(), { maxLength: 12 }), fc.array(fc.nat(), { minLength: 12, maxLength: 12 }), fc.nat({ max: 12 }), fc.string({ maxLength: 80 }), fc.constantFrom('dry-run' as const, 'enforce' as const), (found, picks, limit, detail, mode) => {
        // A run lists each item once (the sweep folds repeats): one per identity.
        const all = uniqueBy(found.map((item) => ({ ...item, account: ACCOUNT })), itemKey);
        const decisions = decide(all, policy, NOW);
        const planned = countPlanned(decisions);
        const tripped = planned > limit;
        // Each item any outcome the act stage can give it in this mode under this budget (the table the merge checks by).
        const results = decisions.map((decision, at) => {
          const possible = possibleOutcomes({ mode, action: decision.action, verb: kindNamed(decision.item.kind).verb, tripped });
          const outcome = possible[(picks[at] ?? 0) % possible.length] as Outcome;
          return { decision, outcome, ...(outcome === 'failed' || outcome === 'already-handled' || outcome === 'accepted-meanwhile' ? { detail } : {}) };
        });
        const regions = { selection: 'all' as const, swept: ['us-east-1', 'eu-west-1'], skipped: [], failed: [] };
        const report = buildRunReport({
          mode,
          toolVersion: '9.9.9',
          generatedAt: NOW.toISOString(),
          callerAccount: ACCOUNT,
          policy: { path: '.github/inbound-guard.yml', digest: 'd'.repeat(64) },
          shard: { index: 1, count: 1 },
          accounts: [{ target: { account: ACCOUNT, via: 'credentials' }, kinds: iotAndHandshakeCoverage(regions, 'swept'), items: all, errors: [] }],
          governed: ['certificate-transfer', 'handshake', 'resource-share-invitation', 'security-invitation'],
          skippedAccounts: [],
          globalErrors: [],
          budget: { limit, source: 'default', planned, tripped, share: { runLimit: limit, shards: 1 } },
          results,
        });
        const written = JSON.parse(JSON.stringify(report)) as unknown;
        expect(asShardReport(written, FILE)).toEqual(written);
      }),
      { numRuns: 200 },
    );
  });

  it('fields this release does not know are let through, and kept where the merge passes an object on', async () => {
    const report = edited((r) => {
      r['addedLater'] = { x: 1 };
      r['items'][0]['item']['addedLater'] = 'y';
      r['accounts'][0]['counts']['addedLater'] = 'not a count, but not ours to read';
    });
    const files = await readShardReports(workspaceWith({ 'shard-1.json': report }), 'reports');
    expect(mergeShardReports(files).report.items[0]?.item).toMatchObject({ addedLater: 'y' });
  });
});

describe('a shard report with a field not as inbound-guard writes it is refused, the file and the field named', () => {
  const hostile = 'dry-run [click me](https://evil.example) @octocat';
  it.each<[string, (r: Json) => void, string]>([
    ['a mode that is Markdown', (r) => (r['mode'] = hostile), `mode is ${JSON.stringify(hostile)} — not one of dry-run, enforce (the modes a shard runs in)`],
    ['a plan report', (r) => (r['mode'] = 'plan'), 'mode is "plan" — not one of dry-run, enforce'],
    ["an account's count that is text", (r) => (r['accounts'][0]['counts']['planned'] = '0<img>'), 'accounts[0].counts.planned is "0<img>" — not a count (a whole number, 0 or more)'],
    ['a negative count', (r) => (r['counts']['failed'] = -1), 'counts.failed is -1 — not a count'],
    ['a count that is not whole', (r) => (r['kinds']['handshake']['counts']['allowed'] = 1.5), 'kinds.handshake.counts.allowed is 1.5 — not a count'],
    ['a count past the safe integers', (r) => (r['breakdown'][0]['counts']['ignored'] = 2 ** 60), `breakdown[0].counts.ignored is ${2 ** 60} — not a count`],
    ['a budget limit that is text', (r) => (r['budget']['limit'] = '10'), 'budget.limit is "10" — not a count'],
    ['a planned count that is null', (r) => (r['budget']['planned'] = null), 'budget.planned is null — not a count'],
    ["a share's run limit that is Markdown", (r) => (r['budget']['share']['runLimit'] = '<img src=x> @octocat'), 'budget.share.runLimit is "<img src=x> @octocat" — not a count'],
    ['a share over 0 shards', (r) => (r['budget']['share']['shards'] = 0), 'budget.share.shards is 0 — not a shard number (a whole number from 1 to 256)'],
    ['a policy path with a workflow command', (r) => (r['policy']['path'] = 'p.yml\n::warning title=injected::x'), 'policy.path is "p.yml\\n::warning title=injected::x" — not a file path (a string without control or invisible characters)'],
    ['a policy path with a bidi override', (r) => (r['policy']['path'] = 'p\u202Elmy.yml'), 'policy.path is "p\u202Elmy.yml" — not a file path'],
    ['a policy path with a Hangul filler (drawn blank, not a format character)', (r) => (r['policy']['path'] = 'p\u3164.yml'), 'policy.path is "p\u3164.yml" — not a file path'],
    ['a policy path with a braille blank', (r) => (r['policy']['path'] = 'p\u2800.yml'), 'policy.path is "p\u2800.yml" — not a file path'],
    ['a policy digest that is a number', (r) => (r['policy']['digest'] = 7), 'policy.digest is 7 — not a sha256 digest (64 hex digits)'],
    ['an item id that is a URL (summary-json passes it on)', (r) => (r['items'][2]['item']['id'] = 'https://evil.example/login'), 'items[2].item.id is "https://evil.example/login" — not an id of AWS\'s shape'],
    ['a certificate id with a space and a mention', (r) => (r['items'][0]['item']['certificateId'] = 'aaaa @octocat'), 'items[0].item.certificateId is "aaaa @octocat" — not an id of AWS\'s shape'],
    ['an invitation ARN with a URL in it', (r) => (r['items'][3]['item']['invitationArn'] = 'arn:aws:ram:us-east-1:111122223333:x/https://evil.example/x'), 'items[3].item.invitationArn is "arn:aws:ram:us-east-1:111122223333:x/https://evil.example/x" — not an id of AWS\'s shape'],
    ['a security invitation id that is a domain', (r) => (r['items'][4]['item']['invitationId'] = 'evil.example'), 'items[4].item.invitationId is "evil.example" — not an id of AWS\'s shape'],
    ['an item id that is a number', (r) => (r['items'][0]['item']['certificateId'] = 42), 'items[0].item.certificateId is 42 — not a string'],
    ['a handshake id that is an object', (r) => (r['items'][2]['item']['id'] = { toString: 'x' }), 'items[2].item.id is an object — not a string'],
    ['a region that is a list', (r) => (r['items'][3]['item']['region'] = ['us-east-1']), 'items[3].item.region is a list — not an AWS region name (us-east-1)'],
    ["an item's region that is no region (summary-json passes it on)", (r) => (r['items'][3]['item']['region'] = 'us-east-1 @octocat'), 'items[3].item.region is "us-east-1 @octocat" — not an AWS region name'],
    ['a sender that is not one of its forms (summary-json passes it on)', (r) => (r['items'][1]['sender'] = 'account:<img src=x>'), 'items[1].sender is "account:<img src=x>" — not a sender as inbound-guard names one'],
    ['an error region that is a number', (r) => (r['errors'][0]['region'] = 1), 'errors[0].region is 1 — not a string'],
    ['an item account that is no account id', (r) => (r['items'][0]['item']['account'] = '@octocat'), 'items[0].item.account is "@octocat" — not an AWS account id (12 digits)'],
    ['an item of a kind this release does not know', (r) => (r['items'][0]['item']['kind'] = 'teleport'), 'items[0].item.kind is "teleport" — not a kind of item this release knows'],
    ['a reason that is a number', (r) => (r['items'][1]['reason'] = 3), 'items[1].reason is 3 — not a string'],
    ['an outcome this release does not know', (r) => (r['items'][1]['outcome'] = 'pwned'), 'items[1].outcome is "pwned" — not one of rejected, declined,'],
    ['an action this release does not know', (r) => (r['items'][1]['action'] = 'delete'), 'items[1].action is "delete" — not one of allow, reject, decline, ignore'],
    ['an until that is no day', (r) => (r['items'][0]['matched']['until'] = '<b>soon</b>'), 'items[0].matched.until is "<b>soon</b>" — not a day (YYYY-MM-DD)'],
    ['an allow list that is not one', (r) => (r['items'][0]['matched']['list'] = '[x](https://evil.example)'), 'items[0].matched.list is "[x](https://evil.example)" — not one of iot.allow, organizations.allow, ram.allow, security-services.allow'],
    ['a read state this release does not know', (r) => (r['accounts'][0]['read'] = 'maybe'), 'accounts[0].read is "maybe" — not one of complete, partial, none'],
    ['a handshake coverage this release does not know', (r) => (r['accounts'][0]['handshakes'] = 'sure'), 'accounts[0].handshakes is "sure" — not one of swept, failed, not-governed, not-read, other-shard'],
    ['a time that is no time', (r) => (r['generatedAt'] = 'yesterday'), 'generatedAt is "yesterday" — not a time as inbound-guard writes one'],
    ['a time that is a number', (r) => (r['generatedAt'] = 1_700_000_000), 'generatedAt is 1700000000 — not a time'],
    ['a release that is not a string', (r) => (r['toolVersion'] = 1), 'toolVersion is 1 — not a string'],
    ['an error of a service this release does not know', (r) => (r['errors'][0]['service'] = 'constructor'), 'errors[0].service is "constructor" — not one of iot, organizations,'],
    ['an error message that is not a string', (r) => (r['errors'][0]['message'] = { text: 'x' }), 'errors[0].message is an object — not a string'],
    ['an error code that is a number', (r) => (r['errors'][0]['code'] = 403), 'errors[0].code is 403 — not a string'],
    ['an error hint that is a list', (r) => (r['errors'][0]['hint'] = []), 'errors[0].hint is a list — not a string'],
    ['a skipped account whose fails is text', (r) => (r['skippedAccounts'][0]['fails'] = 'no'), 'skippedAccounts[0].fails is "no" — not true or false'],
    ['a shard past its count', (r) => (r['shard'] = { index: 3, count: 2 }), 'shard.index is 3 — not a shard of its count'],
    ['a missing field', (r) => delete r['items'][1]['outcome'], 'items[1].outcome is missing'],
  ])('%s', async (_case, edit, problem) => {
    const workspace = workspaceWith({ 'shard-2.json': edited(edit) });
    const error = await rejectsWith(readShardReports(workspace, 'reports'), `${FILE}: ${problem}`);
    expect(error.message).toMatch(/; re-run the shard or re-download its artifact\.$/);
  });

  it("a handshake's claimed sender is kept as written; one whose organization is not a string is refused", async () => {
    const report = edited((r) => {
      const row = (r['items'] as Json[]).find((i) => i['item']['id'] === 'h-examplehandshake01') as Json;
      // As a run writes one whose ARN names our side: no sender fields, sender unknown, the claim apart.
      for (const key of ['organizationId', 'managementAccountId', 'managementEmail']) delete row['item'][key];
      row['item']['claimedSender'] = { organizationId: 'o-ysztebow2w', managementAccountId: '666677778888', managementEmail: 'finance@cheap-cloud.example', managementName: '<b>Cheap</b>' };
      row['sender'] = 'unknown';
    });
    expect(asShardReport(report, FILE)).toEqual(report);
    const at = (report['items'] as Json[]).findIndex((row) => row['item']['id'] === 'h-examplehandshake01');
    report['items'][at]['item']['claimedSender']['organizationId'] = 7;
    await rejectsWith(readShardReports(workspaceWith({ 'shard-2.json': report }), 'reports'), `${FILE}: items[${at}].item.claimedSender.organizationId is 7 — not a string`);
  });

  it("a handshake's recipient that is not a string (the renderers quote it as text)", async () => {
    const report = edited(() => undefined);
    const at = (report['items'] as Json[]).findIndex((row) => row['item']['id'] === 'h-exampleoutgoing01');
    expect(at).toBeGreaterThan(-1);
    report['items'][at]['item']['recipient'] = { toString: '<img src=x>' };
    await rejectsWith(readShardReports(workspaceWith({ 'shard-2.json': report }), 'reports'), `${FILE}: items[${at}].item.recipient is an object — not a string`);
  });

  // JSON.parse reads a number past a double's range as ±Infinity, which JSON.stringify writes as null: the refusal said the file had null.
  it.each([
    ['1e309', 'Infinity'],
    ['-1e309', '-Infinity'],
  ])('a count of %s in the file is named as %s, not null', async (written, named) => {
    const workspace = workspaceWith({});
    const text = JSON.stringify(edited((r) => (r['counts']['failed'] = 424242))).replace('"failed":424242', `"failed":${written}`);
    expect(text).toContain(`"failed":${written}`);
    writeFileSync(join(workspace, 'reports', 'shard-2.json'), text);
    const error = await rejectsWith(readShardReports(workspace, 'reports'), `${FILE}: counts.failed is ${named} — not a count (a whole number, 0 or more)`);
    expect(error.message).not.toContain('null');
  });

  it('a list of a million bad rows is refused as quickly as one, naming the first ten (zod alone overflowed its stack)', () => {
    const report = edited((r) => {
      r['items'] = new Array(1_000_000).fill(0);
      r['breakdown'] = Array.from({ length: 200_000 }, () => ({ account: '210987654321', kind: 'handshake' }));
    });
    const lines = throwsWith(() => asShardReport(report, FILE), FILE).message.split('\n');
    expect(lines[0]).toBe(`${FILE} is not a shard report as inbound-guard writes one; re-run the shard or re-download its artifact:`);
    expect(lines[1]).toBe('- breakdown[0].counts is missing');
    expect(lines.filter((l) => l.startsWith('- items['))).toHaveLength(0);
    expect(lines.length).toBeLessThanOrEqual(MAX_PROBLEMS_NAMED + 2);
    expect(lines.at(-1)).toMatch(/^- …and \d+ more$/);
  });

  it('a value nested thousands deep (in a field this release does not know) is refused naming its field: writing the merged report would overflow', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const report = edited((r) => (r['items'][0]['item']['addedLater'] = deep));
    throwsWith(() => asShardReport(report, FILE), `${FILE}: items is nested deeper than 64 levels, which no report of inbound-guard is; re-run the shard or re-download its artifact.`);
    // A genuine report is far from the limit.
    expect(asShardReport(JSON.parse(JSON.stringify(shardReport())) as unknown, FILE)).toBeDefined();
  });

  it('several problems: one a line, the first ten named and the rest counted', () => {
    const report = edited((r) => {
      for (const key of Object.keys(r['counts'])) r['counts'][key] = 'x';
    });
    const lines = throwsWith(() => asShardReport(report, FILE), FILE).message.split('\n');
    expect(lines[0]).toBe(`${FILE} is not a shard report as inbound-guard writes one; re-run the shard or re-download its artifact:`);
    expect(lines.slice(1, 1 + MAX_PROBLEMS_NAMED)).toEqual(Object.keys(report['counts'] as object).slice(0, MAX_PROBLEMS_NAMED).map((key) => `- counts.${key} is "x" — not a count (a whole number, 0 or more)`));
    expect(lines.at(-1)).toBe('- …and 1 more');
  });

  it('another report version is said as before: another release, not a damaged file', () => {
    throwsWith(() => asShardReport({ reportVersion: 3 }, FILE), `${FILE} is not an inbound-guard report of version 2 (reportVersion 3); all jobs must use the same release.`);
  });
});

/**
 * Counts, breakdown and budget counted again from the items, as a shard that wrote these items
 * would have: what someone who changes an artifact does so that only the change they mean is left.
 */
function recounted(r: Json): void {
  const items = r['items'] as ReportItem[];
  const counts = countReportItems(items);
  r['counts'] = counts;
  r['breakdown'] = countBreakdown(items);
  for (const a of r['accounts'] as Json[]) a['counts'] = countReportItems(items.filter((i) => i.item.account === a['account']));
  for (const [kind, k] of Object.entries(r['kinds'] as Record<string, Json>)) k['counts'] = countReportItems(items.filter((i) => i.item.kind === kind));
  r['budget']['planned'] = counts.planned;
  r['budget']['tripped'] = counts.planned > r['budget']['limit'];
}

/** The report as enforce writes it when every write succeeds (its budget of 5 holds its 4). */
function enforced(r: Json): void {
  r['mode'] = 'enforce';
  for (const i of r['items'] as Json[]) i['outcome'] = ({ 'would-reject': 'rejected', 'would-decline': 'declined' } as Record<string, string>)[i['outcome']] ?? i['outcome'];
}

describe('a shard report whose fields disagree with each other is refused, the file and the field named', () => {
  // items: [0] a transfer allowed, [1] a transfer to reject, [2] a handshake to decline, [3] a RAM invitation to reject, [4] a security invitation to decline, [5] an outgoing handshake ignored.
  it('the report they start from is read as written, in dry-run and in enforce', () => {
    for (const report of [edited(() => undefined), edited((r) => (enforced(r), recounted(r)))]) expect(asShardReport(report, FILE)).toEqual(report);
  });

  it.each<[string, (r: Json) => void, string]>([
    // The tester's: a dry-run writes nothing, yet the merge said acted 1 under "Nothing was written".
    ['a dry-run item to reject said rejected', (r) => (r['items'][1]['outcome'] = 'rejected'), 'items[1].outcome is "rejected" — not an outcome a dry-run gives an item whose action is reject (would-reject, failed)'],
    ['a dry-run item allowed said rejected', (r) => (r['items'][0]['outcome'] = 'rejected'), 'items[0].outcome is "rejected" — not an outcome a dry-run gives an item whose action is allow (allowed)'],
    ['a dry-run item held by a budget (only enforce holds)', (r) => (r['items'][2]['outcome'] = 'held-by-budget'), 'items[2].outcome is "held-by-budget" — not an outcome a dry-run gives an item whose action is decline (would-decline, failed)'],
    ['a dry-run item to decline said would-reject', (r) => (r['items'][2]['outcome'] = 'would-reject'), 'items[2].outcome is "would-reject" — not an outcome a dry-run gives an item whose action is decline (would-decline, failed)'],
    ['an ignored item said declined', (r) => (enforced(r), (r['items'][5]['outcome'] = 'declined')), 'items[5].outcome is "declined" — not an outcome an enforce run gives an item whose action is ignore (ignored, accepted-meanwhile)'],
    ['an enforce item held by a budget that did not trip', (r) => (enforced(r), (r['items'][3]['outcome'] = 'held-by-budget')), 'items[3].outcome is "held-by-budget" — not an outcome an enforce run gives an item whose action is reject (rejected, already-handled, accepted-meanwhile, failed)'],
    [
      'an enforce item rejected though the budget tripped (nothing was written)',
      (r) => {
        enforced(r);
        r['budget'] = { ...r['budget'], limit: 3, share: { runLimit: 3, shards: 1 } };
        for (const i of r['items'] as Json[]) if (i['action'] === 'reject' || i['action'] === 'decline') i['outcome'] = 'held-by-budget';
        r['items'][1]['outcome'] = 'rejected';
      },
      'items[1].outcome is "rejected" — not an outcome an enforce run whose budget tripped gives an item whose action is reject (held-by-budget, failed)',
    ],
    ['a handshake rejected (handshakes are declined: the act stage refuses the write)', (r) => ((r['items'][2]['action'] = 'reject'), (r['items'][2]['outcome'] = 'would-reject')), "items[2].outcome is \"would-reject\" — not an outcome a dry-run gives an item whose action is reject, which is not its kind's write (decline) (failed)"],
    ['a sender that is not its item\'s', (r) => (r['items'][1]['sender'] = 'account:123456789012'), 'items[1].sender is "account:123456789012" — not the sender its item names (account:999988887777)'],
    ['an item of an account the report did not guard', (r) => (r['items'][5]['item']['account'] = '222222222222'), 'items[5].item.account is "222222222222" — not one of the accounts the report guarded (accounts)'],
    ['an item listed twice (it would count twice in every merged total)', (r) => (r['items'] as Json[]).push(JSON.parse(JSON.stringify(r['items'][2]))), 'items[6].item is an object — the same item as items[2] (a run lists each item once; a copy would count twice)'],
    ['an item of a kind the report does not govern', (r) => (r['kinds']['security-invitation']['governed'] = false), 'items[4].item.kind is "security-invitation" — a kind the report does not govern (kinds.security-invitation.governed is false), so it read none'],
  ])('%s (its counts and budget counted again)', async (_case, edit, problem) => {
    const workspace = workspaceWith({ 'shard-2.json': edited((r) => (edit(r), recounted(r))) });
    await rejectsWith(readShardReports(workspace, 'reports'), `${FILE}: ${problem}; re-run the shard or re-download its artifact.`);
  });

  it.each<[string, (r: Json) => void, string]>([
    ['a planned count that is not its items\'', (r) => (r['budget']['planned'] = 2), 'budget.planned is 2 — not the number of its items to reject or decline (4)'],
    ['a budget tripped within its limit', (r) => (r['budget']['tripped'] = true), 'budget.tripped is true — but its planned 4 is within its limit 5'],
    ['a budget not tripped over its limit', (r) => ((r['budget']['limit'] = 3), (r['budget']['share']['runLimit'] = 3)), 'budget.tripped is false — but its planned 4 is over its limit 3'],
    // The tester's: the merge adds the shards' limits up.
    ['a limit that is not its share of the run\'s', (r) => (r['budget']['limit'] = 99), "budget.limit is 99 — not its share of the run's max-actions (⌊5 / 1⌋ = 5)"],
    ['a share over another number of shards', (r) => (r['budget']['share'] = { runLimit: 15, shards: 3 }), "budget.share.shards is 3 — not its shard's count (1)"],
    ['a shard without its share', (r) => delete r['budget']['share'], "budget.share is missing — a shard's budget is its share of the run's"],
    ['a total that is not its items\'', (r) => (r['counts']['rejected'] = 1), 'counts.rejected is 1 — not what its items count (0)'],
    ["a kind's count that is not its items'", (r) => (r['kinds']['handshake']['counts']['would-decline'] = 3), 'kinds.handshake.counts.would-decline is 3 — not what its items count (1)'],
    ["an account's count that is not its items'", (r) => (r['accounts'][0]['counts']['planned'] = 0), 'accounts[0].counts.planned is 0 — not what its items count (4)'],
    ["a breakdown row's count that is not its items'", (r) => (r['breakdown'][0]['counts']['allowed'] += 1), 'breakdown[0].counts.allowed is 2 — not what its items count (1)'],
    ['a breakdown without a row its items make', (r) => (r['breakdown'] as Json[]).pop(), 'breakdown is a list — not the rows its items make (4, one per account, kind and region with items)'],
  ])('%s', async (_case, edit, problem) => {
    const workspace = workspaceWith({ 'shard-2.json': edited(edit) });
    await rejectsWith(readShardReports(workspace, 'reports'), `${FILE}: ${problem}; re-run the shard or re-download its artifact.`);
  });

  it('a hundred thousand items that disagree are refused naming the first ten and counting the rest', () => {
    const report = edited((r) => (r['items'] = Array.from({ length: 100_000 }, (_, k) => ({ ...r['items'][1], item: { ...r['items'][1]['item'], certificateId: k.toString(16).padStart(64, '0') }, outcome: 'rejected' }))));
    const lines = throwsWith(() => asShardReport(report, FILE), FILE).message.split('\n');
    expect(lines.slice(1, 1 + MAX_PROBLEMS_NAMED).map((l) => l.split(' — ')[0])).toEqual(Array.from({ length: MAX_PROBLEMS_NAMED }, (_, i) => `- items[${i}].outcome is "rejected"`));
    // One outcome per item, then the budget's planned and the counts that disagree with the items.
    expect(lines.at(-1)).toMatch(/^- …and 100\d{3} more$/);
    expect(lines).toHaveLength(MAX_PROBLEMS_NAMED + 2);
  });

  it('several disagreements: one a line, the items first', () => {
    const lines = throwsWith(() => asShardReport(edited((r) => (r['items'][1]['outcome'] = 'rejected')), FILE), FILE).message.split('\n');
    expect(lines[0]).toBe(`${FILE} is not a shard report as inbound-guard writes one; re-run the shard or re-download its artifact:`);
    expect(lines[1]).toMatch(/^- items\[1\]\.outcome is "rejected" — not an outcome a dry-run gives/);
    expect(lines).toContain('- counts.rejected is 0 — not what its items count (1)');
  });
});

describe('isSenderForm: what a sender read back from a file must be', () => {
  it('every sender the kinds name is one (property)', () => {
    fc.assert(fc.property(anyKindItemArb(), (item) => isSenderForm(itemSender(item))));
  });

  it.each(['account:12345678901', 'account:1234567890123', 'organization:o-short', 'organization:O-ABCDEFGHIJ', 'root:111122223333', ':111122223333', 'account:111122223333 ', 'Unknown', 'account:<img>'])('%j is not', (text) => {
    expect(isSenderForm(text)).toBe(false);
  });
});

describe('headings show the mode from a fixed table, never the report’s own text', () => {
  it('a mode no check caught is "unknown mode" in the job summary and the alert issue', () => {
    const report = { ...mergeShardReports([{ file: FILE, report: shardReport() }]).report, mode: 'dry-run [click me](https://evil.example) @octocat' as RunReport['mode'] };
    const summary = renderRunSummary(report);
    const body = renderAlertBody(alertFacts({ kind: 'report', report }, NOW), '.github/inbound-guard.yml');
    expect(summary.split('\n')[0]).toMatch(/^## ❌ inbound-guard · unknown mode · account <code>111111111111<\/code>$/);
    expect(body).toContain('## 🚨 inbound-guard needs attention · unknown mode · account <code>111111111111</code>');
    for (const text of [summary, body]) expect(text).not.toMatch(/evil\.example|@octocat/);
  });

  it('the modes there are keep their names', () => {
    for (const mode of ['dry-run', 'enforce'] as const) {
      const report = { ...shardReport(), mode };
      expect(renderRunSummary(report).split('\n')[0]).toContain(` · ${mode} · shard 1/1 · `);
      expect(renderAlertBody(alertFacts({ kind: 'report', report }, NOW), 'p.yml')).toContain(`needs attention · ${mode} · `);
    }
  });
});

// ---- the step ------------------------------------------------------------------------------

interface Step {
  readonly code: number | undefined;
  readonly log: string;
  readonly summary: string;
  readonly outputs: string;
  readonly outputFile: string;
}

const savedEnv = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  for (const [key, value] of Object.entries(savedEnv)) if (key.startsWith('INPUT_') || key.startsWith('GITHUB_')) process.env[key] = value;
  vi.restoreAllMocks();
});

/** main.ts's run() in mode merge over these shard files, as the bundle runs it. */
async function mergeStep(files: Record<string, unknown>): Promise<Step> {
  const workspace = workspaceWith(files);
  const { code, log, summary, outputFile } = await runInProcess({ workspace, action: 'merge', inputs: { mode: 'merge', reports: 'reports' } });
  return { code, log, summary, outputs: readFileSync(outputFile, 'utf8'), outputFile };
}

describe('the merge step', () => {
  it('refusing a file fails the step with the file and the field, and writes no summary of a run', async () => {
    const step = await mergeStep({ 'shard-2.json': edited((r) => (r['policy']['path'] = 'p.yml\n::warning title=injected::x')) });
    expect(step.code).toBe(1);
    expect(step.log).toContain(`::error::inbound-guard: ${FILE}: policy.path is "p.yml\\n:\u200B:warning title=injected:\u200B:x" — not a file path`);
    expect(step.log).not.toMatch(/^::warning title=injected/m);
    expect(step.summary.split('\n')[0]).toBe('## ❌ inbound-guard stopped before it could report');
    expect(step.summary).not.toContain('inbound-guard · ');
    expect(step.outputs).toMatch(/^report-file<<(\S+)\n\n\1$/m);
    expect(step.outputs).toContain('"checked":false');
  });

  it("a dry-run shard's item said rejected fails the step naming the file and the item: no output counts a write that never happened", async () => {
    const step = await mergeStep({ 'shard-1.json': edited((r) => ((r['items'][1]['outcome'] = 'rejected'), recounted(r))) });
    expect(step.code).toBe(1);
    expect(step.log).toContain(`::error::inbound-guard: ${join('reports', 'shard-1.json')}: items[1].outcome is "rejected" — not an outcome a dry-run gives an item whose action is reject (would-reject, failed)`);
    expect(step.summary.split('\n')[0]).toBe('## ❌ inbound-guard stopped before it could report');
    expect(step.outputs).toContain('"checked":false');
    const outputs = parseOutputFile(step.outputFile);
    expect(outputs['acted'] ?? '0').toBe('0');
    expect(outputs['rejected'] ?? '0').toBe('0');
  });

  it("a shard report missing: the present one's writes are published — log, summary, outputs, JSON report — and the missing shard is a failure of its own", async () => {
    // The fixture in enforce as shard 2/2, which owns us-east-1 of the account (shard 1/2 its
    // eu-west-1 and its handshakes): shard 1/2's report never arrives.
    expect(['us-east-1', 'eu-west-1', 'global'].map((region) => ownsUnit({ index: 2, count: 2 }, unitKey(ACCOUNT, region)))).toEqual([true, false, false]);
    const report = edited((r) => {
      enforced(r);
      r['shard'] = { index: 2, count: 2 };
      r['budget']['share'] = { runLimit: 10, shards: 2 };
      r['items'] = (r['items'] as Json[]).filter((i) => i['item']['kind'] !== 'handshake');
      r['errors'] = [];
      for (const a of r['accounts'] as Json[]) {
        a['handshakes'] = 'other-shard';
        a['kinds']['handshake']['state'] = 'other-shard';
        for (const c of [a['regions'], ...Object.values(a['kinds'] as Record<string, Json>).map((k) => k['regions'])]) if (c !== undefined) Object.assign(c, { failed: [], otherShards: ['eu-west-1'] });
      }
      recounted(r);
    });
    const step = await mergeStep({ 'shard-2.json': report });
    expect(step.code).toBe(1);
    const said = "Shard 1/2's report is missing: the accounts and regions it owns were not reported (its job may have failed before uploading; re-run it, then re-run this merge).";
    expect(step.log).toContain('merged 1 of 2 shard reports of policy .github/inbound-guard.yml (1 account). Shard 1/2: no report, so what it did is not in the counts, outputs or report below, and the step fails.');
    expect(step.log.split('\n').find((l) => l.startsWith('::error::'))).toContain(said);
    // The job summary: what shard 2/2 wrote, and never "complete": the missing shard is a part not read.
    expect(step.summary.split('\n')[0]).toBe(`## ❌ inbound-guard · enforce · account <code>${ACCOUNT}</code>`);
    expect(step.summary).toMatch(/^\*\*2 rejected · 1 declined · .* · 2 parts not read\*\*/m);
    expect(step.summary).toContain('Budget: 3 of 5 actions (the max-actions input — each of 2 shards may act on ⌊10 / 2⌋ = 5; counted over the 1 shard that reported: 1/2 has no report).');
    expect(step.summary).toContain("| — | <code>shard</code> | — | Shard 1/2&#39;s report is missing");
    // The outputs count shard 2/2's writes; summary-json is counted from the report, as for any run with a part not read.
    const written = JSON.parse(readFileSync(parseOutputFile(step.outputFile)['report-file'] ?? '', 'utf8')) as RunReport;
    const writes = written.items.filter((i) => i.outcome === 'rejected' || i.outcome === 'declined').length;
    expect(writes).toBe(3);
    const outputs = parseOutputFile(step.outputFile);
    const counts = ['acted', 'rejected', 'declined', 'rejected-certificate-transfers', 'declined-handshakes', 'rejected-share-invitations', 'declined-security-invitations'].map((name) => outputs[name]);
    expect(counts).toEqual(['3', '2', '1', '1', '0', '1', '1']);
    // rejected and declined are the totals the summary's headline ("2 rejected · 1 declined") and summary-json give.
    expect(JSON.parse(outputs['summary-json'] ?? '{}')).toMatchObject({ checked: true, notRead: 2, counts: { rejected: 2, declined: 1 } });
    // The JSON report: shard 2/2's items, the shard's error with its code, its units not read (notReported), not drift.
    expect(written.items).toEqual(report['items']);
    expect(written.errors).toEqual([{ service: 'shard', shard: { index: 1, count: 2 }, message: said.slice(0, -1), code: 'ShardReportMissing' }]);
    expect(written.failures).toContain(said);
    expect(written.accounts[0]).toMatchObject({ read: 'partial', handshakes: 'failed', regions: { swept: ['us-east-1'], failed: ['eu-west-1'], notReported: ['eu-west-1'] } });
  });

  it('logs the merged policy path inert', async () => {
    const step = await mergeStep({ 'shard-1.json': edited((r) => (r['policy']['path'] = 'policies/a::warning::b.yml')) });
    expect(step.log).toContain(`merged 1 shard report of policy policies/a:\u200B:warning:\u200B:b.yml (1 account).`);
    expect(step.log).not.toContain('a::warning');
  });
});

// ---- property ------------------------------------------------------------------------------

/** Every path to a value in `value`: each key of each object and each index of each list. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...at, key], ...paths((value as Record<string | number, unknown>)[key], [...at, key])]);
}

/** Sets (or, with `undefined`, deletes) the value at `path`. */
function setAt(root: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

const HOSTILE = ['<img src=x onerror=alert(1)>', '@octocat', '[x](https://evil.example)', '\n::warning title=injected::x', '`', '|', '#1', '\u202E', '0'];
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')),
  fc.constantFrom(-1, 0.5, 2 ** 53, 1e308, '', null, true, [], {}, 'dry-run', 'enforce', 'plan', 'swept', 'allowed', 'iot', '2026-11-21', '2026-11-21T12:00:00.000Z', '111111111111'),
  fc.constant(undefined),
);
/** What must never appear as written in Markdown: markup, a mention, a link. */
const LIVE_MARKDOWN = [/<img/, /@octocat/, /https:\/\/evil/, /::warning/];
/** What must never appear as written in the log: a workflow command (a sender's `::` is broken wherever it is). */
const LIVE_LOG = [/injected::/, /^::warning title=injected/m];

describe('property: any JSON value in any field of a shard report is refused, or renders inert', () => {
  const base = shardReport();
  const every = paths(JSON.parse(JSON.stringify(base)));

  it('never a TypeError, never live text in the log, the job summary or the alert issue', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...every), hostileValue, async (path, value) => {
        let report: RunReport;
        try {
          [{ report }] = (await readShardReports(workspaceWith({ 'shard-2.json': edited((r) => setAt(r, path, value), base) }), 'reports')) as [ShardReportFile];
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).constructor).toBe(Error);
          expect((error as Error).message.startsWith(FILE)).toBe(true);
          return;
        }
        let merged: RunReport;
        try {
          merged = mergeShardReports([{ file: FILE, report }]).report;
        } catch (error) {
          // The merge's own refusals (a shard that is not 1/1 here): said, not crashed.
          expect((error as Error).constructor).toBe(Error);
          expect((error as Error).message).toMatch(/^The shard reports cannot be merged:\n- /);
          return;
        }
        let log = '';
        vi.spyOn(runner.stdout, 'write').mockImplementation((text: string) => void (log += text));
        try {
          logDecisions(merged, NOW);
        } finally {
          vi.restoreAllMocks();
        }
        const facts = alertFacts({ kind: 'report', report: merged }, NOW);
        const markdown = [renderRunSummary(merged), renderAlertBody(facts, '.github/inbound-guard.yml'), renderAlertTitle(facts)];
        // summary-json holds identifiers and counts only, safe for a step to show (docs/report.md).
        expect(JSON.stringify(summaryJson(merged))).not.toMatch(/<img|@octocat|evil\.example|injected| /);
        for (const text of markdown) for (const live of LIVE_MARKDOWN) expect(text).not.toMatch(live);
        for (const live of LIVE_LOG) expect(log).not.toMatch(live);
      }),
      { numRuns: 400 },
    );
  });
});

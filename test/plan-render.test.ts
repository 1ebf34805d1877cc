import { describe, expect, it } from 'vitest';
import { resolveBudget, countPlanned } from '../src/act/budget.js';
import { decide } from '../src/decide/decide.js';
import { sweepScopes } from '../src/kinds/registry.js';
import type { InboundItem } from '../src/model/items.js';
import { alertFacts } from '../src/alert/alert-facts.js';
import { renderAlertBody } from '../src/alert/render-alert.js';
import { diffDecisions } from '../src/plan/diff-decisions.js';
import { diffAllowEntries, lapsingAllowEntries } from '../src/plan/diff-entries.js';
import { newPermissions } from '../src/plan/new-permissions.js';
import { diffPolicies } from '../src/plan/policy-diff.js';
import { planReportSection } from '../src/plan/report-section.js';
import { accountTag, planMarker, planMarkerIn } from '../src/plan/plan-marker.js';
import { ACCEPTED_BANNER_BYTES } from '../src/plan/render-banners.js';
import { byteSize, COMMENT_MAX_LENGTH, GITHUB_COMMENT_LIMIT, renderPlanComment } from '../src/plan/render-comment.js';
import { noSummaryOmittedWhere, type RenderOptions, summaryOmittedWhere } from '../src/plan/render-context.js';
import type { BasePolicy, Effect, Plan, PlanView } from '../src/plan/types.js';
import type { Policy } from '../src/policy/types.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation } from './helpers/items.js';
import { buildPolicy, parsedPolicy } from './helpers/policy.js';
import { oneAccountReport } from './helpers/report.js';
import { itemSource, timeLeft } from '../src/report/describe-item.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const BASE_SHA = 'b'.repeat(40);
const HEAD_SHA = 'c'.repeat(40);
const PATH = '.github/inbound-guard.yml';
const links = (sha: string) => ({ serverUrl: 'https://github.com', repository: 'acme/guard', sha, policyPath: PATH });
const OPTIONS: RenderOptions = { headLinks: links(HEAD_SHA), baseLinks: links(BASE_SHA), runUrl: 'https://github.com/acme/guard/actions/runs/42', reportFile: '/tmp/report.json' };

const A = '111122223333';
const B = '444455556666';

function planOf(items: readonly InboundItem[], head: Policy, base: BasePolicy, maxActions?: number, now = NOW): Plan {
  const basePolicy = base.state === 'valid' ? base.policy : undefined;
  const headDecisions = decide(items, head, now);
  return {
    account: '210987654321',
    accounts: ['210987654321'],
    generatedAt: now.toISOString(),
    base,
    head,
    diff: diffDecisions(basePolicy ? decide(items, basePolicy, now) : [], headDecisions, head, now),
    entries: diffAllowEntries(basePolicy, head),
    lapsingEntries: lapsingAllowEntries(head, now),
    budget: resolveBudget(maxActions, head.limits.maxActions, countPlanned(headDecisions)),
    errors: [],
    regions: { requested: ['us-east-1'], swept: ['us-east-1'] },
    handshakesSwept: true,
    scopes: {
      base: basePolicy ? { regions: basePolicy.iot.regions ?? ['us-east-1'], handshakeTypes: basePolicy.organizations.handshakeTypes, kinds: sweepScopes(basePolicy) } : undefined,
      head: { regions: head.iot.regions ?? ['us-east-1'], handshakeTypes: head.organizations.handshakeTypes, kinds: sweepScopes(head) },
    },
    policyChanges: basePolicy ? diffPolicies(basePolicy, head, now) : undefined,
    newPermissions: basePolicy ? newPermissions(basePolicy, head) : undefined,
  };
}

/** The sender-written text an attacker would try: markup, links, mentions, commands, table breakers. */
const HOSTILE = [
  '<img src=x onerror=alert(1)> | owner | @someone please approve |',
  '::add-mask::ACCEPT ME\n::stop-commands::pwned',
  '| a | b |\n|---|---|\n| **urgent** | [click](https://evil.example/x) |',
  '@octocat cc @acme/security <!-- inbound-guard:plan:.github/inbound-guard.yml -->',
  '![x](https://evil.example/pixel.png) www.evil.example `code` <script>alert(1)</script> #123',
];

function hostileItems(count: number): InboundItem[] {
  return Array.from({ length: count }, (_, i) => {
    const text = (HOSTILE[i % HOSTILE.length]! + '&<>'.repeat(40)).slice(0, 128);
    return i % 3 === 2
      ? handshake({ id: `h-${i.toString(36).padStart(10, '0')}`, organizationId: `o-${i.toString(36).padStart(10, '0')}`, notes: text.repeat(8), managementName: text, managementEmail: `${text}@evil.example` })
      : certificateTransfer({ certificateId: i.toString(16).padStart(64, '0'), region: 'us-east-1', sourceAccount: i % 5 === 0 ? A : '999988887777', transferMessage: text });
  });
}

/** What must never appear in a comment whatever the senders wrote. */
function expectInert(body: string): void {
  const withoutOurMarkup = body
    .replace(/^<!-- inbound-guard:plan:[^\n]* -->\n/, '')
    .replace(/<\/?(br|sub|code|details|summary)>|<wbr>/g, '');
  expect(withoutOurMarkup).not.toMatch(/<[a-z!/]/i);
  // An @ followed by a name would notify someone: every @ is followed by a zero-width space.
  expect(body).not.toMatch(/@[A-Za-z0-9]/);
  expect(body).not.toMatch(/https?:\/\/evil/);
  expect(body).not.toMatch(/www\.evil/);
  expect(body.split('\n').filter((l) => l.includes('inbound-guard:plan:'))).toHaveLength(1);
  for (const line of body.split('\n')) expect(line.startsWith('::')).toBe(false);
}

describe('renderPlanComment: a plan', () => {
  const base = buildPolicy({ iotAllow: [{ sourceAccount: A }, { sourceAccount: B }], handshakeTypes: ['INVITE'] });
  const head = buildPolicy({ iotAllow: [{ sourceAccount: A }, { sourceAccount: '999988887777', until: '2026-11-25', note: 'rework batch' }], handshakeTypes: ['INVITE'], organizationsAllow: [{ organization: 'o-allowedorg1' }] });
  const items = [
    certificateTransfer({ certificateId: '1'.repeat(64), region: 'us-east-1', sourceAccount: A }),
    certificateTransfer({ certificateId: '2'.repeat(64), region: 'us-east-1', sourceAccount: B }),
    certificateTransfer({ certificateId: '3'.repeat(64), region: 'us-east-1', sourceAccount: '999988887777' }),
    handshake({ id: 'h-allowedinvite1', organizationId: 'o-allowedorg1' }),
  ];
  const body = renderPlanComment({ kind: 'planned', plan: planOf(items, head, { state: 'valid', policy: base }) }, OPTIONS);

  it('starts with the hidden marker, then a verdict line with the counts', () => {
    expect(body.split('\n')[0]).toBe(planMarker(PATH));
    expect(body).toContain('**✅ Valid.** Merged, this policy would **newly allow 2** and **newly reject or decline 1** of the 4 items found');
    expect(body).toContain('a scheduled enforce run would reject or decline **1** (budget 10)');
  });

  it('shows the diff table with base and PR decisions, each linked at its own commit and line', () => {
    expect(body).toContain('### Pending items whose fate changes (3)');
    expect(body).toContain(`[iot.allow[1] (line 8)](https://github.com/acme/guard/blob/${HEAD_SHA}/${PATH}#L8) until 2026-11-25 — rework batch`);
    expect(body).toContain(`[iot.allow[1] (line 8)](https://github.com/acme/guard/blob/${BASE_SHA}/${PATH}#L8)`);
    // The whole certificate id, to look it up with `aws iot describe-certificate`, able to wrap every 16 characters.
    expect(body).toContain(`| 🛑 newly acted on | IoT certificate transfer | <code>${['2', '2', '2', '2'].map((c) => c.repeat(16)).join('<wbr>')}</code> |`);
    expect(body).not.toContain('…</code>');
  });

  it('lists the allowance that lapses soon, and the entries the PR adds and removes', () => {
    expect(body).toContain('### ⏳ Allowances lapsing within 14 days (1)');
    // NOW is 12:00 UTC on 2026-11-21: the entry's last day is 2026-11-25, it lapses at 00:00 UTC on the 26th, 4 days 12 h later.
    expect(body).toContain('| allowed through <code>2026&#45;11&#45;25</code> (UTC): lapses in 4 days 12 h |');
    // Entries added and removed are rows of the policy changes, each linked at its own commit.
    expect(body).toContain('### Policy changes (3)');
    expect(body).toContain(`| ⚠️ weakens | [<code>iot.allow&#91;1&#93;</code> (line 8)](https://github.com/acme/guard/blob/${HEAD_SHA}/${PATH}#L8) | New allow entry&#58; certificate transfers from account <code>999988887777</code> will no longer be rejected &#40;until <code>2026&#45;11&#45;25</code>&#41;. |`);
    expect(body).toContain(`| 🛡️ strengthens | [<code>iot.allow&#91;1&#93;</code> (line 8, base)](https://github.com/acme/guard/blob/${BASE_SHA}/${PATH}#L8) | Allow entry removed&#58; certificate transfers from account <code>444455556666</code> will be rejected unless another entry allows them. |`);
    // The lapsing entry is shown with its item, not a second time as an entry.
    expect(body).not.toContain('### ⏳ Allow entries lapsing');
  });

  it('the policy changes table: weakening rows first, then strengthening, then neutral, each in the diff’s order', () => {
    const change = (effect: Effect, key: string) => ({ key, effect, words: [`Change ${key}.`] });
    const mixed = [change('neutral', 'n1'), change('strengthens', 's1'), change('weakens', 'w1'), change('neutral', 'n2'), change('strengthens', 's2'), change('weakens', 'w2')];
    const table = renderPlanComment({ kind: 'planned', plan: { ...planOf(items, head, { state: 'valid', policy: base }), policyChanges: mixed } }, OPTIONS);
    const rows = table.split('\n').filter((l) => /^\| (⚠️ weakens|🛡️ strengthens|changes) \|/.test(l)).map((l) => /<code>(\w+)<\/code>/.exec(l)?.[1]);
    expect(rows).toEqual(['w1', 'w2', 's1', 's2', 'n1', 'n2']);
  });

  it('an item another entry allows after its cited entry lapses is not lapsing; that entry is shown as one no item needs', () => {
    const A_UNTIL = { sourceAccount: A, until: '2026-11-25' };
    const still = buildPolicy({ iotAllow: [A_UNTIL, { sourceAccount: A }] });
    const shadowed = renderPlanComment({ kind: 'planned', plan: planOf(items.slice(0, 1), still, { state: 'valid', policy: base }) }, OPTIONS);
    expect(shadowed).not.toContain('### ⏳ Allowances lapsing');
    expect(shadowed).toContain('### ⏳ Allow entries lapsing within 14 days (1)');
  });

  it('entries with until that chain: the date of the last, each entry in the row, none listed again as unneeded', () => {
    const chain = buildPolicy({ iotAllow: [{ sourceAccount: A, until: '2026-11-25' }, { sourceAccount: A, until: '2026-11-30', note: 'second batch' }] });
    const chained = renderPlanComment({ kind: 'planned', plan: planOf(items.slice(0, 1), chain, { state: 'valid', policy: base }) }, OPTIONS);
    expect(chained).toContain('### ⏳ Allowances lapsing within 14 days (1)');
    expect(chained).toContain('This pending item is allowed now only by entries with `until`: once the last of those lapses no entry allows it, and scheduled runs act on it.');
    expect(chained).toContain(`until 2026-11-25</sub><br><sub>then by [iot.allow[1] (line 8)](https://github.com/acme/guard/blob/${HEAD_SHA}/${PATH}#L8) until 2026-11-30 — second batch</sub>`);
    expect(chained).toContain('| allowed through <code>2026&#45;11&#45;30</code> (UTC): lapses in 9 days 12 h |');
    expect(chained).not.toContain('### ⏳ Allow entries lapsing');
  });

  it('shows every pending item with what the PR’s policy does to it, and a footer with the run link', () => {
    expect(body).toContain('### Items found now (4) and what this PR’s policy does to each');
    expect(body).toContain('[workflow run](https://github.com/acme/guard/actions/runs/42)');
    expect(body).toContain('read-only: nothing was written');
  });

  it('the footer names the report-file output to keep the JSON report by, not its path on the runner (as the job summary does)', () => {
    const footer = body.split('\n').at(-1) ?? '';
    expect(footer).toContain("JSON report: the step's <code>report&#45;file</code> output (keep it with actions/upload-artifact)");
    expect(body).not.toContain('/tmp/report.json');
  });

  it('several accounts: the verdict counts them, and every item says which account it is in, account by account', () => {
    const other = '222222222222';
    const spread = [...items.slice(0, 2), certificateTransfer({ account: other, certificateId: '4'.repeat(64), region: 'eu-west-1', sourceAccount: '999988887777' })];
    const plan = { ...planOf(spread, head, { state: 'valid', policy: base }), accounts: ['111111111111', other] };
    const many = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    expect(many).toContain('of the 3 items found in 2 accounts');
    expect(many).toContain('| Change | Kind | Id | Account, region | Source |');
    expect(many).toMatch(/\| <code>222222222222<\/code> <code>eu&#45;west&#45;1<\/code> \|/);
    expect(body).toContain('| Change | Kind | Id | Region | Source |');
  });

  it('an account nothing could be read of is not counted among the accounts items were found in: the verdict says it apart', () => {
    const [one, two, blind] = ['111111111111', '222222222222', '333333333333'];
    const refused = (account: string) => ({ service: 'sts' as const, account, message: `could not assume arn:aws:iam::${account}:role/g: AccessDenied` });
    const spread = [...items.slice(0, 2), certificateTransfer({ account: two, certificateId: '4'.repeat(64), region: 'eu-west-1', sourceAccount: '999988887777' })];
    const plan = { ...planOf(spread, head, { state: 'valid', policy: base }), accounts: [one, two, blind] };
    // Its role refused for the PR's policy (errors) or for the base's alone (baseOnlyErrors): the same words.
    for (const gap of [{ errors: [refused(blind)] }, { baseOnlyErrors: [refused(blind)] }]) {
      for (const detail of ['full', 'summary'] as const) {
        const verdict = renderPlanComment({ kind: 'planned', plan: { ...plan, ...gap } }, { ...OPTIONS, detail }).split('\n').find((l) => l.includes(' items found ')) ?? '';
        expect(verdict).toContain('of the 3 items found in 2 accounts (1 more account could not be read).');
        expect(verdict).not.toContain('in 3 accounts');
      }
    }
    // One account read: named in full, counted in a summary; none read: said so, no account counted.
    const single = { ...plan, accounts: [one, blind], errors: [refused(blind)] };
    expect(renderPlanComment({ kind: 'planned', plan: single }, OPTIONS)).toContain('of the 3 items found in account <code>111111111111</code> (1 more account could not be read).');
    expect(renderPlanComment({ kind: 'planned', plan: single }, { ...OPTIONS, detail: 'summary' })).toContain('of the 3 items found in 1 account (1 more account could not be read).');
    const none = { ...planOf([], base, { state: 'valid', policy: base }), accounts: [blind], errors: [refused(blind)] };
    expect(renderPlanComment({ kind: 'planned', plan: none }, OPTIONS)).toContain('**✅ Valid, but nothing could be compared:** 0 items found (nothing could be read of account <code>333333333333</code>). With it');
    expect(renderPlanComment({ kind: 'planned', plan: { ...none, accounts: [one, blind], errors: [refused(one), refused(blind)] } }, { ...OPTIONS, detail: 'summary' })).toContain('**✅ Valid, but nothing could be compared:** 0 items found (nothing could be read of the 2 accounts).');
    // No account to read at all: said so, and never the credentials' own account (Plan.account), which was not read either.
    const empty = { ...none, accounts: [], errors: [] };
    const unlisted = { ...empty, errors: [{ service: 'organizations' as const, message: 'ListAccounts: AccessDeniedException: denied' }] };
    for (const [plan, words] of [[empty, '(no account was read)'], [unlisted, '(no account could be read: the organization’s accounts could not be listed)']] as const) {
      for (const detail of ['full', 'summary'] as const) {
        const verdict = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail }).split('\n').find((l) => l.includes(' items found ')) ?? '';
        expect(verdict).toContain(`**✅ Valid, but nothing could be compared:** 0 items found ${words}.`);
        expect(verdict).not.toContain('fares the same');
        expect(verdict).not.toContain(plan.account);
      }
    }
  });

  it('a part of an account not read: the verdict counts the items found in the parts read, never "none fares differently" of the whole', () => {
    // Only the policy changes (a note): no item fares differently.
    const noted = buildPolicy({ iotAllow: [{ sourceAccount: A, note: 'the factory' }, { sourceAccount: B }], handshakeTypes: ['INVITE'] });
    const plan = planOf(items, noted, { state: 'valid', policy: base });
    const whole = renderPlanComment({ kind: 'planned', plan: { ...plan, policyChanges: [{ key: 'iot.reject-reason', effect: 'neutral', words: ['The reject reason changes.'] }] } }, OPTIONS);
    expect(whole).toContain('**✅ Valid.** None of the 4 items found in account <code>210987654321</code> fares differently today, but the policy itself changes');
    const region = { service: 'iot' as const, account: '210987654321', region: 'eu-west-1', message: 'AccessDeniedException: denied' };
    const gaps: Partial<Plan>[] = [{ errors: [region] }, { baseOnlyErrors: [region] }, { unknownRegions: ['xx-new-1'] }, { baseOnlyErrors: [{ service: 'account', account: '210987654321', message: 'ListRegions: denied' }] }];
    for (const gap of gaps) {
      const changed = { ...plan, ...gap, policyChanges: [{ key: 'iot.reject-reason', effect: 'neutral' as const, words: ['The reject reason changes.'] }] };
      expect(renderPlanComment({ kind: 'planned', plan: changed }, OPTIONS)).toContain('**✅ Valid.** None of the 4 items found in the parts read of account <code>210987654321</code> fares differently today, but the policy itself changes');
      expect(renderPlanComment({ kind: 'planned', plan: changed }, { ...OPTIONS, detail: 'summary' })).toContain('None of the 4 items found in the parts read of the account fares differently today');
      expect(renderPlanComment({ kind: 'planned', plan: { ...plan, ...gap } }, OPTIONS)).toContain('**✅ Valid. No change** to the 4 items found in the parts read of account <code>210987654321</code>: each fares the same');
    }
    // The organization's account list is no part of the accounts read: they were read whole.
    expect(renderPlanComment({ kind: 'planned', plan: { ...plan, errors: [{ service: 'organizations', message: 'ListAccounts: denied' }] } }, OPTIONS)).toContain('No change** to the 4 items found in account <code>210987654321</code>: each');
  });

  it('a region the PR stops sweeping: the verdict counts the items found there too, and says so; "Items found now" says what it leaves out', () => {
    const wide = buildPolicy({ regions: ['us-east-1', 'eu-west-1'], iotAllow: [{ sourceAccount: A }] });
    const narrow = buildPolicy({ regions: ['us-east-1'], iotAllow: [{ sourceAccount: A }] });
    const found = [
      certificateTransfer({ certificateId: '1'.repeat(64), region: 'us-east-1', sourceAccount: '999988887777' }),
      certificateTransfer({ certificateId: '2'.repeat(64), region: 'eu-west-1', sourceAccount: '999988887777' }),
      certificateTransfer({ certificateId: '3'.repeat(64), region: 'eu-west-1', sourceAccount: '999988887777' }),
      certificateTransfer({ certificateId: '4'.repeat(64), region: 'eu-west-1', sourceAccount: A }),
    ];
    // As plan-run.ts decides them: each policy only the items in the regions it sweeps.
    const plan: Plan = {
      ...planOf(found, narrow, { state: 'valid', policy: wide }),
      diff: diffDecisions(decide(found, wide, NOW), decide(found.filter((i) => i.region === 'us-east-1'), narrow, NOW), narrow, NOW),
    };
    const dropped = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    expect(dropped).toContain('Merged, this policy would **stop acting on 2** of the 4 items found in account <code>210987654321</code> under either policy (3 of them only where the base branch’s policy sweeps and this one does not).');
    expect(dropped).toContain('### Pending items whose fate changes (2)');
    expect(dropped).toContain('### Items found now where this PR’s policy sweeps (1) and what it does to each');
    expect(dropped).toContain('_Not listed here: 3 items found only where the base branch’s policy sweeps and this one does not; the 2 the base branch’s policy acts on are in the table above, as no longer acted on._');
    // A summary comment has the same verdict.
    expect(renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary' })).toContain('**stop acting on 2** of the 4 items found in the account under either policy (3 of them only');
    // Nothing dropped: the plain count and heading.
    expect(body).toContain('of the 4 items found in account <code>210987654321</code>.');
    expect(body).not.toContain('Not listed here');
  });

  it('one item, found only where the base branch sweeps: "1 item", not "1 items … (1 of them"', () => {
    const wide = buildPolicy({ regions: ['us-east-1', 'eu-west-1'] });
    const narrow = buildPolicy({ regions: ['us-east-1'] });
    const found = [certificateTransfer({ certificateId: '2'.repeat(64), region: 'eu-west-1', sourceAccount: '999988887777' })];
    const plan: Plan = { ...planOf(found, narrow, { state: 'valid', policy: wide }), diff: diffDecisions(decide(found, wide, NOW), [], narrow, NOW) };
    const comment = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    expect(comment).toContain('of the 1 item found in account <code>210987654321</code> under either policy (only where the base branch’s policy sweeps and this one does not).');
    expect(comment).not.toContain('1 items');
  });

  it('no change: says so', () => {
    const same = renderPlanComment({ kind: 'planned', plan: planOf(items, base, { state: 'valid', policy: base }) }, OPTIONS);
    expect(same).toContain('**✅ Valid. No change** to the 4 items found');
    expect(same).toContain('### Pending items whose fate changes (0)');
    expect(same).toContain('### Policy changes (0)');
    expect(same).not.toContain('[!CAUTION]');
  });

  it('a PR that acts on more than the budget says so loudly', () => {
    const strict = buildPolicy({ handshakeTypes: ['INVITE'], maxActions: 2 });
    const tripped = renderPlanComment({ kind: 'planned', plan: planOf(items, strict, { state: 'valid', policy: base }) }, OPTIONS);
    expect(tripped.split('\n')[1]).toContain('⚠️');
    expect(tripped).toContain('> [!CAUTION]');
    expect(tripped).toContain('**This policy would trip the budget.** It acts on **4** pending items; the budget is **2** (limits.max-actions in the policy)');
  });

  it('a part not read in several accounts: each account named with its hint in full; said once with their number in a summary', () => {
    const accounts = ['400000000000', '400000000001', '400000000011'];
    const hint = 'This is what AWS answers in an opt-in region the account has not enabled.';
    const errors = accounts.map((account) => ({ service: 'iot' as const, account, region: 'ap-east-1', message: 'UnrecognizedClientException: The security token included in the request is invalid.', hint }));
    const plan = { ...planOf(items, head, { state: 'valid', policy: base }), accounts, errors };
    const full = renderPlanComment({ kind: 'planned', plan }, OPTIONS).split('\n').filter((l) => l.startsWith('> - ') && l.includes('ap&#45;east&#45;1'));
    expect(full).toEqual(accounts.map((a) => `> - <code>${a}</code>, IoT <code>ap&#45;east&#45;1</code>: UnrecognizedClientException&#58; The security token included in the request is invalid. — This is what AWS answers in an opt&#45;in region the account has not enabled.`));
    const summary = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary' }).split('\n').filter((l) => l.startsWith('> - ') && l.includes('ap&#45;east&#45;1'));
    expect(summary).toEqual(['> - IoT <code>ap&#45;east&#45;1</code> (in 3 accounts)']);
    const refused = accounts.slice(0, 2).map((account) => ({ service: 'sts' as const, account, message: 'could not assume: AccessDenied' }));
    const roles = renderPlanComment({ kind: 'planned', plan: { ...plan, errors: refused } }, { ...OPTIONS, detail: 'summary' }).split('\n').filter((l) => l.includes('role'));
    expect(roles).toContain('> - 2 accounts (their roles not assumed)');
    // "Valid" is of the policy: the verdict says the plan fails too, not only the warning; a plan that read everything does not.
    const verdictOf = (body: string) => body.split('\n').find((l) => l.includes(' items found ')) ?? '';
    expect(verdictOf(renderPlanComment({ kind: 'planned', plan }, OPTIONS))).toMatch(/ \*\*This plan fails: parts this policy reads could not be read\*\* \(see the warning below\); a scheduled run with it would fail on them too\.$/);
    expect(verdictOf(renderPlanComment({ kind: 'planned', plan: { ...plan, errors: [] } }, OPTIONS))).not.toContain('This plan fails');
  });

  it('parts of the account that could not be read: a warning naming each, at most ten, then a count of the rest', () => {
    const regions = Array.from({ length: 10 }, (_, i) => `xx-test-${i + 1}`);
    const errors = [...regions.map((region) => ({ service: 'iot' as const, region, message: `InternalFailureException: ${region} down` })), { service: 'organizations' as const, message: 'AccessDeniedException: no' }];
    const plan = { ...planOf(items, head, { state: 'valid', policy: base }), errors };
    const warned = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    const lines = warned.split('\n');
    expect(lines[1]).toContain('⚠️');
    const start = lines.indexOf('> [!WARNING]');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 13)).toEqual([
      "> **Parts the PR's policy reads could not be read**; items there are not in this plan, and the plan fails on them, as a scheduled run with this policy would:",
      ...regions.map((r) => `> - IoT <code>${r.replaceAll('-', '&#45;')}</code>: InternalFailureException&#58; ${r.replaceAll('-', '&#45;')} down`),
      // Not "in the job summary": its banner stops at ten too. Each part not read is one of the step's failures.
      '> - …and 1 more: the failures of the run (https://github.com/acme/guard/actions/runs/42) name each, as its JSON report does',
    ]);
    // No report written: the failures alone; the plan's job summary says the same.
    const unwritten = { ...OPTIONS, reportFile: undefined };
    expect(renderPlanComment({ kind: 'planned', plan }, unwritten)).toContain('\n> - …and 1 more: the failures of the run (https://github.com/acme/guard/actions/runs/42) name each\n');
    expect(renderPlanComment({ kind: 'planned', plan }, { ...unwritten, maxLength: 900_000, maxRows: 2_000, ...summaryOmittedWhere(false) })).toContain('\n> - …and 1 more: the failures of the run (https://github.com/acme/guard/actions/runs/42) name each\n');
    expect(warned).not.toContain('Organizations:');
    // Ten errors fit: no count.
    const ten = renderPlanComment({ kind: 'planned', plan: { ...plan, errors: errors.slice(0, 10) } }, OPTIONS);
    expect(ten).toContain(`> - IoT <code>xx&#45;test&#45;10</code>`);
    expect(ten).not.toContain('…and');
    expect(body).not.toContain('[!WARNING]');
  });

  it('parts only the base reads that could not be read: a warning of their own, ten named, the rest sent to the log and the report; the organization’s list among them says the base’s accounts are unknown', () => {
    const accounts = Array.from({ length: 11 }, (_, i) => String(400000000020 + i));
    const listing = { service: 'organizations' as const, message: 'ListAccounts: AccessDeniedException: <b>no</b>' };
    const roles = accounts.map((account) => ({ service: 'sts' as const, account, message: `could not assume arn:aws:iam::${account}:role/g: AccessDenied` }));
    const plan: Plan = { ...planOf(items, head, { state: 'valid', policy: base }), baseOnlyErrors: [listing, ...roles] };
    const lines = renderPlanComment({ kind: 'planned', plan }, OPTIONS).split('\n');
    expect(lines[1]).toContain('⚠️');
    const start = lines.findIndex((l) => l.startsWith('> **Parts only the base branch’s policy reads could not be read**'));
    expect(lines[start - 1]).toBe('> [!WARNING]');
    expect(lines.slice(start + 1, start + 15)).toEqual([
      '> - the organization’s accounts (Organizations): ListAccounts&#58; AccessDeniedException&#58; &#60;b&#62;no&#60;/b&#62;',
      ...accounts.slice(0, 9).map((a) => `> - <code>${a}</code>, STS: could not assume arn&#58;aws&#58;iam&#58;&#58;${a}&#58;role/g&#58; AccessDenied`),
      '> - …and 2 more: the log of the run (https://github.com/acme/guard/actions/runs/42) names each, as its JSON report does (plan.baseOnlyErrors)',
      '>',
      '> Which accounts the base branch’s policy guards through the organization is therefore unknown: those this run read are compared as if the organization lists them, and those this PR no longer guards are not counted.',
      '',
    ]);
    // Nothing lost that the run could count: the verdict says the rest is not counted, never a bare "Valid".
    expect(lines.join('\n')).toContain('**✅ Valid, but the organization’s accounts could not be listed for the base branch’s policy, which guards the organization:** how many of them this one no longer guards is not counted (see the warning below).');
    expect(lines.join('\n')).not.toContain("Parts the PR's policy reads could not be read");
    // A summary comment: where only, no account, no AWS text; its log names none, so the rest go to the report alone.
    const summary = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary' });
    expect(summary).toContain('\n> - the organization’s accounts (Organizations)\n> - STS\n');
    expect(summary).toContain('\n> - …and 2 more: the JSON report of the run (https://github.com/acme/guard/actions/runs/42) lists each (plan.baseOnlyErrors)\n');
    expect(summary).not.toContain('400000000020');
    // Without the listing: no word of the organization.
    const roleOnly = renderPlanComment({ kind: 'planned', plan: { ...plan, baseOnlyErrors: roles.slice(0, 1) } }, { ...OPTIONS, reportFile: undefined });
    expect(roleOnly).not.toContain('through the organization');
    expect(roleOnly).not.toContain('…and');
    // A part with our hint (an opt-in region not enabled): after AWS's text, as the PR's own parts show theirs; a summary comment says neither.
    const optIn = { service: 'iot' as const, account: accounts[0], region: 'ap-east-1', message: 'UnrecognizedClientException: The security token included in the request is invalid.', hint: 'ap-east-1 is an opt-in region: enable it for 400000000020, or leave it out.' };
    const hinted = { ...plan, baseOnlyErrors: [optIn] };
    expect(renderPlanComment({ kind: 'planned', plan: hinted }, OPTIONS)).toContain(
      '\n> - <code>400000000020</code>, IoT <code>ap&#45;east&#45;1</code>: UnrecognizedClientException&#58; The security token included in the request is invalid. — ap&#45;east&#45;1 is an opt&#45;in region&#58; enable it for 400000000020, or leave it out.\n',
    );
    const hintedSummary = renderPlanComment({ kind: 'planned', plan: hinted }, { ...OPTIONS, detail: 'summary' });
    expect(hintedSummary).toContain('\n> - IoT <code>ap&#45;east&#45;1</code>\n');
    expect(hintedSummary).not.toContain('opt&#45;in region');
  });

  it('the footer marks the handshakes not read when an account’s handshakes could not be listed, not when the organization’s account list could not be', () => {
    const footer = (errors: Plan['errors']) => renderPlanComment({ kind: 'planned', plan: { ...planOf(items, head, { state: 'valid', policy: base }), errors } }, OPTIONS).split('\n').find((l) => l.startsWith('<sub>swept')) ?? '';
    expect(footer([])).not.toContain('(not read)');
    expect(footer([{ service: 'organizations', message: 'ListAccounts: AccessDeniedException: no' }])).not.toContain('(not read)');
    expect(footer([{ service: 'organizations', account: '210987654321', message: 'AccessDeniedException: no' }])).toMatch(/; handshakes <code>[^·]* \(not read\)/);
  });

  it('the footer marks each region of every kind a read failed in: under a list, after the region; under `all`, named after those read; in several accounts, with how many', () => {
    const withKinds = buildPolicy({ regions: 'all', handshakeTypes: ['INVITE'], ram: { regions: ['eu-west-1', 'us-east-1'] }, securityServices: { services: ['guardduty', 'macie'] } });
    const footer = (plan: Plan) => renderPlanComment({ kind: 'planned', plan }, OPTIONS).split('\n').find((l) => l.startsWith('<sub>swept')) ?? '';
    const one = (errors: Plan['errors'], swept = ['us-east-1']): Plan => ({ ...planOf([], withKinds, { state: 'missing' }), errors, regions: { requested: swept, swept } });
    const failed = (service: 'iot' | 'ram' | 'guardduty' | 'macie', region: string, account = '210987654321') => ({ service, account, region, message: 'AccessDeniedException: no' });
    const r = (region: string) => `<code>${region.replaceAll('-', '&#45;')}</code>`;
    expect(footer(one([]))).not.toContain('not read');
    const marked = footer(one([failed('iot', 'eu-west-1'), failed('ram', 'eu-west-1'), failed('guardduty', 'ap-east-1')]));
    expect(marked).toContain(`swept for this PR’s policy: IoT every enabled region (1 read: ${r('us-east-1')}; ${r('eu-west-1')} (not read)); handshakes <code>INVITE</code>; `);
    expect(marked).toContain(`; RAM ${r('eu-west-1')} (not read), ${r('us-east-1')}; `);
    // A kind of several services: which one failed, when not all did.
    expect(marked).toContain(`(GuardDuty, Macie) in every enabled region, ${r('ap-east-1')} (GuardDuty not read)`);
    // A role not assumed is a whole account (the verdict counts it), no region's mark.
    expect(footer(one([{ service: 'sts', account: '210987654321', message: 'AccessDenied' }]))).not.toContain('not read');
    // Several accounts: a region read in one and not in the other says in how many it was not read.
    const many: Plan = { ...one([failed('iot', 'eu-west-1', '400000000012'), failed('ram', 'eu-west-1', '400000000012'), failed('ram', 'eu-west-1', '400000000011')], ['eu-west-1', 'us-east-1']), accounts: ['400000000011', '400000000012'] };
    expect(footer(many)).toContain(`IoT every enabled region (2 read: ${r('eu-west-1')} (not read in 1 account), ${r('us-east-1')}); `);
    expect(footer(many)).toContain(`RAM ${r('eu-west-1')} (not read in 2 accounts), ${r('us-east-1')}; `);
    // A listed IoT region: marked as it was when no account read it, and now too when some did not.
    const listed = buildPolicy({ regions: ['us-east-1', 'eu-west-1'], handshakeTypes: ['INVITE'] });
    const listedPlan: Plan = { ...planOf([], listed, { state: 'missing' }), errors: [failed('iot', 'eu-west-1', '400000000012')], regions: { requested: ['eu-west-1', 'us-east-1'], swept: ['eu-west-1', 'us-east-1'] }, accounts: ['400000000011', '400000000012'] };
    expect(footer(listedPlan)).toContain(`IoT ${r('us-east-1')}, ${r('eu-west-1')} (not read in 1 account); `);
    // One security service alone is named too: "Security-service us-east-1" would not say which is read.
    const oneService = buildPolicy({ regions: ['us-east-1'], ram: { regions: ['us-east-1'] }, securityServices: { services: ['guardduty'], regions: ['us-east-1'] } });
    expect(footer(planOf([], oneService, { state: 'missing' }))).toContain(`; RAM ${r('us-east-1')}; Security-service (GuardDuty) ${r('us-east-1')} · `);
  });

  it('a policy change that newly guards accounts whose role the plan could not use says which role it tried and what AWS answered (not assumed, or answered as another account)', () => {
    const text = (accounts: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: [${accounts}]\niot:\n  regions: [us-east-1]\n`;
    const base = parsedPolicy(text('"400000000011"'));
    const head = parsedPolicy(text('"400000000011", "400000000012", "400000000013", "400000000015", "400000000016"'));
    const arn = (account: string) => `arn:aws:iam::${account}:role/inbound-guard`;
    const refused = (account: string) => ({ service: 'sts' as const, account, message: `could not assume ${arn(account)}: AccessDenied`, code: 'AccessDenied' });
    const elsewhere = (account: string) => ({ service: 'sts' as const, account, message: `role ${arn(account)} answered as account 999988887777, not ${account}; nothing was read with it` });
    const roles = Object.fromEntries(['400000000013', '400000000014', '400000000015', '400000000016'].map((a) => [a, arn(a)]));
    const plan = (errors: Plan['errors']): Plan => ({ ...planOf([], head, { state: 'valid', policy: base }), errors, roles });
    const row = (body: string, start: string) => body.split('\n').find((l) => l.includes(start)) ?? '';
    const ids = (...accounts: string[]) => accounts.map((a) => `<code>${a}</code>`);
    const arns = (account: string) => `<code>arn&#58;aws&#58;iam&#58;&#58;${account}&#58;role/inbound&#45;guard</code>`;
    const denied = 'AWS answers AccessDenied alike for a role that does not exist there, one that does not trust these credentials, and credentials not allowed to assume it.';
    const errors = [refused('400000000013'), refused('400000000015'), elsewhere('400000000016')];
    const full = renderPlanComment({ kind: 'planned', plan: plan(errors) }, OPTIONS);
    const gained = row(full, 'Now guarded through targets.accounts');
    expect(gained).toContain(`Now guarded through targets.accounts&#58; ${ids('400000000012')[0]}, ${ids('400000000013')[0]}, ${ids('400000000015')[0]} and ${ids('400000000016')[0]}. This plan could not assume ${arns('400000000013')} &#40;AWS&#58; <code>AccessDenied</code>&#41; nor ${arns('400000000015')} &#40;AWS&#58; <code>AccessDenied</code>&#41;&#58; nothing of those accounts was read. ${denied} The role this plan tried, ${arns('400000000016')}, answered as another account&#58; nothing of that account was read with it. |`);
    // A summary comment counts them: which account AWS refused, and what it answered, is not tied to an id there.
    const summary = row(renderPlanComment({ kind: 'planned', plan: plan(errors) }, { ...OPTIONS, detail: 'summary' }), 'Now guarded through targets.accounts');
    expect(summary).toContain('. This plan could not assume the role it tried in 2 of them&#58; nothing of those accounts was read. The role this plan tried in 1 of them answered as another account&#58; nothing of that account was read with it. |');
    // A row of one account: "the account". No error: no note.
    const organization = (exclude: string) => parsedPolicy(`version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n${exclude}iot:\n  regions: [us-east-1]\n`);
    const lifted = planOf([], organization(''), { state: 'valid', policy: organization('  exclude: ["400000000014"]\n') });
    const one = renderPlanComment({ kind: 'planned', plan: { ...lifted, errors: [refused('400000000014')], roles } }, OPTIONS);
    expect(row(one, 'No longer excluded')).toContain(`No longer excluded&#58; <code>400000000014</code>. This plan could not assume ${arns('400000000014')} &#40;AWS&#58; <code>AccessDenied</code>&#41;&#58; nothing of the account was read. ${denied} |`);
    expect(row(renderPlanComment({ kind: 'planned', plan: plan([]) }, OPTIONS), 'Now guarded through targets.accounts')).not.toContain('This plan');
  });

  it('accounts outside the pin that the organization lists: a warning with their count, naming ten with why and a hundred more by id, escaped; a summary comment counts them only', () => {
    const outside = Array.from({ length: 115 }, (_, i) => ({ account: String(100000000000 + i), reason: "not in the policy's accounts pin, so this policy may not govern it: add it to accounts or to targets.exclude", fails: true }));
    const hostile = { account: '<img src=x>@someone', reason: '[click](https://evil.example/x) <script>', fails: true };
    const byChoice = { account: '200000000000', reason: 'excluded by targets.exclude', fails: false };
    const plan: Plan = { ...planOf(items, head, { state: 'valid', policy: base }), skippedAccounts: [hostile, ...outside, byChoice] };
    const warned = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    const lines = warned.split('\n');
    expect(lines[1]).toContain('⚠️');
    const start = lines.indexOf('> **116 accounts not guarded**, named by the policy’s targets or listed by the organization: nothing of them was read, so their items are not in this plan, and the plan job fails on them, as a scheduled run would:');
    expect(start).toBeGreaterThan(0);
    expect(lines[start - 1]).toBe('> [!WARNING]');
    // Escaped as every cell is (code, inertMarkdown): no tag, link or mention.
    expect(lines[start + 1]).toBe('> - <code>&#60;img src&#61;x&#62;@\u200Bsomeone</code>: &#91;click&#93;&#40;https&#58;/\u200B/evil.example/x&#41; &#60;script&#62;');
    expect(lines[start + 2]).toBe("> - <code>100000000000</code>: not in the policy&#39;s accounts pin, so this policy may not govern it&#58; add it to accounts or to targets.exclude");
    const rest = lines[start + 11] ?? '';
    expect(rest).toMatch(/^> - _…and 106 more accounts not guarded:_ <code>100000000009<\/code> /);
    expect(rest).toContain('<code>100000000108</code> _…and 6 more: the “Not guarded” group of the log of the run (https://github.com/acme/guard/actions/runs/42) names each, as its JSON report does._');
    expect(rest).not.toContain('<code>100000000109</code>');
    // Excluded: not in the warning, but named in the block under it, as the run summary names it.
    expect(lines.slice(start, start + 12).join('\n')).not.toContain('200000000000');
    expect(lines[start + 13]).toBe('<details><summary>Not guarded by choice (1)</summary>');
    expect(warned).toContain('- <code>200000000000</code>: excluded by targets.exclude\n');
    expectInert(warned);
    // No report written: the log alone.
    expect(renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, reportFile: undefined })).toContain('_…and 6 more: the “Not guarded” group of the log of the run (https://github.com/acme/guard/actions/runs/42) names each._');
    // Summary: the count, no account.
    const counted = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary' });
    expect(counted).toContain('> **116 accounts not guarded**, named by the policy’s targets or listed by the organization: nothing of them was read, so their items are not in this plan, and the plan job fails on them, as a scheduled run would.');
    expect(counted).not.toMatch(/100000000\d{3}/);
    // One: said in the singular; none but by choice: no warning.
    expect(renderPlanComment({ kind: 'planned', plan: { ...plan, skippedAccounts: [outside[0]!] } }, OPTIONS)).toContain('> **1 account not guarded**, named by the policy’s targets or listed by the organization: nothing of it was read, so its items are not in this plan, and the plan job fails on it, as a scheduled run would:\n> - <code>100000000000</code>: ');
    const same = planOf(items, base, { state: 'valid', policy: base });
    expect(renderPlanComment({ kind: 'planned', plan: { ...same, skippedAccounts: outside } }, OPTIONS).split('\n')[1]).toContain('⚠️');
    const chosen = renderPlanComment({ kind: 'planned', plan: { ...same, skippedAccounts: [byChoice] } }, OPTIONS);
    expect(chosen).not.toContain('> [!WARNING]');
    expect(chosen).toContain('<details><summary>Not guarded by choice (1)</summary>\n\n- <code>200000000000</code>: excluded by targets.exclude\n\n</details>');
    expect(chosen.split('\n')[1]).toContain('🔍');
    // Summary: the count only.
    expect(counted).toContain('_Not guarded by choice: 1 account (in `targets.exclude`, or not ACTIVE in the organization); a summary comment names none._');
    expect(counted).not.toContain('200000000000');
  });

  it('accounts the base guards and the PR\'s policy does not: named under the verdict, ten with why and a hundred more by id, escaped; a summary comment names none', () => {
    // The verdict counts them; the block names them (those outside the PR's pin, read for the base all the same: the warning after it names them too).
    const lost = ['<img src=x>@someone', ...Array.from({ length: 115 }, (_, i) => String(300000000000 + i))];
    const pin = "not in the policy's accounts pin, so this policy may not govern it: add it to accounts or to targets.exclude";
    const plan: Plan = {
      ...planOf(items, head, { state: 'valid', policy: base }),
      accounts: ['210987654321', '<img src=x>@someone', '300000000000', '300000000001', '300000000002', '300000000003'],
      noLongerGuarded: lost,
      skippedAccounts: [{ account: '<img src=x>@someone', reason: pin, fails: true }, { account: '300000000001', reason: pin, fails: true }],
      baseOnlyErrors: [{ service: 'sts', account: '<img src=x>@someone', message: 'could not assume it: AccessDenied' }, { service: 'sts', account: '300000000003', message: 'could not assume it: AccessDenied' }],
    };
    const warned = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    const lines = warned.split('\n');
    expect(lines[1]).toContain('⚠️');
    expect(warned).toContain('**✅ Valid, but 116 accounts the base branch’s policy guards are not guarded by this one.**');
    const start = lines.indexOf('> **116 accounts no longer guarded**: the base branch’s policy guards them, this one does not:');
    expect(start).toBeGreaterThan(0);
    expect(lines[start - 1]).toBe('> [!WARNING]');
    expect(lines[start + 1]).toBe('> - <code>&#60;img src&#61;x&#62;@\u200Bsomeone</code>: this policy’s targets reach it, but its `accounts` pin leaves it out: read for the base branch’s policy alone, but its role could not be used, so what is pending there is in no count');
    expect(lines[start + 2]).toBe('> - <code>300000000000</code>: only the base branch’s targets reach it: read for that policy alone');
    expect(lines[start + 3]).toBe('> - <code>300000000001</code>: this policy’s targets reach it, but its `accounts` pin leaves it out: read for the base branch’s policy alone');
    expect(lines[start + 4]).toBe('> - <code>300000000002</code>: only the base branch’s targets reach it: read for that policy alone');
    expect(lines[start + 5]).toBe('> - <code>300000000003</code>: only the base branch’s targets reach it: read for that policy alone, but its role could not be used, so what is pending there is in no count');
    // The warning of accounts not guarded: one read for the base, one whose role was refused.
    expect(warned).toContain('> **2 accounts not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on them, as a scheduled run would. This policy reads nothing of them, but 1 was read for the base branch’s policy alone, which guards it (no longer guarded, above); nothing was read of the other one, so its items are not in this plan:');
    // Some read for the base, several not; all read; one, read: each a sentence of its own after the failure, in a summary comment too.
    const notGuarded = (skipped: string[], detail: 'full' | 'summary' = 'full') => renderPlanComment({ kind: 'planned', plan: { ...plan, skippedAccounts: skipped.map((account) => ({ account, reason: pin, fails: true })) } }, { ...OPTIONS, detail }).split('\n').find((l) => l.includes('not guarded**')) ?? '';
    expect(notGuarded(['300000000001', '300000000002', '<img src=x>@someone', '999999999999'])).toBe('> **4 accounts not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on them, as a scheduled run would. This policy reads nothing of them, but 2 were read for the base branch’s policy alone, which guards them (no longer guarded, above); nothing was read of the other 2, so their items are not in this plan:');
    expect(notGuarded(['300000000001', '300000000002'])).toBe('> **2 accounts not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on them, as a scheduled run would. This policy reads nothing of them, but they were read for the base branch’s policy alone, which guards them (no longer guarded, above):');
    expect(notGuarded(['300000000001'], 'summary')).toBe('> **1 account not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on it, as a scheduled run would. This policy reads nothing of it, but it was read for the base branch’s policy alone, which guards it (no longer guarded, above).');
    const rest = lines[start + 11] ?? '';
    expect(rest).toMatch(/^> - _…and 106 more accounts no longer guarded:_ <code>300000000009<\/code> /);
    expect(rest).toContain('<code>300000000108</code> _…and 6 more: the “No longer guarded” group of the log of the run (https://github.com/acme/guard/actions/runs/42) names each, as the JSON report’s `plan.noLongerGuarded` does._');
    expect(rest).not.toContain('<code>300000000109</code>');
    expect(lines[start + 12]).toBe('');
    expectInert(warned);
    // The job summary says the same; without a report, the log alone.
    expect(renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, maxLength: 900_000, maxRows: 2_000, ...summaryOmittedWhere(true) })).toContain(lines.slice(start, start + 12).join('\n'));
    expect(renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, reportFile: undefined })).toContain('_…and 6 more: the “No longer guarded” group of the log of the run (https://github.com/acme/guard/actions/runs/42) names each._');
    // One: the singular, no cut line.
    const one = renderPlanComment({ kind: 'planned', plan: { ...plan, noLongerGuarded: ['300000000000'] } }, OPTIONS);
    expect(one).toContain('> **1 account no longer guarded**: the base branch’s policy guards it, this one does not:\n> - <code>300000000000</code>: only the base branch’s targets reach it: read for that policy alone\n\n');
    // Summary: the verdict's count, and where the list is; no account.
    const counted = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary' });
    expect(counted).toContain('_No longer guarded: 116 accounts; a summary comment names none, the JSON report’s `plan.noLongerGuarded` lists them._');
    expect(counted).not.toMatch(/300000000\d{3}/);
    expect(counted).not.toContain('someone');
    expect(renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail: 'summary', reportFile: undefined })).toContain('_No longer guarded: 116 accounts; a summary comment names none._');
    // None: no block.
    expect(renderPlanComment({ kind: 'planned', plan: { ...plan, noLongerGuarded: [] } }, OPTIONS)).not.toContain('no longer guarded');
  });

  it('a PR that newly governs services: one line under the policy changes names the IAM actions the scheduled runs’ role needs for them, and the report has them', () => {
    const governing = buildPolicy({ iotAllow: [{ sourceAccount: A }], handshakeTypes: ['INVITE'], securityServices: { services: ['guardduty', 'macie'] } });
    const plan: Plan = { ...planOf(items, governing, { state: 'valid', policy: base }), accounts: ['210987654321', A] };
    const reads = '<code>guardduty&#58;ListInvitations</code>, <code>macie2&#58;ListInvitations</code>';
    const writes = '<code>guardduty&#58;DeclineInvitations</code>, <code>macie2&#58;DeclineInvitations</code>';
    for (const detail of ['full', 'summary'] as const) {
      const lines = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, detail }).split('\n');
      const at = lines.findIndex((l) => l.startsWith('🔑'));
      expect(lines[at]).toBe(
        `🔑 **Newly governed: GuardDuty, Macie.** The role scheduled runs use in each account (the guard role, with \`targets\`) needs ${reads} (in inbound-guard’s \`iam/read.json\`, for \`dry-run\` and \`plan\`) and, for \`enforce\`, ${writes} too (all in \`iam/enforce.json\`): a role that leaves out what the base branch’s policy did not govern lacks them, and a missing write shows only when an enforce run makes one.`,
      );
      // Once for the comment, right under the table of policy changes, however many accounts were read.
      expect(lines.filter((l) => l.includes('guardduty&#58;ListInvitations'))).toHaveLength(1);
      expect(lines.slice(0, at).reverse().find((l) => l !== '')).toMatch(/^\| 🛡️ strengthens \| .*security&#45;services/);
    }
    expect(planReportSection(plan).newPermissions).toEqual({ services: ['guardduty', 'macie'], read: ['guardduty:ListInvitations', 'macie2:ListInvitations'], write: ['guardduty:DeclineInvitations', 'macie2:DeclineInvitations'] });
    // Without a validation-only plan's AWS read, the line is the same.
    const view: PlanView = { kind: 'validation-only', head: governing, base: { state: 'valid', policy: base }, entries: diffAllowEntries(base, governing), lapsingEntries: [], why: 'no credentials', policyChanges: plan.policyChanges, newPermissions: plan.newPermissions };
    expect(renderPlanComment(view, OPTIONS)).toContain(`🔑 **Newly governed: GuardDuty, Macie.** The role scheduled runs use in each account (the guard role, with \`targets\`) needs ${reads}`);
    // Nothing newly governed: no line, nothing in the report.
    expect(body).not.toContain('🔑');
    expect(planReportSection(planOf(items, head, { state: 'valid', policy: base })).newPermissions).toBeUndefined();
  });

  it('a PR whose only new read is the list of enabled regions says so, with the one action', () => {
    const listed = renderPlanComment({ kind: 'planned', plan: planOf(items, buildPolicy({ regions: 'all' }), { state: 'valid', policy: buildPolicy({ regions: ['us-east-1'] }) }) }, OPTIONS);
    expect(listed).toContain('🔑 **Newly read: the list of enabled regions** (a kind is now read in every enabled region). The role scheduled runs use in each account (the guard role, with `targets`) needs <code>account&#58;ListRegions</code> (in inbound-guard’s `iam/read.json` and `iam/enforce.json`).');
  });

  it('a policy new in the PR is compared with nothing in force', () => {
    const added = renderPlanComment({ kind: 'planned', plan: planOf(items, head, { state: 'missing' }) }, OPTIONS);
    expect(added).toContain(`The base branch has no <code>.github/inbound&#45;guard.yml</code> at <code>${BASE_SHA.slice(0, 12)}</code>: this PR adds the policy.`);
    expect(added).toContain('newly reject or decline 1');
    expect(added).toContain('— nothing (no valid policy)');
  });
});

describe('renderPlanComment: invalid and validation-only', () => {
  it('an invalid PR policy: verdict, every issue at its line, nothing read from AWS', () => {
    const view: PlanView = { kind: 'invalid', policyPath: PATH, base: { state: 'missing' }, issues: [{ file: PATH, line: 4, column: 7, key: 'iot.allow[0].source-account', message: 'must be 12 digits in quotes' }], errorCount: 1 };
    const body = renderPlanComment(view, OPTIONS);
    expect(body).toContain('**❌ Invalid: 1 error.**');
    // A capped list: the count is every problem found, not the rows shown.
    expect(renderPlanComment({ ...view, errorCount: 7313 }, OPTIONS)).toContain('**❌ Invalid: 7,313 errors.**');
    expect(body).toContain('| 4:7 | <code>iot.allow&#91;0&#93;.source&#45;account</code> | must be 12 digits in quotes |');
    expect(body).toContain('Nothing was read from AWS');
  });

  it('no credentials: says it is validation only, and why, instead of failing', () => {
    const head = buildPolicy({ iotAllow: [{ sourceAccount: A, until: '2026-11-28' }] });
    const view: PlanView = { kind: 'validation-only', head, base: { state: 'missing' }, entries: diffAllowEntries(undefined, head), lapsingEntries: lapsingAllowEntries(head, NOW), why: 'Could not load credentials from any providers' };
    const body = renderPlanComment(view, OPTIONS);
    expect(body).toContain('**✅ Valid — validation only.** This run has no AWS credentials (pull requests from forks get no OIDC token)');
    expect(body).toContain('Could not load credentials from any providers');
    expect(body).toContain(`[iot.allow[0] (line 5)](https://github.com/acme/guard/blob/${HEAD_SHA}/${PATH}#L5)`);
    expect(body).toContain('### ⏳ Allow entries lapsing within 14 days (1)');
  });
});

describe('renderPlanComment: size and hostile text', () => {
  it('the accepted-items banner keeps to its share, however much its senders wrote, and counts what it left out', () => {
    const items = hostileItems(30).filter((i) => i.kind === 'handshake');
    const head = buildPolicy({ iotAllow: [{ sourceAccount: A }] });
    const plan = { ...planOf(items, head, { state: 'valid', policy: head }), acceptedAgainstPolicy: items.map((item) => ({ item, reason: HOSTILE.join(' ').repeat(3) })) };
    const body = renderPlanComment({ kind: 'planned', plan }, OPTIONS);
    const rows = body.split('\n').filter((l) => l.startsWith('> - Handshake'));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(items.length);
    expect(rows.reduce((n, r) => n + byteSize(r), 0)).toBeLessThanOrEqual(ACCEPTED_BANNER_BYTES);
    expect(body).toContain(`> - …and ${items.length - rows.length} more in the log of the run (https://github.com/acme/guard/actions/runs/42), whose Plan group marks each “accepted against this policy”, and in its JSON report`);
    // No report written: the log alone, in the comment and in the plan's job summary (whose banner stops at the same rows).
    const unwritten = { ...OPTIONS, reportFile: undefined };
    const rest = `> - …and ${items.length - rows.length} more in the log of the run (https://github.com/acme/guard/actions/runs/42), whose Plan group marks each “accepted against this policy”\n`;
    expect(renderPlanComment({ kind: 'planned', plan }, unwritten)).toContain(rest);
    expect(renderPlanComment({ kind: 'planned', plan }, { ...unwritten, maxLength: 900_000, maxRows: 2_000, ...summaryOmittedWhere(false) })).toContain(rest);
    // The tables after it still have their rows.
    expect(body).toContain('### Pending items whose fate changes');
    expectInert(body);
  });

  it('10,000 items with hostile text stay under GitHub’s comment limit, with a count of what was cut', () => {
    const items = hostileItems(10_000);
    const base = buildPolicy({ iotAllow: [{ sourceAccount: '999988887777' }] });
    const head = buildPolicy({ iotAllow: [{ sourceAccount: A }] });
    const body = renderPlanComment({ kind: 'planned', plan: planOf(items, head, { state: 'valid', policy: base }) }, OPTIONS);
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(byteSize(body)).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body).toMatch(/_…and \d+ more rows, not shown here: see them in the job summary of the run \(https:\/\/github\.com\/acme\/guard\/actions\/runs\/42\) and in its JSON report\._/);
    // No report written: the job summary alone.
    const unwritten = renderPlanComment({ kind: 'planned', plan: planOf(items, head, { state: 'valid', policy: base }) }, { ...OPTIONS, reportFile: undefined });
    expect(unwritten).toMatch(/_…and \d+ more rows, not shown here: see them in the job summary of the run \(https:\/\/github\.com\/acme\/guard\/actions\/runs\/42\)\._/);
    expect(unwritten).not.toContain('JSON report');
    expect(body).toContain('### Items found now (10000)');
    // The footer survives the cut.
    expect(body.trimEnd().endsWith('</sub>')).toBe(true);
    expectInert(body);
  });

  it.each([10, 200, 3_000])('%i hostile items: inert, and within the limit', (count) => {
    const body = renderPlanComment({ kind: 'planned', plan: planOf(hostileItems(count), buildPolicy(), { state: 'missing' }) }, OPTIONS);
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expectInert(body);
  });

  it('the limit holds in bytes: 10,000 items of four-byte and CJK text', () => {
    const wide = Array.from({ length: 10_000 }, (_, i) => certificateTransfer({ certificateId: i.toString(16).padStart(64, '0'), region: 'us-east-1', transferMessage: '証明書の移転🚨'.repeat(16).slice(0, 128) }));
    const body = renderPlanComment({ kind: 'planned', plan: planOf(wide, buildPolicy(), { state: 'missing' }) }, OPTIONS);
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    expect(body).toContain('証明書の移転🚨');
    expect(body).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('even a limit smaller than the fixed parts is honoured (cut between code points)', () => {
    const body = renderPlanComment({ kind: 'planned', plan: planOf(hostileItems(50), buildPolicy(), { state: 'missing' }) }, { ...OPTIONS, maxLength: 700 });
    expect(byteSize(body)).toBeLessThanOrEqual(700);
    expect(body.startsWith(planMarker(PATH))).toBe(true);
    // Not "see the job summary": this may be it, and it may be cut too, or not written. Where the rest is, by what the run kept.
    expect(body.endsWith('\n\n_…cut to fit: the rest is not shown here; the JSON report (`report-file`) of the run (https://github.com/acme/guard/actions/runs/42) has every item and every change._')).toBe(true);
    expect(body.slice(body.lastIndexOf('\n\n'))).not.toContain('job summary');
  });

  it.each<[string, PlanView, RenderOptions, string]>([
    ['no report: the log, whose Plan group lists every item', { kind: 'planned', plan: planOf(hostileItems(50), buildPolicy(), { state: 'missing' }) }, { ...OPTIONS, reportFile: undefined }, '; the log of the run (https://github.com/acme/guard/actions/runs/42) lists every item in its Plan group._'],
    ['a summary plan without its report: nowhere', { kind: 'planned', plan: planOf(hostileItems(50), buildPolicy(), { state: 'missing' }) }, { ...OPTIONS, reportFile: undefined, detail: 'summary' }, '_…cut to fit: the rest is not shown here._'],
    ['an invalid policy: the annotations in the log', { kind: 'invalid', policyPath: PATH, base: { state: 'missing' }, issues: Array.from({ length: 40 }, (_, i) => ({ file: PATH, line: i + 1, column: 1, key: 'iot', message: 'x'.repeat(500) })), errorCount: 40 }, OPTIONS, '; the log of the run (https://github.com/acme/guard/actions/runs/42) has each problem, as an annotation._'],
    ['validation only: nowhere', { kind: 'validation-only', head: buildPolicy(), base: { state: 'missing' }, entries: diffAllowEntries(undefined, buildPolicy()), lapsingEntries: [], why: 'x'.repeat(2000) }, OPTIONS, '_…cut to fit: the rest is not shown here._'],
  ])('cut as a last resort, %s', (_, view, options, end) => {
    const body = renderPlanComment(view, { ...options, maxLength: 700 });
    expect(byteSize(body)).toBeLessThanOrEqual(700);
    expect(body.startsWith(planMarker(PATH))).toBe(true);
    expect(body.endsWith(end)).toBe(true);
    expect(body.slice(body.lastIndexOf('\n\n'))).not.toContain('job summary');
  });

  it('a smaller limit for the summary is honoured too, and a larger one shows more rows', () => {
    const view: PlanView = { kind: 'planned', plan: planOf(hostileItems(2_000), buildPolicy(), { state: 'missing' }) };
    expect(byteSize(renderPlanComment(view, { ...OPTIONS, maxLength: 10_000 }))).toBeLessThanOrEqual(10_000);
    const rejectRows = (body: string) => body.split('\n').filter((l) => l.startsWith('| 🛑 reject |')).length;
    const big = renderPlanComment(view, { ...OPTIONS, maxLength: 900_000, maxRows: 2_000, omittedWhere: 'in the JSON report' });
    expect(byteSize(big)).toBeLessThanOrEqual(900_000);
    expect(rejectRows(big)).toBeGreaterThan(10 * rejectRows(renderPlanComment(view, OPTIONS)));
    expect(big).toMatch(/not shown here: see them in the JSON report\._/);
  });

  // The job summary of a plan run names the report as the footers do: the runner and its path are gone when it is read.
  it("the job summary's cut table names the JSON report by the report-file output, not its path on the runner", () => {
    const view: PlanView = { kind: 'planned', plan: planOf(hostileItems(300), buildPolicy(), { state: 'missing' }) };
    const summary = renderPlanComment(view, { ...OPTIONS, maxRows: 10, ...summaryOmittedWhere(true) });
    expect(summary).toMatch(/more rows, not shown here: see them in the JSON report, the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._/);
    expect(summary).not.toContain('/tmp/report.json');
  });

  it("no JSON report: the job summary's cut tables of items send readers to the log's Plan group, which lists every item; a cut table of the policy's entries says it is nowhere else", () => {
    const entries = buildPolicy({ iotAllow: Array.from({ length: 20 }, (_, i) => ({ sourceAccount: String(100000000000 + i) })) });
    const view: PlanView = { kind: 'planned', plan: planOf(hostileItems(300), entries, { state: 'missing' }) };
    const unwritten = { ...OPTIONS, reportFile: undefined, maxRows: 10, ...summaryOmittedWhere(false) };
    const summary = renderPlanComment(view, unwritten);
    const found = summary.slice(summary.indexOf('### Items found now (300)'));
    expect(found).toContain('_…and 290 more rows, not shown here: see them in the log of this run, whose Plan group lists every item._');
    const added = summary.slice(summary.indexOf('### Allow entries changed (20 added'), summary.indexOf('### Pending items'));
    expect(added).toContain('_…and 10 more rows, not shown here: see them nowhere else: the list was cut._');
    expect(summary).not.toContain('JSON report');
    // The log the line sends readers to: a full plan's Plan group, one line per item (logPlan, github/plan-mode.ts).
    expect(summary.match(/see them in the log of this run/g)).toHaveLength(2);
    // With the report written, every cut table names it.
    const written = renderPlanComment(view, { ...OPTIONS, maxRows: 10, ...summaryOmittedWhere(true) });
    expect(written).not.toContain('in the log of this run');
    expect(written).not.toContain('nowhere else');
  });

  it('a job summary that could not be written: the comment’s cut tables send readers where the rows are, never to it', () => {
    const entries = buildPolicy({ iotAllow: [{ sourceAccount: A, until: '2026-11-25' }, ...Array.from({ length: 150 }, (_, i) => ({ sourceAccount: String(100000000000 + i) }))] });
    const items = [...hostileItems(150), ...Array.from({ length: 150 }, (_, i) => certificateTransfer({ certificateId: i.toString(16).padStart(64, 'a'), sourceAccount: A, region: 'us-east-1' }))];
    const view: PlanView = { kind: 'planned', plan: planOf(items, entries, { state: 'valid', policy: buildPolicy() }) };
    const cut = (body: string) => body.split('\n').filter((l) => l.startsWith('_…and '));
    // Written, the summary holds more rows: the comment sends readers there.
    expect(cut(renderPlanComment(view, OPTIONS)).every((l) => l.includes('see them in the job summary of the run (https://github.com/acme/guard/actions/runs/42) and in its JSON report.'))).toBe(true);
    // Not written: the JSON report, when written, named with its run.
    const report = cut(renderPlanComment(view, { ...OPTIONS, ...noSummaryOmittedWhere('planned', true, OPTIONS) }));
    expect(report).toHaveLength(4);
    for (const l of report) expect(l).toMatch(/ more rows, not shown here: see them in the JSON report of the run \(https:\/\/github\.com\/acme\/guard\/actions\/runs\/42\), the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._$/);
    // Neither: the log's Plan group for items (lapsing ones by their mark), nowhere for the policy's changes.
    const unwritten = { ...OPTIONS, reportFile: undefined };
    const log = renderPlanComment(view, { ...unwritten, ...noSummaryOmittedWhere('planned', false, unwritten) });
    expect(log).not.toContain('job summary');
    expect(cut(log).map((l) => l.replace(/^_…and \d+ more rows, not shown here: see them /, ''))).toEqual([
      'nowhere else: the list was cut._',
      'in the log of the run (https://github.com/acme/guard/actions/runs/42), whose Plan group lists every item._',
      'in the log of the run (https://github.com/acme/guard/actions/runs/42), whose Plan group marks each “⏳ lapses in …”._',
      'in the log of the run (https://github.com/acme/guard/actions/runs/42), whose Plan group lists every item._',
    ]);
    // An invalid policy: each problem is annotated, in the log.
    const invalid: PlanView = { kind: 'invalid', policyPath: PATH, base: { state: 'missing' }, issues: Array.from({ length: 150 }, (_, i) => ({ file: PATH, line: i + 1, column: 1, key: 'iot', message: 'bad' })), errorCount: 150 };
    expect(cut(renderPlanComment(invalid, { ...unwritten, ...noSummaryOmittedWhere('invalid', false, unwritten) }))).toEqual(['_…and 50 more rows, not shown here: see them in the log of the run (https://github.com/acme/guard/actions/runs/42), which annotates each problem at its line._']);
  });

  it("no JSON report: the job summary's cut table of allowances lapsing soon sends readers to the mark the log's Plan group puts on each of them", () => {
    // A reviewer's case: 2,050 transfers under an allow entry with `until`, at the job summary's own limits.
    const policy = buildPolicy({ iotAllow: [{ sourceAccount: A, until: '2026-11-25' }] });
    const items = Array.from({ length: 2_050 }, (_, i) => certificateTransfer({ certificateId: i.toString(16).padStart(64, '0'), sourceAccount: A, region: 'us-east-1' }));
    const plan = planOf(items, policy, { state: 'valid', policy });
    expect(plan.diff.lapsingSoon).toHaveLength(2_050);
    const unwritten: RenderOptions = { ...OPTIONS, reportFile: undefined, detail: 'full', account: '210987654321' };
    const summary = renderPlanComment({ kind: 'planned', plan }, { ...unwritten, maxLength: 900_000, maxRows: 2_000, ...summaryOmittedWhere(false) });
    const lapsing = summary.slice(summary.indexOf('### ⏳ Allowances lapsing'), summary.indexOf('### Items found now'));
    expect(lapsing).toMatch(/\n_…and \d+ more rows, not shown here: see them in the log of this run, whose Plan group marks each “⏳ lapses in …”\._\n/);
    // The table of every item found still sends readers to the group's lines, one per item.
    expect(summary.slice(summary.indexOf('### Items found now'))).toContain('see them in the log of this run, whose Plan group lists every item._');
    // With the report written, the lapsing rows are in it (plan.lapsingSoon).
    const written = renderPlanComment({ kind: 'planned', plan }, { ...OPTIONS, maxLength: 900_000, maxRows: 2_000, ...summaryOmittedWhere(true) });
    expect(written.slice(written.indexOf('### ⏳ Allowances lapsing'), written.indexOf('### Items found now'))).toMatch(/_…and \d+ more rows, not shown here: see them in the JSON report, the step's <code>report&#45;file<\/code> output \(keep it with actions\/upload-artifact\)\._/);
  });
});

describe('the Source cell of an outgoing item: who it went to, never this account as its sender', () => {
  it('an outgoing handshake: this account’s organization → its recipient, with the note; not the organization’s own management details', () => {
    const sent = handshake({ id: 'h-aaaaaaaa02', direction: 'outgoing', organizationId: 'o-ourorg0001', managementAccountId: '210987654321', managementEmail: 'admin@ours.example', recipient: '222233334444', notes: 'Welcome' });
    expect(itemSource(sent)).toBe('this account’s organization <code>o&#45;ourorg0001</code> → <code>222233334444</code><br>note: “Welcome”');
    expect(itemSource({ ...sent, organizationId: undefined, recipient: undefined, notes: undefined })).toBe('this account’s organization → unknown');
    // An incoming one still names its sender.
    expect(itemSource(handshake({ organizationId: 'o-strangerorg1', managementEmail: undefined, managementName: undefined }))).toBe('org <code>o&#45;strangerorg1</code>, account <code>222233334444</code>');
  });

  it('an outgoing transfer: this account → its destination', () => {
    expect(itemSource(certificateTransfer({ direction: 'outgoing', sourceAccount: '210987654321', targetAccount: '888899990000' }))).toBe('this account → <code>888899990000</code>');
  });
});

describe('renderPlanComment: ids people can look up', () => {
  /** A RAM invitation ARN of the shape AWS gives, with a UUID of its own per i. */
  const shareArn = (i: number) => `arn:aws:ram:us-east-1:999988887777:resource-share-invitation/${i.toString(16).padStart(8, '0')}-0c1d-4e5f-a6b7-c8d9e0f1a2b3`;
  /** The Id cell an id gets: escaped as code() does, in pieces of 16 characters a <wbr> apart. */
  const idCell = (id: string) => `<code>${(id.match(/.{1,16}/g) ?? []).map((p) => p.replace(/[:-]/g, (c) => `&#${c.charCodeAt(0)};`)).join('<wbr>')}</code>`;

  it('every kind shows the id AWS knows it by, whole: certificate id, handshake id, RAM invitation ARN, Detective graph ARN', () => {
    const detective = securityInvitation({ service: 'detective', region: 'us-east-1' });
    const items = [
      certificateTransfer({ certificateId: '0123456789abcdef'.repeat(4), region: 'us-east-1' }),
      handshake({ id: 'h-examplehandshakeid' }),
      resourceShareInvitation({ region: 'us-east-1', invitationArn: shareArn(1) }),
      detective,
      securityInvitation({ service: 'guardduty', region: 'us-east-1', invitationId: 'e'.repeat(32) }),
    ];
    const body = renderPlanComment({ kind: 'planned', plan: planOf(items, buildPolicy({ ram: {}, securityServices: {} }), { state: 'missing' }) }, OPTIONS);
    expect(body).toContain(`| IoT certificate transfer | ${idCell('0123456789abcdef'.repeat(4))} |`);
    expect(body).toContain('| <code>h&#45;examplehandshakeid</code> |');
    expect(body).toContain(`| RAM resource share | ${idCell(shareArn(1))} |`);
    expect(body).toContain(`| Detective invitation | ${idCell(detective.invitationId ?? '')} |`);
    // 32 characters: short enough to stay unbroken.
    expect(body).toContain(`| GuardDuty invitation | <code>${'e'.repeat(32)}</code> |`);
    expect(body).not.toContain('…</code>');
  });

  it('long ids mean fewer rows fit, never a row cut or over the limit: the rows shown and the count left out add up', () => {
    const shares = Array.from({ length: 3_000 }, (_, i) => resourceShareInvitation({ region: 'us-east-1', invitationArn: shareArn(i) }));
    const body = renderPlanComment({ kind: 'planned', plan: planOf(shares, buildPolicy({ ram: {} }), { state: 'missing' }) }, { ...OPTIONS, maxRows: 5_000 });
    expect(byteSize(body)).toBeLessThanOrEqual(COMMENT_MAX_LENGTH);
    const found = body.slice(body.indexOf('### Items found now (3000)'));
    const rows = found.split('\n').filter((l) => l.startsWith('| 🛑 reject | RAM resource share |'));
    expect(rows.length).toBeGreaterThan(10);
    rows.forEach((row, i) => expect(row).toContain(`| ${idCell(shareArn(i))} |`));
    expect(found).toContain(`_…and ${3_000 - rows.length} more rows, not shown here:`);
  });
});

describe('lapse wording: one cell, the same in the plan comment and the alert issue', () => {
  // The review's case: at 08:00 UTC on 2026-11-26, an entry `until: 2026-12-01` lapses at 00:00 UTC
  // on 2026-12-02, 5 days 16 h later (6 calendar days): the cell said "`2026-12-02` (in 5 days)".
  const now = new Date('2026-11-26T08:00:00Z');
  const CELL = 'allowed through <code>2026&#45;12&#45;01</code> (UTC): lapses in 5 days 16 h';
  const head = buildPolicy({ iotAllow: [{ sourceAccount: A, until: '2026-12-01' }] });
  const item = certificateTransfer({ certificateId: '5'.repeat(64), region: 'us-east-1', sourceAccount: A });

  it('names the last day allowed (the until) in UTC, and the days and hours left to its end', () => {
    const plan = renderPlanComment({ kind: 'planned', plan: planOf([item], head, { state: 'missing' }, undefined, now) }, OPTIONS);
    const results = decide([item], head, now).map((decision) => ({ decision, outcome: 'allowed' as const }));
    const report = oneAccountReport({ mode: 'enforce', generatedAt: now.toISOString(), budget: { limit: 10, source: 'default', planned: 0, tripped: false }, results });
    const alert = renderAlertBody(alertFacts({ kind: 'report', report }, now), PATH);
    for (const body of [plan, alert]) {
      expect(body).toContain(`| Allowed by | Lapses |`);
      expect(body).toContain(`| ${CELL} |`);
      // The instant it lapses is not shown as a date a reader would take for the last day.
      expect(body).not.toContain('2026&#45;12&#45;02');
    }
  });

  it.each([
    [0, 0, 'under an hour'],
    [0, 1, '1 h'],
    [0, 23, '23 h'],
    [1, 0, '1 day'],
    [1, 5, '1 day 5 h'],
    [13, 12, '13 days 12 h'],
  ])('%i days and %i hours left read "%s"', (daysLeft, hoursLeft, words) => {
    expect(timeLeft({ daysLeft, hoursLeft })).toBe(words);
  });

  it('an entry no item needs reads the same', () => {
    const view: PlanView = { kind: 'validation-only', head, base: { state: 'missing' }, entries: diffAllowEntries(undefined, head), lapsingEntries: lapsingAllowEntries(head, now), why: 'no credentials' };
    const body = renderPlanComment(view, OPTIONS);
    expect(body).toContain('| Entry | Allows | Lapses |');
    expect(body).toContain(` | ${CELL} |`);
  });
});

describe('planMarker', () => {
  it.each([
    [PATH, '<!-- inbound-guard:plan:.github/inbound-guard.yml -->'],
    ['a b/--><script>.yml', '<!-- inbound-guard:plan:a%20b/--%3E%3Cscript%3E.yml -->'],
    ["it's(1)!.yml", '<!-- inbound-guard:plan:it%27s%281%29%21.yml -->'],
  ])('%s → %s', (path, marker) => {
    expect(planMarker(path)).toBe(marker);
    expect(planMarker(path).slice(4, -3)).not.toMatch(/-->|--!>|>/);
  });

  it.each([
    [PATH, '<!-- inbound-guard:plan:.github/inbound-guard.yml account-tag:e4594d -->'],
    ['a b/--><script>.yml', '<!-- inbound-guard:plan:a%20b/--%3E%3Cscript%3E.yml account-tag:e4594d -->'],
  ])('with the account read: %s → %s (its tag, never the id)', (path, marker) => {
    expect(planMarker(path, '210987654321')).toBe(marker);
    expect(planMarker(path, '210987654321').slice(4, -3)).not.toMatch(/-->|--!>|>/);
    // The policy-only marker is not part of an account's, so neither comment is taken for the other.
    expect(planMarker(path, '210987654321')).not.toContain(planMarker(path));
  });

  it('an account’s tag: 6 hex digits of sha256 under a fixed prefix, pinned (a new tag would orphan every comment), one per account', () => {
    expect(accountTag('210987654321')).toBe('e4594d');
    expect(accountTag('123456789012')).toBe('5e1b0b');
    expect(planMarker(PATH, '210987654321')).not.toBe(planMarker(PATH, '123456789012'));
  });

  it('planMarkerIn finds this policy’s marker, with or without an account, and no other policy’s', () => {
    for (const marker of [planMarker(PATH), planMarker(PATH, '210987654321')]) expect(planMarkerIn(`${marker}\n## plan`, PATH)).toBe(marker);
    expect(planMarkerIn(`${planMarker('other.yml', '210987654321')}\n## plan`, PATH)).toBeUndefined();
    // The dot of the path is a dot, not any character.
    expect(planMarkerIn(planMarker('.githubXinbound-guard.yml'), PATH)).toBeUndefined();
    expect(planMarkerIn(planMarker(`${PATH}.bak`), PATH)).toBeUndefined();
    expect(planMarkerIn('<!-- inbound-guard:plan:.github/inbound-guard.yml account-tag:210987654321 -->', PATH)).toBeUndefined();
    expect(planMarkerIn('<!-- inbound-guard:plan:.github/inbound-guard.yml account-tag:E4594D -->', PATH)).toBeUndefined();
    // Only at the start: a marker quoted further down (by another workflow's comment) is not ours.
    const tagged = planMarker(PATH, '210987654321');
    expect(planMarkerIn(`${planMarker(`${PATH}.bak`)}\ntext\n${tagged}`, PATH)).toBeUndefined();
    expect(planMarkerIn(`Thanks for the PR! You wrote:\n\n> ${tagged}`, PATH)).toBeUndefined();
  });
});

describe('renderPlanComment: the account a plan read with', () => {
  const ACCOUNT = '210987654321';
  const view: PlanView = { kind: 'planned', plan: planOf([certificateTransfer({ certificateId: '1'.repeat(64), region: 'us-east-1', sourceAccount: A })], buildPolicy(), { state: 'missing' }) };

  it('full: the marker holds its tag, the title names it', () => {
    const lines = renderPlanComment(view, { ...OPTIONS, detail: 'full', account: ACCOUNT }).split('\n');
    expect(lines[0]).toBe(planMarker(PATH, ACCOUNT));
    expect(lines[1]).toBe(`## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · account <code>${ACCOUNT}</code>`);
  });

  it('summary: the title and footer show only the tag, and the id is nowhere in the comment', () => {
    const body = renderPlanComment(view, { ...OPTIONS, detail: 'summary', account: ACCOUNT });
    expect(body).not.toContain(ACCOUNT);
    expect(body.split('\n').slice(0, 2)).toEqual([planMarker(PATH, ACCOUNT), '## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · account tag <code>e4594d</code>']);
    expect(body.split('\n').at(-1)).toContain('account tag <code>e4594d</code>: one comment per AWS account planned, its id not shown');
    // Where the items left out are: the JSON report, only when the run wrote it.
    expect(body).toContain('The JSON report of the run (`report-file`) has every item.</sub>');
    const unwritten = renderPlanComment(view, { ...OPTIONS, reportFile: undefined, detail: 'summary', account: ACCOUNT });
    expect(unwritten).toContain('The JSON report of the run, which would have every item, could not be written.</sub>');
    expect(unwritten).not.toContain('has every item');
  });

  it('with targets, the accounts read are reached via the credentials’ account, which keys the comment', () => {
    const many: PlanView = { kind: 'planned', plan: { ...view.plan, accounts: [A, B] } };
    expect(renderPlanComment(many, { ...OPTIONS, detail: 'full', account: ACCOUNT }).split('\n')[1]).toBe(`## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · via account <code>${ACCOUNT}</code>`);
    expect(renderPlanComment(many, { ...OPTIONS, detail: 'summary', account: ACCOUNT }).split('\n')[1]).toBe('## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code> · via account tag <code>e4594d</code>');
  });

  it('no account read: the policy-only marker and title', () => {
    const lines = renderPlanComment(view, OPTIONS).split('\n');
    expect(lines.slice(0, 2)).toEqual([planMarker(PATH), '## 🔍 inbound-guard plan · <code>.github/inbound&#45;guard.yml</code>']);
  });
});

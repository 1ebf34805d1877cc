/**
 * Rendering as GitHub renders it (issue 14): the job summaries and plan comments, built by the real
 * renderers from items whose sender-written text is hostile, go through micromark with its GFM
 * extensions (tables, autolink literals, strikethrough, task lists, footnotes) and raw HTML let
 * through, as GitHub does before it sanitises. The HTML is then parsed and checked:
 * - tables keep their column count (in the Markdown GitHub reads, and in the HTML);
 * - `<details>` and `<summary>` open and close in balance;
 * - no tag or attribute but the few the renderers write, so none from a sender;
 * - every link is one of ours (the policy at a commit, the workflow run); no image at all;
 * - no @mention, issue reference or `$` math GitHub would act on.
 * Seeded fast-check (test/setup/fast-check-seed.ts) draws the items.
 */
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { countPlanned, resolveBudget } from '../src/act/budget.js';
import { executeDecisions, type Effects } from '../src/act/execute.js';
import { describeAwsError } from '../src/aws/errors.js';
import { decide } from '../src/decide/decide.js';
import type { CertificateTransferItem, HandshakeItem, InboundItem, ResourceShareInvitationItem, SecurityInvitationItem } from '../src/model/items.js';
import { diffDecisions } from '../src/plan/diff-decisions.js';
import { diffAllowEntries, lapsingAllowEntries } from '../src/plan/diff-entries.js';
import { diffPolicies } from '../src/plan/policy-diff.js';
import { sweepScopes } from '../src/kinds/registry.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import type { RenderOptions } from '../src/plan/render-context.js';
import type { BasePolicy, Plan } from '../src/plan/types.js';
import type { Policy, PolicyIssue } from '../src/policy/types.js';
import { renderPolicyIssues, renderPolicyRules } from '../src/report/policy-summary.js';
import { inertMarkdownLines, renderRunError } from '../src/report/run-error.js';
import { renderRunSummary } from '../src/report/run-summary.js';
import { FOLD_ACCOUNTS_OVER } from '../src/report/run-summary-accounts.js';
import type { AccountInventory } from '../src/run/account-inventory.js';
import { buildRunReport, withRunContext } from '../src/run/run-report.js';
import type { SweepError } from '../src/sweep/events.js';
import { loadScenario } from './emulator/index.ts';
import { certificateTransferItemArb, handshakeItemArb, policyArb, resourceShareInvitationItemArb, securityInvitationItemArb } from './arbitraries.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakeCoverage, oneAccountReport } from './helpers/report.js';
import { ROOT } from './helpers/run-dist.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const REPO = 'https://github.com/acme/guard';
const links = (sha: string) => ({ serverUrl: 'https://github.com', repository: 'acme/guard', sha, policyPath: '.github/inbound-guard.yml' });
const OPTIONS: RenderOptions = { headLinks: links('c'.repeat(40)), baseLinks: links('b'.repeat(40)), runUrl: `${REPO}/actions/runs/42`, reportFile: '/tmp/report.json' };
/** Every link the renderers may write points into the repository (policy lines) or at the run. */
const OUR_LINKS = [`${REPO}/blob/`, `${REPO}/actions/runs/42`];

// ---- hostile text -----------------------------------------------------------------------------

const scenario = loadScenario(`${ROOT}/test/emulator/scenarios/sample.yml`);
/** Every sender-written string of the sample scenario (transfer messages, notes, names, emails). */
const SAMPLE_TEXT = [
  ...(scenario.certificates ?? []).flatMap((c) => (c.transfer?.message ? [c.transfer.message] : [])),
  ...(scenario.handshakes ?? []).flatMap((h) => (h.notes ? [h.notes] : [])),
  ...(scenario.organizations ?? []).flatMap((o) => [o.managementName, o.managementEmail].filter((v): v is string => typeof v === 'string')),
];

const PAYLOADS = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<a href="https://evil.example">x</a>', '<details><summary>x', '</details>', '</summary>', '</td></tr></table>',
  '| a | b |', '|', '\\|', '\n|---|---|\n', '<!--', '-->', '[click](https://evil.example/x)', '![pixel](https://evil.example/p.png)', '[x]: https://evil.example',
  'https://evil.example/path', 'www.evil.example', 'mailto:a@evil.example', 'admin@evil.example', '@octocat', '@acme/security', '#1', 'acme/guard#2', 'GH-3',
  '$x$', '$$\\begin{array}x\\end{array}$$', '$`\\huge x`$', '**b**', '_i_', '~~s~~', '`c`', '```', '- [ ] task', '[^1]', '&lt;b&gt;', '&#60;img&#62;', '\\', '\r\n', '\u2028', '\u202e', '::error::x',
];
const hostileText: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) }, { weight: 1, arbitrary: fc.constantFrom(...SAMPLE_TEXT) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.join(' '));

/** An id from AWS, shown whole in pieces (breakableCode): sometimes a hostile tail after the real one. */
const hostileId = (id: string): fc.Arbitrary<string> => fc.option(hostileText, { nil: undefined, freq: 2 }).map((tail) => (tail === undefined ? id : `${id}${tail}`));
/** An item from test/arbitraries.ts with every sender-written field made hostile, and sometimes its id. */
const hostileItem: fc.Arbitrary<InboundItem> = fc.oneof(
  fc.tuple(certificateTransferItemArb(), hostileText).chain(([item, text]) => hostileId(item.certificateId).map((certificateId): CertificateTransferItem => ({ ...item, certificateId, transferMessage: text.slice(0, 128) }))),
  fc.tuple(handshakeItemArb(), hostileText, hostileText, hostileText).chain(([item, notes, name, email]) => hostileId(item.id).map((id): HandshakeItem => ({ ...item, id, notes, managementName: name, managementEmail: email }))),
  // RAM: the share name and the shared resources' ARNs are the sender's; Detective: the member email the administrator entered.
  fc.tuple(resourceShareInvitationItemArb(), hostileText, hostileText).map(([item, name, arn]): ResourceShareInvitationItem => ({ ...item, shareName: name, resources: [...item.resources, { arn, type: 'ec2:Subnet' }] })),
  fc.tuple(securityInvitationItemArb(), hostileText).map(([item, email]): SecurityInvitationItem => (item.service === 'detective' ? { ...item, memberEmail: email } : item)),
);
const hostileItems = fc.array(hostileItem, { minLength: 1, maxLength: 10 });
/** Policies from test/arbitraries.ts with hostile notes: in plan mode the PR author writes them. */
const hostilePolicy: fc.Arbitrary<Policy> = fc.tuple(policyArb, fc.array(hostileText, { minLength: 10, maxLength: 10 })).map(([policy, notes]) => ({
  ...policy,
  iot: { ...policy.iot, allow: policy.iot.allow.map((e, i) => ({ ...e, note: notes[i] ?? 'n' })) },
  organizations: { ...policy.organizations, allow: policy.organizations.allow.map((e, i) => ({ ...e, note: notes[9 - i] ?? 'n' })) },
}));
const hostileErrors: fc.Arbitrary<SweepError[]> = fc.array(
  fc.tuple(fc.constantFrom('iot' as const, 'organizations' as const), hostileText).map(([service, text]): SweepError => ({ service, ...(service === 'iot' ? { region: 'us-east-1' } : {}), message: describeAwsError(Object.assign(new Error(text), { name: 'AccessDeniedException' })) })),
  { maxLength: 3 },
);

// ---- what GitHub would make of it ---------------------------------------------------------------

/** The tags and attributes the renderers write; anything else came from text that should be inert. */
const ALLOWED_TAGS = new Set(['h2', 'h3', 'h4', 'p', 'strong', 'em', 'code', 'wbr', 'br', 'sub', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'a', 'ul', 'li', 'blockquote']);
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = { a: ['href'], th: ['align'], td: ['align'] };

interface Rendered {
  readonly html: string;
  /** Each element, with whether it opened inside a `<code>` (a `<wbr>` of ours only ever does). */
  readonly tags: { name: string; attributes: Record<string, string>; inCode: boolean }[];
  readonly text: string;
  readonly tables: { header: number; rows: number[] }[];
}

function render(markdown: string): Rendered {
  const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const tags: Rendered['tags'] = [];
  const tables: Rendered['tables'] = [];
  let text = '';
  let row: number | undefined;
  let inHead = false;
  let codeDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        tags.push({ name, attributes, inCode: codeDepth > 0 });
        if (name === 'code') codeDepth += 1;
        if (name === 'table') tables.push({ header: 0, rows: [] });
        if (name === 'thead') inHead = true;
        if (name === 'tr') row = 0;
        if ((name === 'th' || name === 'td') && row !== undefined) row += 1;
      },
      onclosetag(name) {
        const table = tables[tables.length - 1];
        if (name === 'tr' && table && row !== undefined) {
          if (inHead) table.header = row;
          else table.rows.push(row);
          row = undefined;
        }
        if (name === 'thead') inHead = false;
        if (name === 'code') codeDepth -= 1;
      },
      ontext(data) {
        text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { html, tags, text, tables };
}

/** Unescaped `|` per line of each table block in the Markdown: what GFM splits cells on. */
function sourceTables(markdown: string): number[][] {
  const blocks: number[][] = [];
  let current: number[] | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push((line.match(/(?<!\\)\|/g) ?? []).length);
    } else if (current) {
      blocks.push(current);
      current = undefined;
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

function expectRendersSafely(markdown: string): void {
  // GitHub reads math from the Markdown itself: no `$` may reach it unescaped.
  expect(markdown).not.toContain('$');
  for (const block of sourceTables(markdown)) expect(new Set(block)).toEqual(new Set([block[0]]));

  const { html, tags, text, tables } = render(markdown);
  for (const table of tables) {
    expect(table.header).toBeGreaterThan(0);
    for (const cells of table.rows) expect(cells).toBe(table.header);
  }
  for (const element of ['details', 'summary']) {
    let depth = 0;
    for (const m of html.matchAll(new RegExp(`<(/?)${element}[\\s>]`, 'g'))) {
      depth += m[1] === '/' ? -1 : 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  }
  for (const { name, attributes, inCode } of tags) {
    expect(ALLOWED_TAGS, `tag <${name}>`).toContain(name);
    // breakableCode's line-break opportunities, between the pieces of an id: never outside one.
    if (name === 'wbr') expect(inCode, '<wbr> outside <code>').toBe(true);
    for (const attribute of Object.keys(attributes)) expect(ALLOWED_ATTRIBUTES[name] ?? [], `attribute ${attribute} on <${name}>`).toContain(attribute);
    if (name === 'a') expect(OUR_LINKS.some((prefix) => (attributes['href'] ?? '').startsWith(prefix)), `link to ${attributes['href']}`).toBe(true);
  }
  // What GitHub links in rendered text: mentions, issue references (#1, owner/repo#2, GH-3).
  expect(text).not.toMatch(/(^|[^\w`])@[A-Za-z0-9]/);
  expect(text).not.toMatch(/#\d|\bGH-\d/i);
}

// ---- the renderers, fed hostile items --------------------------------------------------------

const failingEffects = (message: string): Effects => ({
  write: async (w) => {
    if (w.kind === 'certificate-transfer') throw Object.assign(new Error(message), { name: 'InvalidRequestException' });
  },
});

async function runSummary(items: InboundItem[], policy: Policy, errors: SweepError[], mode: 'dry-run' | 'enforce', failure: string): Promise<string> {
  const decisions = decide(items, policy, NOW);
  const budget = resolveBudget(1000, undefined, countPlanned(decisions));
  const results = mode === 'enforce'
    ? await executeDecisions(decisions, { mode, budget, effects: failingEffects(failure), policy: { ...policy, iot: { ...policy.iot, rejectReason: 'rejected' } } })
    : await executeDecisions(decisions, { mode, budget, policy: { ...policy, iot: { ...policy.iot, rejectReason: 'rejected' } } });
  const report = oneAccountReport({ mode, generatedAt: NOW.toISOString(), policyPath: policy.path, budget, results, errors });
  return renderRunSummary(report, { links: links('c'.repeat(40)) });
}

function plan(items: InboundItem[], head: Policy, base: Policy, errors: SweepError[]): Plan {
  const headDecisions = decide(items, head, NOW);
  return {
    account: '210987654321',
    accounts: ['210987654321'],
    generatedAt: NOW.toISOString(),
    base: { state: 'valid', policy: base },
    head,
    diff: diffDecisions(decide(items, base, NOW), headDecisions, head, NOW),
    entries: diffAllowEntries(base, head),
    lapsingEntries: lapsingAllowEntries(head, NOW),
    budget: resolveBudget(undefined, head.limits.maxActions, countPlanned(headDecisions)),
    errors,
    // The same errors again as parts only the base reads: their warning quotes AWS's text too.
    baseOnlyErrors: errors,
    // Accounts not guarded, with the errors' hostile messages as reasons: outside the pin (named in a warning) or by choice.
    skippedAccounts: errors.map((e, i) => ({ account: String(100000000000 + i), reason: e.message, fails: i % 2 === 0 })),
    regions: { requested: ['us-east-1'], swept: ['us-east-1'] },
    handshakesSwept: true,
    scopes: {
      base: { regions: base.iot.regions ?? ['us-east-1'], handshakeTypes: base.organizations.handshakeTypes, kinds: sweepScopes(base) },
      head: { regions: head.iot.regions ?? ['us-east-1'], handshakeTypes: head.organizations.handshakeTypes, kinds: sweepScopes(head) },
    },
    policyChanges: diffPolicies(base, head, NOW),
  };
}

describe('the check itself can fail', () => {
  it.each([
    ['a live tag', '| a |\n| --- |\n| <img src=x> |'],
    ['a table cell split by a sender', '| a | b |\n| --- | --- |\n| x | y | z |'],
    ['an unclosed details', '<details><summary>x</summary>\n\ny'],
    ['a link from a sender', '[x](https://evil.example)'],
    ['an autolinked URL', 'see https://evil.example'],
    ['a mention', 'cc @octocat'],
    ['an issue reference', 'fixes #12'],
    ['math', 'costs $x$'],
    ['a <wbr> outside an id', 'a<wbr>b'],
    ['a mention split by a <wbr>', '<code>@<wbr>octocat</code>'],
  ])('%s is caught', (_, markdown) => {
    expect(() => expectRendersSafely(markdown)).toThrow();
  });
});

describe('job summaries render safely as GitHub renders them', () => {
  it('dry-run and enforce summaries of hostile items, policies and errors (property)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileItems, hostilePolicy, hostileErrors, fc.constantFrom('dry-run' as const, 'enforce' as const), hostileText, async (items, policy, errors, mode, failure) => {
        expectRendersSafely(await runSummary(items, policy, errors, mode, failure));
      }),
      { numRuns: 150 },
    );
  });

  it('an organization run, its accounts table folded or not, with hostile region names, skip reasons, errors and time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: FOLD_ACCOUNTS_OVER + 3 }), hostileText, hostileText, hostileText, hostileText, (count, region, reason, message, generatedAt) => {
        const accounts: AccountInventory[] = Array.from({ length: count }, (_, n) => {
          const account = String(400000000000 + n);
          // Every third account failed in the hostile region; every other one swept it besides the common us-east-1.
          const failed = n % 3 === 0 ? [region] : [];
          const swept = n % 2 === 0 ? ['us-east-1'] : ['us-east-1', region];
          return {
            target: { account, via: 'organization', roleArn: `arn:aws:iam::${account}:role/g` },
            kinds: iotAndHandshakeCoverage({ selection: 'all', swept, skipped: [{ region, reason }], failed }, 'swept'),
            items: [],
            errors: failed.map((r): SweepError => ({ service: 'iot', account, region: r, message })),
          };
        });
        const report = buildRunReport({
          mode: 'enforce',
          toolVersion: 't',
          generatedAt,
          callerAccount: '400000000000',
          policy: { path: '.github/inbound-guard.yml', digest: '0'.repeat(64) },
          accounts,
          governed: ['certificate-transfer', 'handshake'],
          skippedAccounts: [{ account: '400000000099', reason: message, fails: false }],
          globalErrors: [],
          budget: { limit: 10, source: 'default', planned: 0, tripped: false },
          results: [],
        });
        const run = { id: 42, attempt: 1, repository: 'acme/guard', url: `${REPO}/actions/runs/42` };
        expectRendersSafely(renderRunSummary(withRunContext(report, run)));
      }),
      { numRuns: 60 },
    );
  });

  it('the summary of a run that stopped, the policy rules and the policy errors (property)', () => {
    fc.assert(
      fc.property(hostileText, hostilePolicy, fc.array(hostileText, { minLength: 1, maxLength: 5 }), (message, policy, problems) => {
        expectRendersSafely(renderRunError(message));
        expectRendersSafely(renderPolicyRules(policy));
        const issues: PolicyIssue[] = problems.map((p, i) => ({ file: policy.path, line: i + 1, column: 1, key: p.slice(0, 20), message: p }));
        expectRendersSafely(renderPolicyIssues(policy.path, { issues, errorCount: issues.length }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('plan comments render safely as GitHub renders them', () => {
  it('planned: hostile items, base and PR policies with hostile notes, hostile errors (property)', () => {
    fc.assert(
      fc.property(hostileItems, hostilePolicy, hostilePolicy, hostileErrors, (items, head, base, errors) => {
        expectRendersSafely(renderPlanComment({ kind: 'planned', plan: plan(items, head, base, errors) }, OPTIONS));
      }),
      { numRuns: 150 },
    );
  });

  it('invalid and validation-only views (property)', () => {
    fc.assert(
      fc.property(hostilePolicy, hostilePolicy, fc.array(hostileText, { minLength: 1, maxLength: 5 }), hostileText, (head, base, problems, why) => {
        const baseState: BasePolicy = { state: 'valid', policy: base };
        const issues: PolicyIssue[] = problems.map((p, i) => ({ file: head.path, line: i + 1, column: 1, key: p.slice(0, 20), message: p }));
        expectRendersSafely(renderPlanComment({ kind: 'invalid', policyPath: head.path, issues, errorCount: issues.length, base: baseState }, OPTIONS));
        expectRendersSafely(renderPlanComment({ kind: 'validation-only', head, base: baseState, entries: diffAllowEntries(base, head), lapsingEntries: lapsingAllowEntries(head, NOW), why }, OPTIONS));
      }),
      { numRuns: 100 },
    );
  });

  it('the sample scenario\'s own texts, one item each, in a summary and a plan comment', async () => {
    const items: InboundItem[] = SAMPLE_TEXT.map((text, i) =>
      i % 2 === 0
        ? { kind: 'certificate-transfer', account: '210987654321', certificateId: i.toString(16).padStart(64, '0'), certificateArn: 'arn', region: 'us-east-1', direction: 'incoming', sourceAccount: '999988887777', transferMessage: text.slice(0, 128) }
        : { kind: 'handshake', account: '210987654321', id: `h-${i.toString(36).padStart(10, '0')}`, arn: '', type: 'INVITE', state: 'OPEN', direction: 'incoming', notes: text, managementName: text, managementEmail: text },
    );
    expect(items.length).toBeGreaterThanOrEqual(6);
    const policy = buildPolicy({ iotAllow: [{ sourceAccount: '111122223333', note: SAMPLE_TEXT.join(' ') }] });
    expectRendersSafely(await runSummary(items, policy, [], 'dry-run', ''));
    expectRendersSafely(renderPlanComment({ kind: 'planned', plan: plan(items, policy, buildPolicy(), []) }, OPTIONS));
  });
});

describe("a stopped run's message keeps its lines, each one block (inertMarkdownLines)", () => {
  /**
   * What GitHub shows of the Markdown, as blocks: each top-level paragraph and each item of a
   * top-level bullet list, with its text (our zero-width spaces taken out), and every other element
   * or text found anywhere else (`stray`): a code block, a nested or ordered list, a heading, a link.
   */
  function blocks(markdown: string): { blocks: { kind: 'p' | 'li'; text: string }[]; stray: string[] } {
    const html = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    const found: { kind: 'p' | 'li'; text: string }[] = [];
    const stray: string[] = [];
    const stack: string[] = [];
    const parser = new Parser(
      {
        onopentag(name) {
          const at = stack.join('>');
          if ((name === 'p' || name === 'li') && (at === '' || at === 'ul')) found.push({ kind: name, text: '' });
          else if (!(name === 'ul' && at === '')) stray.push(`<${name}> in ${at || 'the body'}`);
          stack.push(name);
        },
        onclosetag() {
          stack.pop();
        },
        ontext(data) {
          const at = stack.join('>');
          const block = found[found.length - 1];
          if ((at === 'p' || at === 'ul>li') && block !== undefined) block.text += data;
          else if (data.trim() !== '') stray.push(`text ${JSON.stringify(data)} in ${at || 'the body'}`);
        },
      },
      { decodeEntities: true },
    );
    parser.end(html);
    return { blocks: found.map((b) => ({ ...b, text: b.text.replaceAll('\u200B', '') })), stray };
  }

  /** Each line as it should be shown: a `- ` line an item with the text after the dash, any other a paragraph; trimmed, blank lines gone. */
  const expected = (message: string) =>
    message.split('\n').map((line) => line.trim()).filter((line) => line !== '').map((line) => (line.startsWith('- ') ? { kind: 'li', text: line.slice(2).trim() } : { kind: 'p', text: line }));

  const PREFIXES = ['', '- ', '-      ', '-\t', '- \t', ' - ', '    ', '\t', '1986. ', '1. ', '123456789. ', '2) ', '- 2. ', '- 1) ', '# ', '> ', '* ', '+ ', '- - ', '```', '~~~', '<div>', '<!-- ', '---', '===', '| a |', '[x]: ', '- [ ] ', '[!CAUTION] '];
  const CHARS = ['a', 'Z', 'w', '0', '7', ' ', ' ', '\t', '.', ')', '(', '-', '*', '+', '#', '>', '<', '|', '`', '~', '[', ']', '!', '\\', '&', ';', ':', '/', '@', '_', '=', '$', '{', '}', '"', "'", '%', 'é', '€'];
  const line = fc.tuple(fc.constantFrom(...PREFIXES), fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 30 })).map(([prefix, body]) => `${prefix}${body}`);

  it.each([
    ['a dash then spaces (a code block in the item)', '-      [click](https://evil.example) <img src=x> @octocat'],
    ['a year (an ordered list)', '1986. a year'],
    ['an ordered list in an item', '- 2. x'],
  ])('%s', (_case, message) => {
    const shown = blocks(inertMarkdownLines(message));
    expect(shown.stray).toEqual([]);
    expect(shown.blocks).toEqual(expected(message));
  });

  it.each([
    ['a line separator', '- a\u2028b'],
    ['a paragraph separator', '- a\u2029b'],
  ])('a `- ` line holding %s is still one list item (the separator shown as U+FFFD)', (_case, message) => {
    const shown = blocks(inertMarkdownLines(message));
    expect(shown.stray).toEqual([]);
    expect(shown.blocks).toEqual([{ kind: 'li', text: 'a\uFFFDb' }]);
  });

  it('any lines: one paragraph or list item each, with its text, and nothing else (property)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const message = lines.join('\n');
        const shown = blocks(inertMarkdownLines(message));
        expect(shown.stray).toEqual([]);
        expect(shown.blocks).toEqual(expected(message));
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * The shape every kind fills in (src/kinds/kind.ts), checked for each kind of the registry: a new
 * kind that leaves a part out, or fills it in inconsistently with the policy language, action.yml or
 * its AWS half, fails here. Then the hostile-text guarantees, for every kind and every field a
 * sender writes (RAM share names and resource ARNs, Detective's member email, …): the summary, the
 * PR comment and the log show it inert.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { loadAwsKind } from '../src/aws/kinds/index.js';
import { Outputs } from '../src/constants.js';
import { decide } from '../src/decide/decide.js';
import type { Decision } from '../src/decide/types.js';
import type { Kind } from '../src/kinds/kind.js';
import { compareItems, itemKey, KIND_NAMES, KINDS, kindOf, planWrite, sweepScopes } from '../src/kinds/registry.js';
import type { InboundItem } from '../src/model/items.js';
import { diffDecisions } from '../src/plan/diff-decisions.js';
import { FIELD_ROWS } from '../src/plan/policy-diff.js';
import { renderPlanComment } from '../src/plan/render-comment.js';
import { policyJsonSchema } from '../src/policy/json-schema.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { itemId } from '../src/report/describe-item.js';
import { inertLogText } from '../src/report/escape.js';
import { logDecisions } from '../src/report/log.js';
import { itemLabel } from '../src/report/log-lines.js';
import * as runner from '../src/runner/commands.js';
import { renderPolicyRules } from '../src/report/policy-summary.js';
import { renderRunSummary } from '../src/report/run-summary.js';
import { buildRunReport } from '../src/run/run-report.js';
import { anyKindItemArb } from './arbitraries.js';
import { certificateTransfer, handshake, resourceShareInvitation, securityInvitation } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';
import { iotAndHandshakeCoverage } from './helpers/report.js';

const NOW = new Date('2026-11-21T12:00:00Z');
/** A policy that governs every kind and allows nothing. */
const EVERY = buildPolicy({ ram: {}, securityServices: {} });
/** One pending, incoming item of each kind, by kind name. */
const SAMPLE: Record<InboundItem['kind'], InboundItem> = {
  'certificate-transfer': certificateTransfer(),
  handshake: handshake(),
  'resource-share-invitation': resourceShareInvitation(),
  'security-invitation': securityInvitation({ service: 'detective' }),
};
const schema = policyJsonSchema() as { properties: Record<string, unknown> };
const action = parse(readFileSync('action.yml', 'utf8')) as { outputs: Record<string, { description: string }> };

describe.each(KINDS.map((kind) => [kind.name, kind] as const))('the kind %s fills in the whole shape', (name, kind: Kind) => {
  it('is listed once, under its own name, and is the kind of its items', () => {
    expect(KIND_NAMES.filter((n) => n === name)).toHaveLength(1);
    expect(kindOf(SAMPLE[name])).toBe(kind);
  });

  it('has a policy section the schema knows, a not-governed reason, a title and a label', () => {
    expect(Object.keys(schema.properties)).toContain(kind.section);
    expect(kind.notGoverned.length).toBeGreaterThan(5);
    expect(kind.title.length).toBeGreaterThan(5);
    expect(kind.label.length).toBeGreaterThan(1);
  });

  it('has its own output, declared in constants.ts and action.yml as it describes it, and no total\'s name', () => {
    expect(Object.values(Outputs)).toContain(kind.output.name);
    expect(action.outputs[kind.output.name]?.description).toBe(kind.output.description);
    expect(KINDS.filter((k) => k.output.name === kind.output.name)).toHaveLength(1);
    // rejected, declined and acted count every kind (summary-json's counts): a kind's own output is never one of them.
    expect([Outputs.Acted, Outputs.Rejected, Outputs.Declined]).not.toContain(kind.output.name);
  });

  it('is governed by a policy that has its section, and reads at least one service there', () => {
    expect(kind.governed(EVERY)).toBe(true);
    const scope = kind.sweepScope(EVERY, undefined);
    expect(scope.kind).toBe(name);
    expect(scope.services.length).toBeGreaterThan(0);
    expect(scope.services).toContain(kind.serviceOf(SAMPLE[name]));
    if (kind.scope === 'regional') {
      expect(scope.regions).toBe('all');
      expect(kind.sweepScope(EVERY, ['eu-west-1']).regions).toEqual(['eu-west-1']);
    } else {
      expect(scope.regions).toEqual([]);
    }
  });

  it('decides its item under a policy that allows nothing: its own write, with a write plan of its service', () => {
    const [decision] = decide([SAMPLE[name]], EVERY, NOW);
    expect(decision?.action).toBe(kind.verb);
    const plan = planWrite(decision as Decision, EVERY);
    expect('write' in plan && plan.write).toMatchObject({ kind: name, service: kind.serviceOf(SAMPLE[name]), account: SAMPLE[name].account });
    expect('write' in plan && plan.write.target.length).toBeGreaterThan(0);
    // The other write is refused, never sent.
    const other = kind.verb === 'reject' ? 'decline' : 'reject';
    expect(planWrite({ ...(decision as Decision), action: other }, EVERY)).toEqual({ refused: expect.stringMatching(/^Refused: /) as unknown as string });
  });

  it('has an AWS half of the same name, loaded on demand', async () => {
    const aws = await loadAwsKind(name);
    expect(aws.name).toBe(name);
    expect(typeof aws.sweep).toBe('function');
    expect(typeof aws.write).toBe('function');
  });

  it('brings the policy-diff rows of its section, and its allow entries cite its section', () => {
    expect(kind.policyRows.length).toBeGreaterThan(0);
    for (const row of kind.policyRows) expect(row.key === kind.section || row.key.startsWith(`${kind.section}.`)).toBe(true);
    for (const row of kind.policyRows) expect(FIELD_ROWS).toContain(row);
    const lines = kind.policySummary.lines(EVERY);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('describes its item in every table and the log', () => {
    const item = SAMPLE[name];
    for (const cell of [kind.describe.kindCell(item), itemId(item), kind.describe.sourceCell(item), kind.describe.logLabel(item)]) expect(cell.length).toBeGreaterThan(0);
    expect(itemKey(item).length).toBeGreaterThan(0);
  });
});

describe('the registry', () => {
  it('names every kind the items can be, and each policy section once', () => {
    expect(KINDS.map((k) => k.name)).toEqual(KIND_NAMES);
    expect(new Set(KINDS.map((k) => k.section)).size).toBe(KINDS.length);
    expect(Object.keys(SAMPLE).sort()).toEqual([...KIND_NAMES].sort());
  });

  it('a policy that mentions neither ram nor security-services governs IoT and handshakes only', () => {
    const parsed = parsePolicy('version: 1\n', 'p.yml');
    if (!parsed.ok) throw new Error('invalid');
    expect(sweepScopes(parsed.policy).map((s) => s.kind)).toEqual(['certificate-transfer', 'handshake']);
    expect(renderPolicyRules(parsed.policy)).toContain('**RAM resource-share invitations:** not governed (no `ram` section): left alone');
  });

  it('orders items by account, kind, region, id, and keys them uniquely within an account (any items)', () => {
    fc.assert(
      fc.property(fc.array(anyKindItemArb(), { maxLength: 20 }), (items) => {
        const sorted = [...items].sort(compareItems);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1] as InboundItem, sorted[i] as InboundItem];
          expect(a.account <= b.account).toBe(true);
          if (a.account === b.account) expect(KIND_NAMES.indexOf(a.kind)).toBeLessThanOrEqual(KIND_NAMES.indexOf(b.kind));
        }
        // Equal keys are the same item (the same account, kind and identity).
        const byKey = new Map<string, InboundItem>();
        for (const item of items) {
          const seen = byKey.get(itemKey(item));
          if (seen !== undefined) expect(compareItems(seen, item)).toBe(0);
          byKey.set(itemKey(item), item);
        }
      }),
      { numRuns: 200, seed: 4 },
    );
  });
});

// ---- hostile text, every kind, every sender-written field -----------------------------------

const HOSTILE = [
  '::add-mask::ACCEPT ME\n::stop-commands::pwned',
  '<img src=x onerror=alert(1)> | owner | @someone please approve |',
  '| a | b |\n|---|---|\n| **urgent** | [click](https://evil.example/x) |',
  '![x](https://evil.example/pixel.png) www.evil.example `code` <script>alert(1)</script> #123 @acme/security',
  '\u202Egpj.exe \u2067RTL\u2069 $\\sqrt{2}$',
];
/** A handshake whose sender is unidentified (the ARN names our side), with what its body claims. */
const UNIDENTIFIED = handshake({
  type: 'TRANSFER_RESPONSIBILITY',
  organizationId: undefined,
  managementAccountId: undefined,
  managementEmail: undefined,
  claimedSender: { organizationId: 'o-ysztebow2w', managementAccountId: '666677778888', managementEmail: 'finance@cheap-cloud.example', managementName: 'Cheap Cloud' },
});
/** The claim's every field hostile: sender-written, as the sender fields are. */
function hostileClaim(item: InboundItem, text: string): InboundItem {
  return item.kind === 'handshake' ? { ...item, claimedSender: { organizationId: text, managementAccountId: text, managementEmail: `${text}@evil.example`, managementName: text } } : item;
}
const hostileArb = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));

/**
 * The item with every text field a sender writes replaced by hostile text, and its id (shown whole,
 * in pieces: breakableCode) made hostile too: it comes from AWS, and is kept unique by its own prefix.
 */
function hostile(item: InboundItem, text: string): InboundItem {
  switch (item.kind) {
    case 'certificate-transfer':
      return { ...item, certificateId: `${item.certificateId}${text}`, transferMessage: text };
    case 'handshake':
      return { ...item, id: `${item.id}${text}`, notes: text, managementName: text, managementEmail: `${text}@evil.example` };
    case 'resource-share-invitation':
      return { ...item, invitationArn: `${item.invitationArn}${text}`, shareName: text, resources: [{ arn: `arn:aws:ec2:eu-west-1:999988887777:subnet/${text}`, type: text }, ...item.resources] };
    case 'security-invitation':
      return { ...item, invitationId: `${item.invitationId ?? ''}${text}`, memberEmail: `${text}@evil.example` };
  }
}

/**
 * Our own tags removed, nothing that could be markup, a link, an image, a mention or a workflow
 * command is left. Mentions and links are looked for with our tags removed too: a `<wbr>` of ours
 * between the pieces of an id must not be what keeps a link from forming.
 */
function expectInertMarkdown(body: string): void {
  const withoutOurMarkup = body.replace(/^<!-- inbound-guard:plan:[^\n]* -->\n/, '').replace(/<\/?(br|sub|code|details|summary)>|<wbr>/g, '');
  expect(withoutOurMarkup).not.toMatch(/<[a-z!/]/i);
  expect(withoutOurMarkup).not.toMatch(/@[A-Za-z0-9]/);
  expect(withoutOurMarkup).not.toMatch(/https?:\/\/evil/);
  expect(withoutOurMarkup).not.toMatch(/www\.evil/);
  expect(body).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  for (const line of body.split('\n')) expect(line.startsWith('::')).toBe(false);
}

describe('hostile sender text stays inert, for every kind', () => {
  it('in every Markdown cell and log label (any text, any item)', () => {
    fc.assert(
      fc.property(anyKindItemArb(), hostileArb, (item, text) => {
        const h = hostile(item, text);
        const kind = kindOf(h) as Kind;
        expectInertMarkdown([kind.describe.kindCell(h), itemId(h), kind.describe.sourceCell(h)].join(' | '));
        const label = itemLabel(h);
        expect(label).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(label).not.toContain('::');
        expect(label).toBe(inertLogText(label, 10_000));
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it("in a handshake's claimed sender, in the Source cell and the log label (any text)", () => {
    fc.assert(
      fc.property(hostileArb, (text) => {
        const h = hostileClaim(UNIDENTIFIED, text);
        const kind = kindOf(h) as Kind;
        expectInertMarkdown(kind.describe.sourceCell(h));
        const label = itemLabel(h);
        expect(label).not.toMatch(/[\r\n\u2028\u2029]/);
        expect(label).not.toContain('::');
        expect(label).toBe(inertLogText(label, 10_000));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  const items = [
    ...KIND_NAMES.flatMap((name, k) => HOSTILE.map((text, i) => hostile(keyed({ ...SAMPLE[name], account: `00000000000${k}` }, i), text))),
    ...HOSTILE.map((text, i) => hostileClaim(keyed({ ...UNIDENTIFIED, account: '000000000009' }, 10 + i), text)),
  ];
  const decisions = decide(items, EVERY, NOW);

  it('in the job summary of a run over them', () => {
    const report = buildRunReport({
      mode: 'enforce',
      toolVersion: 't',
      generatedAt: NOW.toISOString(),
      callerAccount: '000000000000',
      policy: { path: EVERY.path, digest: EVERY.digest },
      accounts: [...new Set(items.map((i) => i.account))].map((account) => ({ target: { account, via: 'credentials' as const }, kinds: iotAndHandshakeCoverage({ selection: 'list', swept: ['eu-west-1'], skipped: [], failed: [] }, 'swept'), items: items.filter((i) => i.account === account), errors: [] })),
      governed: [...KIND_NAMES],
      skippedAccounts: [],
      globalErrors: [],
      budget: { limit: 100, source: 'input', planned: decisions.length, tripped: false },
      results: decisions.map((decision) => ({ decision, outcome: decision.action === 'reject' ? 'rejected' : decision.action === 'decline' ? 'declined' : 'ignored' })),
    });
    const md = renderRunSummary(report);
    expect(md).toContain('RAM resource share');
    expect(md).toContain('Detective invitation');
    expectInertMarkdown(md);
  });

  it('in the PR comment of a plan over them', () => {
    const body = renderPlanComment(
      {
        kind: 'planned',
        plan: {
          account: '000000000000',
          accounts: ['000000000000'],
          generatedAt: NOW.toISOString(),
          base: { state: 'missing' },
          head: EVERY,
          diff: diffDecisions([], decisions, EVERY, NOW),
          entries: { added: [], removed: [], kept: 0 },
          lapsingEntries: [],
          budget: { limit: 100, source: 'input', planned: decisions.length, tripped: false },
          errors: [],
          regions: { requested: ['eu-west-1'], swept: ['eu-west-1'] },
          handshakesSwept: true,
          scopes: { head: { regions: 'all', handshakeTypes: EVERY.organizations.handshakeTypes, kinds: sweepScopes(EVERY) } },
        },
      },
      { detail: 'full' },
    );
    expect(body).toContain('RAM resource share');
    expect(body).toContain('Detective invitation');
    expectInertMarkdown(body);
  });

  it('in the log', () => {
    const lines: string[] = [];
    const spy = vi.spyOn(runner.stdout, 'write').mockImplementation((chunk) => {
      lines.push(...String(chunk).split('\n'));
      return true;
    });
    try {
      logDecisions({ ...buildRunReport({ mode: 'dry-run', toolVersion: 't', generatedAt: NOW.toISOString(), callerAccount: '0', policy: { path: 'p', digest: 'd' }, accounts: [], governed: [...KIND_NAMES], skippedAccounts: [], globalErrors: [], budget: { limit: 100, source: 'input', planned: 0, tripped: false }, results: decisions.map((decision) => ({ decision, outcome: 'ignored' })) }) }, NOW);
    } finally {
      spy.mockRestore();
    }
    expect(lines.some((l) => l.includes('RAM invitation'))).toBe(true);
    for (const line of lines) expect(line.startsWith('::') && !/^::(group|endgroup)::/.test(line)).toBe(false);
  });
});

describe('a handshake from an unidentified sender', () => {
  it('the Source cell and the log name what it claims, marked unverified, in the phrase of the reason', () => {
    const kind = kindOf(UNIDENTIFIED) as Kind;
    expect(kind.describe.sourceCell(UNIDENTIFIED)).toBe(
      'unidentified sender (claims <code>o&#45;ysztebow2w</code> / <code>666677778888</code> / finance@\u200Bcheap&#45;cloud.example / “Cheap Cloud”, unverified)',
    );
    expect(itemLabel(UNIDENTIFIED)).toBe(
      'handshake h-examplehandshakeid (TRANSFER_RESPONSIBILITY, OPEN) to 111111111111 from an unidentified sender (claims o-ysztebow2w / 666677778888 / finance@cheap-cloud.example / "Cheap Cloud", unverified)',
    );
    expect(decide([UNIDENTIFIED], EVERY, NOW)[0]?.reason).toContain('from an unidentified sender.');
    // Without a claim: the phrase alone.
    const bare: InboundItem = { ...UNIDENTIFIED, claimedSender: undefined };
    expect(kind.describe.sourceCell(bare)).toBe('unidentified sender');
    expect(itemLabel(bare)).toMatch(/ from an unidentified sender$/);
  });

  it('shows only claimed ids and an email of AWS\'s shape, and quotes the name so it cannot close its quotes', () => {
    const spoof = 'o-partner0001 / 222222222222, verified) (was';
    const shaped: InboundItem = { ...UNIDENTIFIED, claimedSender: { organizationId: spoof, managementAccountId: '2222 2222 2222', managementEmail: 'billing@partner.example, verified', managementName: 'Acme", verified) (was "x' } };
    expect(itemLabel(shaped)).toBe(
      'handshake h-examplehandshakeid (TRANSFER_RESPONSIBILITY, OPEN) to 111111111111 from an unidentified sender (claims "Acme\\", verified) (was \\"x", unverified)',
    );
    const cell = (kindOf(shaped) as Kind).describe.sourceCell(shaped);
    expect(cell).not.toContain('partner0001');
    expect(cell).not.toContain('2222');
    expect(cell).not.toContain('partner.example');
    // In the summary too: a ” in the name is escaped, so it cannot end the quoted name and make what follows read as ours.
    const curly: InboundItem = { ...UNIDENTIFIED, claimedSender: { organizationId: 'not an org id', managementName: 'Acme”, unverified) (verified: “o-partner0001' } };
    expect((kindOf(curly) as Kind).describe.sourceCell(curly)).toBe('unidentified sender (claims “Acme&#92;”, unverified&#41; &#40;verified&#58; &#92;“o&#45;partner0001”, unverified)');
    const named = handshake({ managementName: 'Acme”, account 222222222222 “x' });
    expect((kindOf(named) as Kind).describe.sourceCell(named)).toContain(', “Acme&#92;”, account 222222222222 &#92;“x”');
    // Nothing of AWS's shape and no name: no claim at all.
    const nothing: InboundItem = { ...UNIDENTIFIED, claimedSender: { organizationId: spoof, managementAccountId: '1', managementEmail: 'a@b@c' } };
    expect(itemLabel(nothing)).toMatch(/ from an unidentified sender$/);
    expect((kindOf(nothing) as Kind).describe.sourceCell(nothing)).toBe('unidentified sender');
  });
});

describe("a Detective invitation's member email", () => {
  it("the Source cell says it is the invited account's email as the administrator entered it, not the administrator's", () => {
    const item = securityInvitation({ service: 'detective', administratorAccountId: '999988887777', memberEmail: 'root@guarded.example' });
    expect((kindOf(item) as Kind).describe.sourceCell(item)).toBe("administrator account <code>999988887777</code><br>to “root@\u200Bguarded.example” (the invited account's email, as the administrator entered it)");
    // Without one (GuardDuty, Macie, Security Hub): the administrator alone.
    expect((kindOf(item) as Kind).describe.sourceCell({ ...item, memberEmail: undefined })).toBe('administrator account <code>999988887777</code>');
  });
});

/** The i-th copy of a sample item, with an identity of its own. */
function keyed(item: InboundItem, i: number): InboundItem {
  switch (item.kind) {
    case 'certificate-transfer':
      return { ...item, certificateId: String(i).repeat(64).slice(0, 64) };
    case 'handshake':
      return { ...item, id: `h-hostile${i}abcd` };
    case 'resource-share-invitation':
      return { ...item, invitationArn: `${item.invitationArn.slice(0, -1)}${i}` };
    case 'security-invitation':
      return { ...item, administratorAccountId: `55556666777${i}` };
  }
}

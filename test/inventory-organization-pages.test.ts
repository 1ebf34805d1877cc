/**
 * The organization's accounts are swept as the pages of its list arrive (dry-run and enforce: the
 * policy's own pick is `early`), so the list, paced at the Organizations quota, overlaps the sweep;
 * a list that fails midway leaves every member out of the run, as one that fails on its first page
 * does. Fake clients: the policy reads nothing but each role's identity.
 */
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { sweepScopes } from '../src/kinds/registry.js';
import type { PolicyTargets } from '../src/policy/types.js';
import { takeInventory, type SweepRunDeps } from '../src/run/inventory.js';
import { sweepLogLine } from '../src/report/log-lines.js';
import { buildPolicy } from './helpers/policy.js';

const CALLER = '700000000001';
const member = (i: number) => String(700000000100 + i);
const PAGE = 20;

/** `answersAs`: a member whose role answers as another account (a line of its own in the log). */
function setUp(options: { pages: number; failOnPage?: number; failWith?: string; answersAs?: Record<string, string> }) {
  const timeline: string[] = [];
  const log: string[] = [];
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  const organizations = {
    send: async (command: { input: { NextToken?: string } }) => {
      const page = Number(command.input.NextToken ?? 0);
      await tick();
      if (page + 1 === options.failOnPage) {
        timeline.push(`page ${page + 1} failed`);
        throw Object.assign(new Error('Rate exceeded'), { name: options.failWith ?? 'TooManyRequestsException' });
      }
      timeline.push(`page ${page + 1}`);
      const Accounts = Array.from({ length: PAGE }, (_, i) => member(page * PAGE + i)).map((Id) => ({ Id, State: 'ACTIVE', Arn: `arn:aws:organizations::${CALLER}:account/o-exampleorg1/${Id}` }));
      return { Accounts, ...(page + 1 < options.pages ? { NextToken: String(page + 1) } : {}) };
    },
  };
  const clients = (account: string, isCaller = false): AwsClients =>
    ({
      sts: {
        send: async () => {
          if (!isCaller) timeline.push(`sweep ${account}`);
          await tick();
          const as = options.answersAs?.[account] ?? account;
          return { Account: as, Arn: `arn:aws:sts::${as}:assumed-role/inbound-guard/run` };
        },
      },
      organizations,
      account: {},
      iot: () => undefined,
      regional: () => undefined,
    }) as unknown as AwsClients;
  const deps: SweepRunDeps = {
    clients: clients(CALLER, true),
    clientsForRole: (roleArn) => clients(roleArn.split(':')[4] ?? ''),
    now: () => new Date('2026-11-27T00:00:00Z'),
    log: { sweep: (event) => log.push(sweepLogLine(event)), act: () => undefined },
  };
  const targets: PolicyTargets = { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: [], roles: [], organization: true, exclude: [member(3)] };
  const policy = buildPolicy({ regions: [], handshakeTypes: [], targets });
  return { deps, timeline, log, request: { policy, scopes: sweepScopes(policy, undefined) } };
}

describe("the organization's list and the sweep overlap", () => {
  it('members of the first pages are swept before the last page is read; the run reads every member but the excluded one, in order', async () => {
    const { deps, timeline, request } = setUp({ pages: 3 });
    const inventory = await takeInventory(deps, request);
    expect(timeline.indexOf(`sweep ${member(0)}`)).toBeLessThan(timeline.indexOf('page 3'));
    expect(timeline.filter((t) => t.startsWith('sweep'))).toHaveLength(3 * PAGE - 1);
    expect(inventory.accounts.map((a) => a.target.account)).toEqual(Array.from({ length: 3 * PAGE }, (_, i) => member(i)).filter((id) => id !== member(3)));
    expect(inventory.skippedTargets.map((s) => s.account)).toEqual([member(3)]);
    expect(inventory.organizationAccounts).toHaveLength(3 * PAGE);
  });

  it('a list that fails on its second page: no member is the run’s, none is begun after the failure, and none can be written to', async () => {
    const { deps, timeline, log, request } = setUp({ pages: 3, failOnPage: 2 });
    // Two accounts at once: most of the first page's members are still waiting when the list fails.
    const inventory = await takeInventory(deps, { ...request, accountConcurrency: 2 });
    expect(inventory.accounts).toEqual([]);
    // The list never completed: its failure; the members begun finish their lines, unused; then the line saying they are dropped (counted), after every one of theirs; then the total of the accounts named besides it (none).
    const begunBeforeFailure = timeline.slice(0, timeline.indexOf('page 2 failed')).filter((t) => t.startsWith('sweep')).length;
    const failed = log.findIndex((line) => line.startsWith("Could not list the organization's accounts (throttled): "));
    const dropped = `The ${begunBeforeFailure} members of the organization's first pages whose sweep had begun before its list failed have finished, and are dropped from the run: their lines above are no part of it.`;
    expect(log.filter((line) => !line.startsWith('7000000001'))).toEqual([expect.stringMatching(/^Guarding the organization of account /), log[failed], dropped, 'Guarding 0 accounts (0 through a role)']);
    const memberLines = log.map((line, i) => [line, i] as const).filter(([line]) => line.startsWith('7000000001'));
    expect(memberLines.length).toBeGreaterThan(0);
    expect(Math.max(...memberLines.map(([, i]) => i))).toBeLessThan(log.indexOf(dropped));
    expect(inventory.errors.map((e) => `${e.service} ${e.code ?? ''}`)).toEqual(['organizations TooManyRequestsException']);
    expect(inventory.organizationAccounts).toBeUndefined();
    const begun = timeline.filter((t) => t.startsWith('sweep'));
    expect(begun.length).toBeGreaterThan(0);
    expect(begun.length).toBeLessThanOrEqual(4);
    expect(timeline.slice(timeline.indexOf('page 2 failed') + 1).filter((t) => t.startsWith('sweep'))).toEqual([]);
    expect(inventory.clientsOf(member(0))).toBeUndefined();
  });

  it.each([
    [2, /they listed the organization's first page of accounts, and ListAccounts was refused midway/],
    [1, /^These credentials are account 700000000001 \(arn:aws:sts::700000000001:assumed-role\/inbound-guard\/run\); only the organization's management account or a delegated administrator/],
  ])('ListAccounts refused on page %i: the hint says whether the same credentials listed pages before', async (failOnPage, hint) => {
    const { deps, request } = setUp({ pages: 3, failOnPage, failWith: 'AccessDeniedException' });
    const inventory = await takeInventory(deps, { ...request, accountConcurrency: 2 });
    expect(inventory.errors.map((e) => e.hint)).toEqual([expect.stringMatching(hint)]);
  });

  it('the log reads in order: the organization first, the accounts swept while its list is read, then the total once it is complete', async () => {
    const { deps, timeline, log, request } = setUp({ pages: 3, answersAs: { [member(0)]: member(1) } });
    await takeInventory(deps, request);
    expect(log[0]).toBe(`Guarding the organization of account ${CALLER} (these credentials): each page of its account list is swept as it arrives, the total comes when the list is complete`);
    const accountLine = log.findIndex((line) => line.startsWith(`${member(0)}: could not be read`));
    const total = log.findIndex((line) => line.startsWith("The organization's account list is complete"));
    // The member's line came while the list was still being read, and so before its total.
    expect(timeline.indexOf(`sweep ${member(0)}`)).toBeLessThan(timeline.indexOf('page 3'));
    expect(accountLine).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(accountLine);
    expect(log[total]).toBe(`The organization's account list is complete (o-exampleorg1, management account ${CALLER}): guarding ${3 * PAGE - 1} accounts (${3 * PAGE - 1} through a role); 1 not guarded (see the summary)`);
    expect(log.filter((line) => line.startsWith('Guarding'))).toHaveLength(1);
  });
});

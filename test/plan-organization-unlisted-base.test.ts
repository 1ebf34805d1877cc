/**
 * Plan mode when the organization's accounts cannot be listed and only the base branch's policy
 * guards the organization: a gap in the comparison, not a failure of the PR's policy, and the
 * verdict does not claim the PR loses no account (one plan run: see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const ALLOW = 'iot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const BASE = `version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n  exclude: ["400000000015"]\n${ALLOW}`;
const HEAD = `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: ["400000000011"]\n${ALLOW}`;

// test/emulator/scenarios/organization.yml, read from 400000000001, with ListAccounts denied. A
// scheduled run with the PR's policy never calls ListAccounts: it reads 400000000011 and fails on
// nothing. The base guards the organization: which accounts it guards is unknown, so are its losses.
it('plan: an organization listing only the base needs that is refused is a gap in the comparison, the losses it hides are said to be uncounted, and the job does not fail on it', async () => {
  const r = await runPlan({
    failComment: false,
    scenario: 'test/emulator/scenarios/organization.yml',
    account: '400000000001',
    basePolicy: BASE,
    headPolicy: HEAD,
    prepare: (e) => e.injectFault({ service: 'organizations', operation: 'ListAccounts', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } }),
  });
  expect(r.code).not.toBe(1);
  expect(r.report.failures).toEqual([]);
  const report = r.report as unknown as { errors: unknown[]; plan: { noLongerGuarded: string[]; baseOnlyErrors: { service: string; account?: string }[]; counts: Record<string, number> } };
  expect(report.errors).toEqual([]);
  expect(report.plan.noLongerGuarded).toEqual([]);
  expect(report.plan.baseOnlyErrors.map((e) => [e.service, e.account])).toEqual([['organizations', undefined]]);
  // 400000000011's items are decided for the base as if the organization lists it: nothing fares differently.
  expect(report.plan.counts).toMatchObject({ newlyAllowed: 0, newlyActed: 0, newlyLeftAlone: 0 });
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but the organization’s accounts could not be listed for the base branch’s policy, which guards the organization:** how many of them this one no longer guards is not counted (see the warning below). Of the 5 items found in account <code>400000000011</code>, none fares differently today;');
    expect(body).not.toContain('**✅ Valid.**');
    expect(body).toContain('> - the organization’s accounts (Organizations): ListAccounts&#58; AccessDeniedException&#58; denied');
    expect(body).toContain('> Which accounts the base branch’s policy guards through the organization is therefore unknown: those this run read are compared as if the organization lists them, and those this PR no longer guards are not counted.');
    expect(body).not.toContain("Parts the PR's policy reads could not be read");
    // 400000000011's handshakes were read: the organization's list is not a handshake listing.
    expect(body).not.toContain('(not read)');
  }
  expect(r.log).toContain("The organization's accounts could not be listed for the base branch's policy, which guards the organization: how many of them the PR's no longer guards is not counted. Nothing was written.");
  expect(r.log).toContain("1 part only the base branch's policy reads could not be read:");
  expect(r.log).toContain("- the organization's accounts (Organizations): ListAccounts: AccessDeniedException: denied.");
  expect(r.log).not.toContain('::error::');
}, 60000);

/**
 * Plan mode when an account only the base branch's targets name cannot be read: a gap in the
 * comparison, not a failure of the PR's policy (one plan run: see helpers/plan-main-run.ts).
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const POLICY = (accounts: string) => `version: 1\ntargets:\n  role-name: inbound-guard\n  accounts: [${accounts}]\niot:\n  allow:\n    - source-account: "111122223333"\n`;

// test/emulator/scenarios/organization.yml, read from 400000000001: 400000000015 has no role to
// assume. The base names 011 and 015; the PR drops 015. A scheduled run with the PR's policy reads
// 011 alone and fails on nothing: the plan must not fail on 015 either, and says what it could not read.
it('plan: an account only the base reads that cannot be read is a gap in the comparison, said in the comment, the summary, the log and the report, and the job does not fail on it', async () => {
  const r = await runPlan({ failComment: false, scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001', basePolicy: POLICY('"400000000011", "400000000015"'), headPolicy: POLICY('"400000000011"') });
  expect(r.code).not.toBe(1);
  expect(r.report.failures).toEqual([]);
  const report = r.report as unknown as { errors: unknown[]; plan: { noLongerGuarded: string[]; baseOnlyErrors: { service: string; account?: string; message: string }[] } };
  expect(report.errors).toEqual([]);
  expect(report.plan.noLongerGuarded).toEqual(['400000000015']);
  expect(report.plan.baseOnlyErrors.map((e) => [e.service, e.account])).toEqual([['sts', '400000000015']]);
  // Its hint does not advise leaving the account out of targets.accounts: the PR's policy already does.
  const hint = (report.plan.baseOnlyErrors[0] as { hint?: string } | undefined)?.hint ?? '';
  expect(hint).toMatch(/^The guard role arn:aws:iam::400000000015:role\/inbound-guard is missing, /);
  expect(hint).toMatch(/; only the base branch's policy guards this account \(the PR's policy leaves it out already\)\.$/);
  expect(hint).not.toContain('targets.accounts');
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('**✅ Valid, but 1 account the base branch’s policy guards is not guarded by this one.** It was not read (see the warning below), so what is pending there is not counted here.');
    expect(body).toContain('> **Parts only the base branch’s policy reads could not be read**: what it does there today is unknown, so what this PR changes there is not in this plan. This PR’s policy does not read them, so the plan job does not fail on what could not be read (a scheduled run with it would not read them either):');
    // AWS's text escaped, as every banner shows it.
    expect(body).toContain('> - <code>400000000015</code>, STS: could not assume arn&#58;aws&#58;iam&#58;&#58;400000000015&#58;role/inbound&#45;guard&#58; AccessDenied');
    // Then our hint, as the PR's own parts not read show theirs.
    const block = body.slice(body.indexOf('> **Parts only the base branch’s policy reads could not be read**'));
    expect(block.slice(0, block.indexOf('\n\n'))).toMatch(/> - <code>400000000015<\/code>, STS: could not assume [^\n]*AccessDenied[^\n]* — The guard role arn&#58;aws&#58;iam&#58;&#58;400000000015&#58;role\/inbound&#45;guard is missing, [^\n]*the PR&#39;s policy leaves it out already&#41;\.$/m);
    expect(body).not.toContain("Parts the PR's policy reads could not be read");
  }
  expect(r.log).toContain("1 account the base branch's policy guards is not guarded by the PR's (1 not read: what is pending there is not counted; the \"No longer guarded\" group names it).");
  // Read for the base alone, and its role refused: said so, not "read for that policy alone" only.
  expect(r.log).toContain("no longer guarded: 400000000015: only the base branch's targets reach it: read for that policy alone, but its role could not be used, so what is pending there is in no count");
  expect(r.comments[0] ?? '').toContain('> - <code>400000000015</code>: only the base branch’s targets reach it: read for that policy alone, but its role could not be used');
  expect(r.log).toContain("1 part only the base branch's policy reads could not be read: what it does there is unknown, so what the PR changes there is not in this plan. The PR's policy does not read it, so the plan does not fail on it:");
  expect(r.log).toContain('- account 400000000015 (STS): could not assume arn:aws:iam::400000000015:role/inbound-guard: AccessDenied');
  expect(r.log).not.toContain('::error::');
  // The sweep's own line for it is no warning annotation on the PR either: the plan does not fail on it.
  expect(r.log).toMatch(/^400000000015: could not be read \(denied\): could not assume arn:aws:iam::400000000015:role\/inbound-guard: AccessDenied[^\n]* \(read for the base branch's policy alone: a gap in the plan's comparison, not a failure\)$/m);
  expect(r.log).not.toMatch(/^::warning[^\n]*400000000015: could not be read/m);
}, 60000);

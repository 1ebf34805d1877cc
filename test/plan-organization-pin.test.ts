/**
 * Plan mode when the PR adds an `accounts` pin beside `targets.organization: true` (one plan run: see
 * helpers/plan-main-run.ts): the base guards the whole organization, the PR two of its accounts.
 */
import { expect, it } from 'vitest';
import { runPlan } from './helpers/plan-main-run.js';

const BASE = 'version: 1\ntargets:\n  role-name: inbound-guard\n  organization: true\n  exclude: ["400000000015"]\niot:\n  allow:\n    - source-account: "111122223333"\nlimits:\n  max-actions: 20\n';
const HEAD = BASE.replace('version: 1\n', 'version: 1\naccounts: ["400000000001", "400000000011"]\n');

// test/emulator/scenarios/organization.yml, read from 400000000001: the base guards 400000000000, 001,
// 011, 012 and 013 (014 is SUSPENDED, 015 excluded); the PR's pin keeps 001 and 011.
it('plan: a pin that leaves out accounts of the organization the base guards weakens protection, every output says how many are lost, and the summary names every account not guarded', async () => {
  const r = await runPlan({ failComment: false, scenario: 'test/emulator/scenarios/organization.yml', account: '400000000001', basePolicy: BASE, headPolicy: HEAD });
  expect(r.comments).toHaveLength(1);
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body.split('\n')[1]).toMatch(/^## ⚠️ /);
    expect(body).toContain('> **This PR weakens the protection the policy gives (1 change).**');
    expect(body).toContain('| ⚠️ weakens | [<code>accounts</code> (line 2)]');
    // Read for the base's view, though outside the PR's pin: what the base does there is counted.
    expect(body).toContain('**✅ Valid, but 3 accounts the base branch’s policy guards are not guarded by this one.** Merged, this policy would **stop acting on 6** of the 13 items found in 5 accounts under either policy (8 of them only where the base branch’s policy sweeps and this one does not).');
    expect(body).not.toContain('🛡️ strengthens');
  }
  expect(r.log).toContain("the PR's policy would act on 3 (budget 20). 3 accounts the base branch's policy guards are not guarded by the PR's (the \"No longer guarded\" group names each). Nothing was written.");
  expect(r.log).toContain('::warning title=inbound-guard%3A this PR weakens protection,file=.github/inbound-guard.yml,line=2::This pull request weakens the protection the policy gives (1 change): `accounts` set to');
  expect(r.report).toMatchObject({ plan: { noLongerGuarded: ['400000000000', '400000000012', '400000000013'] } });

  // The sweep's log line counts 5 not guarded and sends readers to the summary: it names all 5, the
  // 3 outside the pin in the warning (read for the base all the same), the 2 left out by choice
  // (suspended, excluded) below it.
  expect(r.log).toContain("Reading 5 accounts for the two policies (4 through a role): 2 the PR's policy guards, 3 only the base branch's; 5 not guarded by the PR's policy (see the summary)");
  expect(r.log).not.toContain('Guarding ');
  for (const body of [r.comments[0] ?? '', r.summary]) {
    expect(body).toContain('> **3 accounts not guarded**, named by the policy’s targets or listed by the organization: the plan job fails on them, as a scheduled run would. This policy reads nothing of them, but they were read for the base branch’s policy alone, which guards them (no longer guarded, above):');
    expect(body).toContain('<details><summary>Not guarded by choice (2)</summary>\n\n- <code>400000000014</code>: the organization lists it as SUSPENDED, not ACTIVE\n- <code>400000000015</code>: excluded by targets.exclude\n\n</details>');
  }
}, 60000);

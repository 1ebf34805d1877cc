/** Plan mode when the JSON report cannot be written (one plan run: see helpers/plan-main-run.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runStoppedPlan } from './helpers/plan-main-run.js';
import { ROOT } from './helpers/run-dist.js';

// The plan is computed, but its report file cannot be written: the step fails for it, and the plan's
// job summary (the comment's text) must not send a reader to the empty report-file output. The PR's
// policy no longer allows the organization whose invitation the sample account accepted: an item
// accepted against it, which fails the step too, and whose failure must not send a reader there either.
// It allows the factory account for five more days only: allowances lapsing soon, which the summary's
// lapsing table, cut, would send readers to the log's Plan group for.
const IN_5_DAYS = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);

it('plan: a report that cannot be written is not named in the footer of the summary (nor the comment, built alike), nor in the failures', async () => {
  const sample = readFileSync(join(ROOT, 'test/emulator/scenarios/sample-policy.yml'), 'utf8');
  const head = sample.replace('    - organization: o-exampleorgid11\n', '    - organization: o-p76zu5911y\n').replace('      note: factory provisioning account\n', `      note: factory provisioning account\n      until: ${IN_5_DAYS}\n`);
  const r = await runStoppedPlan({ failComment: false, blockReport: true, headPolicy: head });
  expect(r.code).toBe(1);
  expect(r.outputs['report-file']).toBe('');
  expect(r.log).toMatch(/::error::.*Could not write the JSON report to /);
  expect(r.summary).toContain('read-only: nothing was written');
  expect(r.summary).not.toContain('report&#45;file');
  expect(r.summary).not.toContain('JSON report:');
  const failures = r.log.split('\n').filter((l) => l.startsWith('::error::')).join('\n');
  expect(failures).toMatch(/1 item the policy does not allow was accepted in the account .*; see the plan comment\. Check/);
  expect(failures).not.toContain('outcome accepted-meanwhile');
  // The comment's accepted-items banner sends readers past its rows to the log's Plan group, which marks each.
  expect(r.log).toMatch(/^unchanged: handshake h-\S+ \(INVITE, ACCEPTED\) to \d{12} from o-exampleorgid11: base ignore, PR ignore \(accepted against this policy\)$/m);
  // Without the report, a cut table of items in the job summary sends readers to that group: it has a line for every item.
  const group = /^::group::Plan \((\d+) items\)\n([\s\S]*?)^::endgroup::$/m.exec(r.log);
  expect(Number(group?.[1])).toBeGreaterThan(0);
  expect(group?.[2]?.trimEnd().split('\n')).toHaveLength(Number(group?.[1]));
  expect(r.summary).toContain(`the ${group?.[1]} items found in account`);
  // Each allowance lapsing soon is marked in that group, as the run log's Decisions group marks it, with the day the line does not otherwise say.
  const lapsing = Number(/### ⏳ Allowances lapsing within 14 days \((\d+)\)/.exec(r.summary)?.[1]);
  expect(lapsing).toBeGreaterThan(0);
  const marked = group?.[2]?.split('\n').filter((l) => l.includes(' — ⏳ lapses in ')) ?? [];
  expect(marked).toHaveLength(lapsing);
  for (const line of marked) expect(line).toMatch(new RegExp(`^(unchanged|newly-allowed): IoT transfer \\S+ in .+ from 111122223333: base \\w+, PR allow — ⏳ lapses in 5 days( \\d+ h)?: allowed through ${IN_5_DAYS} \\(UTC\\)$`));
}, 60000);

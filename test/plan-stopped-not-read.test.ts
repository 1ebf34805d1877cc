/**
 * A plan that stops after its sweep (here its job summary's renderer throws, as a bug in it would)
 * has no report to fail the step with the parts it could not read: its failure and its job summary
 * name them, as a stopped dry-run or enforce run does (run/stopped.ts withPartsNotRead), and with
 * comment-detail summary they name no account. It stopped after its JSON report and count outputs
 * were written: the job summary says so (PlanStoppedAt) (one plan run: see helpers/plan-main-run.ts).
 */
import { existsSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { runStoppedPlan } from './helpers/plan-main-run.js';

vi.mock('../src/plan/render-comment.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/plan/render-comment.js')>()),
  renderPlanComment: () => {
    throw new Error('the plan renderer broke');
  },
}));

it('plan stopped after its sweep: its failure and its job summary say it stopped while reporting and name the part it could not read, naming no account', async () => {
  const r = await runStoppedPlan({
    failComment: false,
    inputs: { 'comment-detail': 'summary' },
    // The account's handshakes unreadable: a part the PR's policy reads.
    prepare: (emulator) => emulator.injectFault({ service: 'organizations', operation: 'ListHandshakesForAccount', rate: 1, kind: 'error', error: { status: 400, type: 'AccessDeniedException', message: 'denied' } }),
  });
  expect(r.code).toBe(1);
  const failures = r.log.split('\n').filter((line) => line.startsWith('::error::'));
  expect(failures).toHaveLength(1);
  const lines = failures[0]!.slice('::error::'.length).split('%0A');
  expect(lines[0]).toBe('inbound-guard: the plan renderer broke');
  expect(lines[1]).toBe('Before it stopped, the run could not read 1 part, which fails the step too:');
  expect(lines[2]).toMatch(/^- Could not read Organizations handshakes of <account>: AccessDeniedException: denied\. /);
  // The hint a report gives the credentials' own account's refusal (ownCredentialsHint), its account not named.
  expect(lines[2]).toMatch(/These credentials are account <account> \(arn:aws:[^)]*\); their policy needs organizations:ListHandshakesForAccount, one of a plan's read permissions \(iam\/read\.json; iam\/README\.md\)\. /);
  // It stopped after publishing: the JSON report and the count outputs were written, and the summary says so (not "before it could report").
  expect(r.outputs['report-file']).not.toBe('');
  expect(existsSync(r.outputs['report-file']!)).toBe(true);
  expect(JSON.parse(r.outputs['summary-json']!)).toMatchObject({ mode: 'plan', failures: 1 });
  expect(r.summary).toMatch(/^## ❌ inbound-guard stopped while reporting\n/);
  expect(r.summary).toContain('\n\nA plan writes nothing to AWS. Its report set the count outputs (`planned`, …) before it stopped.\n\nThe JSON report was written (the `report-file` output names it).\n\n');
  expect(r.summary).toContain('\n- Could not read Organizations handshakes of &#60;account&#62;&#58; AccessDeniedException&#58; denied.');
  // But for the emulator's secret the test's credentials step masks (its name holds the account).
  expect(r.log.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n')).not.toContain('210987654321');
  expect(r.summary).not.toContain('210987654321');
}, 60000);

import * as runner from './runner/commands.js';
import { appendSummary } from './runner/files.js';
import type { AlertSubject } from './alert/alert-facts.js';
import { PRODUCT } from './constants.js';
import { readSettings, type Settings } from './inputs/read-inputs.js';
import { displayPath, loadPolicy } from './policy/load-policy.js';
import { errorsText, formatIssue } from './policy/format-issue.js';
import type { Policy, PolicyResult } from './policy/types.js';
import { annotatePolicyIssues } from './report/annotations.js';
import { publishEmptyOutputs, writeSummary } from './report/outputs.js';
import { allowEntryCounts, renderPolicyIssues, renderPolicyRules } from './report/policy-summary.js';
import { renderRunError } from './report/run-error.js';
import type { Published } from './run-modes.js';

/**
 * The action: inputs → policy → (mode) → reports. Every stage returns the reasons the step must
 * fail; this is the one place that fails it.
 *
 * Only what validate runs is imported here; every other mode's code is a dynamic import(), a
 * chunk of its own in dist/ (test/dist-cold-start.test.ts checks which chunks each mode loads).
 */
export async function run(): Promise<void> {
  let settings: Settings | undefined;
  try {
    settings = readSettings();
    const failures =
      settings.mode === 'plan'
        ? await plan(settings)
        : settings.mode === 'merge'
          ? await merge(settings)
          : await runMode(settings, settings.mode, await loadPolicy(settings.workspace, settings.policyFile));
    if (failures.length > 0) runner.setFailed(failures.join('\n'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    runner.setFailed(`${PRODUCT}: ${message}`);
    // The summary is where people look first: say there, too, that the run stopped and why.
    await appendSummary(renderRunError(message)).catch(() => undefined);
    // A run that stops is what a person most needs to hear about.
    if (settings !== undefined) for (const failure of await alert(settings, { kind: 'stopped', mode: settings.mode, message })) runner.setFailed(failure);
  }
}

async function runMode(settings: Settings, mode: 'validate' | 'dry-run' | 'enforce', policy: PolicyResult): Promise<string[]> {
  if (!policy.ok) annotatePolicyIssues(policy.issues, formatIssue);
  // A broken policy means no AWS call at all, whatever the mode.
  if (mode === 'validate' || !policy.ok) {
    const failures = await validateOnly(settings, policy);
    return policy.ok ? failures : [...failures, ...(await alert(settings, { kind: 'invalid-policy', mode, policyPath: displayPath(settings.workspace, settings.policyFile), issues: policy.issues, errorCount: policy.errorCount }))];
  }
  return sweep(settings, mode, policy.policy);
}

/**
 * plan: pull requests only. It reads the PR's policy at the PR's head commit through the API (and
 * reports a broken one on the PR), not the workspace copy. Loaded lazily: validate, dry-run and
 * enforce never load the GitHub client.
 */
async function plan(settings: Settings): Promise<string[]> {
  const { runPlanMode } = await import('./github/plan-mode.js');
  return runPlanMode(settings);
}

/** merge: combines a matrix run's shard reports (run-modes.ts). No AWS call. */
async function merge(settings: Settings): Promise<string[]> {
  const { mergeMode } = await import('./run-modes.js');
  return alerted(settings, await mergeMode(settings));
}

/** validate: no AWS, no network. The summary shows the errors, or the rules when valid. */
async function validateOnly(settings: Settings, policy: PolicyResult): Promise<string[]> {
  publishEmptyOutputs();
  if (policy.ok) {
    runner.info(`Policy ${settings.policyFile} is valid: ${allowEntryCounts(policy.policy)}.`);
    return writeSummary(renderPolicyRules(policy.policy));
  }
  return [
    `Policy ${settings.policyFile} has ${errorsText(policy.errorCount)}; nothing was read from or written to AWS. See the annotations or the job summary.`,
    ...(await writeSummary(renderPolicyIssues(settings.policyFile, policy))),
  ];
}

/** dry-run and enforce: sweep the account, decide, act within the budget, report (run-modes.ts). */
async function sweep(settings: Settings, mode: 'dry-run' | 'enforce', policy: Policy): Promise<string[]> {
  const { sweepMode } = await import('./run-modes.js');
  return alerted(settings, await sweepMode(settings, mode, policy));
}

/** A published run's failures, and the alert's about it. */
async function alerted(settings: Settings, published: Published): Promise<string[]> {
  return [...published.failures, ...(await alert(settings, { kind: 'report', report: published.report }))];
}

/** alert: issue. Loaded only when on: a run without it never loads the GitHub client. Never throws. */
async function alert(settings: Settings, subject: AlertSubject): Promise<string[]> {
  if (settings.alert !== 'issue') return [];
  const { raiseAlert } = await import('./github/alert.js');
  return raiseAlert(settings, subject, new Date());
}

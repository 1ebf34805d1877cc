import * as runner from './runner/commands.js';
import { appendSummary } from './runner/files.js';
import type { AlertSubject } from './alert/alert-facts.js';
import { PRODUCT } from './constants.js';
import { alertOnBadInputs, askedFor, readSettings, type AlertSettings, type Settings } from './inputs/read-inputs.js';
import { displayPath, loadPolicy } from './policy/load-policy.js';
import { errorsText, formatIssue } from './policy/format-issue.js';
import type { Policy, PolicyResult } from './policy/types.js';
import { annotatePolicyIssues, issueAnnotation } from './report/annotations.js';
import { code, inertLogLines } from './report/escape.js';
import { redactSecrets } from './report/redact.js';
import { StepOutputs, writeSummary } from './report/outputs.js';
import { allowEntryCounts, renderPolicyCheck } from './report/policy-summary.js';
import { renderRunError } from './report/run-error.js';
import { failStep } from './report/step-failures.js';
import { AccountNotGovernedError } from './run/account-guard.js';
import { RunStoppedError } from './run/stopped-at.js';
import type { Published } from './run-modes.js';

/**
 * The action: inputs → policy → (mode) → reports. Every stage returns the reasons the step must
 * fail; this is the one place that fails it, and so the one that sets summary-json, which counts
 * them — whichever way the run ended.
 *
 * Only what validate runs is imported here; every other mode's code is a dynamic import(), a
 * chunk of its own in dist/ (test/dist-cold-start.test.ts checks which chunks each mode loads).
 */
export async function run(): Promise<void> {
  const outputs = new StepOutputs();
  let settings: Settings | undefined;
  let failed: number;
  try {
    settings = readSettings();
    const failures =
      settings.mode === 'plan'
        ? await plan(settings, outputs)
        : settings.mode === 'merge'
          ? await merge(settings, outputs)
          : await runMode(settings, settings.mode, await loadPolicy(settings.workspace, settings.policyFile), outputs);
    if (failures.length > 0) failStep(failures);
    failed = failures.length;
  } catch (error) {
    const message = stoppedMessage(error);
    // A dry-run or enforce run says how far it had got (sweepMode): what it wrote, whether its report was; a merge, that it stopped while reporting (mergeMode); a plan, whether it was reporting and what it had published (plan-mode.ts stoppedPlan).
    const at = error instanceof RunStoppedError ? error.at : undefined;
    const cause = error instanceof RunStoppedError ? error.cause : error;
    // The credentials' account outside the policy's accounts pin: an error in the policy, annotated
    // at its line as every other policy error is.
    if (cause instanceof AccountNotGovernedError) runner.setFailed(formatIssue(cause.issue), issueAnnotation(cause.issue));
    else runner.setFailed(inertLogLines(`${PRODUCT}: ${message}`));
    // The summary is where people look first: say there, too, that the run stopped and why.
    await appendSummary(renderRunError(message, at)).catch(() => undefined);
    // A run that stops is what a person most needs to hear about; one stopped by its inputs, too
    // (a typo in a scheduled workflow leaves the accounts unguarded on every run).
    const alerting = settings ?? alertOnBadInputs();
    const notAlerted = alerting === undefined ? [] : await alert(alerting, { kind: 'stopped', mode: alerting.mode, message, ...(at === undefined ? {} : { at }) });
    for (const failure of notAlerted) failStep([failure]);
    failed = 1 + notAlerted.length;
  }
  try {
    outputs.finish(settings === undefined ? askedFor() : { mode: settings.mode, runUrl: settings.run?.url }, failed);
  } catch (error) {
    runner.setFailed(`${PRODUCT}: could not set the step's outputs: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Why a run stopped, as the annotation, the job summary and the alert issue say it: the error's
 * message with anything secret-looking redacted. Errors from AWS are redacted where they are made
 * (aws/errors.ts); one thrown by the SDK's credential chain, by GitHub's client or by the file
 * system arrives here as it was written, and may quote a key.
 */
export function stoppedMessage(error: unknown): string {
  return redactSecrets(error instanceof Error ? error.message : String(error));
}

async function runMode(settings: Settings, mode: 'validate' | 'dry-run' | 'enforce', policy: PolicyResult, outputs: StepOutputs): Promise<string[]> {
  if (!policy.ok) annotatePolicyIssues(policy.issues, formatIssue);
  // A broken policy means no AWS call at all, whatever the mode.
  if (mode === 'validate' || !policy.ok) {
    const failures = await validateOnly(settings, policy, outputs);
    return policy.ok ? failures : [...failures, ...(await alert(settings, { kind: 'invalid-policy', mode, policyPath: displayPath(settings.workspace, settings.policyFile), issues: policy.issues, errorCount: policy.errorCount }))];
  }
  return sweep(settings, mode, policy.policy, outputs);
}

/**
 * plan: pull requests only. It reads the PR's policy at GitHub's merge commit (else the head) through the API (and
 * reports a broken one on the PR), not the workspace copy. Loaded lazily: validate, dry-run and
 * enforce never load the GitHub client.
 */
async function plan(settings: Settings, outputs: StepOutputs): Promise<string[]> {
  const { runPlanMode } = await import('./github/plan-mode.js');
  return runPlanMode(settings, outputs);
}

/** merge: combines a matrix run's shard reports (run-modes.ts). No AWS call. */
async function merge(settings: Settings, outputs: StepOutputs): Promise<string[]> {
  const { mergeMode } = await import('./run-modes.js');
  return alerted(settings, await mergeMode(settings, outputs));
}

/**
 * validate: no AWS, no network. The summary shows the errors, or the rules when valid. The policy
 * is named as its annotations name it (displayPath: relative to the workspace), not as the input
 * gave it (`./…`, or an absolute path).
 */
async function validateOnly(settings: Settings, policy: PolicyResult, outputs: StepOutputs): Promise<string[]> {
  outputs.publishEmpty();
  const path = displayPath(settings.workspace, settings.policyFile);
  if (policy.ok) {
    runner.info(`Policy ${path} is valid: ${allowEntryCounts(policy.policy)}.`);
    return writeSummary(renderPolicyCheck(settings.mode, path, policy), `The policy file itself (${code(path)}) has every rule.`, 'the log');
  }
  const noSummary = await writeSummary(renderPolicyCheck(settings.mode, path, policy), 'The log names every problem, each at its line.', 'the log and its annotations');
  // The annotations are always written (runMode); the job summary only when writeSummary could.
  const seeDetails = noSummary.length === 0 ? 'See the annotations or the job summary.' : 'See the annotations.';
  return [`Policy ${path} has ${errorsText(policy.errorCount)}; nothing was read from or written to AWS. ${seeDetails}`, ...noSummary];
}

/** dry-run and enforce: sweep the account, decide, act within the budget, report (run-modes.ts). */
async function sweep(settings: Settings, mode: 'dry-run' | 'enforce', policy: Policy, outputs: StepOutputs): Promise<string[]> {
  const { sweepMode } = await import('./run-modes.js');
  return alerted(settings, await sweepMode(settings, mode, policy, outputs));
}

/** A published run's failures, and the alert's about it, judged at the instant its log was (Published.now). */
async function alerted(settings: Settings, published: Published): Promise<string[]> {
  return [...published.failures, ...(await alert(settings, { kind: 'report', report: published.report }, published.reportWritten, published.now))];
}

/** alert: issue. Loaded only when on: a run without it never loads the GitHub client. Never throws. `reportWritten`: see raiseAlert. */
async function alert(settings: AlertSettings, subject: AlertSubject, reportWritten = false, now = new Date()): Promise<string[]> {
  if (settings.alert !== 'issue') return [];
  const { raiseAlert } = await import('./github/alert.js');
  return raiseAlert(settings, subject, now, reportWritten);
}

import * as core from '@actions/core';
import type { AlertSubject } from './alert/alert-facts.js';
import { PRODUCT } from './constants.js';
import { readSettings, type Settings } from './inputs/read-inputs.js';
import { displayPath, loadPolicy } from './policy/load-policy.js';
import { formatIssue } from './policy/format-issue.js';
import type { Policy, PolicyResult } from './policy/types.js';
import { annotatePolicyIssues } from './report/annotations.js';
import type { SourceLinks } from './report/describe-item.js';
import { logDecisions, runLogger } from './report/log.js';
import { publishEmptyOutputs, publishReport, writeSummary } from './report/outputs.js';
import { renderPolicyIssues, renderPolicyRules } from './report/policy-summary.js';
import { renderRunError, renderRunSummary } from './report/run-summary.js';
import { resolveRegions } from './run/resolve-regions.js';
import { withRunContext, type RunReport } from './run/run-report.js';
import { VERSION } from './version.js';

/**
 * The action: inputs → policy → (mode) → reports. Every stage returns the reasons the step must
 * fail; this is the one place that fails it.
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
    if (failures.length > 0) core.setFailed(failures.join('\n'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    core.setFailed(`${PRODUCT}: ${message}`);
    // The summary is where people look first: say there, too, that the run stopped and why.
    await core.summary.addRaw(renderRunError(message), true).write().catch(() => undefined);
    // A run that stops is what a person most needs to hear about.
    if (settings !== undefined) for (const failure of await alert(settings, { kind: 'stopped', mode: settings.mode, message })) core.setFailed(failure);
  }
}

async function runMode(settings: Settings, mode: 'validate' | 'dry-run' | 'enforce', policy: PolicyResult): Promise<string[]> {
  if (!policy.ok) annotatePolicyIssues(policy.issues, formatIssue);
  // A broken policy means no AWS call at all, whatever the mode.
  if (mode === 'validate' || !policy.ok) {
    const failures = await validateOnly(settings, policy);
    return policy.ok ? failures : [...failures, ...(await alert(settings, { kind: 'invalid-policy', mode, policyPath: displayPath(settings.workspace, settings.policyFile), issues: policy.issues }))];
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

/**
 * merge: the last job of a matrix run. Reads the shard reports (downloaded artifacts), checks they
 * are one run's complete set, and writes the combined summary, report and outputs. No AWS call.
 */
async function merge(settings: Settings): Promise<string[]> {
  const { readShardReports } = await import('./merge/read-shard-reports.js');
  const { mergeShardReports } = await import('./merge/merge-reports.js');
  if (settings.reports === undefined) throw new Error("mode merge needs the 'reports' input: the folder the shard reports were downloaded to (actions/download-artifact with a pattern and merge-multiple: true).");
  const merged = mergeShardReports(await readShardReports(settings.workspace, settings.reports));
  core.info(`${PRODUCT} ${VERSION}: merged ${merged.shards} shard reports of policy ${merged.report.policy.path} (${merged.report.accounts.length} accounts).`);
  return publish(settings, merged.report);
}

/** validate: no AWS, no network. The summary shows the errors, or the rules when valid. */
async function validateOnly(settings: Settings, policy: PolicyResult): Promise<string[]> {
  publishEmptyOutputs();
  if (policy.ok) {
    core.info(`Policy ${settings.policyFile} is valid: ${policy.policy.iot.allow.length} IoT and ${policy.policy.organizations.allow.length} Organizations allow entries.`);
    return writeSummary(renderPolicyRules(policy.policy));
  }
  const count = policy.issues.length;
  return [
    `Policy ${settings.policyFile} has ${count} ${count === 1 ? 'error' : 'errors'}; nothing was read from or written to AWS. See the annotations or the job summary.`,
    ...(await writeSummary(renderPolicyIssues(settings.policyFile, policy.issues))),
  ];
}

/** dry-run and enforce: sweep the account, decide, act within the budget, report. */
async function sweep(settings: Settings, mode: 'dry-run' | 'enforce', policy: Policy): Promise<string[]> {
  const regions = resolveRegions(settings.regions, policy.iot.regions);
  const shard = settings.shard ? `, shard ${settings.shard.index}/${settings.shard.count}` : '';
  core.info(`${PRODUCT} ${VERSION}: ${mode}${shard}, policy ${settings.policyFile}, IoT regions: ${regions === 'all' ? 'every enabled region' : regions.join(', ') || 'none'}.`);
  const { runAgainstAws } = await import('./run/aws-run.js');
  core.startGroup('Sweep');
  // One call sweeps and acts; the logger closes 'Sweep' and opens the act group at the first write.
  const log = runLogger({ actGroup: mode === 'enforce' ? 'Act: reject and decline' : 'Act' });
  const report = await runAgainstAws({
    mode,
    policy,
    regionsInput: settings.regions,
    maxActions: settings.maxActions,
    roleName: settings.roleName,
    shard: settings.shard,
    log,
    rateLimits: settings.rateLimits,
    userAgent: `${PRODUCT}/${VERSION}`,
    sessionName: `${PRODUCT}-${settings.runId}`.slice(0, 64),
  }).finally(() => core.endGroup());
  // From here on, AWS may have been written to: nothing below may hide that behind an exception.
  return publish(settings, report);
}

/** The log lines, JSON report, outputs and job summary of a run (or of a merged matrix run). */
async function publish(settings: Settings, unstamped: RunReport): Promise<string[]> {
  const report = withRunContext(unstamped, settings.run);
  logDecisions(report);
  const notPublished = await publishReport(report, settings.reportFile);
  const noSummary = await writeSummary(renderRunSummary(report, { reportFile: settings.reportFile, links: sourceLinks(settings) }));
  const notAlerted = await alert(settings, { kind: 'report', report });
  return [...report.failures, ...notPublished, ...noSummary, ...notAlerted];
}

/** alert: issue. Loaded only when on: a run without it never loads the GitHub client. Never throws. */
async function alert(settings: Settings, subject: AlertSubject): Promise<string[]> {
  if (settings.alert !== 'issue') return [];
  const { raiseAlert } = await import('./github/alert.js');
  return raiseAlert(settings, subject, new Date());
}

/** Links to policy lines at the commit the workflow runs at, when it runs in a repository. */
function sourceLinks(settings: Settings): SourceLinks | undefined {
  return settings.repository ? { ...settings.repository, policyPath: displayPath(settings.workspace, settings.policyFile) } : undefined;
}

import * as core from '@actions/core';
import { readSettings, type Settings } from './inputs/read-inputs.js';
import { loadPolicy } from './policy/load-policy.js';
import { formatIssue } from './policy/format-issue.js';
import type { PolicyResult } from './policy/types.js';
import { annotatePolicyIssues } from './report/annotations.js';
import { renderPolicyIssues, renderPolicyRules } from './report/policy-summary.js';

/**
 * The action: inputs → policy → (mode) → reports. Every stage returns the reasons the step must
 * fail; this is the one place that fails it.
 */
export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const policy = await loadPolicy(settings.workspace, settings.policyFile);
    if (!policy.ok) annotatePolicyIssues(policy.issues, formatIssue);
    const failures = await runMode(settings, policy);
    if (failures.length > 0) core.setFailed(failures.join('\n'));
  } catch (error) {
    core.setFailed(`inbound-guard: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function runMode(settings: Settings, policy: PolicyResult): Promise<string[]> {
  switch (settings.mode) {
    case 'validate':
      return validateOnly(settings, policy);
    case 'dry-run':
    case 'enforce':
    case 'plan':
      if (!policy.ok) return validateOnly(settings, policy);
      throw new Error(`mode '${settings.mode}' is not available in this build yet`);
  }
}

/** validate: no AWS, no network. The summary shows the errors, or the rules when valid. */
async function validateOnly(settings: Settings, policy: PolicyResult): Promise<string[]> {
  if (policy.ok) {
    core.info(`Policy ${settings.policyFile} is valid: ${policy.policy.iot.allow.length} IoT and ${policy.policy.organizations.allow.length} Organizations allow entries.`);
    await core.summary.addRaw(renderPolicyRules(policy.policy), true).write();
    return [];
  }
  await core.summary.addRaw(renderPolicyIssues(settings.policyFile, policy.issues), true).write();
  const count = policy.issues.length;
  return [`Policy ${settings.policyFile} has ${count} ${count === 1 ? 'error' : 'errors'}; nothing was read from or written to AWS. See the annotations or the job summary.`];
}

import type { Mode } from '../act/types.js';
import { errorsText } from '../policy/format-issue.js';
import type { Policy, PolicyProblems, PolicyResult } from '../policy/types.js';
import { KINDS } from '../kinds/registry.js';
import { code, inertMarkdownWithCode } from './escape.js';
import { capped, omittedLine, table } from './markdown.js';

const MAX_ISSUE_ROWS = 100;

/**
 * The job summary of a run that read the policy and nothing else — validate, or a dry-run or enforce
 * run stopped by an invalid policy: titled as every run's summary is (`## <icon> inbound-guard ·
 * <mode> · <scope>`, run-summary.ts; the plan comment's likewise), its scope the policy; then its
 * rules, or its errors. `path` as the annotations name it (displayPath).
 */
export function renderPolicyCheck(mode: Mode, path: string, result: PolicyResult): string {
  const title = `## ${result.ok ? '✅' : '❌'} inbound-guard · ${mode} · policy ${code(path)}`;
  return [title, '', result.ok ? renderPolicyRules(result.policy) : renderPolicyIssues(path, result)].join('\n');
}

/** The job summary of a policy that failed validation: every error at its line, and what to do. */
export function renderPolicyIssues(file: string, { issues, errorCount }: PolicyProblems): string {
  const { shown, omitted } = capped(issues, MAX_ISSUE_ROWS);
  const rows = shown.map((i) => [`${i.line}:${i.column}`, i.key ? code(i.key) : '', inertMarkdownWithCode(i.message, 600)]);
  return [
    `### ❌ Policy ${code(file)} is invalid: ${errorsText(errorCount)}`,
    '',
    'Nothing was read from or written to AWS. Fix these and run again:',
    '',
    table(['Line:col', 'Key', 'Problem'], rows) + omittedLine(omitted, 'see the log'),
  ].join('\n');
}

/**
 * The allow entries of every kind the policy governs, for the validate log line:
 * `2 IoT, 0 Organizations and 3 RAM allow entries`. Kinds not governed are left out.
 */
export function allowEntryCounts(policy: Policy): string {
  const parts = KINDS.filter((kind) => kind.governed(policy)).map((kind) => `${kind.entryRefs(policy).length} ${kind.label}`);
  const last = parts.pop();
  const listed = parts.length === 0 ? (last ?? 'no') : `${parts.join(', ')} and ${last ?? ''}`;
  return `${listed} allow ${parts.length === 0 && last?.startsWith('1 ') ? 'entry' : 'entries'}`;
}

/** A reviewer's view of a valid policy: what is governed and what is allowed, rule by rule, kind by kind. */
export function renderPolicyRules(policy: Policy): string {
  const rows = KINDS.flatMap((kind) => (kind.governed(policy) ? kind.policySummary.rows(policy) : []));
  const lines = KINDS.flatMap((kind) => kind.policySummary.lines(policy));
  return [
    `### ✅ Policy ${code(policy.path)} is valid`,
    '',
    `- **Accounts:** ${policy.accounts === undefined ? 'any (no `accounts` pin)' : `only ${policy.accounts.ids.map(code).join(', ')}`}`,
    `- **Guards:** ${describeTargets(policy)}`,
    ...lines.map((line) => `- ${line}`),
    `- **Budget:** ${policy.limits.maxActions === undefined ? 'not set (the input, else the default of 10)' : `${policy.limits.maxActions} actions per run`}`,
    '',
    'Everything of a governed kind not allowed below is rejected or declined (default deny).',
    '',
    table(['Entry', 'Line', 'Allows', 'In force', 'Note'], rows.length ? rows : [['—', '', 'nothing', '', '']]),
  ].join('\n');
}

/** What `targets` guards, in words. */
export function describeTargets(policy: Policy): string {
  const t = policy.targets;
  if (t === undefined) return "the account of the workflow's credentials (no `targets`)";
  const parts = [
    t.organization ? 'every ACTIVE account of the organization' : '',
    t.accounts.length ? `accounts ${t.accounts.map((a) => code(a.id)).join(', ')}` : '',
    t.roles.length ? `roles ${t.roles.map((r) => code(r.arn)).join(', ')}` : '',
  ].filter(Boolean);
  const role = t.roleName === undefined ? '' : ` through role ${code(t.roleName)}`;
  const exclude = t.exclude.length ? `, except ${t.exclude.map(code).join(', ')}` : '';
  return `${parts.join(', ')}${role}${exclude}`;
}

import type { Policy, PolicyIssue } from '../policy/types.js';
import { code, inertMarkdown, inertMarkdownWithCode } from './escape.js';
import { capped, omittedLine, table } from './markdown.js';

const MAX_ISSUE_ROWS = 100;

/** The job summary of a policy that failed validation: every error at its line, and what to do. */
export function renderPolicyIssues(file: string, issues: readonly PolicyIssue[]): string {
  const { shown, omitted } = capped(issues, MAX_ISSUE_ROWS);
  const rows = shown.map((i) => [`${i.line}:${i.column}`, i.key ? code(i.key) : '', inertMarkdownWithCode(i.message, 600)]);
  return [
    `### ❌ Policy ${code(file)} is invalid: ${issues.length} ${issues.length === 1 ? 'error' : 'errors'}`,
    '',
    'Nothing was read from or written to AWS. Fix these and run again:',
    '',
    table(['Line:col', 'Key', 'Problem'], rows) + omittedLine(omitted, 'see the log'),
  ].join('\n');
}

/** A reviewer's view of a valid policy: what is governed and what is allowed, rule by rule. */
export function renderPolicyRules(policy: Policy): string {
  const iotRows = policy.iot.allow.map((e) => [
    `iot.allow[${e.index}]`,
    String(e.position.line),
    `source account ${code(e.sourceAccount)}`,
    e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
    e.note ? inertMarkdown(e.note) : '',
  ]);
  const orgRows = policy.organizations.allow.map((e) => [
    `organizations.allow[${e.index}]`,
    String(e.position.line),
    [
      e.organization ? `organization ${code(e.organization)}` : '',
      e.managementAccount ? `management account ${code(e.managementAccount)}` : '',
      e.managementEmail ? `management email ${code(e.managementEmail)}` : '',
      e.handshakeTypes ? `types ${e.handshakeTypes.map(code).join(', ')}` : '',
    ].filter(Boolean).join(', '),
    e.until ? `until ${code(e.until)} (UTC)` : 'no end date',
    e.note ? inertMarkdown(e.note) : '',
  ]);
  const regions = policy.iot.regions === 'all'
    ? 'every region enabled for each account (`all`), unless the `regions` input says otherwise'
    : policy.iot.regions.length === 0 ? 'none (IoT is not swept)' : policy.iot.regions.map(code).join(', ');
  const types = policy.organizations.handshakeTypes.length === 0
    ? 'none (handshakes are not governed)'
    : policy.organizations.handshakeTypes.map(code).join(', ');
  return [
    `### ✅ Policy ${code(policy.path)} is valid`,
    '',
    `- **Accounts:** ${policy.accounts === undefined ? 'any (no `accounts` pin)' : `only ${policy.accounts.ids.map(code).join(', ')}`}`,
    `- **Guards:** ${describeTargets(policy)}`,
    `- **IoT regions:** ${regions}`,
    `- **Reject reason:** ${code(policy.iot.rejectReason)}`,
    `- **Governed handshake types:** ${types}`,
    `- **Budget:** ${policy.limits.maxActions === undefined ? 'not set (the input, else the default of 10)' : `${policy.limits.maxActions} actions per run`}`,
    '',
    'Everything not allowed below is rejected or declined (default deny).',
    '',
    table(['Entry', 'Line', 'Allows', 'In force', 'Note'], [...iotRows, ...orgRows].length ? [...iotRows, ...orgRows] : [['—', '', 'nothing', '', '']]),
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

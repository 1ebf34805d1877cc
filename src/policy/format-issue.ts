/** One policy issue as one line: `path/file.yml:12:7: iot.allow[1].source-account: message`. */
import type { PolicyIssue } from './types.js';

export function formatIssue(issue: PolicyIssue): string {
  const key = issue.key === '' ? '' : `${issue.key}: `;
  return `${issue.file}:${issue.line}:${issue.column}: ${key}${issue.message}`;
}

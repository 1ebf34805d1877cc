import type { PolicyIssue, PolicyProblems } from './types.js';

/** `1 error`, `7,313 errors`: how many problems a policy has, as reports say it. */
export function errorsText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'error' : 'errors'}`;
}

/** One problem alone (a file that cannot be read, a deleted policy): the problems of a policy that has just this one. */
export function oneProblem(issue: PolicyIssue): PolicyProblems {
  return { issues: [issue], errorCount: 1 };
}

/** One policy issue as one line: `path/file.yml:12:7: iot.allow[1].source-account: message`. */
export function formatIssue(issue: PolicyIssue): string {
  const key = issue.key === '' ? '' : `${issue.key}: `;
  return `${issue.file}:${issue.line}:${issue.column}: ${key}${issue.message}`;
}

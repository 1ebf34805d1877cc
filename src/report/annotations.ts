import * as runner from '../runner/commands.js';
import type { PolicyIssue } from '../policy/types.js';

/**
 * One error annotation per policy issue, at its file and line, and the same as plain
 * `file:line:col` lines in the log (GitHub shows only 10 annotations per step; the log keeps all).
 * runner.error escapes its message, so text quoted from the file cannot become a command.
 */
export function annotatePolicyIssues(issues: readonly PolicyIssue[], format: (issue: PolicyIssue) => string): void {
  for (const issue of issues) runner.error(format(issue), issueAnnotation(issue));
}

/** Where a policy issue is, as an annotation's properties: its title, file, line and column. */
export function issueAnnotation(issue: PolicyIssue): runner.AnnotationProperties {
  return {
    title: `inbound-guard policy: ${issue.key || 'file'}`,
    file: issue.file,
    startLine: issue.line,
    startColumn: issue.column,
  };
}

/** Input and output names, as action.yml declares them. */
export const Inputs = {
  PolicyFile: 'policy-file',
  Mode: 'mode',
  Regions: 'regions',
  MaxActions: 'max-actions',
  RoleName: 'role-name',
  Shard: 'shard',
  Reports: 'reports',
  GithubToken: 'github-token',
  RateLimits: 'rate-limits',
} as const;

export const Outputs = {
  Rejected: 'rejected',
  Declined: 'declined',
  Planned: 'planned',
  Failed: 'failed',
  ReportFile: 'report-file',
} as const;

export const MODES = ['validate', 'dry-run', 'enforce', 'plan', 'merge'] as const;

export const PRODUCT = 'inbound-guard';

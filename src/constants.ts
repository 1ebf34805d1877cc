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
  CommentDetail: 'comment-detail',
  Alert: 'alert',
  RateLimits: 'rate-limits',
} as const;

export const Outputs = {
  /** Every item rejected or declined in this run, whatever its kind: rejected + declined, the sum of the four per-kind counts below. */
  Acted: 'acted',
  /** Every item rejected in this run, every kind together: the report's and summary-json's counts.rejected. */
  Rejected: 'rejected',
  /** Every item declined in this run, every kind together: the report's and summary-json's counts.declined. */
  Declined: 'declined',
  RejectedCertificateTransfers: 'rejected-certificate-transfers',
  DeclinedHandshakes: 'declined-handshakes',
  RejectedShareInvitations: 'rejected-share-invitations',
  DeclinedSecurityInvitations: 'declined-security-invitations',
  Planned: 'planned',
  Failed: 'failed',
  ReportFile: 'report-file',
  SummaryJson: 'summary-json',
} as const;

export const MODES = ['validate', 'dry-run', 'enforce', 'plan', 'merge'] as const;

/** How much of the account a plan shows on the pull request (the `comment-detail` input). */
export const COMMENT_DETAILS = ['full', 'summary'] as const;

/** The `alert` input: `off` (the default) or `issue` (keep one issue up to date while something needs a person). */
export const ALERT_CHOICES = ['off', 'issue'] as const;

export const PRODUCT = 'inbound-guard';

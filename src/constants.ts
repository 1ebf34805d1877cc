/** Input and output names, as action.yml declares them. */
export const Inputs = {
  PolicyFile: 'policy-file',
  Mode: 'mode',
  Regions: 'regions',
  MaxActions: 'max-actions',
  GithubToken: 'github-token',
} as const;

export const Outputs = {
  Rejected: 'rejected',
  Declined: 'declined',
  Planned: 'planned',
  Failed: 'failed',
  ReportFile: 'report-file',
} as const;

export const MODES = ['validate', 'dry-run', 'enforce', 'plan'] as const;

/** The budget when neither the input nor the policy sets one. */
export const DEFAULT_MAX_ACTIONS = 10;
/** No single run may be allowed to write more than this, whatever the settings say. */
export const MAX_ACTIONS_CEILING = 1000;

export const PRODUCT = 'inbound-guard';

import { capitalise } from '../model/words.js';
import type { Policy, PolicyIssue } from '../policy/types.js';

/**
 * The policy's `accounts` pin, checked before anything is read: a workflow that assumed the wrong
 * role must not reject another account's transfers. Throws with where the pin is and what to do.
 */
export function assertGovernedAccount(policy: Policy, account: string): void {
  const pin = policy.accounts;
  if (pin === undefined || governsAccount(policy, account)) return;
  throw new AccountNotGovernedError(policy, account, pin);
}

/** Whether the policy's `accounts` pin, if any, lets it govern `account`. */
export function governsAccount(policy: Policy, account: string): boolean {
  return policy.accounts === undefined || policy.accounts.ids.includes(account);
}

/** The credentials belong to an account the policy's `accounts` pin leaves out. Plan mode shows it on the PR. */
export class AccountNotGovernedError extends Error {
  /** The credentials' account (plan mode keys its comment by it). */
  readonly account: string;
  /** The same, as a policy issue at the `accounts` line. */
  readonly issue: PolicyIssue;
  /** The same without the credentials' account id, for a public pull request (comment-detail: summary). */
  readonly issueNamingNoAccount: PolicyIssue;

  constructor(policy: Policy, account: string, pin: NonNullable<Policy['accounts']>) {
    const advice = 'Nothing was read or written. Check the role the workflow assumes, or add the account to accounts.';
    const what = `these AWS credentials belong to account ${account}, but accounts lets this policy govern only ${pin.ids.join(', ')}. ${advice}`;
    super(`${policy.path}:${pin.position.line}: ${capitalise(what)}`);
    this.name = 'AccountNotGovernedError';
    this.account = account;
    this.issue = { file: policy.path, line: pin.position.line, column: pin.position.column, key: 'accounts', message: what };
    this.issueNamingNoAccount = { ...this.issue, message: `these AWS credentials belong to an account that accounts does not list (not named here: comment-detail is summary). ${advice}` };
  }
}

/**
 * run/targets-hint.ts: the organization's account list refused (a member account, an account in no
 * organization) and a guard role refused get a hint naming who the credentials are and what to do;
 * any other error gets none.
 */
import { describe, expect, it } from 'vitest';
import { assumeRoleHint, organizationListingHint, trustedPrincipal, withHint } from '../src/run/targets-hint.js';
import type { Target } from '../src/targets/resolve-targets.js';

const CALLER = { account: '400000000011', arn: 'arn:aws:sts::400000000011:assumed-role/github-actions-inbound-guard/GitHubActions', partition: 'aws' };
const ROLE = 'arn:aws:iam::400000000015:role/inbound-guard';

describe('organizationListingHint', () => {
  it('AccessDeniedException: who the credentials are, who may list the organization, the orchestrator document, and targets.accounts as the way round', () => {
    expect(organizationListingHint('AccessDeniedException', CALLER)).toBe(
      `These credentials are account 400000000011 (${CALLER.arn}); only the organization's management account or a delegated administrator of AWS Organizations may list its accounts, ` +
        'with organizations:ListAccounts allowed: run with the orchestrator role in one of those accounts (iam/orchestrator.json; README, "Guard an organization"), or name the accounts in targets.accounts instead.',
    );
  });

  it('AWSOrganizationsNotInUseException: the account belongs to no organization', () => {
    expect(organizationListingHint('AWSOrganizationsNotInUseException', CALLER)).toMatch(/^These credentials are account 400000000011 \(arn:aws:sts::400000000011:assumed-role\/\S+\), which belongs to no organization; only the organization's management account or a delegated administrator/);
  });

  it.each([
    [1, 'first page'],
    [3, 'first 3 pages'],
  ])('AccessDeniedException after %i listed pages: the same credentials listed them, so the refusal came midway (not "only the management account may list")', (pages, words) => {
    const hint = organizationListingHint('AccessDeniedException', CALLER, pages);
    expect(hint).toBe(
      `These credentials are account 400000000011 (${CALLER.arn}); they listed the organization's ${words} of accounts, and ListAccounts was refused midway: their policies, or a policy over them (a service control policy, a permissions boundary), most likely changed during the run. Check that organizations:ListAccounts is still allowed to them, and run again.`,
    );
    expect(organizationListingHint('AWSOrganizationsNotInUseException', CALLER, pages)).toMatch(/which belongs to no organization/);
  });

  it('without an ARN from STS, the account alone', () => {
    expect(organizationListingHint('AccessDeniedException', { ...CALLER, arn: '' })).toMatch(/^These credentials are account 400000000011; only/);
  });

  it.each([['TooManyRequestsException'], ['ECONNREFUSED'], ['AccessDenied'], [undefined]])('%s: no hint (AWS says enough, or it is not the listing refused)', (code) => {
    expect(organizationListingHint(code, CALLER)).toBeUndefined();
  });
});

describe('assumeRoleHint', () => {
  const target = (via: Target['via']): Target => ({ account: '400000000015', roleArn: ROLE, via });
  /** STS's AssumeRole refusal, as account-inventory keeps it (our prefix, then AWS's message), with AWS's reason when given. */
  const refused = (code: string | undefined, reason = '') => ({
    code,
    message: `could not assume ${ROLE}: User: ${CALLER.arn} is not authorized to perform: sts:AssumeRole on resource: ${ROLE}${reason}`,
  });

  it('AccessDenied: the three causes AWS does not tell apart, the caller the trust policy must accept, where the permissions are, and how to leave the account out', () => {
    expect(assumeRoleHint(refused('AccessDenied'), target('organization'), CALLER)).toBe(
      `The guard role ${ROLE} is missing, does not trust these credentials (arn:aws:iam::400000000011:role/github-actions-inbound-guard, with the role's path if it has one), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
        'deploy it in account 400000000015, trusted by the workflow\'s role, with the permissions its mode needs (iam/README.md; README, "Guard an organization"), or add 400000000015 to targets.exclude.',
    );
  });

  it.each([
    ['accounts', 'or remove 400000000015 from targets.accounts.'],
    ['roles', 'or remove 400000000015 from targets.roles.'],
  ] as const)('an account named in targets.%s: leaving it out is removing it there', (via, end) => {
    expect(assumeRoleHint(refused('AccessDenied'), target(via), CALLER)).toMatch(new RegExp(`${end.replaceAll('.', '\\.')}$`));
  });

  it.each([['ExpiredToken'], ['RegionDisabledException'], ['AccessDeniedException'], [undefined]])('%s: no hint', (code) => {
    expect(assumeRoleHint(refused(code), target('organization'), CALLER)).toBeUndefined();
  });

  it('without an ARN from STS, the account the trust policy must accept', () => {
    expect(assumeRoleHint(refused('AccessDenied'), target('organization'), { ...CALLER, arn: '' })).toContain('does not trust these credentials (account 400000000011), or');
    // A trust policy names the role, not one run's session; a user as it is.
    expect(assumeRoleHint(refused('AccessDenied'), target('organization'), CALLER)).not.toContain('GitHubActions');
    expect(trustedPrincipal('arn:aws-cn:sts::400000000011:assumed-role/guard/run-7')).toBe('arn:aws-cn:iam::400000000011:role/guard');
    expect(trustedPrincipal('arn:aws:iam::400000000011:user/ci')).toBe('arn:aws:iam::400000000011:user/ci');
  });

  it("a plan's account only the base branch's policy guards: no advice to leave it out, the PR's policy does already", () => {
    const hint = assumeRoleHint(refused('AccessDenied'), { ...target('accounts'), readFor: 'base' }, CALLER);
    expect(hint).toMatch(/^The guard role \S+ is missing, /);
    expect(hint).toMatch(/\(iam\/README\.md; README, "Guard an organization"\); only the base branch's policy guards this account \(the PR's policy leaves it out already\)\.$/);
    expect(hint).not.toContain('targets.accounts');
  });

  describe("AWS's message names what refused it: that policy, on the side it is, not more permissions", () => {
    // The orchestrator's session in 111111111111 assumes the guard role in 222222222222.
    const GHA = { account: '111111111111', arn: 'arn:aws:sts::111111111111:assumed-role/gha/run', partition: 'aws' };
    const GUARD = 'arn:aws:iam::222222222222:role/inbound-guard';
    const sts = (reason: string) => ({ code: 'AccessDenied', message: `could not assume ${GUARD}: User: ${GHA.arn} is not authorized to perform: sts:AssumeRole on resource: ${GUARD}${reason}` });
    const hint = (reason: string) => assumeRoleHint(sts(reason), { account: '222222222222', roleArn: GUARD, via: 'organization' }, GHA);

    it("an SCP's explicit deny: the orchestrator's organization's SCP (the caller's side), not the guard role's account, and no advice to deploy or grant more", () => {
      expect(hint(' with an explicit deny in a service control policy')).toBe(
        `AssumeRole on the guard role ${GUARD} was refused to these credentials (account 111111111111 (${GHA.arn})): ` +
          "an explicit deny in a service control policy (SCP) of account 111111111111's organization (these credentials' account, not the guard role's 222222222222) refused it " +
          "(not their own policy: more permissions there do not lift it): allow inbound-guard's sts:AssumeRole calls in that policy, or add 222222222222 to targets.exclude.",
      );
      // Since 2025 the policy's ARN may follow.
      expect(hint(' with an explicit deny in a service control policy: arn:aws:organizations::111111111111:policy/o-abcdefghij/service_control_policy/p-abcd1234')).toContain(
        "an explicit deny in a service control policy (SCP) of account 111111111111's organization",
      );
    });

    it.each([
      [' because no service control policy allows the sts:AssumeRole action', "no service control policy (SCP) of account 111111111111's organization (these credentials' account, not the guard role's 222222222222) allows it (their own policy is not what is missing)"],
      [' with an explicit deny in a permissions boundary', 'an explicit deny in a permissions boundary of the IAM role or user behind these credentials refused it'],
      [' because no permissions boundary allows the sts:AssumeRole action', 'no permissions boundary of the IAM role or user behind these credentials allows it'],
      [' because no session policy allows the sts:AssumeRole action', "no session policy of these credentials' session (configure-aws-credentials' inline-session-policy or managed-session-policies, say) allows it"],
      [' with an explicit deny in a resource control policy', "an explicit deny in a resource control policy (RCP) of account 222222222222's organization (the guard role's account) refused it"],
      [' with an explicit deny in a resource-based policy', 'an explicit deny in a trust policy of the guard role (it must trust arn:aws:iam::111111111111:role/gha, with the role\'s path if it has one) refused it'],
      [' with an explicit deny in an identity-based policy', "an explicit deny in their own policy refused it, which more permissions do not lift: lift that deny for inbound-guard's sts:AssumeRole calls (they are in iam/orchestrator.json)"],
      // The guard role's side too: its trust policy, or an RCP over its account.
      [' with an explicit deny', "an explicit deny refused it (AWS does not say in which policy: their own, their organization's SCP, a permissions boundary or a session policy, or the guard role's trust policy or its organization's RCP), which more permissions do not lift"],
    ])('%s', (reason, why) => {
      const text = hint(reason);
      expect(text).toMatch(/^AssumeRole on the guard role \S+ was refused to these credentials \(account 111111111111 /);
      expect(text).toContain(`): ${why}`);
      expect(text).not.toMatch(/role \S+ is missing|deploy it/);
      expect(text).toMatch(/, or add 222222222222 to targets\.exclude\.$/);
    });

    it("an SCP in the guard role's own account (the orchestrator there): no 'not the guard role's'", () => {
      expect(assumeRoleHint(sts(' with an explicit deny in a service control policy'), { account: '111111111111', roleArn: 'arn:aws:iam::111111111111:role/inbound-guard', via: 'accounts' }, GHA)).toContain(
        "service control policy (SCP) of account 111111111111's organization (these credentials' account) refused it",
      );
    });

    it('no reason, or no identity-based policy allows it: the three causes, as before', () => {
      expect(hint('')).toMatch(/^The guard role \S+ is missing, does not trust these credentials/);
      expect(hint(' because no identity-based policy allows the sts:AssumeRole action')).toMatch(/^The guard role \S+ is missing, /);
    });
  });

  it('no role (the credentials’ own account): no hint', () => {
    expect(assumeRoleHint(refused('AccessDenied'), { account: '400000000011', via: 'credentials' }, CALLER)).toBeUndefined();
  });
});

describe('withHint', () => {
  const error = { service: 'sts' as const, account: '400000000015', message: 'could not assume …: AccessDenied', code: 'AccessDenied' };
  it('adds the hint, or leaves the error as it was', () => {
    expect(withHint(error, 'do this')).toEqual({ ...error, hint: 'do this' });
    expect(withHint(error, undefined)).toBe(error);
  });
});

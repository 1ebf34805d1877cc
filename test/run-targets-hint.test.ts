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

  it('AccessDenied: the three causes AWS does not tell apart, the caller the trust policy must accept, where the permissions are, and how to leave the account out', () => {
    expect(assumeRoleHint('AccessDenied', target('organization'), CALLER)).toBe(
      `The guard role ${ROLE} is missing, does not trust these credentials (arn:aws:iam::400000000011:role/github-actions-inbound-guard, with the role's path if it has one), or their policy does not allow sts:AssumeRole on it (iam/orchestrator.json): ` +
        'deploy it in account 400000000015, trusted by the workflow\'s role, with the permissions its mode needs (iam/README.md; README, "Guard an organization"), or add 400000000015 to targets.exclude.',
    );
  });

  it.each([
    ['accounts', 'or remove 400000000015 from targets.accounts.'],
    ['roles', 'or remove 400000000015 from targets.roles.'],
  ] as const)('an account named in targets.%s: leaving it out is removing it there', (via, end) => {
    expect(assumeRoleHint('AccessDenied', target(via), CALLER)).toMatch(new RegExp(`${end.replaceAll('.', '\\.')}$`));
  });

  it.each([['ExpiredToken'], ['RegionDisabledException'], ['AccessDeniedException'], [undefined]])('%s: no hint', (code) => {
    expect(assumeRoleHint(code, target('organization'), CALLER)).toBeUndefined();
  });

  it('without an ARN from STS, the account the trust policy must accept', () => {
    expect(assumeRoleHint('AccessDenied', target('organization'), { ...CALLER, arn: '' })).toContain('does not trust these credentials (account 400000000011), or');
    // A trust policy names the role, not one run's session; a user as it is.
    expect(assumeRoleHint('AccessDenied', target('organization'), CALLER)).not.toContain('GitHubActions');
    expect(trustedPrincipal('arn:aws-cn:sts::400000000011:assumed-role/guard/run-7')).toBe('arn:aws-cn:iam::400000000011:role/guard');
    expect(trustedPrincipal('arn:aws:iam::400000000011:user/ci')).toBe('arn:aws:iam::400000000011:user/ci');
  });

  it("a plan's account only the base branch's policy guards: no advice to leave it out, the PR's policy does already", () => {
    const hint = assumeRoleHint('AccessDenied', { ...target('accounts'), readFor: 'base' }, CALLER);
    expect(hint).toMatch(/^The guard role \S+ is missing, /);
    expect(hint).toMatch(/\(iam\/README\.md; README, "Guard an organization"\); only the base branch's policy guards this account \(the PR's policy leaves it out already\)\.$/);
    expect(hint).not.toContain('targets.accounts');
  });

  it('no role (the credentials’ own account): no hint', () => {
    expect(assumeRoleHint('AccessDenied', { account: '400000000011', via: 'credentials' }, CALLER)).toBeUndefined();
  });
});

describe('withHint', () => {
  const error = { service: 'sts' as const, account: '400000000015', message: 'could not assume …: AccessDenied', code: 'AccessDenied' };
  it('adds the hint, or leaves the error as it was', () => {
    expect(withHint(error, 'do this')).toEqual({ ...error, hint: 'do this' });
    expect(withHint(error, undefined)).toBe(error);
  });
});

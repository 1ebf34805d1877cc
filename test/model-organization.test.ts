/**
 * The organization a run guards: read from ListAccounts' Arns (model/organization.ts), and handed
 * to a policy's decisions only when it guards the organization (run/inventory.ts decisionContext).
 */
import { describe, expect, it } from 'vitest';
import { organizationOfAccountArn, organizationOfAll } from '../src/model/organization.js';
import { decisionContext } from '../src/run/inventory.js';
import { buildPolicy } from './helpers/policy.js';

const ACME = { id: 'o-acmeguard01', managementAccount: '400000000000' };
const arn = (id: string, org = 'o-acmeguard01', mgmt = '400000000000', partition = 'aws') => `arn:${partition}:organizations::${mgmt}:account/${org}/${id}`;

describe('organizationOfAccountArn', () => {
  it.each([
    ['the commercial shape', arn('400000000011'), ACME],
    ['another partition', arn('400000000011', 'o-acmeguard01', '400000000000', 'aws-us-gov'), ACME],
    ['another account than the Id', arn('400000000012'), undefined],
    ['an organization id of another shape', arn('400000000011', 'o-ACME'), undefined],
    ['a handshake ARN', 'arn:aws:organizations::400000000000:handshake/o-acmeguard01/invite/h-abcdefgh12', undefined],
    ['text after the id', `${arn('400000000011')}/x`, undefined],
    ['no ARN', undefined, undefined],
  ])('%s', (_name, value, expected) => {
    expect(organizationOfAccountArn(value, '400000000011')).toEqual(expected);
  });
});

describe('organizationOfAll', () => {
  const member = (organization?: typeof ACME) => ({ organization });
  it.each([
    ['every account names the same one', [member(ACME), member(ACME)], ACME],
    ['no account', [], undefined],
    ['one did not say', [member(ACME), member()], undefined],
    ['the first did not say', [member(), member(ACME)], undefined],
    ['two organizations', [member(ACME), member({ id: 'o-otherorg001', managementAccount: '400000000000' })], undefined],
    ['two management accounts', [member(ACME), member({ id: ACME.id, managementAccount: '999999999999' })], undefined],
  ])('%s', (_name, accounts, expected) => {
    expect(organizationOfAll(accounts)).toEqual(expected);
  });
});

describe('decisionContext', () => {
  const targets = (organization: boolean) => ({ position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: [], roles: [], organization, exclude: [] });
  it('organization mode with the organization listed: its decisions know it', () => {
    expect(decisionContext(buildPolicy({ targets: targets(true) }), { organization: ACME })).toEqual({ guardedOrganization: ACME });
  });
  it.each([
    ['targets.accounts (no organization), though the run listed it for another policy', buildPolicy({ targets: targets(false) }), ACME],
    ['no targets: the credentials’ own account', buildPolicy({}), ACME],
    ['organization mode whose listing named none', buildPolicy({ targets: targets(true) }), undefined],
  ])('%s: nothing', (_name, policy, organization) => {
    expect(decisionContext(policy, { organization })).toEqual({});
  });
});

/** The `targets` section: what it parses to, every mistake located with its fix, and how targets resolve to accounts and roles. */
import { describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import type { Policy } from '../src/policy/types.js';
import { resolveTargets, unusedRoleName } from '../src/targets/resolve-targets.js';

const FILE = '.github/inbound-guard.yml';
const ok = (text: string): Policy => {
  const result = parsePolicy(text, FILE);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`).join('\n'));
  return result.policy;
};
const issues = (text: string) => {
  const result = parsePolicy(text, FILE);
  if (result.ok) throw new Error('expected the policy to be refused');
  return result.issues.map((i) => `${i.line}:${i.column} ${i.key}: ${i.message}`);
};

describe('targets in the policy', () => {
  it('parses role-name, accounts, roles, organization and exclude with their lines', () => {
    const policy = ok(
      [
        'version: 1',
        'targets:',
        '  role-name: team/inbound-guard',
        '  accounts: ["111122223333", "444455556666"]',
        '  roles:',
        '    - "arn:aws:iam::777788889999:role/custom"',
        '  organization: true',
        '  exclude: ["999900001111"]',
        '',
      ].join('\n'),
    );
    expect(policy.targets).toEqual({
      position: { line: 3, column: 3 },
      roleName: 'team/inbound-guard',
      accounts: [
        { id: '111122223333', position: { line: 4, column: 14 } },
        { id: '444455556666', position: { line: 4, column: 30 } },
      ],
      roles: [{ arn: 'arn:aws:iam::777788889999:role/custom', account: '777788889999', position: { line: 6, column: 7 } }],
      organization: true,
      exclude: ['999900001111'],
    });
  });

  it('absent: no targets (the credentials\' own account)', () => {
    expect(ok('version: 1\n').targets).toBeUndefined();
  });

  it.each([
    ['names nobody', 'targets:\n  organization: false\n', /3:3 targets: names no account to guard/],
    ['accounts without role-name', 'targets:\n  accounts: ["111122223333"]\n', /targets: targets.accounts needs role-name/],
    ['organization without role-name', 'targets:\n  organization: true\n', /targets: organization: true needs role-name/],
    ['an account twice', 'targets:\n  role-name: g\n  accounts: ["111122223333"]\n  roles: ["arn:aws:iam::111122223333:role/x"]\n', /5:11 targets.roles\[0\]: account 111122223333 is already a target at targets.accounts\[0\] \(line 4\)/],
    ['listed and excluded', 'targets:\n  role-name: g\n  accounts: ["111122223333"]\n  exclude: ["111122223333"]\n', /targets.accounts\[0\]: account 111122223333 is both a target and in targets.exclude/],
    ['outside the pin', 'accounts: ["111122223333"]\ntargets:\n  role-name: g\n  accounts: ["444455556666"]\n', /5:14 targets.accounts\[0\]: account 444455556666 is not in accounts \(line 2\)/],
    ['a role ARN outside the pin', 'accounts: ["111122223333"]\ntargets:\n  roles: ["arn:aws:iam::444455556666:role/g"]\n', /targets.roles\[0\]: account 444455556666 is not in accounts/],
    ['a malformed role ARN', 'targets:\n  roles: ["arn:aws:iam::4444:role/g"]\n', /targets.roles\[0\]: "arn:aws:iam::4444:role\/g" is not an IAM role ARN/],
    ['an ARN as role-name', 'targets:\n  role-name: "arn:aws:iam::111122223333:role/guard"\n  organization: true\n', /targets.role-name: is a role ARN; role-name takes the name only \(e.g. guard\)/],
    ['an unquoted account id', 'targets:\n  role-name: g\n  accounts: [111122223333]\n', /targets.accounts\[0\]: account ids must be quoted strings/],
    ['organization as text', 'targets:\n  role-name: g\n  organization: yes please\n', /targets.organization: must be true or false/],
    ['an unknown key', 'targets:\n  role: g\n  organization: true\n', /targets.role: unknown key `role`/],
  ])('%s is refused at its line with the fix', (_case, body, message) => {
    expect(issues(`version: 1\n${body}`)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });
});

describe('resolveTargets', () => {
  const caller = { account: '210987654321', partition: 'aws' };
  const policy = (text: string) => ok(`version: 1\n${text}`);

  it('without targets: the caller\'s own account, with its own credentials', () => {
    expect(resolveTargets({ targets: undefined, caller })).toEqual({ targets: [{ account: caller.account, via: 'credentials' }], skipped: [] });
  });

  it('accounts through role-name in the caller\'s partition; the caller\'s own account with its own credentials; roles as written', () => {
    const p = policy('targets:\n  role-name: inbound-guard\n  accounts: ["444455556666", "210987654321"]\n  roles: ["arn:aws:iam::111122223333:role/x/y"]\n');
    expect(resolveTargets({ targets: p.targets, caller: { account: caller.account, partition: 'aws-us-gov' } }).targets).toEqual([
      { account: '111122223333', roleArn: 'arn:aws:iam::111122223333:role/x/y', via: 'roles' },
      { account: '210987654321', via: 'credentials' },
      { account: '444455556666', roleArn: 'arn:aws-us-gov:iam::444455556666:role/inbound-guard', via: 'accounts' },
    ]);
  });

  it('the role-name input overrides the policy\'s (a read-only role for plan runs)', () => {
    const p = policy('targets:\n  role-name: inbound-guard\n  accounts: ["444455556666"]\n');
    expect(resolveTargets({ targets: p.targets, roleNameInput: 'inbound-guard-readonly', caller }).targets[0]?.roleArn).toBe('arn:aws:iam::444455556666:role/inbound-guard-readonly');
  });

  it('organization: ACTIVE accounts guarded, others skipped with their state, exclude honoured, sorted', () => {
    const p = policy('targets:\n  role-name: g\n  organization: true\n  exclude: ["333333333333"]\n');
    const resolved = resolveTargets({
      targets: p.targets,
      caller,
      organizationAccounts: [
        { id: '444444444444', state: 'ACTIVE' },
        { id: '333333333333', state: 'ACTIVE' },
        { id: '222222222222', state: 'SUSPENDED' },
        { id: caller.account, state: 'ACTIVE' },
      ],
    });
    expect(resolved.targets.map((t) => [t.account, t.via, t.roleArn ?? null])).toEqual([
      [caller.account, 'credentials', null],
      ['444444444444', 'organization', 'arn:aws:iam::444444444444:role/g'],
    ]);
    expect(resolved.skipped).toEqual([
      { account: '222222222222', reason: 'the organization lists it as SUSPENDED, not ACTIVE', fails: false },
      { account: '333333333333', reason: 'excluded by targets.exclude', fails: false },
    ]);
  });

  it('an organization account outside the accounts pin is not guarded, and that fails the run (a blind spot, said aloud)', () => {
    const p = policy(`accounts: ["${caller.account}", "444444444444"]\ntargets:\n  role-name: g\n  organization: true\n`);
    const resolved = resolveTargets({ targets: p.targets, caller, pin: p.accounts?.ids, organizationAccounts: [{ id: '444444444444', state: 'ACTIVE' }, { id: '555555555555', state: 'ACTIVE' }] });
    expect(resolved.targets.map((t) => t.account)).toEqual(['444444444444']);
    expect(resolved.skipped).toEqual([{ account: '555555555555', reason: expect.stringContaining("not in the policy's accounts pin"), fails: true }]);
  });

  it('the organization\'s accounts are taken in only when targets.organization is true (a plan lists them when either policy guards the organization)', () => {
    const p = policy('targets:\n  role-name: g\n  accounts: ["444444444444"]\n');
    const resolved = resolveTargets({ targets: p.targets, caller, organizationAccounts: [{ id: '444444444444', state: 'ACTIVE' }, { id: '555555555555', state: 'ACTIVE' }, { id: '222222222222', state: 'SUSPENDED' }] });
    expect(resolved.targets.map((t) => [t.account, t.via])).toEqual([['444444444444', 'accounts']]);
    expect(resolved.skipped).toEqual([]);
  });

  it('never falls back to the caller\'s credentials for another account when no role name is known', () => {
    const p = policy('targets:\n  roles: ["arn:aws:iam::111122223333:role/x"]\n');
    const withOrganization = { ...p.targets!, organization: true };
    throwsWith(() => resolveTargets({ targets: withOrganization, caller, organizationAccounts: [{ id: '444444444444', state: 'ACTIVE' }] }), /needs role-name/);
  });
});

describe('unusedRoleName: a role-name input no policy of the run uses', () => {
  const policy = (text: string) => ok(`version: 1\n${text}`);
  const NO_TARGETS = undefined;
  const ROLES_ONLY = policy('targets:\n  roles: ["arn:aws:iam::111122223333:role/x"]\n').targets;
  const ACCOUNTS = policy('targets:\n  role-name: inbound-guard\n  accounts: ["111122223333"]\n').targets;
  const ORGANIZATION = policy('targets:\n  role-name: inbound-guard\n  organization: true\n').targets;
  const APPLIES = 'role-name applies only to targets.accounts / targets.organization.';
  const OWN = "the workflow's own credentials are used for its own account";

  it.each([
    ['no targets', [NO_TARGETS], `Input 'role-name' is set, but the policy has no \`targets\`: ${OWN}; ${APPLIES}`],
    ['targets.roles alone', [ROLES_ONLY], `Input 'role-name' is set, but the policy names its targets only in targets.roles, each by its own role ARN: it is used for no account; ${APPLIES}`],
    ['targets.accounts', [ACCOUNTS], undefined],
    ['targets.organization', [ORGANIZATION], undefined],
  ])('one policy, %s', (_name, targets, expected) => {
    expect(unusedRoleName('inbound-guard-readonly', targets.map((t) => ({ whose: 'the policy', targets: t })))).toBe(expected);
  });

  it.each([
    ['neither has targets', NO_TARGETS, NO_TARGETS, `Input 'role-name' is set, but neither the PR's policy nor the base branch's has \`targets\`: ${OWN}; ${APPLIES}`],
    ['the PR drops targets, the base guards accounts through role-name', NO_TARGETS, ACCOUNTS, undefined],
    ['the PR adds the organization', ORGANIZATION, NO_TARGETS, undefined],
    ['no targets and targets.roles alone', NO_TARGETS, ROLES_ONLY, `Input 'role-name' is set, but the PR's policy has no \`targets\` (${OWN}) and the base branch's names its targets only in targets.roles, each by its own role ARN: it is used for no account; ${APPLIES}`],
  ])('a plan, %s', (_name, head, base, expected) => {
    expect(unusedRoleName('inbound-guard-readonly', [{ whose: "the PR's policy", targets: head }, { whose: "the base branch's", targets: base }])).toBe(expected);
  });

  it('nothing when the input is not set', () => {
    expect(unusedRoleName(undefined, [{ whose: 'the policy', targets: NO_TARGETS }])).toBeUndefined();
  });
});

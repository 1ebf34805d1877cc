/**
 * The credentials' own account is read with them, never through a guard role (resolveTargets): when
 * AWS refuses a part of it as not allowed, the error carries a hint that says so and what to do (the
 * guard permissions, or targets.exclude when the policy names targets). An orchestrator given only
 * iam/orchestrator.json meets this on its first organization run. A guard role that was assumed but
 * is refused a read gets the equivalent hint (guardRoleReadHint): the role lacks the permissions.
 * So does an enforce run's write refused as not allowed (refusedWriteHints), naming the action.
 * Unless AWS's message says another policy refused it (an organization's SCP, a permissions
 * boundary, a session policy) or a deny did: then the hint names that, not more permissions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveBudget } from '../src/act/budget.js';
import { executeDecisions } from '../src/act/execute.js';
import type { AwsClients } from '../src/aws/clients.js';
import { recordFailedCall } from '../src/aws/failed-call.js';
import { addUnansweredAttempts } from '../src/aws/unanswered-attempts.js';
import type { Decision } from '../src/decide/types.js';
import { sweepScopes } from '../src/kinds/registry.js';
import { SERVICE_NAMES, WRITE_PERMISSION } from '../src/kinds/services.js';
import type { PolicyTargets } from '../src/policy/types.js';
import { takeInventory, type SweepRunDeps } from '../src/run/inventory.js';
import { planAgainstAccount } from '../src/run/plan-run.js';
import { sweepAndAct } from '../src/run/sweep-run.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { refusalOf, type Refusal } from '../src/run/aws-refusal.js';
import { guardRoleReadHint, ownCredentialsHint, refusedWriteHints, withHint } from '../src/run/targets-hint.js';
import { stepFailures } from '../src/report/failure-reasons.js';
import { countReportItems } from '../src/run/report-counts.js';
import type { Target } from '../src/targets/resolve-targets.js';
import { certificateTransfer, securityInvitation } from './helpers/items.js';
import { buildPolicy } from './helpers/policy.js';

const CALLER = { account: '700000000001', arn: 'arn:aws:sts::700000000001:assumed-role/github-actions-inbound-guard/run', partition: 'aws' };
const MEMBER = '700000000002';
const THROTTLED = '700000000003';
const ROLE = `arn:aws:iam::${MEMBER}:role/inbound-guard`;
const refused = { service: 'iot' as const, account: CALLER.account, region: 'us-east-1', code: 'AccessDeniedException', message: 'AccessDeniedException: User: … is not authorized to perform: iot:ListCertificates' };

describe('ownCredentialsHint', () => {
  it('a refusal in the credentials’ own account, with targets: the guard permissions, or targets.exclude', () => {
    const hint = ownCredentialsHint(refused, { account: CALLER.account, via: 'credentials' }, CALLER, true);
    expect(hint).toContain('These credentials are account 700000000001 (arn:aws:sts::700000000001:assumed-role/github-actions-inbound-guard/run)');
    expect(hint).toContain('not through a guard role');
    expect(hint).toContain('iam/read.json');
    expect(hint).toContain('iam/enforce.json');
    expect(hint).toMatch(/add 700000000001 to targets\.exclude\.$/);
  });

  it('without targets: the guard permissions only', () => {
    const hint = ownCredentialsHint(refused, { account: CALLER.account, via: 'credentials' }, CALLER, false);
    expect(hint).toContain('iam/read.json');
    expect(hint).not.toContain('exclude');
    expect(hint).not.toContain('guard role');
  });

  it('none for another error, an error without a name, or an account reached through a role', () => {
    const target = { account: CALLER.account, via: 'credentials' as const };
    expect(ownCredentialsHint({ ...refused, code: 'ThrottlingException' }, target, CALLER, true)).toBeUndefined();
    expect(ownCredentialsHint({ ...refused, code: undefined }, target, CALLER, true)).toBeUndefined();
    expect(ownCredentialsHint(refused, { account: MEMBER, roleArn: `arn:aws:iam::${MEMBER}:role/inbound-guard`, via: 'organization' }, CALLER, true)).toBeUndefined();
    for (const code of ['AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation']) expect(ownCredentialsHint({ ...refused, code }, target, CALLER, true)).toBeDefined();
  });

  it("a run's mode names its one document", () => {
    const target = { account: CALLER.account, via: 'credentials' as const };
    expect(ownCredentialsHint(refused, target, CALLER, false, 'enforce')).toBe(`These credentials are account ${CALLER.account} (${CALLER.arn}); their policy needs enforce's guard permissions (iam/enforce.json; iam/README.md).`);
    expect(ownCredentialsHint(refused, target, CALLER, false, 'dry-run')).toContain("their policy needs a dry-run's read permissions (iam/read.json; iam/README.md).");
  });
});

describe('guardRoleReadHint', () => {
  const member = { ...refused, account: MEMBER };
  const viaOrganization = { account: MEMBER, roleArn: ROLE, via: 'organization' as const };

  it('a read refused to an assumed guard role: the role, that it was assumed, the permissions, and how to leave the account out', () => {
    expect(guardRoleReadHint(member, viaOrganization, 'enforce', undefined)).toBe(
      `The guard role ${ROLE} was assumed in account ${MEMBER}, but its read calls were refused: the role's policy needs enforce's guard permissions (iam/enforce.json; iam/README.md), or add ${MEMBER} to targets.exclude.`,
    );
    expect(guardRoleReadHint(member, { ...viaOrganization, via: 'roles' }, undefined, undefined)).toMatch(/needs this mode's guard permissions \(iam\/read\.json for dry-run and plan, iam\/enforce\.json for enforce; iam\/README\.md\), or remove 700000000002 from targets\.roles\.$/);
  });

  it('a read whose refused call is known names its action, as a write\'s hint does, before the document; the same wording whoever read', () => {
    const listing = { ...member, service: 'guardduty' as const, region: 'eu-west-1', action: 'guardduty:ListInvitations' };
    expect(guardRoleReadHint(listing, viaOrganization, 'dry-run', undefined)).toBe(
      `The guard role ${ROLE} was assumed in account ${MEMBER}, but its read calls were refused: the role's policy needs guardduty:ListInvitations, one of a dry-run's read permissions (iam/read.json; iam/README.md), or add ${MEMBER} to targets.exclude.`,
    );
    expect(ownCredentialsHint(listing, { account: CALLER.account, via: 'credentials' }, CALLER, false, 'enforce')).toBe(
      `These credentials are account ${CALLER.account} (${CALLER.arn}); their policy needs guardduty:ListInvitations, one of enforce's guard permissions (iam/enforce.json; iam/README.md).`,
    );
  });

  it("worded for one call or many: the parts refused alike in several regions are one failure with this hint (alikeByRegion)", () => {
    const parts = ['eu-west-1', 'us-east-1'].map((region) => ({ ...member, region }));
    const errors = parts.map((p) => withHint(p, guardRoleReadHint(p, viaOrganization, 'dry-run', undefined)));
    const failures = stepFailures({ budget: resolveBudget(10, undefined, 0), errors, counts: countReportItems([]), mode: 'dry-run' });
    expect(failures).toEqual([expect.stringMatching(new RegExp(`^Could not read IoT in 2 regions of ${MEMBER} \\(eu-west-1, us-east-1\\): .* The guard role \\S+ was assumed in account ${MEMBER}, but its read calls were refused: the role's policy needs`))]);
  });

  it("a plan through the role-name input's role (a read-only role): that role, and iam/read.json alone", () => {
    const hint = guardRoleReadHint(member, viaOrganization, 'plan', 'inbound-guard-read');
    expect(hint).toContain(`The guard role ${ROLE} (named by the role-name input) was assumed`);
    expect(hint).toContain("needs a plan's read permissions (iam/read.json; iam/README.md)");
    expect(hint).not.toContain('enforce');
    // A targets.roles ARN is assumed as written, whatever the input says.
    expect(guardRoleReadHint(member, { ...viaOrganization, via: 'roles' }, 'plan', 'inbound-guard-read')).not.toContain('role-name input');
  });

  it.each(['ThrottlingException', 'TooManyRequestsException', 'InternalFailure', 'ServiceUnavailableException', 'ECONNRESET', undefined])('none for %s', (code) => {
    expect(guardRoleReadHint({ ...member, code }, viaOrganization, 'enforce', undefined)).toBeUndefined();
  });

  it('none for an account read with the workflow’s own credentials (ownCredentialsHint’s)', () => {
    expect(guardRoleReadHint(refused, { account: CALLER.account, via: 'credentials' }, 'enforce', undefined)).toBeUndefined();
  });

  it("a plan's account only the base branch's policy guards: no advice to leave it out (nor its region), the PR's policy does already", () => {
    const baseOnly = { ...viaOrganization, via: 'accounts' as const, readFor: 'base' as const };
    expect(guardRoleReadHint(member, baseOnly, 'plan', undefined)).toBe(
      `The guard role ${ROLE} was assumed in account ${MEMBER}, but its read calls were refused: the role's policy needs a plan's read permissions (iam/read.json; iam/README.md); only the base branch's policy guards this account (the PR's policy leaves it out already).`,
    );
    const scp = { ...member, message: 'User: … is not authorized to perform: iot:ListCertificates with an explicit deny in a service control policy' };
    expect(guardRoleReadHint(scp, baseOnly, 'plan', undefined)).not.toMatch(/targets\.accounts|regions read/);
    expect(ownCredentialsHint(refused, { account: CALLER.account, via: 'credentials', readFor: 'base' }, CALLER, true, 'plan')).not.toContain('targets.exclude');
  });
});

/** AWS's access-denied messages as AWS words them since 2021 (the policy type), and since 2025 with the policy's ARN after it. */
const denied = (context: string) => `AccessDeniedException: User: arn:aws:sts::${MEMBER}:assumed-role/inbound-guard/run is not authorized to perform: iot:ListCertificates on resource: * ${context}`;

describe('refusalOf: what AWS says refused a call', () => {
  it.each<[string, Refusal]>([
    ['with an explicit deny in a service control policy', { by: 'elsewhere', policy: "service control policy (SCP) of the account's organization", explicit: true }],
    ['with an explicit deny in a service control policy: arn:aws:organizations::700000000001:policy/o-abcdefghij/service_control_policy/p-abcd1234', { by: 'elsewhere', policy: "service control policy (SCP) of the account's organization", explicit: true }],
    ['because no service control policy allows the iot:ListCertificates action', { by: 'elsewhere', policy: "service control policy (SCP) of the account's organization", explicit: false }],
    ['with an explicit deny in a resource control policy', { by: 'elsewhere', policy: "resource control policy (RCP) of the account's organization", explicit: true }],
    ['with an explicit deny in a permissions boundary', { by: 'elsewhere', policy: 'permissions boundary', explicit: true }],
    ['because no permissions boundary allows the iot:ListCertificates action', { by: 'elsewhere', policy: 'permissions boundary', explicit: false }],
    ['with an explicit deny in a session policy', { by: 'elsewhere', policy: 'session policy', explicit: true }],
    ['with an explicit deny in a resource-based policy', { by: 'elsewhere', policy: 'resource-based policy', explicit: true }],
    ['with an explicit deny in a VPC endpoint policy', { by: 'elsewhere', policy: 'VPC endpoint policy', explicit: true }],
    ['with an explicit deny in an identity-based policy', { by: 'denied', own: true }],
    ['with an explicit deny', { by: 'denied', own: false }],
    ['because no identity-based policy allows the iot:ListCertificates action', { by: 'missing' }],
    ['', { by: 'missing' }],
  ])('%s', (context, refusal) => {
    expect(refusalOf(denied(context))).toEqual(refusal);
  });
});

describe('a call refused by a policy other than the role’s own: more permissions are not the fix', () => {
  const member = { ...refused, account: MEMBER, region: 'ap-southeast-2' };
  const viaOrganization = { account: MEMBER, roleArn: ROLE, via: 'organization' as const };

  it("guardRoleReadHint: an organization's SCP denied it: allow the read calls there, or leave the account or the region out", () => {
    expect(guardRoleReadHint({ ...member, message: denied('with an explicit deny in a service control policy') }, viaOrganization, 'dry-run', undefined)).toBe(
      `The guard role ${ROLE} was assumed in account ${MEMBER}, but its read calls were refused: an explicit deny in a service control policy (SCP) of the account's organization refused it (not the role's own policy: more permissions there do not lift it): ` +
        `allow inbound-guard's read calls in that policy, or add ${MEMBER} to targets.exclude, or leave ap-southeast-2 out of the regions read: list the others in iot.regions (it applies to every guarded account); regions enabled later are then not read.`,
    );
    const boundary = guardRoleReadHint({ ...member, message: denied('because no permissions boundary allows the iot:ListCertificates action') }, viaOrganization, 'dry-run', undefined);
    expect(boundary).toContain("no permissions boundary allows it (the role's own policy is not what is missing): allow inbound-guard's read calls in that policy");
    for (const hint of [boundary, guardRoleReadHint({ ...member, message: denied('with an explicit deny in a session policy') }, viaOrganization, 'dry-run', undefined)]) {
      expect(hint).not.toContain('needs');
      expect(hint).not.toContain('iam/read.json');
    }
  });

  it("guardRoleReadHint: a deny in the role's own policy, or one AWS does not place: lift the deny; the permissions are not what is missing", () => {
    expect(guardRoleReadHint({ ...member, message: denied('with an explicit deny in an identity-based policy') }, viaOrganization, 'plan', undefined)).toContain(
      "its read calls were refused: an explicit deny in the role's own policy refused it, which more permissions do not lift: lift that deny for inbound-guard's read calls (they are in a plan's read permissions (iam/read.json; iam/README.md)), or add",
    );
    expect(guardRoleReadHint({ ...member, message: denied('with an explicit deny') }, viaOrganization, 'plan', undefined)).toContain('an explicit deny refused it (AWS does not say in which policy');
    // The permissions missing (AWS says so, or says nothing): as before, no region to leave out.
    expect(guardRoleReadHint({ ...member, message: denied('because no identity-based policy allows the iot:ListCertificates action') }, viaOrganization, 'plan', undefined)).toMatch(/the role's policy needs a plan's read permissions \(iam\/read\.json; iam\/README\.md\), or add 700000000002 to targets\.exclude\.$/);
  });

  it('names where to leave the region out by the service refused: its kind\'s regions key, else every kind\'s', () => {
    const scp = (service?: 'ram' | 'detective') => ({ ...member, ...(service === undefined ? { service: undefined } : { service }), message: denied('with an explicit deny in a service control policy') });
    expect(guardRoleReadHint(scp('ram'), viaOrganization, 'dry-run', undefined)).toMatch(/, or leave ap-southeast-2 out of the regions read: list the others in ram\.regions \(it applies to every guarded account\); regions enabled later are then not read\.$/);
    expect(guardRoleReadHint(scp('detective'), viaOrganization, 'dry-run', undefined)).toContain('list the others in security-services.regions (it applies to every guarded account, and to every security service read, not only Detective); regions enabled later');
    expect(guardRoleReadHint(scp(), viaOrganization, 'dry-run', undefined)).toContain("list the others in its kind's regions (iot.regions, ram.regions or security-services.regions; each applies to every guarded account); regions enabled later");
  });

  it("the regions input, when given, is where: it overrides every kind's regions, so changing a section's would do nothing", () => {
    const scp = { ...member, service: 'guardduty' as const, message: denied('with an explicit deny in a service control policy') };
    const input = "the regions input (it sets every kind's regions, in every guarded account)";
    const named = guardRoleReadHint(scp, viaOrganization, 'dry-run', undefined, ['ap-southeast-2', 'us-east-1']);
    expect(named).toContain(`, or add ${MEMBER} to targets.exclude, or leave ap-southeast-2 out of the regions read: remove it from ${input}.`);
    expect(named).not.toContain('security-services.regions');
    // Under all, leaving one out is listing every other: regions enabled later are not read.
    expect(guardRoleReadHint(scp, viaOrganization, 'dry-run', undefined, 'all')).toContain(`or leave ap-southeast-2 out of the regions read: list the others in ${input}; regions enabled later are then not read.`);
    const own = { ...refused, message: denied('with an explicit deny in a service control policy') };
    expect(ownCredentialsHint(own, { account: CALLER.account, via: 'credentials' }, CALLER, false, 'dry-run', ['us-east-1'])).toMatch(/: allow inbound-guard's read calls in that policy, or leave us-east-1 out of the regions read: remove it from the regions input \(it sets every kind's regions, in every guarded account\)\.$/);
    // Without it: the section's, which for the security services is all of theirs, not only the one refused.
    expect(guardRoleReadHint(scp, viaOrganization, 'dry-run', undefined)).toContain('list the others in security-services.regions (it applies to every guarded account, and to every security service read, not only GuardDuty)');
  });

  it("ownCredentialsHint: the same, for the credentials' own account", () => {
    const target = { account: CALLER.account, via: 'credentials' as const };
    const scp = { ...refused, message: denied('with an explicit deny in a service control policy') };
    expect(ownCredentialsHint(scp, target, CALLER, true, 'dry-run')).toBe(
      `These credentials are account ${CALLER.account} (${CALLER.arn}): that account is read with them, not through a guard role; an explicit deny in a service control policy (SCP) of the account's organization refused it (not their own policy: more permissions there do not lift it): ` +
        `allow inbound-guard's read calls in that policy, or add ${CALLER.account} to targets.exclude, or leave us-east-1 out of the regions read: list the others in iot.regions (it applies to every guarded account); regions enabled later are then not read.`,
    );
    expect(ownCredentialsHint(scp, target, CALLER, false, 'dry-run')).toMatch(/^These credentials are account 700000000001 \([^)]*\); an explicit deny in a service control policy \(SCP\)[^;]*: allow inbound-guard's read calls in that policy, or leave us-east-1 out of the regions read: list the others in iot\.regions \(it applies to every guarded account\); regions enabled later are then not read\.$/);
    expect(ownCredentialsHint(scp, target, CALLER, true, 'dry-run')).not.toContain('iam/read.json');
  });
});

/** Clients whose STS answers as `account` and whose IoT listing is refused, throttled, or empty. */
function recorded(err: Error, action: string): Error {
  recordFailedCall(err, action);
  return err;
}

function fakeClients(account: string, arn: string, iotFails: 'refused' | 'denied' | 'throttled' | false): AwsClients {
  const iot = {
    send: async () => {
      // As a client of clients.ts records it (nameFailedCalls): the call the error came from.
      if (iotFails === 'refused') throw recorded(Object.assign(new Error('User: … is not authorized to perform: iot:ListCertificates'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }), 'iot:ListCertificates');
      if (iotFails === 'denied') throw Object.assign(new Error('User: … is not authorized to perform: iot:ListCertificates with an explicit deny in a service control policy'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
      if (iotFails === 'throttled') throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
      return { certificates: [] };
    },
  };
  return {
    sts: { send: async () => ({ Account: account, Arn: arn }), config: { credentials: async () => ({}) } },
    organizations: {},
    account: {},
    iot: () => iot,
    regional: () => iot,
  } as unknown as AwsClients;
}

it('an inventory of the caller’s account and two members through a role: each refused part carries its own hint, a throttled one none, in the report and in the log (a stopped run names its parts from it)', async () => {
  const logged: SweepEvent[] = [];
  const deps: SweepRunDeps = {
    clients: fakeClients(CALLER.account, CALLER.arn, 'refused'),
    clientsForRole: (roleArn) => {
      const account = roleArn.split(':')[4] ?? '';
      return fakeClients(account, `arn:aws:sts::${account}:assumed-role/inbound-guard/run`, account === MEMBER ? 'refused' : 'throttled');
    },
    now: () => new Date('2026-11-27T00:00:00Z'),
    log: { sweep: (event) => logged.push(event), act: () => undefined },
  };
  const targets: PolicyTargets = { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: [CALLER.account, MEMBER, THROTTLED].map((id) => ({ id, position: { line: 3, column: 1 } })), roles: [], organization: false, exclude: [] };
  const policy = buildPolicy({ regions: ['us-east-1'], handshakeTypes: [], targets });
  const inventory = await takeInventory(deps, { policy, scopes: sweepScopes(policy, undefined), mode: 'dry-run' });
  const errors = inventory.accounts.flatMap((a) => a.errors);
  expect(errors.map((e) => [e.account, e.code])).toEqual([[CALLER.account, 'AccessDeniedException'], [MEMBER, 'AccessDeniedException'], [THROTTLED, 'ThrottlingException']]);
  // The call refused is named, as a refused write's action is; the error keeps it for the JSON report too.
  expect(errors[0]?.hint).toContain("that account is read with them, not through a guard role, so their policy needs iot:ListCertificates, one of a dry-run's read permissions (iam/read.json; iam/README.md)");
  expect(errors[1]?.hint).toBe(`The guard role ${ROLE} was assumed in account ${MEMBER}, but its read calls were refused: the role's policy needs iot:ListCertificates, one of a dry-run's read permissions (iam/read.json; iam/README.md), or remove ${MEMBER} from targets.accounts.`);
  expect(errors.map((e) => e.action)).toEqual(['iot:ListCertificates', 'iot:ListCertificates', undefined]);
  expect(errors[1]?.message).toBe('AccessDeniedException: User: … is not authorized to perform: iot:ListCertificates');
  expect(errors[2]?.hint).toBeUndefined();
  const loggedErrors = logged.flatMap((event) => ('error' in event ? [event.error] : [])).sort((a, b) => (a.account ?? '').localeCompare(b.account ?? ''));
  expect(loggedErrors).toEqual(errors);
});

it('the regions input reaches the hints of a dry-run and of a plan (an enforce run\'s writes: WriteHintContext requires it)', async () => {
  const deps: SweepRunDeps = {
    clients: fakeClients(CALLER.account, CALLER.arn, false),
    clientsForRole: () => fakeClients(MEMBER, `arn:aws:sts::${MEMBER}:assumed-role/inbound-guard/run`, 'denied'),
    now: () => new Date('2026-11-27T00:00:00Z'),
  };
  const targets: PolicyTargets = { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: [{ id: MEMBER, position: { line: 3, column: 1 } }], roles: [], organization: false, exclude: [] };
  const policy = buildPolicy({ regions: ['us-east-1', 'eu-west-1'], handshakeTypes: [], targets });
  const input = "remove it from the regions input (it sets every kind's regions, in every guarded account).";
  const run = await sweepAndAct(deps, { mode: 'dry-run', policy, regionsInput: ['us-east-1'] });
  expect(run.errors.map((e) => [e.region, e.hint?.endsWith(`leave us-east-1 out of the regions read: ${input}`)])).toEqual([['us-east-1', true]]);
  const plan = await planAgainstAccount(deps, { head: policy, base: { state: 'valid', policy }, regionsInput: ['us-east-1'] });
  if (plan.kind !== 'planned') throw new Error(plan.kind);
  expect(plan.report.errors.map((e) => [e.region, e.hint?.endsWith(`leave us-east-1 out of the regions read: ${input}`)])).toEqual([['us-east-1', true]]);
});

const writeRefused = (code: string) => ({ code, message: `${code}: not allowed` });

describe('refusedWriteHints: an enforce run\'s write refused as not allowed', () => {
  const own: Target = { account: CALLER.account, via: 'credentials' };
  const member: Target = { account: MEMBER, roleArn: ROLE, via: 'organization' };
  const hints = refusedWriteHints({ caller: CALLER, targets: [own, member], withTargets: true, roleNameInput: undefined, regionsInput: undefined });

  it('through a guard role: the role, its account, the action refused, iam/enforce.json, and how to leave the account out', () => {
    expect(hints({ account: MEMBER, service: 'iot' }, writeRefused('AccessDeniedException'))).toBe(
      `The guard role ${ROLE} was assumed in account ${MEMBER}, but its iot:RejectCertificateTransfer calls were refused: the role's policy needs iot:RejectCertificateTransfer, one of enforce's guard permissions (iam/enforce.json; iam/README.md), or add ${MEMBER} to targets.exclude.`,
    );
    expect(hints({ account: MEMBER, service: 'macie' }, writeRefused('AccessDeniedException'))).toContain("the role's policy needs macie2:DeclineInvitations, one of enforce's guard permissions");
    // The role-name input's role (a read-only one, say) is the one named.
    const byInput = refusedWriteHints({ caller: CALLER, targets: [member], withTargets: true, roleNameInput: 'inbound-guard-read', regionsInput: undefined });
    expect(byInput({ account: MEMBER, service: 'organizations' }, writeRefused('AccessDenied'))).toMatch(/^The guard role \S+ \(named by the role-name input\) was assumed in account 700000000002, but its organizations:DeclineHandshake calls were refused: the role's policy needs organizations:DeclineHandshake, one of/);
  });

  it('the credentials\' own account: written with them, not through a guard role', () => {
    expect(hints({ account: CALLER.account, service: 'ram' }, writeRefused('UnauthorizedOperation'))).toBe(
      `These credentials are account ${CALLER.account} (${CALLER.arn}): that account is read and written with them, not through a guard role, so their policy needs ram:RejectResourceShareInvitation, one of enforce's guard permissions (iam/enforce.json; iam/README.md), or add ${CALLER.account} to targets.exclude.`,
    );
    const alone = refusedWriteHints({ caller: CALLER, targets: [own], withTargets: false, roleNameInput: undefined, regionsInput: undefined });
    expect(alone({ account: CALLER.account, service: 'detective' }, writeRefused('AccessDeniedException'))).toBe(`These credentials are account ${CALLER.account} (${CALLER.arn}); their policy needs detective:RejectInvitation, one of enforce's guard permissions (iam/enforce.json; iam/README.md).`);
  });

  it.each(['ThrottlingException', 'TooManyRequestsException', 'InternalFailure', 'ServiceUnavailableException', 'ECONNRESET', 'TransferAlreadyCompletedException', 'Error'])('none for %s', (code) => {
    expect(hints({ account: MEMBER, service: 'iot' }, writeRefused(code))).toBeUndefined();
    expect(hints({ account: CALLER.account, service: 'iot' }, writeRefused(code))).toBeUndefined();
  });

  it('a write an explicit deny in an SCP refused: the SCP, not more permissions, and the region to leave out', () => {
    const scp = { code: 'AccessDeniedException', message: 'AccessDeniedException: User: arn:aws:sts::700000000002:assumed-role/inbound-guard/run is not authorized to perform: iot:RejectCertificateTransfer with an explicit deny in a service control policy' };
    const hint = hints({ account: MEMBER, service: 'iot', region: 'eu-west-1' }, scp);
    expect(hint).toContain('an explicit deny in a service control policy (SCP) of the account\'s organization refused it');
    expect(hint).toContain('allow inbound-guard\'s iot:RejectCertificateTransfer calls in that policy');
    expect(hint).toContain('or leave eu-west-1 out of the regions read: list the others in iot.regions (it applies to every guarded account); regions enabled later are then not read.');
    expect(hint).not.toContain('needs iot:RejectCertificateTransfer');
    const byInput = refusedWriteHints({ caller: CALLER, targets: [member], withTargets: true, roleNameInput: undefined, regionsInput: ['eu-west-1'] });
    expect(byInput({ account: MEMBER, service: 'iot', region: 'eu-west-1' }, scp)).toContain("or leave eu-west-1 out of the regions read: remove it from the regions input (it sets every kind's regions, in every guarded account).");
  });

  it('none for an account the run did not guard', () => {
    expect(hints({ account: THROTTLED, service: 'iot' }, writeRefused('AccessDeniedException'))).toBeUndefined();
  });

  it('each write names an action iam/enforce.json grants and iam/read.json does not', () => {
    const actions = (name: string) => JSON.stringify(JSON.parse(readFileSync(`iam/${name}.json`, 'utf8')));
    for (const service of SERVICE_NAMES) {
      expect(actions('enforce')).toContain(`"${WRITE_PERMISSION[service]}"`);
      expect(actions('read')).not.toContain(`"${WRITE_PERMISSION[service]}"`);
    }
  });

  it('executeDecisions: only the write refused as not allowed carries it; a throttled, 5xx, network or raced one does not', async () => {
    const failures: Record<string, Error> = {
      refused: Object.assign(new Error('User: … is not authorized to perform: iot:RejectCertificateTransfer'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } }),
      throttled: Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } }),
      'server error': Object.assign(new Error('internal'), { name: 'InternalFailure', $metadata: { httpStatusCode: 500 } }),
      unavailable: Object.assign(new Error('try later'), { name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } }),
      network: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      raced: Object.assign(new Error('gone'), { name: 'ResourceNotFoundException', $metadata: { httpStatusCode: 404 } }),
    };
    // The 5xx as the SDK throws it after its retries, each attempt unanswered.
    addUnansweredAttempts(failures['server error']!, 3);
    const names = Object.keys(failures);
    const decisions: Decision[] = names.map((name, i) => ({ item: certificateTransfer({ account: MEMBER, certificateId: String(i).repeat(64) }), action: 'reject', reason: name }));
    decisions.push({ item: securityInvitation({ account: CALLER.account, service: 'guardduty' }), action: 'decline', reason: 'refused' });
    const policy = buildPolicy({});
    const results = await executeDecisions(decisions, {
      mode: 'enforce',
      policy,
      budget: resolveBudget(100, undefined, decisions.length),
      effects: {
        write: async (write) => {
          const index = decisions.findIndex((d) => (d.item.kind === 'certificate-transfer' ? d.item.certificateId : d.item.kind) === (write.kind === 'certificate-transfer' ? write.target : write.kind));
          throw failures[decisions[index]?.reason ?? 'refused'];
        },
      },
      refusalHint: hints,
    });
    expect(results.map((r) => [r.decision.reason, r.outcome, r.hint !== undefined])).toEqual([
      ['refused', 'failed', true],
      ['throttled', 'failed', false],
      ['server error', 'failed', false],
      ['unavailable', 'failed', false],
      ['network', 'failed', false],
      ['raced', 'already-handled', false],
      ['refused', 'failed', true],
    ]);
    expect(results[0]?.hint).toContain(`The guard role ${ROLE} was assumed in account ${MEMBER}`);
    expect(results[0]?.detail).toBe('AccessDeniedException: User: … is not authorized to perform: iot:RejectCertificateTransfer');
    expect(results.at(-1)?.hint).toContain('their policy needs guardduty:DeclineInvitations, one of');
  });
});

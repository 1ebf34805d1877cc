/**
 * The credentials' own account is read with them, never through a guard role (resolveTargets): when
 * AWS refuses a part of it as not allowed, the error carries a hint that says so and what to do (the
 * guard permissions, or targets.exclude when the policy names targets). An orchestrator given only
 * iam/orchestrator.json meets this on its first organization run.
 */
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import { sweepScopes } from '../src/kinds/registry.js';
import type { PolicyTargets } from '../src/policy/types.js';
import { takeInventory, type SweepRunDeps } from '../src/run/inventory.js';
import type { SweepEvent } from '../src/sweep/events.js';
import { ownCredentialsHint } from '../src/run/targets-hint.js';
import { buildPolicy } from './helpers/policy.js';

const CALLER = { account: '700000000001', arn: 'arn:aws:sts::700000000001:assumed-role/github-actions-inbound-guard/run', partition: 'aws' };
const MEMBER = '700000000002';
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
    expect(ownCredentialsHint({ ...refused, account: MEMBER }, { account: MEMBER, roleArn: `arn:aws:iam::${MEMBER}:role/inbound-guard`, via: 'organization' }, CALLER, true)).toBeUndefined();
    for (const code of ['AccessDenied', 'UnauthorizedException', 'UnauthorizedOperation']) expect(ownCredentialsHint({ ...refused, code }, target, CALLER, true)).toBeDefined();
  });
});

/** Clients whose STS answers as `account` and whose IoT listing is refused (or empty). */
function fakeClients(account: string, arn: string, refuseIot: boolean): AwsClients {
  const iot = {
    send: async () => {
      if (refuseIot) throw Object.assign(new Error('User: … is not authorized to perform: iot:ListCertificates'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
      return { certificates: [] };
    },
  };
  return {
    sts: { send: async () => ({ Account: account, Arn: arn }) },
    organizations: {},
    account: {},
    iot: () => iot,
    regional: () => iot,
  } as unknown as AwsClients;
}

it('an inventory of the caller’s account and a member: only the caller’s refused part carries the hint, in the report and in the log (a stopped run names its parts from it)', async () => {
  const logged: SweepEvent[] = [];
  const deps: SweepRunDeps = {
    clients: fakeClients(CALLER.account, CALLER.arn, true),
    clientsForRole: (roleArn) => fakeClients(MEMBER, `arn:aws:sts::${MEMBER}:assumed-role/inbound-guard/run`, roleArn.includes(MEMBER)),
    now: () => new Date('2026-11-27T00:00:00Z'),
    log: { sweep: (event) => logged.push(event), act: () => undefined },
  };
  const targets: PolicyTargets = { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: [CALLER.account, MEMBER].map((id) => ({ id, position: { line: 3, column: 1 } })), roles: [], organization: false, exclude: [] };
  const policy = buildPolicy({ regions: ['us-east-1'], handshakeTypes: [], targets });
  const inventory = await takeInventory(deps, { policy, scopes: sweepScopes(policy, undefined) });
  const errors = inventory.accounts.flatMap((a) => a.errors);
  expect(errors.map((e) => [e.account, e.code])).toEqual([[CALLER.account, 'AccessDeniedException'], [MEMBER, 'AccessDeniedException']]);
  expect(errors[0]?.hint).toContain('that account is read with them, not through a guard role');
  expect(errors[1]?.hint).toBeUndefined();
  const loggedErrors = logged.flatMap((event) => ('error' in event ? [event.error] : [])).sort((a, b) => (a.account ?? '').localeCompare(b.account ?? ''));
  expect(loggedErrors).toEqual(errors);
});

/**
 * An organization's sweep keeps its memory flat in the number of accounts: accounts are swept a
 * bounded number at a time (DEFAULT_ACCOUNTS_AT_ONCE), an account's clients are let go as its sweep
 * ends, and an enforce run builds them again only for the accounts it writes to (clientsOf). Fake
 * clients (a policy that reads nothing but each role's identity), so the accounts can be many.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../src/aws/clients.js';
import type { PolicyTargets } from '../src/policy/types.js';
import { DEFAULT_ACCOUNTS_AT_ONCE, takeInventory, type SweepRunDeps } from '../src/run/inventory.js';
import { sweepScopes } from '../src/kinds/registry.js';
import { buildPolicy } from './helpers/policy.js';

const CALLER = '700000000001';
const REFUSED = '700000000099';
const accountId = (i: number) => String(700000000100 + i);

/** Clients whose STS answers as `account` after a timer tick, counting the identity calls in flight. */
function fakeClients(account: string, flight: { now: number; max: number }, refuse = false): AwsClients {
  const sts = {
    send: async () => {
      flight.now += 1;
      flight.max = Math.max(flight.max, flight.now);
      await new Promise((resolve) => setTimeout(resolve, 2));
      flight.now -= 1;
      if (refuse) throw Object.assign(new Error('not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' });
      return { Account: account, Arn: `arn:aws:sts::${account}:assumed-role/inbound-guard/run` };
    },
  };
  const none = () => {
    throw new Error('this policy reads nothing but identities');
  };
  return { sts, organizations: {}, account: {}, iot: none, regional: none } as unknown as AwsClients;
}

function setUp(count: number) {
  const flight = { now: 0, max: 0 };
  const built: { account: string; ref: WeakRef<AwsClients> }[] = [];
  const deps: SweepRunDeps = {
    clients: fakeClients(CALLER, { now: 0, max: 0 }),
    clientsForRole: (roleArn) => {
      const account = roleArn.split(':')[4] ?? '';
      const clients = fakeClients(account, flight, account === REFUSED);
      built.push({ account, ref: new WeakRef(clients) });
      return clients;
    },
    now: () => new Date('2026-11-27T00:00:00Z'),
  };
  const ids = [...Array.from({ length: count }, (_, i) => accountId(i)), REFUSED];
  const targets: PolicyTargets = { position: { line: 2, column: 1 }, roleName: 'inbound-guard', accounts: ids.map((id) => ({ id, position: { line: 3, column: 1 } })), roles: [], organization: false, exclude: [] };
  const policy = buildPolicy({ regions: [], handshakeTypes: [], targets });
  return { deps, flight, built, request: { policy, scopes: sweepScopes(policy, undefined) } };
}

describe('accounts swept at once, and their clients', () => {
  it(`by default at most DEFAULT_ACCOUNTS_AT_ONCE (${DEFAULT_ACCOUNTS_AT_ONCE}) accounts are in their sweep at once, however many the targets`, async () => {
    const { deps, flight, request } = setUp(DEFAULT_ACCOUNTS_AT_ONCE + 72);
    const inventory = await takeInventory(deps, request);
    expect(inventory.accounts).toHaveLength(DEFAULT_ACCOUNTS_AT_ONCE + 73);
    expect(flight.max).toBe(DEFAULT_ACCOUNTS_AT_ONCE);
  });

  it('accountConcurrency bounds it too', async () => {
    const { deps, flight, request } = setUp(20);
    await takeInventory(deps, { ...request, accountConcurrency: 3 });
    expect(flight.max).toBe(3);
  });

  it('an account read is given its clients once; clientsOf builds them again on first use only, and none for an account whose role was refused', async () => {
    const { deps, built, request } = setUp(5);
    const inventory = await takeInventory(deps, request);
    expect(built.map((b) => b.account).sort()).toEqual([...Array.from({ length: 5 }, (_, i) => accountId(i)), REFUSED].sort());
    const first = inventory.clientsOf(accountId(2));
    expect(await first).toBeDefined();
    expect(inventory.clientsOf(accountId(2))).toBe(first);
    expect(built.filter((b) => b.account === accountId(2))).toHaveLength(2);
    expect(inventory.clientsOf(REFUSED)).toBeUndefined();
    expect(inventory.clientsOf('123456789012')).toBeUndefined();
    expect(built).toHaveLength(7);
  });

  it('the clients an account was read with are not kept once the inventory is taken', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { deps, built, request } = setUp(50);
    const inventory = await takeInventory(deps, request);
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    const kept = built.filter((b) => b.ref.deref() !== undefined).map((b) => b.account);
    expect(kept).toEqual([]);
    expect(inventory.accounts).toHaveLength(51);
  });
});

describe('clientsOf: the role assumed again for the writes', () => {
  /** deps whose role for `account` is refused (or answers as `answersAs`) from its second assumption on, counting the identity calls. */
  function later(account: string, answersAs?: string) {
    const { deps, request } = setUp(3);
    let built = 0;
    let calls = 0;
    const inner = deps.clientsForRole;
    const withLater: SweepRunDeps = {
      ...deps,
      clientsForRole: (roleArn) => {
        const clients = inner?.(roleArn) as AwsClients;
        if (!roleArn.includes(`::${account}:`) || ++built === 1) return clients;
        const send = async () => {
          calls += 1;
          if (answersAs !== undefined) return { Account: answersAs, Arn: `arn:aws:sts::${answersAs}:assumed-role/inbound-guard/run` };
          throw Object.assign(new Error('User: arn:aws:sts::700000000001:assumed-role/gh/run is not authorized to perform: sts:AssumeRole'), { name: 'AccessDenied' });
        };
        return { ...clients, sts: { send } } as unknown as AwsClients;
      },
    };
    return { deps: withLater, request, calls: () => calls };
  }

  it('a role refused after the sweep fails that account’s writes in our words, with the hint, asking AWS once', async () => {
    const { deps, request, calls } = later(accountId(1));
    const inventory = await takeInventory(deps, request);
    const error = /Could not assume arn:aws:iam::700000000101:role\/inbound-guard again for the writes \(the sweep had\): AccessDenied: .*The guard role arn:aws:iam::700000000101:role\/inbound-guard is missing/;
    await expect(inventory.clientsOf(accountId(1))).rejects.toThrow(error);
    await expect(inventory.clientsOf(accountId(1))).rejects.toThrow(error);
    expect(calls()).toBe(1);
    expect(await inventory.clientsOf(accountId(0))).toBeDefined();
  });

  it('a role that answers as another account when assumed again writes nothing', async () => {
    const { deps, request } = later(accountId(2), '999999999999');
    const inventory = await takeInventory(deps, request);
    await expect(inventory.clientsOf(accountId(2))).rejects.toThrow('Role arn:aws:iam::700000000102:role/inbound-guard answered as account 999999999999, not 700000000102, when assumed again for the writes; nothing was written with it.');
  });
});

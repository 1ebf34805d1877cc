/**
 * src/aws/clients.ts: the clients of one account and the call limiter in their middleware stack.
 * Survivors of the 2026-11-26 mutation run of src/aws (core). Each client answers locally (a
 * deserialize-step middleware returns the output: nothing leaves the process), and the limiter runs
 * on a fake clock, so nothing here waits on wall time.
 */
import { ListRegionsCommand } from '@aws-sdk/client-account';
import { IoTClient, ListCertificatesCommand } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
import { GuardDutyClient, ListInvitationsCommand as GuardDutyListInvitationsCommand } from '@aws-sdk/client-guardduty';
import { ListInvitationsCommand as MacieListInvitationsCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { RAMClient } from '@aws-sdk/client-ram';
import { ListInvitationsCommand as SecurityHubListInvitationsCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedEnvironment } from './helpers/saved-env.js';
import { CallLimiter } from '../src/aws/call-limiter.js';
import {
  awsClientFactory,
  CALL_LIMITER_MIDDLEWARE,
  commonClientConfig,
  DEFAULT_CONNECTION_TIMEOUT_MS,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  FAILED_CALLS_MIDDLEWARE,
  limitCalls,
  OWN_CREDENTIALS,
  type LimitableClient,
} from '../src/aws/clients.js';
import { sweepFailure } from '../src/aws/errors.js';
import { Sha256 } from '../src/aws/sha256.js';
import { parseRateLimits } from '../src/inputs/parse-inputs.js';
import { FakeClock } from './helpers/fake-clock.js';
import { rejectsWith } from './helpers/rejections.js';

const SAVED_KEYS = ['AWS_REGION', 'AWS_CONFIG_FILE', 'AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'] as const;
const saved = savedEnvironment(SAVED_KEYS);
beforeEach(() => {
  process.env['AWS_CONFIG_FILE'] = '/nonexistent/inbound-guard-test-config';
  process.env['AWS_REGION'] = 'eu-central-1';
  delete process.env['AWS_PROFILE'];
  process.env['AWS_ACCESS_KEY_ID'] = 'AKIDTEST';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'secret';
  delete process.env['AWS_SESSION_TOKEN'];
});
afterEach(() => {
  saved.restore();
});

/**
 * Makes `client` answer every call itself, after the limiter and signing (deserialize step): `answer`
 * returns the output, or throws the error the call fails with.
 */
function answerLocally(client: LimitableClient, answer: () => object = () => ({})): void {
  client.middlewareStack.add(
    () => async () => ({ output: { $metadata: {}, ...answer() }, response: {} }),
    { step: 'deserialize', name: 'answerLocally', priority: 'high' },
  );
}

/** Lets the SDK's own asynchronous steps (credentials, endpoint, signing) run: event-loop turns, no wall-time assertion. */
async function turns(n = 200): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** The limiter's counts as a plain object. */
const granted = (limiter: CallLimiter) => Object.fromEntries(limiter.stats().granted);

describe('commonClientConfig', () => {
  it('defaults: adaptive retry, 5 attempts, 30 s per attempt, 5 s to connect, a timeout is an error, no user agent, our signing hashes', () => {
    expect(commonClientConfig({})).toEqual({
      retryMode: 'adaptive',
      maxAttempts: DEFAULT_MAX_ATTEMPTS,
      requestHandler: { requestTimeout: DEFAULT_REQUEST_TIMEOUT_MS, connectionTimeout: DEFAULT_CONNECTION_TIMEOUT_MS, throwOnRequestTimeout: true },
      sha256: Sha256,
    });
    expect([DEFAULT_MAX_ATTEMPTS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_CONNECTION_TIMEOUT_MS]).toEqual([5, 30_000, 5_000]);
  });

  it('takes every option given', () => {
    expect(commonClientConfig({ maxAttempts: 2, requestTimeoutMs: 1234, connectionTimeoutMs: 567, userAgentSuffix: 'inbound-guard/9.9.9' })).toEqual({
      retryMode: 'adaptive',
      maxAttempts: 2,
      requestHandler: { requestTimeout: 1234, connectionTimeout: 567, throwOnRequestTimeout: true },
      customUserAgent: 'inbound-guard/9.9.9',
      sha256: Sha256,
    });
  });
});

describe('awsClientFactory: which bucket each call counts against', () => {
  it("without an account, the workflow's own credentials; the global services in region `global`, a regional one in its region", async () => {
    const limiter = new CallLimiter();
    const clients = awsClientFactory({ limiter })();
    for (const client of [clients.organizations, clients.sts, clients.account, clients.iot('eu-west-1')]) answerLocally(client);

    await clients.organizations.send(new ListHandshakesForAccountCommand({}));
    await clients.sts.send(new GetCallerIdentityCommand({}));
    await clients.account.send(new ListRegionsCommand({}));
    await clients.iot('eu-west-1').send(new ListCertificatesCommand({}));
    await clients.iot('eu-west-1').send(new ListCertificatesCommand({}));

    expect(granted(limiter)).toEqual({
      [`${OWN_CREDENTIALS} global organizations:ListHandshakesForAccount`]: 1,
      [`${OWN_CREDENTIALS} global sts:GetCallerIdentity`]: 1,
      [`${OWN_CREDENTIALS} global account:ListRegions`]: 1,
      [`${OWN_CREDENTIALS} eu-west-1 iot:ListCertificates`]: 2,
    });
    expect(OWN_CREDENTIALS).toBe('credentials');
  });

  it("with an account, that account's: two accounts of one factory share the limiter, each with its own buckets", async () => {
    const limiter = new CallLimiter();
    const factory = awsClientFactory({ limiter });
    const a = factory(undefined, '111111111111');
    const b = factory(undefined, '222222222222');
    for (const clients of [a, b]) answerLocally(clients.iot('us-east-1'));
    answerLocally(a.organizations);

    await a.iot('us-east-1').send(new ListCertificatesCommand({}));
    await b.iot('us-east-1').send(new ListCertificatesCommand({}));
    await a.organizations.send(new ListHandshakesForAccountCommand({}));

    expect(granted(limiter)).toEqual({
      '111111111111 us-east-1 iot:ListCertificates': 1,
      '222222222222 us-east-1 iot:ListCertificates': 1,
      '111111111111 global organizations:ListHandshakesForAccount': 1,
    });
  });

  it('a call with a quota waits for its token; the next token comes at the quota, set by the rate-limits override', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    // 1 TPS: a burst of 1, which cannot spare a request for jitter, so a token every 1.1 s (quotas.ts).
    const clients = awsClientFactory({ limiter, rateLimits: new Map([['iot:ListCertificates', 1]]) })(undefined, '111111111111');
    const iot = clients.iot('us-east-1');
    answerLocally(iot, () => ({ certificates: [] }));

    let done = 0;
    const calls = [0, 1, 2].map(() => iot.send(new ListCertificatesCommand({})).then(() => (done += 1)));
    await turns();
    // All three asked (the SDK's own steps are done): one went out, two wait for a token.
    expect(done).toBe(1);
    expect(granted(limiter)).toEqual({ '111111111111 us-east-1 iot:ListCertificates': 1 });
    await clock.advance(1090);
    await turns();
    expect(done).toBe(1);
    await clock.advance(10);
    await turns();
    expect(done).toBe(2);
    await clock.advance(1100);
    await Promise.all(calls);
    expect(granted(limiter)).toEqual({ '111111111111 us-east-1 iot:ListCertificates': 3 });
  });

  it("rate-limits ListInvitations=1 holds Security Hub's ListInvitations (the quota table's) and not GuardDuty's, which the table does not list", async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const clients = awsClientFactory({ limiter, rateLimits: parseRateLimits('ListInvitations=1') })(undefined, '111111111111');
    const guardduty = clients.regional('guardduty', GuardDutyClient, 'us-east-1');
    const securityhub = clients.regional('securityhub', SecurityHubClient, 'us-east-1');
    answerLocally(guardduty, () => ({ Invitations: [] }));
    answerLocally(securityhub, () => ({ Invitations: [] }));

    let guardDutyDone = 0;
    let securityHubDone = 0;
    const calls = [0, 1, 2].flatMap(() => [
      guardduty.send(new GuardDutyListInvitationsCommand({})).then(() => (guardDutyDone += 1)),
      securityhub.send(new SecurityHubListInvitationsCommand({})).then(() => (securityHubDone += 1)),
    ]);
    await turns();
    // The clock has not moved: GuardDuty's three went out at once, Security Hub's second and third wait for a token.
    expect(guardDutyDone).toBe(3);
    expect(securityHubDone).toBe(1);
    // A token every 1.1 s from the answer before (the call may have reached AWS only then): the clock
    // moves a token's time, then the answer is taken in, twice.
    for (let i = 0; i < 2; i++) {
      await clock.advance(1100);
      await turns();
    }
    await Promise.all(calls);
    expect(securityHubDone).toBe(3);
  });

  it('a call without a quota (STS) is not held back by a token', async () => {
    const clock = new FakeClock();
    const limiter = new CallLimiter({ clock });
    const clients = awsClientFactory({ limiter })(undefined, '111111111111');
    answerLocally(clients.sts, () => ({ Account: '111111111111' }));
    // Twenty at once, the clock never moving: none waits.
    const answers = await Promise.all(Array.from({ length: 20 }, () => clients.sts.send(new GetCallerIdentityCommand({}))));
    expect(answers.map((a) => a.Account)).toEqual(Array(20).fill('111111111111'));
  });

  it('frees the slot when the call has its answer, and when it fails', async () => {
    const limiter = new CallLimiter({ maxInFlight: 1 });
    const clients = awsClientFactory({ limiter, maxAttempts: 1 })(undefined, '111111111111');
    let fail = false;
    answerLocally(clients.sts, () => {
      if (fail) throw Object.assign(new Error('denied'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
      return { Account: '111111111111' };
    });
    await clients.sts.send(new GetCallerIdentityCommand({}));
    fail = true;
    await rejectsWith(clients.sts.send(new GetCallerIdentityCommand({})), 'denied');
    fail = false;
    // With one slot, this would wait for ever if either call above had kept its slot.
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '111111111111' });
    expect(granted(limiter)).toEqual({ '111111111111 global sts:GetCallerIdentity': 3 });
    expect(limiter.stats().peakInFlight).toBe(1);
  });
});

describe('awsClientFactory: clients are built once and reused', () => {
  it('the Account client, on first use', () => {
    const clients = awsClientFactory({ limiter: new CallLimiter() })();
    expect(clients.account).toBe(clients.account);
  });

  it('a regional client per (service, region): iot(region) is regional("iot", …)', async () => {
    const clients = awsClientFactory({ limiter: new CallLimiter() })();
    const ram = clients.regional('ram', RAMClient, 'eu-west-1');
    expect(clients.regional('ram', RAMClient, 'eu-west-1')).toBe(ram);
    expect(clients.regional('ram', RAMClient, 'us-east-1')).not.toBe(ram);
    expect(clients.regional('iot', IoTClient, 'eu-west-1')).toBe(clients.iot('eu-west-1'));
    expect(clients.regional('iot', IoTClient, 'eu-west-1')).not.toBe(ram);
    expect(await ram.config.region()).toBe('eu-west-1');
    expect(await clients.regional('ram', RAMClient, 'us-east-1').config.region()).toBe('us-east-1');
  });

  it('each client gets the credentials it was built with', async () => {
    const provider = async () => ({ accessKeyId: 'AKIDROLE', secretAccessKey: 'role-secret' });
    const clients = awsClientFactory({ limiter: new CallLimiter() })(provider, '111111111111');
    for (const client of [clients.organizations, clients.sts, clients.account, clients.iot('eu-west-1'), clients.regional('ram', RAMClient, 'eu-west-1')]) {
      expect((await client.config.credentials()).accessKeyId).toBe('AKIDROLE');
    }
    // Without: the default chain (here the environment's).
    expect((await awsClientFactory({ limiter: new CallLimiter() })().sts.config.credentials()).accessKeyId).toBe('AKIDTEST');
  });
});

describe('limitCalls', () => {
  it('limiting a client again replaces its limiter, it does not add a second one', async () => {
    const first = new CallLimiter();
    const second = new CallLimiter();
    const clients = awsClientFactory({ limiter: first })(undefined, '111111111111');
    limitCalls(clients.sts, second, { account: '111111111111', service: 'sts', region: 'global' });
    answerLocally(clients.sts);
    await clients.sts.send(new GetCallerIdentityCommand({}));
    expect(granted(first)).toEqual({});
    expect(granted(second)).toEqual({ '111111111111 global sts:GetCallerIdentity': 1 });
    expect(clients.sts.middlewareStack.identify().filter((name) => name.startsWith(CALL_LIMITER_MIDDLEWARE))).toHaveLength(1);
  });

  it('waits before signing: a call that waited is signed when it leaves', async () => {
    const clients = awsClientFactory({ limiter: new CallLimiter() })();
    const order = clients.sts.middlewareStack.identify();
    const limiterAt = order.findIndex((name) => name.startsWith(CALL_LIMITER_MIDDLEWARE));
    const signingAt = order.findIndex((name) => name.startsWith('httpSigningMiddleware'));
    const retryAt = order.findIndex((name) => name.startsWith('retryMiddleware'));
    expect(limiterAt).toBeGreaterThan(retryAt);
    expect(limiterAt).toBeLessThan(signingAt);
    expect(retryAt).toBeGreaterThanOrEqual(0);
  });
});

describe('nameFailedCalls: which call an error came from', () => {
  it("every client's error carries the IAM action of its call (the signing name's prefix: macie2), which sweepFailure keeps; a success and an error of no client none", async () => {
    const clients = awsClientFactory({ limiter: new CallLimiter(), maxAttempts: 1 })(undefined, '111111111111');
    const refused = () => {
      throw Object.assign(new Error('User: … is not authorized'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    };
    const guardduty = clients.regional('guardduty', GuardDutyClient, 'eu-west-1');
    const macie = clients.regional('macie2', Macie2Client, 'eu-west-1');
    const iot = clients.iot('eu-west-1');
    for (const client of [guardduty, macie, iot, clients.account]) answerLocally(client, refused);
    const failure = async (call: Promise<unknown>) => sweepFailure(await call.then(() => undefined, (err: unknown) => err)).text;
    expect(await failure(guardduty.send(new GuardDutyListInvitationsCommand({})))).toEqual({ message: 'AccessDeniedException: User: … is not authorized', code: 'AccessDeniedException', action: 'guardduty:ListInvitations' });
    expect((await failure(macie.send(new MacieListInvitationsCommand({})))).action).toBe('macie2:ListInvitations');
    expect((await failure(iot.send(new ListCertificatesCommand({})))).action).toBe('iot:ListCertificates');
    expect((await failure(clients.account.send(new ListRegionsCommand({})))).action).toBe('account:ListRegions');
    expect(sweepFailure(new Error('ours')).text).toEqual({ message: 'Error: ours', code: 'Error' });
    answerLocally(clients.sts, () => ({ Account: '111111111111' }));
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: '111111111111' });
    expect(clients.sts.middlewareStack.identify().filter((name) => name.startsWith(FAILED_CALLS_MIDDLEWARE))).toHaveLength(1);
  });
});

/**
 * src/aws/sts/role-credentials.ts: roleCredentials against the emulator's STS (the real SDK
 * provider, AssumeRole on the wire). Survivors of the 2026-11-26 mutation run of src/aws (core):
 * what AssumeRole is asked (role, session name, an hour), that the role is assumed once for every
 * client of the account, and that the attempts asked for are the attempts made.
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { awsClientFactory } from '../src/aws/clients.js';
import { getCallerIdentity } from '../src/aws/sts/get-caller-account.js';
import { roleCredentials, ROLE_SESSION_SECONDS } from '../src/aws/sts/role-credentials.js';
import { useEmulatorEnvironment } from './helpers/emulator-env.js';
import { rejectsWith } from './helpers/rejections.js';

const ORGANIZATION = fileURLToPath(new URL('./emulator/scenarios/organization.yml', import.meta.url));
/** The organization's security account: the workflow's own credentials act in it. */
const SECURITY = '400000000001';
const PROD = '400000000011';
const ROLE = `arn:aws:iam::${PROD}:role/inbound-guard`;

const environment = useEmulatorEnvironment();
const region = async () => 'us-east-1';

describe('roleCredentials', () => {
  it('assumes the role with the session name, for an hour, and its credentials act in the role account', async () => {
    const emulator = await environment.start({ scenario: ORGANIZATION, account: SECURITY });
    const provider = roleCredentials({ roleArn: ROLE, sessionName: 'inbound-guard-run-42', region });

    const credentials = await provider();

    expect(ROLE_SESSION_SECONDS).toBe(3600);
    expect(emulator.sessions()).toHaveLength(1);
    expect(emulator.sessions()[0]).toMatchObject({ roleArn: ROLE, roleSessionName: 'inbound-guard-run-42', account: PROD, sourceAccount: SECURITY, durationSeconds: 3600 });
    expect(credentials.accessKeyId).toBe(emulator.sessions()[0]?.accessKeyId);
    const clients = awsClientFactory()(provider, PROD);
    expect(await getCallerIdentity(clients.sts)).toEqual({ account: PROD, arn: `arn:aws:sts::${PROD}:assumed-role/inbound-guard/inbound-guard-run-42`, partition: 'aws' });
  });

  it('every client of the account shares one session: the role is assumed once', async () => {
    const emulator = await environment.start({ scenario: ORGANIZATION, account: SECURITY });
    const clients = awsClientFactory()(roleCredentials({ roleArn: ROLE, sessionName: 'shared', region }), PROD);
    await Promise.all([clients.sts.send(new GetCallerIdentityCommand({})), clients.sts.send(new GetCallerIdentityCommand({})), clients.organizations.config.credentials()]);
    await clients.sts.send(new GetCallerIdentityCommand({}));
    expect(emulator.sessions()).toHaveLength(1);
    expect(emulator.calls.filter((c) => c.operation === 'AssumeRole')).toHaveLength(1);
  });

  it('makes the attempts asked for: one attempt fails on a 503, three ride it out', async () => {
    const emulator = await environment.start({ scenario: ORGANIZATION, account: SECURITY });
    emulator.injectFault({ service: 'sts', operation: 'AssumeRole', nth: 1, kind: 'http503' });
    const once = await rejectsWith(roleCredentials({ roleArn: ROLE, sessionName: 'once', region, maxAttempts: 1 })(), 'temporary failure of the server');
    expect(once).toMatchObject({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } });
    expect(emulator.sessions()).toHaveLength(0);

    emulator.injectFault({ service: 'sts', operation: 'AssumeRole', nth: 1, kind: 'http503' });
    await expect(roleCredentials({ roleArn: ROLE, sessionName: 'thrice', region, maxAttempts: 3 })()).resolves.toMatchObject({ accessKeyId: expect.any(String) });
    expect(emulator.sessions().map((s) => s.roleSessionName)).toEqual(['thrice']);
  });

  it('asks STS in the region it is given', async () => {
    const emulator = await environment.start({ scenario: ORGANIZATION, account: SECURITY });
    await roleCredentials({ roleArn: ROLE, sessionName: 'regional', region: async () => 'eu-west-1' })();
    expect(emulator.calls.filter((c) => c.operation === 'AssumeRole').map((c) => c.region)).toEqual(['eu-west-1']);
  });
});

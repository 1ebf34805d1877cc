/**
 * What only the wire shows, against a minimal local STS (loopback HTTP, query protocol answers):
 * the one pool of connections every account's clients share (clients.ts line 113), and the user
 * agent roleCredentials sends with AssumeRole, so CloudTrail shows who assumed the role
 * (role-credentials.ts line 42). Survivors of the 2026-11-26 mutation run of src/aws (core).
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savedEnvironment } from './helpers/saved-env.js';
import { awsClientFactory, sharedRequestHandler } from '../src/aws/clients.js';
import { roleCredentials } from '../src/aws/sts/role-credentials.js';

const SAVED_KEYS = ['AWS_REGION', 'AWS_CONFIG_FILE', 'AWS_SHARED_CREDENTIALS_FILE', 'AWS_PROFILE', 'AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_STS', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_EC2_METADATA_DISABLED'] as const;
const saved = savedEnvironment(SAVED_KEYS);

const IDENTITY = (account: string) =>
  `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account}:user/ci</Arn><UserId>AIDAEXAMPLE</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
const ASSUMED =
  '<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::111111111111:assumed-role/inbound-guard/run</Arn><AssumedRoleId>AROAEXAMPLE:run</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>r-2</RequestId></ResponseMetadata></AssumeRoleResponse>';

interface Seen {
  readonly action: string;
  readonly userAgent: string;
}

let server: Server;
let connections = 0;
let seen: Seen[] = [];
/** When set, AssumeRole is never answered (a connection that hangs). */
let hangAssumeRole = false;

const body = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => resolve(text));
  });

beforeEach(async () => {
  connections = 0;
  seen = [];
  hangAssumeRole = false;
  server = createServer((request, response) => {
    void body(request).then((text) => {
      const action = new URLSearchParams(text).get('Action') ?? '';
      seen.push({ action, userAgent: `${request.headers['user-agent'] ?? ''} ${request.headers['x-amz-user-agent'] ?? ''}` });
      if (action === 'AssumeRole' && hangAssumeRole) return;
      const account = /AKIDACCOUNT(\d{12})/.exec(request.headers.authorization ?? '')?.[1] ?? '111111111111';
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(action === 'AssumeRole' ? ASSUMED : IDENTITY(account));
    });
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const key of SAVED_KEYS) delete process.env[key];
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    AWS_ACCESS_KEY_ID: 'AKIDWORKFLOW',
    AWS_SECRET_ACCESS_KEY: 'secret',
    AWS_CONFIG_FILE: '/nonexistent/inbound-guard-test',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/inbound-guard-test',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  saved.restore();
});

const keys = (account: string) => async () => ({ accessKeyId: `AKIDACCOUNT${account}`, secretAccessKey: 'secret' });

describe('awsClientFactory: one pool of connections for every account', () => {
  it("calls of two accounts' clients, one after the other, reuse one connection", async () => {
    const factory = awsClientFactory({ maxAttempts: 1 });
    const a = factory(keys('111111111111'), '111111111111');
    const b = factory(keys('222222222222'), '222222222222');
    expect((await a.sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111111111111');
    expect((await b.sts.send(new GetCallerIdentityCommand({}))).Account).toBe('222222222222');
    expect((await a.sts.send(new GetCallerIdentityCommand({}))).Account).toBe('111111111111');
    expect(seen.map((s) => s.action)).toEqual(['GetCallerIdentity', 'GetCallerIdentity', 'GetCallerIdentity']);
    expect(connections).toBe(1);
  });
});

describe('roleCredentials: the user agent', () => {
  it('AssumeRole carries the user agent it is given', async () => {
    const credentials = await roleCredentials({ roleArn: 'arn:aws:iam::111111111111:role/inbound-guard', sessionName: 'run', region: async () => 'us-east-1', userAgent: 'inbound-guard/9.8.7' })();
    expect(credentials.accessKeyId).toBe('ASIAEXAMPLE');
    expect(seen.map((s) => s.action)).toEqual(['AssumeRole']);
    expect(seen[0]?.userAgent).toContain('inbound-guard/9.8.7');
  });
});

describe("roleCredentials with the run's request handler (aws-run.ts)", () => {
  it("two roles' AssumeRole and their accounts' calls, one after the other, share one connection", async () => {
    const requestHandler = sharedRequestHandler();
    const factory = awsClientFactory({ maxAttempts: 1, requestHandler });
    const role = (account: string) => roleCredentials({ roleArn: `arn:aws:iam::${account}:role/inbound-guard`, sessionName: 'run', region: async () => 'us-east-1', requestHandler });
    for (const account of ['111111111111', '222222222222']) await factory(role(account), account).sts.send(new GetCallerIdentityCommand({}));
    expect(seen.map((s) => s.action)).toEqual(['AssumeRole', 'GetCallerIdentity', 'AssumeRole', 'GetCallerIdentity']);
    expect(connections).toBe(1);
  });

  it('an AssumeRole that is never answered fails after the request timeout instead of waiting forever', async () => {
    hangAssumeRole = true;
    const requestHandler = sharedRequestHandler({ requestTimeoutMs: 150 });
    const credentials = roleCredentials({ roleArn: 'arn:aws:iam::111111111111:role/inbound-guard', sessionName: 'run', region: async () => 'us-east-1', maxAttempts: 1, requestHandler });
    await expect(credentials()).rejects.toThrow(/timeout|timed out/i);
  });
});

/**
 * STS AssumeRole conformance through the real @aws-sdk/client-sts and the SDK's own
 * fromTemporaryCredentials provider: trust rules (account, role and user principals, ExternalId,
 * missing roles), Coral's validation errors, session duration limits (role chaining, the role's
 * MaxSessionDuration), and the assumed credentials being attributed to the role's account in
 * every later call.
 */
import { ListCertificatesCommand } from '@aws-sdk/client-iot';
import { ListHandshakesForAccountCommand } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient, type AssumeRoleCommandInput, type Credentials, type STSServiceException } from '@aws-sdk/client-sts';
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle, type Scenario } from './emulator/index.ts';
import { sdkClients } from './emulator/sdk-clients.ts';

const ORGANIZATION = fileURLToPath(new URL('./emulator/scenarios/organization.yml', import.meta.url));
const SECURITY = '400000000001';
const PROD = '400000000011';
const STAGING = '400000000012';
const SANDBOX = '400000000014';
const LEGACY = '400000000015';
const SECURITY_ARN = 'arn:aws:sts::400000000001:assumed-role/github-actions-inbound-guard/GitHubActions';
const guardRole = (account: string): string => `arn:aws:iam::${account}:role/inbound-guard`;

const running: EmulatorHandle[] = [];
async function start(scenario: Scenario | string = ORGANIZATION, patch?: Partial<Scenario>): Promise<EmulatorHandle> {
  const emu = await startEmulator({ scenario });
  running.push(emu);
  if (patch) emu.seed(patch);
  return emu;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function assume(emu: EmulatorHandle, as: string | Credentials, input: Partial<AssumeRoleCommandInput>): Promise<Credentials> {
  const sts = typeof as === 'string' ? sdkClients(emu, as).sts : sdkClients(emu, '', {}, keys(as)).sts;
  const out = await sts.send(new AssumeRoleCommand({ RoleSessionName: 'inbound-guard', ...input } as AssumeRoleCommandInput));
  return out.Credentials as Credentials;
}

async function assumeError(emu: EmulatorHandle, as: string | Credentials, input: Partial<AssumeRoleCommandInput>): Promise<STSServiceException> {
  return (await assume(emu, as, input).then(
    () => {
      throw new Error('AssumeRole succeeded');
    },
    (e: unknown) => e,
  )) as STSServiceException;
}

function keys(c: Credentials): { accessKeyId: string; secretAccessKey: string; sessionToken: string } {
  return { accessKeyId: c.AccessKeyId ?? '', secretAccessKey: c.SecretAccessKey ?? '', sessionToken: c.SessionToken ?? '' };
}

const denied = (caller: string, roleArn: string): string => `User: ${caller} is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`;

describe('AssumeRole allowed', () => {
  it('returns temporary credentials whose key names the role’s account, and the assumed-role user', async () => {
    const emu = await start();
    const before = Date.now();
    const out = await sdkClients(emu, SECURITY).sts.send(new AssumeRoleCommand({ RoleArn: guardRole(PROD), RoleSessionName: 'sweep-42' }));
    const after = Date.now();
    expect(out.Credentials?.AccessKeyId).toMatch(new RegExp(`^ASIA${PROD}[A-Z2-7]{4}$`));
    expect(out.Credentials?.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(out.Credentials?.SessionToken?.length).toBeGreaterThan(100);
    // Default DurationSeconds 3600; Expiration is whole seconds on the wire.
    const expires = out.Credentials?.Expiration?.getTime() ?? 0;
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3_600_000);
    expect(expires).toBeLessThanOrEqual(after + 3_600_000);
    expect(out.AssumedRoleUser).toEqual({ Arn: `arn:aws:sts::${PROD}:assumed-role/inbound-guard/sweep-42`, AssumedRoleId: expect.stringMatching(/^AROA[0-9A-F]{17}:sweep-42$/) });
    expect(out.PackedPolicySize).toBeUndefined();
    const call = emu.calls.at(-1);
    expect(call).toMatchObject({ service: 'sts', operation: 'AssumeRole', account: SECURITY, status: 200, params: { RoleArn: guardRole(PROD), RoleSessionName: 'sweep-42' } });
    expect(emu.sessions()).toEqual([
      expect.objectContaining({
        accessKeyId: out.Credentials?.AccessKeyId,
        account: PROD,
        roleArn: guardRole(PROD),
        roleSessionName: 'sweep-42',
        arn: `arn:aws:sts::${PROD}:assumed-role/inbound-guard/sweep-42`,
        sourceArn: SECURITY_ARN,
        sourceAccount: SECURITY,
        durationSeconds: 3600,
      }),
    ]);
  });

  it('the assumed credentials act in the role’s account: GetCallerIdentity, IoT and Organizations calls are attributed to it', async () => {
    const emu = await start();
    const creds = await assume(emu, SECURITY, { RoleArn: guardRole(PROD), RoleSessionName: 'sweep' });
    const first = await sdkClients(emu, SECURITY).sts.send(new AssumeRoleCommand({ RoleArn: guardRole(PROD), RoleSessionName: 'sweep' }));
    const prod = sdkClients(emu, '', {}, keys(creds));
    const id = await prod.sts.send(new GetCallerIdentityCommand({}));
    expect(id).toMatchObject({ Account: PROD, Arn: `arn:aws:sts::${PROD}:assumed-role/inbound-guard/sweep` });
    // The same role id for every session of the role, as IAM's AROA id.
    expect(id.UserId).toBe(first.AssumedRoleUser?.AssumedRoleId);
    const pending = (await prod.iot.send(new ListCertificatesCommand({ pageSize: 250 }))).certificates?.filter((c) => c.status === 'PENDING_TRANSFER');
    expect(pending?.map((c) => c.certificateId).sort()).toEqual([
      '70579c5c8ef4b5a39c9cafe8dd4be70fdbb8245e4d1da8746def193fa2efef10',
      'a5a020faac1677593f73577a70c0d8a23bf6d229a2bca3dc61635837974bc743',
    ]);
    const handshakes = await prod.organizations.send(new ListHandshakesForAccountCommand({}));
    expect(handshakes.Handshakes?.map((h) => h.Id)).toEqual(['h-hb0hederyjen0lyzze75cvuv']);
    expect(emu.calls.slice(2).map((c) => [c.service, c.operation, c.account])).toEqual([
      ['sts', 'GetCallerIdentity', PROD],
      ['iot', 'ListCertificates', PROD],
      ['organizations', 'ListHandshakesForAccount', PROD],
    ]);
  });

  it('trust by account id admits any principal of that account; "*" admits anyone; a user principal by its ARN', async () => {
    const emu = await start(ORGANIZATION, {
      credentials: {
        AKIDALICE0000000EXAMPLE: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/alice' },
        AKIDBOB00000000EXAMPLE: { account: '123456789012', arn: 'arn:aws:iam::123456789012:user/bob' },
      },
      roles: [
        { name: 'by-account', accounts: [STAGING], trust: ['123456789012'] },
        { name: 'by-root', accounts: [STAGING], trust: ['arn:aws:iam::123456789012:root'] },
        { name: 'by-user', accounts: [STAGING], trust: ['arn:aws:iam::123456789012:user/alice'] },
        { name: 'public', accounts: '*', trust: ['*'] },
      ],
    });
    const as = (key: string): STSClient => new STSClient({ endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: key, secretAccessKey: 's' }, maxAttempts: 1 });
    const tryAssume = async (key: string, role: string): Promise<string> =>
      as(key)
        .send(new AssumeRoleCommand({ RoleArn: role, RoleSessionName: 'probe' }))
        .then((out) => out.AssumedRoleUser?.Arn ?? '', (e: unknown) => (e as Error).name);
    expect(await tryAssume('AKIDALICE0000000EXAMPLE', `arn:aws:iam::${STAGING}:role/by-account`)).toBe(`arn:aws:sts::${STAGING}:assumed-role/by-account/probe`);
    expect(await tryAssume('AKIDBOB00000000EXAMPLE', `arn:aws:iam::${STAGING}:role/by-root`)).toBe(`arn:aws:sts::${STAGING}:assumed-role/by-root/probe`);
    expect(await tryAssume('AKIDALICE0000000EXAMPLE', `arn:aws:iam::${STAGING}:role/by-user`)).toBe(`arn:aws:sts::${STAGING}:assumed-role/by-user/probe`);
    expect(await tryAssume('AKIDBOB00000000EXAMPLE', `arn:aws:iam::${STAGING}:role/by-user`)).toBe('AccessDenied');
    expect(await tryAssume(emu.credentials('999988887777').accessKeyId, `arn:aws:iam::${STAGING}:role/by-account`)).toBe('AccessDenied');
    expect(await tryAssume(emu.credentials('999988887777').accessKeyId, 'arn:aws:iam::777777777777:role/public')).toBe('arn:aws:sts::777777777777:assumed-role/public/probe');
  });

  it('an ExternalId in the trust rule must be sent exactly; one sent to a role without the condition is ignored', async () => {
    const emu = await start(ORGANIZATION, { roles: [{ name: 'vendor', accounts: [STAGING], trust: [SECURITY], externalId: 'acme-guard-2026' }] });
    const role = `arn:aws:iam::${STAGING}:role/vendor`;
    expect((await assumeError(emu, SECURITY, { RoleArn: role })).message).toBe(denied(SECURITY_ARN, role));
    expect((await assumeError(emu, SECURITY, { RoleArn: role, ExternalId: 'acme-guard-2025' })).name).toBe('AccessDenied');
    expect((await assume(emu, SECURITY, { RoleArn: role, ExternalId: 'acme-guard-2026' })).AccessKeyId).toMatch(`ASIA${STAGING}`);
    expect((await assume(emu, SECURITY, { RoleArn: guardRole(STAGING), ExternalId: 'anything-at-all' })).AccessKeyId).toMatch(`ASIA${STAGING}`);
    expect(emu.sessions().map((s) => s.externalId)).toEqual(['acme-guard-2026', 'anything-at-all']);
  });

  it('role chaining: assumed-role credentials assume a role that trusts the first role', async () => {
    const emu = await start(ORGANIZATION, { roles: [{ name: 'auditor', accounts: [STAGING], trust: [`arn:aws:iam::${PROD}:role/inbound-guard`] }] });
    const hop1 = await assume(emu, SECURITY, { RoleArn: guardRole(PROD), RoleSessionName: 'hop1' });
    const hop2 = await assume(emu, hop1, { RoleArn: `arn:aws:iam::${STAGING}:role/auditor`, RoleSessionName: 'hop2' });
    const id = await sdkClients(emu, '', {}, keys(hop2)).sts.send(new GetCallerIdentityCommand({}));
    expect(id).toMatchObject({ Account: STAGING, Arn: `arn:aws:sts::${STAGING}:assumed-role/auditor/hop2` });
    expect(emu.sessions().map((s) => [s.sourceAccount, s.sourceArn, s.arn])).toEqual([
      [SECURITY, SECURITY_ARN, `arn:aws:sts::${PROD}:assumed-role/inbound-guard/hop1`],
      [PROD, `arn:aws:sts::${PROD}:assumed-role/inbound-guard/hop1`, `arn:aws:sts::${STAGING}:assumed-role/auditor/hop2`],
    ]);
    // The security account's own session is not trusted by auditor; nor is the chained session by inbound-guard of a role it is not.
    expect((await assumeError(emu, SECURITY, { RoleArn: `arn:aws:iam::${STAGING}:role/auditor` })).message).toBe(denied(SECURITY_ARN, `arn:aws:iam::${STAGING}:role/auditor`));
    expect((await assumeError(emu, hop1, { RoleArn: guardRole(STAGING) })).message).toBe(denied(`arn:aws:sts::${PROD}:assumed-role/inbound-guard/hop1`, guardRole(STAGING)));
  });
});

describe('AssumeRole denied: one answer for every reason', () => {
  it('AccessDenied 403 for a missing role (excepted, unknown name, malformed ARN), a suspended account and an untrusted caller', async () => {
    const emu = await start();
    const cases: [string, string][] = [
      [SECURITY, guardRole(LEGACY)], // the role does not exist there (except)
      [SECURITY, `arn:aws:iam::${PROD}:role/no-such-role`],
      [SECURITY, 'arn:aws:iam:400000000011:role/inbound-guard'], // one colon short: still a denial, as AWS
      [SECURITY, `arn:aws:iam::${PROD}:user/inbound-guard`],
      [SECURITY, guardRole(SANDBOX)], // SUSPENDED
      [STAGING, guardRole(PROD)], // a member is not the trusted role
    ];
    for (const [caller, role] of cases) {
      const error = await assumeError(emu, caller, { RoleArn: role });
      const callerArn = caller === SECURITY ? SECURITY_ARN : `arn:aws:sts::${caller}:assumed-role/inbound-guard-emulator/emulator-session`;
      expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual(['AccessDenied', 403, denied(callerArn, role)]);
      expect(error.$fault).toBe('client');
    }
    expect(emu.sessions()).toEqual([]);
    expect(emu.calls.map((c) => [c.operation, c.status, c.errorType])).toEqual(cases.map(() => ['AssumeRole', 403, 'AccessDenied']));
  });

  it('a role principal admits sessions of that role in its own account only, not a same-named role elsewhere', async () => {
    const emu = await start(ORGANIZATION, {
      credentials: { ASIA999988887777LOOK: { account: '999988887777', arn: 'arn:aws:sts::999988887777:assumed-role/github-actions-inbound-guard/GitHubActions' } },
    });
    const lookalike = new STSClient({ endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: 'ASIA999988887777LOOK', secretAccessKey: 's' }, maxAttempts: 1 });
    const error = (await lookalike.send(new AssumeRoleCommand({ RoleArn: guardRole(PROD), RoleSessionName: 'x1' })).catch((e: unknown) => e)) as STSServiceException;
    expect([error.name, error.message]).toEqual(['AccessDenied', denied('arn:aws:sts::999988887777:assumed-role/github-actions-inbound-guard/GitHubActions', guardRole(PROD))]);
  });

  it('no roles in a scenario: every AssumeRole is denied', async () => {
    const emu = await start({ defaultAccount: SECURITY });
    expect((await assumeError(emu, SECURITY, { RoleArn: guardRole(PROD) })).name).toBe('AccessDenied');
  });
});

describe('AssumeRole validation (Coral messages, ValidationError 400)', () => {
  it.each([
    [{ RoleSessionName: 'a' }, "1 validation error detected: Value 'a' at 'roleSessionName' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    [{ RoleSessionName: 'x'.repeat(65) }, `1 validation error detected: Value '${'x'.repeat(65)}' at 'roleSessionName' failed to satisfy constraint: Member must have length less than or equal to 64`],
    [{ RoleSessionName: 'dependabot[bot]' }, "1 validation error detected: Value 'dependabot[bot]' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"],
    [{ RoleSessionName: undefined }, "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null"],
    [{ DurationSeconds: 899 }, "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"],
    [{ DurationSeconds: 43201 }, "1 validation error detected: Value '43201' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"],
    [{ ExternalId: 'x' }, "1 validation error detected: Value 'x' at 'externalId' failed to satisfy constraint: Member must have length greater than or equal to 2"],
    [{ ExternalId: 'has space' }, "1 validation error detected: Value 'has space' at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:\\/-]*"],
    [{ RoleArn: 'arn:aws:iam::1:role' }, "1 validation error detected: Value 'arn:aws:iam::1:role' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"],
    [
      { RoleSessionName: 'a b', DurationSeconds: 100 },
      "2 validation errors detected: Value 'a b' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*; Value '100' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
    ],
  ] as [Partial<AssumeRoleCommandInput>, string][])('%j', async (input, message) => {
    const emu = await start();
    const error = await assumeError(emu, SECURITY, { RoleArn: guardRole(PROD), ...input });
    expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual(['ValidationError', 400, message]);
  });

  it('DurationSeconds: at most 1 hour when chaining (the workflow’s own credentials are a role session), else the role’s MaxSessionDuration', async () => {
    const emu = await start(ORGANIZATION, {
      credentials: { AKIDALICE0000000EXAMPLE: { account: SECURITY, arn: `arn:aws:iam::${SECURITY}:user/alice` } },
      roles: [
        { name: 'long', accounts: [PROD], trust: [SECURITY], maxSessionDuration: 14400 },
        { name: 'short', accounts: [PROD], trust: [SECURITY] },
      ],
    });
    const alice = { accessKeyId: 'AKIDALICE0000000EXAMPLE', secretAccessKey: 's' };
    const asAlice = (input: Partial<AssumeRoleCommandInput>): Promise<string> =>
      sdkClients(emu, '', {}, alice)
        .sts.send(new AssumeRoleCommand({ RoleSessionName: 'alice', ...input } as AssumeRoleCommandInput))
        .then(() => 'ok', (e: unknown) => (e as Error).message);
    const chained = await assumeError(emu, SECURITY, { RoleArn: `arn:aws:iam::${PROD}:role/long`, DurationSeconds: 3601 });
    expect([chained.name, chained.$metadata.httpStatusCode, chained.message]).toEqual(['ValidationError', 400, 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.']);
    expect((await assume(emu, SECURITY, { RoleArn: `arn:aws:iam::${PROD}:role/long`, DurationSeconds: 3600 })).AccessKeyId).toBeDefined();
    expect(await asAlice({ RoleArn: `arn:aws:iam::${PROD}:role/long`, DurationSeconds: 14400 })).toBe('ok');
    expect(await asAlice({ RoleArn: `arn:aws:iam::${PROD}:role/long`, DurationSeconds: 14401 })).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    expect(await asAlice({ RoleArn: `arn:aws:iam::${PROD}:role/short`, DurationSeconds: 3601 })).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
    expect(emu.sessions().map((s) => s.durationSeconds)).toEqual([3600, 14400]);
  });
});

describe('fromTemporaryCredentials (@aws-sdk/credential-providers, nested STS client) against the emulator', () => {
  it('with clientConfig.endpoint: the provider assumes the role once per client and every call acts in the member account', async () => {
    const emu = await start();
    const credentials = fromTemporaryCredentials({
      params: { RoleArn: guardRole(STAGING), RoleSessionName: 'inbound-guard-run' },
      masterCredentials: emu.credentials(SECURITY),
      clientConfig: { endpoint: emu.url, region: 'eu-west-1' },
    });
    const { iot } = sdkClients(emu, '', { region: 'eu-west-1' }, credentials);
    const first = await iot.send(new ListCertificatesCommand({ pageSize: 250 }));
    await iot.send(new ListCertificatesCommand({ pageSize: 250 }));
    expect(first.certificates?.map((c) => c.certificateId)).toEqual(['fcea2a6b0de09ec8ef8d8fe471cb43b04d26a159695e5f5a5a061ea817487bb3']);
    expect(emu.calls.map((c) => [c.service, c.operation, c.account, c.region])).toEqual([
      ['sts', 'AssumeRole', SECURITY, 'eu-west-1'],
      ['iot', 'ListCertificates', STAGING, 'eu-west-1'],
      ['iot', 'ListCertificates', STAGING, 'eu-west-1'],
    ]);
  });

  it('a denied role surfaces from the provider as the AccessDenied STS error', async () => {
    const emu = await start();
    const credentials = fromTemporaryCredentials({ params: { RoleArn: guardRole(LEGACY) }, masterCredentials: emu.credentials(SECURITY), clientConfig: { endpoint: emu.url, region: 'us-east-1' } });
    const error = (await sdkClients(emu, '', {}, credentials)
      .iot.send(new ListCertificatesCommand({}))
      .catch((e: unknown) => e)) as STSServiceException;
    expect([error.name, error.message]).toEqual(['AccessDenied', denied(SECURITY_ARN, guardRole(LEGACY))]);
    expect(emu.calls.map((c) => c.service)).toEqual(['sts']);
  });

  it('chained providers (masterCredentials = another fromTemporaryCredentials) make two hops', async () => {
    const emu = await start(ORGANIZATION, { roles: [{ name: 'auditor', accounts: [STAGING], trust: [`arn:aws:iam::${PROD}:role/inbound-guard`] }] });
    const clientConfig = { endpoint: emu.url, region: 'us-east-1' };
    const hop1 = fromTemporaryCredentials({ params: { RoleArn: guardRole(PROD), RoleSessionName: 'hop1' }, masterCredentials: emu.credentials(SECURITY), clientConfig });
    const hop2 = fromTemporaryCredentials({ params: { RoleArn: `arn:aws:iam::${STAGING}:role/auditor`, RoleSessionName: 'hop2' }, masterCredentials: hop1, clientConfig });
    const id = await sdkClients(emu, '', {}, hop2).sts.send(new GetCallerIdentityCommand({}));
    expect(id.Arn).toBe(`arn:aws:sts::${STAGING}:assumed-role/auditor/hop2`);
    expect(emu.calls.map((c) => [c.operation, c.account])).toEqual([
      ['AssumeRole', SECURITY],
      ['AssumeRole', PROD],
      ['GetCallerIdentity', STAGING],
    ]);
  });

  it('in a separate process with only env(): AWS_ENDPOINT_URL_STS reaches the nested STS client, no endpoint in code', async () => {
    const emu = await start();
    const script = `
      import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
      import { IoTClient, ListCertificatesCommand } from '@aws-sdk/client-iot';
      import { AccountClient, ListRegionsCommand } from '@aws-sdk/client-account';
      const credentials = fromTemporaryCredentials({ params: { RoleArn: ${JSON.stringify(guardRole(PROD))}, RoleSessionName: 'child' } });
      const certs = await new IoTClient({ credentials }).send(new ListCertificatesCommand({ pageSize: 250 }));
      const regions = await new AccountClient({ credentials }).send(new ListRegionsCommand({ RegionOptStatusContains: ['ENABLED'] }));
      console.log(JSON.stringify({ pending: certs.certificates.filter((c) => c.status === 'PENDING_TRANSFER').length, optedIn: regions.Regions.length }));
    `;
    const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), AWS_CONFIG_FILE: join(tmpdir(), 'none-config'), AWS_SHARED_CREDENTIALS_FILE: join(tmpdir(), 'none-credentials'), ...emu.env() };
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env, cwd: process.cwd() });
    expect(JSON.parse(stdout)).toEqual({ pending: 2, optedIn: 0 });
    expect(emu.calls.map((c) => [c.service, c.operation, c.account])).toEqual([
      ['sts', 'AssumeRole', SECURITY],
      ['iot', 'ListCertificates', PROD],
      ['sts', 'AssumeRole', SECURITY],
      ['account', 'ListRegions', PROD],
    ]);
  });
});

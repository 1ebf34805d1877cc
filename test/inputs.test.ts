import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMaxActions, parseMode, parsePolicyFile, parseRateLimits, parseRegions, readSettings } from '../src/inputs/read-inputs.js';

describe('readSettings (real INPUT_* variables, as a runner sets them)', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('defaults to dry-run and the conventional policy path', () => {
    const s = readSettings({ GITHUB_WORKSPACE: '/w', RUNNER_TEMP: '/t', GITHUB_ACTION: 'guard' });
    expect(s).toMatchObject({ mode: 'dry-run', policyFile: '.github/inbound-guard.yml', workspace: '/w', reportFile: '/t/inbound-guard-guard.json' });
    expect(s.regions).toBeUndefined();
    expect(s.maxActions).toBeUndefined();
  });

  it('reads every input', () => {
    process.env['INPUT_POLICY-FILE'] = 'policies/guard.yml';
    process.env['INPUT_MODE'] = 'enforce';
    process.env['INPUT_REGIONS'] = 'us-east-1,\neu-west-1';
    process.env['INPUT_MAX-ACTIONS'] = '25';
    process.env['INPUT_GITHUB-TOKEN'] = 'tok';
    const s = readSettings({ AWS_REGION: 'ap-south-1' });
    expect(s).toMatchObject({ policyFile: 'policies/guard.yml', mode: 'enforce', regions: ['us-east-1', 'eu-west-1'], maxActions: 25, githubToken: 'tok', awsRegion: 'ap-south-1' });
  });

  it('falls back to AWS_DEFAULT_REGION', () => {
    expect(readSettings({ AWS_DEFAULT_REGION: 'eu-central-1' }).awsRegion).toBe('eu-central-1');
  });

  it.each([
    ['my step/1', '/t/inbound-guard-my_step_1.json'],
    ['../../etc/x', '/t/inbound-guard-.._.._etc_x.json'],
    ['__run_2', '/t/inbound-guard-__run_2.json'],
  ])('names the report after the step (GITHUB_ACTION %j), kept inside RUNNER_TEMP', (step, reportFile) => {
    expect(readSettings({ GITHUB_ACTION: step, RUNNER_TEMP: '/t' }).reportFile).toBe(reportFile);
  });

  describe('repository context (links to policy lines)', () => {
    const SHA = '0123456789abcdef0123456789abcdef01234567';

    it('GITHUB_SERVER_URL defaults to https://github.com', () => {
      expect(readSettings({ GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: SHA }).repository).toEqual({ serverUrl: 'https://github.com', repository: 'acme/guard', sha: SHA });
    });

    it('takes GITHUB_SERVER_URL when set (GitHub Enterprise Server)', () => {
      expect(readSettings({ GITHUB_SERVER_URL: 'https://ghe.example', GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: SHA }).repository).toEqual({ serverUrl: 'https://ghe.example', repository: 'acme/guard', sha: SHA });
    });

    it.each([
      ['GITHUB_SHA missing', { GITHUB_REPOSITORY: 'acme/guard' }],
      ['GITHUB_SHA empty', { GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: '' }],
      ['GITHUB_REPOSITORY missing', { GITHUB_SHA: SHA }],
    ])('undefined when %s', (_case, env) => {
      expect(readSettings({ GITHUB_SERVER_URL: 'https://github.com', ...env }).repository).toBeUndefined();
    });
  });
});

describe('input parsers', () => {
  it.each([
    ['', '.github/inbound-guard.yml'],
    ['  ', '.github/inbound-guard.yml'],
    [' policies/guard.yml ', 'policies/guard.yml'],
  ])('policy-file %j → %s', (value, file) => expect(parsePolicyFile(value)).toBe(file));

  it('policy-file with a NUL character is refused, naming the input', () => {
    expect(() => parsePolicyFile('a\0b')).toThrow(/Input 'policy-file' contains a NUL character/);
  });

  it.each([
    ['', 'dry-run'],
    ['validate', 'validate'],
    ['enforce', 'enforce'],
    [' plan ', 'plan'],
  ])('mode %j → %s', (value, mode) => expect(parseMode(value)).toBe(mode));

  it.each(['Enforce', 'apply', 'dryrun'])('mode %j is refused, naming the input and the choices', (value) => {
    expect(() => parseMode(value)).toThrow(/Input 'mode' is '.*'; expected one of validate, dry-run, enforce, plan/);
  });

  it.each([
    ['', undefined],
    ['us-east-1', ['us-east-1']],
    ['us-east-1, eu-west-1\nus-east-1', ['us-east-1', 'eu-west-1']],
    ['cn-north-1 us-gov-west-1', ['cn-north-1', 'us-gov-west-1']],
  ])('regions %j', (value, expected) => expect(parseRegions(value)).toEqual(expected));

  it.each(['us-east', 'US-EAST-1', 'us_east_1', 'useast1'])('region %j is refused with the expected form', (value) => {
    expect(() => parseRegions(value)).toThrow(/Input 'regions' has '.*', which is not an AWS region name/);
  });

  it.each([
    ['', undefined],
    ['0', 0],
    ['10', 10],
    ['1000', 1000],
  ])('max-actions %j', (value, expected) => expect(parseMaxActions(value)).toBe(expected));

  it.each(['-1', '1.5', 'ten', '1001', '1e3'])('max-actions %j is refused', (value) => {
    expect(() => parseMaxActions(value)).toThrow(/Input 'max-actions' is '.*'; expected a whole number from 0 to 1000/);
  });
});

describe('parseRateLimits', () => {
  it('is undefined when empty: the quota table applies', () => {
    expect(parseRateLimits('')).toBeUndefined();
    expect(parseRateLimits('  \n ')).toBeUndefined();
  });

  it.each([
    ['5', [['*', 5]]],
    ['2.5', [['*', 2.5]]],
    ['DescribeCertificate=5, iot:ListCertificates = 20', [['DescribeCertificate', 5], ['iot:ListCertificates', 20]]],
    ['RejectCertificateTransfer=3\n*=8', [['RejectCertificateTransfer', 3], ['*', 8]]],
  ])('reads %j', (value, expected) => {
    expect([...(parseRateLimits(value) ?? [])]).toEqual(expected);
  });

  it.each([
    ['0', /above 0/],
    ['-1', /above 0/],
    ['fast', /above 0/],
    ['20000', /at most 10000/],
    ['GetObject=5', /has 'GetObject=5'; expected requests per second/],
    ['DescribeCertificate=', /above 0/],
  ])('refuses %j, naming the input', (value, message) => {
    expect(() => parseRateLimits(value)).toThrow(message);
    expect(() => parseRateLimits(value)).toThrow(/Input 'rate-limits'/);
  });

  it('is read from INPUT_RATE-LIMITS', () => {
    process.env['INPUT_RATE-LIMITS'] = 'DescribeCertificate=4';
    try {
      expect([...(readSettings({}).rateLimits ?? [])]).toEqual([['DescribeCertificate', 4]]);
    } finally {
      delete process.env['INPUT_RATE-LIMITS'];
    }
  });
});

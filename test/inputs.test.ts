import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import * as runner from '../src/runner/commands.js';
import { QUOTAS } from '../src/aws/quotas.js';
import { alertOnBadInputs, ignoredInputs, knownSecrets, readSettings, runContext } from '../src/inputs/read-inputs.js';
import { parseAlert, parseCommentDetail, parseMaxActions, parseMode, parsePolicyFile, parseRateLimits, parseRegions } from '../src/inputs/parse-inputs.js';

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
    process.env['INPUT_ROLE-NAME'] = 'team/inbound-guard-readonly';
    process.env['INPUT_SHARD'] = '2/4';
    process.env['INPUT_REPORTS'] = ' shard-reports ';
    process.env['INPUT_COMMENT-DETAIL'] = 'full';
    const s = readSettings({ GITHUB_RUN_ID: '123', GITHUB_RUN_ATTEMPT: '2' });
    expect(s).toMatchObject({
      policyFile: 'policies/guard.yml',
      mode: 'enforce',
      regions: ['us-east-1', 'eu-west-1'],
      maxActions: 25,
      githubToken: 'tok',
      roleName: 'team/inbound-guard-readonly',
      shard: { index: 2, count: 4 },
      runId: '123-2',
    });
    process.env['INPUT_MODE'] = 'merge';
    expect(readSettings({}).reports).toBe('shard-reports');
    process.env['INPUT_MODE'] = 'plan';
    expect(readSettings({}).commentDetail).toBe('full');
  });

  it('registers the GitHub token and the AWS secret key and session token with the runner (::add-mask::) before anything else', () => {
    process.env['INPUT_GITHUB-TOKEN'] = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
    const written: string[] = [];
    const spy = vi.spyOn(runner.stdout, 'write').mockImplementation((chunk: string) => {
      written.push(String(chunk));
      return true;
    });
    try {
      readSettings({ AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2Vj', AWS_ACCESS_KEY_ID: 'ASIAY34FZKBOKMUTVV7A' });
    } finally {
      spy.mockRestore();
    }
    expect(written.join('').split('\n').filter(Boolean)).toEqual([
      '::add-mask::ghs_16C7e42F292c6912E7710c838347Ae178B4a',
      '::add-mask::wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      '::add-mask::IQoJb3JpZ2luX2Vj',
    ]);
  });

  it('warns of each input set for a mode that does not read it (a with: block copied from another job), and reads on', () => {
    process.env['INPUT_MODE'] = 'merge';
    process.env['INPUT_REPORTS'] = 'shard-reports';
    process.env['INPUT_SHARD'] = '1/2';
    process.env['INPUT_COMMENT-DETAIL'] = 'full';
    const written: string[] = [];
    const spy = vi.spyOn(runner.stdout, 'write').mockImplementation((chunk: string) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(readSettings({}).mode).toBe('merge');
    } finally {
      spy.mockRestore();
    }
    expect(written.join('').split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      "::warning title=inbound-guard%3A input ignored::Input 'shard' is set, but mode merge does not read it (only dry-run, enforce do): it is ignored.",
      "::warning title=inbound-guard%3A input ignored::Input 'comment-detail' is set, but mode merge does not read it (only plan does): it is ignored.",
    ]);
  });

  it.each([
    ['validate', { regions: 'eu-wst-1', 'max-actions': 'abc', 'rate-limits': 'x', shard: 'x', 'role-name': 'arn:aws:iam::1:role/r', 'comment-detail': 'all' }],
    ['merge', { regions: 'us-esat-1', 'max-actions': '-1', shard: '3/2' }],
    ['dry-run', { 'comment-detail': 'everything' }],
  ] as const)('mode %s neither reads nor refuses the inputs it ignores, whatever their value: it warns of them (one with: block may serve a matrix of modes)', (mode, ignored) => {
    process.env['INPUT_MODE'] = mode;
    for (const [name, value] of Object.entries(ignored)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    const written: string[] = [];
    const spy = vi.spyOn(runner.stdout, 'write').mockImplementation((chunk: string) => {
      written.push(String(chunk));
      return true;
    });
    let settings;
    try {
      settings = readSettings({});
    } finally {
      spy.mockRestore();
    }
    expect(settings).toMatchObject({ mode, regions: undefined, maxActions: undefined, rateLimits: undefined, shard: undefined, roleName: undefined, commentDetail: undefined });
    expect(written.filter((l) => l.startsWith('::warning')).length).toBe(Object.keys(ignored).length);
  });

  it('a mode still refuses a bad value of an input it reads', () => {
    process.env['INPUT_MODE'] = 'enforce';
    process.env['INPUT_REGIONS'] = 'eu-wst-1';
    throwsWith(() => readSettings({}), /Input 'regions'/);
  });

  it.each([
    ['validate', ['regions', 'role-name', 'rate-limits', 'max-actions', 'shard', 'reports', 'comment-detail']],
    ['dry-run', ['reports', 'comment-detail']],
    ['enforce', ['reports', 'comment-detail']],
    ['plan', ['shard', 'reports']],
    ['merge', ['regions', 'role-name', 'rate-limits', 'max-actions', 'shard', 'comment-detail']],
  ] as const)('ignoredInputs: with every input set, mode %s ignores %j', (mode, ignored) => {
    expect(ignoredInputs(mode, () => true).map((w) => /^Input '([^']+)'/.exec(w)?.[1])).toEqual(ignored);
    expect(ignoredInputs(mode, () => false)).toEqual([]);
  });

  it('knownSecrets leaves out what is unset or blank', () => {
    expect(knownSecrets('', { AWS_SECRET_ACCESS_KEY: ' ', AWS_SESSION_TOKEN: undefined })).toEqual([]);
    expect(knownSecrets('tok', {})).toEqual(['tok']);
  });

  it('outside a runner the run id is local, and no shard, role name or reports folder is set', () => {
    expect(readSettings({})).toMatchObject({ runId: 'local', shard: undefined, roleName: undefined, reports: undefined });
  });

  it.each([
    ['role-name', 'ROLE-NAME', 'arn:aws:iam::111122223333:role/x', /Input 'role-name' is 'arn:aws:iam::111122223333:role\/x', which is not an IAM role name; give the name/],
    ['shard', 'SHARD', '4/3', /Input 'shard': '4\/3' is not a shard: write i\/n/],
  ])('a bad %s input names the input and the fix', (_name, variable, value, message) => {
    process.env[`INPUT_${variable}`] = value;
    throwsWith(() => readSettings({}), message);
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

  it.each([
    ['', undefined],
    [' full ', 'full'],
    ['summary', 'summary'],
  ])('comment-detail %j → %s (empty: by the repository’s visibility)', (value, expected) => expect(parseCommentDetail(value)).toBe(expected));

  it.each(['Full', 'none', 'details'])('comment-detail %j is refused, naming the input and the choices', (value) => {
    throwsWith(() => parseCommentDetail(value), /Input 'comment-detail' is '.*'; expected full or summary/);
  });

  it('policy-file with a NUL character is refused, naming the input', () => {
    throwsWith(() => parsePolicyFile('a\0b'), /Input 'policy-file' contains a NUL character/);
  });

  it.each([
    ['', 'dry-run'],
    ['validate', 'validate'],
    ['enforce', 'enforce'],
    [' plan ', 'plan'],
  ])('mode %j → %s', (value, mode) => expect(parseMode(value)).toBe(mode));

  it.each(['Enforce', 'apply', 'dryrun'])('mode %j is refused, naming the input and the choices', (value) => {
    throwsWith(() => parseMode(value), /Input 'mode' is '.*'; expected one of validate, dry-run, enforce, plan/);
  });

  it.each([
    ['', undefined],
    ['us-east-1', ['us-east-1']],
    ['us-east-1, eu-west-1\nus-east-1', ['us-east-1', 'eu-west-1']],
    ['cn-north-1 us-gov-west-1', ['cn-north-1', 'us-gov-west-1']],
    ['eusc-de-east-1', ['eusc-de-east-1']],
    ['all', 'all'],
    [' all\n', 'all'],
  ])('regions %j', (value, expected) => expect(parseRegions(value)).toEqual(expected));

  it.each(['us-east', 'US-EAST-1', 'us_east_1', 'useast1', 'ALL'])('region %j is refused with the expected form', (value) => {
    throwsWith(() => parseRegions(value), /Input 'regions' has '.*', which is not an AWS region name/);
  });

  it.each([
    ['aws-global', 'aws-global'],
    ['us-east-1, Global', 'Global'],
  ])('%j: says the global services\' endpoint is no region, and what to write in the input', (value, name) => {
    throwsWith(
      () => parseRegions(value),
      `Input 'regions': "${name}" is not a region: it stands for the endpoint of AWS's global services (Organizations is one: its handshakes are read once per account, in no region). Regions are swept only for the regional kinds: use 'all' (every region enabled for each account) or names such as us-east-1 or eu-west-1, separated by commas or newlines.`,
    );
  });

  it.each([
    ['all, us-east-1', 'us-east-1'],
    ['us-east-1\nall\neu-west-1,us-east-1', 'us-east-1, eu-west-1'],
  ])('%j: says all cannot be combined with names, not that all is no region name', (value, names) => {
    throwsWith(() => parseRegions(value), `Input 'regions' combines 'all' with region names (${names}); give either 'all' alone (every region enabled for each account) or only names.`);
  });

  it.each([
    ['eu-wst-1', 'eu-wst-1', ' Did you mean `eu-west-1`?'],
    ['us-east-1, us-esat-1', 'us-esat-1', ' Did you mean `us-east-1`?'],
    ['zz-nowhere-9', 'zz-nowhere-9', ''],
  ])('%j: a name no table knows is an input error naming it, with did-you-mean and the way out', (value, name, meant) => {
    throwsWith(
      () => parseRegions(value),
      `Input 'regions': \`${name}\` is not an AWS region this release of inbound-guard knows.${meant} If AWS launched it after this release, update inbound-guard; until then \`all\` sweeps every enabled region this release knows and warns about any other.`,
    );
  });

  it.each([
    ['', undefined],
    ['0', 0],
    ['10', 10],
    ['1000', 1000],
  ])('max-actions %j', (value, expected) => expect(parseMaxActions(value)).toBe(expected));

  it.each(['-1', '1.5', 'ten', '1001', '1e3'])('max-actions %j is refused', (value) => {
    throwsWith(() => parseMaxActions(value), /Input 'max-actions' is '.*'; expected a whole number from 0 to 1000/);
  });
});

describe('alert input', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it.each([
    ['', 'off'],
    ['off', 'off'],
    [' issue ', 'issue'],
  ])('%j → %s', (value, alert) => expect(parseAlert(value)).toBe(alert));

  it.each(['Issue', 'slack', 'on', 'true'])('%j is refused, naming the input, the choices and the permission', (value) => {
    throwsWith(() => parseAlert(value), new RegExp(`Input 'alert' is '${value}'; expected off \\(the default\\) or issue .*permissions: issues: write`));
  });

  it('is off unless asked', () => {
    expect(readSettings({}).alert).toBe('off');
  });

  it.each(['dry-run', 'enforce', 'merge'])('issue is accepted in mode %s', (mode) => {
    process.env['INPUT_MODE'] = mode;
    process.env['INPUT_ALERT'] = 'issue';
    expect(readSettings({}).alert).toBe('issue');
  });

  it.each([
    ['validate', /mode validate does not alert: validate reads no account/],
    ['plan', /mode plan does not alert: plan comments on the pull request instead/],
  ])('issue in mode %s is refused', (mode, message) => {
    process.env['INPUT_MODE'] = mode;
    process.env['INPUT_ALERT'] = 'issue';
    throwsWith(() => readSettings({}), message);
  });

  it('issue on a shard is refused: the merge job alerts for the whole run', () => {
    process.env['INPUT_MODE'] = 'enforce';
    process.env['INPUT_SHARD'] = '2/3';
    process.env['INPUT_ALERT'] = 'issue';
    throwsWith(() => readSettings({}), "Input 'alert' is 'issue' on shard 2/3, but shards never alert: each sees only part of the run. Set alert: issue on the merge job (mode: merge), which opens one issue for the whole run.");
    process.env['INPUT_ALERT'] = 'off';
    expect(readSettings({}).shard).toEqual({ index: 2, count: 3 });
  });
});

describe('alertOnBadInputs (whom to tell when the inputs do not read)', () => {
  const saved = { ...process.env };
  beforeEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });
  afterEach(() => {
    process.env = { ...saved };
  });
  const env = { GITHUB_REPOSITORY: 'acme/guard', GITHUB_SHA: 'a'.repeat(40), GITHUB_WORKSPACE: '/w' };
  it.each(['dry-run', 'enforce', 'merge'])('mode %s with alert: issue alerts, whatever else is wrong', (mode) => {
    process.env['INPUT_MODE'] = mode;
    process.env['INPUT_ALERT'] = 'issue';
    process.env['INPUT_GITHUB-TOKEN'] = 'tok';
    process.env['INPUT_REGIONS'] = 'eu-wst-1';
    expect(alertOnBadInputs(env)).toMatchObject({ mode, alert: 'issue', githubToken: 'tok', policyFile: '.github/inbound-guard.yml', workspace: '/w', repository: { repository: 'acme/guard' } });
  });

  it.each([
    ['alert off', { MODE: 'enforce' }],
    ['validate', { MODE: 'validate', ALERT: 'issue' }],
    ['plan', { MODE: 'plan', ALERT: 'issue' }],
    ['a shard', { MODE: 'enforce', ALERT: 'issue', SHARD: '1/2' }],
    ['a shard whose input is itself wrong', { MODE: 'dry-run', ALERT: 'issue', SHARD: 'one of two' }],
    ['an unknown mode', { MODE: 'enfroce', ALERT: 'issue' }],
    ['an unknown alert', { MODE: 'enforce', ALERT: 'slack' }],
    ['a policy-file input that is no path', { MODE: 'enforce', ALERT: 'issue', 'POLICY-FILE': 'a\0b' }],
  ])('no alert for %s', (_what, inputs) => {
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name}`] = value.replace('\\0', '\0');
    expect(alertOnBadInputs(env)).toBeUndefined();
  });
});

describe('runContext (the run a report comes from)', () => {
  const env = { GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '1', GITHUB_REPOSITORY: 'acme/guard', GITHUB_WORKFLOW: 'inbound-guard', GITHUB_WORKFLOW_REF: 'acme/guard/.github/workflows/guard.yml@refs/heads/main', GITHUB_JOB: 'guard', GITHUB_EVENT_NAME: 'schedule', GITHUB_SHA: 'f'.repeat(40) };

  it('reads the run, its repository and workflow, and links it', () => {
    expect(runContext(env)).toEqual({ id: 4242, attempt: 1, repository: 'acme/guard', workflow: 'inbound-guard', workflowRef: 'acme/guard/.github/workflows/guard.yml@refs/heads/main', job: 'guard', event: 'schedule', sha: 'f'.repeat(40), url: 'https://github.com/acme/guard/actions/runs/4242' });
  });

  it('links a re-run at its attempt, on the server the runner names', () => {
    expect(runContext({ ...env, GITHUB_RUN_ATTEMPT: '3', GITHUB_SERVER_URL: 'https://ghe.example' })).toMatchObject({ attempt: 3, url: 'https://ghe.example/acme/guard/actions/runs/4242/attempts/3' });
  });

  it.each([
    ['no run id', { GITHUB_REPOSITORY: 'acme/guard' }],
    ['a run id that is not a number', { GITHUB_RUN_ID: 'abc', GITHUB_REPOSITORY: 'acme/guard' }],
    ['no repository', { GITHUB_RUN_ID: '1' }],
  ])('undefined with %s (outside a runner)', (_case, partial) => {
    expect(runContext(partial)).toBeUndefined();
  });

  it('an attempt that is missing or not a number counts as the first', () => {
    expect(runContext({ GITHUB_RUN_ID: '7', GITHUB_REPOSITORY: 'a/b', GITHUB_RUN_ATTEMPT: 'x' })).toMatchObject({ attempt: 1, url: 'https://github.com/a/b/actions/runs/7' });
  });
});

describe('parseRateLimits', () => {
  it('is undefined when empty: the quota table applies', () => {
    expect(parseRateLimits('')).toBeUndefined();
    expect(parseRateLimits('  \n ')).toBeUndefined();
  });

  it.each([
    ['5', 5],
    [' 2.5 ', 2.5],
  ])('reads one number %j as that rate for every API of the quota table, and nothing else', (value, tps) => {
    expect(parseRateLimits(value)).toEqual(new Map(Object.keys(QUOTAS).map((key) => [key, tps])));
  });

  it.each([
    ['DescribeCertificate=5, ListCertificates = 20', [['iot:DescribeCertificate', 5], ['iot:ListCertificates', 20]]],
    ['RejectCertificateTransfer=3\nListRegions=2', [['iot:RejectCertificateTransfer', 3], ['account:ListRegions', 2]]],
    // The table's ListInvitations and DeclineInvitations are Security Hub's: GuardDuty's, Macie's and Detective's are not limited.
    ['ListInvitations=2, DeclineInvitations=1', [['securityhub:ListInvitations', 2], ['securityhub:DeclineInvitations', 1]]],
  ])('reads the pairs %j into the keys of the quota table', (value, expected) => {
    expect([...(parseRateLimits(value) ?? [])]).toEqual(expected);
  });

  it.each([
    ['0', /is '0'; expected a number of requests per second from 0\.1 to 10000/],
    ['-1', /is '-1'; expected .* from 0\.1/],
    // A rate so low a run would outlast its job: one call every 10,000 s.
    ['0.0001', /is '0\.0001'; expected .* from 0\.1 to 10000, .*one call would wait over 10 s/],
    ['DescribeCertificate=0.05', /gives DescribeCertificate the rate '0\.05'; expected .* from 0\.1/],
    ['20000', /from 0\.1 to 10000/],
    ['DescribeCertificate=', /gives DescribeCertificate the rate ''; expected .* from 0\.1/],
    ['DescribeCertificate=fast', /gives DescribeCertificate the rate 'fast'/],
    ['DescribeCertificate=1=2', /gives DescribeCertificate the rate '1=2'/],
    ['GetObject=5', /has 'GetObject=5'; 'GetObject' is not an API the action rate-limits\. The APIs the action rate-limits: ListCertificates, .*DescribeCertificate/],
    ['=5', /has '=5'; it names no API/],
    ['DescribeCertificate=5, DescribeCertificate=3', /names DescribeCertificate twice \('DescribeCertificate=5' and 'DescribeCertificate=3'\)/],
  ])('refuses %j, naming the input', (value, message) => {
    throwsWith(() => parseRateLimits(value), message);
    throwsWith(() => parseRateLimits(value), /^Input 'rate-limits'/);
  });

  it('refuses words, saying what was written and the two forms it accepts (it spoke of a `*` no one wrote)', () => {
    for (const value of ['garbage', 'fast']) {
      const error = throwsWith(() => parseRateLimits(value), new RegExp(`^Input 'rate-limits' is '${value}', which is neither a number nor API=number pairs\\. Accepted: one number of requests per second for every API \\(e\\.g\\. '5'\\), or API=number pairs separated by commas \\(e\\.g\\. 'DescribeCertificate=5, ListCertificates=20'\\), the APIs being ListCertificates, `));
      expect(error.message).not.toContain('*');
    }
  });

  it.each([
    ['Describecertificate=5', 'DescribeCertificate'],
    ['describecertificate=5', 'DescribeCertificate'],
    ['ListCertificate=20', 'ListCertificates'],
    ['DeclineHandshakes=2', 'DeclineHandshake'],
  ])('%j: did you mean %s?', (value, meant) => {
    throwsWith(() => parseRateLimits(value), new RegExp(`is not an API the action rate-limits\\. Did you mean \`${meant}\`\\?`));
  });

  it('refuses `*=N`: one number alone sets every API', () => {
    throwsWith(() => parseRateLimits('*=8'), /has '\*=8'; '\*' is not an API: a number alone \('8'\) sets every API/);
    throwsWith(() => parseRateLimits('DescribeCertificate=3, *=8'), /'\*' is not an API/);
  });

  it('refuses a number among pairs: a number alone must be the whole input', () => {
    throwsWith(() => parseRateLimits('DescribeCertificate=3, 8'), /has '8', which is not an API=number pair \(a number alone must be the whole input\)\. Accepted: one number/);
    throwsWith(() => parseRateLimits('5, 6'), /has '5', which is not an API=number pair/);
  });

  it('refuses `service:Operation`: a table API is named without its service; another service\'s API has no rate to set', () => {
    throwsWith(() => parseRateLimits('iot:ListCertificates=20'), /has 'iot:ListCertificates=20'; name the API without its service: 'ListCertificates=20'\.$/);
    for (const service of ['guardduty', 'macie2', 'detective']) {
      throwsWith(() => parseRateLimits(`${service}:ListInvitations=2`), new RegExp(`the ListInvitations the action rate-limits is securityhub's, .*; ${service}'s is not rate limited by the action`));
    }
    throwsWith(() => parseRateLimits('s3:GetObject=1'), /'s3:GetObject' is not an API the action rate-limits; APIs are named without their service\./);
    throwsWith(() => parseRateLimits('iot:Describecertificate=1'), /Did you mean `DescribeCertificate`\?/);
  });

  it('is read from INPUT_RATE-LIMITS', () => {
    process.env['INPUT_RATE-LIMITS'] = 'DescribeCertificate=4';
    try {
      expect([...(readSettings({}).rateLimits ?? [])]).toEqual([['iot:DescribeCertificate', 4]]);
    } finally {
      delete process.env['INPUT_RATE-LIMITS'];
    }
  });
});

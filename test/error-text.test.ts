/**
 * AWS error text is untrusted (issue 14, defect 2): it leaves classifyAwsError/describeAwsError
 * redacted and bounded, otherwise as AWS wrote it (the JSON report keeps it so); the log's and
 * Markdown's escaping make it inert where it is shown, and redact named credentials again.
 * The end-to-end runs: main-run.test.ts (src, in this process) and dist-error-text.test.ts (dist/index.js).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stoppedMessage } from '../src/main.js';
import { MAX_ERROR_MESSAGE_LENGTH, MAX_ERROR_NAME_LENGTH, classifyAwsError, describeAwsError, keptErrorText } from '../src/aws/errors.js';
import { inertLogLines, inertLogText, inertMarkdown } from '../src/report/escape.js';
import { redactCredentials, redactSecrets, redactTexts, withoutAccountIds } from '../src/report/redact.js';
import { hostileErrorMessage, SECRETS } from './helpers/hostile-error.js';

const named = (name: string, message: string) => Object.assign(new Error(message), { name });
/** Control characters (a tab is harmless), bidi controls and line separators: none may survive. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

describe('redactCredentials: named credentials, in any text', () => {
  it.each([
    ['a canonical-request header', 'x-amz-security-token:IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ', 'x-amz-security-token:[redacted]'],
    ['a query parameter', 'GET /certificates?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261121%2Fus-east-1%2Fiot%2Faws4_request&X-Amz-Signature=abc123&pageSize=250', 'GET /certificates?X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]&pageSize=250'],
    ['an Authorization header, to the end of its line', 'authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121/us-east-1/iot/aws4_request, SignedHeaders=host, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024\nhost: iot', 'authorization: [redacted]\nhost: iot'],
    ['a bare access key id', 'key AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A', 'key [redacted] and [redacted]'],
    ['GitHub tokens', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 ghs_16C7e42F292c6912E7710c838347Ae178B4a and github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '[redacted] [redacted] and [redacted]'],
    ['a secret in JSON', '{"SecretAccessKey": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "SessionToken":"FwoGZXIvYXdzE"}', '{"SecretAccessKey": "[redacted]", "SessionToken":"[redacted]"}'],
    ['an env-style secret', 'aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'aws_secret_access_key=[redacted]'],
  ])('%s', (_, text, expected) => {
    expect(redactCredentials(text)).toBe(expected);
  });

  it.each([
    'Gateway batch 2026-11 (PO 4471), 1 of 2',
    'arn:aws:iot:us-east-1:210987654321:cert/e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d',
    'h-h4tuiz9mk6flzbqwu9fzs3uy o-exampleorgid11 210987654321 us-east-1 2026-11-21T00:00:00Z',
    'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.',
    'content-type;host;x-amz-date;x-amz-security-token',
    'commit 4fecd88c0ffee0123456789abcdef0123456789a',
  ])('leaves ordinary text alone: %s', (text) => {
    expect(redactCredentials(text)).toBe(text);
  });
});

describe('redactSecrets: also anything shaped like a secret (error text only)', () => {
  it('a 40-character base64 value (an AWS secret access key) and a long base64 run (a session token)', () => {
    expect(redactSecrets('key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY token ' + 'IQoJb3JpZ2luX2Vj'.repeat(20) + '== end')).toBe('key [redacted] token [redacted]== end');
  });

  it.each([
    ['after a name and =', 'SecretKey=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'SecretKey=[redacted]'],
    ['a query parameter', '?k=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY&x=1', '?k=[redacted]&x=1'],
  ])('a 40-character value %s', (_case, text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });

  it('not 39 or 41 characters, nor a 64-hex certificate id', () => {
    const text = `${'a'.repeat(39)} ${'b'.repeat(41)} ${'e7ef8e5add674acbc8f1774c840186807ba6bb53ec8c0a5a4a6f87ce89b7208d'}`;
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('withoutAccountIds: what a public plan (comment-detail: summary) shows of AWS text', () => {
  const ID = '210987654321';

  it('replaces every 12-digit number, and no longer or shorter one standing alone', () => {
    expect(withoutAccountIds(`arn:aws:sts::${ID}:assumed-role/r/s and ${ID}`)).toBe('arn:aws:sts::<account>:assumed-role/r/s and <account>');
    expect(withoutAccountIds('PO 4471, 1234567890123, 12345678901')).toBe('PO 4471, 1234567890123, 12345678901');
  });

  // A message cut before it got here (aws/errors.ts keeps MAX_ERROR_MESSAGE_LENGTH characters) may end inside an id.
  it.each([1, 5, 11])('an id cut to its first %i digits, ending at the cut (…), is replaced as well', (digits) => {
    const message = `User: arn:aws:sts::${ID}:assumed-role/r/s is not authorized on arn:aws:iot:eu-west-1:${ID}:cert/*`;
    const kept = keptErrorText(message, message.lastIndexOf(ID) + digits + 1);
    expect(kept.endsWith(`${ID.slice(0, digits)}…`)).toBe(true);
    expect(withoutAccountIds(`Could not read IoT: ${kept}.`)).toBe('Could not read IoT: User: arn:aws:sts::<account>:assumed-role/r/s is not authorized on arn:aws:iot:eu-west-1:<account>….');
  });

  it('redactTexts redacts every string of plain data, whole, and keeps its shape and anything else', () => {
    const when = new Date(0);
    const event = { type: 'region-failed', account: ID, n: 12, flags: [true], error: { message: `x ${ID} y`, places: [ID, 'eu-west-1'] }, when };
    expect(redactTexts(event, withoutAccountIds)).toEqual({ type: 'region-failed', account: '<account>', n: 12, flags: [true], error: { message: 'x <account> y', places: ['<account>', 'eu-west-1'] }, when });
    expect(redactTexts(event, withoutAccountIds).when).toBe(when);
    expect(event.account).toBe(ID);
  });
});

describe('stoppedMessage: why a run stopped, for the annotation, the summary and the alert', () => {
  it('redacts a key an error thrown outside aws/errors.ts quotes (the credential chain, GitHub, the file system)', () => {
    const key = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    const message = stoppedMessage(new Error(`Error from credential provider: {"AccessKeyId":"x","SecretKey":"${key}","Token":"${'Zm9v'.repeat(40)}"}`));
    expect(message).not.toContain(key);
    expect(message).not.toContain('Zm9vZm9v');
    expect(message).toContain('Error from credential provider');
    expect(stoppedMessage('a thrown string')).toBe('a thrown string');
  });
});

describe('classifyAwsError and describeAwsError on a hostile 600 KB error', () => {
  const message = hostileErrorMessage();

  it('the fixture is what the issue describes', () => {
    expect(message.length).toBeGreaterThan(600_000);
    for (const c of ['\u001b', '\u0000', '\u2028', '\u202e']) expect(message).toContain(c);
    for (const secret of Object.values(SECRETS)) expect(message).toContain(secret);
  });

  it('comes out bounded, with every credential redacted, and otherwise as AWS wrote it', () => {
    const { name, message: kept } = classifyAwsError(named('InvalidSignatureException', message));
    expect(name).toBe('InvalidSignatureException');
    expect(Array.from(kept).length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    for (const secret of Object.values(SECRETS)) expect(kept).not.toContain(secret);
    expect(kept).toContain('x-amz-security-token:[redacted]');
    // Its first 999 characters as written, line breaks included; the rest cut.
    expect(kept.startsWith('The request signature we calculated does not match the signature you provided.')).toBe(true);
    expect(kept).toContain('\nhost:iot.us-east-1.amazonaws.com\n');
    expect(kept.endsWith('…')).toBe(true);
    // Shown in a log line it is one inert line; in an annotation, inert lines.
    expect(inertLogText(kept, 10_000)).not.toMatch(UNSAFE);
    expect(inertLogText(kept, 10_000)).not.toContain('::');
    for (const line of inertLogLines(kept).split('\n')) {
      expect(line).not.toMatch(UNSAFE);
      expect(line).not.toContain('::');
    }
    const described = describeAwsError(named('InvalidSignatureException', message));
    expect(described.startsWith('InvalidSignatureException: The request signature we calculated')).toBe(true);
    expect(Array.from(described).length).toBeLessThanOrEqual(MAX_ERROR_NAME_LENGTH + 2 + MAX_ERROR_MESSAGE_LENGTH);
  });

  it('a hostile error name is bounded too, and inert once escaped for the log', () => {
    const { name } = classifyAwsError(named(`::error::${'\u202e'.repeat(10)}${'X'.repeat(10_000)}`, 'm'));
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_ERROR_NAME_LENGTH);
    expect(name.startsWith('::error::\u202e')).toBe(true);
    expect(inertLogText(name)).not.toMatch(UNSAFE);
    expect(inertLogText(name)).not.toContain('::');
  });

  it('an ARN keeps its :: (a report consumer matches on it as AWS spells it)', () => {
    const arn = 'arn:aws:iam::210987654321:role/inbound-guard';
    expect(describeAwsError(named('AccessDenied', `User: ${arn} is not authorized to perform: sts:AssumeRole`))).toBe(`AccessDenied: User: ${arn} is not authorized to perform: sts:AssumeRole`);
  });

  it('the renderers redact named credentials themselves (text that did not come through describeAwsError)', () => {
    const text = `failed: x-amz-security-token=${SECRETS.sessionToken} by ${SECRETS.accessKeyId} for ${SECRETS.githubToken}`;
    for (const out of [inertLogText(text, 10_000), inertMarkdown(text, 10_000)]) {
      for (const secret of Object.values(SECRETS)) expect(out).not.toContain(secret);
    }
  });
});

describe('properties', () => {
  /**
   * Text with credentials planted among arbitrary characters, controls and bidi included. A bare
   * secret key is only recognisable as a word of its own, so it is planted between spaces.
   */
  const planted = fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(SECRETS.sessionToken, SECRETS.accessKeyId, SECRETS.githubToken, ` ${SECRETS.secretAccessKey} `, 'x-amz-security-token:', '\n', '\u202e', '\u0000')), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('whatever the text, the kept message is bounded and has no planted credential whole; escaped for the log, it is inert', () => {
    fc.assert(
      fc.property(planted, (text) => {
        const { message } = classifyAwsError(named('X', text));
        const shown = inertLogText(message, 10_000);
        return (
          Array.from(message).length <= MAX_ERROR_MESSAGE_LENGTH &&
          Object.values(SECRETS).every((s) => !message.includes(s)) &&
          !UNSAFE.test(shown) &&
          !shown.includes('::') &&
          inertLogLines(message).split('\n').every((line) => !UNSAFE.test(line) && !line.includes('::'))
        );
      }),
    );
  });

  it('a short message comes out exactly as written, whatever its characters (nothing to redact or cut)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        fc.pre(!/[A-Za-z0-9/+]{40}/.test(text) && !/authorization|credential|signature|secret|password|token|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA|gh[pousr]_|github_pat_/i.test(text));
        return classifyAwsError(named('X', text)).message === text;
      }),
    );
  });
});

/** The reject-reason template: expansion, the 128-character limit, and that validation keeps it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_REJECT_REASON } from '../src/policy/defaults.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import {
  REJECT_REASON_MAX_LENGTH,
  REJECT_REASON_PLACEHOLDERS,
  expandRejectReason,
  placeholderLimits,
  templateLengthProblem,
  templateSyntaxProblem,
} from '../src/policy/template.js';

const CERT = 'a'.repeat(64);
const VALUES = { sourceAccount: '111122223333', policyFile: '.github/inbound-guard.yml', region: 'eu-west-1', certificateId: CERT };

describe('expandRejectReason', () => {
  it.each([
    ['{source-account}', '111122223333'],
    ['{policy-file}', '.github/inbound-guard.yml'],
    ['{region}', 'eu-west-1'],
    ['{certificate-id}', CERT],
    ['no placeholders', 'no placeholders'],
    ['{region}/{region}', 'eu-west-1/eu-west-1'],
    [DEFAULT_REJECT_REASON, 'Transfer from 111122223333 is not allowlisted by .github/inbound-guard.yml'],
  ])('%s', (template, expanded) => {
    expect(expandRejectReason(template, VALUES)).toBe(expanded);
  });

  it('says "unknown" when the sending account is not known', () => {
    expect(expandRejectReason('from {source-account}', { ...VALUES, sourceAccount: undefined })).toBe('from unknown');
  });

  it('truncates to 128 characters even when a value is longer than it should be', () => {
    const expanded = expandRejectReason('{region} {certificate-id}', { ...VALUES, region: 'r'.repeat(300) });
    expect(expanded).toBe('r'.repeat(REJECT_REASON_MAX_LENGTH));
  });

  // 49 characters besides the path, 12 for the account: a path of 80 or more does not fit.
  const LONG_PATH = `${'platform/security/'.repeat(5)}policies/inbound-guard.yml`;

  it('the default with a path too long for it: the path is shortened from the front, to exactly 128, keeping the file name', () => {
    expect(LONG_PATH.length).toBe(116);
    const expanded = expandRejectReason(DEFAULT_REJECT_REASON, { ...VALUES, policyFile: LONG_PATH });
    expect(expanded).toHaveLength(REJECT_REASON_MAX_LENGTH);
    expect(expanded).toBe(`Transfer from 111122223333 is not allowlisted by ...${LONG_PATH.slice(LONG_PATH.length - 76)}`);
    expect(expanded.endsWith('/policies/inbound-guard.yml')).toBe(true);
    // A path that fits is left whole: 79 characters.
    const fits = 'p'.repeat(75) + '.yml';
    expect(expandRejectReason(DEFAULT_REJECT_REASON, { ...VALUES, policyFile: fits })).toBe(`Transfer from 111122223333 is not allowlisted by ${fits}`);
  });

  it('each {policy-file} gives up its share, to exactly 128; a path too short to shorten is truncated instead', () => {
    const twice = expandRejectReason('{policy-file} and {policy-file}', { ...VALUES, policyFile: 'x'.repeat(70) });
    expect(twice).toHaveLength(REJECT_REASON_MAX_LENGTH);
    // 145 characters, 17 over: the first gives up 9, the second 8, each besides the mark.
    expect(twice).toBe(`...${'x'.repeat(58)} and ...${'x'.repeat(59)}`);
    expect(expandRejectReason(`${'y'.repeat(127)}{policy-file}`, { ...VALUES, policyFile: 'ab' })).toBe(`${'y'.repeat(127)}a`);
  });

  it('never starts a shortened path inside a surrogate pair', () => {
    const path = `${'😀'.repeat(10)}.yml`;
    expect(expandRejectReason(`${'y'.repeat(119)}{policy-file}`, { ...VALUES, policyFile: path })).toBe(`${'y'.repeat(119)}...😀.yml`);
    // One character fewer to keep would start at the emoji's second half: it is dropped whole.
    expect(expandRejectReason(`${'y'.repeat(120)}{policy-file}`, { ...VALUES, policyFile: path })).toBe(`${'y'.repeat(120)}....yml`);
  });

  it('does not cut a character in half when truncating', () => {
    const expanded = expandRejectReason(`${'x'.repeat(127)}{region}`, { ...VALUES, region: '😀' });
    expect(expanded).toBe('x'.repeat(127));
  });
});

describe('validation of the template', () => {
  it('lists the four placeholders, {policy-file} bounded by the actual path', () => {
    expect(Object.keys(REJECT_REASON_PLACEHOLDERS).sort()).toEqual(['certificate-id', 'policy-file', 'region', 'source-account']);
    expect(placeholderLimits('p.yml')).toEqual({ 'source-account': 12, 'policy-file': 5, region: 20, 'certificate-id': 64 });
  });

  it.each([
    ['{account}', 'Did you mean `{source-account}`?'],
    ['{Region}', 'Did you mean `{region}`?'],
    ['{certificate_id}', 'Did you mean `{certificate-id}`?'],
    ['{}', '`{}` is not a placeholder'],
    ['a { b', 'not part of a placeholder'],
    ['a } b', 'not part of a placeholder'],
    ['{{region}}', 'not part of a placeholder'],
  ])('%s is refused: %s', (template, text) => {
    expect(templateSyntaxProblem(template)).toContain(text);
  });

  it('names every unknown placeholder, each with its own did-you-mean, not only the first', () => {
    expect(templateSyntaxProblem('From {sourceAccount} in {Region}, see {file} and {file}')).toBe(
      '`{sourceAccount}` (did you mean `{source-account}`?), `{Region}` (did you mean `{region}`?) and `{file}` (did you mean `{policy-file}`?) are not placeholders. Placeholders are `{source-account}`, `{policy-file}`, `{region}` and `{certificate-id}`.',
    );
  });

  it('says the worst-case length and what to shorten', () => {
    const template = `${'x'.repeat(60)} {certificate-id} {region}`;
    expect(templateLengthProblem(template, 'p.yml')).toBe(
      'can expand to 146 characters ({certificate-id} up to 64, {region} up to 20), but AWS accepts at most 128. Shorten the text by at least 18 characters or drop a placeholder such as {certificate-id}.',
    );
  });

  const literal = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[{}]/g, ''));
  const placeholder = fc.constantFrom(...Object.keys(REJECT_REASON_PLACEHOLDERS)).map((name) => `{${name}}`);
  const template = fc.array(fc.oneof(literal, placeholder), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
  const policyPath = fc.stringMatching(/^[a-z0-9._/-]{1,100}$/);
  const values = fc.record({
    sourceAccount: fc.option(fc.stringMatching(/^\d{12}$/), { nil: undefined }),
    region: fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    certificateId: fc.stringMatching(/^[a-f0-9]{64}$/),
  });
  const policyWith = (t: string, path: string) => parsePolicy(`version: 1\niot:\n  reject-reason: ${JSON.stringify(t)}\n`, path);
  /** The expansion without the defensive truncation: what validation must keep within 128. */
  const untruncated = (t: string, v: { sourceAccount?: string | undefined; region: string; certificateId: string }, path: string) => {
    const byName: Record<string, string> = { 'source-account': v.sourceAccount ?? 'unknown', 'policy-file': path, region: v.region, 'certificate-id': v.certificateId };
    return t.replace(/\{([a-z-]+)\}/g, (whole, name: string) => byName[name] ?? whole);
  };

  it('any template the validator accepts expands within 128 characters, without truncation', () => {
    fc.assert(
      fc.property(template, policyPath, values, (t, path, v) => {
        const result = policyWith(t, path);
        fc.pre(result.ok && t !== '');
        if (!result.ok) return;
        expect(result.policy.iot.rejectReason).toBe(t);
        expect(untruncated(t, v, path).length).toBeLessThanOrEqual(REJECT_REASON_MAX_LENGTH);
        expect(expandRejectReason(result.policy.iot.rejectReason, { ...v, policyFile: path })).toBe(untruncated(t, v, path));
      }),
      { numRuns: 500 },
    );
  });

  it('and the limit is not stricter than needed: a refused length can really be reached', () => {
    fc.assert(
      fc.property(template, policyPath, (t, path) => {
        const result = policyWith(t, path);
        fc.pre(!result.ok && result.issues.every((i) => i.message.startsWith('can expand to')));
        const longest = { sourceAccount: '1'.repeat(12), region: 'r'.repeat(20), certificateId: 'c'.repeat(64) };
        expect(untruncated(t, longest, path).length).toBeGreaterThan(REJECT_REASON_MAX_LENGTH);
      }),
      { numRuns: 500 },
    );
  });
});

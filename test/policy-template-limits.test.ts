/**
 * The reject-reason template's worst-case length message (src/policy/template.ts): which
 * placeholders take the room, biggest first, `{policy-file}` bounded by the path in use, and what
 * to shorten when there is no placeholder to drop.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { templateLengthProblem } from '../src/policy/template.js';

describe('templateLengthProblem', () => {
  it('lists the placeholders biggest first and suggests dropping the biggest, whatever their order in the template', () => {
    // 12 + 1 + 20 + 1 + 64 + 1 + 40 = 139
    const template = `{source-account} {region} {certificate-id} ${'x'.repeat(40)}`;
    const problem = templateLengthProblem(template, 'p.yml') ?? '';
    expect(problem).toContain('can expand to 139 characters ({certificate-id} up to 64, {region} up to 20, {source-account} up to 12)');
    expect(problem).toContain('Shorten the text by at least 11 characters or drop a placeholder such as {certificate-id}.');
  });

  it('bounds {policy-file} by the path in use and says so', () => {
    const path = '.github/inbound-guard.yml';
    const template = `{region} {policy-file} ${'x'.repeat(100)}`;
    const problem = templateLengthProblem(template, path) ?? '';
    expect(problem).toContain(`{policy-file} up to ${path.length} (the length of "${path}")`);
    expect(problem).toContain('{region} up to 20)');
    expect(problem).not.toContain('{region} up to 20 (the length');
  });

  it('a template of plain text only: no placeholder list, no placeholder to drop', () => {
    const problem = templateLengthProblem('x'.repeat(130), 'p.yml') ?? '';
    expect(problem).toContain('can expand to 130 characters, but AWS accepts at most 128.');
    expect(problem).toContain('Shorten the text by at least 2 characters.');
    expect(templateLengthProblem(`${'x'.repeat(120)}{region}`, 'p.yml')).toContain('Shorten the text by at least 12 characters or drop a placeholder such as {region}.');
    expect(templateLengthProblem('x'.repeat(129), 'p.yml')).toContain('Shorten the text by at least 1 character.');
    expect(problem).not.toContain('(');
    expect(problem).not.toContain('drop a placeholder');
  });

  it('is what validation reports for iot.reject-reason', () => {
    const result = parsePolicy(`version: 1\niot:\n  reject-reason: "${'y'.repeat(129)}"\n`, 'p.yml');
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.key)).toEqual(['iot.reject-reason']);
    // One over: "1 character", not "1 characters".
    expect(issues[0]?.message).toContain('Shorten the text by at least 1 character.');
  });
});

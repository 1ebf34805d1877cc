/** The step's failures at the end of the log: one ::error:: annotation, cut past MAX_FAILURES_ANNOTATED, every reason in the log. */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import * as runner from '../src/runner/commands.js';
import { failStep, failureAnnotation, FAILURES_GROUP, MAX_FAILURES_ANNOTATED } from '../src/report/step-failures.js';

/** A part not read as the report's failures word it (report/failure-reasons.ts stepFailures), one per region of one account of many. */
const notRead = (n: number) => `Could not read IoT in eu-west-1 of ${String(400000000000 + n)}: AccessDeniedException: not authorized to perform iot:ListCertificates. Items there were not checked.`;
const many = (n: number) => Array.from({ length: n }, (_, i) => notRead(i));

describe('failureAnnotation', () => {
  it.each([0, 1, MAX_FAILURES_ANNOTATED])('%i reasons: every one, a line each, nothing added', (n) => {
    expect(failureAnnotation(many(n))).toBe(many(n).join('\n'));
  });

  it(`5,000 reasons: the first ${MAX_FAILURES_ANNOTATED / 2} and the last ${MAX_FAILURES_ANNOTATED / 2}, between them the exact count of the rest and where every one is`, () => {
    const all = many(5000);
    const lines = failureAnnotation(all).split('\n');
    expect(lines).toHaveLength(MAX_FAILURES_ANNOTATED + 1);
    expect(lines.slice(0, 10)).toEqual(all.slice(0, 10));
    expect(lines[10]).toBe(`…and 4980 more reasons between these (5000 in all): the log's "${FAILURES_GROUP}" group, just above, lists every one.`);
    expect(lines.slice(11)).toEqual(all.slice(-10));
  });

  it('the few reasons after the parts not read (a write that failed, the report not written) are never the ones cut', () => {
    const last = ['2 rejections or declines failed; see the job summary and the report.', 'Could not write the JSON report to /x/report.json (EACCES); the counts are in the outputs and the job summary.'];
    const lines = failureAnnotation(['3001 items call for rejection or decline, more than the budget of 10 (the default); nothing was written.', ...many(3000), ...last]).split('\n');
    expect(lines[0]).toMatch(/^3001 items call for rejection/);
    expect(lines.slice(-2)).toEqual(last);
  });

  it('one past the cap: "1 more reason"', () => {
    expect(failureAnnotation(many(MAX_FAILURES_ANNOTATED + 1)).split('\n')[10]).toBe(`…and 1 more reason between these (${MAX_FAILURES_ANNOTATED + 1} in all): the log's "${FAILURES_GROUP}" group, just above, lists every one.`);
  });
});

describe('failStep', () => {
  let spy: MockInstance | undefined;
  let exitCode: typeof process.exitCode;
  beforeEach(() => {
    exitCode = process.exitCode;
    spy = vi.spyOn(runner.stdout, 'write').mockImplementation(() => undefined);
  });
  afterEach(() => {
    spy?.mockRestore();
    process.exitCode = exitCode;
  });
  const logged = () => (spy?.mock.calls ?? []).map((call) => String(call[0])).join('').split(/\r?\n/).filter((l) => l !== '');

  it('few reasons: the annotation alone, a line each (%0A), no group', () => {
    failStep(many(3));
    expect(logged()).toEqual([`::error::${many(3).join('%0A')}`]);
    expect(process.exitCode).toBe(1);
  });

  it('thousands: every reason logged in the group the annotation names, then one annotation of 20 of them and the count of the rest', () => {
    failStep(many(3000));
    const lines = logged();
    expect(lines[0]).toBe(`::group::${FAILURES_GROUP} (3000)`);
    expect(lines.slice(1, 3001)).toEqual(many(3000));
    expect(lines[3001]).toBe('::endgroup::');
    expect(lines).toHaveLength(3003);
    const annotation = lines[3002]!.split('%0A');
    expect(annotation[0]).toBe(`::error::${notRead(0)}`);
    expect(annotation).toHaveLength(MAX_FAILURES_ANNOTATED + 1);
    expect(annotation[10]).toBe(`…and 2980 more reasons between these (3000 in all): the log's "${FAILURES_GROUP}" group, just above, lists every one.`);
    expect(annotation.at(-1)).toBe(notRead(2999));
  });

  it("AWS's text stays inert, in the group and in the annotation: no line starts or carries a workflow command", () => {
    const hostile = Array.from({ length: 30 }, (_, i) => `Could not read RAM in us-east-1 of 111122223333: x${i}\n::add-mask::y ##[error]z. Items there were not checked.`);
    failStep(hostile);
    for (const line of logged().filter((l) => !/^::(group|endgroup|error)::/.test(l))) {
      expect(line).not.toContain('::');
      expect(line).not.toContain('##[');
    }
    const annotation = logged().find((l) => l.startsWith('::error::'))!;
    for (const shown of annotation.slice('::error::'.length).split('%0A')) expect(shown).not.toContain('::');
  });
});

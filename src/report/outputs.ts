import { appendSummary, setOutput } from '../runner/files.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AskedFor } from '../inputs/read-inputs.js';
import { Outputs } from '../constants.js';
import { KINDS } from '../kinds/registry.js';
import { kindWrites } from '../run/report-counts.js';
import type { RunReport } from '../run/report-types.js';
import { emptySummaryJson, summaryJson, type SummaryJson } from './summary-json.js';
import { capSummary } from './markdown.js';

/**
 * The step's outputs, each set once. The counts and `report-file` as soon as a run has its report
 * (or knows it has none); `summary-json` last, from main.ts, when every reason the step fails for
 * is known — the alert issue's, and an error that stopped the run, included — so that it never
 * says a failed run succeeded, and is set whichever way the run ended.
 */
export class StepOutputs {
  /** summary-json as the report has it, once there is one. */
  private fromReport: SummaryJson | undefined;
  private countsSet = false;
  private written = false;

  /** Whether publishReport wrote the JSON report (the `report-file` output is its path, not empty). */
  get reportWritten(): boolean {
    return this.written;
  }

  /** Whether publishReport set the count outputs (`acted`, …) from a report: else finish sets them to 0. */
  get countsFromReport(): boolean {
    return this.fromReport !== undefined;
  }

  /**
   * Writes the JSON report and sets the count outputs from it. A report file that cannot be
   * written is returned as a failure reason, not thrown: by now an enforce run may have written to
   * AWS, and the outputs and the summary must still say so.
   */
  async publishReport(report: RunReport, reportFile: string): Promise<string[]> {
    const failures: string[] = [];
    let written = true;
    try {
      mkdirSync(dirname(reportFile), { recursive: true });
      writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      written = false;
      failures.push(`Could not write the JSON report to ${reportFile} (${error instanceof Error ? error.message : String(error)}); the counts are in the outputs and the job summary.`);
    }
    for (const [name, value] of Object.entries(countOutputs(report))) setOutput(name, value);
    setOutput(Outputs.ReportFile, written ? reportFile : '');
    this.written = written;
    this.countsSet = true;
    this.fromReport = summaryJson(report);
    return failures;
  }

  /** A run without a report (validate, a policy that did not load): the counts are zero and there is no report file. */
  publishEmpty(): void {
    for (const [name, value] of Object.entries(countOutputs(undefined))) setOutput(name, value);
    setOutput(Outputs.ReportFile, '');
    this.countsSet = true;
  }

  /**
   * summary-json, with `failures` every reason the step fails for: the report's own, else an empty
   * one with the mode asked for. A run that stopped before it set the counts (an input error, the
   * credentials' account outside the policy's pin, a merge whose shard reports do not fit) gets
   * them here, zero, so that every output is set whichever way the run ended.
   */
  finish(asked: AskedFor, failures: number): void {
    if (!this.countsSet) this.publishEmpty();
    const summary = this.fromReport === undefined ? emptySummaryJson(asked.mode ?? 'none', failures, asked.runUrl) : { ...this.fromReport, failures };
    setOutput(Outputs.SummaryJson, JSON.stringify(summary));
  }
}

/**
 * The count outputs of a run, by output name; all 0 for a run without a report. One table for both
 * paths, so that a count added here is set on every path, the failed ones included. `rejected` and
 * `declined` are totals over every kind, the report's (and summary-json's and the job summary
 * headline's) counts.rejected and counts.declined; `acted` is their sum, the writes AWS accepted
 * (a failed write is in `failed`, an item no longer pending in neither); each kind's own output
 * (`rejected-certificate-transfers`, `declined-handshakes`, …) counts that kind alone. In dry-run
 * and plan nothing is written and `planned` says what would be. Pure.
 */
export function countOutputs(report: Pick<RunReport, 'kinds' | 'counts'> | undefined): Record<string, number> {
  const perKind = KINDS.map((kind) => [kind.output.name, report === undefined ? 0 : kindWrites(report, kind.name)] as const);
  const rejected = report?.counts.rejected ?? 0;
  const declined = report?.counts.declined ?? 0;
  return {
    [Outputs.Acted]: rejected + declined,
    [Outputs.Rejected]: rejected,
    [Outputs.Declined]: declined,
    ...Object.fromEntries(perKind),
    [Outputs.Planned]: report?.counts.planned ?? 0,
    [Outputs.Failed]: report?.counts.failed ?? 0,
  };
}

/**
 * Writes a job summary, cut under GitHub's 1 MiB with a note that says where the rest is (`rest`:
 * capSummary's default suits a run summary); a summary that cannot be written is a failure reason,
 * not an exception, which sends readers to `elsewhere` (what the run kept besides: the log, and
 * the JSON report only when it was written).
 */
export async function writeSummary(markdown: string, rest: string | undefined, elsewhere: string): Promise<string[]> {
  try {
    await appendSummary(capSummary(markdown, rest));
    return [];
  } catch (error) {
    return [`Could not write the job summary (${error instanceof Error ? error.message : String(error)}); see ${elsewhere}.`];
  }
}

/** What a run kept besides its job summary, as writeSummary's `elsewhere`. */
export function logAndReport(reportWritten: boolean): string {
  return reportWritten ? 'the log and the JSON report' : 'the log';
}

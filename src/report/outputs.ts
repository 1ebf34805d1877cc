import { appendSummary, setOutput } from '../runner/files.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Outputs } from '../constants.js';
import { KINDS } from '../kinds/registry.js';
import { kindWrites, type RunReport } from '../run/run-report.js';
import { emptySummaryJson, summaryJson } from './summary-json.js';

/**
 * Writes the JSON report and sets every output from it. A report file that cannot be written is
 * returned as a failure reason, not thrown: by now an enforce run may have written to AWS, and the
 * outputs and the summary must still say so.
 */
export async function publishReport(report: RunReport, reportFile: string): Promise<string[]> {
  const failures: string[] = [];
  let written = true;
  try {
    mkdirSync(dirname(reportFile), { recursive: true });
    writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    written = false;
    failures.push(`Could not write the JSON report to ${reportFile} (${error instanceof Error ? error.message : String(error)}); the counts are in the outputs and the job summary.`);
  }
  // One count per kind of its successful writes: rejected (transfers), declined (handshakes), …
  for (const kind of KINDS) setOutput(kind.output.name, kindWrites(report, kind.name));
  setOutput(Outputs.Planned, report.counts.planned);
  setOutput(Outputs.Failed, report.counts.failed);
  setOutput(Outputs.ReportFile, written ? reportFile : '');
  setOutput(Outputs.SummaryJson, JSON.stringify(summaryJson(report)));
  return failures;
}

/** Writes a job summary; a summary that cannot be written is a failure reason, not an exception. */
export async function writeSummary(markdown: string): Promise<string[]> {
  try {
    await appendSummary(markdown);
    return [];
  } catch (error) {
    return [`Could not write the job summary (${error instanceof Error ? error.message : String(error)}); see the log and the JSON report.`];
  }
}

/** validate mode has no items: the counts are zero and there is no report file. */
export function publishEmptyOutputs(): void {
  for (const name of [...KINDS.map((kind) => kind.output.name), Outputs.Planned, Outputs.Failed]) setOutput(name, 0);
  setOutput(Outputs.ReportFile, '');
  setOutput(Outputs.SummaryJson, JSON.stringify(emptySummaryJson()));
}

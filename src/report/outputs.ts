import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Outputs } from '../constants.js';
import type { RunReport } from '../run/run-report.js';

/** Writes the JSON report and sets every output from it. */
export async function publishReport(report: RunReport, reportFile: string): Promise<void> {
  await mkdir(dirname(reportFile), { recursive: true });
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  core.setOutput(Outputs.Rejected, report.counts.rejected);
  core.setOutput(Outputs.Declined, report.counts.declined);
  core.setOutput(Outputs.Planned, report.counts.planned);
  core.setOutput(Outputs.Failed, report.counts.failed);
  core.setOutput(Outputs.ReportFile, reportFile);
}

/** validate mode has no items: the counts are zero and there is no report file. */
export function publishEmptyOutputs(): void {
  for (const name of [Outputs.Rejected, Outputs.Declined, Outputs.Planned, Outputs.Failed]) core.setOutput(name, 0);
  core.setOutput(Outputs.ReportFile, '');
}

import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { ShardReportFile } from './merge-reports.js';
import { asShardReport } from './shard-report.js';

/** A shard report is a few MiB at most; a larger file in the folder is not one. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

/**
 * Every `*.json` under `folder` (relative to the workspace), read as a shard report. Anything that
 * is not a report of this version, complete and with every field as inbound-guard writes it
 * (shard-report.ts), is an error naming the file and the field: a merge must not guess.
 */
export async function readShardReports(workspace: string, folder: string): Promise<ShardReportFile[]> {
  const root = resolve(workspace, folder);
  let files: string[];
  try {
    files = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    throw new Error(`Cannot read the reports folder ${folder} (${error instanceof Error ? error.message : String(error)}); download the shard artifacts into it first.`);
  }
  const reports: ShardReportFile[] = [];
  for (const path of files) {
    const file = relative(workspace, path) || path;
    const bytes = await readFile(path);
    if (bytes.length > MAX_REPORT_BYTES) throw new Error(`${file} is larger than any shard report (${bytes.length} bytes).`);
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch {
      throw new Error(`${file} is not JSON, so it is not a shard report; keep only the shard reports in ${folder}.`);
    }
    reports.push({ file, report: asShardReport(value, file) });
  }
  return reports;
}

/**
 * The runner's file commands the action uses: step outputs (GITHUB_OUTPUT) and the job summary
 * (GITHUB_STEP_SUMMARY). Byte for byte what @actions/core 3 writes (test/runner.test.ts); why not
 * @actions/core itself: see commands.ts.
 */
import { accessSync, appendFileSync, constants, existsSync } from 'node:fs';
import { EOL, uuidShaped } from '../builtins.js';
import { issueStdoutOutput } from './commands.js';

/**
 * Sets a step output. On a runner, a `name<<delimiter` block appended to GITHUB_OUTPUT; the
 * delimiter is random per value, and a name or value that holds it is refused, so a value cannot
 * close its block and set another output. Without GITHUB_OUTPUT, the old `::set-output` command.
 */
export function setOutput(name: string, value: string | number): void {
  const text = String(value);
  const file = process.env['GITHUB_OUTPUT'] || '';
  if (!file) return issueStdoutOutput(name, text);
  const delimiter = `ghadelimiter_${uuidShaped()}`;
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown (and a line end) to the job summary; rejects when there is none to write to. */
export async function appendSummary(markdown: string): Promise<void> {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}

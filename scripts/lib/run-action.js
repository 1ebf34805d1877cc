// Runs dist/index.js as a GitHub runner would, for the demo and the benchmark: a child process under
// the Node 24 that npm scripts put first on PATH, with INPUT_* variables, GITHUB_OUTPUT,
// GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE and RUNNER_TEMP set.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** `wrapper`: a command the node process runs under (e.g. valgrind and its options), or none. */
export async function runAction({ inputs, workspace, dir, env = {}, nodeArgs = [], echo = false, entry = join(ROOT, 'dist', 'index.js'), wrapper = [] }) {
  mkdirSync(dir, { recursive: true });
  const outputFile = join(dir, 'outputs.txt');
  const summaryFile = join(dir, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    GITHUB_ACTION: 'guard',
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) childEnv[`INPUT_${name.toUpperCase()}`] = value;
  // performance.now() at spawn and exit: the clock an in-process emulator stamps its calls with.
  const startedAt = performance.now();
  const command = [...wrapper, process.execPath, ...nodeArgs, entry];
  const child = spawn(command[0], command.slice(1), { env: childEnv, cwd: workspace });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => { stdout += d; if (echo) process.stdout.write(d); });
  child.stderr.on('data', (d) => { stderr += d; });
  const code = await new Promise((resolve) => child.on('close', resolve));
  const endedAt = performance.now();
  const seconds = (endedAt - startedAt) / 1000;
  return { code, stdout, stderr, seconds, startedAt, endedAt, summaryFile, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

function parseOutputs(text) {
  const out = {};
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]] = m[3];
  return out;
}

/** A Markdown/HTML job summary as plain terminal text: tags dropped, entities decoded, tables kept. */
export function summaryAsText(markdown) {
  return markdown
    .replace(/<br>/g, ' ')
    .replace(/<\/?(code|sub|details|summary)>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/\u200B/g, '')
    .replace(/^\| --- .*$/gm, '')
    .replace(/\n{3,}/g, '\n\n');
}

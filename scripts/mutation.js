#!/usr/bin/env node
/**
 * `npm run mutation [-- folder…]` — Stryker over src/<folder>, one folder at a time and
 * incrementally (reports/mutation/<folder>.incremental.json, git-ignored: a second run re-tests only
 * the mutants whose code or covering tests changed). Prints the score per folder, then the table of
 * every folder that has a report, then the survivors of the folders just run.
 *
 *   npm run mutation                 all folders (policy, decide, act, sweep, aws, and kinds if present)
 *   npm run mutation -- decide act   only these
 *   npm run mutation -- --table      only print the table from the reports already there
 *   MUTATION_MUTATE='src/aws/sts/**\/*.ts' npm run mutation -- aws   a subset of a folder (Stryker globs)
 *   MUTATION_TESTS='test/policy-*.test.ts' npm run mutation -- policy  only these tests (a floor on the score)
 *   MUTATION_STATIC=1 npm run mutation -- policy   also test static (module-level) mutants: every test runs for each
 *
 * Not in `npm test` or CI: it takes minutes per folder on two cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORTS = join(ROOT, 'reports', 'mutation');
const ALL = ['policy', 'decide', 'act', 'sweep', 'aws', 'kinds'].filter((f) => existsSync(join(ROOT, 'src', f)));

const args = process.argv.slice(2);
const tableOnly = args.includes('--table');
const folders = args.filter((a) => !a.startsWith('--'));
for (const f of folders) {
  if (!existsSync(join(ROOT, 'src', f))) {
    console.error(`mutation: no folder src/${f}`);
    process.exit(2);
  }
}
const run = tableOnly ? [] : folders.length > 0 ? folders : ALL;

/** Counts of one Stryker JSON report (mutation-testing-report-schema). */
export function score(report) {
  const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Ignored: 0 };
  const survivors = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) {
      c[m.status] = (c[m.status] ?? 0) + 1;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        survivors.push(`${m.status === 'NoCoverage' ? 'no coverage' : 'survived'}  ${file}:${m.location.start.line}  ${m.mutatorName}  ${JSON.stringify(m.replacement ?? '')}`);
      }
    }
  }
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return { c, valid, detected, score: valid === 0 ? 100 : (100 * detected) / valid, survivors };
}

mkdirSync(REPORTS, { recursive: true });
const timesFile = join(REPORTS, 'times.json');
const times = existsSync(timesFile) ? JSON.parse(readFileSync(timesFile, 'utf8')) : {};
let failed = false;
for (const folder of run) {
  console.log(`\n=== mutation: src/${folder} ===`);
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js'), 'run', 'stryker.config.mjs'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, MUTATION_FOLDER: folder },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (r.status !== 0) {
    console.error(`mutation: Stryker failed on src/${folder} (exit ${r.status})`);
    failed = true;
    continue;
  }
  times[folder] = { seconds, date: new Date().toISOString().slice(0, 10), mutate: process.env.MUTATION_MUTATE ?? `src/${folder}/**/*.ts`, tests: `${process.env.MUTATION_TESTS ?? 'all'}${process.env.MUTATION_SKIP ? ` but ${process.env.MUTATION_SKIP}` : ''}`, static: process.env.MUTATION_STATIC === '1' ? 'tested' : 'ignored' };
  writeFileSync(timesFile, `${JSON.stringify(times, null, 2)}\n`);
}

const rows = [];
const survivorLines = [];
let total = { valid: 0, detected: 0 };
for (const folder of ALL) {
  const file = join(REPORTS, `${folder}.json`);
  if (!existsSync(file)) continue;
  const s = score(JSON.parse(readFileSync(file, 'utf8')));
  total = { valid: total.valid + s.valid, detected: total.detected + s.detected };
  const t = times[folder];
  rows.push([folder, s.valid, s.c.Killed, s.c.Timeout, s.c.Survived, s.c.NoCoverage, s.c.CompileError + s.c.RuntimeError, `${s.score.toFixed(1)} %`, t ? `${t.seconds} s` : '?', t?.date ?? '?', s.c.Ignored, t && t.mutate !== `src/${folder}/**/*.ts` ? t.mutate : 'all', t?.tests ?? 'all']);
  if (run.includes(folder)) survivorLines.push(...s.survivors);
}
const head = ['folder', 'mutants', 'killed', 'timeout', 'survived', 'no cov', 'errors', 'score', 'time', 'date', 'static ignored', 'mutated', 'tests'];
if (rows.length > 1) rows.push(['overall', total.valid, '', '', '', '', '', `${(total.valid ? (100 * total.detected) / total.valid : 100).toFixed(1)} %`, '', '', '', '', '']);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (r) => `| ${r.map((v, i) => String(v).padEnd(widths[i])).join(' | ')} |`;
console.log(`\nMutation score per folder (reports/mutation/<folder>.json)\n${line(head)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`);
if (survivorLines.length > 0) console.log(`\nSurvivors (${survivorLines.length}):\n${survivorLines.join('\n')}`);
process.exit(failed ? 1 : 0);

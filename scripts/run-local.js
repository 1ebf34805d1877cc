// npm run local -- [--mode dry-run|enforce|validate] [--regions R] [--max-actions N] [POLICY_FILE]
// npm run validate -- [POLICY_FILE]          (the same with --mode validate: no AWS, no credentials)
//
// Runs the built action (dist/index.js) on this machine as a runner would, with the AWS settings
// of this shell: the lines `npm run emulator` prints for the local emulator, or real credentials.
// POLICY_FILE is relative to the directory npm was run from (default .github/inbound-guard.yml).
// Prints the log (annotations as file:line:col lines), the job summary as text, the outputs and
// where the JSON report is. Exits with the action's exit code.
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runAction, summaryAsText } from './lib/run-action.js';

const USAGE = `usage: npm run local -- [--mode dry-run|enforce|validate] [--regions R] [--max-actions N] [POLICY_FILE]
       npm run validate -- [POLICY_FILE]
  POLICY_FILE  the policy, relative to where you run npm (default .github/inbound-guard.yml)
  --mode       dry-run (default) writes nothing; enforce rejects and declines; validate reads no AWS
  AWS: the environment of this shell (paste what \`npm run emulator\` prints to use the local emulator).`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mode: { type: 'string', default: 'dry-run' },
    regions: { type: 'string' },
    'max-actions': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length > 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const workspace = process.env.INIT_CWD ?? process.cwd();
const policyFile = resolve(workspace, positionals[0] ?? '.github/inbound-guard.yml');
const dir = join(ROOT, '.tmp', 'local', values.mode);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// What the action may read from this shell: AWS settings (endpoints, keys, region, profile) and proxies.
const passed = Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(AWS_|HTTPS?_PROXY$|NO_PROXY$)/i.test(name)));
const inputs = {
  mode: values.mode,
  'policy-file': policyFile,
  ...(values.regions === undefined ? {} : { regions: values.regions }),
  ...(values['max-actions'] === undefined ? {} : { 'max-actions': values['max-actions'] }),
};
const run = await runAction({ inputs, workspace, dir, env: passed });

console.log(logAsText(run.stdout));
if (run.stderr.trim()) console.error(run.stderr.trim());
console.log(`\n${summaryAsText(run.summary).trim()}\n`);
const outputs = Object.entries(run.outputs).filter(([k]) => k !== 'report-file').map(([k, v]) => `${k}=${v}`).join('  ');
if (outputs) console.log(`outputs: ${outputs}`);
console.log(`job summary: ${run.summaryFile}`);
if (run.outputs['report-file']) console.log(`JSON report: ${run.outputs['report-file']}`);
console.log(`exit code: ${run.code}`);
process.exitCode = run.code ?? 1;

/** Workflow commands as a terminal shows them: groups as headings, annotations as `error:` lines. */
function logAsText(stdout) {
  // A line break in a message stays visible as \n: decoded, it could start a line with `::`.
  const unescape = (text) => text.replace(/%0D/g, '').replace(/%0A/g, '\\n').replace(/%25/g, '%');
  return stdout
    .split('\n')
    .flatMap((line) => {
      const group = /^::group::(.*)$/.exec(line);
      if (group) return [`▸ ${group[1]}`];
      if (/^::(endgroup|debug)::/.test(line)) return [];
      const annotation = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line);
      if (annotation) return [`${annotation[1]}: ${unescape(annotation[2])}`];
      return [line];
    })
    .join('\n')
    .trimEnd();
}

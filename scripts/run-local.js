// npm run local -- [--mode dry-run|enforce|validate] [--regions R] [--max-actions N] [POLICY_FILE]
// npm run validate -- [POLICY_FILE]          (the same with --mode validate: no AWS, no credentials)
//
// Runs the built action (dist/index.js) on this machine as a runner would, with the AWS settings
// of this shell: the lines `npm run emulator` prints for the local emulator, or real credentials.
// POLICY_FILE is relative to the directory npm was run from (default .github/inbound-guard.yml).
// The workspace is that directory; a policy outside it gets its own git repository's root (or,
// outside any repository, its own directory) as the workspace, since the action reads a policy
// only from inside the workspace.
// Prints the log (annotations as file:line:col lines), the job summary as text, the outputs and
// where the JSON report is. Exits with the action's exit code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runAction, summaryAsText } from './lib/run-action.js';

const USAGE = `usage: npm run local -- [--mode dry-run|enforce|validate] [--regions R] [--max-actions N] [POLICY_FILE]
       npm run validate -- [POLICY_FILE]
  POLICY_FILE  the policy, relative to where you run npm (default .github/inbound-guard.yml);
               --policy FILE says the same
  --mode       dry-run (default) writes nothing; enforce rejects and declines; validate reads no AWS
  AWS: the environment of this shell (paste what \`npm run emulator\` prints to use the local emulator).`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    tokens: true,
    options: {
      mode: { type: 'string', default: 'dry-run' },
      policy: { type: 'string' },
      regions: { type: 'string' },
      'max-actions': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  // An unknown option or one without its value: say which, and how to call it, not a stack trace.
  if (!String(error?.code).startsWith('ERR_PARSE_ARGS_')) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals, tokens } = parsed;
// `npm run validate` is `local --mode validate`: a second --mode would quietly win (and could enforce).
if (tokens.filter((t) => t.kind === 'option' && t.name === 'mode').length > 1) {
  console.error(`--mode given twice (${tokens.filter((t) => t.kind === 'option' && t.name === 'mode').map((t) => t.value).join(', ')}): npm run validate already means --mode validate; for another mode, npm run local -- --mode MODE.\n\n${USAGE}`);
  process.exit(2);
}
const given = [...positionals, ...(values.policy === undefined ? [] : [values.policy])];
if (values.help || given.length > 1) {
  if (values.help) console.log(USAGE);
  else console.error(`one policy file at a time (given: ${given.join(', ')})\n\n${USAGE}`);
  process.exit(values.help ? 0 : 2);
}

// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const here = process.env.INIT_CWD ?? process.cwd();
const { workspace, policyFile } = workspaceFor(here, resolve(here, given[0] ?? '.github/inbound-guard.yml'));
if (workspace !== here) console.log(`The policy is outside ${here}: the workspace is ${workspace}.`);
const dir = join(ROOT, '.tmp', 'local', values.mode);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

// What the action may read from this shell: AWS settings (endpoints, keys, region, profile) and proxies.
const passed = Object.fromEntries(Object.entries(process.env).filter(([name]) => /^(AWS_|HTTPS?_PROXY$|NO_PROXY$)/i.test(name)));
const inputs = {
  mode: values.mode,
  // As a workflow gives it: relative to the workspace (the repository root), so the log and the
  // summary name it as the annotations do.
  'policy-file': inWorkspace(workspace, policyFile),
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

/**
 * The directory npm was run from, when the policy lies inside it (every link followed, as the
 * action checks). Otherwise the policy's own git repository's root, or its directory outside any
 * repository: the action reads a policy only from inside its workspace. A policy that does not
 * exist keeps `here`, and the action says it was not found.
 */
function workspaceFor(here, policy) {
  let real;
  try {
    real = realpathSync(policy);
  } catch {
    return { workspace: here, policyFile: policy };
  }
  const inside = relative(realpathSync(here), real);
  if (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)) return { workspace: here, policyFile: policy };
  const dir = dirname(real);
  try {
    const root = execFileSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (root !== '') return { workspace: root, policyFile: real };
  } catch {
    // Not in a git repository (or no git): the policy's directory.
  }
  return { workspace: dir, policyFile: real };
}

/** `file` relative to `workspace` when it lies inside it (with `/` separators); otherwise as it is, for the action to refuse. */
function inWorkspace(workspace, file) {
  const inside = relative(workspace, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return file;
  return inside.split(sep).join('/');
}

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

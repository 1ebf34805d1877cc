/**
 * dist/licenses.txt names every package the bundle contains, with its license text.
 *
 * "Contains" comes from ncc itself: this file compiles src/ and bundles it with ncc's `--stats-out`
 * into a folder of its own, and reads webpack's module list. Every module whose file lies under
 * node_modules/ belongs to a package, and each such package must have an entry in the committed
 * notice carrying the license its package.json declares and the text of the license files it
 * ships (read here straight from node_modules/, not from the notice's generator). check-dist
 * separately proves the committed dist/ is what a fresh build makes.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-dist.js';
// @ts-expect-error: a build script, plain JavaScript without types
import { useEsmBuilds as useEsmBuildsJs } from '../scripts/lib/bundle.js';

const useEsmBuilds = useEsmBuildsJs as (libDir: string) => { packages: string[]; restore: () => void };

const NOTICE = join(ROOT, 'dist', 'licenses.txt');
const SEPARATOR = `\n${'-'.repeat(80)}\n`;
const run = promisify(execFile);

interface Bundled {
  readonly id: string;
  readonly license: string;
  readonly files: readonly { readonly name: string; readonly text: string }[];
}

type StatsModule = { nameForCondition?: string; modules?: StatsModule[] };

/** The file of every module in webpack's stats, nested (concatenated) modules included. */
function modulePaths(modules: readonly StatsModule[] | undefined, into: string[] = []): string[] {
  for (const module of modules ?? []) {
    if (module.nameForCondition) into.push(module.nameForCondition);
    modulePaths(module.modules, into);
  }
  return into;
}

/** The package folder a file under node_modules/ belongs to. */
const packageDir = (path: string) => /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];

function describePackage(dir: string): Bundled {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const files = readdirSync(dir).filter((name) => /^(licen[cs]e|copying|notice)/i.test(name));
  const text = (name: string) => readFileSync(join(dir, name), 'utf8').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
  return { id: `${manifest.name}@${manifest.version}`, license: manifest.license ?? '', files: files.map((name) => ({ name, text: text(name) })) };
}

/** What the notice lacks for these packages; empty when every one is covered. */
function noticeProblems(notice: string, bundled: readonly Bundled[]): string[] {
  const entries = new Map(notice.split(SEPARATOR).slice(1).map((entry) => [entry.split('\n')[0]!, entry] as const));
  const byId = new Map(bundled.map((pkg) => [pkg.id, pkg] as const));
  const problems: string[] = [];
  for (const pkg of bundled) {
    const entry = entries.get(pkg.id);
    if (entry === undefined) {
      problems.push(`${pkg.id}: no entry`);
      continue;
    }
    if (!entry.includes(`\nLicense: ${pkg.license}\n`)) problems.push(`${pkg.id}: does not say License: ${pkg.license}`);
    for (const file of pkg.files) if (!entry.includes(file.text)) problems.push(`${pkg.id}: the text of ${file.name} is missing`);
    if (pkg.files.length === 0) {
      // No license file in the package: the entry must point at a bundled package of the same license whose entry has it.
      const donorId = / the \S+ text is under (\S+) in this file\./.exec(entry)?.[1];
      const donor = donorId === undefined ? undefined : byId.get(donorId);
      const donorEntry = donorId === undefined ? undefined : entries.get(donorId);
      if (!donor || donor.license !== pkg.license || donor.files.length === 0 || !donorEntry || !donor.files.every((f) => donorEntry.includes(f.text))) {
        problems.push(`${pkg.id}: ships no license file and its entry points at no entry with the ${pkg.license} text`);
      }
    }
  }
  for (const id of entries.keys()) if (!byId.has(id)) problems.push(`${id}: in the notice but not in the bundle`);
  return problems;
}

let work: string;
/** Every module file in ncc's module list. */
let paths: string[];
let bundled: Bundled[];
/** Packages our own bundled modules (compiled src/) import by name. */
let importedByUs: Set<string>;
const notice = readFileSync(NOTICE, 'utf8');

beforeAll(async () => {
  // Inside the repository, so that the compiled files resolve packages from its node_modules/.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp', 'notice-'));
  writeFileSync(join(work, 'package.json'), '{ "type": "module" }\n');
  const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
  await run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(work, 'lib')], { cwd: ROOT });
  // As `npm run bundle` does: the AWS SDK clients' ES module builds, whose unused commands webpack drops.
  useEsmBuilds(join(work, 'lib'));
  const stats = join(work, 'stats.json');
  await run(bin('ncc'), ['build', join(work, 'lib', 'index.js'), '-o', join(work, 'dist'), '--no-source-map-register', '--stats-out', stats, '--quiet'], { cwd: ROOT });
  paths = modulePaths((JSON.parse(readFileSync(stats, 'utf8')) as { modules: StatsModule[] }).modules);
  bundled = [...new Set(paths.map(packageDir).filter((dir) => dir !== undefined))].map(describePackage);
  importedByUs = new Set();
  for (const file of paths.filter((path) => path.startsWith(join(work, 'lib')))) {
    // tsc prints every import and re-export on one line: a match never spans lines (so a string such
    // as 'changes from ', in an exported constant, is not taken for a module name).
    for (const [, a, b] of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;\n]*?from\s*'([^./'][^']*)'|\bimport\(\s*'([^./'][^']*)'\s*\)/gm)) {
      const spec = (a ?? b)!;
      if (!spec.startsWith('node:')) importedByUs.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
    }
  }
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('dist/licenses.txt, against the packages in ncc’s module list', () => {
  it('the module list names packages: every one our bundled code imports, and what those import in turn', () => {
    const names = bundled.map((pkg) => pkg.id.replace(/@[^@]+$/, ''));
    expect(importedByUs.size).toBeGreaterThan(3);
    expect(names).toEqual(expect.arrayContaining([...importedByUs]));
    expect(bundled.length).toBeGreaterThan(importedByUs.size);
  });

  it('no package comes from both its CommonJS and its ES module build, and the AWS SDK clients from the latter (scripts/lib/bundle.js)', () => {
    const builds = new Map<string, Set<string>>();
    for (const path of paths) {
      const dir = packageDir(path);
      const build = /\/(dist-cjs|dist-es)\//.exec(path)?.[1];
      if (dir !== undefined && build !== undefined) builds.set(dir, (builds.get(dir) ?? new Set()).add(build));
    }
    // Two copies of one package would each keep their own state (the SDK's schema registry, its caches).
    expect([...builds].filter(([, both]) => both.size > 1).map(([dir]) => dir)).toEqual([]);
    const clients = [...builds].filter(([dir]) => /\/@aws-sdk\/client-[^/]+$/.test(dir));
    expect(clients.length).toBeGreaterThan(3);
    expect(clients.filter(([, build]) => !build.has('dist-es')).map(([dir]) => dir)).toEqual([]);
  });

  it('has an entry for every bundled package with its declared license and license text, and none for others', () => {
    expect(noticeProblems(notice, bundled)).toEqual([]);
  });

  it('fails for a package whose entry goes missing, whichever it is', () => {
    for (const pkg of bundled) {
      const without = notice.split(SEPARATOR).filter((entry) => entry.split('\n')[0] !== pkg.id).join(SEPARATOR);
      expect(without.length, pkg.id).toBeLessThan(notice.length);
      expect(noticeProblems(without, bundled), pkg.id).toContain(`${pkg.id}: no entry`);
    }
  });

  it('fails when a license text is cut short or the declared license is wrong', () => {
    const withFile = bundled.find((pkg) => pkg.files.length > 0)!;
    const text = withFile.files[0]!.text;
    const cut = notice.replace(text, text.slice(0, Math.floor(text.length / 2)));
    expect(noticeProblems(cut, bundled)).toContain(`${withFile.id}: the text of ${withFile.files[0]!.name} is missing`);
    const relabelled = notice.replace(`${withFile.id}\nLicense: ${withFile.license}\n`, `${withFile.id}\nLicense: WTFPL\n`);
    expect(noticeProblems(relabelled, bundled)).toContain(`${withFile.id}: does not say License: ${withFile.license}`);
  });

  it('fails when a package without a license file points at no entry carrying its license text', () => {
    // Whether or not today's bundle has such a package: one that had its files taken away has no pointer.
    const withFile = bundled.find((pkg) => pkg.files.length > 0)!;
    const stripped = bundled.map((pkg) => (pkg === withFile ? { ...pkg, files: [] } : pkg));
    expect(noticeProblems(notice, stripped)).toContain(`${withFile.id}: ships no license file and its entry points at no entry with the ${withFile.license} text`);
    // And each real one whose pointer is broken.
    for (const pkg of bundled.filter((p) => p.files.length === 0)) {
      const dangling = notice.replace(new RegExp(`(\\n${pkg.id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\n[^]*? text is under )\\S+`), '$1nothing@0.0.0');
      expect(dangling, pkg.id).not.toBe(notice);
      expect(noticeProblems(dangling, bundled), pkg.id).toContain(`${pkg.id}: ships no license file and its entry points at no entry with the ${pkg.license} text`);
    }
  });

  it('fails when it has an entry for a package the bundle does not contain', () => {
    const [first, ...rest] = bundled;
    expect(noticeProblems(notice, rest)).toContain(`${first!.id}: in the notice but not in the bundle`);
  });
});

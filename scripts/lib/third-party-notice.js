// Writes the third-party notice for the bundle (dist/licenses.txt) from ncc's own module list.
//
// ncc's `--license` option left packages out (yaml, zod, @actions/core, undici, tunnel, … were in
// the bundle but not in the notice), so the notice is derived here from the webpack stats that ncc
// writes with `--stats-out`: every module webpack put into the bundle names the file it came from,
// and a file under node_modules/ belongs to the package whose folder holds it. For each such
// package the notice gives its name and version, the license its package.json declares and the
// text of every license or notice file it ships. A package that ships no license file (a few AWS
// SDK packages) points at an entry of the same license that does; if there is none, the build
// fails rather than write an incomplete notice.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export const NOTICE_FILE = 'licenses.txt';
export const SEPARATOR = '-'.repeat(80);
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/** Absolute paths of every module in ncc's webpack stats (concatenated modules included). */
export function modulePaths(stats) {
  const paths = new Set();
  const walk = (modules) => {
    for (const module of modules ?? []) {
      if (typeof module.nameForCondition === 'string') paths.add(module.nameForCondition);
      walk(module.modules);
    }
  };
  walk(stats.modules);
  return [...paths];
}

/** The package folder a module file belongs to: the folder right after its last node_modules/. */
export function packageDir(path) {
  const marker = `${sep}node_modules${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + marker.length).split(sep);
  if (!first) return undefined;
  return path.slice(0, at + marker.length) + (first.startsWith('@') ? `${first}${sep}${second}` : first);
}

/** The packages the bundle contains, sorted by name and version, each with its license files. */
export function bundledPackages(stats) {
  const dirs = new Set(modulePaths(stats).map(packageDir).filter((dir) => dir !== undefined));
  return [...dirs]
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      const files = readdirSync(dir).filter((name) => LICENSE_FILE.test(name)).sort();
      return {
        name: manifest.name,
        version: manifest.version,
        license: declaredLicense(manifest),
        files: files.map((name) => ({ name, text: normalise(readFileSync(join(dir, name), 'utf8')) })),
      };
    })
    .sort((a, b) => compare(a.name, b.name) || compare(a.version, b.version));
}

/** The notice's text for these packages. Throws when a package's license text cannot be given. */
export function renderNotice(packages) {
  const entries = packages.map((pkg) => {
    const head = [`${pkg.name}@${pkg.version}`, `License: ${pkg.license}`];
    if (pkg.files.length > 0) return [...head, ...pkg.files.flatMap((file) => [`File: ${file.name}`, '', file.text, ''])].join('\n');
    const donor = packages.find((other) => other.license === pkg.license && other.files.length > 0);
    if (!donor) throw new Error(`${pkg.name}@${pkg.version} is in the bundle and ships no license file, and no other bundled package carries the text of ${pkg.license}. Add its license text to scripts/lib/third-party-notice.js.`);
    return [...head, `File: none in the package; the ${pkg.license} text is under ${donor.name}@${donor.version} in this file.`, ''].join('\n');
  });
  const intro = [
    'Third-party software in the inbound-guard bundle (dist/)',
    '',
    `dist/ is built from src/ with @vercel/ncc and contains code from the ${packages.length} packages below. This`,
    "file lists every package in ncc's module list for the bundle, with the license its package.json",
    'declares and the license and notice files it ships. It is written by `npm run bundle`',
    '(scripts/lib/third-party-notice.js); do not edit it by hand.',
    '',
  ].join('\n');
  return [intro, ...entries].join(`${SEPARATOR}\n`);
}

/** Writes `<outDir>/licenses.txt` for the bundle ncc described in the stats file. */
export function writeNotice(outDir, statsFile) {
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  const packages = bundledPackages(stats);
  writeFileSync(join(outDir, NOTICE_FILE), renderNotice(packages));
  return packages;
}

function declaredLicense(manifest) {
  if (typeof manifest.license === 'string') return manifest.license;
  if (manifest.license && typeof manifest.license.type === 'string') return manifest.license.type;
  if (Array.isArray(manifest.licenses)) return manifest.licenses.map((l) => l.type ?? String(l)).join(' OR ');
  return 'UNKNOWN (package.json declares none)';
}

/** Line ends as \n, no trailing spaces, one final newline trimmed: the same text on every machine. */
function normalise(text) {
  return text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim();
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

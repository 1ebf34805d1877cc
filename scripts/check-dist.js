// Rebuilds the bundle from src/ and compares it with the committed dist/, file by file. A dist/
// that does not match its source is the most likely way to ship a broken action, so `npm test`
// runs this. The compile step writes lib/ where `npm run build` does: ncc reads the module type
// from the nearest package.json and names chunks after module paths, so the input must sit where
// the real build's does; only the bundle's output goes to a temporary folder. The bundle step,
// third-party notice included, is the one `npm run bundle` runs (scripts/lib/bundle.js).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { bundle } from './lib/bundle.js';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'inbound-guard-dist-'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

try {
  rmSync(join(root, 'lib'), { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  bundle(join(work, 'dist'), { quiet: true });
  const fresh = listFiles(join(work, 'dist'));
  const committed = listFiles(join(root, 'dist'));
  const problems = [];
  for (const file of new Set([...fresh, ...committed])) {
    if (!committed.includes(file)) problems.push(`dist/${file} is missing (a fresh build makes it)`);
    else if (!fresh.includes(file)) problems.push(`dist/${file} is stale (a fresh build does not make it)`);
    else if (!readFileSync(join(work, 'dist', file)).equals(readFileSync(join(root, 'dist', file)))) problems.push(`dist/${file} differs from a fresh build`);
  }
  if (problems.length > 0) {
    console.error(`dist/ does not match a fresh build of src/:\n  ${problems.join('\n  ')}\nRun \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build of src/ (${fresh.length} files).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  try { walk(dir); } catch { /* a missing dist/ lists as empty */ }
  return out.sort();
}

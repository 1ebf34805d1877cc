// The one way dist/ is made from lib/ (tsc's output): `npm run bundle` writes it into dist/, and
// scripts/check-dist.js into a temporary folder to compare. ncc bundles lib/index.js and writes
// webpack's stats (its module list) beside; the third-party notice is derived from those stats.
// Then each file loses the expressions webpack marked unused (drop-dead-code.js).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { dropDeadCode } from './drop-dead-code.js';
import { writeNotice } from './third-party-notice.js';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Bundles ROOT/lib/index.js into outDir (emptied first) with its third-party notice. */
export function bundle(outDir, { quiet = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'inbound-guard-ncc-'));
  const stats = join(work, 'stats.json');
  let restore = () => {};
  try {
    rmSync(outDir, { recursive: true, force: true });
    // Undone after: lib/ stays what tsc wrote, which Node can run (dist-es imports name no extension).
    restore = useEsmBuilds(join(ROOT, 'lib')).restore;
    const args = ['build', join(ROOT, 'lib', 'index.js'), '-o', outDir, '--no-source-map-register', '--stats-out', stats];
    execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), quiet ? [...args, '--quiet'] : args, { cwd: ROOT, stdio: 'inherit' });
    for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
      const path = join(outDir, file);
      const { code, dropped } = dropDeadCode(readFileSync(path, 'utf8'));
      if (dropped > 0) writeFileSync(path, code);
    }
    return writeNotice(outDir, stats);
  } finally {
    restore();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Points lib/'s imports of the AWS SDK clients (and @aws-sdk/credential-providers) at their ES
 * module build. A client package's `main` is one CommonJS file holding every command of its service
 * and their schemas (IoT's, about 400 KB, 360 commands), which webpack cannot prune, so every run
 * compiled and ran all of it; its `module` build (dist-es, "sideEffects": false) lets webpack keep
 * only the commands the action sends. ncc resolves `main` and has no option to prefer `module`, so
 * the import names that build's entry. Only those packages, and only with a `module` entry and no
 * `exports` map (which would decide by itself): the SDK's shared packages (@smithy/*, @aws-sdk/core,
 * the credential chain), which the clients' builds import too and ncc resolves to CommonJS, stay as
 * they resolve, so each is bundled once (test/third-party-notice.test.ts checks that no package is
 * bundled from both builds). `npm run cold-start -- --instructions`: a dry-run 913 M instructions
 * before, 830 M after. Rewrites lib/ (tsc's output) in place: returns the packages rewritten and
 * `restore`, which puts each file back as it was.
 */
export function useEsmBuilds(libDir) {
  const entries = new Map();
  const esmEntry = (name) => {
    if (!entries.has(name)) {
      const manifest = join(ROOT, 'node_modules', name, 'package.json');
      const pkg = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
      entries.set(name, typeof pkg.module === 'string' && pkg.exports === undefined ? posix.join(name, pkg.module) : undefined);
    }
    return entries.get(name);
  };
  const originals = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        // A specifier after `from` (import or export), `import(` or a bare `import`: tsc writes each on the line of its keyword.
        const rewritten = code.replace(/(\bfrom\s*|\bimport\s*\(\s*|\bimport\s*)(['"])(@aws-sdk\/(?:client-[a-z0-9-]+|credential-providers))\2/g, (whole, before, quote, name) => {
          const target = esmEntry(name);
          return target === undefined ? whole : `${before}${quote}${target}${quote}`;
        });
        if (rewritten !== code) {
          originals.set(path, code);
          writeFileSync(path, rewritten);
        }
      }
    }
  };
  walk(libDir);
  return {
    packages: [...entries].filter(([, target]) => target !== undefined).map(([name]) => name),
    restore: () => {
      for (const [path, code] of originals) writeFileSync(path, code);
    },
  };
}

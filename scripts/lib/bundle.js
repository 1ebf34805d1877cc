// The one way dist/ is made from lib/ (tsc's output): `npm run bundle` writes it into dist/, and
// scripts/check-dist.js into a temporary folder to compare. ncc bundles lib/index.js and writes
// webpack's stats (its module list) beside; the third-party notice is derived from those stats.
// Then each file loses the expressions webpack marked unused (drop-dead-code.js).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropDeadCode } from './drop-dead-code.js';
import { writeNotice } from './third-party-notice.js';

export const ROOT = new URL('../..', import.meta.url).pathname;

/** Bundles ROOT/lib/index.js into outDir (emptied first) with its third-party notice. */
export function bundle(outDir, { quiet = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'inbound-guard-ncc-'));
  const stats = join(work, 'stats.json');
  try {
    rmSync(outDir, { recursive: true, force: true });
    const args = ['build', join(ROOT, 'lib', 'index.js'), '-o', outDir, '--no-source-map-register', '--stats-out', stats];
    execFileSync(join(ROOT, 'node_modules', '.bin', 'ncc'), quiet ? [...args, '--quiet'] : args, { cwd: ROOT, stdio: 'inherit' });
    for (const file of readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
      const path = join(outDir, file);
      const { code, dropped } = dropDeadCode(readFileSync(path, 'utf8'));
      if (dropped > 0) writeFileSync(path, code);
    }
    return writeNotice(outDir, stats);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

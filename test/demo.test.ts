import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NODE24, ROOT } from './helpers/run-dist.js';

// The README's first command must stay true: `npm run demo` runs the built action against the
// emulator in dry-run, then enforce, and shows what happened.
describe('npm run demo', () => {
  it('runs dry-run (no writes) then enforce (the sample scenario\'s 7 writes), then every family (13 writes), then an organization, all green, and leaves nothing in the temp folder', async () => {
    // A temp folder of its own: whatever the demo leaves there is the demo's.
    const temp = mkdtempSync(join(tmpdir(), 'inbound-guard-demo-test-'));
    const { stdout } = await promisify(execFile)(NODE24, ['--no-warnings', join(ROOT, 'scripts', 'demo.js')], { cwd: ROOT, timeout: 60_000, env: { ...process.env, TMPDIR: temp } });
    expect(readdirSync(temp)).toEqual([]);
    rmSync(temp, { recursive: true, force: true });
    expect(stdout).toMatch(/mode: dry-run\s+exit code: 0 .*writes: 0\)/);
    expect(stdout).toMatch(/mode: enforce\s+exit code: 0 .*writes: 7\)/);
    expect(stdout).toContain('4 rejected · 3 declined');
    expect(stdout).toMatch(/JSON report: \/\S+\/\.tmp\/demo\/enforce\/\S+\.json/);
    // Every family acted on: transfers, handshakes, RAM invitations and the four security services.
    expect(stdout).toMatch(/every family, mode: enforce\s+exit code: 0 .*writes: 13: /);
    for (const service of ['iot 4', 'organizations 3', 'ram 2', 'guardduty 1', 'macie2 1', 'securityhub 1', 'detective 1']) expect(stdout).toMatch(new RegExp(`writes: 13: [^)]*\\b${service}\\b`));
    // rejected and declined count every kind (as the headline does), then each kind its own.
    expect(stdout).toContain('rejected=6  declined=7  rejected-certificate-transfers=4  declined-handshakes=3  rejected-share-invitations=2  declined-security-invitations=4');
    // The organization part: several accounts reached through their roles, in one green run.
    expect(stdout).toMatch(/organization, mode: enforce\s+exit code: 0 .*writes: 9 in 3 accounts\)/);
    expect(stdout).toContain('6 rejected · 3 declined');
  });
});

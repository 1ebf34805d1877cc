import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { capSummary, SUMMARY_MAX_BYTES } from '../src/report/markdown.js';
import { writeSummary } from '../src/report/outputs.js';
import { MAX_POLICY_BYTES } from '../src/policy/defaults.js';
import { restoreRunnerEnvAfterEach, runInProcess } from './helpers/run-in-process.js';
import { testTempDir } from './helpers/temp-dir.js';

restoreRunnerEnvAfterEach();

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const NOTE = "This summary is cut here: GitHub shows at most 1 MiB of a step's summary.";

describe('capSummary: the job summary stays under GitHub\'s 1 MiB', () => {
  it('leaves a summary that fits as it is', () => {
    const md = `### Title\n\n| a | b |\n|---|---|\n${'| x | y |\n'.repeat(1000)}`;
    expect(capSummary(md)).toBe(md);
  });

  it('cuts a larger one at a line break, under the limit, and says so', () => {
    const line = `| ${'é'.repeat(300)} | ✅ |`;
    const md = Array.from({ length: 5000 }, () => line).join('\n');
    const out = capSummary(md);
    expect(bytes(out)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(out).toContain(NOTE);
    const body = out.slice(0, out.indexOf('\n\n**This summary'));
    expect(body.split('\n').every((l) => l === line)).toBe(true);
    expect(out).not.toContain('\uFFFD');
  });

  it('closes every <details> the cut left open, so the note is not folded away', () => {
    const md = `<details><summary>accounts</summary>\n\n<details><summary>inner</summary>\n\n${'| row |\n'.repeat(200_000)}\n</details>\n</details>`;
    const out = capSummary(md);
    expect(bytes(out)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(out.match(/<details>/g)).toHaveLength(2);
    expect(out.match(/<\/details>/g)).toHaveLength(2);
    expect(out.lastIndexOf('</details>')).toBeLessThan(out.indexOf(NOTE));
  });

  it('holds for any text and limit (property): under the limit, a prefix of whole lines, details balanced', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('<details><summary>s</summary>', '</details>')), { maxLength: 60 }), fc.integer({ min: 600, max: 3000 }), (lines, max) => {
        const md = lines.join('\n');
        const out = capSummary(md, undefined, max);
        if (bytes(md) <= max) return out === md;
        const body = out.slice(0, out.indexOf('\n\n**This summary'));
        const kept = body.replace(/(\n\n<\/details>)*$/, '');
        const open = (out.match(/<details>/g) ?? []).length - (out.match(/<\/details>/g) ?? []).length;
        return bytes(out) <= max && out.includes(NOTE) && (kept === '' || md.startsWith(`${kept}\n`)) && open <= 0;
      }),
    );
  });

  it('ends even when the limit is smaller than its own note: the note alone', () => {
    const out = capSummary('a\n'.repeat(100), undefined, 10);
    expect(out).toContain(NOTE);
    expect(out.startsWith('\n\n**This summary')).toBe(true);
  });

  it('says where the rest is as the writer says it (validate: the policy file), and the run summary\'s default otherwise', () => {
    const md = 'line\n'.repeat(1000);
    expect(capSummary(md, 'The policy file itself has every rule.', 800)).toContain("GitHub shows at most 1 MiB of a step's summary. The policy file itself has every rule.**");
    expect(capSummary(md, undefined, 800)).toContain('The log lists every item (its Decisions group)');
  });

  it('many folded sections left open are closed without rescanning the text for each line dropped', () => {
    const md = '<details><summary>x</summary>\n'.repeat(200_000);
    const out = capSummary(md, undefined, 300_000);
    expect(bytes(out)).toBeLessThanOrEqual(300_000);
    expect((out.match(/<details>/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  }, 10_000);

  it('is what writeSummary writes', async () => {
    const file = join(testTempDir('summary-cap-'), 'summary.md');
    writeFileSync(file, '');
    const saved = process.env['GITHUB_STEP_SUMMARY'];
    process.env['GITHUB_STEP_SUMMARY'] = file;
    try {
      expect(await writeSummary('x\n'.repeat(600_000), undefined, 'the log')).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['GITHUB_STEP_SUMMARY'];
      else process.env['GITHUB_STEP_SUMMARY'] = saved;
    }
    const written = readFileSync(file, 'utf8');
    expect(bytes(written)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES + 1);
    expect(written).toContain(NOTE);
  });

  it('validate of a policy under 256 KiB whose summary passes 1 MiB (notes of markup characters, each an entity) says the policy file has every rule', async () => {
    const workspace = testTempDir('summary-cap-validate-');
    mkdirSync(join(workspace, '.github'));
    let policy = 'version: 1\niot:\n  allow:\n';
    for (let i = 0; ; i++) {
      const entry = `    - source-account: "${String(i).padStart(12, '0')}"\n      note: "${'<'.repeat(100)}"\n`;
      if (Buffer.byteLength(policy + entry) > MAX_POLICY_BYTES - 10) break;
      policy += entry;
    }
    writeFileSync(join(workspace, '.github', 'inbound-guard.yml'), policy);
    const run = await runInProcess({ workspace, action: 'validate', inputs: { mode: 'validate' } });
    expect(run.code ?? 0).toBe(0);
    expect(bytes(run.summary)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES + 2);
    expect(run.summary).toContain("GitHub shows at most 1 MiB of a step's summary. The policy file itself (<code>.github/inbound&#45;guard.yml</code>) has every rule.**");
  }, 30_000);
});

/**
 * src/runner speaks the runner's protocol itself instead of importing @actions/core (which loads
 * undici on every start). It must write exactly what @actions/core 3 writes: the two run side by
 * side here, on hostile text (command delimiters, line breaks, `%`) and on every annotation shape.
 */
import * as core from '@actions/core';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as runner from '../src/runner/commands.js';
import { appendSummary, setOutput } from '../src/runner/files.js';
import { rejectsWith } from './helpers/rejections.js';

/** What `write` sent to stdout: through process.stdout (@actions/core) or src/runner's writer. */
function stdoutOf(write: () => void): string {
  const chunks: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      chunks.push(String(chunk));
      return true;
    }),
    vi.spyOn(runner.stdout, 'write').mockImplementation((chunk: string) => {
      chunks.push(chunk);
    }),
  ];
  try {
    write();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks.join('');
}

/** Both implementations' stdout for the same call; and the exit code each set. */
function both(ours: () => void, theirs: () => void): { ours: string; theirs: string } {
  const saved = process.exitCode;
  try {
    return { ours: stdoutOf(ours), theirs: stdoutOf(theirs) };
  } finally {
    process.exitCode = saved;
  }
}

const HOSTILE = ['plain', '', 'a%b', '100%25', 'line\nbreak', 'cr\r\nlf', '::error::injected', 'key=value,other=x', 'c:\\path:1', 'ünïcödé ✓', '%0A%3A'];

const PLACES: core.AnnotationProperties[] = [
  {},
  { title: 'inbound-guard policy: iot.allow[0]' },
  { title: '' },
  { title: 'a:b,c\nd', file: '.github/inbound-guard.yml', startLine: 3, startColumn: 7 },
  { file: 'x.yml', startLine: 0, startColumn: 0 },
  { title: 't', file: 'f', startLine: 1, endLine: 2, startColumn: 3, endColumn: 4 },
];

describe('src/runner writes what @actions/core writes', () => {
  it.each(HOSTILE)('info, masks, groups and the failed step: %j', (text) => {
    const pairs = [
      both(() => runner.info(text), () => core.info(text)),
      both(() => runner.setSecret(text), () => core.setSecret(text)),
      both(() => runner.startGroup(text), () => core.startGroup(text)),
      both(() => runner.endGroup(), () => core.endGroup()),
      both(() => runner.setFailed(text), () => core.setFailed(text)),
    ];
    for (const { ours, theirs } of pairs) expect(ours).toBe(theirs);
  });

  it.each(PLACES)('annotations at %j', (place) => {
    for (const text of HOSTILE) {
      const pairs = [
        both(() => runner.error(text, place), () => core.error(text, place)),
        both(() => runner.warning(text, place), () => core.warning(text, place)),
        both(() => runner.notice(text, place), () => core.notice(text, place)),
      ];
      for (const { ours, theirs } of pairs) expect(ours).toBe(theirs);
    }
  });

  it('annotations without properties', () => {
    expect(both(() => runner.warning('w'), () => core.warning('w'))).toEqual({ ours: '::warning::w\n', theirs: '::warning::w\n' });
  });

  it('any message and title escape the same way (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.nat(), (message, title, line) => {
        const { ours, theirs } = both(() => runner.error(message, { title, startLine: line }), () => core.error(message, { title, startLine: line }));
        expect(ours).toBe(theirs);
        // One line, whatever the text held: nothing can start a second command.
        expect(ours.indexOf('\n')).toBe(ours.length - 1);
      }),
    );
  });

  it('setFailed fails the step', () => {
    const saved = process.exitCode;
    stdoutOf(() => runner.setFailed('x'));
    expect(process.exitCode).toBe(1);
    process.exitCode = saved;
  });

  it('getInput reads INPUT_<NAME> as the runner sets it, trimmed', () => {
    const saved = { ...process.env };
    try {
      process.env['INPUT_POLICY-FILE'] = '  a.yml \n';
      process.env['INPUT_TWO_WORDS'] = 'x';
      for (const name of ['policy-file', 'Policy-File', 'two words', 'absent']) expect(runner.getInput(name)).toBe(core.getInput(name));
      expect(runner.getInput('policy-file')).toBe('a.yml');
    } finally {
      process.env = saved;
    }
  });
});

describe('src/runner files: outputs and the job summary, as @actions/core writes them', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'inbound-guard-runner-'));
    core.summary.emptyBuffer();
    // @actions/core keeps the first summary path it found for the process; each case sets its own.
    Reflect.set(core.summary, '_filePath', undefined);
  });
  afterEach(() => {
    process.env = { ...saved };
    rmSync(dir, { recursive: true, force: true });
  });

  /** The file `write` appended to, the random delimiters made equal. */
  function fileAfter(env: 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY', name: string, write: () => unknown): Promise<string> {
    const file = join(dir, name);
    writeFileSync(file, 'before\n');
    process.env[env] = file;
    return Promise.resolve(write()).then(() => readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_UUID'));
  }

  it.each([['rejected', 0], ['report-file', ''], ['summary-json', '{"a":"b\\nc"}'], ['multi', 'line\nbreak\r\n%'], ['planned', 12]] as const)('setOutput(%j, %j)', async (name, value) => {
    const ours = await fileAfter('GITHUB_OUTPUT', 'ours', () => setOutput(name, value));
    const theirs = await fileAfter('GITHUB_OUTPUT', 'theirs', () => core.setOutput(name, value));
    expect(ours).toBe(theirs);
    expect(ours).toContain(`${name}<<ghadelimiter_UUID\n`);
  });

  it('setOutput without GITHUB_OUTPUT: the set-output command', () => {
    delete process.env['GITHUB_OUTPUT'];
    const { ours, theirs } = both(() => setOutput('a:b', 'x\ny'), () => core.setOutput('a:b', 'x\ny'));
    expect(ours).toBe(theirs);
  });

  it('setOutput to a file that is not there: the same error', () => {
    process.env['GITHUB_OUTPUT'] = join(dir, 'missing');
    expect(() => setOutput('a', 1)).toThrow(new Error(`Missing file at path: ${join(dir, 'missing')}`));
    expect(() => core.setOutput('a', 1)).toThrow(new Error(`Missing file at path: ${join(dir, 'missing')}`));
  });

  it('appendSummary appends the Markdown and a line end, like summary.addRaw(markdown, true).write()', async () => {
    const markdown = '## ✅ title\n\n| a | b |\n| --- | --- |\n| 1 | 2 |';
    const ours = await fileAfter('GITHUB_STEP_SUMMARY', 'ours', () => appendSummary(markdown));
    Reflect.set(core.summary, '_filePath', undefined);
    const theirs = await fileAfter('GITHUB_STEP_SUMMARY', 'theirs', () => core.summary.addRaw(markdown, true).write());
    expect(ours).toBe(theirs);
    expect(ours).toBe(`before\n${markdown}\n`);
  });

  it('appendSummary without a summary file rejects with the same message', async () => {
    delete process.env['GITHUB_STEP_SUMMARY'];
    const theirs = await core.summary.addRaw('x').write().then(() => 'written', (error: Error) => error.message);
    await rejectsWith(appendSummary('x'), theirs);
    process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'missing');
    core.summary.emptyBuffer();
    Reflect.set(core.summary, '_filePath', undefined);
    const missing = await core.summary.addRaw('x').write().then(() => 'written', (error: Error) => error.message);
    await rejectsWith(appendSummary('x'), missing);
  });
});

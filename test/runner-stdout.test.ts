/**
 * src/runner's log writer: file descriptor 1 while it takes whole lines, process.stdout from the
 * first write it does not (a full non-blocking pipe answers EAGAIN), with nothing lost or reordered.
 */
import { writeSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { info, stdout } from '../src/runner/commands.js';

vi.mock('node:fs', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:fs')>()), writeSync: vi.fn() }));

/** What reached descriptor 1 and what reached process.stdout, in order, as text. */
function capture() {
  const toDescriptor: string[] = [];
  const toStream: string[] = [];
  const stream = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    toStream.push(Buffer.from(chunk).toString('utf8'));
    return true;
  });
  return { toDescriptor, toStream, stream };
}

/** writeSync answering with each of `answers` in turn (a byte count taken, or an error thrown); whole writes after. */
function descriptorAnswers(toDescriptor: string[], ...answers: (number | Error)[]): void {
  vi.mocked(writeSync).mockImplementation(((fd: number, buffer: Uint8Array) => {
    expect(fd).toBe(1);
    const answer = answers.shift() ?? buffer.length;
    if (answer instanceof Error) throw answer;
    toDescriptor.push(Buffer.from(buffer.subarray(0, answer)).toString('utf8'));
    return answer;
  }) as typeof writeSync);
}

const eagain = () => Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });

describe('src/runner stdout', () => {
  beforeEach(() => {
    stdout.viaStream = false;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.mocked(writeSync).mockReset();
  });

  it('writes each line to descriptor 1 as UTF-8 bytes, and nothing to process.stdout', () => {
    const { toDescriptor, toStream } = capture();
    descriptorAnswers(toDescriptor);
    info('ünïcödé ✓');
    info('second');
    expect(toDescriptor).toEqual(['ünïcödé ✓\n', 'second\n']);
    expect(toStream).toEqual([]);
  });

  it('a short write is followed by the rest of the line', () => {
    const { toDescriptor, toStream } = capture();
    descriptorAnswers(toDescriptor, 3, 2);
    info('abcdefgh');
    expect(toDescriptor.join('')).toBe('abcdefgh\n');
    expect(toDescriptor).toEqual(['abc', 'de', 'fgh\n']);
    expect(toStream).toEqual([]);
  });

  it('EAGAIN part-way: the rest of that line and every later one go through process.stdout, in order', () => {
    const { toDescriptor, toStream } = capture();
    descriptorAnswers(toDescriptor, 4, eagain());
    info('first line');
    info('second line');
    expect(toDescriptor).toEqual(['firs']);
    expect(toStream).toEqual(['t line\n', 'second line\n']);
    // Once on the stream, the descriptor is not tried again (it would reorder lines).
    expect(writeSync).toHaveBeenCalledTimes(2);
  });

  it('a descriptor that takes nothing (0 bytes) hands the line to process.stdout rather than looping', () => {
    const { toDescriptor, toStream } = capture();
    descriptorAnswers(toDescriptor, 0);
    info('line');
    expect(toStream).toEqual(['line\n']);
    expect(writeSync).toHaveBeenCalledTimes(1);
  });

  it('any other error (a closed pipe) also leaves the line to process.stdout, which reports as a stream does', () => {
    const { toDescriptor, toStream } = capture();
    descriptorAnswers(toDescriptor, Object.assign(new Error('EPIPE'), { code: 'EPIPE' }));
    expect(() => info('line')).not.toThrow();
    expect(toStream).toEqual(['line\n']);
  });
});

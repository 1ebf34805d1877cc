/**
 * The runner's protocol, the parts the action uses: workflow commands on stdout (log groups,
 * annotations, masks, the failed step) and the INPUT_* variables. Ours rather than @actions/core's:
 * importing that package loads its OIDC client and with it undici and @actions/exec, about 1 MB
 * that every run compiled and ran before its first line and none of them uses; that was half of
 * validate's start-up time (npm run cold-start). What is written here is byte for byte what
 * @actions/core 3 writes for the same call: test/runner.test.ts runs the two side by side.
 */
import { writeSync } from 'node:fs';
import { EOL } from '../builtins.js';

/**
 * Where log lines go. Straight to file descriptor 1 with a synchronous write while that takes the
 * whole line: process.stdout, a stream over the runner's pipe, costs 18 M instructions to create
 * (valgrind on `node -e 'process.stdout.write("x")' | cat` against a writeSync to descriptor 1),
 * a tenth of what validate spends over a bare `node -e 0`.
 * From the first write the descriptor does not take whole (a non-blocking pipe that is full, a
 * closed one, any error), the rest of that line and every later one go through process.stdout,
 * which queues, waits and reports errors as a stream does; the order of lines is kept. Tests
 * replace `write` to read what was logged.
 */
export const stdout = {
  viaStream: false,
  write(text: string): void {
    let bytes = Buffer.from(text, 'utf8');
    if (!this.viaStream) {
      try {
        while (bytes.length > 0) {
          const written = writeSync(1, bytes);
          if (written === 0) break;
          bytes = bytes.subarray(written);
        }
      } catch {
        // Left to the stream below, with what was not written.
      }
      if (bytes.length === 0) return;
      this.viaStream = true;
    }
    process.stdout.write(bytes);
  },
};

/** Where an annotation points; the names @actions/core uses, mapped to the runner's below. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

/** The input's value, trimmed; '' when not set. `with:` names map to INPUT_<NAME> as the runner sets them. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function info(message: string): void {
  stdout.write(message + EOL);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotation(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message);
}

/** An error annotation (at a place, when given: @actions/core's takes none), and the step fails when the process exits. */
export function setFailed(message: string, properties: AnnotationProperties = {}): void {
  process.exitCode = 1;
  error(message, properties);
}

/** The runner masks the value in the log from here on. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/**
 * `::command key=value,…::message`. The message and the values are escaped (`%`, CR, LF, and in
 * values also `:` and `,`), so text quoted from a policy file or an AWS error cannot end the
 * command early or start another. Properties without a value ('', 0, undefined) are left out; as
 * in @actions/core, the space after the command stays when properties were given at all.
 */
function issueCommand(command: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): void {
  const given = Object.keys(properties).length > 0;
  const pairs = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => Boolean(entry[1]))
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  stdout.write(`::${command}${given ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}${EOL}`);
}

/** The runner's names for an annotation's place; none at all when no property was given. */
function annotation(p: AnnotationProperties): Record<string, string | number | undefined> {
  if (Object.keys(p).length === 0) return {};
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn };
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A step output without GITHUB_OUTPUT (an old runner, or a local run): see files.ts's setOutput. */
export function issueStdoutOutput(name: string, value: string): void {
  stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

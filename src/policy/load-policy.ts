/** Reads the policy file from the workspace and hands it to parsePolicy. The only I/O here. */
// Synchronous calls: one small file, read once, before anything else runs; node:fs/promises
// would add 8 M instructions to every start-up (src/builtins.ts).
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_POLICY_BYTES, POLICY_FILE_INPUT } from './defaults.js';
import { oneProblem } from './format-issue.js';
import { parsePolicy } from './parse-policy.js';
import { tooLargeMessage } from './read-yaml.js';
import type { PolicyResult } from './types.js';

/** The path as reports show it: relative to the workspace when inside it, with `/` separators. */
export function displayPath(workspace: string, path: string): string {
  const absolute = resolve(workspace, path);
  const inside = relative(resolve(workspace), absolute);
  // Outside: `..` or `../…`; a name that only starts with two dots (`..policy.yml`) is inside.
  const shown = inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) ? absolute : inside;
  return shown.split(sep).join('/');
}

function failure(file: string, message: string): PolicyResult {
  return { ok: false, ...oneProblem({ file, line: 1, column: 1, key: '', message }) };
}

function readError(file: string, error: unknown): PolicyResult {
  const code = (error as { code?: unknown }).code;
  const where = `Set the \`${POLICY_FILE_INPUT}\` input to the policy's path relative to the repository root.`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return failure(file, `the policy file was not found. ${where} (Is the repository checked out before this step?)`);
  if (code === 'EISDIR') return failure(file, `this is a directory, not a policy file. ${where}`);
  if (code === 'EACCES' || code === 'EPERM') return failure(file, 'the policy file cannot be read: permission denied.');
  return failure(file, `the policy file cannot be read (${typeof code === 'string' ? code : 'unknown error'}).`);
}

/** Whether `path` is `root` or lies below it (both absolute and resolved). */
function within(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/**
 * Where the policy really is (every link followed) when that is inside the workspace, else why
 * it is refused. The file is in the repository, which a pull request changes: a symbolic link to
 * /proc/self/environ or ~/.aws/credentials must not have its content parsed and echoed in
 * annotations. Where the link leads is not shown either: it is the link author's text.
 */
function whereToRead(workspace: string, path: string): { real: string } | { refused: string } {
  const root = realpathSync(resolve(workspace));
  const given = resolve(workspace, path);
  const real = realpathSync(given);
  if (within(root, real)) return { real };
  const fix = `inbound-guard reads the policy only from inside the workspace (the repository checkout). Set the \`${POLICY_FILE_INPUT}\` input to the policy's path relative to the repository root.`;
  return within(resolve(workspace), given)
    ? { refused: `the policy file is a symbolic link, or lies in a linked directory, that leads outside the workspace; it was not read. ${fix}` }
    : { refused: `the policy file is outside the workspace; it was not read. ${fix}` };
}

/** `path` is relative to `workspace` unless absolute; it must resolve inside the workspace. Never throws. */
export async function loadPolicy(workspace: string, path: string): Promise<PolicyResult> {
  const file = displayPath(workspace, path);
  let bytes: Uint8Array;
  try {
    const where = whereToRead(workspace, path);
    if ('refused' in where) return failure(file, where.refused);
    // The real path, and no link followed at its last step: what was checked is what is read.
    const fd = openSync(where.real, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const { size } = fstatSync(fd);
      // Refused unread: a policy path pointing at a huge file must not fill memory.
      if (size > MAX_POLICY_BYTES) return failure(file, tooLargeMessage(size));
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return readError(file, error);
  }
  return parsePolicy(bytes, file);
}

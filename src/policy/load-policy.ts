/** Reads the policy file from the workspace and hands it to parsePolicy. The only I/O here. */
import { open } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { MAX_POLICY_BYTES, POLICY_FILE_INPUT } from './defaults.js';
import { parsePolicy } from './parse-policy.js';
import { tooLargeMessage } from './read-yaml.js';
import type { PolicyResult } from './types.js';

/** The path as reports show it: relative to the workspace when inside it, with `/` separators. */
export function displayPath(workspace: string, path: string): string {
  const absolute = resolve(workspace, path);
  const inside = relative(resolve(workspace), absolute);
  const shown = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
  return shown.split(sep).join('/');
}

function failure(file: string, message: string): PolicyResult {
  return { ok: false, issues: [{ file, line: 1, column: 1, key: '', message }] };
}

function readError(file: string, error: unknown): PolicyResult {
  const code = (error as { code?: unknown }).code;
  const where = `Set the \`${POLICY_FILE_INPUT}\` input to the policy's path relative to the repository root.`;
  if (code === 'ENOENT' || code === 'ENOTDIR') return failure(file, `the policy file was not found. ${where} (Is the repository checked out before this step?)`);
  if (code === 'EISDIR') return failure(file, `this is a directory, not a policy file. ${where}`);
  if (code === 'EACCES' || code === 'EPERM') return failure(file, 'the policy file cannot be read: permission denied.');
  return failure(file, `the policy file cannot be read (${typeof code === 'string' ? code : 'unknown error'}).`);
}

/** `path` is relative to `workspace` unless absolute. Never throws. */
export async function loadPolicy(workspace: string, path: string): Promise<PolicyResult> {
  const file = displayPath(workspace, path);
  let bytes: Uint8Array;
  try {
    const handle = await open(resolve(workspace, path), 'r');
    try {
      const { size } = await handle.stat();
      // Refused unread: a policy path pointing at a huge file must not fill memory.
      if (size > MAX_POLICY_BYTES) return failure(file, tooLargeMessage(size));
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return readError(file, error);
  }
  return parsePolicy(bytes, file);
}

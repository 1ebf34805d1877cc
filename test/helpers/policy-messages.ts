/** The policy parser's message for one key, for tests of its wording. */
import { expect } from 'vitest';
import { parsePolicy } from '../../src/policy/parse-policy.js';

const FILE = '.github/inbound-guard.yml';

/** The message of the one issue at `key` (fails when there is none or several). */
export function messageAt(text: string, key: string): string {
  const result = parsePolicy(text, FILE);
  if (result.ok) throw new Error('expected the policy to be refused');
  const at = result.issues.filter((i) => i.key === key);
  expect(at.map((i) => i.key)).toEqual([key]);
  return at[0]?.message ?? '';
}

import { describe, expect, it } from 'vitest';
import { throwsWith } from './helpers/rejections.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { assertGovernedAccount } from '../src/run/account-guard.js';
import { buildPolicy } from './helpers/policy.js';

const PATH = '.github/inbound-guard.yml';

describe('accounts: the policy pinned to the accounts it was written for', () => {
  it('is absent by default (any account)', () => {
    const result = parsePolicy('version: 1\n', PATH);
    expect(result.ok && result.policy.accounts).toBeUndefined();
  });

  it('keeps the list and where it is', () => {
    const result = parsePolicy('version: 1\n# pinned\naccounts: ["210987654321", "210987654322"]\n', PATH);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy.accounts).toEqual({ ids: ['210987654321', '210987654322'], position: { line: 3, column: 11 } });
  });

  it.each([
    ['an unquoted id', 'accounts: [210987654321]', /accounts\[0\]/, /quote|quotes/],
    ['a short id', 'accounts: ["12345"]', /accounts\[0\]/, /12 digits/],
    ['an id listed twice', 'accounts: ["210987654321", "210987654321"]', /accounts\[1\]/, /listed twice/],
    ['an empty list', 'accounts: []', /^accounts$/, /empty list/],
    ['a scalar', 'accounts: "210987654321"', /^accounts$/, /list of account ids/],
  ])('refuses %s, at its line', (_name, line, key, message) => {
    const result = parsePolicy(`version: 1\n${line}\n`, PATH);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]).toMatchObject({ file: PATH, line: 2 });
      expect(result.issues[0]!.key).toMatch(key);
      expect(result.issues[0]!.message).toMatch(message);
    }
  });
});

describe('assertGovernedAccount', () => {
  const pinned = { ...buildPolicy(), accounts: { ids: ['210987654321', '210987654322'], position: { line: 3, column: 11 } } };

  it.each([
    ['no pin: any account', buildPolicy(), '999999999999', false],
    ['a pinned account', pinned, '210987654322', false],
    ['another account', pinned, '999999999999', true],
  ])('%s', (_name, policy, account, throws) => {
    const check = () => assertGovernedAccount(policy, account);
    if (throws) throwsWith(check, /^\.github\/inbound-guard\.yml:3: These AWS credentials belong to account 999999999999, but accounts lets this policy govern only 210987654321, 210987654322\. Nothing was read or written/);
    else expect(check).not.toThrow();
  });
});

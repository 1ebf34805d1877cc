import { describe, expect, it } from 'vitest';
import { withGuardRoleNotes, wordsMarkdown } from '../src/plan/render-policy-changes.js';
import type { PolicyChange } from '../src/plan/types.js';
import type { SweepError } from '../src/sweep/events.js';

const READONLY = (account: string) => `arn:aws:iam::${account}:role/inbound-guard-readonly`;
const change = (...guards: string[]): PolicyChange => ({ key: 'targets.accounts', effect: 'strengthens', words: ['Now guarded through targets.accounts: ', ...guards.map((value) => ({ value }))], guards });
const refused = (account: string, code: string): SweepError => ({ service: 'sts', account, code, message: `could not assume ${READONLY(account)}: ${code}: no` });
const elsewhere = (account: string): SweepError => ({ service: 'sts', account, message: `role ${READONLY(account)} answered as account 999988887777, not ${account}; nothing was read with it` });
const roles = { '400000000012': READONLY('400000000012'), '400000000013': READONLY('400000000013'), '400000000016': READONLY('400000000016') };
const note = (c: PolicyChange, errors: SweepError[], summary = false) => withGuardRoleNotes([c], errors, summary, roles).map((x) => wordsMarkdown(x.words.slice(c.words.length))).join('');
const arn = (account: string) => `<code>arn&#58;aws&#58;iam&#58;&#58;${account}&#58;role/inbound&#45;guard&#45;readonly</code>`;
const DENIED_WORDS = 'AWS answers AccessDenied alike for a role that does not exist there';

describe('withGuardRoleNotes: what the plan tried and what AWS answered, nothing more', () => {
  it.each([
    // The plan's own (read-only) role refused: which role, AWS's answer, and only then that it may not exist.
    ['AccessDenied', ` This plan could not assume ${arn('400000000012')} &#40;AWS&#58; <code>AccessDenied</code>&#41;&#58; nothing of the account was read. ${DENIED_WORDS}`],
    // Throttled: says nothing of whether any role exists.
    ['Throttling', ` This plan could not assume ${arn('400000000012')} &#40;AWS&#58; <code>Throttling</code>&#41;&#58; nothing of the account was read.`],
  ])('a row of one account whose role answered %s', (code, expected) => {
    const text = note(change('400000000012'), [refused('400000000012', code)]);
    expect(text.startsWith(expected)).toBe(true);
    expect(text).not.toContain('until the role exists');
    if (code !== 'AccessDenied') expect(text).not.toContain('does not exist');
  });

  it('several accounts: each role with its answer; one answered as another account is said apart', () => {
    const text = note(change('400000000011', '400000000012', '400000000013', '400000000016'), [refused('400000000012', 'Throttling'), refused('400000000013', 'AccessDenied'), elsewhere('400000000016')]);
    expect(text).toContain(` This plan could not assume ${arn('400000000012')} &#40;AWS&#58; <code>Throttling</code>&#41; nor ${arn('400000000013')} &#40;AWS&#58; <code>AccessDenied</code>&#41;&#58; nothing of those accounts was read. ${DENIED_WORDS}`);
    expect(text).toContain(` The role this plan tried, ${arn('400000000016')}, answered as another account&#58; nothing of that account was read with it.`);
    // No ARN known (a plan built without roles): the account it was tried in.
    const unknown = wordsMarkdown(withGuardRoleNotes([change('400000000012')], [refused('400000000012', 'Throttling')], false)[0]?.words ?? []);
    expect(unknown).toContain(' This plan could not assume the role it tried in <code>400000000012</code> &#40;AWS&#58; <code>Throttling</code>&#41;');
  });

  it('a summary comment names no role nor AWS answer: it counts the accounts when the row names several', () => {
    const errors = [refused('400000000012', 'Throttling'), refused('400000000013', 'AccessDenied')];
    const several = note(change('400000000011', '400000000012', '400000000013'), errors, true);
    expect(several).toBe(' This plan could not assume the role it tried in 2 of them&#58; nothing of those accounts was read.');
    const one = note(change('400000000012'), [refused('400000000012', 'AccessDenied')], true);
    expect(one).toBe(' This plan could not assume the role it tried there&#58; nothing of the account was read.');
    for (const text of [several, one]) expect(text).not.toMatch(/AccessDenied|Throttling|arn|4000000000/);
  });

  it('no STS error for the accounts a change guards: no note', () => {
    expect(note(change('400000000012'), [{ service: 'iot', account: '400000000012', region: 'us-east-1', code: 'Throttling', message: 'x' }])).toBe('');
  });
});

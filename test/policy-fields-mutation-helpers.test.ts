/**
 * The helpers behind the policy's fields, template and schema walk, called directly with the inputs
 * validation does not send them but their contracts cover: editorMessages without a pattern message,
 * repeats of `undefined`, a template's unknown placeholder (kept as written by expansion, and
 * counted so by the worst case), and key paths that leave the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editorMessages, repeats } from '../src/policy/fields.js';
import { PolicySchema } from '../src/policy/schema.js';
import { keysAt } from '../src/policy/schema-keys.js';
import { REJECT_REASON_MAX_LENGTH, expandRejectReason, worstCaseLength } from '../src/policy/template.js';

describe('editorMessages', () => {
  it('without a pattern message: only errorMessage, no patternErrorMessage key to overwrite one set beside it', () => {
    const messages = editorMessages('Text, e.g. "x".');
    expect(messages).toStrictEqual({ errorMessage: 'Text, e.g. "x".' });
    expect({ patternErrorMessage: 'kept', ...messages }.patternErrorMessage).toBe('kept');
  });

  it('with one: both, each as given', () => {
    expect(editorMessages('wrong type', 'wrong form')).toStrictEqual({ errorMessage: 'wrong type', patternErrorMessage: 'wrong form' });
  });
});

describe('repeats', () => {
  it('undefined is a value like any other: once is no repeat, twice is one', () => {
    expect(repeats(['a', undefined])).toEqual([]);
    expect(repeats([undefined, 'a', undefined, 'a'])).toEqual([
      { index: 2, first: 0 },
      { index: 3, first: 1 },
    ]);
  });

  it('finds exactly the items equal to an earlier one, each with the first index', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<unknown>('a', 'b', 1, null, undefined), { maxLength: 12 }), (values) => {
        const expected = values.flatMap((value, index) => (values.indexOf(value) < index ? [{ index, first: values.indexOf(value) }] : []));
        expect(repeats(values)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('an unknown placeholder in the template', () => {
  const LONGEST = { sourceAccount: '1'.repeat(12), region: 'r'.repeat(20), certificateId: 'c'.repeat(64) };

  it('is kept as written by expansion', () => {
    expect(expandRejectReason('{nope} from {source-account}', { ...LONGEST, policyFile: 'p.yml' })).toBe(`{nope} from ${LONGEST.sourceAccount}`);
  });

  it('counts as written in the worst case, which is then the expansion with every value at its longest', () => {
    const literal = fc.string({ maxLength: 12 }).map((s) => s.replace(/[{}]/g, ''));
    const group = fc.oneof(fc.constantFrom('source-account', 'policy-file', 'region', 'certificate-id'), fc.stringMatching(/^[a-z-]{0,8}$/)).map((name) => `{${name}}`);
    const template = fc.array(fc.oneof(literal, group), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(template, fc.stringMatching(/^[a-z./]{1,30}$/), (t, policyFile) => {
        const expanded = expandRejectReason(t, { ...LONGEST, policyFile });
        fc.pre(expanded.length < REJECT_REASON_MAX_LENGTH);
        expect(worstCaseLength(t, policyFile).length).toBe(expanded.length);
      }),
      { numRuns: 300 },
    );
  });

  it('takes no room among the placeholders the length message names', () => {
    expect(worstCaseLength('{nope}{region}', 'p.yml')).toEqual({ length: 6 + 20, placeholders: [{ name: 'region', length: 20 }] });
  });
});

describe('keysAt on a path the schema does not have', () => {
  it.each([
    ['a key into a list', ['iot', 'allow', 'source-account']],
    ['an index into a mapping', ['iot', 0]],
    ['a key into a value', ['version', 'x']],
    ['a key that does not exist', ['nope']],
    ['past a key that does not exist', ['nope', 'deeper']],
  ])('%s: no keys', (_name, path) => {
    expect(keysAt(PolicySchema, path)).toEqual([]);
  });

  it('a list or a value is no mapping: no keys', () => {
    expect(keysAt(PolicySchema, ['iot', 'allow'])).toEqual([]);
    expect(keysAt(PolicySchema, ['version'])).toEqual([]);
  });

  it('while the same place, by index, has the entry’s keys', () => {
    expect(keysAt(PolicySchema, ['iot', 'allow', 0])).toEqual(['source-account', 'note', 'until']);
  });
});

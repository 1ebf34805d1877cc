import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a build script, plain JavaScript without types
import { dropDeadCode } from '../scripts/lib/drop-dead-code.js';

const drop = dropDeadCode as (code: string) => { code: string; dropped: number; bytes: number };
const MARK = '/* unused pure expression or super */';

/** Runs `code`, which sets `result`, and returns it. */
function evaluate(code: string): unknown {
  return new Function(`${code}\nreturn result;`)();
}

describe('dropDeadCode (scripts/lib/drop-dead-code.js, run by npm run bundle)', () => {
  it('empties what webpack marked unused, parentheses in its strings and patterns included', () => {
    const dead = `(${MARK} null && (makeSchema("a)b", /\\)+/u, \`\${")"}\`, (x) => (x))))`;
    const code = `const unused = ${dead};\nconst kept = 1 + 2;\nexport { kept };`;
    const out = drop(code);
    expect(out.dropped).toBe(1);
    expect(out.code).toBe(`const unused = (${MARK} null && (0));\nconst kept = 1 + 2;\nexport { kept };`);
    expect(out.bytes).toBe('makeSchema("a)b", /\\)+/u, `${")"}`, (x) => (x))'.length);
  });

  it('leaves a null && … that webpack did not mark, and code without the mark untouched', () => {
    const code = 'const a = null && (b());\nconst c = (/* another comment */ null && (d()));\nexport { a, c };';
    expect(drop(code)).toEqual({ code, dropped: 0, bytes: 0 });
    const marked = `const a = (${MARK} null && (b()));\nconst c = null && (d());\nexport { a, c };`;
    expect(drop(marked).code).toBe(`const a = (${MARK} null && (0));\nconst c = null && (d());\nexport { a, c };`);
  });

  it('changes no value: the dropped expression never ran', () => {
    const body = `let ran = 0;\nconst f = () => { ran += 1; return 5; };\nconst x = (${MARK} null && (f()));\nconst y = (${MARK} null && (f() + f()));\nconst result = [x, y, ran];`;
    const out = drop(body);
    expect(out.dropped).toBe(2);
    expect(evaluate(out.code)).toEqual(evaluate(body));
    expect(evaluate(out.code)).toEqual([null, null, 0]);
  });

  it('has been run on the committed bundle: each mark there guards a bare 0, so running it again changes nothing', () => {
    const entry = readFileSync(join(import.meta.dirname, '..', 'dist', 'index.js'), 'utf8');
    const again = drop(entry);
    expect(again.dropped).toBeGreaterThan(100);
    expect(again.bytes).toBe(again.dropped);
    expect(again.code).toBe(entry);
  });
});

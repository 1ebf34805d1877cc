// Drops the code webpack has already found dead from a bundle ncc wrote.
//
// Webpack (optimization.innerGraph, on in ncc) keeps an unused pure expression in the bundle but
// guards it: `(/* unused pure expression or super */ null && (EXPR))`. EXPR is never evaluated, but
// it is still text V8 must read — every token scanned and every function pre-parsed at each run's
// start. In dist/index.js that is 149 expressions, 67 KB, mostly zod schema classes the policy never
// uses, about 8 M of validate's 280 M instructions (npm run cold-start -- --instructions). EXPR is
// replaced by `0`: `null && (0)` evaluates as `null && (EXPR)` did, without EXPR ever running.
//
// Found by parsing (acorn), not by text: EXPR may hold parentheses in strings and patterns.
// Minifying (ncc -m, terser) was measured instead and made start-up slower: terser drops the
// parentheses webpack puts around each module's function, which tell V8 to compile it at once
// rather than pre-parse it first and parse it again when it runs.
import { parse } from 'acorn';

const MARK = '/* unused pure expression or super */';

/** Whether the comment webpack writes stands right before `at` (white space between). */
function marked(code, at) {
  const mark = code.lastIndexOf(MARK, at);
  return mark !== -1 && code.slice(mark + MARK.length, at).trim() === '';
}

/** The bundle's text without the unused pure expressions webpack marked; and how many bytes went. */
export function dropDeadCode(code) {
  if (!code.includes(MARK)) return { code, dropped: 0, bytes: 0 };
  const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const cuts = [];
  const walk = (node) => {
    if (node.type === 'LogicalExpression' && node.operator === '&&' && node.left.type === 'Literal' && node.left.value === null && marked(code, node.left.start)) {
      cuts.push([node.right.start, node.right.end]);
      return;
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (child !== null && typeof child?.type === 'string') walk(child);
      } else if (value !== null && typeof value?.type === 'string') walk(value);
    }
  };
  walk(ast);
  let out = '';
  let at = 0;
  let bytes = 0;
  for (const [start, end] of cuts) {
    out += `${code.slice(at, start)}0`;
    bytes += end - start;
    at = end;
  }
  return { code: out + code.slice(at), dropped: cuts.length, bytes };
}

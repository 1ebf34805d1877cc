/**
 * Text (or bytes) to one YAML mapping, refusing what a policy never needs and an attacker might
 * send: oversized or binary files, several documents, aliases (billion laughs), exotic tags,
 * collection keys, deep nesting. Returns the parsed document for locating, or issues.
 */
import { type Alias, type Document, isAlias, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from 'yaml';
import { MAX_POLICY_BYTES, YAML_OPTIONS } from './defaults.js';
import { formatKey, type ValuePath } from './locate.js';
import { invisibleCharacters } from './invisible-characters.js';
import { tabInIndentation, tablessReading, type TablessReading } from './tab-reading.js';
import { firstNonText, type TextProblem } from './text-checks.js';

export interface IssueDraft {
  readonly line: number;
  readonly column: number;
  readonly key: string;
  readonly message: string;
}

export type YamlRead =
  | {
      readonly ok: true;
      readonly doc: Document;
      readonly lineCounter: LineCounter;
      readonly value: Record<string, unknown>;
      /** Numbers the file wrote otherwise than JavaScript prints them (see numbersAsWritten). */
      readonly numbers: ReadonlyMap<number, string>;
      readonly issues: readonly IssueDraft[];
    }
  | {
      readonly ok: false;
      readonly issues: readonly IssueDraft[];
      /** Set when the only syntax errors are tabs and the file reads one way with them as spaces (withoutTabs). */
      readonly withoutTabs?: TablessReading | undefined;
    };

/** A policy is at most a handful of levels deep; anything far deeper is not a policy. */
const MAX_DEPTH = 16;
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

const atStart = (message: string): IssueDraft => ({ line: 1, column: 1, key: '', message });

/** The refusal of an oversized file; loadPolicy uses it too, without reading the file. */
export function tooLargeMessage(bytes: number): string {
  const size = bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
  return `the file is ${size}; a policy file may be at most ${MAX_POLICY_BYTES / 1024} KiB. Check that policy-file names the policy and not another file.`;
}

const tooLarge = (bytes: number): IssueDraft => atStart(tooLargeMessage(bytes));

function textProblemIssue(problem: TextProblem): IssueDraft {
  return { line: problem.line, column: problem.column, key: '', message: problem.message };
}

/** Decodes bytes as UTF-8 or says where and why it cannot. */
function decode(bytes: Uint8Array): { text: string } | { issue: IssueDraft } {
  if (bytes.byteLength > MAX_POLICY_BYTES) return { issue: tooLarge(bytes.byteLength) };
  const problem = firstNonText(bytes);
  if (problem !== undefined) return { issue: textProblemIssue(problem) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { issue: atStart('the file is not valid UTF-8; save it as UTF-8 text.') };
  }
}

/** The YAML parser's own errors, in our words (its description kept, its location re-done). */
function yamlErrorMessage(code: string, message: string): string {
  const what = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '') ?? '';
  switch (code) {
    case 'MULTIPLE_DOCS':
      return 'a second YAML document starts here (`---`): a policy file holds exactly one. Remove the `---` line or move the second document to its own file.';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces.';
    case 'KEY_OVER_1024_CHARS':
      return 'a key is over 1024 characters long or a `:` is missing; keys in a policy are short words like `allow`.';
    default:
      if (/stack/i.test(message)) return `the YAML is nested far too deeply here for a policy (which needs at most 5 levels).`;
      return `the file is not valid YAML here: ${what.charAt(0).toLowerCase()}${what.slice(1)}. Check the indentation, colons, quotes and brackets on this line and the one before.`;
  }
}

/** Aliases, foreign tags, collection keys, nesting depth and duplicate keys, found without recursion. */
function structuralIssues(doc: Document, lineCounter: LineCounter): { fatal: IssueDraft[]; duplicates: IssueDraft[] } {
  const fatal: IssueDraft[] = [];
  const duplicates: IssueDraft[] = [];
  const aliases: Array<{ node: Alias; path: ValuePath }> = [];
  const at = (node: Node | null | undefined, path: ValuePath, message: string): IssueDraft => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { line, column: col, key: formatKey(path), message };
  };
  const stack: Array<{ node: unknown; path: ValuePath }> = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop() ?? { node: null, path: [] };
    if (node === null || node === undefined) continue;
    if (isAlias(node)) {
      aliases.push({ node, path });
      continue;
    }
    const tagged = node as Node;
    if (tagged.tag !== undefined && !CORE_TAGS.has(tagged.tag)) {
      const shown = tagged.tag.replace('tag:yaml.org,2002:', '!!');
      fatal.push(at(tagged, path, `the tag \`${shown}\` is not allowed in a policy file: remove it (quote the value if it is text).`));
    }
    if (path.length >= MAX_DEPTH) {
      fatal.push(at(tagged, path, `the YAML is nested more than ${MAX_DEPTH} levels deep here; a policy needs at most 5.`));
      continue;
    }
    if (isSeq(node)) {
      node.items.forEach((item, index) => stack.push({ node: item, path: [...path, index] }));
    } else if (isMap(node)) {
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key as Node | null;
        if (isCollection(key) || isAlias(key)) {
          fatal.push(at(key, path, 'a key here is a list, mapping or alias; keys in a policy are plain words like `allow`.'));
          continue;
        }
        const name = isScalar(key) ? String(key.value) : '';
        if (isScalar(key)) {
          const first = seen.get(name);
          if (first !== undefined) {
            const firstLine = lineCounter.linePos(first.range?.[0] ?? 0).line;
            duplicates.push(at(key, [...path, name], `the key \`${name}\` appears twice in the same mapping (first at line ${firstLine}); YAML would silently keep only the last. Keep one.`));
          } else {
            seen.set(name, key);
          }
          if (key.tag !== undefined && !CORE_TAGS.has(key.tag)) stack.push({ node: key, path });
        }
        stack.push({ node: pair.value, path: [...path, name] });
      }
    }
  }
  const first = aliases.sort((a, b) => (a.node.range?.[0] ?? 0) - (b.node.range?.[0] ?? 0))[0];
  if (first !== undefined) {
    const count = aliases.length === 1 ? '' : ` (${aliases.length} aliases in all)`;
    fatal.push(at(first.node, first.path, `aliases such as \`*${first.node.source}\` are not allowed in a policy file${count}: write each value out in full where it is used.`));
  }
  return { fatal, duplicates };
}

/** Where a quoted value or a flow (bracketed) collection opens, and with which character. */
interface Opening {
  readonly offset: number;
  readonly open: string;
}

/**
 * The parser reports a missing closing quote or bracket where the text or the collection ends; the
 * opening quote or bracket is more use. Quoted scalars and flow collections by the offset where
 * they end, from one walk of the document (a walk per error would be quadratic: a file can hold
 * thousands of unclosed quotes). The last one ending there wins.
 */
function openingsByEnd(doc: Document): { quoted: Map<number, Opening>; flow: Map<number, Opening> } {
  const quoted = new Map<number, Opening>();
  const flow = new Map<number, Opening>();
  visit(doc, {
    Scalar(_, node) {
      const [start, end] = node.range ?? [-1, -1];
      if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') quoted.set(end, { offset: start, open: node.type === 'QUOTE_DOUBLE' ? '"' : "'" });
      return undefined;
    },
    Collection(_, node) {
      const [start, end] = node.range ?? [-1, -1];
      if (node.flow === true) flow.set(end, { offset: start, open: isSeq(node) ? '[' : '{' });
      return undefined;
    },
  });
  return { quoted, flow };
}

const CLOSING: Readonly<Record<string, string>> = { '[': ']', '{': '}' };

/**
 * A parser error that a known opening explains better, at that opening: an unclosed quote or
 * bracket, or a plain value that starts with `{` or `[` and goes on after the closing bracket
 * (`reject-reason: {source-account} is not allowed`), which YAML reads as a mapping or list.
 */
function openingIssue(text: string, code: string, at: number, openings: () => { quoted: Map<number, Opening>; flow: Map<number, Opening> }, lineCounter: LineCounter): IssueDraft | undefined {
  const issueAt = (opening: Opening, message: string): IssueDraft => {
    const { line, col } = lineCounter.linePos(opening.offset);
    return { line, column: col, key: '', message };
  };
  if (code === 'MISSING_CHAR') {
    const quote = openings().quoted.get(at);
    if (quote === undefined) return undefined;
    const shown = `\`${quote.open}\``;
    // Where the runaway value's text really ends: the parser's position is past any blank lines.
    const lastLine = lineCounter.linePos(quote.offset + text.slice(quote.offset, at).trimEnd().length).line;
    const startLine = lineCounter.linePos(quote.offset).line;
    return issueAt(quote, lastLine === startLine
      ? `this quoted value has no closing ${shown} on its line. Add the closing ${shown} where the value ends.`
      : `this quoted value has no closing ${shown}, so it runs on to line ${lastLine}. Add the closing ${shown} where the value ends.`);
  }
  if (code === 'BAD_INDENT') {
    const bracket = openings().flow.get(at);
    if (bracket === undefined) return undefined;
    const close = CLOSING[bracket.open] ?? '';
    // The parser says the same when the bracket is closed but a later line of it is not indented.
    return issueAt(bracket, `this \`${bracket.open}\` is not closed where YAML expects it: end the value with \`${close}\` after its last item, and indent each line of it after the first more than its key.`);
  }
  if (code === 'UNEXPECTED_TOKEN') {
    let end = at;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const bracket = openings().flow.get(end);
    if (bracket === undefined || lineCounter.linePos(bracket.offset).line !== lineCounter.linePos(at).line) return undefined;
    return issueAt(bracket, `a value that starts with \`${bracket.open}\` is read as a YAML ${bracket.open === '[' ? 'list' : 'mapping'}, so the text after its \`${CLOSING[bracket.open] ?? ''}\` cannot follow. To write text, quote the whole value: \`"${text.slice(bracket.offset, lineEnd(text, bracket.offset)).trimEnd().replace(/"/g, '\\"')}"\`.`);
  }
  return undefined;
}

/** The offset where the line holding `offset` ends (before its line break). */
function lineEnd(text: string, offset: number): number {
  const newline = text.slice(offset).search(/\r\n|\r|\n/);
  return newline === -1 ? text.length : offset + newline;
}

/**
 * The parser's errors as the user should see them. After one syntax error the parser loses its
 * place, and every error after it (four for one mis-indented line) is mostly a consequence: show
 * the first only. A tab used for indentation is the one error that is sure to be real: show those
 * (one per line), and none of the errors they cause.
 */
function oneSyntaxError(issues: readonly IssueDraft[], codes: readonly string[]): IssueDraft[] {
  const byPosition = (a: IssueDraft, b: IssueDraft): number => a.line - b.line || a.column - b.column;
  const tabs = issues.filter((_, i) => codes[i] === 'TAB_AS_INDENT').sort(byPosition);
  if (tabs.length > 0) {
    // One per line, the first; a set, not a search per tab: a file can hold thousands of tab lines.
    const lines = new Set<number>();
    return tabs.filter((t) => {
      if (lines.has(t.line)) return false;
      lines.add(t.line);
      return true;
    });
  }
  const [first, ...rest] = [...issues].sort(byPosition);
  if (first === undefined) return [];
  if (rest.length === 0) return [first];
  return [{ ...first, message: `${first.message} (What the parser found after this point is left out: it may only follow from this; fix it and validate again.)` }];
}

function describeRoot(contents: unknown): string {
  if (isSeq(contents)) return 'a list';
  if (isScalar(contents)) {
    return typeof contents.value === 'string' ? 'a single line of text (is a `:` missing after a key?)' : `the single value ${String(contents.value)}`;
  }
  return 'something else';
}

/**
 * Each number the file wrote otherwise than JavaScript prints its value, with the text as written:
 * `0x1A` (26), `1e3` (1000), `012345678901` (12345678901), and integers too large to be exact
 * (12345678901234567890 prints as 12345678901234567000). Messages show these as written. A value
 * written two ways in one file (`26` and `0x1A`) is left out: a message cannot tell which it is about.
 */
function numbersAsWritten(doc: Document): Map<number, string> {
  const written = new Map<number, string | null>();
  visit(doc, {
    Scalar(key, node) {
      // A key is read as text (`0x1A:` is the key "26"): only values are numbers.
      if (key === 'key' || typeof node.value !== 'number' || node.source === undefined) return undefined;
      const before = written.get(node.value);
      if (before === undefined) written.set(node.value, node.source);
      else if (before !== node.source) written.set(node.value, null);
      return undefined;
    },
  });
  const numbers = new Map<number, string>();
  for (const [value, text] of written) if (text !== null && text !== String(value)) numbers.set(value, text);
  return numbers;
}

/** Reads the policy text; never throws. `maxBytes`: the size limit (a re-reading of a file already within it passes none). */
export function readYaml(input: string | Uint8Array, maxBytes = MAX_POLICY_BYTES): YamlRead {
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes || Buffer.byteLength(input, 'utf8') > maxBytes) return { ok: false, issues: [tooLarge(Buffer.byteLength(input, 'utf8'))] };
    const problem = firstNonText(input);
    if (problem !== undefined) return { ok: false, issues: [textProblemIssue(problem)] };
    text = input;
  } else {
    const decoded = decode(input);
    if ('issue' in decoded) return { ok: false, issues: [decoded.issue] };
    text = decoded.text;
  }

  // Read as YAML, these would give errors about something else, or none and a wrong key or value.
  const invisible = invisibleCharacters(text);
  if (invisible.length > 0) return { ok: false, issues: invisible.map(textProblemIssue) };

  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    // core schema regardless of a %YAML 1.1 directive: 1.1 would read 012 as octal and yes as true.
    doc = parseDocument(text, { lineCounter, ...YAML_OPTIONS });
  } catch {
    return { ok: false, issues: [atStart('the file could not be read as YAML (it may be nested too deeply); a policy is a short, plain YAML mapping.')] };
  }

  if (doc.errors.length > 0) {
    // The parser gives up on deep nesting with a stack overflow; what follows is its consequence.
    const overflow = doc.errors.find((error) => /stack/i.test(error.message));
    const errors = overflow === undefined ? doc.errors : [overflow];
    let openings: ReturnType<typeof openingsByEnd> | undefined;
    const lazyOpenings = () => (openings ??= openingsByEnd(doc));
    const codes = errors.map((error) => error.code as string);
    const issues = errors.map((error, i): IssueDraft => {
      const opened = openingIssue(text, error.code, error.pos[0], lazyOpenings, lineCounter);
      if (opened !== undefined) return opened;
      const { line, col } = lineCounter.linePos(error.pos[0]);
      // The parser names a tab only when it stops on it; a tab after spaces gives another error.
      const tab = tabInIndentation(text, lineCounter, line);
      if (tab !== undefined) {
        codes[i] = 'TAB_AS_INDENT';
        return { line, column: tab, key: '', message: yamlErrorMessage('TAB_AS_INDENT', '') };
      }
      return { line, column: col, key: '', message: yamlErrorMessage(error.code, error.message) };
    });
    const shown = oneSyntaxError(issues, codes);
    const tabLines = new Set(issues.filter((_, i) => codes[i] === 'TAB_AS_INDENT').map((issue) => issue.line));
    if (tabLines.size === 0) return { ok: false, issues: shown };
    return { ok: false, issues: shown, withoutTabs: tablessReading(text, lineCounter, tabLines) };
  }

  const { fatal, duplicates } = structuralIssues(doc, lineCounter);
  if (fatal.length > 0) return { ok: false, issues: [...fatal, ...duplicates] };

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { ok: false, issues: [atStart('the policy file is empty: it needs at least `version: 1`. See docs/policy.md for an example.')] };
  }
  if (!isMap(contents)) {
    const { line, col } = lineCounter.linePos(contents.range?.[0] ?? 0);
    return {
      ok: false,
      issues: [{ line, column: col, key: '', message: `the policy must be a mapping with keys such as \`version\`, \`iot\` and \`organizations\`, but the file holds ${describeRoot(contents)}.` }],
    };
  }
  const value = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  return { ok: true, doc, lineCounter, value, numbers: numbersAsWritten(doc), issues: duplicates };
}

/** From a path in the parsed value back to a line and column in the YAML text. */
import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourcePosition } from './types.js';

export type ValuePath = readonly PropertyKey[];

/** `iot.allow[1].source-account`; '' for the root. */
export function formatKey(path: ValuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/**
 * Each mapping's pairs by key, built on first use. A policy with thousands of unknown keys is
 * located key by key: scanning the mapping for each would be quadratic in the file's size.
 */
const pairsByKey = new WeakMap<object, { readonly size: number; readonly byKey: ReadonlyMap<string, Pair> }>();

/** The pair of a mapping with this key. The last one wins, as when the file is read. */
export function findPair(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  let index = pairsByKey.get(map);
  if (index === undefined || index.size !== map.items.length) {
    const byKey = new Map<string, Pair>();
    for (const pair of map.items) {
      // A null key (`? `, `: x`, `null:`, `~:`) is '' once read, as yaml's toJS names it.
      if (isScalar(pair.key)) byKey.set(pair.key.value === null ? '' : String(pair.key.value), pair);
    }
    index = { size: map.items.length, byKey };
    pairsByKey.set(map, index);
  }
  return index.byKey.get(key);
}

interface Step {
  readonly node: Node | null;
  readonly pair?: Pair | undefined;
}

/** The nodes along a path, as far as they exist. steps[0] is the root. */
function walk(doc: Document, path: ValuePath): Step[] {
  const steps: Step[] = [{ node: (doc.contents as Node | null) ?? null }];
  let current: unknown = doc.contents;
  for (const part of path) {
    if (typeof part === 'number' && isSeq(current)) {
      const item = current.items[part] as Node | undefined;
      if (item === undefined) break;
      steps.push({ node: item });
      current = item;
    } else if (typeof part === 'string') {
      const pair = findPair(current, part);
      if (pair === undefined) break;
      steps.push({ node: (pair.value as Node | null) ?? null, pair });
      current = pair.value;
    } else {
      break;
    }
  }
  return steps;
}

function startOf(node: Node | null | undefined, lineCounter: LineCounter): SourcePosition | undefined {
  const offset = node?.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

const FILE_START: SourcePosition = { line: 1, column: 1 };

export type Target = 'value' | 'key';

/**
 * Where to point for a path. `value`: the value's node; when the path does not exist (a missing
 * key), its nearest existing parent; when the value is empty (`note:`), the key. `key`: the key
 * node itself (unknown keys).
 */
export function locate(doc: Document, lineCounter: LineCounter, path: ValuePath, target: Target = 'value'): SourcePosition {
  const steps = walk(doc, path);
  const last = steps[steps.length - 1];
  const complete = steps.length === path.length + 1;
  if (complete && target === 'key' && last?.pair !== undefined) {
    return startOf(last.pair.key as Node, lineCounter) ?? FILE_START;
  }
  if (complete) {
    const value = last?.node;
    const empty = value === null || value === undefined || (isScalar(value) && value.value === null && value.source === '');
    if (!empty) return startOf(value, lineCounter) ?? FILE_START;
    // An empty list item (`-` alone) has no key: point at where its value would be.
    return startOf(last?.pair?.key as Node | undefined, lineCounter) ?? startOf(value, lineCounter) ?? FILE_START;
  }
  // A missing key: point at the mapping that should hold it (or, if empty, at its key).
  return startOf(last?.node, lineCounter) ?? startOf(last?.pair?.key as Node | undefined, lineCounter) ?? FILE_START;
}

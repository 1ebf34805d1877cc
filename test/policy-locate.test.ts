/** locate: from a path in the parsed value back to the line and column an issue points at. */
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, Scalar, YAMLMap } from 'yaml';
import { findPair, locate, type Target, type ValuePath } from '../src/policy/locate.js';
import { parsePolicy } from '../src/policy/parse-policy.js';

const where = (text: string) => {
  const result = parsePolicy(text, 'p.yml');
  return result.ok ? [] : result.issues.map((i) => `${i.line}:${i.column} ${i.key}`);
};

describe('issues point at the value, or at the key when there is no value', () => {
  it('an explicit `null` is a value: the issue points at it', () => {
    expect(where('version: 1\niot:\n  regions: null\n')).toEqual(['3:12 iot.regions']);
  });

  it('an empty value points at its key', () => {
    expect(where('version: 1\niot:\n  regions:\n')).toEqual(['3:3 iot.regions']);
  });

  it('a key without a value in a flow mapping points at the key', () => {
    expect(where('version: 1\niot: {regions}\n')).toEqual(['2:7 iot.regions']);
  });

  it('an empty list item points at its line, not at the top of the file', () => {
    expect(where('version: 1\niot:\n  allow:\n    -\n')).toEqual(['4:6 iot.allow[0]']);
    expect(where('version: 1\niot:\n  allow:\n    - source-account: "111122223333"\n    - \n')).toEqual(['5:7 iot.allow[1]']);
  });

  it('a missing key at the top points at the mapping, after leading comments', () => {
    expect(where('# inbound-guard policy\n\niot: {}\n')).toEqual(['3:1 version']);
  });
});

describe('locate on paths that do not (fully) exist', () => {
  const text = ['version: 1', 'iot:', '  regions: all', '  allow:', '    - source-account: "111122223333"', 'limits: 5', ''].join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (path: ValuePath, target?: Target) => {
    const { line, column } = locate(doc, lineCounter, path, target);
    return `${line}:${column}`;
  };

  it.each<[string, ValuePath, Target | undefined, string]>([
    ['the root', [], undefined, '1:1'],
    ['a key under a scalar: the scalar', ['limits', 'max-actions'], undefined, '6:9'],
    ['an index into a mapping: the mapping', ['iot', 0], undefined, '3:3'],
    ['an index past the end of a list: the list', ['iot', 'allow', 5], undefined, '5:5'],
    ['a key under a list: the list', ['iot', 'allow', 'x'], undefined, '5:5'],
    ['a key under a list named like an array property: the list', ['iot', 'allow', 'length'], undefined, '5:5'],
    ['a path that goes on past a missing index: where it stopped', ['iot', 0, 'allow'], undefined, '3:3'],
    ['a missing key, as a key: the mapping that should hold it', ['iot', 'colour'], 'key', '3:3'],
    ['a list item, as a key: the item', ['iot', 'allow', 0], 'key', '5:7'],
    ['an existing key, as a key', ['iot', 'allow'], 'key', '4:3'],
    ['an existing value', ['iot', 'allow', 0, 'source-account'], undefined, '5:23'],
  ])('%s', (_, path, target, position) => {
    expect(at(path, target)).toBe(position);
  });
});

describe('findPair', () => {
  it('finds a pair added to a mapping after an earlier lookup', () => {
    const map = new YAMLMap();
    map.set(new Scalar('a'), 1);
    expect(findPair(map, 'a')?.value).toBe(1);
    expect(findPair(map, 'b')).toBeUndefined();
    map.set(new Scalar('b'), 2);
    expect(findPair(map, 'b')?.value).toBe(2);
  });

  it('is undefined for what is not a mapping', () => {
    expect(findPair(null, 'a')).toBeUndefined();
    expect(findPair(new Scalar('a'), 'a')).toBeUndefined();
  });
});

/** The keys the schema allows at a path: the candidates for "did you mean". */
import type * as z from 'zod/mini';
import type { ValuePath } from './locate.js';

/** The parts of a zod definition this walk reads. */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly in?: z.ZodMiniType;
  readonly shape?: Record<string, z.ZodMiniType>;
  readonly element?: z.ZodMiniType;
}

const defOf = (schema: z.ZodMiniType): Def => schema.def as unknown as Def;

/** Optional, default, pipe and similar wrappers removed. */
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = def.innerType ?? def.in;
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The keys of the mapping the schema expects at `path`, or [] when it expects no mapping there. */
export function keysAt(schema: z.ZodMiniType, path: ValuePath): string[] {
  let current: z.ZodMiniType | undefined = unwrap(schema);
  for (const part of path) {
    const def: Def = defOf(current);
    if (typeof part === 'number' && def.type === 'array') current = def.element;
    else if (typeof part === 'string' && def.type === 'object') current = def.shape?.[part];
    else current = undefined;
    if (current === undefined) return [];
    current = unwrap(current);
  }
  const def = defOf(current);
  return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
}

/** Where a key is allowed: the path of each mapping that has it, `[]` standing for "any item of the list". */
export type KeyPlace = readonly (string | '[]')[];

/** Every place in the schema whose mapping allows `key`, in schema order (for "`until` belongs in an `iot.allow` entry"). */
export function keyPlaces(schema: z.ZodMiniType, key: string): KeyPlace[] {
  const places: KeyPlace[] = [];
  const visit = (node: z.ZodMiniType, path: KeyPlace): void => {
    const def = defOf(unwrap(node));
    if (def.type === 'array' && def.element !== undefined) visit(def.element, [...path, '[]']);
    if (def.type !== 'object') return;
    const shape = def.shape ?? {};
    if (Object.hasOwn(shape, key)) places.push(path);
    for (const [name, child] of Object.entries(shape)) visit(child, [...path, name]);
  };
  visit(schema, []);
  return places;
}

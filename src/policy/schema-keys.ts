/** The keys the schema allows at a path: the candidates for "did you mean". */
import type * as z from 'zod';
import type { ValuePath } from './locate.js';

/** The parts of a zod definition this walk reads. */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => schema.def as unknown as Def;

/** Optional, default, pipe and similar wrappers removed. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); ; def = defOf(current)) {
    const inner = def.innerType ?? def.in;
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The keys of the mapping the schema expects at `path`, or [] when it expects no mapping there. */
export function keysAt(schema: z.ZodType, path: ValuePath): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
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

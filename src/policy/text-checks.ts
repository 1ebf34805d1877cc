/**
 * Is this a text file? NUL bytes, invalid UTF-8, UTF-16 and control characters mean the policy
 * path names something else (a binary, an archive, a file saved in the wrong encoding).
 */

export interface TextProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * 1-based line and column of each position in `offsets` (ascending), counting units of `source`
 * (bytes or UTF-16), in one pass over the text however many there are.
 */
export function lineColumnsAt(source: string | Uint8Array, offsets: readonly number[]): Array<{ line: number; column: number }> {
  const out: Array<{ line: number; column: number }> = [];
  let line = 1;
  let lineStart = 0;
  let i = 0;
  for (const offset of offsets) {
    for (; i < offset && i < source.length; i++) {
      const unit = typeof source === 'string' ? source.charCodeAt(i) : (source[i] ?? 0);
      if (unit === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

/** 1-based line and column of one position, counting units of `source` (bytes or UTF-16). */
function lineColumnAt(source: string | Uint8Array, offset: number): { line: number; column: number } {
  return lineColumnsAt(source, [offset])[0] ?? { line: 1, column: 1 };
}

/** Length of the UTF-8 sequence starting at i, or 0 when it is not a valid one. */
function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const lo = b0 === 0xe0 ? 0xa0 : 0x80;
    const hi = b0 === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const lo = b0 === 0xf0 ? 0x90 : 0x80;
    const hi = b0 === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

const isBadControl = (unit: number): boolean => (unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d) || unit === 0x7f;

function controlProblem(source: string | Uint8Array, offset: number, unit: number): TextProblem {
  const { line, column } = lineColumnAt(source, offset);
  if (unit === 0) {
    return { line, column, message: 'the file contains NUL bytes, so it is binary, not a YAML text file. Check that policy-file names the policy.' };
  }
  const code = `U+${unit.toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, column, message: `the file contains the control character ${code}; a policy file is plain text. Remove it.` };
}

/** The first reason this is not plain UTF-8 text, or undefined. */
export function firstNonText(source: string | Uint8Array): TextProblem | undefined {
  if (typeof source === 'string') {
    for (let i = 0; i < source.length; i++) {
      const unit = source.charCodeAt(i);
      if (isBadControl(unit)) return controlProblem(source, i, unit);
      if (unit >= 0xd800 && unit <= 0xdfff) {
        const next = source.charCodeAt(i + 1);
        if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
        const { line, column } = lineColumnAt(source, i);
        return { line, column, message: 'the text contains a broken character (a lone UTF-16 surrogate); save the file as UTF-8.' };
      }
    }
    return undefined;
  }
  if ((source[0] === 0xff && source[1] === 0xfe) || (source[0] === 0xfe && source[1] === 0xff)) {
    return { line: 1, column: 1, message: 'the file is encoded as UTF-16; save it as UTF-8.' };
  }
  for (let i = 0; i < source.length; ) {
    const b = source[i] ?? 0;
    if (isBadControl(b)) return controlProblem(source, i, b);
    const length = utf8SequenceLength(source, i);
    if (length === 0) {
      const { line, column } = lineColumnAt(source, i);
      return { line, column, message: `the file is not valid UTF-8 (byte 0x${b.toString(16).toUpperCase().padStart(2, '0')}); it is binary or saved in another encoding. Save it as UTF-8.` };
    }
    i += length;
  }
  return undefined;
}

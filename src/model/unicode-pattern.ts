/**
 * Patterns with Unicode-property classes (`\p{Cf}`), built only when text needs them.
 *
 * V8 builds a property class's character set when it checks the pattern: for a regular-expression
 * literal that is when it parses the file, whether or not the code ever runs; for `new RegExp`,
 * when it is constructed. Each set costs a few million instructions (ICU walks the code points of
 * its category), about 3 ms of every run's start for the two patterns every run has (escape.ts,
 * invisible-characters.ts) — and most text a run shows is plain ASCII, which none of these
 * classes can match. So each is written as a string, built on first use, and callers skip it for
 * text that is plain ASCII (`isPlainAscii`).
 */

/** A regular expression from `source` and `flags`, built the first time it is asked for and then kept. */
export function unicodePattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}

/** Any UTF-16 code unit above U+007F (a surrogate half too: without the u flag a pattern reads code units). */
const NON_ASCII = /[\u0080-\uFFFF]/;

/** True when every character of `text` is ASCII (U+0000–U+007F). */
export function isPlainAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

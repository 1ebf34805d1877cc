/**
 * Case-insensitive glob match of a management email against a policy pattern.
 *
 * `*` matches any run of characters, including none; every other character is literal (no
 * regular expression is ever built from the pattern, so `.`, `+`, `?`, `(` mean themselves).
 *
 * Case folding is ASCII-only on purpose: the email is written by the sender, and full Unicode
 * folding would let `K` (U+212A KELVIN SIGN) pass for `k`, or `ſ` (U+017F) for `s`.
 */
export function matchesEmailPattern(pattern: string, email: string): boolean {
  return globMatch(foldAsciiCase(pattern).split('*'), foldAsciiCase(email));
}

/** Lower-cases A–Z only; every other code unit is kept as it is. */
export function foldAsciiCase(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * `segments` is the pattern split on `*`: the first must start the text, the last must end it,
 * the ones between must appear in order, without overlapping, in what is left. Taking the
 * leftmost occurrence of each middle segment is always right for `*`-only globs.
 */
function globMatch(segments: readonly string[], text: string): boolean {
  const first = segments[0] ?? '';
  if (segments.length === 1) return text === first;
  const last = segments[segments.length - 1] ?? '';
  if (first.length + last.length > text.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (const segment of segments.slice(1, -1)) {
    const at = text.indexOf(segment, from);
    if (at === -1 || at + segment.length > end) return false;
    from = at + segment.length;
  }
  return true;
}

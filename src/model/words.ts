/** Plain-words helpers every layer may use: no Markdown, no escaping, no I/O. */

/** `text` with its first letter upper-cased: a clause that also ends sentences, made to start one. */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** `one` when `n` is 1, else `many`: `${n} ${plural(n, 'account', 'accounts')}`. */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

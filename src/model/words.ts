/** Plain-words helpers every layer may use: no Markdown, no escaping, no I/O. */

/** `text` with its first letter upper-cased: a clause that also ends sentences, made to start one. */
export function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

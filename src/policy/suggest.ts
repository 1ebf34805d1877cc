/**
 * "Did you mean …?" for unknown keys, handshake types and placeholders.
 * Pure string functions; the callers choose the candidates.
 */

/**
 * Edit distance (insertions, deletions, substitutions, and swaps of two neighbours: `unitl` is
 * one step from `until`), the optimal-string-alignment variant of Damerau-Levenshtein.
 */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/**
 * Folds the spellings people mix up into one: case, `_`/space vs `-`, camelCase vs kebab-case.
 * `sourceAccount`, `Source_Account` and `source account` all fold to `source-account`.
 */
export function foldSpelling(word: string): string {
  return word
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[\s_-]+/g, '-');
}

/**
 * The candidate the user most likely meant, or undefined when none is close enough to suggest
 * without guessing. Close means: the same word spelled differently (see foldSpelling), one
 * contained in the other (`account` → `source-account`), or a small edit distance.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const folded = foldSpelling(input);
  if (folded === '') return undefined;
  const sameWord = candidates.find((c) => foldSpelling(c) === folded);
  if (sameWord !== undefined) return sameWord;

  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const target = foldSpelling(candidate);
    const budget = Math.max(1, Math.floor(Math.min(folded.length, target.length) / 3));
    // The distance is at least the difference in length: a long input is not compared letter by letter.
    if (Math.abs(folded.length - target.length) > budget) continue;
    const distance = editDistance(folded, target);
    if (distance <= budget && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  if (best !== undefined) return best.candidate;

  const containing = candidates.filter((c) => folded.length >= 3 && foldSpelling(c).includes(folded));
  if (containing.length === 1) return containing[0];
  const contained = candidates.filter((c) => folded.includes(foldSpelling(c)) && foldSpelling(c).length >= 3);
  return contained.length === 1 ? contained[0] : undefined;
}

/** " Did you mean `x`?" or '' — ready to append to a message. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const suggestion = closest(input, candidates);
  return suggestion === undefined ? '' : ` Did you mean \`${suggestion}\`?`;
}

/** `a`, `b` or `c` — for messages listing what is allowed. */
export function listAlternatives(values: readonly string[], conjunction = 'or'): string {
  const quoted = values.map((v) => `\`${v}\``);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1] ?? ''}`;
}

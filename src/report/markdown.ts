/** Small Markdown builders shared by the job summary and the PR comment. Cells must already be inert. */

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = `| ${headers.join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** The first `limit` rows, and a line saying how many were left out (with where to find them). */
export function capped<T>(rows: readonly T[], limit: number): { shown: readonly T[]; omitted: number } {
  return rows.length <= limit ? { shown: rows, omitted: 0 } : { shown: rows.slice(0, limit), omitted: rows.length - limit };
}

export function omittedLine(omitted: number, where: string): string {
  return omitted > 0 ? `\n\n_…and ${omitted} more, not shown here: ${where}._` : '';
}

export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

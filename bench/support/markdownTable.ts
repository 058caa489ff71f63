/** One row of a Markdown table as the benches print them: `| a | b |`. */
export const tableRow = (cells: readonly (string | number)[]): string => `| ${cells.join(' | ')} |`;

/** The header row and the rule under it. */
export const tableHead = (columns: readonly string[]): string =>
  `${tableRow(columns)}\n|${columns.map(() => '---').join('|')}|`;

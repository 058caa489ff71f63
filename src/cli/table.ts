import stringWidth from 'string-width';

/** Terminal columns a text takes: CJK and full-width forms take two (string-width's Unicode tables). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string;
  readonly align?: 'left' | 'right';
  /** Cells wider than this are cut with "…", so one long cell cannot wreck the table; the last column never is. */
  readonly maxWidth?: number;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Cuts text to a display width, marking the cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/** A plain-text table for the terminal, aligned by display width so Chinese and Latin text line up. */
export function renderTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const last = columns.length - 1;
  const cells = rows.map((row) =>
    columns.map((column, index) => {
      const value = column.value(row);
      return index === last || column.maxWidth === undefined ? value : cut(value.replace(/\s+/g, ' '), column.maxWidth);
    }),
  );
  const widths = columns.map((column, index) =>
    Math.max(displayWidth(column.header), ...cells.map((line) => displayWidth(line[index] as string))),
  );
  const format = (line: readonly string[]): string =>
    line
      .map((cell, index) => pad(cell, widths[index] as number, columns[index]?.align ?? 'left'))
      .join('  ')
      .trimEnd();
  const header = format(columns.map((column) => column.header));
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [header, rule, ...cells.map(format)].join('\n');
}

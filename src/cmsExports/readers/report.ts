import fs from 'node:fs';
import iconv from 'iconv-lite';
import { displayCell, type CellValue } from '../cell';
import { openSheet, type OpenSheetOptions } from './index';

/** Where a rejected row's problems go: one line per row, in the user's language. */
export interface ReportRow {
  readonly row: number;
  readonly problems: string;
}

export const REPORT_COLUMN = { zh: '导入错误', en: 'import errors' } as const;

/**
 * Writes the report staff fix and re-import: the source's header row and every rejected row exactly
 * as exported, plus a last column saying what is wrong. The importer ignores that extra column, so
 * the corrected report is itself an importable file. The source is read a second time (streamed)
 * rather than holding every row in memory during the import. A GBK source gets a GBK report, so the
 * court's tools read it the way they read the export; otherwise UTF-8 with a BOM, which Excel needs.
 */
export async function writeReport(
  source: string,
  target: string,
  headerRow: number,
  rows: readonly ReportRow[],
  columnTitle: string,
  options: OpenSheetOptions = {},
): Promise<void> {
  const problems = new Map(rows.map((entry) => [entry.row, entry.problems]));
  const sheet = await openSheet(source, options);
  const lines: string[] = [];
  for await (const { row, cells } of sheet.rows) {
    if (row === headerRow) lines.push(csvLine([...cells, columnTitle]));
    const problem = problems.get(row);
    if (problem !== undefined) lines.push(csvLine([...cells, problem]));
  }
  const body = lines.join('\r\n') + '\r\n';
  const bytes =
    sheet.encoding === 'gbk'
      ? iconv.encode(body, 'gb18030')
      : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
  await fs.promises.writeFile(target, bytes);
}

export function csvLine(cells: readonly CellValue[]): string {
  return cells
    .map((cell) => {
      const value = displayCell(cell);
      return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}

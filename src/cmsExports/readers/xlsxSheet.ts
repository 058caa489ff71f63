import type { Readable } from 'node:stream';
import './exceljsUtf8';
import type ExcelJS from 'exceljs';
import type { CellValue } from '../cell';
import { text } from '../../i18n/localized';
import { UnusableFileError, type Sheet, type SheetRow } from './sheet';
import { streamedSheet } from './streamedSheet';

/**
 * Streams the first worksheet of an XLSX. exceljs's WorkbookReader parses the zip and sheet XML as
 * they arrive, so a 100k-row workbook never sits in memory as a whole.
 */
export function openXlsxSheet(file: string, size: number): Sheet {
  return streamedSheet(file, size, { format: 'xlsx', encoding: null, parse: parseXlsx, problem: xlsxProblem });
}

/**
 * Only exceljs's streaming workbook reader, not its index: that loads the writers, CSV support and
 * their dependencies as well, nearly twice the modules and memory.
 */
const WorkbookReader =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('exceljs/lib/stream/xlsx/workbook-reader.js') as typeof ExcelJS.stream.xlsx.WorkbookReader;

async function* parseXlsx(input: Readable): AsyncIterable<SheetRow> {
  // Styles are needed to tell date cells from numbers; shared strings are how Excel stores text.
  const workbook = new WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  for await (const worksheet of workbook) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = row.values as unknown[];
      yield { row: row.number, cells: values.slice(1).map(cellValue) };
    }
    return; // only the first worksheet: exports put the data there, summaries after it
  }
}

/** exceljs cell values → plain values: rich text, formulas and hyperlinks become what Excel shows. */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  const object = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
  if (object.richText) return object.richText.map((run) => run.text).join('');
  if ('result' in object) return cellValue(object.result);
  if (object.text !== undefined) return cellValue(object.text);
  if (object.error) return object.error;
  return null;
}

function xlsxProblem(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (
    message === 'FILE_ENDED' ||
    /unexpected end|invalid signature|end of central directory|zlib|inflate/i.test(message)
  ) {
    return new UnusableFileError(
      text(
        `XLSX 文件不完整或已损坏（${message}），可能在复制或下载时被截断；请重新导出`,
        `the XLSX file is incomplete or damaged (${message}), perhaps cut off while copying or downloading; export it again`,
      ),
    );
  }
  return error instanceof Error ? error : new Error(message);
}
